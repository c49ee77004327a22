"""A summary's line carries what its item says, not only its first figures: a sentence that fits a line whole (what
follows the figures says why, or what was done), a place's short paragraph whole, the paragraph of an item whose
title stands alone, the aim written before a sentence's inline items; and a place's 主要情况 or what a meeting heard
(汇报了啥) asks a summary. An invented 调研报告 of 岚州省 (its cities, zones and every figure made up) through the real
loader, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

REPORT = ("2026-07-diaoyan-baogao.txt",
          "关于岚州省开发区高质量发展情况的调研报告\n岚州省商务厅　　2026年7月20日\n\n"
          "6月中旬，省商务厅组成调研组，赴澴川、泺阳、溆滨3市开展实地调研。现将有关情况报告如下。\n\n"
          "一、基本情况\n"
          "上半年，全省开发区实现营业收入1842.6亿元，同比增长7.4%。\n"
          "1.澴川市。澴川经开区上半年实现营业收入418.6亿元，同比增长6.3%，增速比一季度回落0.4个百分点；"
          "实际使用外资0.57亿美元。精密铸件产业受整机订单下滑影响较大。\n"
          "2.泺阳市。泺阳高新区上半年实现营业收入296.4亿元，同比增长11.8%，增速继续居全省首位；实际使用外资0.33亿美元，"
          "同比增长6.5%。高新区在光电芯片和智能终端两条产业链上错位发展，芯片设计、封装测试和整机制造分别布局在三个片区，"
          "已形成较为完整的产业生态。\n"
          "3.溆滨市。溆滨经开区和溆滨综保区上半年合计实现营业收入271.1亿元，同比增长3.5%，低于全省平均3.9个百分点，"
          "两区营业收入分别占全市开发区的76.5%和23.5%，其中溆滨综保区进出口总额63.8亿元，为全市外贸主要支撑。\n\n"
          "二、主要成效\n"
          "（一）主导产业加快集聚\n"
          "各开发区围绕主导产业精准招商，上半年新签约亿元以上项目47个，协议投资额538亿元。\n"
          "（二）体制机制改革持续深化\n"
          "1.推行“园区管家”制度。每个园区配备专职管家，企业诉求一周内办结。\n"
          "2.推进标准地出让。上半年新增工业用地按标准地出让比例达到81.2%。\n\n"
          "三、重点开发区运行情况\n"
          "溆滨经开区实现营业收入207.3亿元，同比增长4.1%；完成园区污水管网改造。"
          "溆滨综保区实现进出口总额63.8亿元，同比下降3.2%，主要受龙头企业停产检修影响，预计三季度将由负转正。\n\n"
          "四、下半年工作安排\n"
          "下半年，全省开发区将围绕“稳链强链”目标，重点抓好三项工作：一是开展项目攻坚；二是深化标准地改革；"
          "三是强化要素保障。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("summary29"), dict([REPORT]), embedding)


# (question, what its answer must say, why)
CARRIED = [
    # 澴川's paragraph: its figures, then a sentence of none saying what weighs on it
    ("调研报告里澴川的情况简单介绍一下", ("418.6亿元", "0.57亿美元", "整机订单下滑")),
    # 泺阳's one paragraph runs past a line's reach: it is the whole of what its section says of 泺阳
    ("调研报告里泺阳这块写了些啥", ("296.4亿元", "错位发展")),
    # what follows a sentence's last figure (what was done, why it fell) stays with the figures
    ("溆滨上半年开发区情况简要说说", ("207.3亿元", "完成园区污水管网改造")),
    ("溆滨综保区上半年情况简要说说", ("63.8亿元", "主要受龙头企业停产检修影响")),
    # （一）主导产业加快集聚 stands alone on its line; what it says is the paragraph under it
    ("调研报告主要成效这部分概述一下", ("538亿元", "81.2%")),
    # the aim written before the plans' inline items (围绕“稳链强链”目标，重点抓好三项工作：一是…)
    ("调研报告的下半年工作安排概括一下", ("稳链强链", "开展项目攻坚")),
]


@pytest.mark.parametrize("question, said", CARRIED)
def test_a_summary_line_carries_what_its_item_says(qa, question, said):
    answer = qa.ask(question)["answer"]
    assert all(s in answer for s in said), answer


@pytest.mark.parametrize("question, figure", [
    ("泺阳市开发区上半年的主要情况", "296.4亿元"), ("调研组在泺阳听取汇报了啥", "296.4亿元"),
    ("这份调研报告反映了什么", "1842.6亿元"), ("调研报告说的啥", "1842.6亿元"), ("调研报告的要点", "1842.6亿元"),
    ("调研报告的主要精神是什么", "1842.6亿元"), ("调研报告的核心内容", "1842.6亿元")])
def test_a_main_state_or_what_a_report_told_asks_a_summary(qa, question, figure):
    """主要情况, 汇报了啥, 反映了什么, 说的啥, 要点, 主要精神, 核心内容: the whole asked, not one figure or name."""
    answer = qa.ask(question)
    assert answer["kind"] == "summary" and figure in answer["answer"], answer["answer"]


def test_a_long_sentence_is_still_cut_within_reach(qa):
    """A guard: the whole's opening sentence is short; a line never runs past a line's reach into the next item."""
    answer = qa.ask("调研报告里澴川的情况简单介绍一下")["answer"]
    assert "296.4亿元" not in answer, answer
