"""A way asked of what a bulletin writes only as results, in staff's words (靠啥, 有什么好经验, 是怎么做到的). One
invented issue of 岑沅省 (its cities, zones and every figure made up) through the real loader, index and pipeline.

- A way asked of a place whose passages tell only what came of the work (实现营业收入…，同比增长…; 新设…家，居全省首位;
  获评…) has no answer: the figures are not passed off as the way, the question is not answered.
- A way written by a verb no list holds (上线“企业服务码”, 推进闲置低效用地处置) is still answered: a clause telling neither a
  figure, a standing nor a state is taken as a way; so is a task assigned (…引进跨境电商企业12家 责任单位 …), whatever
  figure it sets.
- The means of a standing asked (增速全省最快是靠啥, 排名上升3位是怎么做到的) asks a way, not a comparison.
- A bulletin asked of as a whole by its kind, of no place (那期通报讲了啥, 通报简单介绍一下), is summarised with its own part
  (the whole's 总体情况) before its places'.
"""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_files

Q1 = ("2026-04-yunxing-tongbao.txt",
      "岑沅省开发区运行情况通报\n2026年第1期\n岑沅省商务厅　　2026年4月18日\n\n"
      "一、总体情况\n一季度，全省开发区实现营业收入1762.5亿元，同比增长6.9%；全省开发区新设外资企业88家，增长12.8%。\n\n"
      "二、分市情况\n（一）椤川市\n椤川经开区一季度实现营业收入312.6亿元，同比增长9.8%，增速居全省开发区首位；"
      "实际使用外资3260万美元，同比增长11.4%。其中椤川综合保税区新设外资企业27家，居全省开发区首位。\n"
      "（二）蔺塘市\n蔺塘高新区上线“企业服务码”，累计办结企业诉求418件，办结率99.2%。\n"
      "（三）茳浦市\n茳浦经济开发区一季度实现营业收入186.3亿元，同比下降1.2%。茳浦经开区推进闲置低效用地处置，盘活土地六百亩。\n"
      "（四）芩溪市\n芩溪食品园获评省级现代农业产业园，预制菜产值6.8亿元。\n\n"
      "三、重点工作\n茳浦市 重点工作 1.茳浦经开区引进跨境电商企业12家 责任单位 茳浦市商务局。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("howsum28"), dict([Q1]), embedding)


@pytest.mark.parametrize("question", ["椤川经开区是怎么吸引外资的？", "椤川综保区新设外资企业这么多，有什么好经验？",
                                      "芩溪食品园预制菜是靠什么做起来的？"])
def test_a_way_asked_of_results_alone_is_not_answered(qa, question):
    answer = qa.ask(question)
    assert answer["kind"] == "how" and answer["abstained"], answer["answer"]


@pytest.mark.parametrize("question, way", [("蔺塘高新区企业诉求办得这么快，有啥好经验？", "企业服务码"),
                                           ("茳浦经开区用地紧是怎么破的？", "闲置低效用地处置"),
                                           ("茳浦经开区跨境电商招商是怎么做的？", "跨境电商企业12家")])
def test_a_way_told_by_a_verb_no_list_holds_is_answered(qa, question, way):
    answer = qa.ask(question)
    assert not answer["abstained"] and way in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question", ["椤川经开区增速全省最快是靠啥？", "椤川经开区排名上升3位是怎么做到的？"])
def test_the_means_of_a_standing_asks_a_way(qa, question):
    assert classify(question) == "how"
    answer = qa.ask(question)
    assert answer["kind"] == "how" and answer["abstained"], answer["answer"]


@pytest.mark.parametrize("question", ["一季度那期通报讲了啥", "一季度运行情况通报简单介绍一下"])
def test_a_bulletin_asked_as_a_whole_opens_with_its_own_part(qa, question):
    answer = qa.ask(question)
    assert answer["kind"] == "summary" and "1762.5亿元" in answer["answer"], answer["answer"]
    assert "312.6亿元" in answer["answer"], answer["answer"]
