"""trend asked over a span said in years (这一年来, 一年多来), as a market's move (有没有回暖) or a doubling (是不是翻倍了);
an indicator renamed between issues (实际使用外资, then 实际利用外资) and written in 万美元 then 亿美元, asked bare (外资);
a zone's figure after the share it holds of its city (占全市…的45.1%；跨境电商交易额…: still the zone's); a zone's
figure after the title it won (获评国家级绿色工业园区，亩均税收…: the zone's, not the title's). Three small invented
issues (芃川省, its cities and every figure made up) through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from index.facts import extract_facts
from index.periods import find_periods, period_spans
from qa.kinds import classify, is_cue
from qa.part_indicator import written_part
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "芃川省开发区运行监测\n{year}年第{number}期\n芃川省商务厅　　{year}年{month}月18日\n\n"
ISSUES = {  # (file, year, issue number, month the issue is out): its paragraphs
    ("2026-01-jiance-2025.txt", 2026, 1, 1): [
        "2025年，全省开发区实现营业收入5126.4亿元，同比增长6.2%；实际使用外资82600万美元，同比下降2.1%。",
        "蕤溪市：2025年，蕤溪经开区实现营业收入402.6亿元，同比下降1.3%。蕤溪综保区实现进出口总额60.2亿元，同比增长12.0%，"
        "占全市进出口总额的45.1%；跨境电商交易额8.6亿元，同比增长30.2%。",
        "薜阳市：2025年，薜阳经开区亩均税收26.1万元，营业收入318.5亿元。"],
    ("2026-04-jiance-di1qi.txt", 2026, 2, 4): [
        "一季度，全省开发区实现营业收入1288.1亿元，同比增长6.6%；实际利用外资2.15亿美元，同比增长1.4%。",
        "蕤溪市：一季度，蕤溪经开区实现营业收入98.7亿元，同比增长0.6%。蕤溪综保区实现进出口总额15.3亿元，同比增长11.8%，"
        "占全市进出口总额的46.0%；跨境电商交易额2.4亿元，同比增长28.1%。",
        "薜阳市：一季度，薜阳经开区营业收入80.2亿元，同比增长5.0%。"],
    ("2026-07-jiance-di2qi.txt", 2026, 3, 7): [
        "上半年，全省开发区实现营业收入2630.9亿元，同比增长6.9%；实际利用外资4.36亿美元，同比增长2.3%。",
        "蕤溪市：上半年，蕤溪经开区实现营业收入203.5亿元，同比增长1.9%。蕤溪综保区实现进出口总额31.7亿元，同比增长12.4%；"
        "跨境电商交易额5.3亿元，同比增长31.0%。",
        "薜阳市：上半年，薜阳经开区获评国家级绿色工业园区，亩均税收28.6万元，营业收入165.4亿元，同比增长5.4%。"],
}
FOREIGN = ("82600万美元", "2.15亿美元", "4.36亿美元")
CROSS_BORDER = ("8.6亿元", "2.4亿元", "5.3亿元")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _HEAD.format(year=year, number=number, month=month) + "\n\n".join(parts) + "\n"
             for (name, year, number, month), parts in ISSUES.items()}
    return index_files(tmp_path_factory.mktemp("trend20"), files, embedding)


def test_a_span_in_years_a_move_or_a_doubling_asks_a_trend():
    for question in ("某园区营收这一年来怎么样", "某园区营收一年多来走势", "某园区外贸额有没有回暖", "某园区外资企稳了吗",
                     "某园区跨境电商交易额是不是翻倍了", "某园区营收近两年来情况"):
        assert classify(question) == "trend", question
    for word in ("这一年来", "一年多来", "半年来", "回暖", "企稳"):
        assert is_cue(word), word  # the span asked over, not what is counted
    assert not is_cue("上半年") and classify("某园区上半年来看营收多少") == "figure"  # 上半年 is a period


def test_the_verb_a_measure_is_taken_with_is_no_part_of_it():
    assert not written_part("实际利用外资", "外资", "外资")  # jieba's one word 利用外资: the same 外资
    assert written_part("跨境电商进出口额", "进出口额", "进出口总额")  # a noun before the head still narrows it


@pytest.mark.parametrize("question", ["全省开发区外资这一年来走势如何", "全省开发区实际使用外资走势",
                                      "全省开发区利用外资一年多来怎么变"])
def test_a_renamed_indicator_in_two_units_is_one_series(qa, question):
    answer = qa.ask(question)
    assert answer["kind"] == "trend", answer
    for figure in FOREIGN:
        assert figure in answer["answer"], (figure, answer["answer"])


def test_a_share_of_the_city_leaves_the_zone_the_subject():
    sentence = "蕤溪综保区实现进出口总额60.2亿元，占全市进出口总额的45.1%；跨境电商交易额8.6亿元。"
    chunk = {"id": "c", "doc": "d.txt", "text": sentence, "start": 0, "region": "蕤溪", "period": "2025年全年"}
    assert {f["figure"]: f["entity"] for f in extract_facts([chunk])}["8.6亿元"] == "蕤溪综保区"


def test_a_zones_series_across_a_share_of_its_city(qa):
    answer = qa.ask("蕤溪综保区跨境电商交易额走势")
    assert answer["kind"] == "trend", answer
    for figure in CROSS_BORDER:
        assert figure in answer["answer"], (figure, answer["answer"])


def test_a_title_won_is_not_whose_figure_follows(qa):
    answer = qa.ask("薜阳经开区亩均税收有什么变化")
    assert answer["kind"] == "trend", answer
    assert "26.1万元" in answer["answer"] and "28.6万元" in answer["answer"], answer["answer"]


def test_a_move_asked_gets_the_series(qa):
    answer = qa.ask("蕤溪经开区营收有没有回暖")
    assert answer["kind"] == "trend", answer
    for figure in ("402.6亿元", "98.7亿元", "203.5亿元"):
        assert figure in answer["answer"], (figure, answer["answer"])


def test_a_month_ending_a_span_from_january_is_the_months_up_to_it():
    assert [p.label for p in find_periods("一季度到五月份")] == ["一季度", "1-5月"]
    assert [p.label for p in find_periods("上半年至10月底")] == ["上半年", "1-10月"]
    assert [p.label for p in find_periods("从4月到6月")] == ["二季度"]  # a span of its own, not 1-6月
    assert find_periods("到5月底前完成") == [] and period_spans("到5月底前完成") == []  # a deadline


def test_a_span_up_to_a_month_bounds_the_series(qa):
    answer = qa.ask("蕤溪经开区营收从一季度到6月份有没有回暖")
    assert answer["kind"] == "trend", answer
    assert "98.7亿元" in answer["answer"] and "203.5亿元" in answer["answer"], answer["answer"]
    assert "402.6亿元" not in answer["answer"], answer["answer"]  # 2025年全年: outside the span asked


def test_the_year_befores_months_named_beside_this_years_are_its_issue(qa):
    answer = qa.ask("蕤溪经开区营收去年全年、今年一季度和上半年是怎么变的")
    for figure in ("402.6亿元", "98.7亿元", "203.5亿元"):
        assert figure in answer["answer"], (figure, answer["answer"])
    both = qa.ask("蕤溪经开区营业收入去年全年到今年一季度有啥变化")
    assert "402.6亿元" in both["answer"] and "98.7亿元" in both["answer"], both["answer"]
    assert "203.5亿元" not in both["answer"], both["answer"]  # 上半年: not named


def test_the_amount_said_as_a_total_is_no_term(qa):
    assert is_cue("总量") and not is_cue("经济总量")  # the amount asked, not what is counted
    assert classify("某园区营收这几个月来怎么样") == "trend"
    answer = qa.ask("蕤溪经开区营收总量这几个月来怎么变")
    for figure in ("402.6亿元", "98.7亿元", "203.5亿元"):
        assert figure in answer["answer"], (figure, answer["answer"])
