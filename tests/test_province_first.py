"""A province-first Word bulletin (places of no corpus, figures invented): an overview whose clauses are each one
city's, a ranking table of zones by full name, city parts under a numbered heading, and the province's plan
after the last city. Built with python-docx here, read through the real loader and chunker."""
from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from index.facts import extract_facts
from index.headings import item_pieces
from index.loaders import load_file
from index.pipeline import chunk_document

OVERVIEW = ("其中，鹤岗市开发区实现营业收入86.5亿元，同比增长5.1%；丹东市开发区实现营业收入30.2亿元，"
            "增速列全省第2。")
TABLE = [["开发区", "实际使用外资（万美元）", "全省排名"],
         ["鹤岗高新技术产业开发区", "4120", "3"], ["丹东经济技术开发区", "2210", "6"], ["丹东市", "3310", "5"]]
CITIES = {  # per city: bold section line -> paragraphs
    "鹤岗市": {"主要做法": ["鹤岗高新区新签约项目12个，总投资46.2亿元。"], "存在的不足": ["可供工业用地不足300亩。"]},
    "丹东市": {"主要做法": ["丹东经开区进出口总额20.3亿元，同比增长4.4%。", "抓项目。新开工项目42个。具体做法：",
                        "1）实行“拿地即开工”，审批时限压缩至15个工作日；", "2）新建标准厂房18.6万平方米。",
                        "拓开放：丹东综保区进出口总额15.3亿元；跨境电商交易额3.8亿元。"],
               "存在的不足": ["研发平台仅有7个。"]},
}
PLAN = "一要冲刺全年目标。全省开发区力争全年实际使用外资达到9亿美元。"


def _docx(path: Path) -> Path:
    document = Document()
    document.core_properties.title = "某省开发区工作通报（2025年第2期）"
    document.add_heading("一、总体情况", level=1)
    document.add_paragraph("2025年上半年，全省开发区实现营业收入316.4亿元，同比增长6.2%。")
    document.add_paragraph(OVERVIEW)
    document.add_paragraph().add_run("表1　全省重点开发区主要指标").bold = True
    table = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for row, cells in zip(table.rows, TABLE):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.add_heading("二、各市工作进展", level=1)
    for number, (city, sections) in zip("一二", CITIES.items()):
        document.add_heading(f"（{number}）{city}", level=2)
        for section, paragraphs in sections.items():
            document.add_paragraph().add_run(section).bold = True
            for paragraph in paragraphs:
                document.add_paragraph(paragraph)
    document.add_heading("三、下一步工作安排", level=1)
    document.add_paragraph(PLAN)
    document.save(path)
    return path


@pytest.fixture(scope="module")
def chunks(tmp_path_factory) -> list[dict]:
    path = _docx(tmp_path_factory.mktemp("province") / "bulletin.docx")
    return chunk_document(load_file(path), path.name)[0]


def _holding(chunks: list[dict], text: str) -> dict:
    found = [c for c in chunks if text in c["text"]]
    assert len(found) == 1, (text, [c["text"] for c in found])
    return found[0]


def test_each_clause_of_an_overview_opening_with_a_city_is_that_citys_chunk(chunks):
    hegang, dandong = _holding(chunks, "86.5亿元"), _holding(chunks, "30.2亿元")
    assert (hegang["region"], dandong["region"]) == ("鹤岗", "丹东")
    assert hegang["text"] == "其中，鹤岗市开发区实现营业收入86.5亿元，同比增长5.1%；"
    assert dandong["text"].startswith("丹东市开发区") and "增速列全省第2" in dandong["text"]
    assert _holding(chunks, "316.4亿元")["region"] is None  # the province's own total names no city


def test_an_overview_clause_gives_its_facts_the_citys_region(chunks):
    facts = {f["figure"]: f for f in extract_facts(chunks)}
    assert facts["86.5亿元"]["region"] == "鹤岗" and facts["30.2亿元"]["region"] == "丹东"
    assert facts["316.4亿元"]["region"] is None


def test_a_table_row_goes_to_the_city_its_zones_full_name_starts_with(chunks):
    assert _holding(chunks, "4120万美元")["region"] == "鹤岗"
    assert _holding(chunks, "2210万美元")["region"] == "丹东"
    assert _holding(chunks, "3310万美元")["region"] == "丹东"  # a city's own row


def test_the_top_heading_after_the_one_over_the_city_parts_closes_the_last_city(chunks):
    plan = _holding(chunks, "9亿美元")
    assert (plan["region"], plan["section"]) == (None, "下一步工作安排")
    assert _holding(chunks, "20.3亿元")["region"] == "丹东"


def test_a_citys_own_numbered_sections_do_not_close_its_part(tmp_path):
    document = Document()
    document.add_heading("一、总体情况", level=1)
    document.add_paragraph("全省开发区实现营业收入316.4亿元。")
    for city in ("鹤岗市", "丹东市"):
        document.add_paragraph().add_run(f"{city}：").bold = True
        for section, text in (("一、主要成效", "营业收入12.5亿元。"), ("二、存在问题", "用地不足300亩。")):
            document.add_heading(section, level=2)
            document.add_paragraph(city[:2] + text)
    document.save(tmp_path / "b.docx")
    chunks = chunk_document(load_file(tmp_path / "b.docx"), "b.docx")[0]
    assert [(c["region"], c["section"]) for c in chunks if "300亩" in c["text"]] == [
        ("鹤岗", "存在问题"), ("丹东", "存在问题")]


def test_a_title_line_naming_what_its_part_tells_is_a_section(chunks):
    """主要做法 / 存在的不足 recur in every city's part: sections, neither page headers nor item titles."""
    assert [(c["region"], c["section"], c["item"]) for c in chunks if "300亩" in c["text"] or "7个" in c["text"]] == [
        ("鹤岗", "存在的不足", None), ("丹东", "存在的不足", None)]
    assert _holding(chunks, "46.2亿元")["section"] == "主要做法"


def test_a_lead_phrase_titles_its_paragraph_and_numbered_steps_stay_in_it(chunks):
    items = {text: _holding(chunks, text)["item"] for text in ("42个", "15个工作日", "18.6万平方米", "15.3亿元")}
    assert items == {"42个": "抓项目", "15个工作日": "抓项目", "18.6万平方米": "抓项目", "15.3亿元": "拓开放"}
    assert _holding(chunks, "15个工作日")["text"].startswith("1）")  # a step is no continuation of the lead's line
    assert _holding(chunks, "15.3亿元")["text"].endswith("3.8亿元。")  # a titled paragraph is not cut at its ；


def test_a_connective_before_a_colon_still_opens_a_list_and_yao_counts_items():
    assert [title for _, _, title in item_pieces("主要是：配套不足；人才缺乏。")] == ["配套不足", "人才缺乏"]
    assert item_pieces(PLAN)[0][2] == "一要冲刺全年目标"
