"""Comparisons as staff word them (issue 8's held-out gap, round cmp8): an abbreviation the bulletins write once
in a heading, a comparison naming a place no bulletin covers, a follow-up that names a place and asks who is
higher, a place asked by its position in a ranking, a difference of rates asked in percentage points, cities
compared by an overview's clauses, zones asked by their short names. Invented bulletins, indexed by the real
pipeline with the real model."""
from __future__ import annotations

import pytest

from index.pipeline import IndexingPipeline
from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_one, settings_under

_ISSUE = """<html><head><title>某省开发区工作简报（2025年第{n}期）</title></head><body>
<h1>某省开发区工作简报</h1><p>编者按：现将松原、白山两市开发区{months}工作情况摘编如下。</p>
<h2>■松原市</h2><h3>一、主要成效</h3>{songyuan}
<h2>■白山市</h2><h3>一、主要成效</h3>{baishan}
</body></html>"""
_FIRST = _ISSUE.format(n=1, months="1-3月", songyuan="""
<p>（一）营收稳步提升。一季度，全市开发区实现营业收入86.5亿元，工业投资14.4亿元。</p>
<p>（二）项目落地加快。已签约项目开工率46.3%，松原高新区营业收入40.1亿元。</p>
<table><caption>表1　松原市开发区一季度主要指标</caption>
<tr><td>开发区</td><td>营业收入(亿元)</td><td>工业投资(亿元)</td></tr>
<tr><td>松原高新区</td><td>40.1</td><td>5.2</td></tr><tr><td>松原经开区</td><td>30.2</td><td>7.9</td></tr>
<tr><td>松原综保区</td><td>16.2</td><td>1.3</td></tr></table>""",
                       baishan="<p>1.外贸增长。一季度，全市开发区实现营业收入52.8亿元，工业投资9.6亿元。</p>")
_SECOND = _ISSUE.format(n=2, months="1-6月", songyuan="""
<p>（一）指标较快增长。上半年，全市开发区实现营业收入180.2亿元，工业投资31.5亿元。</p>
<p>（二）项目建设加快。已签约项目开工率提高到58.7%。</p>""",
                        baishan="<p>1.营业收入稳定增长。上半年，全市开发区实现营业收入101.3亿元，工业投资20.7亿元。</p>")


@pytest.fixture(scope="module")
def two_issues(tmp_path_factory, embedding) -> BulletinQA:
    settings = settings_under(tmp_path_factory.mktemp("compare-wordings"))
    for name, text in (("2025-04-jianbao.html", _FIRST), ("2025-07-jianbao.html", _SECOND)):
        (settings.docs_dir / name).write_text(text, encoding="utf-8")
    assert not IndexingPipeline(settings, embedding).run().errors
    return BulletinQA(settings, embedding)


def test_an_abbreviation_written_once_in_a_heading_still_stands_for_the_term(two_issues) -> None:
    answer = two_issues.ask("上半年松原营收多少？")
    assert not answer["abstained"] and "180.2亿元" in answer["answer"]


def test_a_comparison_with_a_place_no_bulletin_covers_answers_the_covered_one(two_issues) -> None:
    answer = two_issues.ask("上半年松原和通化开发区营业收入谁高？")
    assert not answer["abstained"] and "180.2亿元" in answer["answer"] and "通化" in answer["answer"]


def test_a_place_then_who_is_higher_compares_it_with_the_previous_place(two_issues) -> None:
    answer = two_issues.ask("松原综保区呢，谁高？", history=["松原经开区一季度工业投资多少？"])
    assert answer["kind"] == "compare" and answer["short"] == "松原经开区"
    assert "7.9亿元" in answer["answer"] and "1.3亿元" in answer["answer"]


@pytest.mark.parametrize("question, short", [
    ("一季度松原三个开发区里工业投资排第二的是哪个？", "松原高新区"),
    ("一季度松原各开发区工业投资倒数第二是哪个？", "松原高新区"),
    ("一季度松原各开发区营业收入第三名是谁？", "松原综保区"),
])
def test_a_place_asked_by_its_position_in_the_ranking(two_issues, question: str, short: str) -> None:
    answer = two_issues.ask(question)
    assert answer["kind"] == "compare" and answer["short"] == short


@pytest.mark.parametrize("question", ["松原开发区工业投资排第二的是哪个", "倒数第一是谁", "营收第三名是哪家",
                                      "各开发区营收第一名是谁", "营收排名前三的开发区是哪几个", "甲的营收是乙的几倍"])
def test_a_position_asked_is_a_comparison(question: str) -> None:
    assert classify(question, 1) == "compare"


def test_a_difference_of_rates_in_points_states_both_rates(two_issues) -> None:
    answer = two_issues.ask("松原已签约项目开工率上半年比一季度高了几个百分点？")
    assert not answer["abstained"] and "58.7%" in answer["answer"] and "46.3%" in answer["answer"]


def test_the_first_n_asked_are_named_first(two_issues) -> None:
    answer = two_issues.ask("一季度松原营收排名前两名的开发区是哪几个？")
    assert answer["kind"] == "compare" and answer["answer"].startswith("前两：松原高新区、松原经开区")


_OVERVIEW = """<html><head><title>某省开发区工作通报（2025年第2期）</title></head><body>
<h1>某省商务厅　开发区工作通报</h1>
<p>2025年第2期（总第27期）</p>
<h2>一、总体情况</h2>
<p>2025年上半年，全省开发区实现规模以上工业增加值886.4亿元，同比增长7.1%。其中，甲川市开发区实现规模以上工业增加值312.36亿元，同比增长8.3%，总量列全省第1；乙岭市开发区实现规模以上工业增加值205.74亿元，同比增长9.1%。</p>
<table><caption>表1　2025年上半年全省重点开发区主要指标</caption>
<tr><td>开发区</td><td>实际使用外资（万美元）</td><td>技改投资（亿元）</td></tr>
<tr><td>甲川高新技术产业开发区</td><td>8630</td><td>38.62</td></tr>
<tr><td>乙岭经济技术开发区</td><td>2693</td><td>22.94</td></tr></table>
<h2>二、各市工作进展</h2>
<h3>（一）甲川市</h3><p>抓招商。上半年，甲川市开发区新签约项目86个，总投资531.8亿元。甲川高新区新建研发平台9个。</p>
<h3>（二）乙岭市</h3><p>育产业：乙岭经开区签约项目53个，总投资226.9亿元。</p>
</body></html>"""


@pytest.fixture(scope="module")
def overview_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("overview"), "2025-07-tongbao.html", _OVERVIEW, embedding)


def test_cities_compared_by_the_overview_clauses_led_by_their_names(overview_qa) -> None:
    answer = overview_qa.ask("上半年甲川和乙岭开发区规上工业增加值比较一下")
    assert answer["short"] == "甲川" and "312.36亿元" in answer["answer"] and "205.74亿元" in answer["answer"]
    assert [c["region"] for c in answer["citations"]] == ["甲川", "乙岭"]  # each clause is its city's


def test_zones_asked_short_are_compared_by_their_rows_written_in_full(overview_qa) -> None:
    answer = overview_qa.ask("甲川高新区和乙岭经开区外资谁多？")
    assert answer["short"] == "甲川高新区" and "8630万美元" in answer["answer"] and "2693万美元" in answer["answer"]


def test_newly_signed_asked_of_a_follow_up_compares_the_signed(overview_qa) -> None:
    answer = overview_qa.ask("乙岭呢，谁高？", history=["甲川上半年新签约项目总投资多少？"])
    assert answer["short"] == "甲川" and "226.9亿元" in answer["answer"]


def test_a_table_named_by_number_is_read_as_its_bulletins_period() -> None:
    from qa.issues import with_table_periods
    chunks = [{"doc": "a.docx", "text": "表1　2025年1-9月重点开发区主要指标"}, {"doc": "b.docx", "text": "表2　分阶段"},
              {"doc": "a.docx", "text": "表2　各市指标"}]
    manifest = {"a.docx": {"period": "2025年前三季度"}, "b.docx": {"period": "2025年全年"}}
    assert with_table_periods("表1中哪个开发区营收最高？", chunks, manifest) == "2025年前三季度表中哪个开发区营收最高？"  # still a table's rows
    assert with_table_periods("表2里哪个最高？", chunks, manifest) == "表2里哪个最高？"  # two bulletins print one
    assert with_table_periods("表3中哪个最高？", chunks, manifest) == "表3中哪个最高？"  # none does


def test_a_change_against_one_period_named_reads_it_against_the_later_issue(two_issues) -> None:
    answer = two_issues.ask("白山开发区营业收入比一季度多了多少？")
    assert not answer["abstained"] and "52.8亿元" in answer["answer"] and "101.3亿元" in answer["answer"]
