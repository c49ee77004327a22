"""Two or three indicators of one place, compared (营收和进出口哪个增长快) or asked each with what is asked of every
figure (分别增长多少, 增速分别是多少): each indicator's figure as a question of its own, ranked when they measure one
unit, never the place's zones ranked instead. An invented 岚州省 bulletin (its cities, zones and figures made up)
through the real loader, index and pipeline."""
from __future__ import annotations

import pytest

from tests.conftest import index_one

BULLETIN = ("2026-04-kaifaqu-yunxing-di2qi.txt",
            "全省开发区运行情况通报\n2026年第2期\n\n"
            "一、总体运行情况\n"
            "一季度，全省开发区实现营业收入3126.4亿元，同比增长5.7%；完成进出口总额428.9亿元，同比增长8.3%；"
            "实际使用外资2.86亿美元，同比下降4.1%。\n\n"
            "二、各市开发区情况\n"
            "【榉阳市】\n榉阳经济技术开发区一季度实现营业收入612.5亿元，同比增长9.4%；完成进出口总额96.2亿元，同比增长3.6%。\n\n"
            "【栎川市】\n栎川高新技术产业开发区一季度实现营业收入388.1亿元，同比增长4.2%；完成进出口总额41.7亿元，同比增长11.5%。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("indicators30"), *BULLETIN, embedding)


@pytest.mark.parametrize("question, ahead, behind", [
    ("一季度全省开发区营收和进出口哪个增长快？", "8.3%", "5.7%"),
    ("榉阳经开区一季度营收和进出口，哪个增速更高", "9.4%", "3.6%"),
    ("栎川高新区营收和进出口比一比，谁增长得慢", "4.2%", "11.5%"),
])
def test_indicators_of_one_place_are_ranked(qa, question, ahead, behind):
    answer = qa.ask(question)
    assert answer["kind"] == "compare" and not answer["abstained"], answer["answer"]
    first = answer["answer"].splitlines()[0]
    assert ahead in first and behind not in first and behind in answer["answer"], answer["answer"]
    assert answer["short"] and answer["short"] not in ("榉阳", "栎川"), answer["short"]
    assert {row["value"] for row in answer["table"]} == {ahead, behind}


def test_figures_of_different_units_are_not_ranked(qa):
    answer = qa.ask("一季度全省开发区营收和外资哪个多？")
    assert "单位不同" in answer["answer"] and not answer["short"], answer["answer"]
    assert "3126.4亿元" in answer["answer"] and "2.86亿美元" in answer["answer"]


@pytest.mark.parametrize("question, figures", [
    ("一季度全省开发区营收和进出口分别增长多少", ["5.7%", "8.3%"]),
    ("榉阳经开区营收和进出口增速分别是多少？", ["9.4%", "3.6%"]),
    ("一季度全省开发区营收、进出口、外资分别同比增长多少？", ["5.7%", "8.3%", "下降4.1%"]),
])
def test_each_indicator_answers_what_is_asked_of_it(qa, question, figures):
    answer = qa.ask(question)
    assert answer["kind"] == "each" and all(f in answer["answer"] for f in figures), answer["answer"]
    assert [row["value"] for row in answer["table"]] == figures


def test_a_fall_ranks_below_a_rise(qa):
    answer = qa.ask("一季度全省开发区外资和营收哪个增长慢？")
    assert "4.1%" in answer["answer"].splitlines()[0] and answer["short"] != "营业收入", answer["answer"]


def test_zones_compared_are_still_the_zones(qa):
    answer = qa.ask("一季度哪个开发区营收增长最快？")
    assert answer["short"].startswith("榉阳") and "9.4%" in answer["answer"], answer["answer"]
