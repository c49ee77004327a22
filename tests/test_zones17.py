"""Zones read whole and told apart, and abbreviations read across them (places and figures invented here): a zone's
place jieba cuts into characters (泓|溪临空经济区) and a park after a bare 经开区 keep their names; a year before a zone
is no part of its name; 芩州经开区和高新区 names 芩州's two zones; a zone named with and without its city's name is one
zone; a zone written otherwise in a later issue is still found there; 今年 dates the months asked to the newest
bulletin's year; 去年上半年呢 asks the previous indicator of last year's months; 今年和去年比 is a trend of those months;
a bound (突破600亿元) gives way to the amount another name's sentence states. Three issues of a digest through the real
loaders, index and pipeline; and 营收 read on a real Corpus."""
from __future__ import annotations

import pytest

from index.zones import find_zones
from qa.abbreviations import spelled_out
from qa.conversation import resolve_history
from qa.corpus import Corpus
from qa.question import analyse_question
from tests.conftest import index_files

_HEAD = "开发区工作动态\n{issue}\n澴川省商务厅开发区处　　{date}\n\n编者按：{lead}\n\n"
ISSUES = {
    "2025-07-kaifaqu-gongzuo-dongtai-di1qi.txt": _HEAD.format(
        issue="2025年第1期", date="2025年7月20日", lead="上半年，全省开发区主要指标稳中有进。") + """1. 芩州两个开发区上半年营业收入稳步增长
芩州经济技术开发区上半年实现营业收入301.2亿元，同比增长5.1%；芩州高新区上半年实现营业收入188.4亿元，同比增长7.7%。
（芩州市商务局供稿）

2. 泓溪临空经济区上半年营业收入112.6亿元
泓溪临空经济区上半年实现营业收入112.6亿元，同比增长3.9%；泓溪综合保税区上半年实现营业收入86.1亿元，同比增长6.4%。
（泓溪市商务局供稿）
""",
    "2026-01-kaifaqu-gongzuo-dongtai-di2qi.txt": _HEAD.format(
        issue="2026年第2期", date="2026年1月21日", lead="2025年，全省开发区主要指标保持平稳增长。") + """1. 芩州两个开发区全年营业收入稳定增长
2025年芩州经济技术开发区实现营业收入618.7亿元，同比增长5.6%；芩州高新区实现营业收入402.3亿元，同比增长8.1%。芩州经开区营业收入突破600亿元，创历史新高。
（芩州市商务局供稿）

2. 泓溪临空经济区全年营业收入231.5亿元
泓溪临空经济区全年实现营业收入231.5亿元，同比增长4.2%；泓溪综合保税区全年实现营业收入179.8亿元，同比增长5.9%。
（泓溪市商务局供稿）
""",
    "2026-07-kaifaqu-gongzuo-dongtai-di3qi.txt": _HEAD.format(
        issue="2026年第3期", date="2026年7月22日", lead="上半年，全省开发区主要指标稳中向好。") + """1. 芩州经开区上半年营业收入同比增长7.1%
芩州经开区上半年实现营业收入322.5亿元，同比增长7.1%；芩州高新技术产业开发区上半年实现营业收入201.9亿元，同比增长7.2%。
（芩州市商务局供稿）

2. 临空经济区上半年营业收入同比增长6.9%
泓溪市临空经济区上半年实现营业收入120.4亿元，同比增长6.9%；泓溪综合保税区上半年实现营业收入93.7亿元，同比增长8.8%。
（泓溪市商务局供稿）
""",
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding):
    return index_files(tmp_path_factory.mktemp("zones17"), ISSUES, embedding)


def _documents(qa) -> Corpus:
    """The Corpus of the index's state (reading the snapshot loads it)."""
    assert qa.snapshot is not None
    return qa._state[1]


def test_a_zones_place_cut_into_characters_is_read_whole():
    assert [z[2] for z in find_zones("泓溪临空经济区营业收入")] == ["泓溪临空经济区"]  # 泓|溪: a measure word, a noun
    assert [z[2] for z in find_zones("一座临空经济区")] == ["临空经济区"]  # 一座: a count, no place
    assert [z[2] for z in find_zones("2.经开区智能装备产业园开工")] == ["智能装备产业园"]  # not 区智能装备产业园


def test_a_year_before_a_zone_is_no_part_of_its_name(qa):
    q = analyse_question("2025年芩州经开区营业收入是多少？", _documents(qa))
    assert q.zone == "芩州经开区"
    answer = qa.ask("2025年芩州经开区营收是多少？")["answer"]
    assert "618.7亿元" in answer and "301.2" not in answer, answer


def test_a_kind_after_a_zone_is_the_same_places_other_zone(qa):
    answer = qa.ask("2025年芩州经开区和高新区营收各是多少？")["answer"]
    assert "618.7亿元" in answer and "402.3亿元" in answer, answer


def test_a_citys_zone_named_with_and_without_the_city_is_one_zone(qa):
    answer = qa.ask("2026年上半年泓溪两个园区营收分别是多少？")["answer"]
    assert "120.4亿元" in answer and "93.7亿元" in answer, answer
    assert answer.count("临空经济区：") == 1, answer  # not once as 泓溪临空经济区 and again as 临空经济区


def test_a_zone_written_otherwise_in_a_later_issue_is_found_there(qa):
    answer = qa.ask("芩州高新区营业收入是多少？")["answer"]
    assert "201.9亿元" in answer, answer  # the newest issue writes it 芩州高新技术产业开发区


def test_this_year_is_the_newest_bulletins_year(qa):
    corpus = _documents(qa)
    assert analyse_question("今年上半年芩州经开区营业收入多少？", corpus).period.year == 2026
    assert analyse_question("上半年芩州经开区营业收入多少？", corpus).period.year is None  # no year said


def test_last_years_months_asked_after_a_figure_keep_its_indicator(qa):
    resolved = resolve_history("去年上半年呢？", ["2026年上半年芩州高新区营业收入多少？"], _documents(qa))
    assert resolved and "营业收入" in resolved and "去年上半年" in resolved, resolved
    answer = qa.ask("去年上半年呢？", history=["今年上半年芩州高新区营业收入多少？"])["answer"]
    assert "188.4亿元" in answer and "201.9" not in answer, answer


def test_this_year_and_last_compared_is_a_trend_of_the_months_asked(qa):
    result = qa.ask("芩州经开区上半年营收今年和去年比怎样？")
    assert result["kind"] == "trend"
    assert "301.2亿元" in result["answer"] and "322.5亿元" in result["answer"], result["answer"]
    assert "618.7" not in result["answer"] and "没有找到" not in result["answer"]  # the year's whole: not asked
    over_issues = qa.ask("芩州经开区上半年营收这三期走势如何？")["answer"]
    assert "618.7亿元" in over_issues and "322.5亿元" in over_issues, over_issues  # every issue, as asked


def test_a_bound_gives_way_to_the_amount_stated_under_another_name(qa):
    answer = qa.ask("芩州经开区营业收入2025年上半年和全年分别是多少？")["answer"]
    assert "301.2亿元" in answer and "618.7亿元" in answer and "突破600亿元" not in answer, answer


def _corpus(texts: list[str]) -> Corpus:
    return Corpus.from_chunks([{"text": t, "region": "甲市"} for t in texts])


def test_an_abbreviation_counted_once_in_a_compound_still_reads_as_the_term_written_throughout():
    texts = [f"{z}开发区实现营业收入{n}亿元，同比增长{g}%。" for z, n, g in
             zip("甲乙丙丁戊己庚辛壬癸", range(101, 111), range(1, 11))]
    assert spelled_out("甲开发区营收多少", _corpus(texts + ["生物医药产业营收突破100亿元。"])) == "甲开发区营业收入多少"
    assert spelled_out("甲开发区营收多少", _corpus(texts[:4] + ["营收增长3.1%。"])) == "甲开发区营收多少"  # their own word
