"""Names by sentence structure, round name17: the place a sentence is filed under, cited from the line that names it
(【岱口区】, 二、蓼渡县; index/place_lines.py), a park the question itself names being no other place, a bullet (▪, →) and
the verb before a listed name, a bare kind that is part of the name (整车二期项目), and a place's figure given that answers
no 哪个产业. An invented county brief through the real index, and the pure parts."""
from __future__ import annotations

import re

import pytest

from index.place_lines import place_lines
from qa.compose.which import _asks_no_place
from qa.items import item_span
from qa.passage_place import passage_place
from qa.zone_span import lacks_zone
from qa.subject import subject_span
from tests.conftest import index_one

_BRIEF = """上半年全市开发区工作专报
沭阳市商务局 2026年07月18日

一、总体情况
上半年，全市开发区（园区）实现营业收入512.6亿元，同比增长7.1%；新签约亿元以上项目28个。

二、县区亮点
【岱口区】岱口高新区实现营业收入136.2亿元，同比增长8.4%。全区新签约亿元以上项目6个，其中沭阳钒拓储能电池项目总投资21亿元，已于4月开工。

【蓼渡县】蓼渡工业园实现营业收入48.7亿元，同比增长9.3%。县里推行“拿地即开工”审批模式，平均审批时限压缩至12个工作日。下一步，蓼渡工业园将举办预制菜产业招商推介会。

【栖川县】栖川经开区实现营业收入75.4亿元，同比增长5.2%。总投资8亿元的精密铸件产业园一期于6月18日投产。
"""


@pytest.fixture(scope="module")
def brief_qa(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("names17"), "2026-07-zhuanbao.txt", _BRIEF, embedding)


def test_the_line_naming_a_part_is_found_before_its_chunks() -> None:
    text = "二、县区亮点\n【岱口区】全区新签约项目6个。\n\n（三）琮州高新技术产业开发区（蕙山区）\n主要做法\n1．推行“科技副总”制度。"
    chunks = [{"id": "a", "start": 12, "end": 22, "region": "岱口", "zone": None, "text": text[12:22]},
              {"id": "b", "start": text.index("1．"), "end": len(text), "region": "琮州高新区", "zone": "琮州高新区",
               "text": text[text.index("1．"):]}]
    found = place_lines(chunks, text)
    assert found["a"] == (7, "【岱口区】")
    assert found["b"][1] == "（三）琮州高新技术产业开发区（蕙山区）"  # the zone written in full names its short form
    assert place_lines([{**chunks[0], "region": "蓼渡"}], text) == {}  # a line naming another place is no heading of it
    inline = "蓼渡县 全县开发区实现营业收入48.7亿元。\n岱口经开区 营业收入 136.2亿元"  # a lead its chunk holds (a bold run)
    assert place_lines([{"id": "c", "start": 0, "end": 21, "region": "蓼渡", "zone": None, "text": inline[:21]}],
                       inline) == {"c": (0, "蓼渡县")}
    assert place_lines([{"id": "d", "start": 22, "end": len(inline), "region": "岱口", "zone": None,
                         "text": inline[22:]}], inline[:22] + inline[22:]) == {}  # a zone's row names no city's part


def test_a_place_asked_of_a_sentence_naming_none_cites_the_line_naming_it(brief_qa) -> None:
    answer = brief_qa.ask("上半年开工的储能电池项目落户在哪个县区？")
    assert answer["short"] in ("岱口区", "岱口")  # the level is the lead-in's alone: the region as the index has it
    assert any(c["quote"] == "【岱口区】" and c["region"] == "岱口" for c in answer["citations"])
    assert re.search(r"（岱口区?\[\d\]，", answer["answer"])  # the place stated is marked with the citation of the line naming it
    answer = brief_qa.ask("推行“拿地即开工”审批模式的是哪个县？")
    assert answer["short"] in ("蓼渡县", "蓼渡") and any(c["quote"] == "【蓼渡县】" for c in answer["citations"])


def test_a_place_the_segmenter_joins_to_the_next_word_still_filters(brief_qa) -> None:
    answer = brief_qa.ask("栖川下一步要办什么推介会？")  # jieba: 栖川下|一步; 蓼渡's 推介会 is no answer for 栖川
    assert answer["abstained"] or all(c["region"] == "栖川" for c in answer["citations"])
    answer = brief_qa.ask("蓼渡下一步要办什么推介会？")  # 蓼|渡下|一步
    assert not answer["abstained"] and all(c["region"] == "蓼渡" for c in answer["citations"])


def test_a_park_the_question_names_is_what_it_asks_about() -> None:
    question, sentence = "总投资8亿元的精密铸件产业园一期6月18日投产，是哪个开发区的？", "总投资8亿元的精密铸件产业园一期于6月18日投产。"
    assert lacks_zone(question, sentence)
    assert not lacks_zone("哪个园区6月18日投产？", sentence)  # a park the question does not name answers it
    entry = {"zone": "栖川经开区", "region": "栖川"}  # a zone's entry (◆ 栖川经济技术开发区（栖川市）) holds the sentence
    assert passage_place(question, sentence, entry, None) == "栖川经开区"
    assert passage_place("哪个园区6月18日投产？", sentence, entry, None) is None


def test_a_listed_name_without_its_bullet_verb_and_zone() -> None:
    assert subject_span("棠溆上半年产值212.7亿元的是什么产业？", "▪ 光电信息产业产值212.7亿元，同比+16.4%") == "光电信息产业"
    assert subject_span("蓥江经开区计划9月投产的是什么项目？", "→ 推动蓥江经开区整车二期项目9月投产，新增产能15万辆") == "整车二期项目"
    assert subject_span("珩州高新区主体结构封顶的是哪个项目？", "1.芯衡封测项目主体结构封顶；") == "芯衡封测项目"
    assert item_span("葳山下一步要推进什么项目？", "→ 年内完成纺织印染集聚区污水管网改造项目，铺设管网23公里") == "纺织印染集聚区污水管网改造项目"
    # a kind qualified (示范项目) is still the kind, not the name
    assert subject_span("榴城高新区建成投产的是什么示范项目？", "榴城高新区源网荷储一体化示范项目建成投产。") == "源网荷储一体化"


def test_a_figure_given_answers_places_only() -> None:
    assert _asks_no_place("葳山智能化改造完成投资5.3亿元的是哪个产业？")
    assert _asks_no_place("投资5亿元的是哪个项目？")
    for asked in ("上半年供应工业用地126公顷的是哪个市？", "新设外资企业11家的是哪个开发区", "工业投资低于10亿元的开发区有哪几个？",
                  "营收超100亿元的是哪几个园区", "投资超过10亿元的是哪个县区"):
        assert not _asks_no_place(asked), asked
