"""A monthly 快报's month asked alone, and an abbreviation asked where some bulletins write it and others the term in
full: a table row's cell dated by its own column (`当月环比增长` the month, not the `1-5月` cell before it); `4月当月…`
after the months' figures in one sentence read from that clause; `环比` asked as a rate; `营收` asked where a speech writes
`营收` and the 快报 only `营业收入`. Invented bulletins (梣陵省's 快报 of tests/test_speechC.py, beside an invented speech
of 梣陵省 that writes 营收 as a word of its own) through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files
from tests.test_speechC import AUGUST, MAY

SPEECH = ("在全省园区工作会议上的讲话\n（2026年2月10日）\n\n同志们：\n\n"
          "过去一年，全省园区营收稳步增长。栲川经开区营收突破八百亿元，同比增长8.4%；檀岙经开区营收512.6亿元，"
          "同比增长5.1%；杼汀高新区营收298.3亿元，同比增长9.7%。\n")

APRIL = ("2026年1-4月全省园区经济运行快报\n\n1-4月，全省园区经济运行总体平稳。全省园区实现营业收入1500.2亿元，同比增长6.0%；"
         "4月当月实现营业收入380.4亿元，环比增长2.1%。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {"2026-02-yuanqu-jianghua.txt": SPEECH, "2026-05-yuanqu-kuaibao-1-4yue.txt": APRIL,
             "2026-06-yuanqu-kuaibao-1-5yue.html": MAY,
             "2026-09-yuanqu-kuaibao-di8qi.html": AUGUST}
    return index_files(tmp_path_factory.mktemp("speechE"), files, embedding)


def _answers(result: dict, figure: str, period: str) -> bool:
    return not result["abstained"] and figure in result["answer"] and period in result["answer"]


# a table row's cell: the period its own column names
@pytest.mark.parametrize("question, figure", [("5月檀岙市开发区营业收入当月环比增长多少", "-0.8%"),
                                              ("5月份杼汀市开发区营业收入环比增长了多少", "2.7%")])
def test_a_row_cell_is_of_the_month_its_column_names(qa, question, figure):
    result = qa.ask(question)
    assert _answers(result, figure, "2026年5月"), result["answer"]


# a row asked of the months so far: read from their column's cell, not the month's before it
@pytest.mark.parametrize("question, figure", [("1-5月栲川市开发区营业收入多少", "668.3亿元"),
                                              ("檀岙市1到5月开发区营业收入是多少", "455.9亿元")])
def test_a_row_asked_of_the_months_so_far_is_read_from_their_cell(qa, question, figure):
    result = qa.ask(question)
    assert not result["abstained"] and result["short"] == figure, result["answer"]


# a month alone named after the months' figures in one sentence
@pytest.mark.parametrize("question", ["4月份全省园区当月营业收入有多少", "全省园区4月当月营业收入是多少"])
def test_the_month_after_the_months_figures_is_read_from_its_clause(qa, question):
    result = qa.ask(question)
    assert _answers(result, "380.4亿元", "2026年4月") and "1500.2" not in result["answer"], result["answer"]


# 环比 asked: a rate of change, in %
def test_a_change_on_the_month_before_is_asked_in_percent(qa):
    result = qa.ask("杼汀8月开发区营业收入环比是多少")
    assert _answers(result, "2.4%", "2026年8月"), result["answer"]


# a month alone asked with 环比: that month's change on the month before, not the months' change on last year
@pytest.mark.parametrize("question, city", [("8月份哪个市开发区营业收入环比增长最快", "杼汀"),
                                          ("8月各市开发区营业收入环比谁最低", "栲川")])
def test_a_change_on_the_month_before_ranks_the_months_own(qa, question, city):
    result = qa.ask(question)
    assert result["short"].startswith(city) and "2026年8月" in result["answer"], result["answer"]


# 各设区市开发区: each city's row, not every zone
def test_every_city_divided_into_districts_is_each_city(qa):
    result = qa.ask("5月各设区市开发区营业收入当月环比分别是多少")
    assert not result["abstained"] and all(f in result["answer"] for f in ("4.9%", "-0.8%", "2.7%")), result["answer"]


# 营收 asked where one bulletin writes it as a word and the others write 营业收入
@pytest.mark.parametrize("question, figure", [("8月当月全省开发区营收是多少", "391.5亿元"),
                                              ("5月份全省开发区当月营收多少", "402.7亿元")])
def test_an_abbreviation_is_asked_again_in_full(qa, question, figure):
    result = qa.ask(question)
    assert not result["abstained"] and figure in result["answer"], result["answer"]

