"""Fresh wordings blind26 wrote, answered by rules of Chinese and of bulletin layout. Two small invented issues of a
news digest (芩沅省, its cities, zones, firms and every figure made up) through the real loader, index and pipeline.

- A firm written right after its kind (龙头企业[岚峤储能]三期项目…) is the firm a 龙头企业是哪家 question asks for; a
  period written after a zone (某高新区[一季度]生产…) is when, no firm; a bracketed item label (【信息2】) opens an
  item as a bullet does, no subject of it.
- The places a sentence lists as the first N (甲、乙、丙位列…前三位) are written in the order of their positions: the
  n-th is the one 排第n/头名 asks for; a list of fewer than N names no order. 头名 asks position 1.
- A way and a figure asked in one sentence (供地是咋做的，拿地到开工缩到多少天) are two questions: the way's item and the
  figure are both answered.
- 整改 asks what is done about a problem: a zone's problem and its 整改措施 asked is answered by the row of an
  inspection table holding both, not withheld as a list of problems the bulletin's problem section does not hold.
"""
from __future__ import annotations

import pytest

from qa.items import item_span
from qa.pipeline import BulletinQA
from qa.two_asks import parts_asked
from tests.conftest import index_files

_HEAD = "开发区工作动态\n{issue}\n芩沅省商务厅开发区处　　{date}\n\n"
DIGESTS = {
    "2026-01-dongtai-di1qi.txt": ("2026年第1期", "2026年1月18日", [
        "编者按：2025年，全省开发区主要指标保持平稳增长。现将各市报送的2025年全年工作情况编发如下。",
        "【信息1】莳川经开区全年实现营业收入612.4亿元\n莳川经开区2025年实现营业收入612.4亿元，同比增长6.9%。"
        "（莳川市商务局供稿）",
        "【信息2】蔺阳高新区储能电池产业链产值超200亿元\n蔺阳高新区2025年储能电池产业链实现产值超200亿元，同比增长18.4%，"
        "集聚上下游企业36家。龙头企业岚峤储能三期项目11月建成投产，新增产能12GWh。（蔺阳市商务局供稿）"]),
    "2026-04-dongtai-di4qi.txt": ("2026年第4期", "2026年4月16日", [
        "编者按：一季度，全省开发区开局平稳。现将各市报送的一季度工作动态编发如下。",
        "【信息1】蔺阳高新区一季度储能电池产量同比增长31.6%\n蔺阳高新区一季度生产储能电池约6.4GWh，同比增长31.6%；"
        "实现营业收入98.7亿元，同比增长11.2%。（蔺阳市商务局供稿）",
        "【信息2】莳川经开区一季度营业收入同比增长7.1%\n莳川经开区一季度实现营业收入150.3亿元，同比增长7.1%。"
        "（莳川市商务局供稿）"]),
}
RANKING = ("2026-02-pingjia-tongbao.txt",
           "2025年全省开发区综合发展水平评价结果通报\n芩沅省商务厅　　2026年2月10日\n\n"
           "2025年，全省开发区实现营业收入8426.5亿元，同比增长6.2%。\n"
           "经综合评价，莳川经济技术开发区、蔺阳高新技术产业开发区、莳川综合保税区位列2025年度全省开发区综合发展水平"
           "前三位。莳川经开区、蔺阳高新区跻身全省开发区营业收入前五名。\n")


WORK_REPORT = ("2026-01-zhuanbao-quannian.txt",
               "开发区工作专报\n2025年全年\n苕州市商务局　　2026年1月15日\n\n"
               "一、总体情况\n2025年，全市开发区实现营业收入826.4亿元，同比增长7.7%。\n\n"
               "二、经验做法\n（一）“链长+园长”双长制。椿岭县由县领导任链长，全年招引配套企业19家。\n"
               "（二）“先租后让”供地。桤川经开区新出让工业用地实行弹性年期出让，平均拿地到开工时间由60天缩短至40天。\n"
               "（三）闲置厂房盘活。椿岭县建立闲置厂房台账，全年盘活厂房3.2万平方米。\n")
INSPECTION = ("2026-04-ducha-tongbao.txt",
              "关于一季度全省开发区重点工作督查情况的通报\n芩沅省商务厅　　2026年4月20日\n\n"
              "一、总体情况\n一季度，全省开发区实现营业收入1986.2亿元，同比增长6.4%。\n\n"
              "二、存在问题及整改要求\n督查发现，部分开发区仍存在项目开工滞后等问题，具体见下表。\n"
              "| 序号 | 市 | 开发区 | 主要问题 | 整改措施 | 完成时限 |\n"
              "| 1 | 莳川市 | 莳川经济技术开发区 | 2个亿元以上项目用地未供应，开工滞后 | 加快用地组卷报批，倒排工期 | 2026年7月底前 |\n"
              "| 2 | 蔺阳市 | 蔺阳高新技术产业开发区 | 标准厂房空置率偏高 | 制定招商盘活方案 | 2026年10月底前 |\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _HEAD.format(issue=issue, date=date) + "\n\n".join(parts) + "\n"
             for name, (issue, date, parts) in DIGESTS.items()} | dict([RANKING, WORK_REPORT, INSPECTION])
    return index_files(tmp_path_factory.mktemp("blindfix26"), files, embedding)


@pytest.mark.parametrize("question", ["蔺阳高新区储能电池的龙头企业是哪家", "蔺阳高新区的龙头企业叫什么名字",
                                      "2025年蔺阳高新区储能电池的龙头企业是哪一家"])
def test_a_firm_written_after_its_kind_is_the_one_asked(qa, question):
    answer = qa.ask(question)
    assert "岚峤储能" in answer["answer"], answer["answer"]
    assert all(c["period"] == "2025年全年" for c in answer["citations"]), answer["citations"]
    assert "一季度" not in answer["short"] and "信息" not in answer["short"], answer["short"]


def test_what_the_kind_did_names_no_firm():
    asked = "哪家龙头企业带动作用不强"
    for sentence in ("1.龙头企业带动作用不强。", "龙头企业一季度停产检修。", "龙头企业和配套项目同步招引。", "龙头企业偏少。"):
        assert item_span(asked, sentence) is None, sentence
    assert item_span("甲区的链主企业是哪家", "链主企业星岚光电实现营业收入12亿元。") == "星岚光电"


def test_a_period_after_the_zone_is_no_firm():
    asked = "蔺阳高新区储能电池的龙头企业是哪家"
    assert item_span(asked, "蔺阳高新区一季度生产储能电池约6.4GWh，同比增长31.6%。") is None
    assert item_span("榉湾经开区哪家企业生产储能电池", "榉湾经开区一季度恒川科技年产5GWh储能电池项目投产") == "恒川科技"


@pytest.mark.parametrize("question, first", [("2025年度全省开发区综合发展水平排头名的是哪家", "莳川经济技术开发区"),
                                             ("2025年综合发展水平排第一的是哪个开发区", "莳川经济技术开发区"),
                                             ("2025年综合发展水平位列第二的开发区是哪家", "蔺阳高新技术产业开发区")])
def test_the_places_listed_as_the_first_n_are_in_their_order(qa, question, first):
    answer = qa.ask(question)
    assert answer["short"] == first, answer["answer"]
    assert "前三位" in answer["answer"]  # the sentence quoted whole: the reader sees it lists the first three


def test_a_list_of_fewer_than_n_names_no_order(qa):
    answer = qa.ask("2025年全省开发区营业收入排第一的是哪家")
    assert not answer["short"].startswith(("莳川经开区", "莳川经济技术开发区")), answer["answer"]


@pytest.mark.parametrize("question", ["2025年桤川经开区供地是咋做的，拿地到开工缩到多少天",
                                      "2025年桤川经开区拿地到开工时间缩短到了多少天，是怎么做到的",
                                      "2025年桤川经开区用地保障采取了什么办法，拿地到开工压到多少天"])
def test_a_way_and_a_figure_asked_together_are_both_answered(qa, question):
    answer = qa.ask(question)
    assert "先租后让" in answer["answer"] and "40天" in answer["answer"], answer["answer"]


def test_a_way_and_a_figure_are_two_parts_and_two_figures_one():
    assert parts_asked("甲经开区供地是咋做的，拿地到开工缩到多少天") == ["甲经开区供地是咋做的？", "拿地到开工缩到多少天"]
    assert len(parts_asked("甲经开区营收多少，增长多少")) == 1  # two figures of one sentence: read together first
    assert len(parts_asked("甲经开区是怎么招商的")) == 1
    for trend in ("甲经开区营收几宗，一路怎么变的", "甲经开区营收各是多少，趋势如何", "增速是怎么由负转正的，把几期数据说一下"):
        assert len(parts_asked(trend)) == 1, trend  # how a figure went: one trend question, no way of doing


@pytest.mark.parametrize("question, measure, deadline", [
    ("莳川经开区开工滞后的问题，整改措施和时限是啥", "加快用地组卷报批", "2026年7月底前"),
    ("蔺阳高新区厂房空置的问题怎么整改，啥时候完成", "制定招商盘活方案", "2026年10月底前")])
def test_a_problems_rectification_is_its_rows_measure(qa, question, measure, deadline):
    answer = qa.ask(question)
    assert measure in answer["answer"] and deadline in answer["answer"], answer["answer"]
