"""Figures of the wrong period or place (round wrong15): a month's own figure (4月当月) in a bulletin of the months
up to it (1-4月) answers no question asking the months up to it, and the reverse. An invented monthly digest through
the real index."""
from __future__ import annotations

import pytest

from tests.conftest import index_one

_DIGEST = """开发区工作动态
2026年第6期
沅江省商务厅开发区处 2026年5月18日

编者按：4月份，全省开发区实现营业收入412.6亿元，同比增长6.9%；1-4月累计实现营业收入1538.2亿元，同比增长6.1%。现将各地4月份工作动态编发如下。

一、汀州经开区营收稳步增长
汀州经开区4月当月实现营业收入52.4亿元，同比增长6.1%；1-4月累计实现营业收入203.8亿元，同比增长5.2%。（汀州市商务局供稿）

二、岑溪高新区外贸回升
岑溪高新区4月当月实现进出口额7.3亿元，同比增长11.4%；1-4月累计实现进出口额26.9亿元，同比增长8.7%。（岑溪市商务局供稿）
"""


@pytest.fixture(scope="module")
def digest_qa(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("wrong15"), "2026-05-dongtai-di6qi.txt", _DIGEST, embedding)


@pytest.mark.parametrize("question", ["汀州经开区1-4月累计营收多少？", "汀州经开区1-4月累计营业收入是多少？",
                                      "汀州经开区前4个月营收多少？"])
def test_the_months_up_to_one_are_not_answered_by_that_month_alone(digest_qa, question) -> None:
    result = digest_qa.ask(question)
    assert result["short"] == "203.8亿元" and "52.4亿元" not in result["answer"]


@pytest.mark.parametrize("question", ["汀州经开区4月当月营收多少？", "岑溪高新区4月当月进出口额多少？"])
def test_a_month_alone_is_answered_by_its_own_figure(digest_qa, question) -> None:
    result = digest_qa.ask(question)
    assert result["short"] in ("52.4亿元", "7.3亿元")
    assert "203.8亿元" not in result["answer"] and "26.9亿元" not in result["answer"]


def test_a_cumulative_question_on_another_zone_keeps_its_period(digest_qa) -> None:
    result = digest_qa.ask("岑溪高新区1-4月累计进出口多少？")
    assert result["short"] == "26.9亿元" and "7.3亿元" not in result["answer"]


def test_a_month_asked_alone_is_that_month_where_the_bulletin_writes_its_own_figures(digest_qa) -> None:
    result = digest_qa.ask("汀州经开区4月份营收多少？")
    assert result["short"] == "52.4亿元" and "203.8亿元" not in result["answer"]


_CUMULATIVE = """开发区运行监测通报
2026年第4期
沅江省商务厅 2026年5月20日

1-4月，全省开发区实现营业收入1538.2亿元，同比增长6.1%。

一、汀州市
1-4月，汀州经开区实现营业收入203.8亿元，同比增长5.2%。
"""


@pytest.fixture(scope="module")
def cumulative_qa(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("wrong15c"), "2026-05-jiance-di4qi.txt", _CUMULATIVE, embedding)


def test_a_month_asked_alone_is_the_months_up_to_it_where_no_month_is_written_alone(cumulative_qa) -> None:
    assert cumulative_qa.ask("汀州经开区4月份营收多少？")["short"] == "203.8亿元"
