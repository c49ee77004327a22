"""trend asked as staff ask a series with no word of change (每次通报是多少, 以往各期, 按时间顺序列一下, 不同时期, 去年全年到
今年1-5月的数据); a rate asked by 同比/环比 (营业收入同比增长这几期: the rates, not the amounts; 环比: the last month's own); a group asked by its bound
(亿元以上项目: not 其中10亿元以上项目, nor the bound 10亿元 itself). Three small invented issues (岚州省, its cities and every
figure made up) through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "岚州省开发区{kind}\n{year}年第{number}期\n岚州省商务厅开发区处　　{year}年{month}月18日\n\n"
ISSUES = {  # (file, year, issue number, month the issue is out): its paragraphs
    ("2026-01-kaohe-tongbao.txt", 2026, 1, 1): [
        "2025年，全省开发区实现营业收入3672.2亿元，同比增长6.3%。",
        "霁川市：霁川经济技术开发区全年实现营业收入1184.6亿元，同比增长7.2%；新签约亿元以上项目41个，"
        "其中10亿元以上项目9个。",
        "璞山市：璞山高新区全年实现营业收入806.3亿元，同比增长5.1%。"],
    ("2026-04-yunxing-dongtai.txt", 2026, 2, 4): [
        "一季度，全省开发区实现营业收入905.1亿元，同比增长6.6%。3月当月实现营业收入342.7亿元，环比增长1.8%。",
        "霁川市：霁川经开区一季度实现营业收入287.4亿元，同比增长8.1%；新签约亿元以上项目12个，其中10亿元以上项目3个。",
        "璞山市：璞山高新区一季度实现营业收入193.8亿元，同比增长4.7%。"],
    ("2026-06-yunxing-dongtai.txt", 2026, 3, 6): [
        "1-5月，全省开发区实现营业收入1516.4亿元，同比增长7.0%。5月当月实现营业收入306.2亿元，环比增长2.4%。",
        "霁川市：霁川经开区1-5月实现营业收入492.6亿元，同比增长8.6%；新签约项目56个，其中10亿元以上项目5个。",
        "璞山市：璞山高新区1-5月实现营业收入331.2亿元。"],
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _HEAD.format(kind="工作动态" if "dongtai" in name else "考核通报", year=year, number=number,
                                month=month) + "\n\n".join(parts) + "\n"
             for (name, year, number, month), parts in ISSUES.items()}
    return index_files(tmp_path_factory.mktemp("trend29"), files, embedding)


def _series(answer: dict, figures: tuple[str, ...], not_figures: tuple[str, ...] = ()) -> None:
    assert answer["kind"] == "trend", answer
    for figure in figures:
        assert figure in answer["answer"], (figure, answer["answer"])
    for figure in not_figures:
        assert figure not in answer["answer"], (figure, answer["answer"])


@pytest.mark.parametrize("question", ["霁川经开区营业收入每次通报是多少", "霁川经开区营业收入以往各期是多少",
                                      "霁川经开区营收按时间顺序列一下", "霁川经开区营业收入不同时期是多少",
                                      "霁川经开区营业收入去年全年到今年1-5月的数据", "霁川经开区营业收入三次通报里分别是多少"])
def test_a_series_asked_with_no_word_of_change(qa, question):
    _series(qa.ask(question), ("1184.6亿元", "287.4亿元", "492.6亿元"))


@pytest.mark.parametrize("question", ["璞山高新区营业收入同比增长这几期分别是多少", "璞山高新区营收同比历次数据"])
def test_a_rate_asked_by_its_year_on_year(qa, question):
    # the 1-5月 issue writes the amount alone: more issues write amounts, yet the rates are asked
    answer = qa.ask(question)  # the sentences quoted hold the amounts too: the series' own figures are the rates
    _series(answer, ("5.1%", "4.7%"))
    assert [row["value"] for row in answer["table"]] == ["5.1%", "4.7%"], answer["table"]


def test_a_month_on_month_rate_asked(qa):
    # 环比: the last month's own change (3月当月, 5月当月), not the months to date's 同比
    answer = qa.ask("全省开发区营业收入环比这几期分别是多少")
    _series(answer, ("1.8%", "2.4%"))
    assert [row["value"] for row in answer["table"]] == ["1.8%", "2.4%"], answer["table"]


def test_a_group_asked_by_its_bound(qa):
    # the 1-5月 issue counts only its 10亿元以上 ones: a gap, not their count nor their bound
    _series(qa.ask("霁川市亿元以上项目这几期分别是多少"), ("41个", "12个"), ("10亿元以上项目", "5个", "10亿元"))


@pytest.mark.parametrize("question, kind", [
    ("每次通报表扬了哪些开发区", "list"),  # who each issue names: a list
    ("霁川经开区被通报批评过几次", "figure"),  # 通报批评: no bulletin counted
    ("以往的做法是什么", "how"),  # a way, no figure of past issues
])
def test_guards_of_the_wordings(question, kind):
    assert classify(question) == kind
