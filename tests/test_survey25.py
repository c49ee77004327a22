"""A project ledger and a 调研报告 as Word writes them. The ledger: a captioned table (表2 …省级重点项目…) whose unit
stands in a line between the caption and the rows, its city cell merged down over its projects, the zone in a column
of its own. Asked which projects of the caption's kind a city or a zone has, the answer is the rows of that place:
the caption's words are written for every region its rows are of, a unit line is the caption's, and a city cell
merged down over the first rows names them (no column). The report gives two zones' sum, then each zone's part
(其中甲经开区612.4亿元、增长9.3%，乙…): a zone asked is read where it is named again, its change quoted with the amount
it is joined to. Real .docx built with python-docx; the answers through a real index (tests/conftest.py)."""
from __future__ import annotations

import docx
import pytest

from index.facts import extract_facts
from index.loaders import load_file
from index.pipeline import chunk_document
from qa.pipeline import BulletinQA
from tests.conftest import docx_bytes, index_files, word_table

_PROJECTS = [  # 序号, 市, 项目名称, 所在开发区, 本年计划投资, 1-6月完成, 完成率, 项目状态
    ["1", "渚岩市", "氢能装备一期项目", "渚岩经开区", "64000", "50200", "78.4", "已开工"],
    ["2", "", "工业软件园项目", "渚岩高新区", "27000", "21900", "81.1", "已投产"],
    ["3", "荻原市", "保税维修中心项目", "荻原综保区", "19000", "15600", "82.1", "已开工"],
    ["4", "", "有机硅新材料项目", "荻原经开区", "38000", "0", "0.0", "未开工"],
    ["5", "桁江市", "智能传感器项目", "桁江高新区", "42000", "30700", "73.1", "已开工"],
]


def _ledger() -> bytes:
    document = docx.Document()
    document.add_heading("岷澜省开发区重点项目推进台账（2026年1-6月）", level=1)
    document.add_paragraph("截至6月底，全省开发区5个省级重点项目中已投产1个、已开工3个、未开工1个。")
    document.add_paragraph("表1　各市开发区营业收入")
    document.add_paragraph("单位：亿元、%")
    rows = [["市", "开发区", "营业收入", "同比"], ["渚岩市", "渚岩经开区", "402.6", "8.3"],
            ["", "渚岩高新区", "211.4", "9.6"], ["荻原市", "荻原经开区", "305.2", "6.1"],
            ["", "荻原综保区", "88.7", "12.4"], ["桁江市", "桁江高新区", "176.9", "7.7"]]
    first = word_table(document, rows)
    first.cell(1, 0).merge(first.cell(2, 0))
    first.cell(3, 0).merge(first.cell(4, 0))
    document.add_paragraph("表2　省级重点项目推进台账")
    document.add_paragraph("单位：万元、%")
    header = ["序号", "市", "项目名称", "所在开发区", "本年计划投资", "1-6月完成", "完成率", "项目状态"]
    table = word_table(document, [header] + _PROJECTS)
    table.cell(1, 1).merge(table.cell(2, 1))  # a city's cell spans its projects' rows
    table.cell(3, 1).merge(table.cell(4, 1))
    document.add_paragraph("下一步，对未开工项目实行周调度。")
    return docx_bytes(document)


@pytest.fixture(scope="module")
def ledger_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("ledger25"), {"2026-07-zhongdian-xiangmu-taizhang.docx": _ledger()},
                       embedding)


@pytest.mark.parametrize("question, asked", [
    ("荻原有哪些省级重点项目？", {"保税维修中心项目", "有机硅新材料项目"}),  # a city whose rows are not the first
    ("桁江市的省级重点项目有哪些", {"智能传感器项目"}),
    ("荻原综保区的省级重点项目是哪个", {"保税维修中心项目"}),  # a zone: its row, not its city's other one
    ("渚岩高新区的省级重点项目叫什么", {"工业软件园项目"}),
])
def test_a_places_projects_are_the_rows_of_the_captioned_table(ledger_qa, question, asked):
    answer = ledger_qa.ask(question)["answer"]
    others = {row[2] for row in _PROJECTS} - asked
    assert all(name in answer for name in asked), answer
    assert not any(name in answer for name in others), answer


def _report() -> bytes:
    """A 调研报告 whose city paragraph gives two zones' sum first, then each zone's part of it (其中…、增长…)."""
    document = docx.Document()
    document.add_heading("关于岷澜省开发区上半年发展情况的调研报告", level=1)
    document.add_paragraph("一、基本情况")
    document.add_paragraph("1.渚岩市。渚岩经开区和渚岩高新区两区上半年合计实现营业收入903.5亿元，同比增长8.8%，其中渚岩经开区"
                           "612.4亿元、增长9.3%，渚岩高新区291.1亿元、增长7.6%；两区实际使用外资1.52亿美元。")
    document.add_paragraph("2.荻原市。荻原经开区上半年实现营业收入402.2亿元，同比增长6.1%；实际使用外资0.47亿美元。")
    return docx_bytes(document)


@pytest.fixture(scope="module")
def report_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("report25"), {"2026-07-kaifaqu-diaoyan-baogao.docx": _report()},
                       embedding)


@pytest.mark.parametrize("question, own, theirs", [
    ("渚岩高新区上半年营业收入多少", ["291.1亿元"], ["903.5亿元", "612.4亿元"]),
    ("上半年渚岩经开区营收是多少", ["612.4亿元"], ["903.5亿元", "291.1亿元"]),
    ("渚岩经开区上半年营收增长多少", ["612.4亿元", "9.3%"], ["8.8%", "7.6%"]),  # its change, quoted with its amount
    ("渚岩高新区上半年营业收入增速是多少", ["291.1亿元", "7.6%"], ["8.8%", "9.3%"]),
])
def test_a_zones_part_of_a_joined_sum_is_read_where_it_is_named_again(report_qa, question, own, theirs):
    answer = report_qa.ask(question)["answer"]
    assert all(figure in answer for figure in own), answer
    assert not any(figure in answer for figure in theirs), answer


def test_a_zones_change_joined_to_its_amount_is_the_zones_and_the_whole_comes_back_after_the_part(tmp_path):
    path = tmp_path / "2026-07-kaifaqu-diaoyan-baogao.docx"
    path.write_bytes(_report())
    chunks, _ = chunk_document(load_file(path), path.name)
    facts = {f["figure"]: f for f in extract_facts(chunks)}
    assert (facts["9.3%"]["entity"], facts["7.6%"]["entity"]) == ("渚岩经开区", "渚岩高新区")
    assert facts["9.3%"]["indicator"].startswith("营业收入")  # the change of the amount it is joined to
    # after the part's `；`, the two zones' together again: whose the sum is
    assert facts["1.52亿美元"]["entity"] == facts["903.5亿元"]["entity"] == "渚岩"


def test_two_zones_parts_of_a_sum_compared(report_qa):
    answer = report_qa.ask("上半年渚岩经开区和渚岩高新区谁增速快")
    assert "9.3%" in answer["answer"] and "7.6%" in answer["answer"], answer["answer"]
    assert answer["short"] == "渚岩经开区", answer
