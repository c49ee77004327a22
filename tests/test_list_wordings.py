"""Lists, summaries and ways asked in words the earlier rules were not written for: 主要抓了哪些工作 and 主要做法 (the
要 of 主要 is no plan), 有何经验做法 (a way), 基本情况 and 整体怎么样 (a summary), 靠什么吸引 (an aim's verb); and how
the answers read: one numbering, an item without figures by its first clause, an item's figures in its second sentence
cited apart, a target quoted with the measure after it. Small invented bulletins, through the real loaders, index and
pipeline."""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.meanings import asks_plans, tells_plans
from qa.pipeline import BulletinQA
from tests.conftest import index_one

BULLETIN = """某省开发区工作动态
2025年第3期
今年前三季度，全省开发区主要经济指标保持平稳增长。
青崖市
一、运行态势
1-9月，青崖经开区实现营业收入196.4亿元，同比下降3.1%；固定资产投资43.8亿元，同比增长5.2%。入驻企业达到312家。
二、工作亮点
一是强化指标调度。建立重点规模以上工业企业运行情况表、重点工业项目投资完成情况表、发展水平指标完成情况表等台账，逐月分析指标完成情况。1-9月，全市开发区规上工业增加值完成31.25亿元。
二是外资招商以商引商。市商务局牵头建立外资企业“服务专员”制度，为已落户的9家外资企业各配备1名服务专员，依托存量外资企业开展以商引商，新引进外资项目4个。
三、问题与不足
营业收入持续负增长，传统建材产业占比偏高，达到61.2%；园区道路欠账较多。
四、下阶段打算
一是力争全年营业收入止跌回稳；二是全力推进总投资18亿元的新材料产业园建设，确保12月底前一期投产；三是争创省级绿色园区。
白沙市
一、运行态势
1-9月，白沙高新区实现营业收入88.6亿元，同比增长6.4%。
二、主要做法
（1）推行“园区管家”服务。为每个落地项目配备1名管家，全程代办审批事项，项目平均投产周期缩短近3个月。
（2）深化亩均评价改革。对园区企业开展亩均效益综合评价，实行用地、用能差别化政策，推动停产企业提前复产。
（3）发展跨境电商新业态。组织本地企业入驻跨境电商平台，新建公共海外仓2个。
三、下阶段打算
一要冲刺全年目标。全年营业收入力争突破120亿元。
二要深化开发区改革。年底前完成开发区“亩均论英雄”综合评价，评价结果与用地指标分配挂钩。
三要建成跨境电商监管中心。年底前建成跨境电商监管中心并投入运营。
"""

COUNTIES = """某市园区经济运行简报（2026年第2期）
2026年上半年，全市园区主要经济指标稳中有升。
芷川区
运行情况
■ 1-6月，芷川区园区规上工业增加值49.6亿元，同比增长11.5%。
困难问题
■ 高端人才供给不足，工程师缺口约800人；标准厂房出租率下降到78.4%。
桐岭县
运行情况
■ 上半年，桐岭县园区完成规上工业增加值26.4亿元，同比增长7.1%。
"""


@pytest.fixture(scope="module")
def counties(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("bullets"), "2026-07-b.txt", COUNTIES, embedding)


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("wordings"), "2025-10-a.txt", BULLETIN, embedding)


@pytest.mark.parametrize("question, kind", [
    ("桐溪经开区抓项目有何经验做法？", "how"), ("有何好办法", "how"), ("有何举措", "list"), ("有何打算", "list"),
    ("槐安县上半年园区基本情况", "summary"), ("雁丘前三季度整体怎么样？", "summary"),
    ("全省开发区运行总体上如何？", "summary"), ("整体怎么提升", "how"), ("鹤鸣前三季度开发区发展态势如何", "summary"),
    ("青山有什么值得借鉴的地方", "how"), ("岚溪的经验是什么", "how"), ("鹤鸣高新区怎么做到研发投入占比3.3%的", "how"),
    ("白河采取了哪些措施稳外贸", "how"), ("有哪些措施和成效", "list"), ("采取了哪些举措？", "list"),
    ("桐溪经开区上半年总结的典型经验具体是哪一条？", "name"), ("总结一下", "summary"),
])
def test_ways_and_wholes_asked_in_other_words(question: str, kind: str) -> None:
    assert classify(question) == kind


def test_the_yao_of_zhuyao_is_no_plan() -> None:
    assert not asks_plans("晋中上半年主要抓了哪些工作？") and not tells_plans("主要做法")
    assert asks_plans("下一步主要任务") and asks_plans("要抓哪些工作") and tells_plans("下阶段打算")


def test_what_was_mainly_done_is_listed_not_withheld(qa: BulletinQA) -> None:
    answer = qa.ask("青崖市前三季度主要抓了哪些工作？")
    assert answer["kind"] == "list" and not answer["abstained"]
    assert "强化指标调度" in answer["answer"] and "止跌回稳" not in answer["answer"]


def test_a_list_shows_one_numbering(qa: BulletinQA) -> None:
    answer = qa.ask("白沙市有哪些主要做法？")
    assert "1. 推行“园区管家”服务" in answer["answer"] and "2. 深化亩均评价改革" in answer["answer"]
    assert "（1）" not in answer["answer"] and "（2）" not in answer["answer"]


def test_a_bullet_gives_way_to_the_number(counties: BulletinQA) -> None:
    answer = counties.ask("芷川区上半年有啥短板？")
    assert "工程师缺口约800人" in answer["answer"] and "78.4%" in answer["answer"]
    assert "■" not in answer["answer"] and "26.4亿元" not in answer["answer"]


def test_a_county_asked_after_a_verb_is_named_whole(counties: BulletinQA) -> None:
    answer = counties.ask("说说芷川区上半年情况")  # jieba: 说 | 说 | 芷川区, no county 说芷川区
    assert answer["kind"] == "summary" and "49.6亿元" in answer["answer"] and "没有关于" not in answer["answer"]


def test_an_item_without_figures_is_shown_by_its_first_clause(qa: BulletinQA) -> None:
    answer = qa.ask("白沙市下阶段有什么打算？")
    assert "深化开发区改革：年底前完成开发区“亩均论英雄”综合评价" in answer["answer"]
    assert "用地指标分配挂钩" not in answer["answer"]  # its first clause, not the whole item


def test_an_items_figures_in_its_second_sentence_are_cited_apart(qa: BulletinQA) -> None:
    answer = qa.ask("简单说说青崖市前三季度开发区基本情况")
    assert answer["kind"] == "summary" and "196.4亿元" in answer["answer"] and "31.25亿元" in answer["answer"]
    assert "逐月分析指标完成情况" not in answer["answer"]  # the sentence between is not shown
    assert any(c["quote"] == "1-9月，全市开发区规上工业增加值完成31.25亿元" for c in answer["citations"])
    assert "88.6亿元" not in answer["answer"]


def test_a_places_zones_asked_how_they_are_doing_is_a_summary(qa: BulletinQA) -> None:
    answer = qa.ask("白沙市开发区前三季度怎么样？")
    assert answer["kind"] == "summary" and "88.6亿元" in answer["answer"] and "园区管家" in answer["answer"]


def test_a_way_asked_after_it_was_done_is_no_plan(qa: BulletinQA) -> None:
    answer = qa.ask("白沙市跨境电商怎么做起来的？")
    assert "公共海外仓" in answer["answer"] and "监管中心" not in answer["answer"]


def test_a_prose_sections_lead_is_its_first_sentences_figures(qa: BulletinQA) -> None:
    answer = qa.ask("青崖市前三季度整体怎么样？")
    assert "营业收入196.4亿元，同比下降3.1%；固定资产投资43.8亿元，同比增长5.2%[1]" in answer["answer"]
    # the lead is the first sentence's; the paragraph's next sentence is an item of its own, cited apart
    assert "2. 入驻企业达到312家[2]" in answer["answer"]


def test_a_target_is_quoted_with_the_measure_after_it(qa: BulletinQA) -> None:
    answer = qa.ask("青崖营收负增长如何破解？")
    assert "新材料产业园" in answer["answer"] and "绿色园区" not in answer["answer"]


def test_the_verb_a_list_is_asked_with_is_no_topic(qa: BulletinQA) -> None:
    answer = qa.ask("白沙市下阶段提了哪些打算？")
    assert answer["kind"] == "list" and "120亿元" in answer["answer"] and "18亿元" not in answer["answer"]


def test_the_aims_verb_is_not_looked_for_in_the_way(qa: BulletinQA) -> None:
    answer = qa.ask("青崖靠什么吸引外资？")  # its text writes 以商引商, not 吸引
    assert answer["kind"] == "how" and "服务专员" in answer["answer"]
