"""A place's clause of a series that says its indicator once, under a speaker's turn; a project list's rows filed under
the city their own cells write.

- A transcript's answer turn (`某某：答：分市看，甲市开发区实现营业收入…；乙市开发区954.3亿元，…`) is an item of its speaker;
  the indicator of a later place's clause is its caption (index/listed_places.py), and it names what that clause
  counts although an item stands over it: the figure is answered, asked in full (营业收入) or short (营收) where the
  documents write both; 营收 cut 营|收 by jieba is still the word, and 发布会上说 is where it was told, no term.
- A scanned project list (`项目名称 | 所在开发区 | 所在市 | 总投资`, a bulletin naming no place in its prose): each row is the
  city its 所在市 cell writes, else (a character of the city lost to the scan) the place its zone's cell starts with;
  a list with no column of cities leaves its rows where they were. A city cell misread a character off (蓝汪市) is the
  city another document writes as a city (蓝江市开发区…).
Invented bulletins (蓼汀省, its cities, zones, speakers and every figure made up) through the real loaders, OCR, index
and pipeline."""
from __future__ import annotations

import pytest

from index.listed_city import listed_city
from index.pipeline import IndexingPipeline
from qa.pipeline import BulletinQA
from tests.conftest import index_files
from tests.test_pressB import PAGE_ONE, PAGE_TWO, _ruled_page, transcript_page

_TURNS = [
    "主持人：各位记者朋友，上午好！首先请柏松副厅长介绍有关情况。",
    "柏松：一季度，全省开发区实现营业收入3915.2亿元，同比增长6.9%。",
    "【记者】省电视台记者：问：一季度开发区利用外资有哪些亮点？",
    "莫言川：答：一是重点园区带动明显，榴溪经开区实际使用外资5620万美元，蓝江高新区实际使用外资3140万美元。",
    "【记者】新华社记者：问：各市开发区一季度营收情况如何？",
    "莫言川：答：分市看，榴溪市开发区实现营业收入1207.6亿元，增长7.7%；棠屿市开发区954.3亿元，增长8.8%；"
    "蓝江市开发区612.9亿元，同比下降2.4%，是全省唯一负增长的市。",
    "【记者】蓼汀商报记者：问：蓝江市开发区营收下降，原因是什么？",
    "莫言川：答：主要是蓝江经开区一家龙头企业停产检修，影响营收约20亿元，二季度营收有望由负转正。",
]
TRANSCRIPT = transcript_page(_TURNS)


@pytest.fixture(scope="module")
def transcript_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("pressC-turns"), {"2026-04-fabuhui-shilu.html": TRANSCRIPT},
                       embedding)


@pytest.mark.parametrize("question, figure, region", [
    ("一季度棠屿市开发区营业收入多少", "954.3亿元", "棠屿"),
    ("蓝江开发区一季度营收是多少", "612.9亿元", "蓝江"),  # 营收: the documents write it too
    ("一季度棠屿市开发区营收增速多少", "8.8%", "棠屿"),
    ("一季度棠屿市开发区营收是多少", "954.3亿元", "棠屿"),  # jieba: 开发区|营|收|是, the documents' 营收
    ("发布会上说一季度榴溪市开发区营收是多少", "1207.6亿元", "榴溪"),  # where it was told, no term
])
def test_a_listed_places_figure_under_a_speakers_turn_is_answered(transcript_qa, question, figure, region):
    result = transcript_qa.ask(question)
    assert not result["abstained"] and result["short"] == figure, result["answer"]
    assert {c["region"] for c in result["citations"]} == {region} and figure in result["citations"][0]["quote"]


# page 2 of the list: its first city printed a character off (蓝汪 for 蓝江, as a scanner misreads it), its zone in full
_MISREAD = [("4", ["跨境物流枢纽"], ["蓝汪高新技术产业", "开发区"], ["蓝汪", "市"], "16.9", ["前期"]),
            ("5", ["新型储能电池项目"], ["棠屿高新技术产业", "开发区"], ["棠屿", "市"], "27.3", ["设备安", "装"])] + PAGE_TWO[2:]


@pytest.fixture(scope="module")
def scanned_list(tmp_path_factory, embedding) -> BulletinQA:
    """The scanned list beside the transcript, which writes its cities (蓝江) as the list's cells do not."""
    from PIL import ImageFont
    from tests.conftest import NOTO_SERIF, settings_under
    settings = settings_under(tmp_path_factory.mktemp("pressC-scan"))
    font = ImageFont.truetype(NOTO_SERIF, 28)
    _ruled_page(settings.docs_dir / "2026-10-zhongdian-xiangmu-qingdan-p1.png",
                ["蓼汀省开发区重点项目清单", "（截至2026年9月底）"], PAGE_ONE, font)
    _ruled_page(settings.docs_dir / "2026-10-zhongdian-xiangmu-qingdan-p2.png", ["续表"], _MISREAD, font)
    (settings.docs_dir / "2026-04-fabuhui-shilu.html").write_text(TRANSCRIPT, encoding="utf-8")
    assert not IndexingPipeline(settings, embedding).run().errors
    return BulletinQA(settings, embedding)


@pytest.mark.parametrize("name, region", [("高端装备产业园", "榴溪"), ("光电显示模组项目", "棠屿"),
                                          ("冷链物流园", "棠屿")])
def test_a_project_lists_row_is_the_city_its_cells_write(scanned_list, name, region):
    row = next(c for c in scanned_list.snapshot.chunks if name in c["text"])
    assert row["region"] == region, row
    assert all(f["region"] == region for f in scanned_list.snapshot.facts if f["chunk"] == row["id"])


def test_a_misread_city_of_the_list_is_the_one_the_transcript_writes(scanned_list):
    """蓝汪 (the scan's city cell 蓝汪市) is 蓝江 (the transcript's 蓝江市开发区…), its place name restored in the row."""
    row = next(c for c in scanned_list.snapshot.chunks if "跨境物流枢纽" in c["text"])
    assert row["region"] == "蓝江" and "蓝江高新技术产业开发区" in row["text"], row


def test_a_project_is_answered_from_its_citys_row(scanned_list):
    result = scanned_list.ask("棠屿的光电显示模组项目总投资多少")
    assert result["short"] == "44.2亿元" and {c["region"] for c in result["citations"]} == {"棠屿"}, result["answer"]


def test_a_row_reads_its_city_cell_else_its_zones_place():
    row = ["冷链物流园", "序号", "6", "所在开发区", "棠屿高新技术产业开发区", "所在市", "屿市", "总投资", "12.4亿元"]
    assert listed_city(row) == "棠屿"  # the city cell lost a character: the zone's place
    assert listed_city(row[:6] + ["棠屿市"] + row[7:]) == "棠屿"
    # a list by zone alone (a city's brief): no column of cities, no city read
    assert listed_city(["1", "项目名称", "冷链物流园", "所在开发区", "棠屿高新区", "总投资", "12.4亿元"]) is None


def test_two_characters_jieba_leaves_alone_are_the_word_the_documents_write():
    """开发区营收是多少: jieba cuts 开发区|营|收|是; 营 joins 收 (营收, written) before 开发区 (开发区营业收入 writes 开发区营)."""
    import jieba.posseg
    from qa.corpus import bigrams
    from qa.segment import join_fragments
    docs = "甲市开发区营业收入954.3亿元。影响营收约20亿元。"
    cut = list(jieba.posseg.cut(" 开发区营收是多少"))
    assert [w.word for w in cut][1:4] == ["开发区", "营", "收"]  # what jieba does with it
    assert "营收" in [w.word for w in join_fragments(cut, set(bigrams(docs)), docs.__contains__)]
