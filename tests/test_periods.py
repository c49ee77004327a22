"""The periods and issues a bulletin's text names (index.periods): a period's months in every wording, the year
they are of, last year's and a goal's periods not counted, the issue a title or file name names. Pure functions; the
sample bulletin's own period is in tests/test_structure.py."""
from __future__ import annotations

import pytest

from index.periods import Period, document_period, find_issue, find_periods, parse_period


@pytest.mark.parametrize("text, months", [
    ("一季度", (1, 3)), ("第一季度", (1, 3)), ("1-3月", (1, 3)), ("1-3月份", (1, 3)), ("1月-3月", (1, 3)),
    ("二季度", (4, 6)), ("上半年", (1, 6)), ("1-6月", (1, 6)), ("1至6月", (1, 6)),
    ("前三季度", (1, 9)), ("1-9月", (1, 9)), ("下半年", (7, 12)), ("全年", (1, 12)),
])
def test_find_periods_months(text, months):
    (period,) = find_periods(f"截至{text}，完成投资22亿元")
    assert (period.start, period.end, period.since) == (*months, False)
    assert period.year is None
    assert parse_period(text) == period


def test_wordings_of_the_same_months_match():
    assert parse_period("上半年").matches(parse_period("2024年1-6月"))
    assert parse_period("2024年一季度").matches(parse_period("1-3月"))
    assert parse_period("前三季度").matches(parse_period("1-9月"))
    assert not parse_period("2024年上半年").matches(parse_period("2023年1-6月"))
    assert not parse_period("一季度").matches(parse_period("上半年"))
    assert parse_period("1-6月").label == "上半年"
    assert parse_period("2024年1-3月").label == "2024年一季度"


def test_year_since():
    (period,) = find_periods("2023年以来举办的5次“三个一批”活动")
    assert period == Period(2023, since=True)
    assert period.label == "2023年以来"
    assert find_periods("今年以来") == [] and find_periods("以来") == []


def test_default_year_and_explicit_year():
    assert find_periods("1-3月", 2024) == [Period(2024, 1, 3)]
    assert find_periods("2023年1-6月", 2024) == [Period(2023, 1, 6)]
    assert parse_period("2024年度上半年") == Period(2024, 1, 6)


@pytest.mark.parametrize("text", ["比去年一季度增加12家", "较上年一季度", "同期一季度", "去年上半年", "去年1-6月"])
def test_last_year_is_not_counted(text):
    assert find_periods(text) == []


@pytest.mark.parametrize("text", ["比去年第一季度增加12家", "去年前三季度", "去年11-12月"])
def test_last_year_is_not_counted_in_longer_wordings(text):
    assert find_periods(text) == []


def test_find_periods_in_order_and_bad_ranges():
    found = find_periods("1-3月完成13.25亿元，一季度新增20家，2023年以来铺排项目，上半年目标", 2024)
    assert [p.label for p in found] == ["2024年一季度", "2024年一季度", "2023年以来", "2024年上半年"]
    assert find_periods("9-3月") == [] and find_periods("3月底前完成") == [] and parse_period(None) is None
    assert [p.label for p in find_periods("截止3月底", 2024)] == ["2024年一季度"]  # the months up to it


def test_a_period_set_as_a_goal_is_not_the_period_reported():
    text = ("1-10月，全市开发区营业收入增长5%。下一步，确保全年目标任务完成：冲刺全年目标，"
            "力争全年营收突破1000亿元，完成全年考核指标。")
    assert document_period(text, 2025) == Period(2025, 1, 10)
    assert document_period("全年实现营业收入436.2亿元。全年签约项目61个。", 2025) == Period(2025, 1, 12)


def test_find_issue():
    assert find_issue("全省开发区特刊（2024年第2期）") == "2024年第2期"
    assert find_issue("特刊第 3 期") == "第3期"
    assert find_issue("没有期数的标题", "2024年第12期.docx") == "2024年第12期"
    assert find_issue("“项目建设向‘新’突破 改革能级持续提升”特刊", "2024-kaifaqu-tekan-jinzhong-yangquan.txt") is None
    assert find_issue(None) is None
