"""trend of a zone whose city has that one zone, over issues that write it by its full name, its short name, or only
as the city's 开发区 (琨溪经济开发区 / 琨溪经开区 / 琨溪市开发区): the city's figure of an issue that writes none of the
zone's is the zone's; asked of the city, the zone's figure of the issue that writes none of the city's joins it, even
where the city's part names another city's zone (璎塘化工产业园, 璎塘's); a zone several cities' parts name is its
namesake city's. A city of two zones lends neither its figure. A series asked month by month (按月列, 分月看, 每月的数据,
每月分别是多少), not a frequency (每月召开). Whether a figure grew, asked where as many issues write its amount as
its rate: the amounts (a rate's sentence may leave the amount out). A series over the issues of a kind counted
(这两期快报, 历次快报): those issues only, the kind no word of what is asked. A month in words (五月份) is a period,
no term. Three small invented issues (瑶岑省, its cities and
every figure made up) through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from qa.question_period import without_periods
from tests.conftest import index_files

_HEAD = "瑶岑省开发区{kind}\n{year}年第{number}期\n瑶岑省商务厅开发区处　　{year}年{month}月20日\n\n"
ISSUES = {  # (file, year, issue number, month the issue is out): its paragraphs
    ("2026-01-kaohe-tongbao.txt", 2026, 1, 1): [
        "2025年全年，全省开发区实现营业收入3620.5亿元，同比增长5.2%。",
        "琨溪市：琨溪经济开发区全年实现营业收入512.4亿元，同比下降1.8%。琨溪经开区营业收入同比下降1.8%，"
        "璎塘化工产业园增速低于全省平均2.1个百分点。",
        "珂阳市：珂阳高新技术产业开发区全年实现营业收入406.7亿元，同比增长9.1%。",
        "璎塘市：璎塘化工产业园全年实现营业收入133.9亿元，同比增长3.2%；璎塘高新区全年实现营业收入301.2亿元，"
        "同比增长6.6%。璎塘高新区学习珂阳高新区经验，设立企业服务专员。"],
    ("2026-04-yunxing-kuaibao.txt", 2026, 2, 4): [
        "一季度，全省开发区实现营业收入851.3亿元，同比增长4.8%。",
        "琨溪市：琨溪经开区一季度实现营业收入121.6亿元，同比下降1.2%。",
        "珂阳市：珂阳高新区一季度实现营业收入98.5亿元，同比增长9.6%。",
        "璎塘市：璎塘化工产业园一季度实现营业收入31.7亿元；璎塘高新区一季度实现营业收入70.4亿元。"],
    ("2026-06-yunxing-kuaibao.txt", 2026, 3, 6): [
        "1-5月，全省开发区实现营业收入1430.8亿元，同比增长5.0%。分市看，珂阳市开发区营业收入同比增长10.2%，增速居各市首位。",
        "琨溪市：1-5月，琨溪市开发区实现营业收入208.3亿元，同比下降0.5%。",
        "珂阳市：1-5月，珂阳市开发区实现营业收入171.9亿元。",
        "璎塘市：1-5月，璎塘市开发区实现营业收入174.6亿元，同比增长5.9%。"],
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _HEAD.format(kind="运行快报" if "kuaibao" in name else "考核通报", year=year, number=number,
                                month=month) + "\n\n".join(parts) + "\n"
             for (name, year, number, month), parts in ISSUES.items()}
    return index_files(tmp_path_factory.mktemp("trend26"), files, embedding)


def _series(answer: dict, figures: tuple[str, ...]) -> None:
    assert answer["kind"] == "trend", answer
    for figure in figures:
        assert figure in answer["answer"], (figure, answer["answer"])


@pytest.mark.parametrize("question", ["琨溪经开区营收这几期分别多少", "琨溪经济开发区营业收入按期列一下"])
def test_a_zone_takes_its_city_figure_where_the_city_has_no_other_zone(qa, question):
    _series(qa.ask(question), ("512.4亿元", "121.6亿元", "208.3亿元"))


def test_a_zone_another_city_names_is_its_namesake_citys(qa):
    _series(qa.ask("珂阳高新区营收历次是多少"), ("406.7亿元", "98.5亿元", "171.9亿元"))


@pytest.mark.parametrize("question", ["琨溪开发区营收逐期是多少", "琨溪开发区营收增速历次是多少"])
def test_a_city_takes_its_zone_figure_though_its_part_names_another_citys_zone(qa, question):
    answer = qa.ask(question)
    _series(answer, ("1.8%", "1.2%", "0.5%") if "增速" in question else ("512.4亿元", "121.6亿元", "208.3亿元"))
    assert "133.9亿元" not in answer["answer"]  # 璎塘化工产业园's


def test_a_city_of_two_zones_lends_neither_its_figure(qa):
    answer = qa.ask("璎塘高新区营收历次是多少")
    _series(answer, ("301.2亿元", "70.4亿元"))
    assert "174.6亿元" not in answer["answer"]  # 璎塘市开发区: both zones'


def test_whether_it_grew_is_answered_by_the_amounts_where_as_many_issues_write_them(qa):
    _series(qa.ask("珂阳开发区营收有没有增长"), ("406.7亿元", "98.5亿元", "171.9亿元"))


@pytest.mark.parametrize("question", ["琨溪开发区营收这两期快报分别是多少", "琨溪市开发区营收历次快报的数据"])
def test_a_series_over_the_issues_of_a_kind_counted(qa, question):
    answer = qa.ask(question)
    _series(answer, ("121.6亿元", "208.3亿元"))
    assert "512.4亿元" not in answer["answer"]  # the 考核通报's, no 快报
    assert "2025年全年" not in answer["answer"]


def test_a_month_in_words_is_a_period_no_term(qa):
    assert without_periods("营收一季度到五月份有没有回暖，十一月份呢", set()).split() == ["营收", "到", "有没有回暖，", "呢"]
    answer = qa.ask("琨溪开发区营收一季度到五月份有没有回暖")
    _series(answer, ("121.6亿元", "208.3亿元"))
    assert "512.4亿元" not in answer["answer"]  # 2025年全年: before the span asked


def test_month_by_month_asks_a_trend():
    for question in ("某市开发区营收按月列一下", "某市开发区营收分月看一下", "某市开发区营收每月数据", "某园区营收每月的情况",
                     "某园区营收每月分别是多少", "某园区外资每月各是多少"):
        assert classify(question) == "trend", question
    assert classify("某园区每月召开一次调度会吗") != "trend"  # a frequency
    assert classify("按月支付的租金是多少") != "trend"
