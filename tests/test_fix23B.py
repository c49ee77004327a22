"""A project ledger as Word writes it (a lead counting the projects by state, a captioned table whose unit stands in a
line above it, its city cell merged down over its projects, a column of states): a question asking the projects of
one state is answered with the rows holding it, not the caption or the lead counting them; a state said otherwise
(已经投产, 还没开工) is read as the table writes it. Real .docx files built with python-docx; the answers through a real
index (tests/conftest.py)."""
from __future__ import annotations

import docx
import pytest

from qa.bulletin_named import naming_the_bulletin
from qa.pipeline import BulletinQA
from tests.conftest import docx_bytes, index_files, word_table

_PROJECTS = [  # 序号, 市, 项目名称, 所在开发区, 本年计划投资, 1-6月完成, 完成率, 项目状态
    ["1", "岑岭市", "储能电站一期项目", "岑岭经开区", "52000", "41300", "79.4", "已开工"],
    ["2", "", "智能装备产业园项目", "岑岭高新区", "36000", "30100", "83.6", "已开工"],
    ["3", "", "冷链物流中心项目", "岑岭经开区", "21000", "0", "0.0", "未开工"],
    ["4", "溆浦市", "特种纸扩建项目", "溆浦经开区", "28000", "26900", "96.1", "已投产"],
    ["5", "", "光伏组件项目", "溆浦经开区", "45000", "0", "0.0", "未开工"],
    ["6", "梧垣市", "医疗器械产业园项目", "梧垣高新区", "33000", "31800", "96.4", "已投产"],
]


def _ledger() -> bytes:
    document = docx.Document()
    document.add_heading("苍梧省开发区重点项目推进台账（2026年1-6月）", level=1)
    document.add_paragraph("截至6月底，全省开发区6个省级重点项目中已投产2个、已开工2个、未开工2个，1-6月累计完成投资13.01亿元。")
    document.add_paragraph("表1　省级重点项目推进台账")
    document.add_paragraph("单位：万元、%")
    header = ["序号", "市", "项目名称", "所在开发区", "本年计划投资", "1-6月完成", "完成率", "项目状态"]
    table = word_table(document, [header] + _PROJECTS)
    table.cell(1, 1).merge(table.cell(3, 1))  # a city's cell spans its projects' rows
    table.cell(4, 1).merge(table.cell(5, 1))
    document.add_paragraph("下一步，对未开工项目实行周调度。")
    return docx_bytes(document)


@pytest.fixture(scope="module")
def ledger_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("ledger"), {"2026-07-zhongdian-xiangmu-taizhang.docx": _ledger()},
                       embedding)


def _projects(state: str) -> set[str]:
    return {row[2] for row in _PROJECTS if row[-1] == state}


@pytest.mark.parametrize("question, state", [
    ("台账里未开工的项目有哪些", "未开工"),
    ("上半年省级重点项目中处于已开工状态的是哪些", "已开工"),
    ("已投产的重点项目有哪几个", "已投产"),
    ("哪几个重点项目已经投产了", "已投产"),
    ("还没开工的重点项目有哪些", "未开工"),
])
def test_the_projects_of_a_state_are_the_rows_holding_it(ledger_qa, question, state):
    answer = ledger_qa.ask(question)["answer"]
    others = {row[2] for row in _PROJECTS} - _projects(state)
    assert all(name in answer for name in _projects(state)), answer
    assert not any(name in answer for name in others), answer



def _report() -> bytes:
    """A 调研报告 whose whole's paragraph reports three indicators, its cities' paragraphs two of them again."""
    document = docx.Document()
    document.add_heading("关于苍梧省开发区上半年运行情况的调研报告", level=1)
    document.add_paragraph("一、基本情况")
    document.add_paragraph("上半年，全省开发区实现营业收入2105.3亿元，同比增长7.6%；实际使用外资3.27亿美元，同比增长12.4%；"
                           "完成固定资产投资352.8亿元，同比增长5.1%。")
    document.add_paragraph("1.岑岭市。岑岭经开区上半年实现营业收入806.2亿元，同比增长8.1%；实际使用外资1.21亿美元。")
    document.add_paragraph("2.溆浦市。溆浦经开区上半年实现营业收入512.7亿元，同比增长6.3%；实际使用外资0.43亿美元。")
    document.add_paragraph("3.梧垣市。梧垣高新区上半年实现营业收入386.4亿元，同比增长9.2%；实际使用外资0.19亿美元。")
    return docx_bytes(document)


@pytest.fixture(scope="module")
def report_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("report"), {"2026-07-kaifaqu-diaoyan-baogao.docx": _report()},
                       embedding)


@pytest.mark.parametrize("question", ["上半年全省开发区营收、外资、固定资产投资各多少",
                                      "上半年全省开发区营业收入和实际使用外资分别是多少"])
def test_the_whole_asked_before_several_indicators_is_each_ones(report_qa, question):
    answer = report_qa.ask(question)
    assert "2105.3亿元" in answer["answer"] and "3.27亿美元" in answer["answer"], answer["answer"]
    assert not any(city in answer["answer"] for city in ("1.21亿美元", "0.43亿美元", "0.19亿美元")), answer["answer"]
    assert {c["region"] for c in answer["citations"]} == {None}, answer["citations"]


def _survey_report() -> bytes:
    """A 调研报告 whose foreword writes the words naming it (调研组, 报告) and whose ways are inline numbered items."""
    document = docx.Document()
    document.add_heading("关于苍梧省开发区营商环境情况的调研报告", level=1)
    document.add_paragraph("为全面了解全省开发区营商环境，5月，省发展改革委组成调研组，赴岑岭、溆浦、梧垣3市开展调研，"
                           "召开座谈会9场，走访企业31家。现将有关情况报告如下。")
    document.add_heading("一、主要做法", level=2)
    document.add_paragraph("1.推行“首席服务官”制度。（1）每家重点企业由一名区领导任首席服务官；（2）企业诉求当日登记；"
                           "（3）办理情况每月通报一次。2.推进拿地即开工。上半年全省开发区拿地即开工项目占比达到42.6%。")
    document.add_heading("二、对策建议", level=2)
    document.add_paragraph("1.资金方面。设立省级开发区营商环境专项资金，首期规模8亿元。")
    return docx_bytes(document)


@pytest.fixture(scope="module")
def survey_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("survey"), {"2026-06-yingshang-huanjing-diaoyan-baogao.docx": _survey_report()},
                       embedding)


@pytest.mark.parametrize("question, said", [
    ("调研报告里说的首席服务官制度是怎么运作的", "每月通报一次"),
    ("调研组对开发区资金保障提了什么办法", "首期规模8亿元"),
])
def test_words_naming_the_report_are_not_the_way_asked(survey_qa, question, said):
    answer = survey_qa.ask(question)["answer"]
    assert said in answer and "现将有关情况报告如下" not in answer, answer


def test_the_report_itself_asked_is_its_foreword(survey_qa):
    answer = survey_qa.ask("调研组这次调研是怎么开展的")["answer"]
    assert "座谈会9场" in answer, answer


def test_a_name_held_by_one_row_is_no_state(ledger_qa):
    answer = ledger_qa.ask("特种纸扩建项目在哪个开发区")["answer"]  # 项目名称's values are each one row's
    assert "项目名称为" not in answer, answer


def test_a_kind_word_asked_about_is_no_name_of_the_bulletin() -> None:
    # …评价结果通报 ends with 结果通报, but 评价结果怎么样 asks the 结果; 报告里 / 调研组 / 报告建议 point at the bulletin
    titles = {"2025年全省开发区综合发展水平评价结果通报"}
    assert not naming_the_bulletin("结果", titles, "甲市开发区2025年的评价结果怎么样？")
    assert naming_the_bulletin("结果", titles, "评价结果通报里说甲市怎么样？")
    report = {"关于乙省开发区营商环境情况的调研报告"}
    assert naming_the_bulletin("报告", report, "上半年调研报告建议怎么盘活土地")
    assert naming_the_bulletin("调研组", report, "调研组对资金保障提了什么办法")
