"""Periods, issues and figures as a city's county-level 专报 writes them: a WeChat article titled 上半年… whose plans
open with 下半年，…将 is a 上半年 issue; an issue published in January about the year before (its text opens
`2025年，…`, its plans `2026年，力争…`) reports that year; a figure a change starts from (由上年的341.4亿元增至…)
is the year before's and counts what the one it changes to counts; a sentence opened by another year (2026年，
力争…) dates its figures to that year; a position among the whole asked (增速全县第一的) is the sentence writing it,
not the whole's own figure; a year's plans are those of the issue on the year before; a trend states one measure
written at two magnitudes (52300万元, 10.46亿元) as each issue writes it; 蒹塘呢 after 榉口区…: the county asked
instead, its 区 written or not. Invented bulletins, through the real loader, index and pipeline."""
from __future__ import annotations

import pytest

from index.facts import chunk_facts
from index.periods import Period, document_period, reported_year
from qa.pipeline import BulletinQA
from tests.conftest import index_files

HALF = """上半年全县园区工作专报｜稳中有进

原创 柘城商务 2025年07月18日 发表于柘城

01
总体情况

上半年，全县园区实现营业收入312.6亿元，同比增长6.2%。

02
乡镇亮点

【桐林区】桐林经开区实现营业收入８８.４亿元，同比增长7.1%，税收收入52300万元。

榆坪县：榆坪经开区实现营业收入41.3亿元，同比增长9.8%，增速居全县第一。

03
下步打算

下半年，全县园区将重点抓好两项工作：一是力争下半年新开工项目12个以上；二是盘活闲置厂房３万平方米。

来源：柘城县商务局
阅读 1024
"""

YEAR = """园区工作专报

2025年第4期

柘城县商务局                2026年1月20日

一、全年总体情况

2025年，全县园区实现营业收入655.2亿元，同比增长7.0%。榆坪县材料未报送，以上数据不含榆坪县。

二、亮点工作

桐林区：桐林经开区营业收入由上年的160.5亿元增至178.9亿元，税收收入10.46亿元，全年新签约项目8个。

三、下步打算

2026年，力争全县园区营业收入突破700亿元。一是推进园区扩区；二是开展专题招商。
"""

FILES = {"2025-07-yuanqu-zhuanbao-shangbannian.txt": HALF, "2026-01-yuanqu-zhuanbao-di4qi.txt": YEAR}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("county-periods"), FILES, embedding)


def _facts(text: str, period: str = "2025年全年") -> list[dict]:
    chunk = {"text": text, "start": 0, "doc": "d", "id": "c", "period": period, "as_of": 202512}
    return chunk_facts(chunk)


def test_a_titles_period_is_the_issues_over_plans_for_the_months_after() -> None:
    text = HALF.split("\n", 1)[1]
    assert document_period(text, 2025, HALF.split("\n", 1)[0]) == Period(2025, 1, 6)
    assert document_period("上半年，营业收入312.6亿元。下半年，全县将抓好两项工作。", 2025) == Period(2025, 1, 6)


def test_a_january_issue_reports_the_year_its_text_opens_with_not_its_plans_year() -> None:
    assert reported_year(YEAR, 2026) == 2025
    assert reported_year("2026年，全县园区实现营业收入700亿元。", 2026) == 2026  # a result of 2026: 2026's


def test_a_change_from_last_years_figure() -> None:
    last, this, count = _facts("桐林经开区营业收入由上年的160.5亿元增至178.9亿元，全年新签约项目8个。")
    assert (last["figure"], last["indicator"], last["period"]) == ("160.5亿元", "营业收入", "2024年全年")
    assert (this["figure"], this["indicator"], this["period"]) == ("178.9亿元", "营业收入", "2025年全年")
    assert count["period"] == "2025年全年"
    start, end = _facts("平均审批时间由12天压缩至7天。")
    assert start["indicator"] == end["indicator"] == "平均审批时间" and start["period"] == "2025年全年"


def test_a_sentence_opened_by_the_next_year_dates_its_target_to_it() -> None:
    target, = _facts("2026年，力争全县园区营业收入突破700亿元。")
    assert (target["figure"], target["period"]) == ("700亿元", "2026年全年")
    result, = _facts("2025年，全县园区实现营业收入655.2亿元。")
    assert result["period"] == "2025年全年"


def test_a_counties_figure_of_a_wechat_half_year_issue(qa: BulletinQA) -> None:
    answer = qa.ask("桐林经开区上半年营收多少？")
    assert "８８.４亿元" in answer["answer"] and "178.9" not in answer["answer"]
    assert {c["period"] for c in answer["citations"]} == {"2025年上半年"}


def test_a_january_issues_figure_is_of_the_year_before(qa: BulletinQA) -> None:
    answer = qa.ask("2025年全县园区营业收入多少？")
    assert "655.2亿元" in answer["answer"] and "700亿元" not in answer["answer"]
    assert {c["period"] for c in answer["citations"]} == {"2025年全年"}


def test_a_place_not_reported_for_the_asked_period_is_withheld(qa: BulletinQA) -> None:
    answer = qa.ask("榆坪经开区2025年全年营业收入多少？")
    assert "41.3" not in answer["answer"] and not answer["citations"]


def test_the_park_first_among_the_whole_is_the_one_written_so(qa: BulletinQA) -> None:
    answer = qa.ask("上半年营收增速全县第一的是哪个园区？")
    assert answer["short"] == "榆坪经开区" and "312.6" not in answer["answer"]


def test_next_years_plans_are_the_plans_of_the_issue_on_the_year_before(qa: BulletinQA) -> None:
    answer = qa.ask("2026年下步打算有哪些？")
    assert "扩区" in answer["answer"] and "闲置厂房" not in answer["answer"]
    assert {c["period"] for c in answer["citations"]} == {"2025年全年"}


def test_a_trend_over_two_magnitudes_of_one_measure(qa: BulletinQA) -> None:
    answer = qa.ask("桐林经开区税收收入上半年到全年有什么变化？")
    assert "52300万元" in answer["answer"] and "10.46亿元" in answer["answer"]


def test_a_follow_up_names_another_county_than_the_one_written_with_its_qu(qa: BulletinQA) -> None:
    answer = qa.ask("榆坪呢？", history=["上半年桐林区园区情况怎么样？"])
    assert "41.3亿元" in answer["answer"] and "８８.４" not in answer["answer"]


def test_a_change_asked_is_the_sentence_stating_both_levels(qa: BulletinQA) -> None:
    answer = qa.ask("桐林经开区2025年营收比上年增加了多少？")
    assert "160.5亿元" in answer["answer"] and "178.9亿元" in answer["answer"]
