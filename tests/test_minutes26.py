"""The minutes corpus's prose asked in staff's words. A word jieba makes up one character too early (考核上黑|榜) is cut
where the documents write their word (上|黑榜): it is neither a place no bulletin covers nor a term lost. A body asked by
a deed no label names (由哪个单位牵头) is the one a decision's note makes answer for the task (责任单位). What a score is
made up of (怎么构成的) is the sentence writing its parts (由…组成), 构成 or 组成 either way. A demand asked of a place
alone (纪要对甲市提了什么要求) is the decision on it, 要求 no word it must write, and a meeting named as a 纪要's title
names it (调度会对…) is that 纪要, no topic. A
request to list (议定事项列一下, 列出来) asks a list, and the items of the lead that writes the noun before it. An invented
通报 (test_minutesB's) and an invented 纪要 (.docx, test_minutes25's), through the real loader, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files, settings_under, word_file
from tests.test_minutes25 import CRITICISED, MINUTES, PRAISED
from tests.test_minutesB import MAY, MAY_TEXT, REVIEW, REVIEW_TEXT


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("minutes26"), {REVIEW: REVIEW_TEXT, MAY: MAY_TEXT}, embedding)


@pytest.fixture(scope="module")
def minutes_qa(tmp_path_factory, embedding) -> BulletinQA:
    root = tmp_path_factory.mktemp("minutes26_jiyao")
    # test_minutes25's 纪要 with its title first, where the loader reads a title (…运行调度会会议纪要)
    word_file(settings_under(root).docs_dir / "2026-04-jiyao.docx", [MINUTES[2], *MINUTES[:2], *MINUTES[3:]])
    return index_files(root, {}, embedding)


@pytest.mark.parametrize("question", ["2025年度考核上黑榜的都有谁", "去年考核上黑榜的开发区有哪几家？"])
def test_a_word_cut_one_character_early_is_the_word_the_documents_write(qa: BulletinQA, question: str) -> None:
    answer = qa.ask(question)  # jieba: 上黑/ns | 榜: no place named 上黑, and 黑榜 is what is asked
    assert not answer["abstained"] and answer["kind"] == "list"
    assert all(name in answer["answer"] for name in CRITICISED)
    assert not any(name in answer["answer"] for name in PRAISED)


@pytest.mark.parametrize("question, body", [
    ("泷汀综保区二期验收由哪个单位牵头？", "泷汀市商务局"),
    ("蒿湄化工园区隐患排查整治谁来落实", "蒿湄市应急管理局"),
])
def test_a_body_asked_by_another_deed_is_the_one_a_decision_makes_responsible(minutes_qa: BulletinQA, question,
                                                                               body) -> None:
    answer = minutes_qa.ask(question)
    assert not answer["abstained"] and answer["short"] == body


@pytest.mark.parametrize("question", ["一季度调度会上定了啥？议定事项列一下", "调度会议定事项给我列出来"])
def test_a_request_to_list_asks_the_items_its_noun_announces(minutes_qa: BulletinQA, question: str) -> None:
    answer = minutes_qa.ask(question)
    assert not answer["abstained"] and answer["kind"] == "list"
    assert all(task in answer["answer"] for task in ("二期验收", "隐患排查整治", "不少于7个"))


# an invented 通报 whose note on the score, under its ranking, writes its parts without 注：
SCORED = "2026-02-pingjia-tongbao.txt"
SCORED_TEXT = REVIEW_TEXT + """附件：2025年度全省开发区综合考核排名表
名次 | 开发区 | 综合得分
1 | 汀枫经开区 | 94.1
2 | 苇桥高新区 | 92.6
3 | 汀枫综保区 | 85.3
综合得分满分100分，由经济实力（35分）、对外开放（30分）、创新驱动（20分）、绿色安全（15分）四项组成；名次与上年相比。
"""


@pytest.fixture(scope="module")
def scored_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("minutes26_scored"), {SCORED: SCORED_TEXT, MAY: MAY_TEXT}, embedding)


def test_what_a_score_is_made_up_of_is_the_sentence_writing_its_parts(scored_qa: BulletinQA) -> None:
    answer = scored_qa.ask("开发区综合考核得分是怎么构成的")  # 构成 asked, 组成 written
    assert not answer["abstained"]
    assert all(part in answer["answer"] for part in ("经济实力", "对外开放", "创新驱动", "绿色安全"))


@pytest.mark.parametrize("question, demanded", [
    ("纪要对岑芜市提了什么要求", "不少于7个"),  # the place alone: 要求 asks, the decision writes 不少于
    ("调度会对泷汀综保区提了啥要求？", "12亿元以上"),  # 调度会: the 纪要's meeting, as its title names it
])
def test_a_demand_asked_of_a_place_alone_is_its_decision(minutes_qa: BulletinQA, question, demanded) -> None:
    answer = minutes_qa.ask(question)
    assert not answer["abstained"] and answer["kind"] == "how"
    assert demanded in answer["answer"]
