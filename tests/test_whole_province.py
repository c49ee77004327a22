"""A figure asked of the whole province (全省开发区营业收入多少) is the province's own, from the part of a bulletin that
is no city's; where bulletins report city by city it is withheld, never answered with one city's 全市 figure.
全省 as a measure of a place (居全省第3位, 占全省比重, 高于全省平均) asks no such thing. Small invented bulletins,
through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from index.figures import FIGURE
from index.pipeline import IndexingPipeline
from qa.pipeline import BulletinQA
from qa.places import Place, whole_asked
from tests.conftest import settings_under
from tests.test_layouts import _html
from tests.test_province_first import _docx

CITY_BY_CITY = {
    "白河市": {"一、主要成效": ["（一）指标增长。上半年，全市开发区实现营业收入71.6亿元，同比增长5.5%。"]},
    "青石市": {"一、主要成效": ["（一）指标增长。上半年，全市开发区实现营业收入42.3亿元，居全省第3位。"]},
}


def _ask(tmp_path_factory, embedding, name: str, write) -> BulletinQA:
    settings = settings_under(tmp_path_factory.mktemp(name))
    write(settings.docs_dir)
    assert not IndexingPipeline(settings, embedding).run().errors
    return BulletinQA(settings, embedding)


@pytest.fixture(scope="module")
def province_first(tmp_path_factory, embedding) -> BulletinQA:
    return _ask(tmp_path_factory, embedding, "whole", lambda docs: _docx(docs / "2025-07-a.docx"))


@pytest.fixture(scope="module")
def city_by_city(tmp_path_factory, embedding) -> BulletinQA:
    return _ask(tmp_path_factory, embedding, "cities",
                lambda docs: _html(docs / "2025-07-b.html", CITY_BY_CITY, "编者按：上半年工作情况摘编如下。", "2025年第2期"))


@pytest.mark.parametrize("question, whole", [
    ("全省开发区营业收入多少？", "全省"), ("全国开发区进出口总额是多少", "全国"), ("全市园区营业收入多少", "全市"),
    ("青石营业收入居全省第几？", None), ("营收居全省第3位的是哪个市？", None), ("哪些市高于全省平均水平？", None),
    ("占全省比重是多少？", None), ("青石全市开发区营业收入多少？", None),
])
def test_the_whole_is_what_is_asked_about_only_as_its_subject(question: str, whole: str | None) -> None:
    places = [Place("青石", 0, 2, "青石", True)] if question.startswith("青石") else []
    assert whole_asked(question, places, None) == whole


def test_the_provinces_own_figure_answers_a_question_of_the_whole(province_first: BulletinQA) -> None:
    answer = province_first.ask("全省开发区上半年营业收入是多少？")
    assert answer["short"] == "316.4亿元" and "86.5亿元" not in answer["answer"]
    assert [c["region"] for c in answer["citations"]] == [None]


def test_a_question_of_the_whole_is_withheld_where_bulletins_report_city_by_city(city_by_city: BulletinQA) -> None:
    answer = city_by_city.ask("全省开发区上半年营业收入是多少？")
    assert answer["abstained"] and "71.6亿元" not in answer["answer"] and "42.3亿元" not in answer["answer"]
    assert city_by_city.ask("青石上半年营业收入是多少？")["short"] == "42.3亿元"  # a city's asked by name answers


def test_a_figure_of_ten_thousand_yi_keeps_its_whole_unit() -> None:
    assert FIGURE.search("全年实现营业收入2.51万亿元，同比增长6.9%").group() == "2.51万亿元"
