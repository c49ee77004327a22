"""A digest of news items (开发区工作动态): each item a part placed by the city its headline or first sentence names,
a zone named alone tied to its city, an item about two cities cut clause by clause, a source line closing its item
and placing nothing; `4月当月` beside `1-4月累计`; a bare year among several reported years; a follow-up comparing
periods. Small invented bulletins through the real loader, index and QA."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.facts import extract_facts
from index.loaders import load_file
from index.periods import find_periods, parse_period
from index.pipeline import chunk_document
from qa.conversation import resolve_history
from qa.pipeline import BulletinQA
from qa.question import analyse_question
from tests.conftest import index_files

ANNUAL = """开发区工作动态
2026年第1期
编者按：2025年，全省开发区主要指标保持平稳增长。
【信息1】岚川经开区全年实现营业收入812.4亿元
岚川经济技术开发区2025年实现营业收入812.4亿元，同比增长6.2%。2026年力争营业收入突破900亿元。
（岚川市商务局供稿）
【信息2】滨江经济开发区全年完成固定资产投资96.3亿元
记者从枫渡市获悉，该市滨江经济开发区2025年完成固定资产投资96.3亿元，同比增长8.8%。
（鹭洲市商务局供稿）
【信息3】鹭洲、岚川两市开发区出口增速并列全省第一
据海关统计，2025年鹭洲高新区实现出口总额57.1亿元，岚川经开区实现出口总额64.9亿元，同比均增长15.2%。
（鹭洲市商务局开发区科供稿）
【信息4】全省开发区观摩会召开
1月12日，省商务厅召开全省开发区观摩会，全省开发区实现营业收入4210.5亿元。
（省商务厅供稿）
附件：各市开发区重点工作进展情况汇总表
"""

MONTHLY = """开发区工作动态
2026年第5期
编者按：1-4月，全省开发区实现营业收入1580.2亿元。
◆岚川经开区4月当月营业收入同比增长7.1%
岚川经开区4月当月实现营业收入66.3亿元，同比增长7.1%；1-4月累计实现营业收入251.8亿元，同比增长6.0%。（岚川市商务局供稿）
◆综保区1-4月进出口额突破40亿元
鹭洲综合保税区1-4月实现进出口额41.6亿元，同比增长12.5%。（鹭洲市商务局供稿）
◆鹭洲、枫渡两市开发区4月营收增速并列全省第一
4月当月，鹭洲高新区实现营业收入18.2亿元，枫渡滨江经济开发区实现营业收入12.7亿元，同比均增长11.4%。（鹭洲市商务局供稿）
◆1-4月滨江区新签约项目15个
枫渡滨江经济开发区1-4月新签约项目15个，协议投资额88.6亿元。
"""

CITY_LINES = """开发区工作专报
2025年第3期
一、岚川市
1. 招商引资成效明显。鹭洲高新区与岚川经开区签约共建产业园，岚川经开区新签约项目21个。
2. 项目建设加快推进。新开工项目12个。
"""


def _chunks(tmp_path: Path, name: str, text: str) -> list[dict]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return chunk_document(load_file(path), name)[0]


def _region_of(chunks: list[dict], words: str) -> str | None:
    return next(c["region"] for c in chunks if words in c["text"])


@pytest.fixture(scope="module")
def digest(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("news-items"),
                       {"2026-01-dongtai.txt": ANNUAL, "2026-05-dongtai.txt": MONTHLY}, embedding)


def test_an_item_is_in_the_city_its_headline_names_not_the_previous_items(tmp_path):
    chunks = _chunks(tmp_path, "2026-01-dongtai.txt", ANNUAL)
    assert _region_of(chunks, "812.4亿元，同比增长6.2%") == "岚川"
    # the zone named alone in the headline, its city in the first sentence; the source line names another city
    assert _region_of(chunks, "96.3亿元，同比增长8.8%") == "枫渡"
    # an item naming no place is the whole's, after an item that had one
    assert _region_of(chunks, "4210.5亿元") is None
    assert "岚川" not in {c["region"] for c in chunks if "观摩会" in c["text"]}


def test_an_item_about_two_cities_is_cut_where_each_citys_clause_opens(tmp_path):
    chunks = _chunks(tmp_path, "2026-01-dongtai.txt", ANNUAL)
    assert _region_of(chunks, "57.1亿元") == "鹭洲"
    assert _region_of(chunks, "64.9亿元") == "岚川"
    assert _region_of(chunks, "据海关统计") is None


def test_a_zone_named_alone_is_the_city_whose_name_the_document_writes_before_it(tmp_path):
    chunks = _chunks(tmp_path, "2026-05-dongtai.txt", MONTHLY)
    assert _region_of(chunks, "41.6亿元") == "鹭洲"  # 综保区 headline, 鹭洲综合保税区 in the body
    assert _region_of(chunks, "88.6亿元") == "枫渡"  # 滨江区: no district, 枫渡滨江经济开发区's short name
    assert "滨江" not in {c["region"] for c in chunks}


def test_a_piece_cut_from_a_sentence_keeps_the_period_the_sentence_opened_with(tmp_path):
    chunks = _chunks(tmp_path, "2026-05-dongtai.txt", MONTHLY)
    piece = next(c for c in chunks if c["text"].startswith("枫渡滨江经济开发区实现营业收入12.7亿元"))
    assert (piece["region"], piece["period"]) == ("枫渡", "2026年4月")


def test_items_under_a_city_line_stay_that_citys(tmp_path):
    chunks = _chunks(tmp_path, "2025-03-zhuanbao.txt", CITY_LINES)
    assert {c["region"] for c in chunks if "项目" in c["text"]} == {"岚川"}


def test_the_month_alone_and_the_months_up_to_it_are_two_periods(tmp_path):
    chunks = _chunks(tmp_path, "2026-05-dongtai.txt", MONTHLY)
    facts = {f["figure"]: f["period"] for f in extract_facts(chunks)}
    assert facts["66.3亿元"] == "2026年4月"
    assert facts["251.8亿元"] == "2026年1-4月"
    assert parse_period("2026年4月").label == "2026年4月"
    assert find_periods("4月28日，项目开工；4月底前完成") == []  # a date and a deadline are no month reported


def test_a_bare_year_among_several_reported_asks_that_years_figures(digest):
    answer = digest.ask("2025年岚川经开区营业收入多少？")
    assert "812.4亿元" in answer["answer"] and "251.8亿元" not in answer["answer"]
    assert all(c["period"] == "2025年全年" for c in answer["citations"])


def test_a_month_asked_with_当月_is_that_month(digest):
    answer = digest.ask("4月份岚川经开区当月营业收入多少？")
    assert "66.3亿元" in answer["answer"] and "251.8亿元" not in answer["answer"]
    cumulative = digest.ask("1-4月岚川经开区营业收入累计多少？")
    assert "251.8亿元" in cumulative["answer"]


def test_plans_for_a_year_are_the_plans_of_the_issue_on_the_year_before(digest):
    corpus = digest._state[1]
    asked = analyse_question("岚川经开区2026年有什么打算？", corpus)
    assert asked.period and asked.period.label == "2025年全年"


def test_a_follow_up_comparing_with_the_previous_period_asks_over_both(digest):
    corpus = digest._state[1]
    resolved = resolve_history("那1-4月呢？跟一季度比怎样？", ["一季度岚川经开区营业收入多少？"], corpus)
    assert resolved and "一季度" in resolved and "1-4月" in resolved and "岚川经开区" in resolved


def test_a_target_for_the_next_year_is_no_figure_of_the_year_reported(tmp_path):
    chunks = _chunks(tmp_path, "2026-01-dongtai.txt", ANNUAL)
    facts = {f["figure"]: f["period"] for f in extract_facts(chunks)}
    assert facts["812.4亿元"] == "2025年全年"
    assert facts["900亿元"] == "2026年全年"  # 2026年力争…突破900亿元, written in the 2025年全年 issue


def test_an_abbreviation_before_a_month_still_abbreviates(digest):
    # 营收增速并列全省第一 run into 4月当月… of the body: the month is no figure that 营收 counts
    answer = digest.ask("2025年岚川经开区营收多少？")
    assert "812.4亿元" in answer["answer"]


def test_the_month_alone_is_no_figure_of_the_months_up_to_it(digest):
    answer = digest.ask("岚川经开区营业收入2025年全年、1-4月分别多少？")
    assert "251.8亿元" in answer["answer"] and "66.3亿元" not in answer["answer"]


def test_a_figure_written_as_over_keeps_its_bound_in_short(tmp_path, embedding):
    qa = index_files(tmp_path, {"2026-04-dongtai.txt": "开发区工作动态\n2026年第4期\n◆枫渡滨江经济开发区一季度集装箱吞吐量超10万标箱\n"
                                "枫渡滨江经济开发区一季度集装箱吞吐量超10万标箱，同比增长22.4%。\n"}, embedding)
    assert qa.ask("一季度枫渡滨江经济开发区集装箱吞吐量多少？")["short"] == "超10万标箱"


def test_a_month_asked_finds_a_piece_dated_by_its_sentence(digest):
    # 4月当月，鹭洲高新区…，枫渡滨江经济开发区实现营业收入12.7亿元: the piece names no month, its sentence does
    answer = digest.ask("4月份枫渡滨江经济开发区当月营业收入多少？")
    assert "12.7亿元" in answer["answer"]
    assert all(c["region"] == "枫渡" for c in answer["citations"])
