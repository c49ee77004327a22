"""A monthly bulletin's figures and periods as it writes them: thousands separators (18,642.7亿元, 1,500—2,000人),
cumulative months (前10个月, 截至10月底, 10月末, 1-10月份, 1—10月), a growth written with its minus (同比增长-3.2%),
a web page whose issue stands in the line above its article, 经济开发区 names. Pure functions and small invented
bulletins through the real loaders, index and pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.facts import extract_facts
from index.figures import BARE_NUMBER, FIGURE, split_figure
from index.loaders import load_file
from index.periods import find_periods
from index.pipeline import chunk_document
from index.structure import clean_text
from index.zones import find_zones
from qa.clauses import CLAUSE, clause_from
from qa.pipeline import BulletinQA
from qa.question_period import as_written
from tests.conftest import index_files

OCTOBER = """某省开发区运行监测通报
2025年第10期
一、总体运行情况
前10个月，全省开发区实现营业收入23,518.6亿元，同比增长6.6%；实际使用外资14.08亿美元，同比增长-1.9%；进出口总额4,106.2亿元。
二、各市开发区运行情况
（一）青崖市
1—10月，青崖市开发区实现营业收入7,302.8亿元，同比增长8.5%。榴河经济开发区用工缺口约1,500—2,000人，新增项目5,12个批次待核。
（二）白沙市
截至10月底，白沙市开发区实现营业收入2,618.4亿元，同比增长3.3%，榴河以外项目12个,总投资3.5亿元。
"""

NOVEMBER = """某省开发区运行监测通报
2025年第11期
一、总体运行情况
1—11月，全省开发区实现营业收入25,963.4亿元，同比增长6.8%；实际使用外资15.37亿美元，同比增长-1.2%。
二、下一步工作
确保11月底前完成年度评价，力争提前3个月完成明年任务。
"""

TABLE_PAGE = """<html><head><title>2025年1—8月全省开发区运行监测通报_某省商务厅</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/kfq/">开发区建设</a></div>
<div class="article"><h1>2025年1—8月全省开发区运行监测通报</h1>
<p class="info">某省开发区运行监测通报 2025年第8期<br>来源：某省商务厅　发布时间：2025-09-18</p>
<div class="content">
<p>1—8月，全省开发区实现营业收入18,642.7亿元，同比增长6.3%；实际使用外资11.62亿美元，同比增长-3.2%。</p>
<table><tr><th>地区</th><th>营业收入（亿元）</th><th>实际使用外资（万美元）</th><th>外资同比（%）</th></tr>
<tr><td>青崖市</td><td>5,836.4</td><td>42,680</td><td>5.4</td></tr>
<tr><td>白沙市</td><td>4,127.5</td><td>31,250</td><td>-6.8</td></tr></table>
<p>青崖市在榴河经济开发区试点“厂房按揭”，已有19家企业入驻；榴河经济开发区实际使用外资1.35亿美元。白沙市组织对接会4场，促成本地配套合同金额12,680万元。</p>
</div></div><div class="bottom">网站标识码：xx0000001</div></body></html>"""


@pytest.mark.parametrize("text, figures", [
    ("实现营业收入18,642.7亿元，同比增长6.3%", ["18,642.7亿元", "6.3%"]),
    ("合同金额12,680万元", ["12,680万元"]),
    ("用工缺口约1,500—2,000人", ["1,500—2,000人"]),
    ("协议投资额5—8亿元的项目", ["5—8亿元"]),
    ("增长5%,12个项目", ["5%", "12个"]),  # a comma between two figures: no three-digit group follows it
    ("新增项目5,12个", ["12个"]),
    ("1,2月份", []),
])
def test_a_thousands_separator_is_read_by_its_three_digit_groups(text: str, figures: list[str]) -> None:
    assert [m.group() for m in FIGURE.finditer(text)] == figures


def test_a_figure_with_separators_has_its_whole_number() -> None:
    assert split_figure("18,642.7亿元") == (18642.7, "亿元")
    assert split_figure("1,500—2,000人") == (1500.0, "人")
    assert BARE_NUMBER.fullmatch("42,680") and BARE_NUMBER.fullmatch("-1.6") and not BARE_NUMBER.fullmatch("42,68")


def test_clauses_are_not_cut_at_a_thousands_separator() -> None:
    sentence = "实现营业收入18,642.7亿元，同比增长5%,12个项目开工"
    assert CLAUSE.findall(sentence) == ["实现营业收入18,642.7亿元", "同比增长5%", "12个项目开工"]
    assert clause_from(sentence, 0) == "实现营业收入18,642.7亿元"


@pytest.mark.parametrize("text", ["前10个月", "截至10月底", "10月末", "1-10月份", "1—10月", "2025年前十个月", "1至10月"])
def test_cumulative_month_words_name_the_months_from_january(text: str) -> None:
    assert [p.label for p in find_periods(text, 2025)] == ["2025年1-10月"]


@pytest.mark.parametrize("text", ["11月底前上线", "12月底前公布排名", "提前3个月完成", "10月底起施行"])
def test_a_deadline_or_a_duration_is_no_period(text: str) -> None:
    assert find_periods(text, 2025) == []


def test_a_question_asking_the_first_months_asks_their_range() -> None:
    assert "1-10月" in as_written("前10个月全省开发区营收多少？")
    assert "1-2月" in as_written("前两个月外资多少")


def test_an_economic_zone_keeps_its_whole_name() -> None:
    assert [z[2] for z in find_zones("榴城市在栖棠经济开发区试点")] == ["栖棠经济开发区"]
    assert [z[2] for z in find_zones("澜渡经济开发区综合排名上升2位")] == ["澜渡经济开发区"]
    assert find_zones("全省经济开发区营业收入") == []
    assert [z[2] for z in find_zones("青崖临空经济区货邮吞吐量20.7万吨")] == ["青崖临空经济区"]


def _facts(path: Path) -> tuple[str, list[dict], dict]:
    loaded = load_file(path)
    chunks, doc = chunk_document(loaded, path.name)
    return clean_text(loaded.text, loaded.title).text, extract_facts(chunks), doc


def test_facts_hold_whole_figures_verbatim_and_no_period_is_a_figure(tmp_path: Path) -> None:
    path = tmp_path / "2025-11-tongbao.txt"
    path.write_text(OCTOBER, encoding="utf-8")
    cleaned, facts, _ = _facts(path)
    for fact in facts:
        assert cleaned[fact["start"]:fact["end"]] == fact["figure"], fact
    figures = {f["figure"]: f for f in facts}
    assert {"23,518.6亿元", "4,106.2亿元", "7,302.8亿元", "2,618.4亿元", "1,500—2,000人", "-1.9%"} <= set(figures)
    assert not {"518.6亿元", "106.2亿元", "000人", "10个月"} & set(figures)
    assert figures["23,518.6亿元"]["indicator"] == "营业收入" and figures["23,518.6亿元"]["period"] == "2025年1-10月"
    assert figures["2,618.4亿元"]["period"] == "2025年1-10月" and figures["2,618.4亿元"]["region"] == "白沙"
    assert figures["1,500—2,000人"]["entity"] == "榴河经济开发区"
    assert figures["1,500—2,000人"]["indicator"] == "用工缺口约"


def test_a_web_pages_issue_stands_above_its_article_and_its_table_rows_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "2025-09-tongbao.html"
    path.write_text(TABLE_PAGE, encoding="utf-8")
    _, facts, doc = _facts(path)
    assert doc["issue"] == "2025年第8期" and doc["title"].startswith("2025年1—8月全省开发区运行监测通报")
    rows = {f["figure"]: f for f in facts if f["region"] in ("青崖", "白沙")}
    assert rows["42,680万美元"]["region"] == "青崖" and rows["42,680万美元"]["indicator"].startswith("实际使用外资")
    assert rows["42,680万美元"]["entity"] == "青崖"  # a city's row is the city's own figure, as a 合计 row is
    assert rows["4,127.5亿元"]["region"] == "白沙" and rows["-6.8%"]["region"] == "白沙"
    assert rows["12,680万元"]["region"] == "白沙"  # a city's sentence after another's: the row names both as cities
    assert not any(f["figure"] in ("680万美元", "836.4亿元", "680万元") for f in facts)


def test_a_zones_row_in_no_region_keeps_its_zone(tmp_path: Path) -> None:
    path = tmp_path / "2026-04-jianbao.md"
    path.write_text("# 某市开发区运行简报\n\n一季度主要指标如下。\n\n| 开发区 | 营业收入（亿元） | 同比增长（%） |\n"
                    "| --- | --- | --- |\n| 甲溪高新区 | 1,352.8 | 10.6 |\n| 乙岭经开区 | 486.2 | 9.1 |\n", encoding="utf-8")
    _, facts, _ = _facts(path)
    assert {f["figure"]: f["entity"] for f in facts} == {"1,352.8亿元": "甲溪高新区", "10.6%": "甲溪高新区",
                                                        "486.2亿元": "乙岭经开区", "9.1%": "乙岭经开区"}


@pytest.fixture(scope="module")
def months(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("months"), {"2025-11-tongbao-10.txt": OCTOBER,
                                                           "2025-12-tongbao-11.txt": NOVEMBER,
                                                           "2025-09-tongbao-8.html": TABLE_PAGE}, embedding)


@pytest.mark.parametrize("question, short, period", [
    ("前10个月全省开发区营业收入多少？", "23,518.6亿元", "2025年1-10月"),
    ("截至10月底全省开发区营收是多少？", "23,518.6亿元", "2025年1-10月"),
    ("10月末全省开发区营业收入多少？", "23,518.6亿元", "2025年1-10月"),
    ("1-11月份全省开发区营业收入多少？", "25,963.4亿元", "2025年1-11月"),
    ("前8个月全省开发区营业收入多少？", "18,642.7亿元", "2025年1-8月"),
    ("前10个月全省开发区实际使用外资同比增长多少？", "-1.9%", "2025年1-10月"),
])
def test_the_months_asked_answer_with_that_periods_whole_figure(months: BulletinQA, question: str, short: str,
                                                                period: str) -> None:
    answer = months.ask(question)
    assert answer["short"] == short, answer["answer"]
    assert {c["period"] for c in answer["citations"]} == {period}


def test_each_city_answers_from_its_row_though_a_zone_of_it_has_the_indicator(months: BulletinQA) -> None:
    answer = months.ask("1—8月各市开发区实际使用外资分别是多少万美元？")
    assert "42,680万美元" in answer["answer"] and "31,250万美元" in answer["answer"], answer["answer"]


def test_a_separated_figure_is_quoted_whole(months: BulletinQA) -> None:
    answer = months.ask("白沙市1—8月促成本地配套合同金额多少？")
    assert answer["short"] == "12,680万元" and "12,680万元" in answer["answer"]
