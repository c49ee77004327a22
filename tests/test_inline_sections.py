"""A section named at a paragraph's start, after a marker or ordinal (■困难问题　…, （4）下步举措。…), opens that
section, and the paragraph's own text is its content; an item's lead after a marker (★ 链式招商成效明显。) opens
none. A plan heading qualified by another section word (下步举措) is asked as plans (有啥打算). A small invented
bulletin, through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from index.headings import inline_section
from qa.pipeline import BulletinQA
from tests.conftest import index_one

TEXT = """某市园区经济运行简报（2026年第2期）
2026年上半年，全市园区主要经济指标稳中有升。
枫溪区
亮点工作
★ 链式招商成效明显。区投资促进中心牵头，组建产业链招商小分队6个。
■运行情况 枫溪区园区上半年营业收入52.6亿元，同比增长8.1%。
■困难问题 园区污水处理厂满负荷运行；企业融资难，贷款余额同比下降2.4%。
■下步举措 7月底前开工建设污水处理厂扩建工程；下半年力争竣工投产项目6个以上。
桐岭县
（1）运行情况。上半年，桐岭县园区营业收入31.4亿元，同比增长5.2%。
（2）亮点工作。推行“园区吹哨、部门报到”服务机制。县营商环境服务中心牵头，企业反映问题平均办结时间缩短至3个工作日，办结率98%。上半年累计为企业解决用工、融资、用地等各类问题126件，企业满意度持续提升。
（3）困难问题。冷链物流设施不足，冷库容量仅1.8万吨。
（4）下步举措。加快建设冷链物流中心，年底前新增冷库容量3万吨。
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("inline"), "2026-07-a.txt", TEXT, embedding)


@pytest.mark.parametrize("paragraph, section", [
    ("■困难问题 园区污水处理厂满负荷运行。", "困难问题"), ("（4）下步举措。加快建设冷链物流中心。", "下步举措"),
    ("★下步举措：力争全年实际使用外资超1亿美元。", "下步举措"), ("■运行情况 营业收入52.6亿元。", "运行情况"),
    ("★ 链式招商成效明显。区投资促进中心牵头。", None), ("抓招商。新签约项目21个。", None),
])
def test_a_section_named_at_a_paragraphs_start_opens_it(paragraph: str, section: str | None) -> None:
    found = inline_section(paragraph)
    assert (found[0] if found else None) == section
    assert not found or not paragraph[found[1]:].startswith((" ", "。", "："))  # the text after the name is its own


def test_the_paragraphs_text_is_its_sections_content(qa: BulletinQA) -> None:
    answer = qa.ask("枫溪区有哪些困难？")
    assert answer["kind"] == "list" and "1. 园区污水处理厂满负荷运行[" in answer["answer"]
    assert all(c["section"] == "困难问题" for c in answer["citations"])


def test_a_plan_heading_qualified_by_a_measure_word_is_asked_as_plans(qa: BulletinQA) -> None:
    answer = qa.ask("桐岭县有啥打算？")
    assert "冷链物流中心" in answer["answer"] and "1.8万吨" not in answer["answer"]


def test_an_items_lead_after_a_marker_stays_an_item_of_its_section(qa: BulletinQA) -> None:
    answer = qa.ask("枫溪区有哪些亮点？")
    assert "链式招商成效明显" in answer["answer"] and answer["citations"][0]["section"] == "亮点工作"


def test_a_section_of_one_item_is_quoted_whole(qa: BulletinQA) -> None:
    answer = qa.ask("桐岭县有哪些亮点？")  # one item: its title (and first figure) alone say little
    assert answer["kind"] == "list" and "126件" in answer["answer"]
