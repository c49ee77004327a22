"""Questions of other shapes than the bulletins' own: a trend asked as 一路下滑吗 or 前后对比; places asked as a
set by their kind (各县区); a whole year asked of bulletins that report it (全年: when, not a target); each place
with its own indicator (X的A和Y的B). Two small invented bulletins, through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from index.periods import Period
from qa.kinds import classify
from qa.plans import this_years_target
from qa.pipeline import BulletinQA
from tests.test_layouts import index_html_issues

THREE_QUARTERS = {
    "柳城市": {"工作成效": ["柳城开发区实现营业收入318.2亿元，同比增长7.0%；实际使用外资2150万美元；进出口总额56.8亿元。"]},
    "桦川市": {"工作成效": ["全市开发区实现营业收入201.9亿元，同比下降1.6%；实际使用外资980万美元；进出口总额31.4亿元。"]},
}
WHOLE_YEAR = {
    "柳城市": {"工作成效": ["柳城开发区实现营业收入436.5亿元，同比增长7.2%；实际使用外资3080万美元。"]},
    "桦川市": {"工作成效": ["全市开发区实现营业收入275.3亿元，同比增长0.4%；进出口总额42.7亿元。"]},
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_html_issues(tmp_path_factory.mktemp("shapes"), embedding, [
        ("2025-10-a.html", THREE_QUARTERS, "编者按：2025年前三季度，两市开发区工作情况摘编如下。", "2025年第3期"),
        ("2026-01-a.html", WHOLE_YEAR, "编者按：2025年全年（1-12月），两市开发区工作情况摘编如下。", "2026年第1期")])


@pytest.mark.parametrize("question", ["桦川开发区营业收入是一路下滑吗？", "柳城实际使用外资前后对比",
                                      "桦川营业收入是不是持续走低？"])
def test_a_change_asked_in_other_words_is_a_trend(question: str) -> None:
    assert classify(question, 1) == "trend"


def test_a_trend_asked_as_a_downhill_gives_both_periods(qa: BulletinQA) -> None:
    answer = qa.ask("桦川开发区营业收入是一路下滑吗？")
    assert answer["kind"] == "trend" and "201.9亿元" in answer["answer"] and "275.3亿元" in answer["answer"]


def test_places_named_by_their_kind_are_no_unknown_place(qa: BulletinQA) -> None:
    answer = qa.ask("各县区开发区前三季度营业收入分别是多少？")
    assert not answer["abstained"] and "318.2亿元" in answer["answer"] and "201.9亿元" in answer["answer"]


def test_the_whole_year_reported_is_when_not_a_target() -> None:
    asked, three_quarters, whole_year = Period(None, 1, 12), Period(2025, 1, 9), Period(2025, 1, 12)
    assert not this_years_target(asked, "柳城开发区全年营业收入是多少？", [three_quarters, whole_year])
    assert this_years_target(asked, "柳城开发区全年营业收入是多少？", [three_quarters])  # no year reported: a target
    assert this_years_target(asked, "柳城开发区全年营业收入目标是多少？", [three_quarters, whole_year])


def test_the_whole_year_is_asked_of_its_own_bulletin(qa: BulletinQA) -> None:
    answer = qa.ask("柳城开发区全年营业收入是多少？")
    assert "436.5亿元" in answer["answer"] and "318.2亿元" not in answer["answer"]


def test_each_place_keeps_its_own_indicator(qa: BulletinQA) -> None:
    answer = qa.ask("前三季度柳城开发区的实际使用外资和桦川的进出口总额分别是多少？")
    assert answer["kind"] == "each"
    assert "2150万美元" in answer["answer"] and "31.4亿元" in answer["answer"]
    assert not any(other in answer["answer"] for other in ("56.8亿元", "980万美元", "201.9亿元"))
