"""Regions of a provincial bulletin's tables: a table of every city's rows is the whole's, so its total row (全省,
合计) and the note under it (注：…) are in no city, whatever city line came before the table; a ranking table's
zone whose name does not begin with its city's is the city its 所在市 cell names, and the row's header holds the
position the row writes (排第一的开发区); a cell's thousands separator (4,321.0) does not stop a row being a table's;
末位/垫底 is a position asked; how a city's zones are doing is a summary. An invented web page, through the real loader, index and pipeline."""
from __future__ import annotations

import pytest

from index.loaders import load_file
from index.owners import is_table_row
from index.pipeline import chunk_document
from qa.pipeline import BulletinQA
from tests.conftest import index_one

NAME = "2025-09-jiance-tongbao.html"
PAGE = """<html><head><title>开发区运行监测通报（2025年第8期）</title></head><body>
<h1>开发区运行监测通报</h1>
<p><strong>一、总体运行情况</strong></p>
<p>1—8月，全省开发区实现营业收入9,876.5亿元，同比增长6.1%。</p>
<div>白河市：白河经开区新开工亿元以上项目21个。<br>青石市：青石高新区新增规上工业企业13家。<br>
赤岭市：赤岭经开区实际使用外资1.2亿美元。</div>
<p>表1 2025年1—8月各市开发区主要指标</p>
<table><tr><th>地区</th><th>营业收入（亿元）</th><th>营业收入同比（%）</th></tr>
<tr><td>白河市</td><td>4,321.0</td><td>7.2</td></tr>
<tr><td>青石市</td><td>3,210.5</td><td>5.3</td></tr>
<tr><td>赤岭市</td><td>2,345.0</td><td>4.9</td></tr>
<tr><td>全省</td><td>9,876.5</td><td>6.1</td></tr>
</table>
<p>注：全省合计不含新设开发区；8月数据为快报数。</p>
<p><strong>二、综合考核排名</strong></p>
<p>对全省开发区1—8月运行情况进行了综合考核，排名见表2。赤岭经开区综合排名下降1位，居全省末位。</p>
<p>表2 2025年1—8月全省开发区综合考核排名</p>
<table><tr><th>排名</th><th>开发区</th><th>所在市</th><th>综合得分</th></tr>
<tr><td>1</td><td>白河经开区</td><td>白河市</td><td>91.3</td></tr>
<tr><td>2</td><td>苇塘高新区</td><td>青石市</td><td>88.6</td></tr>
<tr><td>3</td><td>赤岭经开区</td><td>赤岭市</td><td>80.2</td></tr>
</table>
<p><strong>三、下一阶段工作打算</strong></p>
<p>一是开展项目攻坚行动。二是组织专题招商。</p>
</body></html>"""


@pytest.fixture(scope="module")
def chunks(tmp_path_factory) -> list[dict]:
    path = tmp_path_factory.mktemp("month-chunks") / NAME
    path.write_text(PAGE, encoding="utf-8")
    return chunk_document(load_file(path), NAME)[0]


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("month-regions"), NAME, PAGE, embedding)


def _chunk(chunks: list[dict], opening: str) -> dict:
    return next(c for c in chunks if c["text"].startswith(opening))


def test_a_row_whose_cells_have_thousands_separators_is_a_tables() -> None:
    assert is_table_row("白河市 营业收入 4,321.0亿元 营业收入同比 7.2%。")
    assert not is_table_row("全省开发区实现营业收入9,876.5亿元，同比增长6.1%。")


def test_the_total_row_and_note_of_a_table_of_cities_are_in_no_city(chunks: list[dict]) -> None:
    assert [_chunk(chunks, city)["region"] for city in ("白河市 ", "青石市 ", "赤岭市 ")] == ["白河", "青石", "赤岭"]
    assert _chunk(chunks, "全省 ")["region"] is None
    assert [c["region"] for c in chunks if "快报数" in c["text"] or "新设开发区" in c["text"]] == [None] * 2


def test_a_ranking_rows_zone_is_the_city_its_cell_names(chunks: list[dict]) -> None:
    assert _chunk(chunks, "苇塘高新区")["region"] == "青石"
    assert _chunk(chunks, "白河经开区 ")["region"] == "白河"


def test_a_citys_figure_is_its_row_not_the_provinces(qa: BulletinQA) -> None:
    answer = qa.ask("1—8月赤岭开发区营业收入同比增长多少？")
    assert answer["short"] == "4.9%" and "6.1%" not in answer["answer"]
    assert {c["region"] for c in answer["citations"]} == {"赤岭"}


def test_the_provinces_growth_is_the_total_rows_or_its_prose(qa: BulletinQA) -> None:
    answer = qa.ask("1—8月全省开发区营业收入同比增长多少？")
    assert answer["short"] == "6.1%" and not {"4.9%", "7.2%", "5.3%"} & set(answer["answer"].split())
    assert {c["region"] for c in answer["citations"]} == {None}


@pytest.mark.parametrize("question", ["1—8月赤岭市开发区情况怎么样？", "白河开发区总体怎么样", "青石市园区工作情况如何"])
def test_how_a_citys_zones_are_doing_is_a_summary(qa: BulletinQA, question: str) -> None:
    assert qa.ask(question)["kind"] == "summary"


def test_a_topic_of_a_citys_zones_is_no_summary(qa: BulletinQA) -> None:
    assert qa.ask("赤岭市开发区外资情况怎么样")["kind"] != "summary"


@pytest.mark.parametrize("question, zone, region", [
    ("1—8月综合考核排第一的开发区是哪个？", "白河经开区", "白河"), ("综合考核排名第二的是哪个开发区", "苇塘高新区", "青石"),
])
def test_a_ranking_rows_position_names_its_zone(qa: BulletinQA, question: str, zone: str, region: str) -> None:
    answer = qa.ask(question)
    assert answer["short"] == zone and [c["region"] for c in answer["citations"]] == [region]


def test_the_last_position_is_asked_as_such(qa: BulletinQA) -> None:
    # read off the ranking table (qa/compose/standings.py): the quote is the zone's own row, its name in it
    answer = qa.ask("1—8月综合排名垫底的开发区是哪个？")
    assert answer["short"] == "赤岭经开区" and [c["quote"].split(" ")[0] for c in answer["citations"]] == ["赤岭经开区"]


CITY_PARTS = """<html><head><title>开发区运行监测通报（2025年第11期）</title></head><body>
<p>1—11月，全省开发区实现营业收入905.3亿元，同比增长6.8%。现将各市情况通报如下。</p>
<p><strong>一、白河市</strong></p>
<p><strong>（一）主要成效</strong></p>
<p>1—11月，白河市开发区实现营业收入506.9亿元，同比增长8.9%。白河经开区新落地亿元以上项目9个，总投资36.5亿元。</p>
<p><strong>（二）存在问题</strong></p>
<p>白河高新区用地指标紧张，缺口约120亩。</p>
<p><strong>二、青石市</strong></p>
<p><strong>（一）主要成效</strong></p>
<p>1—11月，青石市开发区运行稳中有进。全市开发区实现营业收入398.4亿元，同比增长4.1%，增速比1—10月加快0.3个百分点。青石高新区新增高新技术企业23家。</p>
</body></html>"""


@pytest.fixture(scope="module")
def city_parts(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("month-parts"), "2025-12-tongbao.html", CITY_PARTS, embedding)


def test_a_summary_gives_each_sentence_of_a_prose_section(city_parts: BulletinQA) -> None:
    answer = city_parts.ask("白河1—11月开发区总体怎么样？")
    assert answer["kind"] == "summary"
    assert all(figure in answer["answer"] for figure in ("506.9亿元", "9个", "120亩"))
    assert "398.4亿元" not in answer["answer"] and "23家" not in answer["answer"]


def test_a_summarys_lead_reaches_the_end_of_the_sentence_it_cuts_into(city_parts: BulletinQA) -> None:
    answer = city_parts.ask("概括一下青石1—11月开发区情况")["answer"]
    assert answer.count("398.4亿元") == 1 and "0.3个百分点" in answer and "23家" in answer
