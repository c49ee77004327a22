"""A question naming a bulletin by its kind (台账显示…, 答记者问时说…, 调研报告里…, 调研组建议…) is asked of that bulletin
alone: an invented province's four documents of four kinds (an interview page, a 调研报告 and a 推进台账 as Word files, a
快报 as text) report one city's 营业收入 over four periods, and the 调研报告's recommendations share their words with
the interview's plans. Real files, a real index (tests/conftest.py)."""
from __future__ import annotations

import io

import docx
import pytest

from index.loaders import load_file
from index.pipeline import IndexingPipeline, chunk_document
from qa.bulletin_named import bulletin_named, kinds_named
from qa.pipeline import BulletinQA
from tests.conftest import settings_under

_INTERVIEW = """<html><head><title>省商务厅就一季度全省开发区经济运行情况答记者问</title></head><body>
<h1>省商务厅就一季度全省开发区经济运行情况答记者问</h1>
<p>发布时间：2026-04-20</p>
<p>记者：一季度全省开发区运行情况怎么样？</p>
<p>省商务厅副厅长严述之：一季度，全省开发区实现营业收入988.4亿元，同比增长6.9%。</p>
<p>记者：岱溪市开发区表现如何？</p>
<p>岱溪市商务局局长卢秉文：一季度，岱溪市开发区实现营业收入210.5亿元，同比增长8.1%。</p>
<p>记者：下一步有什么打算？</p>
<p>省商务厅副厅长严述之：一是开展项目攻坚；二是强化要素保障，联合金融机构推出开发区专项贷款产品。</p>
</body></html>"""


def _docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    document = docx.Document()
    document.add_paragraph(paragraphs[0], style="Title")
    document.core_properties.title = paragraphs[0]  # as the corpus's make_issues.py writes a Word file
    for text in paragraphs[1:]:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, text in enumerate(row):
                grid.cell(i, j).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


_REPORT = [
    "关于全省开发区上半年发展情况的调研报告",
    "苍岚省商务厅调研组　2026年7月",
    "6月，省商务厅组成调研组赴各市开发区实地调研。现将有关情况报告如下。",
    "一、基本情况",
    "上半年，全省开发区实现营业收入2016.7亿元，同比增长7.3%。",
    "1.岱溪市。岱溪经开区上半年实现营业收入450.2亿元，同比增长8.4%。",
    "二、对策建议",
    "（一）优化产业布局",
    "1.编制全省开发区主导产业目录。2.建立跨区项目利益共享机制，避免同质化竞争。",
    "（二）强化要素保障",
    "1.用地方面。（1）盘活批而未供和闲置土地；（2）新增工业用地指标向开发区倾斜，年度占比不低于55%。",
    "（三）提升创新能力",
    "支持开发区建设中试基地，力争年底研发经费投入强度达到2.4%。",
]
_LEDGER = [
    "苍岚省开发区重点项目推进台账（2026年1-9月）",
    "苍岚省商务厅开发区处　　2026年10月14日",
    "前三季度全省开发区实现营业收入3105.9亿元，同比增长7.8%。",
    "表1　各市开发区主要指标完成情况",
    "单位：亿元、%",
]
_LEDGER_TABLE = [["市", "营业收入", "同比", "固定资产投资1-9月完成", "完成率"], ["岱溪市", "702.8", "8.6", "96.3", "80.3"],
                 ["澄泖市", "611.3", "7.2", "88.1", "74.6"]]
_FLASH = """苍岚省开发区统计快报
2026年1-10月　　苍岚省商务厅　　2026年11月10日
1-10月，全省开发区实现营收3490.2亿元，同比增长8.0%。岱溪市开发区实现营收781.6亿元，同比增长8.9%；澄泖市开发区实现营收690.4亿元，同比增长7.0%。
"""


@pytest.fixture(scope="module")
def four_kinds_qa(tmp_path_factory, embedding) -> BulletinQA:
    settings = settings_under(tmp_path_factory.mktemp("four_kinds"))
    docs = settings.docs_dir
    (docs / "2026-04-kaifaqu-da-jizhe-wen.html").write_text(_INTERVIEW, encoding="utf-8")
    (docs / "2026-07-kaifaqu-diaoyan-baogao.docx").write_bytes(_docx(_REPORT))
    (docs / "2026-10-kaifaqu-tuijin-taizhang.docx").write_bytes(_docx(_LEDGER, _LEDGER_TABLE))
    (docs / "2026-11-kaifaqu-tongji-kuaibao.txt").write_text(_FLASH, encoding="utf-8")
    assert not IndexingPipeline(settings, embedding).run().errors
    return BulletinQA(settings, embedding)


@pytest.mark.parametrize("question, figure, others", [
    ("台账显示岱溪市开发区营业收入是多少", "702.8", ("781.6", "450.2", "210.5")),
    ("答记者问时说岱溪市开发区营收多少", "210.5亿元", ("781.6", "450.2", "702.8")),
    ("记者采访时岱溪市开发区营业收入是多少", "210.5亿元", ("781.6", "450.2", "702.8")),  # a guard: passes before
    ("调研报告里岱溪市开发区营业收入多少", "450.2亿元", ("781.6", "702.8", "210.5")),
])
def test_a_figure_asked_of_a_bulletin_named_by_its_kind_is_that_bulletins(four_kinds_qa, question, figure, others):
    answer = four_kinds_qa.ask(question)
    assert not answer["abstained"] and figure in answer["answer"], answer["answer"]
    assert not any(other in answer["answer"] for other in others), answer["answer"]


@pytest.mark.parametrize("question, figure", [
    ("前三季度岱溪市开发区营业收入是多少", "702.8亿元"),
    ("1-9月澄泖市开发区营收同比增长多少", "7.2%"),
])
def test_a_period_inside_a_columns_name_is_no_period_the_rows_other_cells_are_read_from(four_kinds_qa, question,
                                                                                       figure):
    """固定资产投资1-9月完成 names what its column counts: the row's 营业收入 before it is still the 1-9月 figure."""
    answer = four_kinds_qa.ask(question)
    assert not answer["abstained"] and figure in answer["answer"], answer["answer"]


def test_a_way_the_report_recommends_is_the_reports_not_the_interviews_plan(four_kinds_qa):
    answer = four_kinds_qa.ask("调研组建议用地要素怎么保障")["answer"]
    assert "批而未供" in answer and "专项贷款" not in answer, answer


def test_a_bracketed_heading_after_numbered_items_is_their_sibling_under_the_same_section(tmp_path):
    """（二） and （三） after （一）'s inline 1.…2.… items: headings of 对策建议's items, each in a chunk's text, not
    sections of their own (the last one, alone at a page's foot in the 调研报告 PDF, was in no chunk)."""
    path = tmp_path / "2026-07-diaoyan-baogao.docx"
    path.write_bytes(_docx(_REPORT))
    chunks, _ = chunk_document(load_file(path), path.name)
    headings = {c["text"]: c["section"] for c in chunks if c["text"].startswith("（")}
    assert headings == {"（一）优化产业布局": "对策建议", "（二）强化要素保障": "对策建议", "（三）提升创新能力": "对策建议"}


_MANIFEST = {"a.html": {"title": "省商务厅就一季度全省开发区经济运行情况答记者问"},
             "b.docx": {"title": "苍岚省开发区重点项目推进台账（2026年1-9月）"},
             "c.txt": {"title": "苍岚省开发区工作动态（第4期）"}, "d.txt": {"title": "苍岚省开发区工作动态（第5期）"}}


@pytest.mark.parametrize("question, doc", [
    ("台账里未开工的项目有哪些", "b.docx"),
    ("台账和答记者问里岱溪营收各多少", None),  # two kinds: two bulletins, none picked
    ("工作动态里岱溪有什么新项目", None),  # two issues of one kind: the period tells them apart
    ("岱溪市开发区营业收入是多少", None),  # no kind named
    ("简单总结下上半年全省开发区运行情况", None),  # 总结 as what is asked, no bulletin's kind
])
def test_the_one_bulletin_of_the_kind_named(question, doc):
    assert bulletin_named(question, _MANIFEST, []) == doc
    assert bool(kinds_named(question)) == ("里" in question)


def test_a_kind_shown_in_the_first_lines_of_a_document_of_no_title():
    chunks = [{"doc": "e.docx", "start": 0, "text": "杉林经济技术开发区2025年工作总结"}]
    assert bulletin_named("工作总结里外资多少", {**_MANIFEST, "e.docx": {"title": "e"}}, chunks) == "e.docx"
