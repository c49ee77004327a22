"""A province's bulletin that gives each city a paragraph, not a heading line: the paragraph opens with its city
(青崖市：…, 【白沙市】…, or 石门市开发区… as the subject), which opens that city's region until the next city or
the province's own closing part. Invented places; through the real loader, chunker and QA pipeline."""
from __future__ import annotations

import pytest

from index.facts import extract_facts
from index.headings import inline_city, sections_within
from index.loaders import load_file
from index.pipeline import chunk_document
from qa.pipeline import BulletinQA
from tests.conftest import index_one

BULLETIN = """某省开发区工作通报
2026年第1期（1-2月）
一、总体情况
1-2月，全省开发区实现营业收入1820.6亿元，同比增长6.3%。
二、各市开发区工作进展
青崖市：1-2月，青崖经开区实现营业收入212.4亿元，同比增长8.1%；新签约项目17个，总投资96.5亿元。
【白沙市】1-2月，白沙市开发区规上工业增加值45.3亿元，同比增长5.2%。从存在问题看，白沙综保区进出口总额同比下降3.4%。下一步，白沙市将推进保税维修业务，争取跨境电商试点。
石门市开发区1-2月实现营业收入133.8亿元，同比增长4.6%，实际使用外资2130万美元。
三、下一步工作要求
各市要压紧压实责任，确保一季度开发区营业收入增长7%以上。
附表1：各开发区主要指标完成情况（2026年1-2月）
平湖经开区 青崖市 营业收入 61.7亿元。
报：省政府办公厅
发：各市商务局
"""


@pytest.mark.parametrize("paragraph, region", [
    ("青崖市：1-2月，青崖经开区实现营业收入212.4亿元。", "青崖"), ("【白沙市】1-2月，规上工业增加值45.3亿元。", "白沙"),
    ("石门市开发区1-2月实现营业收入133.8亿元。", "石门"), ("石门市1-2月，实现营业收入133.8亿元。", "石门"),
    ("成纪县，中国古县名，其址历史上曾有迁移。", None),  # a place defined, no report
    ("石门市 1-2月，实现营业收入133.8亿元。", "石门"),  # the city a bold run, a space after it
    ("嵘州市商务局园区科 2026年4月15日", None),  # the issuer, no city's report
    ("阳泉市开发区2024年1-9月主要指标完成情况", None),  # a table's caption: it reports nothing
    ("下一步：加快标准厂房建设，开展驻点招商。", None), ("全市开发区1-2月营业收入增长5%。", None),
    ("（一）石门市。石门市开发区实现营业收入133.8亿元。", "石门"), ("2.石门市：实现营业收入133.8亿元。", "石门"),
    ("（3）石门市：实现营业收入133.8亿元。", "石门"),
    ("三、石门市开发区1-2月实现营业收入133.8亿元。", "石门"),  # numbered as the province's parts are
    ("（一）主要成效。开发区实现营业收入133.8亿元。", None), ("1.下一步：开展驻点招商，加快建设。", None),
])
def test_a_paragraph_opening_with_its_city_names_its_region(paragraph, region):
    found = inline_city(paragraph)
    assert (found[0] if found else None) == region


def test_each_city_paragraph_is_its_regions_and_the_closing_part_the_provinces(tmp_path):
    path = tmp_path / "2026-03-tongbao.txt"
    path.write_text(BULLETIN, encoding="utf-8")
    chunks, doc = chunk_document(load_file(path), path.name)
    assert doc["regions"] == sorted(["青崖", "白沙", "石门"])
    region = {f["figure"]: f["region"] for f in extract_facts(chunks)}
    assert region["212.4亿元"] == "青崖" and region["45.3亿元"] == "白沙" and region["133.8亿元"] == "石门"
    assert region["1820.6亿元"] is None and region["7%"] is None  # the province's opening and closing parts
    assert region["61.7亿元"] == "青崖"  # the appendix's row: its own line, not the caption's end
    assert doc["issue"] == "2026年第1期" and doc["title"] == "某省开发区工作通报"  # from the masthead, not the footer


def test_a_table_row_led_by_a_city_opens_no_region(tmp_path):
    path = tmp_path / "2026-03-tongbao.txt"
    path.write_text(BULLETIN.replace("二、各市", "青崖市开发区 营业收入 212.4亿元。\n全省开发区新签约项目86个。\n二、各市"),
                    encoding="utf-8")
    chunks, _ = chunk_document(load_file(path), path.name)
    assert {c["region"] for c in chunks if "86个" in c["text"]} == {None}  # the province's, after the row


@pytest.mark.parametrize("paragraph, sections", [
    ("增加值45.3亿元。从存在问题看，进出口下降3.4%。下一步，推进保税维修。", [None, "存在问题", "下一步"]),
    ("在工作成效方面，开工项目9个。", ["工作成效"]),
    ("项目进展顺利，完成投资5亿元。同时，加快建设。", [None]),  # 进展 inside a clause names no part
    ("抓项目。新开工项目42个。具体做法：", [None]),  # a lead-in closing the paragraph: what follows is its
])
def test_a_sentence_naming_what_it_tells_opens_a_section_within_its_paragraph(paragraph, sections):
    assert [named for _, _, named in sections_within(paragraph)] == sections


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("inline-qa"), "2026-03-tongbao.txt", BULLETIN, embedding)


def test_a_citys_figure_is_cited_from_its_own_paragraph(qa):
    answer = qa.ask("石门营业收入多少？")
    assert answer["short"] == "133.8亿元" and answer["citations"][0]["region"] == "石门"


def test_a_citys_problems_are_the_sentences_its_paragraph_says_they_are(qa):
    answer = qa.ask("白沙存在什么问题？")
    assert "3.4%" in answer["answer"] and "保税维修" not in answer["answer"]
    assert {c["region"] for c in answer["citations"]} == {"白沙"}


def test_a_city_of_no_paragraph_is_not_answered_from_anothers(qa):
    answer = qa.ask("白沙实际使用外资多少？")
    assert "2130万美元" not in answer["answer"]


def test_a_zone_table_grouped_by_merged_city_cells_gives_each_row_its_zone_and_city(tmp_path):
    import docx
    document = docx.Document()
    document.add_paragraph("青崖市：1-4月，青崖经开区实现营业收入512.4亿元。")
    document.add_paragraph("【白沙市】1-4月，白沙市开发区规上工业增加值95.3亿元。")
    rows = [["市", "开发区", "营业收入（亿元）"], ["青崖市", "青崖经开区", "512.4"], ["", "平湖经开区", "233.1"],
            ["白沙市", "白沙综保区", "88.9"]]
    table = document.add_table(rows=len(rows), cols=3)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    table.cell(1, 0).merge(table.cell(2, 0))  # the city's cell spans its two zones' rows
    path = tmp_path / "2026-05-tongbao.docx"
    document.save(path)
    chunks, _ = chunk_document(load_file(path), path.name)
    facts = {f["figure"]: f for f in extract_facts(chunks)}
    assert [facts["233.1亿元"][k] for k in ("entity", "region")] == ["平湖经开区", "青崖"]  # its city by the merged cell
    assert [facts["88.9亿元"][k] for k in ("entity", "region")] == ["白沙综保区", "白沙"]


def test_a_rank_column_leaves_each_row_to_the_zone_it_names():
    from index.tables import table_lines
    rows = [["排名", "开发区", "税收收入（亿元）"], ["1", "岚溪经开区", "12.86"], ["2", "岚溪高新区", "10.37"]]
    assert table_lines(rows) == ["岚溪经开区 排名 1 税收收入 12.86亿元。", "岚溪高新区 排名 2 税收收入 10.37亿元。"]
    listed = [["序号", "项目", "投资（亿元）"], ["1", "甲项目", "5"], ["3", "乙项目", "3"]]  # not 1, 2: no count
    assert table_lines(listed)[0].startswith("1 ")

