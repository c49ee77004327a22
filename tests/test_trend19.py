"""trend asked in words that name the periods rather than the change (逐季, 分季度, 按期, 较前一期, 往期, 多期对比, 涨没涨),
words that only say the series is wanted (前后对比, 各季度, 历次数值, 过去几期: no indicator), an indicator one issue
writes with 总 inside (进出口总额) and another without (进出口额), a part of it (跨境电商进出口额) in the issue
that leaves the whole out (no point of the whole's series), whether it grew asked where one issue
writes the amount and no rate (the amounts, with the rates written), and a trend of an indicator no bulletin reports for
the place (no other sentence of the place stands in for it). Three small invented issues (蓁岭省, its cities and every
figure made up) through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.kinds import classify, is_cue
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "蓁岭省开发区运行简报\n2026年第{number}期\n蓁岭省商务厅开发区处　　2026年{month}月20日\n\n"
ISSUES = {  # (file, issue number, month the issue is out): its paragraphs
    ("2026-04-jianbao-di1qi.txt", 1, 4): [
        "一季度，全省开发区实现营业收入1203.6亿元，同比增长6.4%；完成进出口总额402.5亿元，同比增长5.1%。",
        "滦溪市：一季度，滦溪经开区实现营业收入88.6亿元，同比增长6.1%；完成固定资产投资21.4亿元，同比增长8.2%；进出口总额12.6亿元；实际使用外资0.52亿美元，同比增长12.0%。滦溪高新区完成进出口总额8.8亿元。",
        "棣阳市：一季度，棣阳综合保税区完成进出口总额45.2亿元，同比增长9.3%。棣阳产业园推行“标准地”改革，"
        "出让工业用地320亩。"],
    ("2026-07-jianbao-di2qi.txt", 2, 7): [
        "上半年，全省开发区实现营业收入2516.8亿元，同比增长6.8%；完成进出口总额835.7亿元，同比增长5.6%。",
        "滦溪市：上半年，滦溪经开区实现营业收入181.3亿元，同比增长6.5%；完成固定资产投资44.7亿元，同比增长7.9%；进出口总额25.9亿元；实际使用外资1.08亿美元，同比增长10.4%。滦溪高新区完成进出口总额17.9亿元。",
        "棣阳市：上半年，棣阳综合保税区完成进出口额96.8亿元，同比增长10.2%。棣阳产业园新增入驻企业17家。"],
    ("2026-10-jianbao-di3qi.txt", 3, 10): [
        "前三季度，全省开发区实现营业收入3861.2亿元，同比增长7.0%；完成进出口总额1290.3亿元，同比增长6.2%。",
        "滦溪市：前三季度，滦溪经开区实现营业收入276.9亿元，同比增长6.9%；进出口总额40.3亿元；实际使用外资1.61亿美元。滦溪高新区跨境电商进出口额3.4亿元。",
        "棣阳市：前三季度，棣阳综合保税区完成进出口总额150.4亿元，同比增长11.0%。棣阳产业园累计出让标准地18宗。"],
}
REVENUE = ("88.6亿元", "181.3亿元", "276.9亿元")
TRADE = ("45.2亿元", "96.8亿元", "150.4亿元")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _HEAD.format(number=number, month=month) + "\n\n".join(parts) + "\n"
             for (name, number, month), parts in ISSUES.items()}
    return index_files(tmp_path_factory.mktemp("trend19"), files, embedding)


def test_words_naming_the_periods_ask_a_trend():
    for question in ("某园区营收逐季情况", "某园区营收逐年怎么样", "某园区营收按期列一下", "某园区营收分季度看",
                     "某园区营收按季度看", "某园区营收涨没涨", "某园区营收增没增", "某园区外资变没变", "某园区营收较前一期",
                     "某园区营收比前期怎么样", "某园区营收往期数据", "某园区营收多期对比", "某园区营收升降情况",
                     "某园区营收增减", "某园区营收涨跌"):
        assert classify(question) == "trend", question
    assert classify("某园区项目前期工作进展怎么样") != "trend"  # 前期 of a project: its early stage, no period
    assert classify("某港三期泊位项目啥时候开工？") != "trend"  # a project's 三期: its phase, no three issues
    assert classify("某园区营收是多少") == "figure"


def test_words_that_only_say_a_series_is_wanted_are_no_terms():
    for word in ("前后", "季度", "期数", "数值", "过去", "往期"):
        assert is_cue(word), word  # which periods, not what is counted
    for word in ("营收", "进出口额", "一季度"):
        assert not is_cue(word), word


@pytest.mark.parametrize("question", ["滦溪经开区营收前后对比", "滦溪经开区营收各季度", "滦溪经开区营业收入逐季情况",
                                      "滦溪经开区营收历次数值", "滦溪经开区营收过去几期", "滦溪经开区营收涨没涨",
                                      "滦溪经开区营收往期数据"])
def test_a_series_asked_by_its_periods(qa, question):
    answer = qa.ask(question)
    assert answer["kind"] == "trend", answer
    for figure in REVENUE:
        assert figure in answer["answer"], (figure, answer["answer"])
    assert "1203.6亿元" not in answer["answer"]  # the province's


@pytest.mark.parametrize("question", ["棣阳综保区进出口额历期变化情况", "棣阳综合保税区进出口总额走势"])
def test_an_indicator_written_with_its_total_or_without(qa, question):
    answer = qa.ask(question)
    assert answer["kind"] == "trend", answer
    for figure in TRADE:
        assert figure in answer["answer"], (figure, answer["answer"])


def test_a_trend_no_bulletin_reports_for_the_place_is_withheld(qa):
    answer = qa.ask("棣阳产业园营业收入走势如何")
    assert answer["abstained"], answer["answer"]
    assert "320亩" not in answer["answer"] and "17家" not in answer["answer"]
    reported = qa.ask("滦溪经开区营业收入走势如何")  # the same words of a place that reports it: its series
    assert not reported["abstained"] and all(figure in reported["answer"] for figure in REVENUE), reported["answer"]


def test_whether_it_grew_where_one_issue_writes_no_rate(qa):
    answer = qa.ask("滦溪经开区实际使用外资这几期有没有增长？")  # the 前三季度 issue writes the amount, no rate
    assert answer["kind"] == "trend", answer
    for figure in ("0.52亿美元", "1.08亿美元", "1.61亿美元", "12.0%", "10.4%"):
        assert figure in answer["answer"], (figure, answer["answer"])
    rates = qa.ask("滦溪经开区营收有没有增长？")  # every issue writes the rate: the rates, as before
    for figure in ("6.1%", "6.5%", "6.9%"):
        assert figure in rates["answer"], (figure, rates["answer"])


def test_a_part_of_the_indicator_is_no_point_of_its_series(qa):
    answer = qa.ask("滦溪高新区进出口总额历期")  # the last issue writes only its 跨境电商进出口额
    assert answer["kind"] == "trend", answer
    assert "8.8亿元" in answer["answer"] and "17.9亿元" in answer["answer"], answer["answer"]
    assert "3.4亿元" not in answer["answer"], answer["answer"]
