"""compare, trend and each in words no rule listed and over counties of several parks (places and figures invented
here): 谁更胜一筹 / 领跑的是哪个 (a comparison whatever follows 更, the position said before who holds it), words that
say how figures are set side by side and no bulletin writes (拉开, 跌得最厉害, 一并列出, 变化幅度), a park whose name
opens with its county's (苇溪新材料园营收: no fragment 园营), and a county of two parks asked each (苇溪县园区: both
parks, each by its name; no one park stands for the county). Two issues of a city's 专报 through the real loaders,
index and pipeline."""
from __future__ import annotations

import re

import pytest

from qa.kinds import classify, is_cue
from qa.pipeline import BulletinQA
from qa.written_zones import with_written_zones
from tests.conftest import index_files

_HEAD = "{period}全市开发区工作专报｜园区经济稳中有进\n原创 蓟阳商务 2025年{month}月20日 发表于蓟阳\n\n01\n总体情况\n\n"
_TAIL = "\n来源：蓟阳市商务局开发区科\n"
ISSUES = {  # (file, period, month): its paragraphs
    ("2025-07-kaifaqu-zhuanbao-shangbannian.txt", "上半年", "07"): [
        "上半年，全市开发区（园区）实现营业收入520.4亿元，同比增长6.9%。\n\n02\n县区亮点",
        "【苇溪县】苇溪高新区实现营业收入120.5亿元，同比增长8.1%；苇溪新材料园实现营业收入30.3亿元，同比增长5.4%。",
        "芦水区：芦水经开区实现营业收入210.2亿元，同比增长7.0%；实际使用外资1200万美元，同比下降6.2%。",
        "【蒿川县】蒿川工业园实现营业收入90.6亿元，同比增长3.2%；实际使用外资800万美元，同比下降9.5%。"],
    ("2025-10-kaifaqu-zhuanbao-qiansanjidu.txt", "前三季度", "10"): [
        "前三季度，全市开发区（园区）实现营业收入801.7亿元，同比增长7.3%。\n\n02\n县区亮点",
        "【苇溪县】苇溪高新区实现营业收入186.2亿元，同比增长8.4%；苇溪新材料园实现营业收入47.1亿元，同比增长6.0%。",
        "芦水区：芦水经开区实现营业收入322.8亿元，同比增长7.2%；实际使用外资1900万美元，同比下降4.1%。",
        "【蒿川县】蒿川工业园实现营业收入141.3亿元，同比增长3.5%；实际使用外资1150万美元，同比下降8.7%。"],
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _HEAD.format(period=period, month=month) + "\n\n".join(parts) + "\n" + _TAIL
             for (name, period, month), parts in ISSUES.items()}
    return index_files(tmp_path_factory.mktemp("cmp_trend14"), files, embedding)


def test_who_is_better_and_who_leads_are_comparisons():
    for question in ("甲园和乙园营收谁更胜一筹？", "增速领跑的是哪个园区？", "垫底的是谁", "哪个园区的外资更好一些",
                     "两个园区营收拉开多大差距？"):
        assert classify(question, 2 if "和" in question else 0) == "compare", question
    assert classify("某园区营收增速变化幅度有多大？", 1) == "trend"
    for word in ("更胜一筹", "胜一筹", "变化幅度", "幅度", "拉开"):
        assert is_cue(word), word  # how the figures are set side by side, no word a row writes
    assert not is_cue("营业收入")


def test_a_ratio_asked_sets_both_figures_side_by_side(qa):
    assert classify("甲市营收相当于乙市的几成？", 2) == "compare" and is_cue("几成") and is_cue("相当于")
    result = qa.ask("上半年苇溪新材料园营收相当于苇溪高新区的几成？")
    assert result["kind"] == "compare"
    assert "30.3亿元" in result["answer"] and "120.5亿元" in result["answer"], result["answer"]


def test_better_of_two_parks(qa):
    result = qa.ask("前三季度苇溪高新区和苇溪新材料园营收谁更胜一筹？")
    assert result["kind"] == "compare" and result["short"] == "苇溪高新区", result["answer"]
    assert "186.2亿元" in result["answer"] and "47.1亿元" in result["answer"]


def test_the_leader_named_after_its_position(qa):
    result = qa.ask("上半年营收增速领跑的是哪个园区？")
    assert result["short"] == "苇溪高新区" and "8.1%" in result["answer"], result["answer"]


def test_a_gap_asked_with_a_verb_no_bulletin_writes(qa):
    result = qa.ask("上半年苇溪高新区和芦水经开区营业收入拉开多大差距？")
    assert "120.5亿元" in result["answer"] and "210.2亿元" in result["answer"], result["answer"]


def test_fell_the_most_is_read_from_the_largest_fall(qa):
    result = qa.ask("前三季度实际使用外资同比，哪个园区跌得最厉害？")
    assert result["short"] == "蒿川工业园", result["answer"]
    assert result["answer"].index("8.7%") < result["answer"].index("4.1%")


def test_a_park_named_with_its_countys_name_keeps_its_indicator(qa):
    result = qa.ask("苇溪新材料园营收增速各期对比")
    assert result["kind"] == "trend"
    assert "5.4%" in result["answer"] and "6.0%" in result["answer"], result["answer"]
    assert "8.1%" not in result["answer"] and "8.4%" not in result["answer"]  # the other park of its county


def test_the_parks_of_a_county_are_no_one_park(qa):
    corpus = qa._state[1]
    for asked in ("芦水区、苇溪县园区营收", "苇溪县园区营收"):
        assert with_written_zones(asked, corpus) == asked  # the county's parks, not its one 高新区
    result = qa.ask("上半年苇溪县、芦水区园区营收一并列出")
    assert result["kind"] == "each"
    for figure in ("120.5亿元", "30.3亿元", "210.2亿元"):
        assert figure in result["answer"], (figure, result["answer"])
    assert "苇溪高新区：" in result["answer"] and "苇溪新材料园：" in result["answer"]  # each park by its name
    assert "90.6亿元" not in result["answer"]  # 蒿川's


def test_how_much_it_fell_asks_the_fall(qa):
    result = qa.ask("前三季度芦水经开区外资降了多少？")
    assert "下降4.1%" in result["answer"] and "1900万美元" not in result.get("short", ""), result["answer"]


# a province's issue: cities in sentences, two of them reported only through their one zone, which its table lists too
ZONE_ROWS = [["设区市", "开发区", "营业收入（亿元）", "增速（%）"], ["甘泉市", "甘泉经开区", "186.4", "9.6"],
             ["甘泉市", "甘泉高新区", "152.3", "12.7"], ["柘林市", "柘林经开区", "56.3", "-4.6"],
             ["禾丰市", "禾丰高新区", "49.8", "3.3"]]
CITIES = {"甘泉市": "1-2月，全市开发区实现营业收入338.7亿元，同比增长11.6%。",
          "桐乡市": "1-2月，全市开发区实现营业收入120.2亿元，同比增长6.1%。",
          "梅川市": "1-2月，全市开发区实现营业收入98.5亿元，同比增长5.2%。",
          "柘林市": "柘林经济技术开发区1-2月实现营业收入56.3亿元，同比下降4.6%，主要是龙头企业停产检修。",
          "禾丰市": "禾丰高新技术产业开发区1-2月实现营业收入49.8亿元，同比增长3.3%。"}


def _province_issue() -> str:
    body = "".join(f"<h2>■{city}</h2><p>{text}</p>" for city, text in CITIES.items())
    rows = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in ZONE_ROWS)
    body += f"<p><strong>附表1：各开发区主要指标完成情况（2026年1-2月）</strong></p><table>{rows}</table>"
    return ("<html><head><title>某省开发区工作通报（2026年第1期）</title></head><body><h1>某省开发区工作通报</h1>"
            f"<p>现将2026年1-2月各地开发区工作情况通报如下。</p>{body}</body></html>")


@pytest.fixture(scope="module")
def province(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("cmp14_province"), {"2026-03-tongbao-di1qi.html": _province_issue()},
                       embedding)


def test_cities_ranked_by_their_figures_quoted_alike(province):
    result = province.ask("1-2月营业收入增速哪个市垫底？")
    assert result["short"] in ("柘林市", "柘林"), result["answer"]
    # a fall written 同比下降 ranks with the cities' 同比增长 (one rate written two ways), quoted as they are: its sentence
    assert "同比下降4.6%" in result["answer"] and "增速 -4.6" not in result["answer"], result["answer"]
    assert re.match(r"柘林市?最低（下降4.6%）", result["answer"]), result["answer"]


def test_a_follow_up_replaces_the_indicator_not_the_comparison(qa):
    result = qa.ask("换成外资呢？", history=["上半年芦水经开区和蒿川工业园营收谁更胜一筹？"])
    assert "更胜一筹" in result["resolved_question"] and "营收" not in result["resolved_question"], result["resolved_question"]
    assert "1200万美元" in result["answer"] and "800万美元" in result["answer"], result["answer"]
