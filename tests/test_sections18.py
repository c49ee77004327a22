"""Lists, summaries and ways asked of bulletin shapes the rules had not met: a box whose title stands on a line of its
own (专栏：营商环境, 典型案例) above a passage that never repeats it, a section of work under way (重点工作推进) that tells
how things were done and is no plan, a way written by another word in the period asked (主要靠…) than in an earlier
issue (…的做法是), and a follow-up naming only a period (上半年呢？简要概括, 那上半年是怎么做的？) that keeps the place
asked before; a year's 年 that starts no abbreviation (2025年下一步 is no 年初下降). Small invented bulletins through the real loaders, index and pipeline, with the real model."""
from __future__ import annotations

import pytest

from qa.abbreviations import spelled_out
from qa.pipeline import BulletinQA
from tests.conftest import index_files, index_one

BOXES = """某省开发区建设动态
2025年第2期
今年上半年，全省开发区主要经济指标保持平稳增长。现将岷江、澧阳两市开发区上半年工作情况摘编如下。
岷江市
一、运行态势
1-6月，全市开发区完成营业收入836.2亿元，同比增长7.4%；固定资产投资144.8亿元，同比增长10.2%。
二、工作亮点
1.招商引资提质增效。上半年新签约项目31个，总投资208.6亿元。
2.创新动能加快集聚。岷江高新区研发经费投入17.3亿元，新认定专精特新企业14家。
专栏：营商环境
岷江高新区推行“预审即受理”审批模式，企业项目审批平均用时压缩至11个工作日，已有19个项目享受该模式。
三、问题与不足
一是外贸承压明显，机电产品出口下降；二是专业化招商人才缺乏。
四、下阶段打算
一是冲刺全年目标，确保全年营业收入突破1700亿元；二是四季度组织开展“招商月”活动。
澧阳市
一、运行态势
1-6月，全市开发区完成营业收入512.7亿元，同比增长6.1%；固定资产投资88.3亿元，同比增长8.6%。
二、工作亮点
1.园区平台建设提速。澧阳经开区完成规划环评，新拓展发展空间4.2平方公里。
2.服务保障更加有力。建成人才公寓600套，园区企业用工缺口较年初下降三成。
典型案例
澧阳综保区推行“通关一件事”改革，企业货物通关时间由原来的30小时压缩至6小时以内。
三、问题与不足
营业收入增速放缓，研发投入不足。
四、下阶段打算
一是力争全年营业收入增长7%；二是推进澧阳综保区二期建设。
"""

MONTH = """某省开发区运行监测通报
2025年第8期
一、总体运行情况
1—8月，全省开发区实现营业收入18,642.7亿元，同比增长6.3%。
二、主要成效
（一）项目建设提速。
岷江市：1—8月岷江经济技术开发区新开工亿元以上项目46个。
澧阳市：澧阳高新区前8个月新增规上工业企业37家。
（二）开放型经济回稳。
沅陵市：沅陵经开区实际使用外资1.35亿美元，新设外资企业11家。
三、重点工作推进
岷江市推行“拿地即开工”审批模式，岷江高新区8个项目实现拿地当月开工。澧阳市在栖霞经济开发区试点“厂房按揭”，已有19家企业通过该方式入驻。沅陵市组织开发区开展“链主企业+配套企业”对接会4场。
四、存在问题
一是外资持续下滑；二是投资增长乏力。
五、下一阶段工作打算
一是开展“百日攻坚”行动；二是组织赴粤港澳大湾区专题招商。
"""

FEB = """某省开发区工作通报
2026年第1期
一、全省开发区运行情况
1-2月，全省开发区实现营业收入1528.6亿元，同比增长7.6%。
二、各市开发区工作进展
岷江市　1-2月，全市开发区实现营业收入386.4亿元，同比增长11.6%。岷江市的做法是推行“链长+园长”双长制：由市商务局牵头，为每条主导产业链明确1名市级链长，按周调度在谈项目。
澧阳市　1-2月，全市开发区实现营业收入230.3亿元，同比增长4.3%。澧阳市的做法是推行“标准地+承诺制”供地：企业签订承诺书后即可拿地开工。
沅陵市　1-2月，全市开发区实现营业收入147.3亿元，同比增长10.1%。沅陵市的做法是打造“关银一KEY通”通关服务，企业通关时间压缩至平均1.6小时。
"""

JUNE = """某省开发区工作通报
2026年第3期
一、全省开发区运行情况
上半年，全省开发区实现营业收入5164.7亿元，同比增长8.9%。
二、各市开发区工作进展
【岷江市】上半年，全市开发区实现营业收入1287.0亿元，同比增长12.8%。岷江市扭转下滑主要靠“一企一策”帮扶：由市工业和信息化局牵头，对营业收入下降的28家重点企业逐一制定帮扶方案。
【澧阳市】上半年，全市开发区实现营业收入767.1亿元，同比增长6.4%。澧阳市的做法是建设“厂房超市”：中小项目“拎包入驻”，上半年入驻项目16个。
【沅陵市】上半年，全市开发区实现营业收入490.7亿元，同比增长9.2%。沅陵市的做法是发展“保税维修”新业态，上半年保税维修产值3.85亿元。
"""


@pytest.fixture(scope="module")
def boxes(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("boxes18"), "2025-07-jianshe-dongtai.txt", BOXES, embedding)


@pytest.fixture(scope="module")
def month(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("month18"), "2025-09-jiance-tongbao.txt", MONTH, embedding)


@pytest.fixture(scope="module")
def issues(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("issues18"), {"2026-03-tongbao-di1qi.txt": FEB,
                                                             "2026-07-tongbao-di3qi.txt": JUNE}, embedding)


def _regions(result: dict) -> set:
    return {c["region"] for c in result["citations"]}


@pytest.mark.parametrize("question", ["岷江市靠什么优化营商环境？", "岷江市营商环境方面有什么做法？"])
def test_a_box_titled_by_its_topic_answers_a_way_of_that_topic(boxes, question) -> None:
    result = boxes.ask(question)
    assert not result["abstained"] and "预审即受理" in result["answer"] and "11个工作日" in result["answer"]
    assert _regions(result) == {"岷江"}


def test_a_box_titled_as_a_case_answers_a_typical_experience(boxes) -> None:
    result = boxes.ask("澧阳市有什么典型经验？")
    assert not result["abstained"] and "通关一件事" in result["answer"] and "6小时以内" in result["answer"]
    assert _regions(result) == {"澧阳"}


@pytest.mark.parametrize("question, way", [("澧阳市1—8月是怎么做的？", "厂房按揭"), ("沅陵市是怎么做的？", "链主企业+配套企业")])
def test_work_under_way_tells_how_a_place_did_it(month, question, way) -> None:
    result = month.ask(question)
    assert not result["abstained"] and way in result["answer"]
    assert _regions(result) == {question[:2]}


def test_work_under_way_is_no_plan(month) -> None:
    answer = month.ask("1—8月下一阶段工作打算有哪些？")["answer"]
    assert "百日攻坚" in answer and "厂房按揭" not in answer and "拿地即开工" not in answer


def test_a_way_written_in_other_words_in_the_period_asked(issues) -> None:
    result = issues.ask("岷江市上半年是怎么做的？")
    assert not result["abstained"] and "一企一策" in result["answer"] and "链长+园长" not in result["answer"]
    assert _regions(result) == {"岷江"}


def test_a_follow_up_naming_a_period_and_a_way_keeps_the_place(issues) -> None:
    result = issues.ask("那上半年是怎么做的？", history=["岷江市1-2月有什么经验做法？"])
    assert "一企一策" in result["answer"] and _regions(result) == {"岷江"}


@pytest.mark.parametrize("follow_up", ["上半年呢？简要概括", "那上半年呢，概括一下"])
def test_a_follow_up_naming_a_period_and_a_summary_keeps_the_place(issues, follow_up) -> None:
    result = issues.ask(follow_up, history=["澧阳市1-2月运行情况怎么样？"])
    assert "767.1亿元" in result["answer"] and "1287.0亿元" not in result["answer"]
    assert _regions(result) == {"澧阳"}


def test_a_years_unit_starts_no_abbreviation(boxes) -> None:
    corpus = boxes._state[1]
    assert spelled_out("岷江市2025年下一步怎么安排？", corpus) == "岷江市2025年下一步怎么安排？"
    answer = boxes.ask("岷江市2025年下一步怎么安排？")["answer"]
    assert "冲刺全年目标" in answer and "招商月" in answer
