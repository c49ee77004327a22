"""One sentence listing several places' figures of one indicator (`分市看，甲市开发区实际利用外资0.72亿美元，乙市0.45亿美元，
丙市0.31亿美元`): a comma clause that opens with another region of the bulletin and carries only its figure is that
region's, and counts what the sentence counts. Each and compare questions over the later places find their figures,
cited in their own region, never the first place's.
One invented issue (蘅岫省, its cities and every figure made up) through the real loader, index and pipeline."""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_one

BULLETIN = "\n\n".join([
    "蘅岫省开发区经济运行监测",
    "2026年第1期",
    "蘅岫省商务厅　　2026年4月20日",
    "一季度，全省开发区实现营业收入1862.4亿元，同比增长6.2%；实际利用外资1.48亿美元，同比增长2.6%。"
    "分市看，苕溪市开发区实际利用外资0.72亿美元，蓼滨市0.45亿美元，菰洲市0.31亿美元，同比下降2.4%。",
    "一、苕溪市",
    "一季度，苕溪经开区实现营业收入612.5亿元，同比增长7.1%；新签约项目36个。",
    "二、蓼滨市",
    "一季度，蓼滨高新区实现营业收入408.3亿元，同比增长5.6%；新签约项目21个。",
    "三、菰洲市",
    "一季度，菰洲经开区实现营业收入296.7亿元，同比增长4.2%；新签约项目17个。",
]) + "\n"


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("compare20"), "2026-04-kaifaqu-jiance-di1qi.txt", BULLETIN, embedding)


def _fact(qa: BulletinQA, figure: str) -> dict:
    return next(f for f in qa.snapshot.facts if f["figure"] == figure)


def test_a_listed_places_figure_is_that_places_with_the_sentences_indicator(qa):
    for figure, city in (("0.45亿美元", "蓼滨"), ("0.31亿美元", "菰洲")):
        fact = _fact(qa, figure)
        assert (fact["region"], fact["entity"]) == (city, city), fact
        assert fact["indicator"] == "实际利用外资", fact
    assert _fact(qa, "0.72亿美元")["region"] == "苕溪"
    assert _fact(qa, "2.4%")["region"] == "菰洲"  # the change after a listed figure is that place's too
    assert _fact(qa, "2.4%")["indicator"].startswith("实际利用外资")
    assert _fact(qa, "1.48亿美元")["region"] is None  # the whole's sentence before stays the whole's


def test_each_of_the_listed_places(qa):
    answer = qa.ask("一季度蓼滨和菰洲开发区实际利用外资分别是多少？")
    assert not answer["abstained"], answer
    for figure in ("0.45亿美元", "0.31亿美元"):
        assert figure in answer["answer"], answer["answer"]
    assert "0.72亿美元" not in answer["answer"]
    assert {c["region"] for c in answer["citations"]} == {"蓼滨", "菰洲"}, answer["citations"]


def test_the_listed_places_compared(qa):
    answer = qa.ask("蓼滨、菰洲两市谁的利用外资多？")
    assert answer["short"] == "蓼滨", answer
    for figure in ("0.45亿美元", "0.31亿美元"):
        assert figure in answer["answer"], answer["answer"]
    assert {c["region"] for c in answer["citations"]} <= {"蓼滨", "菰洲"}, answer["citations"]


def test_whether_one_is_above_the_other_and_a_lead_asked_are_comparisons():
    for question in ("乙高新区营收是不是比丙经开区高", "甲市固投是否超过乙市", "上半年甲经开区营收比乙经开区多还是少",
                     "甲市营收领先乙市多少", "乙市增速落后甲市几个百分点"):
        assert classify(question, 2) == "compare", question
    assert classify("甲市营收是否超过1000亿元", 1) != "compare"  # a threshold, no other place
    assert classify("甲市营收是不是比去年高", 1) != "compare"  # one place over time


def test_whether_one_zone_is_above_another(qa):
    answer = qa.ask("一季度蓼滨高新区营收是不是比菰洲经开区高")
    assert answer["kind"] == "compare" and answer["short"] == "蓼滨高新区", answer
    answer = qa.ask("一季度苕溪经开区营收领先蓼滨高新区多少")
    assert answer["kind"] == "compare" and answer["short"] == "苕溪经开区", answer
    for figure in ("612.5亿元", "408.3亿元"):
        assert figure in answer["answer"], answer["answer"]


def test_either_way_and_a_gap_are_ranked_from_the_top(qa):
    for question in ("一季度菰洲经开区营收比蓼滨高新区多还是少", "一季度菰洲经开区营收落后蓼滨高新区多少"):
        answer = qa.ask(question)
        assert answer["short"] == "蓼滨高新区", (question, answer)
    answer = qa.ask("一季度菰洲经开区营收是否超过蓼滨高新区")  # 超过: how they are compared, no word of the indicator
    assert not answer["abstained"] and answer["short"] == "蓼滨高新区", answer


def test_a_lone_zone_is_ranked_among_every_citys_zones(qa):
    answer = qa.ask("一季度蓼滨高新区营收增速是不是最快的")  # 蓼滨's one zone: ranked among the three cities' zones
    assert not answer["abstained"] and answer["short"] == "苕溪经开区", answer
    for rate in ("7.1%", "5.6%", "4.2%"):
        assert rate in answer["answer"], answer["answer"]


def test_one_set_beside_the_other_is_compared(qa):
    assert classify("甲经开区营收跟乙高新区比怎么样", 2) == "compare"
    assert classify("那上半年呢，跟一季度比怎样", 0) != "compare"  # a period set beside: how it changed
    answer = qa.ask("一季度菰洲经开区营收和蓼滨高新区相比如何")
    assert answer["kind"] == "compare" and answer["short"] == "蓼滨高新区", answer
