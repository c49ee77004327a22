"""A sentence read from the clause naming the period or the zone asked (round fold16, `qa/asked_part.py`): the figures
before that clause are another period's or another place's. Invented bulletins through the real index."""
from __future__ import annotations

import pytest

from index.periods import Period
from qa.asked_part import read_from_asked
from tests.conftest import index_one

_MONTHLY = """开发区工作简讯
2026年第5期
汶川省商务厅开发区处 2026年5月16日

一、运行情况
4月份，全省开发区实现营业收入388.1亿元，同比增长5.5%；1-4月累计实现营业收入1402.7亿元，同比增长5.1%。

二、各地动态
滦河经开区4月当月实现营业收入36.2亿元，同比增长4.4%，1-4月累计实现营业收入131.9亿元，同比增长3.8%。（滦河市商务局供稿）
"""


@pytest.fixture(scope="module")
def monthly(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("periods16"), "2026-05-jianxun-di5qi.txt", _MONTHLY, embedding)


@pytest.mark.parametrize("question", ["滦河经开区1-4月累计营收多少？", "滦河经开区前4个月营业收入是多少？"])
def test_the_months_up_to_one_are_read_from_their_clause_after_a_comma(monthly, question) -> None:
    result = monthly.ask(question)
    assert result["short"] == "131.9亿元" and "36.2亿元" not in result["answer"]


def test_the_month_alone_is_its_own_clause_before_the_comma(monthly) -> None:
    result = monthly.ask("滦河经开区4月当月营收多少？")
    assert result["short"] == "36.2亿元" and "131.9亿元" not in result["answer"]


_CITIES = """开发区建设动态
2025年第3期
汶川省商务厅开发区处 2025年10月15日

滦河市
一、运行态势
1-9月，全市开发区实现营业收入612.3亿元，同比增长8.4%；外贸进出口74.6亿元，同比增长9.1%，其中滦河综合保税区进出口41.3亿元，居全省综合保税区第2位；实际使用外资1.12亿美元。
二、问题与不足
招商项目储备不足。

澧阳市
一、运行态势
1-9月，澧阳经开区实现营业收入233.8亿元，同比增长4.1%；外贸进出口28.5亿元。
"""


@pytest.fixture(scope="module")
def cities(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("periods16c"), "2025-10-dongtai-di3qi.txt", _CITIES, embedding)


@pytest.mark.parametrize("question", ["滦河综合保税区前三季度进出口多少？", "滦河综保区1-9月外贸进出口额是多少？"])
def test_a_zone_named_after_its_citys_figure_is_read_from_its_own_clause(cities, question) -> None:
    result = cities.ask(question)
    assert result["short"] == "41.3亿元" and "74.6亿元" not in result["answer"]


def test_a_period_compared_with_is_not_the_period_a_clause_reports() -> None:
    text = "1-4月，全省开发区实现营业收入1402.7亿元，增速比一季度加快0.3个百分点。"
    assert read_from_asked(text, [(0, len(text))], Period(2026, 1, 3), None) == [(0, len(text))]
    reported = "4月当月营业收入388.1亿元，一季度营业收入1014.6亿元。"
    assert read_from_asked(reported, [(0, len(reported))], Period(2026, 1, 3), None)[0][0] == reported.index("一季度")


_HALF_YEAR = """开发区专题通报
2026年第2期
汶川省商务厅 2026年7月20日

一、外贸外资
上半年，全省开发区实现进出口总额1843.6亿元，同比增长6.2%；其中6月份进出口额337.5亿元，同比增长8.1%。实际使用外资9.84亿美元。

二、下步打算
下半年，全省开发区将重点抓好四项工作：一是稳住外贸订单；二是加快外资项目到位；三是办好招商推介会；四是优化通关服务。
"""


@pytest.fixture(scope="module")
def half_year(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("periods16h"), "2026-07-zhuanti-di2qi.txt", _HALF_YEAR, embedding)


def test_a_month_written_after_其中_is_that_month_alone(half_year) -> None:
    result = half_year.ask("6月份全省开发区进出口额多少？")
    assert result["short"] == "337.5亿元" and "1843.6亿元" not in result["answer"]


def test_the_half_year_is_not_answered_by_its_last_month(half_year) -> None:
    result = half_year.ask("上半年全省开发区进出口总额多少？")
    assert result["short"] == "1843.6亿元" and "337.5亿元" not in result["answer"]


def test_a_month_written_as_a_part_holds_for_its_own_sentence_only(half_year) -> None:
    result = half_year.ask("上半年全省开发区实际使用外资多少？")
    assert result["short"] == "9.84亿美元" and result["citations"][0]["period"] == "2026年上半年"


@pytest.mark.parametrize("question", ["上半年通报说下半年要重点抓好几项工作？", "上半年全省开发区下步重点工作有几项？"])
def test_the_plans_of_an_issue_are_read_though_dated_after_it(half_year, question) -> None:
    assert half_year.ask(question)["short"] == "四项"
