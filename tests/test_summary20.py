"""A summary asked as staff ask it: a report requested (汇报一下, 给我讲一下, 捋一捋, 工作小结), an overview's noun (概貌,
基本面, 运行状况, 综合情况), or a place with only how it is going (进展如何, 成效如何, 总的看怎么样, 发展得怎样) is answered
as the place's summary, every part cited from that place and period; a place no bulletin writes is withheld, also when
jieba cuts its name into characters (蕖|阳开发区) or tags a character it lacks (蕖) as no word; a way asked (说一下是怎么
做的) and a figure asked stay what they are.
One small invented issue (莳川省, its cities and every figure made up) through the real loader, index and pipeline."""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_one

BULLETIN = """莳川省开发区工作简报
2026年第1期
莳川省商务厅　　2026年4月20日

一、蓼溪市
（一）主要成效
1.工业经济稳步回升。一季度，全市开发区完成规模以上工业增加值64.82亿元，同比增长7.4%。
2.招商引资量质齐升。新签约项目27个，总投资118.6亿元。
（二）存在问题
一是要素保障偏紧，可供工业用地不足500亩；
二是专业招商人才缺乏。
（三）下步打算
1.开展项目攻坚。力争二季度新开工项目12个以上。

二、苎原市
（一）主要成效
1.外贸进出口逆势增长。一季度，全市开发区实现进出口总额21.37亿元，同比增长8.8%。
2.营商环境持续优化。苎原经开区推行“一窗通办”，办理审批事项312件。
（二）存在问题
一是龙头企业偏少。
（三）下步打算
1.扩大跨境电商规模。新引进跨境电商企业20家。
"""

ASKED_AS_REPORTS = ["汇报一下蓼溪一季度开发区情况", "蓼溪一季度开发区的情况汇报下", "给我讲一下蓼溪一季度开发区",
                    "捋一捋蓼溪一季度开发区的情况", "请简要汇报蓼溪市一季度开发区工作", "蓼溪一季度开发区工作小结",
                    "蓼溪开发区一季度的概貌", "蓼溪一季度开发区基本面", "蓼溪一季度开发区的运行状况",
                    "蓼溪开发区一季度综合情况", "蓼溪开发区一季度进展如何", "蓼溪一季度开发区成效如何",
                    "蓼溪开发区一季度总的看怎么样", "蓼溪一季度开发区发展得怎样",
                    # the newest, no topic: the newest bulletin covering the place (here its one issue)
                    "蓼溪开发区最近情况怎么样", "蓼溪开发区最新情况", "蓼溪开发区近况", "蓼溪市开发区今年以来的情况"]


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("summary20"), "2026-04-kaifaqu-jianbao-di1qi.txt", BULLETIN, embedding)


@pytest.mark.parametrize("question", ASKED_AS_REPORTS)
def test_a_report_asked_of_a_place_is_its_summary(qa, question):
    answer = qa.ask(question)
    assert answer["kind"] == "summary" and not answer["abstained"], (question, answer["kind"], answer["answer"])
    for said in ("工业经济稳步回升", "64.82亿元", "招商引资量质齐升"):
        assert said in answer["answer"], (question, said, answer["answer"])
    assert "21.37亿元" not in answer["answer"]  # 苎原's
    assert {c["region"] for c in answer["citations"]} == {"蓼溪"}, answer["citations"]
    assert {c["period"] for c in answer["citations"]} == {"2026年一季度"}


def test_the_issues_main_content_is_its_summary(qa):
    answer = qa.ask("这期简报的主要内容是什么")  # 内容: what it tells, no word its sentences must write
    assert answer["kind"] == "summary" and not answer["abstained"], answer["answer"]
    for said in ("工业经济稳步回升", "外贸进出口逆势增长"):
        assert said in answer["answer"], (said, answer["answer"])


def test_a_report_asked_of_a_topic_is_a_summary():
    for question in ("说一下苎原一季度开发区营商环境情况", "汇报一下苎原的外贸", "苎原开发区概要"):
        assert classify(question) == "summary", question


@pytest.mark.parametrize("question", ["汇报一下蕖阳市一季度开发区情况",  # 蕖: a character jieba's dictionary lacks
                                      "蕖阳开发区概况", "蕖阳一季度开发区情况怎么样",  # 蕖|阳 cut apart before
                                      "汇报一下蕖阳上半年园区情况", "蕖阳的开发区怎么样"])  # the zone word
def test_a_summary_of_a_place_no_bulletin_writes_is_withheld(qa, question):
    answer = qa.ask(question)
    assert answer["abstained"] and "蕖阳" in answer["answer"], (question, answer["answer"])
    assert not answer["citations"]


def test_a_summary_of_a_place_covered_and_one_not_says_which_is_not(qa):
    answer = qa.ask("蓼溪和蕖阳开发区情况")
    assert not answer["abstained"] and "64.82亿元" in answer["answer"], answer["answer"]
    assert "没有关于“蕖阳”的内容" in answer["answer"], answer["answer"]
    assert {c["region"] for c in answer["citations"]} == {"蓼溪"}, answer["citations"]


def test_what_a_zone_is_like_is_no_place(qa):
    answer = qa.ask("一季度新签约项目垫底的开发区是哪个？")
    assert "没有关于“垫底”" not in answer["answer"], answer["answer"]


def test_other_questions_with_report_words_keep_their_kind():
    assert classify("说一下蓼溪是怎么做到的") == "how"  # a way asked
    assert classify("汇报一下蓼溪新签约项目多少个") == "figure"
    assert classify("我在准备汇报材料，蓼溪规上工业增加值多少？") == "figure"
    assert classify("通报下一步有哪些安排") == "list"  # 下一步: not 通报一下
    assert classify("专报说下半年要抓好几项工作？") == "figure"  # 下半年: not 说一下
