"""Figures, comparisons and trends over periods (round fig17): 去年 said after a whole year's bulletin appeared, a
year named alone in a list of periods, a change asked beside the level it reached, a position written in words
(首位). Invented bulletins through the real index."""
from __future__ import annotations

import pytest

from qa.question_period import as_written
from tests.conftest import index_files

_NINE_MONTHS = """开发区建设动态
2025年第3期
汶川省商务厅开发区处 2025年10月15日

滦河市
1-9月，滦河经开区实现营业收入296.4亿元，同比增长2.1%；固定资产投资63.8亿元，同比增长5.7%；实际使用外资3860万美元。
"""

_YEAR = """开发区建设动态
2026年第1期
汶川省商务厅开发区处 2026年1月22日

滦河市
2025年，滦河经开区实现营业收入402.7亿元，同比增长0.6%；固定资产投资85.2亿元，同比增长6.7%；实际使用外资5120万美元。
澧阳经开区营业收入由上年的71.6亿元增至83.9亿元。
滦河经开区亩均税收提高到21.4万元，较上年提高2.5万元。
澧阳经开区实际使用外资1.46亿美元，同比增长21.5%，增速居全省开发区首位。
"""


@pytest.fixture(scope="module")
def zone(tmp_path_factory, embedding):
    return index_files(tmp_path_factory.mktemp("figures17"), {"2025-10-dongtai-di3qi.txt": _NINE_MONTHS,
                                                              "2026-01-dongtai-di1qi.txt": _YEAR}, embedding)


def test_last_year_said_after_a_whole_years_bulletin_is_that_year(zone) -> None:
    result = zone.ask("滦河经开区去年实际使用外资多少？")
    assert result["short"] == "5120万美元" and "3860万美元" not in result["answer"]


def test_the_bulletins_own_year_before_stays_the_year_before_the_one_reported(zone) -> None:
    result = zone.ask("澧阳经开区上年营业收入是多少？")
    assert "71.6亿元" in result["answer"] and result["short"] != "83.9亿元"


def test_a_change_asked_is_not_the_level_the_change_reached(zone) -> None:
    result = zone.ask("滦河经开区亩均税收比上年提高了多少？")
    assert result["short"] == "2.5万元"
    assert zone.ask("滦河经开区亩均税收提高到了多少？")["short"] == "21.4万元"  # the level reached, asked as such


def test_a_position_written_in_words_answers_the_position_asked(zone) -> None:
    result = zone.ask("澧阳经开区实际使用外资增速在全省开发区排第几？")
    assert result["short"] == "首位" and "1.46亿美元" in result["answer"]


@pytest.mark.parametrize("question", ["滦河经开区营业收入1-9月和2025年分别是多少？",
                                      "滦河经开区营业收入从前三季度到2025年怎么变化的？"])
def test_a_year_alone_in_a_list_of_periods_is_the_whole_year(zone, question) -> None:
    answer = zone.ask(question)["answer"]
    assert "296.4亿元" in answer and "402.7亿元" in answer


def test_a_year_beside_years_or_with_its_months_is_left_as_written() -> None:
    assert as_written("2024年和2025年营业收入分别多少") == "2024年和2025年营业收入分别多少"
    assert as_written("2025年1-4月和2026年1-4月营收") == "2025年1-4月和2026年1-4月营收"
    assert as_written("2025年、2026年上半年营收") == "2025年、2026年上半年营收"  # 上半年 of both, said once
    assert as_written("2025年、一季度营收") == "2025年全年、一季度营收"
