"""each, compare and trend asked in words that say how to answer, not what (哪家领先, 分头说说, 列个表, 历次通报的数据,
环比变化如何), a park its region reports without naming it (园区…现有高新技术企业41家), and how many firms there are
(高企多少家: the total written beside what a period added), and a change against another period the bulletin states
(增速比一季度加快0.5个百分点). Three small invented issues through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.kinds import classify, is_cue
from tests.test_facts import _facts_of, _write
from qa.pipeline import BulletinQA
from tests.conftest import index_files

CITIES = {  # issue number, period: city -> its paragraph
    (1, "一季度"): {
        "柳城市": "一季度，全市开发区实现营业收入100.1亿元，同比增长6.0%；税收收入8.1亿元，同比增长3.0%。柳城高新区一季度"
               "新认定高新技术企业14家，累计达到156家。",
        "桦川市": "一季度，全市开发区实现营业收入80.4亿元，同比增长4.0%；税收收入5.5亿元，同比增长0.8%。桦川高新区高新技术"
               "企业净增6家，总数达到88家。",
        "榆林县": "一季度，榆林县工业集中区实现营业收入30.2亿元，同比增长5.1%。园区主导产业为新材料，现有规上工业企业57家、"
               "高新技术企业41家。",
        "松江县": "一季度，松江县实现营业收入45.9亿元，同比增长3.3%。园区现有高新技术企业29家。",
    },
    (2, "上半年"): {
        "柳城市": "上半年，全市开发区实现营业收入210.1亿元，同比增长6.5%，增速比一季度加快0.5个百分点；税收收入17.2亿元，"
               "同比增长3.6%。",
        "桦川市": "上半年，全市开发区实现营业收入170.4亿元，同比增长4.6%。",
    },
    (3, "前三季度"): {
        "柳城市": "前三季度，全市开发区实现营业收入320.1亿元，同比增长6.8%。",
        "桦川市": "前三季度，全市开发区实现营业收入260.4亿元，同比增长5.0%。",
    },
}
# the first issue's table: 榆林县 has one park, 松江县 two
PARKS = [["园区", "营业收入（亿元）", "同比增长（%）"], ["榆林集中区", "30.2", "5.1"], ["松江食品园", "20.1", "2.9"],
         ["松江物流园", "25.8", "3.6"]]


def _issue(number: int, period: str, cities: dict[str, str]) -> str:
    body = "".join(f"<h2>■{city}</h2><h3>一、主要成效</h3><p>{text}</p>" for city, text in cities.items())
    if number == 1:
        rows = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in PARKS)
        body += f"<p><strong>表1　2025年一季度各园区主要指标</strong></p><table>{rows}</table>"
    return (f"<html><head><title>某省开发区工作简报（2025年第{number}期）</title></head><body>"
            f"<h1>某省开发区工作简报</h1><p>编者按：现将各地开发区2025年{period}工作情况摘编如下。</p>{body}</body></html>")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {f"2025-0{3 * number}-jianbao-di{number}qi.html": _issue(number, period, cities)
             for (number, period), cities in CITIES.items()}
    return index_files(tmp_path_factory.mktemp("cmp_wordings"), files, embedding)


def test_words_saying_how_to_answer_are_no_terms():
    for word in ("领先", "靠前", "分头", "列个表", "表格", "通报", "简报"):
        assert is_cue(word), word
    assert not is_cue("环比")  # 环比增长多少 asks the 环比 a sentence writes
    assert classify("前三季度两市开发区外贸进出口分头说说") == "each"
    assert classify("阳泉三个开发区前三季度工业投资列个表") == "each"


def test_which_leads_is_a_comparison(qa):
    answer = qa.ask("一季度柳城和桦川开发区营业收入哪家领先，领先多少？")
    assert answer["kind"] == "compare" and answer["short"] in ("柳城", "柳城市")
    assert "100.1亿元" in answer["answer"] and "80.4亿元" in answer["answer"]


def test_each_told_apart_or_tabled(qa):
    told = qa.ask("一季度柳城、桦川两市开发区税收收入分头说说")
    assert told["kind"] == "each" and "8.1亿元" in told["answer"] and "5.5亿元" in told["answer"]
    assert "17.2亿元" not in told["answer"]


def test_trend_asked_of_the_bulletins_or_between_periods(qa):
    for question in ("柳城开发区营业收入历次通报的数据列个表", "柳城开发区营业收入环比变化如何？"):
        answer = qa.ask(question)
        assert answer["kind"] == "trend", question
        for figure in ("100.1亿元", "210.1亿元", "320.1亿元"):
            assert figure in answer["answer"], (question, figure)


def test_the_park_a_region_reports_unnamed(qa):
    answer = qa.ask("一季度榆林集中区、柳城高新区的高企分别多少家？")
    assert answer["kind"] == "each" and "41家" in answer["answer"] and "156家" in answer["answer"]
    # a region of two parks: its unnamed 园区 is neither one's
    answer = qa.ask("一季度松江食品园、柳城高新区的高企分别多少家？")
    assert "29家" not in answer["answer"] and "156家" in answer["answer"]


def test_how_many_firms_there_are(qa):
    answer = qa.ask("一季度柳城高新区和桦川高新区的高企分别多少家？")
    assert "156家" in answer["answer"] and "88家" in answer["answer"]
    added = qa.ask("一季度柳城高新区新认定高企多少家？")
    assert "14家" in added["answer"]


def test_the_change_against_a_period_as_stated(qa):
    answer = qa.ask("柳城开发区上半年营收增速比一季度加快了多少？")
    assert "加快0.5个百分点" in answer["answer"] and len(answer["citations"]) == 1 and answer["short"] == "0.5个百分点"
    # 税收收入's change is not written: not the 营业收入 one
    assert "0.5个百分点" not in qa.ask("柳城开发区上半年税收收入增速比一季度加快了多少？")["answer"]


def test_the_first_places_asked_last(qa):
    assert classify("上半年九个开发区高企数量前三名") == "compare"
    assert classify("前三季度工业投资多少") == "figure"
    answer = qa.ask("一季度柳城、桦川两市开发区营业收入前两名")
    assert answer["kind"] == "compare" and answer["answer"].startswith("前两：柳城")


def test_above_the_wholes_own_figure(tmp_path_factory, embedding):
    text = ("<html><head><title>某省开发区工作简报（2025年第1期）</title></head><body><h1>某省开发区工作简报</h1>"
            "<p>一季度，全省开发区实现营业收入900.5亿元，同比增长5.0%。</p>"
            + "".join(f"<h2>■{city}</h2><p>一季度，全市开发区实现营业收入{amount}亿元，同比{rate}%。</p>"
                      for city, amount, rate in (("柳城市", "100.1", "增长6.0"), ("桦川市", "80.4", "增长4.0"),
                                                 ("榆林市", "50.7", "增长5.5"), ("松江市", "40.2", "下降7.0")))
            + "</body></html>")
    qa = index_files(tmp_path_factory.mktemp("against_whole"), {"2025-03-jianbao-di1qi.html": text}, embedding)
    answer = qa.ask("一季度四个市中营业收入增速高于全省平均的有哪些？")
    assert set(answer["short"].split("、")) == {"柳城", "榆林"}  # not 松江's 下降7.0%
    assert "同比增长5.0%" in answer["citations"][0]["quote"] and "4.0%" not in answer["answer"]
    behind = qa.ask("一季度营业收入增速跑输全省的是哪几个市？")
    assert set(behind["short"].split("、")) == {"桦川", "松江"}


def test_a_rank_among_the_whole_names_no_city_wide_subject(tmp_path):
    text = ("【2025年1-11月工作成绩】\n一是拓开放。赭岭综保区实现进出口总额296.37亿元，列全省综合保税区第2；跨境电商交易额"
            "79.64亿元，同比增长33.5%。柳城高新区研发投入强度3.2%，高于全市平均水平1.1个百分点。全市开发区实现营业收入"
            "500.2亿元。\n供稿：赭岭市商务局\n")
    _, _, facts = _facts_of(_write(tmp_path, "2025-zheling.txt", text))
    entity = {f["figure"]: f["entity"] for f in facts}
    assert entity["79.64亿元"] == "赭岭综保区" and entity["1.1个百分点"] == "柳城高新区"
    assert entity["500.2亿元"] != "柳城高新区"  # 全市开发区: still the city's


def test_who_leads_or_lags_and_all_at_once(qa):
    for question, first in (("一季度柳城和桦川开发区营业收入谁领跑？", "柳城"), ("一季度柳城和桦川开发区营业收入比拼，谁胜出？", "柳城"),
                            ("一季度柳城和桦川开发区营业收入哪个落后？", "桦川"),
                            ("一季度柳城、桦川开发区营业收入增速强弱如何？", "柳城")):
        answer = qa.ask(question)
        assert answer["kind"] == "compare" and answer["short"] in (first, first + "市"), question
    summed = qa.ask("一季度两市开发区税收收入汇总一下")
    assert summed["kind"] == "each" and "8.1亿元" in summed["answer"] and "5.5亿元" in summed["answer"]
    assert qa.ask("柳城开发区营业收入走向如何？")["kind"] == "trend"
