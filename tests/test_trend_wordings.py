"""trend, compare and each asked in words the rules were not written for: a fall narrowing or a rate turning asked
yes or no (降幅是不是在收窄, 由负转正了吗, 一期比一期), 外贸 for 进出口, which places fell (哪个市…是负增长, 负增长的有哪些),
the first N (前两名), and a follow-up naming places then asking each (白沙和乌泽呢？各是多少). Three small invented issues
through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.kinds import classify, is_cue
from qa.pipeline import BulletinQA
from tests.conftest import index_files
from tests.test_cmp_wordings import _issue  # the same issue shape (its first issue adds a table of parks)

CITIES = {  # issue number, period: city -> its paragraph
    (1, "一季度"): {
        "青岚市": "一季度，全市开发区实现营业收入120.5亿元，同比增长5.2%；实际使用外资8600万美元，同比增长-9.4%；固定资产投资"
               "40.2亿元，同比增长3.1%。青岚综保区进出口总额60.3亿元，同比增长12.0%。",
        "白沙市": "一季度，全市开发区实现营业收入98.4亿元，同比下降2.1%；实际使用外资5200万美元，同比增长4.5%；固定资产投资"
               "31.6亿元，同比下降1.8%。",
        "乌泽市": "一季度，全市开发区实现营业收入76.3亿元，同比增长3.4%；实际使用外资3100万美元，同比增长-2.2%；固定资产投资"
               "22.7亿元，同比增长6.6%。",
    },
    (2, "上半年"): {
        "青岚市": "上半年，全市开发区实现营业收入250.8亿元，同比增长5.6%；实际使用外资17900万美元，同比增长-6.1%，降幅比一季度"
               "收窄3.3个百分点。青岚综保区进出口总额131.2亿元，同比增长13.5%。",
        "白沙市": "上半年，全市开发区实现营业收入205.1亿元，同比增长0.9%，增速由负转正；固定资产投资66.0亿元，同比下降0.6%。",
        "乌泽市": "上半年，全市开发区实现营业收入160.2亿元，同比增长3.9%；固定资产投资同比增长5.1%。",
    },
    (3, "前三季度"): {
        "青岚市": "前三季度，全市开发区实现营业收入390.6亿元，同比增长6.0%；实际使用外资27400万美元，同比增长-3.0%。青岚综保区"
               "进出口总额205.7亿元，同比增长14.1%。",
        "白沙市": "前三季度，全市开发区实现营业收入318.2亿元，同比增长1.7%。",
        "乌泽市": "前三季度，全市开发区实现营业收入247.9亿元，同比增长4.2%。",
    },
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {f"2025-{3 * number + 1:02d}-jianbao-di{number}qi.html": _issue(number, period, cities)
             for (number, period), cities in CITIES.items()}
    return index_files(tmp_path_factory.mktemp("trend_wordings"), files, embedding)


def test_a_move_asked_yes_or_no_is_a_trend():
    for question in ("某市开发区外资降幅是不是在收窄？", "某园区营收增速由负转正了吗？", "某市固投一期比一期怎么样？",
                     "某市外资逐月看扩大还是收窄", "某市进出口增速有没有放缓"):
        assert classify(question) == "trend", question
    for word in ("降幅", "收窄", "转正", "由负"):
        assert is_cue(word), word  # how it moved, no word a row writes
    assert not is_cue("外资")


def test_a_fall_narrowing_over_the_issues(qa):
    answer = qa.ask("青岚开发区外资降幅是不是在收窄？")
    assert answer["kind"] == "trend"
    for figure in ("-9.4%", "-6.1%", "-3.0%"):
        assert figure in answer["answer"], figure
    assert "4.5%" not in answer["answer"]  # 白沙's


def test_a_fall_narrowing_in_the_one_period_named_is_its_stated_change(qa):
    answer = qa.ask("青岚开发区上半年外资降幅有没有收窄？")
    assert "收窄3.3个百分点" in answer["answer"]
    assert "-3.0%" not in answer["answer"]


def test_a_rate_turning_over_the_issues(qa):
    answer = qa.ask("白沙开发区营收增速由负转正了吗？")
    assert answer["kind"] == "trend"
    for figure in ("2.1%", "0.9%", "1.7%"):
        assert figure in answer["answer"], figure


def test_a_sign_turning_asks_the_rate_not_the_amount(qa):
    answer = qa.ask("青岚开发区外资由负转正了吗？")  # every issue writes the amount too: the rate is asked
    assert answer["kind"] == "trend"
    for figure in ("-9.4%", "-6.1%", "-3.0%"):
        assert figure in answer["answer"], figure


def test_trade_said_for_imports_and_exports(qa):
    answer = qa.ask("青岚综保区外贸一期比一期怎么样？")
    assert answer["kind"] == "trend"
    for figure in ("60.3亿元", "131.2亿元", "205.7亿元"):
        assert figure in answer["answer"], figure


def test_which_fell_lists_only_those_below_zero(qa):
    answer = qa.ask("一季度外资负增长的有哪些市？")
    assert answer["kind"] == "compare"
    assert "青岚" in answer["answer"] and "乌泽" in answer["answer"] and "-9.4%" in answer["answer"]
    assert "5200万美元" not in answer["answer"] and "4.5%" not in answer["answer"]  # 白沙 grew
    one = qa.ask("一季度哪个市开发区固定资产投资是负增长？")
    assert one["short"] in ("白沙", "白沙市") and "1.8%" in one["answer"]
    assert "3.1%" not in one["answer"] and "-9.4%" not in one["answer"]  # another city's; another indicator


def test_the_first_n_asked_are_the_ones_listed(qa):
    answer = qa.ask("一季度营业收入前两名的市")
    assert answer["kind"] == "compare"
    assert "120.5亿元" in answer["answer"] and "98.4亿元" in answer["answer"]
    assert "76.3亿元" not in answer["answer"]


def test_places_named_then_each_asked_keep_the_previous_indicator(qa):
    answer = qa.ask("白沙和乌泽呢？各是多少", history=["上半年青岚市开发区营收多少？"])
    assert "205.1亿元" in answer["answer"] and "160.2亿元" in answer["answer"]
    assert "250.8亿元" not in answer["answer"]


def test_which_grew_lists_only_those_above_zero(qa):
    answer = qa.ask("一季度哪些市外资是正增长？")
    assert answer["kind"] == "compare" and "白沙" in answer["answer"] and "4.5%" in answer["answer"]
    assert "-9.4%" not in answer["answer"] and "-2.2%" not in answer["answer"]  # 青岚, 乌泽 fell


def test_a_span_of_issues_and_words_setting_side_by_side_are_no_terms(qa):
    answer = qa.ask("青岚开发区营收三个季度下来变化如何？")
    assert answer["kind"] == "trend"
    for figure in ("120.5亿元", "250.8亿元", "390.6亿元"):
        assert figure in answer["answer"], figure
    side = qa.ask("一季度青岚和白沙营收相比之下谁多？")
    assert side["kind"] == "compare" and side["short"] in ("青岚", "青岚市")
    assert "120.5亿元" in side["answer"] and "98.4亿元" in side["answer"]


def test_an_amount_one_issue_reports_moves_by_its_rate(qa):
    answer = qa.ask("乌泽开发区固投一期比一期怎么样？")  # the amount only in 一季度: the rate of both issues
    assert answer["kind"] == "trend" and "6.6%" in answer["answer"] and "5.1%" in answer["answer"]
    amounts = qa.ask("白沙开发区固投一期比一期怎么样？")  # amounts in both issues: those
    assert "31.6亿元" in amounts["answer"] and "66.0亿元" in amounts["answer"]
