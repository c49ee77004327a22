"""trend asked the ways staff ask it without a trend word: one period's figure then a later one gone on to (一季度多少，
到1-4月呢), the issues since the year began or since a period (今年以来, 一季度以来: not last year's), a measure's
今年以来情况; and a city's point of an issue that lists the cities after the first with their figures alone (分市看，
甲市…营业收入合计…；乙市1208.6亿元；丙市843.2亿元). Five small invented issues (岚州省, its cities and every figure made
up) through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "岚州省开发区{kind}\n{year}年第{number}期\n岚州省商务厅开发区处　　{year}年{month}月18日\n\n"
ISSUES = {  # (file, year, issue number, month the issue is out): its paragraphs
    ("2026-01-yunxing-dongtai.txt", 2026, 1, 1): [
        "2025年全年，全省开发区实现营业收入3672.2亿元，同比增长6.3%。",
        "霁川市：全年开发区实现营业收入1620.4亿元，同比增长6.9%。"],
    ("2026-02-kaohe-tongbao.txt", 2026, 1, 2): [
        "2025年，全省开发区实现营业收入3672.2亿元，同比增长6.3%。",
        "分市看，霁川市两家开发区营业收入合计1620.4亿元，居全省首位；璞山市1208.6亿元；沄口市843.2亿元。"],
    ("2026-04-yunxing-dongtai.txt", 2026, 4, 4): [
        "一季度，全省开发区实现营业收入905.1亿元，同比增长6.6%。",
        "霁川市：一季度开发区实现营业收入402.5亿元，同比增长7.1%。",
        "璞山市：一季度开发区实现营业收入296.3亿元，同比增长5.8%。",
        "沄口市：一季度开发区实现营业收入206.3亿元，同比增长4.2%。"],
    ("2026-05-yunxing-dongtai.txt", 2026, 5, 5): [
        "1-4月，全省开发区实现营业收入1208.8亿元，同比增长6.8%。",
        "霁川市：1-4月开发区营收538.7亿元，同比增长7.4%。",
        "璞山市：1-4月开发区营收395.2亿元，同比增长6.0%。",
        "沄口市：1-4月开发区营收274.9亿元，同比增长4.5%。"],
    ("2026-06-yunxing-dongtai.txt", 2026, 6, 6): [
        "1-5月，全省开发区实现营业收入1516.4亿元，同比增长7.0%。",
        "霁川市：1-5月开发区营收676.3亿元，同比增长7.6%。",
        "璞山市：1-5月开发区营收495.8亿元，同比增长6.2%。",
        "沄口市：1-5月开发区营收344.3亿元，同比增长4.9%。"],
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _HEAD.format(kind="工作动态" if "dongtai" in name else "考核通报", year=year, number=number,
                                month=month) + "\n\n".join(parts) + "\n"
             for (name, year, number, month), parts in ISSUES.items()}
    return index_files(tmp_path_factory.mktemp("trend28"), files, embedding)


def _series(answer: dict, figures: tuple[str, ...], not_figures: tuple[str, ...] = ()) -> None:
    assert answer["kind"] == "trend", answer
    for figure in figures:
        assert figure in answer["answer"], (figure, answer["answer"])
    for figure in not_figures:
        assert figure not in answer["answer"], (figure, answer["answer"])


def test_one_period_then_a_later_one_gone_on_to(qa):
    _series(qa.ask("霁川市开发区营收一季度多少，到1-4月呢"), ("402.5亿元", "538.7亿元"), ("676.3亿元", "1620.4亿元"))


def test_one_period_then_a_month_gone_on_to(qa):
    _series(qa.ask("璞山市开发区营收一季度多少，到5月呢"), ("296.3亿元", "395.2亿元", "495.8亿元"), ("1208.6亿元",))


@pytest.mark.parametrize("question", ["霁川市开发区营收今年以来咋变的", "霁川市开发区营收一季度以来怎么变"])
def test_a_series_since_the_year_or_a_period_began(qa, question):
    _series(qa.ask(question), ("402.5亿元", "538.7亿元", "676.3亿元"), ("1620.4亿元",))


def test_a_measures_course_since_the_year_began(qa):
    _series(qa.ask("沄口市开发区营业收入今年以来情况"), ("206.3亿元", "274.9亿元", "344.3亿元"), ("843.2亿元",))


@pytest.mark.parametrize("question, figure", [("璞山市开发区营收历次分别多少", "1208.6亿元"),
                                              ("沄口市开发区营收历次分别多少", "843.2亿元")])
def test_a_city_listed_after_the_first_with_its_figure_alone(qa, question, figure):
    _series(qa.ask(question), (figure, "344.3亿元" if "沄口" in question else "495.8亿元"))


@pytest.mark.parametrize("question, kind", [
    ("营收一季度多少，上半年呢", "each"),  # two periods side by side, none gone on to
    ("一季度营收多少，到上半年增速多少", "figure"),  # another measure asked of the later period
    ("霁川市开发区今年以来的情况", "summary"),  # a place's, no measure's: not a series (a summary since summary30)
    ("今年以来招商引资情况", "summary"),  # a work's, not a measure's: not a series (a summary since summary30)
])
def test_guards_of_the_wordings(question, kind):
    assert classify(question) == kind
