"""Figures asked of an indicator the place's passages do not write (round name15): another indicator's figure is no
answer; the place's figure written in a passage of the whole city answers; else the answer is withheld, saying what
the bulletins report for the place. A fall's short answer keeps its word (下降6.5%) unless the question asks a fall.
An invented county brief through the real index, and the pure parts."""
from __future__ import annotations

import pytest

from qa.other_indicator import withheld_message
from tests.conftest import index_one

_BRIEF = """全年全市开发区工作专报
澧阳市商务局 2026年01月20日

01
总体情况

2025年，全市开发区（园区）实现营业收入612.3亿元，同比增长6.8%；完成固定资产投资88.6亿元；新签约亿元以上项目31个。

02
县区亮点

【芷口区】芷口高新区实现营业收入126.4亿元，同比下降6.5%；进出口总额18.7亿元，同比增长4.2%。芷口高新区获评省级智能制造示范园区，为36家企业解决问题58个。

【蓼渡县】蓼渡工业园营业收入完成年度目标的95.2%；全年盘活闲置厂房2.4万平方米。蓼渡工业园跨境电商进出口额3.2亿元，约为上年同期的两倍，新设外资企业7家。

03
存在短板

一是部分园区亩均效益偏低，蓼渡工业园亩均税收11.4万元，低于全市平均5.1万元。二是外资到位偏慢。

04
下步打算

2026年，力争新开工亿元以上项目20个以上。
"""


@pytest.fixture(scope="module")
def brief_qa(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("precision15"), "2026-01-zhuanbao.txt", _BRIEF, embedding)


def test_a_parks_figure_written_in_the_whole_citys_passage(brief_qa) -> None:
    result = brief_qa.ask("蓼渡工业园亩均税收是多少？")
    assert not result["abstained"] and result["short"] == "11.4万元"
    assert "95.2%" not in result["answer"]  # the share of its target met measures another indicator


def test_an_indicator_no_passage_of_the_place_writes_is_withheld(brief_qa) -> None:
    result = brief_qa.ask("蓼渡工业园利润总额是多少？")
    assert result["abstained"] and "95.2%" not in result["answer"] and "11.4万元" not in result["answer"]
    assert "利润" in result["answer"]  # says what was asked, and that no other indicator stands for it
    result = brief_qa.ask("芷口高新区固定资产投资多少？")  # the city's 88.6亿元 is written, the zone's is not
    assert result["abstained"] and not any(f in result["answer"] for f in ("126.4亿元", "18.7亿元", "88.6亿元"))
    assert "营业收入" in result["answer"]  # what the bulletins do report for the zone


def test_an_indicator_asked_by_a_synonym_or_abbreviation_is_answered(brief_qa) -> None:
    assert brief_qa.ask("芷口高新区外贸额多少？")["short"] == "18.7亿元"  # 外贸 ↔ 进出口
    assert brief_qa.ask("芷口高新区营收多少？")["short"] == "126.4亿元"  # 营收 ↔ 营业收入


def test_a_falls_short_answer_keeps_its_word(brief_qa) -> None:
    assert brief_qa.ask("芷口高新区营业收入增速是多少？")["short"] == "下降6.5%"  # 增速 weighs no part of it
    assert brief_qa.ask("芷口高新区营业收入同比降了多少？")["short"] == "6.5%"  # the question says it fell
    assert brief_qa.ask("芷口高新区进出口总额增长多少？")["short"] == "4.2%"  # a rise: no word added


def test_the_withheld_message_names_what_is_reported() -> None:
    facts = [{"entity": "甲工业园", "indicator": "营业收入", "quote": "甲工业园实现营业收入10亿元"},
             {"entity": None, "indicator": "税收收入", "quote": "乙工业园税收收入2亿元"}]
    message = withheld_message("甲工业园", ["利润"], facts)
    assert "利润" in message and "营业收入" in message and "税收收入" not in message
    assert not any(c.isdigit() for c in message)  # no figure shown without its quote


def test_a_multiple_asked_is_of_the_period_reported(brief_qa) -> None:
    result = brief_qa.ask("蓼渡工业园跨境电商进出口额是上年同期的几倍？")
    assert result["short"] == "两倍" and "3.2亿元" in result["answer"]  # 几倍 asks a multiple, not the amount
    assert all(c["period"] == "2025年全年" for c in result["citations"])  # 上年同期的两倍: this year's multiple


def test_a_figure_given_is_quoted_with_the_place_it_is_given_for(brief_qa) -> None:
    result = brief_qa.ask("新设外资企业7家的是哪个园区？")
    assert result["short"] == "蓼渡工业园" and "蓼渡工业园" in result["citations"][0]["quote"]


def test_of_two_counts_the_one_beside_the_noun_asked(brief_qa) -> None:
    assert brief_qa.ask("芷口高新区帮企业解决了多少个问题？")["short"] == "58个"
    assert brief_qa.ask("芷口高新区为多少家企业解决了问题？")["short"] == "36家"
