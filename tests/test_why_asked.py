"""Questions asking why (为什么下降, 原因是什么, 为啥…就能): asked as a how, answered by the sentence telling the cause,
quoted whole (its way before a colon included), a problem reported included, from the issue that writes the cause
even when a newer issue reports the figure again. Two invented issues indexed by the real pipeline with the real
model."""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_FIRST = """某省开发区工作通报（2026年第1期）
二、各市开发区工作进展
【鹭湾市】鹭湾经济技术开发区1-2月实现营业收入61.5亿元，同比下降2.8%，降幅居全省开发区首位，主要是龙头企业蓟阳化工一条产线停产检修。鹭湾市的经验做法是推行“拿地即开工”：由市自然资源局牵头，出让前完成区域评估，企业签约后即可开工，瑞拓项目从签约到开工仅用时19天。
【苇川市】全市开发区实现营业收入150.8亿元，同比增长5.6%。
存在问题：苇川高新区规模以上工业增加值同比下降1.6%，主要受出口订单减少影响；闲置厂房约1.3万平方米仍未盘活。
"""
_SECOND = """某省开发区工作通报（2026年第2期）
二、各市开发区工作进展
【鹭湾市】鹭湾经济技术开发区1-4月实现营业收入130.2亿元，同比下降1.1%，降幅比1-2月收窄1.7个百分点。
【苇川市】全市开发区实现营业收入301.6亿元，同比增长6.0%。
"""


@pytest.fixture(scope="module")
def why_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("why"),
                       {"2026-03-tongbao-di1qi.txt": _FIRST, "2026-05-tongbao-di2qi.txt": _SECOND}, embedding)


@pytest.mark.parametrize("question", ["鹭湾经开区营收为什么下降？", "鹭湾经开区营业收入降幅全省最大，原因是什么？",
                                      "鹭湾经开区营收下滑是啥原因？"])
def test_why_is_answered_by_the_sentence_writing_the_cause(why_qa, question) -> None:
    assert classify(question) == "how" and classify("锣鼓常用的节奏型称为什么？") != "how"  # 称为 + 什么: no why
    answer = why_qa.ask(question)
    assert not answer["abstained"] and "停产检修" in answer["answer"]
    assert "2.8%" in answer["citations"][0]["quote"] and "130.2亿元" not in answer["answer"]
    assert answer["short"] == "龙头企业蓟阳化工一条产线停产检修"  # the cause, as the short answer


def test_a_cause_among_the_problems_reported_answers(why_qa) -> None:
    answer = why_qa.ask("苇川高新区工业增加值负增长是什么原因？")
    assert not answer["abstained"] and "出口订单减少" in answer["answer"] and "出口订单减少" in answer["short"]
    assert "闲置厂房" not in answer["answer"]  # the next part of the sentence tells another problem


def test_a_way_before_a_colon_stays_with_what_it_explains(why_qa) -> None:
    answer = why_qa.ask("鹭湾瑞拓项目为啥19天就能开工？")
    assert not answer["abstained"] and "拿地即开工" in answer["answer"] and "区域评估" in answer["answer"]


def test_why_after_a_figure_asks_about_that_figure(why_qa) -> None:
    answer = why_qa.ask("为什么下降了？", history=["鹭湾经开区1-2月营业收入多少？"])
    assert not answer["abstained"] and "停产检修" in answer["answer"]
