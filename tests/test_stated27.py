"""A superlative or the first N that a sentence of the bulletin states is quoted before one worked out from a table
(stated27). Invented bulletins of 岚州省 (cities, zones and every figure made up) through the real loader and index.

- 进步最大 (排名提升最多, 位次上升最多) where a ranking table's ↑ column and a sentence (甲高新区…，为全省进步最快的开发区)
  both tell it: the sentence, naming the zone as the bulletin knows it, not the row's full name; a zone's entry
  (甲经开区：综合得分…，为全省进步最大的开发区) names the zone its sentence leaves out.
- 协议投资额增速排前三的市 where a sentence states it (协议投资额增速居前三位的是甲、乙、丙): that sentence, before a
  ranking of the cities' rates; a sentence of another measure's first three (营业收入居前三位的是…) answers no other.
"""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

RANKING = ("2026-02-kaohe-tongbao.txt",
           "2025年度岚州省开发区综合考核结果通报\n岚州省商务厅　　2026年2月12日\n\n"
           "一、考核结果\n2025年，全省开发区实现营业收入8426.5亿元，同比增长6.2%。综合考核结果如下。\n"
           "| 开发区 | 名次 | 所在市 | 综合得分 | 名次变化 |\n"
           "| 澜汀经济技术开发区 | 1 | 澜汀市 | 95.1 | — |\n"
           "| 栖梧高新技术产业开发区 | 2 | 栖梧市 | 93.4 | ↑4 |\n"
           "| 澜汀高新技术产业开发区 | 3 | 澜汀市 | 90.2 | ↓1 |\n"
           "| 蓼川经济技术开发区 | 4 | 蓼川市 | 88.7 | ↓1 |\n"
           "| 菱溪经济技术开发区 | 5 | 菱溪市 | 85.3 | ↑1 |\n\n"
           "二、表扬\n栖梧高新区得分93.4分，名次较上年上升4位，为全省进步最快的开发区。\n")
MIDYEAR = ("2025-08-pingjia-tongbao.txt",
           "2025年上半年岚州省开发区综合发展水平评价结果通报\n岚州省商务厅　　2025年8月6日\n\n"
           "一、评价结果\n| 开发区 | 位次 | 所在市 | 综合得分 | 较上期位次变化 |\n"
           "| 澜汀经济技术开发区 | 1 | 澜汀市 | 94.2 | — |\n"
           "| 蓼川经济技术开发区 | 2 | 蓼川市 | 90.6 | ↑3 |\n"
           "| 栖梧高新技术产业开发区 | 3 | 栖梧市 | 89.1 | ↓1 |\n"
           "| 菱溪经济技术开发区 | 4 | 菱溪市 | 80.4 | ↓2 |\n\n"
           "二、各开发区情况\n澜汀经开区：综合得分94.2分，居全省第1位。\n"
           "蓼川经开区：综合得分90.6分，较上期上升3位，为全省进步最大的开发区。\n"
           "菱溪经开区：综合得分80.4分，较上期下降2位。\n")
SIGNING = ("2026-07-zhuanti-tongbao.txt",
           "2026年上半年岚州省开发区招商引资专题通报\n岚州省商务厅　　2026年7月15日\n\n"
           "一、签约项目\n上半年，全省开发区新签约项目291个，协议投资额1549.8亿元，同比增长15.1%。"
           "协议投资额增速居前三位的是栖梧市、澜汀、蓼川市。营业收入居前三位的是澜汀市、蓼川市、栖梧市。\n"
           "澜汀市：澜汀经开区新签约项目80个，协议投资额402.6亿元，同比增长18.2%。\n"
           "栖梧市：栖梧高新区新签约项目71个，协议投资额346.7亿元，同比增长21.5%。\n"
           "蓼川市：蓼川经开区新签约项目90个，协议投资额600.4亿元，同比增长16.4%。\n"
           "菱溪市：菱溪经开区新签约项目50个，协议投资额200.1亿元，同比增长9.4%。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("stated27"), dict([RANKING, MIDYEAR, SIGNING]), embedding)


@pytest.mark.parametrize("question", ["2025年度考核进步最快的开发区是哪个？", "2025年度考核哪家开发区排名提升最多？",
                                      "去年考核中进步幅度最大的开发区是哪家"])
def test_the_move_a_sentence_states(qa, question):
    answer = qa.ask(question)
    assert answer["short"] == "栖梧高新区", (answer["short"], answer["answer"])
    assert "为全省进步最快的开发区" in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question", ["2025年上半年评价里进步最大的开发区是哪家？", "2025年上半年位次上升最多的开发区叫什么？"])
def test_the_move_a_zone_entry_states(qa, question):
    answer = qa.ask(question)
    assert answer["short"] == "蓼川经开区", (answer["short"], answer["answer"])
    assert "为全省进步最大的开发区" in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question", ["上半年协议投资额增速排前三的是哪几个市？", "上半年协议投资额增幅排在前三位的市有哪些？"])
def test_the_first_three_a_sentence_states(qa, question):
    answer = qa.ask(question)
    assert "协议投资额增速居前三位的是栖梧市、澜汀、蓼川市" in answer["answer"], answer["answer"]
    assert "营业收入居前三位" not in answer["answer"], answer["answer"]


def test_another_measure_s_first_three_answers_nothing_else(qa):
    answer = qa.ask("上半年新签约项目数排前三的是哪几个市？")
    assert "居前三位" not in answer["answer"], answer["answer"]
