"""Trends, comparisons and their follow-ups asked as fresh staff ask them (places and figures invented here): 增减
(情况) says how a figure changed, no word a row writes; a follow-up naming only an indicator after a question of the
whole (全省开发区营业收入…, then 固定资产投资呢？) keeps the whole, and one naming a place puts it in the whole's stead;
a position in the whole (全省排第一) is never the first of the figures a table lists beside a column of the whole's
ranks. Two issues of a province's monthly bulletin as web pages, through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files


def _issue(number: int, months: str, whole: tuple[str, str], cities: dict[str, tuple[str, str]],
           zones: list[tuple[str, str, str]]) -> str:
    paragraphs = "".join(f"<h2>{k}、{city}</h2><p>1—{months}月，{city}开发区实现营业收入{revenue}，同比增长6.4%；"
                         f"固定资产投资{investment}，同比增长4.9%。</p>"
                         for k, (city, (revenue, investment)) in zip("一二", cities.items()))
    rows = "".join(f"<tr><td>{zone}</td><td>{fdi}</td><td>{rank}</td></tr>" for zone, fdi, rank in zones)
    return f"""<html><head><title>开发区运行监测通报（2025年第{number}期）</title></head><body>
<h1>2025年1—{months}月全省开发区运行监测通报</h1>
<p>1—{months}月，全省开发区实现营业收入{whole[0]}，同比增长6.1%；固定资产投资{whole[1]}，同比增长4.2%。</p>
{paragraphs}
<table><caption>表1　2025年1—{months}月重点开发区主要指标</caption>
<tr><td>开发区</td><td>实际使用外资（万美元）</td><td>全省排名</td></tr>{rows}</table>
</body></html>"""


ISSUES = {
    "2025-09-kaifaqu-jiance-di8qi.html": _issue(
        8, "8", ("9,120.5亿元", "1,046.3亿元"), {"芡州市": ("3,410.2亿元", "402.7亿元"), "苈阳市": ("2,206.8亿元", "288.1亿元")},
        [("芡州经开区", "8,630", "2"), ("苈阳高新区", "7,215", "3"), ("芡州综保区", "5,980", "5")]),
    "2025-11-kaifaqu-jiance-di10qi.html": _issue(
        10, "10", ("11,847.9亿元", "1,318.6亿元"), {"芡州市": ("4,296.5亿元", "507.4亿元"), "苈阳市": ("2,781.3亿元", "362.9亿元")},
        [("芡州经开区", "10,742", "1"), ("苈阳高新区", "9,036", "3"), ("芡州综保区", "7,264", "4")]),
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("rows18"), ISSUES, embedding)


def test_how_a_figure_rose_or_fell_is_no_word_a_row_writes(qa):
    for asked in ("芡州市开发区营收历次通报的增减情况", "苈阳市开发区营业收入这两期的增减"):
        series = qa.ask(asked)
        assert not series["abstained"] and series["kind"] == "trend", (asked, series["answer"])
    series = qa.ask("芡州市开发区营收历次通报的增减情况")
    assert "3,410.2亿元" in series["answer"] and "4,296.5亿元" in series["answer"], series["answer"]


def test_an_indicator_asked_after_the_whole_keeps_the_whole(qa):
    followed = qa.ask("固定资产投资呢？", history=["全省开发区营业收入这两期怎么变化的？"])
    assert "全省" in (followed["resolved_question"] or ""), followed["resolved_question"]
    assert "1,046.3亿元" in followed["answer"] and "1,318.6亿元" in followed["answer"], followed["answer"]
    assert "402.7亿元" not in followed["answer"] and "507.4亿元" not in followed["answer"], followed["answer"]


def test_a_place_asked_after_the_whole_stands_in_its_stead(qa):
    followed = qa.ask("苈阳呢？", history=["全省开发区1—8月营业收入是多少？"])
    resolved = followed["resolved_question"] or ""
    assert resolved.startswith("苈阳") and "全省" not in resolved, resolved
    assert "2,206.8亿元" in followed["answer"] and "9,120.5亿元" not in followed["answer"], followed["answer"]


def test_a_position_in_the_whole_is_the_rank_written_not_the_first_figure_listed(qa):
    unranked = qa.ask("1—8月实际使用外资全省排第一的开发区是哪个？")  # the table lists ranks 2, 3, 5: no first
    assert unranked["abstained"], unranked["answer"]
    first = qa.ask("1—10月实际使用外资全省排第一的开发区是哪个？")  # its first figure is written 全省排名 1
    assert not first["abstained"] and first["short"] == "芡州经开区", first["answer"]
    largest = qa.ask("1—8月重点开发区里实际使用外资最多的是哪个？")  # the most of those listed: their figures ranked
    assert not largest["abstained"] and largest["short"] == "芡州经开区", largest["answer"]


def test_a_period_asked_after_a_year_named_alone_takes_its_place(qa):
    """2025年… then 1—10月呢？: the months asked in the year's stead (the bulletins tell which year reports them),
    never the year's figure beside them; 今年1—8月呢？ puts its period whole where the year stood."""
    followed = qa.ask("1—10月呢？", history=["2025年全省开发区营业收入是多少？"])
    assert (followed["resolved_question"] or "").startswith("1—10月全省"), followed["resolved_question"]
    assert "11,847.9亿元" in followed["answer"] and "9,120.5亿元" not in followed["answer"], followed["answer"]
    followed = qa.ask("今年1—8月呢", history=["2025年全省开发区营业收入是多少？"])
    assert (followed["resolved_question"] or "").startswith("今年1—8月全省"), followed["resolved_question"]
