"""A bulletin's front matter (its title lines, dropped as page furniture) ends where its text starts: at a digest's first
item headline (【信息1】…) or at a line ending a sentence inside it, even when a figure or a source line stands
around the full stop (…同比增长7.3%。（X市商务局供稿）). Before, a two-item digest lost its first item whole and
indexed its second with no region; an unmarked 简讯's paragraphs, each closed by its source line, had no region
either. An invented 岚州省 digest, its cities, zones and figures made up, through the real
loader, index and pipeline."""
from __future__ import annotations

import pytest

from index.structure import clean_text, parse_sections
from tests.conftest import index_one

DIGEST = ("2026-03-dongtai-di3qi.txt",
          "开发区工作动态\n2026年第3期\n岚州省商务厅开发区处　　2026年3月20日\n\n"
          "【信息1】桤原经开区营业收入稳步增长\n桤原经开区2025年实现营业收入238.4亿元，同比增长6.1%。（桤原市商务局供稿）\n\n"
          "【信息2】楠溪高新区新签约项目9个\n楠溪高新区2025年新签约项目9个，总投资57.3亿元。（楠溪市商务局供稿）\n")
# no headline marks: the first paragraph's sentence ends after a figure, then its source line
PLAIN = ("开发区简讯\n2026年第1期\n\n桤原经开区一季度实现进出口额12.6亿元，同比增长4.4%。（桤原市商务局供稿）\n"
         "楠溪高新区一季度新开工项目15个。（楠溪市商务局供稿）\n")


@pytest.mark.parametrize("text, kept", [
    (DIGEST[1], ["【信息1】桤原经开区营业收入稳步增长", "营业收入238.4亿元", "总投资57.3亿元"]),
    (PLAIN, ["进出口额12.6亿元，同比增长4.4%。", "新开工项目15个"]),
])
def test_the_first_item_is_text_not_front_matter(text, kept):
    cleaned = clean_text(text)
    assert all(k in cleaned.text for k in kept), cleaned.text


@pytest.mark.parametrize("text", [DIGEST[1], PLAIN], ids=["marked", "unmarked"])
def test_each_item_is_its_citys(text):
    """An unmarked 简讯's paragraph closed by its own source line is an item too, placed by the zone it names."""
    parts = parse_sections(clean_text(text))
    assert {(p.region, p.text[:2]) for p in parts if "亿元" in p.text or "项目" in p.text} \
        >= {("桤原", "桤原"), ("楠溪", "楠溪")}


@pytest.fixture(scope="module")
def digest(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("front-matter"), *DIGEST, embedding)


@pytest.mark.parametrize("question, figure, region", [
    ("桤原经开区2025年营业收入是多少？", "238.4亿元", "桤原"),
    ("楠溪高新区新签约项目总投资多少？", "57.3亿元", "楠溪"),
])
def test_each_item_is_answered_with_its_city(digest, question, figure, region):
    answer = digest.ask(question)
    assert not answer["abstained"] and figure in answer["answer"], answer["answer"]
    assert {c["region"] for c in answer["citations"]} == {region}
