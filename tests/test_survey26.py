"""The survey corpus's questions of a bulletin as a whole and of who answered (invented 岷澜省 bulletins).

说了什么 / 讲了啥 asks what a bulletin or a speaker said: the verb of saying is no verb shortened from the one the
documents write most with its character (a 快报 whose `说明：` lines are its only 说 would read 说了 as 说明了 and the
question as asking a name). Who answered the reporter's question of a place is the official whose turn replies to it,
found under that place (the reporter's turn names none), named after his post. 列入/纳入 before the class a thing is
put in (列入省级重点项目的) is no word its rows write; 有几个…，都是哪些 asks the items, whose list counts them. Real files through a real index (tests/conftest.py)."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files
from tests.test_survey25 import _PROJECTS, _ledger

_FLASH = """岷澜省开发区统计快报
2026年1-8月　　岷澜省商务厅　　2026年9月10日
1-8月，全省开发区实现营收3385.6亿元，同比增长8.2%；实际使用外资61400万美元；8月当月营收环比增长2.6%。
说明：1.渚岩市数据未按时报送，全省合计不含渚岩市。
说明：2.营收即营业收入，外资按商务部口径统计。
"""


@pytest.fixture(scope="module")
def flash_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("flash26"), {"2026-09-kaifaqu-tongji-kuaibao.txt": _FLASH}, embedding)


@pytest.mark.parametrize("question", ["1-8月全省开发区统计快报说了什么", "统计快报讲了啥", "这期快报都说了些什么"])
def test_what_a_bulletin_said_is_its_summary(flash_qa, question):
    answer = flash_qa.ask(question)
    assert not answer["abstained"], answer["answer"]
    assert "3385.6亿元" in answer["answer"] and "8.2%" in answer["answer"], answer["answer"]


_INTERVIEW = """省商务厅就上半年全省开发区运行情况答记者问
7月20日，省商务厅就上半年全省开发区运行情况接受记者采访。省商务厅副厅长阮南星、渚岩市商务局局长郁行舟、荻原市商务局局长苗书澄回答了记者提问。
记者：上半年全省开发区整体运行情况怎么样？
省商务厅副厅长阮南星：总体平稳。上半年，全省开发区实现营业收入2210.4亿元，同比增长7.4%。
记者：渚岩市开发区增长较快，能具体介绍一下吗？
渚岩市商务局局长郁行舟：好的。上半年，渚岩市两个开发区合计实现营业收入806.2亿元，同比增长9.8%。
记者：荻原综保区进出口增长领先，有什么经验？
荻原市商务局局长苗书澄：主要是做强了跨境电商。上半年荻原综保区进出口额增长23.5%，我们实行项目专员制，问题当周解决。
"""


@pytest.fixture(scope="module")
def interview_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("interview26"),
                       {"2026-07-kaifaqu-shangbannian-da-jizhe-wen.txt": _INTERVIEW}, embedding)


@pytest.mark.parametrize("question, name", [
    ("记者提问渚岩市开发区情况时，回答的那位局长叫啥名字", "郁行舟"),  # the official's turn, filed under his city
    ("记者问荻原综保区有什么经验，是谁回答的", "苗书澄"),
])
def test_who_answered_of_a_place_is_the_official_whose_turn_replies(interview_qa, question, name):
    answer = interview_qa.ask(question)
    assert answer["short"] == name and name in answer["answer"], (answer["short"], answer["answer"])
    assert all(c["region"] for c in answer["citations"]), answer["citations"]  # the reporter's turn is of no place


@pytest.fixture(scope="module")
def ledger_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("ledger26"), {"2026-07-zhongdian-xiangmu-taizhang.docx": _ledger()},
                       embedding)


@pytest.mark.parametrize("question, asked", [
    ("荻原市列入省级重点项目的有哪几个", {"保税维修中心项目", "有机硅新材料项目"}),
    ("纳入省级重点项目的渚岩项目有哪些", {"氢能装备一期项目", "工业软件园项目"}),
    ("台账里荻原有几个省级重点项目，都是哪些", {"保税维修中心项目", "有机硅新材料项目"}),  # a count and its items: the list
])
def test_the_verb_putting_a_thing_in_its_class_is_no_word_asked(ledger_qa, question, asked):
    answer = ledger_qa.ask(question)["answer"]
    others = {row[2] for row in _PROJECTS} - asked
    assert all(name in answer for name in asked), answer
    assert not any(name in answer for name in others), answer
