"""A list of the places an item of a results 通报 names (红榜, 黑榜), asked in staff's words: 名单 (a list of names,
beside 清单), 都有谁 (谁 made several by 都), and a verb before the places asked (表扬了哪些开发区, 批评了哪些园区:
the verb picks them out; it is the topic, not the verb a list is asked with as in 提了哪些要求). What a 纪要 demands of
one thing (对…提了什么要求, 要求…做到什么程度) is the decision that demands it (力争, 不少于, its note), asked as a way,
not a name, nor what was reported of it. A score
asked as got in the occasion the 通报 is titled by (考核得了多少分) is its 得分, whose sentence need not write 考核. 城市 and 地市 are kinds of place, no
place's name (高于5%的城市是哪几个). An invented 通报 and 工作动态 (test_minutesB's) and an invented 纪要 (.docx), through the real loader, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files, settings_under, word_file
from tests.test_minutesB import MAY, MAY_TEXT, REVIEW, REVIEW_TEXT

PRAISED = ["汀枫经开区", "苇桥高新区"]  # the 红榜 of test_minutesB's invented 通报
CRITICISED = ["榕溪化工园区", "榕溪经开区"]  # its 黑榜


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("minutes25"), {REVIEW: REVIEW_TEXT, MAY: MAY_TEXT}, embedding)


@pytest.mark.parametrize("question, named, others", [
    ("红榜名单给我列一下", PRAISED, CRITICISED),  # 名单: the names listed
    ("去年考核的表扬名单", PRAISED, CRITICISED),
    ("去年考核黑榜上都有谁？", CRITICISED, PRAISED),  # 都有谁: several names
    ("红榜上的开发区都是谁", PRAISED, CRITICISED),
    ("考核通报表扬了哪些开发区", PRAISED, CRITICISED),  # the verb before the places asked is the topic
    ("去年考核通报批评了哪些园区？", CRITICISED, PRAISED),
])
def test_the_places_an_item_names_asked_in_staffs_words(qa: BulletinQA, question, named, others) -> None:
    answer = qa.ask(question)
    assert not answer["abstained"] and answer["kind"] == "list"
    assert all(name in answer["answer"] for name in named)
    assert not any(name in answer["answer"] for name in others)
    assert {c["period"] for c in answer["citations"]} == {"2025年全年"}




@pytest.mark.parametrize("question, score", [
    ("榕溪经开区去年考核得了多少分", "74.8分"),
    ("汀枫综保区2025年度考核拿了几分？", "85.3分"),
])
def test_a_score_got_in_the_occasion_a_bulletin_is_titled_by(qa: BulletinQA, question, score) -> None:
    answer = qa.ask(question)
    assert not answer["abstained"] and answer["short"] == score
    assert {c["period"] for c in answer["citations"]} == {"2025年全年"}



@pytest.mark.parametrize("question", ["1-5月营收增速高于5%的城市是哪几个？", "1-5月营收增速高于5%的地市有哪些"])
def test_a_word_for_a_kind_of_place_names_none(qa: BulletinQA, question: str) -> None:
    answer = qa.ask(question)  # 城市, 地市: the places asked, no place of that name the bulletins leave out
    assert not answer["abstained"]
    assert "汀枫" in answer["answer"] and "苇桥" in answer["answer"] and "榕溪" not in answer["answer"]


def test_a_name_cut_before_the_word_for_its_kind_is_still_a_name(qa: BulletinQA) -> None:
    assert qa.ask("溟城市1-5月开发区营收多少？")["abstained"]  # jieba's 溟|城市: a city no bulletin writes


MINUTES = [
    "沄岘省商务厅办公室",
    "〔2026〕第2期　　2026年4月21日",
    "全省开发区一季度运行调度会会议纪要",
    "4月18日，省商务厅副厅长阙行舟主持召开全省开发区一季度运行调度会。会议听取了各市工作汇报。现将会议主要精神纪要如下：",
    "会议听取了一季度运行情况汇报",
    "一季度，全省开发区实现营业收入733.2亿元，同比增长5.1%。泷汀综保区进出口额95.2亿元，增长9.3%。",
    "会议要求",
    "各市要盯紧全年目标。会议议定以下事项：",
    "一、泷汀市加快泷汀综保区二期验收，力争上半年进出口额新增12亿元以上。（责任单位：泷汀市商务局；完成时限：2026年6月底前）",
    "二、蒿湄市组织蒿湄化工园区开展隐患排查整治，隐患整改率达到98%。（责任单位：蒿湄市应急管理局；完成时限：2026年5月底前）",
    "三、岑芜市加大外资招引力度，年内新引进外资项目不少于7个，其中上半年不少于3个。（责任单位：岑芜市商务局；完成时限：2026年12月底前）",
]


@pytest.fixture(scope="module")
def minutes_qa(tmp_path_factory, embedding) -> BulletinQA:
    root = tmp_path_factory.mktemp("minutes25_jiyao")
    word_file(settings_under(root).docs_dir / "2026-04-jiyao.docx", MINUTES)
    return index_files(root, {}, embedding)


@pytest.mark.parametrize("question, demanded", [
    ("会上对蒿湄化工园区隐患整治提了什么要求", "98%"),
    ("纪要里要求岑芜市外资招引做到什么程度", "不少于7个"),
    # what was reported of it (95.2亿元) is no demand; the 上半年 of the demand is its aim, not the period asked
    ("一季度调度会要求泷汀综保区进出口额做到什么水平", "12亿元以上"),
])
def test_what_a_meeting_demands_of_one_thing_is_its_decision(minutes_qa: BulletinQA, question, demanded) -> None:
    answer = minutes_qa.ask(question)
    assert not answer["abstained"] and answer["kind"] == "how"
    assert demanded in answer["answer"]
    assert {c["period"] for c in answer["citations"]} == {"2026年一季度"}
