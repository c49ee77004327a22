"""Verification of generated answers (qa/verify.py): pure functions, no model, no server."""
from __future__ import annotations

from functools import partial

import pytest

from qa.corpus import Corpus
from qa.places import named_places
from qa.verify import first_failure, normalise_markers, sentences

CITATIONS = [
    {"n": 1, "region": "晋中", "period": "2024年一季度", "issue": None,
     "quote": "签约项目23个,占全市招商引资项目47.9%;共涉及投资额126.6亿元"},
    {"n": 2, "region": "晋中", "period": "2023年以来，截至2024年一季度", "issue": None,
     "quote": "“签约一批”项目101个,总投资506.2亿元"},
    {"n": 3, "region": "阳泉", "period": "2024年1-6月", "issue": "2024年第2期",
     "quote": "全市开发区规模以上工业增加值同比增长6.3%"},
]
# the places of a small index of three cities (zones as their bulletins write them)
CORPUS = Corpus.from_chunks([
    {"region": "晋中", "text": "晋中开发区签约项目23个,共涉及投资额126.6亿元。太谷经开区新开工项目9个。"},
    {"region": "阳泉", "text": "阳泉高新区规模以上工业增加值同比增长6.3%。"},
    {"region": "太原", "text": "太原不锈钢产业园签约项目12个。"}])
REGIONS = partial(named_places, corpus=CORPUS)
FAITHFUL = ("2024年一季度，晋中开发区签约项目23个，共涉及投资额126.6亿元[1]。"
            "2023年以来“签约一批”项目101个、总投资506.2亿元[2]。"
            "阳泉上半年规模以上工业增加值增长6.3%[3]。")


def test_faithful_answer_passes() -> None:
    assert first_failure(FAITHFUL, CITATIONS, REGIONS, short="126.6亿元") is None


@pytest.mark.parametrize("text, reason", [
    (FAITHFUL.replace("126.6亿元", "162.6亿元"), "figure_not_in_quote: 162.6亿元"),
    (FAITHFUL.replace("6.3%", "6.8%"), "figure_not_in_quote: 6.8%"),
    (FAITHFUL.replace("101个", "一百零一个"), "figure_not_in_quote: 一百零一个"),
    (FAITHFUL.replace("增长6.3%", "增长6.3"), None),                    # a bare number kept verbatim is fine
    (FAITHFUL.replace("增长6.3%", "增长6.4"), "number_not_in_quote: 6.4"),
    (FAITHFUL.replace("[2]", "[7]"), "unknown_citation: [7]"),
    (FAITHFUL.replace("晋中开发区", "阳泉开发区"), "region_not_cited: 阳泉"),
    (FAITHFUL.replace("晋中开发区", "太原不锈钢产业园"), "region_not_cited: 太原"),  # the zone, or its region
    (FAITHFUL.replace("晋中开发区", "太谷经开区"), None),                # a zone of the cited region
    (FAITHFUL.replace("阳泉上半年", "阳泉高新区上半年"), None),
    (FAITHFUL.replace("晋中开发区", "北京市"), "region_not_cited: 北京市"),  # a place no bulletin names
    (FAITHFUL.replace("2024年一季度，", "2023年一季度，"), "period_not_cited: 2023年一季度"),
    (FAITHFUL.replace("阳泉上半年", "阳泉一季度"), "period_not_cited: 一季度"),
    (FAITHFUL.replace("[3]", ""), "figure_not_in_quote: 6.3%"),          # a figure its sentence does not cite
    (FAITHFUL.replace("[1]", "[2]"), "figure_not_in_quote: 23个"),       # cited, but from another passage
    ("　", "empty_answer"),
])
def test_each_check_names_its_failure(text: str, reason: str | None) -> None:
    found = first_failure(text, CITATIONS, REGIONS, short="126.6亿元")
    assert found is None if reason is None else found and found.startswith(reason), found


def test_short_answer_must_stay() -> None:
    text = "晋中“签约一批”项目101个、总投资506.2亿元[2]。"
    assert first_failure(text, CITATIONS, REGIONS, short="126.6亿元") == "short_answer_missing: 126.6亿元"
    assert first_failure(text, CITATIONS, REGIONS) is None  # a figure question may leave out lesser facts


def test_a_short_list_of_names_may_be_restated_name_by_name() -> None:
    text = "晋中开发区签约项目23个[1]。阳泉规模以上工业增加值增长6.3%[3]。"
    assert first_failure(text, CITATIONS, REGIONS, short="晋中、阳泉") is None
    assert first_failure(text, CITATIONS, REGIONS, short="晋中、太原") == "short_answer_missing: 晋中、太原"


def test_a_zone_in_short_may_be_restated_by_its_full_name() -> None:
    cited = [{"n": 1, "region": "晋中", "period": "2024年一季度", "issue": None,
              "quote": "太谷经济技术开发区 新开工项目 9个"}]
    text = "2024年一季度，太谷经济技术开发区新开工项目9个[1]。"
    assert first_failure(text, cited, REGIONS, short="太谷经开区") is None
    assert first_failure(text, cited, REGIONS, short="祁县经开区") == "short_answer_missing: 祁县经开区"


def test_lists_keep_every_citation() -> None:
    text = FAITHFUL.replace("阳泉上半年规模以上工业增加值增长6.3%[3]。", "")
    assert first_failure(text, CITATIONS, REGIONS, kind="list") == "citation_dropped: [3]"
    assert first_failure(FAITHFUL, CITATIONS, REGIONS, kind="list") is None


def test_period_written_another_way_and_issue_numbers_count_as_carried() -> None:
    text = "据2024年第2期，阳泉1-6月规模以上工业增加值增长6.3%[3]。"
    assert first_failure(text, CITATIONS, REGIONS) is None


def test_markers_after_the_stop_and_grouped_markers() -> None:
    assert normalise_markers("a【1】b[1,2]c[1、3]") == "a[1]b[1][2]c[1][3]"
    parts = sentences("投资额126.6亿元。[1]项目101个[2]。\n无数字的一句。")
    assert [(p.text, p.cites) for p in parts] == [("投资额126.6亿元。", (1,)), ("项目101个。", (2,)),
                                                  ("无数字的一句。", ())]


def test_a_county_cell_the_quote_writes_names_no_uncited_zone() -> None:
    """A county names its zones (琮东区的两个开发区); restating a row's 所在县区 cell is quoting it, not naming the
    county's other zone."""
    corpus = Corpus.from_chunks([
        {"region": "琮州经开区", "county": "琮东区", "text": "琮州经开区实现营业收入486.2亿元。"},
        {"region": "琮州综保区", "county": "琮东区", "text": "琮州综保区实现营业收入58.4亿元。"}])
    cited = [{"n": 1, "region": "琮州综保区", "period": "2026年上半年", "issue": None,
              "quote": "琮州综保区 所在县区 琮东区 营业收入 121.9亿元"}]
    places = partial(named_places, corpus=corpus)
    assert first_failure("2026年上半年，琮州综保区（所在县区琮东区）营业收入121.9亿元[1]。", cited, places) is None
    other = [{**cited[0], "quote": "琮州综保区 营业收入 121.9亿元"}]
    assert first_failure("2026年上半年，琮东区的琮州综保区营业收入121.9亿元[1]。", other, places) \
        .startswith("region_not_cited: 琮州经开区")


def test_a_zone_its_citation_carries_is_cited() -> None:
    """A list grouped by zone (存在问题（栎溪经开区，…）：1.…) restated: the citation carries that zone, as it carries its
    region, though the item's quote does not write it."""
    corpus = Corpus.from_chunks([{"region": "栎溪经开区", "text": "栎溪经开区纺织企业用工成本持续上升。"}])
    cited = [{"n": 1, "region": "栎溪", "zone": "栎溪经开区", "period": "2026年一季度", "issue": None,
              "quote": "1.纺织企业用工成本持续上升"}]
    places = partial(named_places, corpus=corpus)
    assert first_failure("栎溪经开区：纺织企业用工成本持续上升[1]。", cited, places) is None
    assert first_failure("栎溪经开区：纺织企业用工成本持续上升[1]。", [{**cited[0], "zone": None}], places) \
        .startswith("region_not_cited: 栎溪经开区")


def test_a_month_the_quote_writes_is_carried_beside_its_running_total() -> None:
    """The citation's label is the bulletin's 2026年1-4月; its quote writes 4月份 alone: restating that month is cited."""
    cited = [{"n": 1, "region": None, "period": "2026年1-4月", "issue": None,
              "quote": "4月份，全省开发区实现营业收入861.1亿元，同比增长7.3%"}]
    places = partial(named_places, corpus=CORPUS)
    assert first_failure("（2026年1-4月）：4月份，全省开发区实现营业收入861.1亿元[1]。", cited, places) is None
    assert first_failure("（2026年1-4月）：5月份，全省开发区实现营业收入861.1亿元[1]。", cited, places) \
        .startswith("period_not_cited")
