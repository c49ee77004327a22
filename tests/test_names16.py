"""Names asked by sentence structure (round name16): the subject written before the predicate the question turns into
a qualifier (主体结构封顶的是什么, 产值9.7亿元的是什么产品, 与谁签约), a name after what qualifies it (新组建的…公司, 龙头企业…
集团), the agent of a passive (经省政府批复), a thing done after the question's verb (举办什么招商活动), names listed before
等, a count that names nothing (6家, asked 哪几家), a later period's plans read in the issue setting them, an honour verb
the documents write otherwise (被评为 ↔ 获评), a 率 that qualifies a noun (功率半导体). An invented county brief through
the real index, and the pure parts."""
from __future__ import annotations

import pytest

from qa.asked import without_rate_nouns
from qa.items import item_span
from qa.organisations import doer_span
from qa.short import short_span
from qa.subject import subject_span
from tests.conftest import index_one

_BRIEF = """上半年全市开发区工作专报
沭阳市商务局 2026年07月18日

01
总体情况

上半年，全市开发区（园区）实现营业收入512.6亿元，同比增长7.1%；新签约亿元以上项目28个。

02
县区亮点

【岱口区】岱口高新区实现营业收入136.2亿元，同比增长8.4%。岱口高新区与芯岳半导体签约功率器件封测项目，总投资约26亿元。2.岱口高新区储能装备产业园二期主体结构封顶，已签约入驻企业11家。

【蓼渡县】蓼渡工业园实现营业收入48.7亿元，同比增长9.3%，其中预制菜产值6.4亿元；新引进食品加工企业7家。蓼渡工业园获评省级循环化改造示范试点。

【栖川县】栖川经开区营业收入同比下降3.2%，主要是铸造龙头企业湖州铖锋铸业集团栖川基地停产检修。栖川经开区扩区方案经省政府批复，规划面积扩至16.5平方公里。栖川经开区把招商职能交给新组建的栖川产业发展运营公司。

03
下步打算

一是举办新能源装备产业招商推介会；二是组织开发区企业参加进博会等重点展会；三是力争前三季度新签约亿元以上项目40个以上。
"""


@pytest.fixture(scope="module")
def brief_qa(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("names16"), "2026-07-zhuanbao.txt", _BRIEF, embedding)


def test_the_subject_written_before_the_predicate_asked() -> None:
    sentence = "2.岱口高新区储能装备产业园二期主体结构封顶，已签约入驻企业11家。"
    assert subject_span("岱口高新区主体结构封顶的是什么？", sentence) == "储能装备产业园二期"
    assert subject_span("产值6.4亿元的是什么产品？", "蓼渡工业园实现营业收入48.7亿元，其中预制菜产值6.4亿元。") == "预制菜"
    assert subject_span("跟岱口高新区签下功率器件封测项目的是哪家企业？",
                        "岱口高新区与芯岳半导体签约功率器件封测项目，总投资约26亿元。") == "芯岳半导体"
    assert subject_span("岱口高新区主体结构封顶的是什么？", "岱口高新区实现营业收入136.2亿元。") is None


def test_a_name_after_its_qualifier_and_the_kind_asked() -> None:
    assert item_span("招商职能交给了哪家公司？", "栖川经开区把招商职能交给新组建的栖川产业发展运营公司。") == "栖川产业发展运营公司"
    assert item_span("营收下降是因为哪家龙头企业？",
                     "主要是铸造龙头企业湖州铖锋铸业集团栖川基地停产检修。") == "湖州铖锋铸业集团"


def test_the_agent_of_a_passive_the_thing_done_and_names_before_deng() -> None:
    assert doer_span("扩区方案是由谁批复的？", "栖川经开区扩区方案经省政府批复，规划面积扩至16.5平方公里。") == "省政府"
    assert short_span("下一步打算举办什么招商活动？", "一是举办新能源装备产业招商推介会；") == "新能源装备产业招商推介会"
    assert short_span("准备组织企业参加什么展会？", "二是组织开发区企业参加进博会等重点展会；") == "进博会"
    assert short_span("新引进的食品加工企业都是哪几家？", "新引进食品加工企业7家。") is None  # a count names none


def test_a_rate_word_qualifying_a_noun_asks_no_figure() -> None:
    assert "率" not in without_rate_nouns("投产的功率半导体项目是哪家公司的？")
    assert "出租率" in without_rate_nouns("标准厂房出租率是多少？")


def test_names_asked_by_structure_through_the_index(brief_qa) -> None:
    assert brief_qa.ask("上半年岱口高新区主体结构封顶的是什么？")["short"] == "储能装备产业园二期"
    assert brief_qa.ask("蓼渡工业园产值6.4亿元的是什么产品？")["short"] == "预制菜"
    assert brief_qa.ask("跟岱口高新区签下功率器件封测项目的是哪家企业？")["short"] == "芯岳半导体"
    assert brief_qa.ask("栖川经开区扩区方案是由谁批复的？")["short"] == "省政府"
    assert brief_qa.ask("栖川经开区营收下降主要是因为哪家龙头企业？")["short"] == "湖州铖锋铸业集团"


def test_a_count_is_no_name_and_an_honour_verb_is_read_as_written(brief_qa) -> None:
    withheld = brief_qa.ask("蓼渡工业园新引进的食品加工企业都是哪几家？")
    assert withheld["abstained"] and "7家" not in withheld["answer"]
    honour = brief_qa.ask("蓼渡县哪个园区被评为省级循环化改造示范试点？")  # the brief writes 获评
    assert not honour["abstained"] and honour["short"] == "蓼渡工业园"


def test_plans_of_a_later_period_are_read_in_the_issue_setting_them(brief_qa) -> None:
    result = brief_qa.ask("下半年准备举办什么招商活动？")
    assert not result["abstained"] and result["short"] == "新能源装备产业招商推介会"
