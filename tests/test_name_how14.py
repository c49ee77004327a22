"""Names asked in words and shapes the earlier rounds were not tuned on (round name14): a place asked of a passage
filed under a place its sentences do not repeat (【芷口区】…项目已于4月开工, asked 落户在哪个县区), a body whose name
holds 和 (市工业和信息化局), a day or month asked of a passage that writes none, a firm asked with its kind between
(哪家建筑公司), a first place said by where it stands (排在全市最前面), a follow-up pointing to the name the previous
question is answered with (该园区 after 哪个园区…？), people counted 名 or 人. Pure parts, then a real index of an invented
county brief."""
from __future__ import annotations

import re

import pytest

from qa.colloquial import written_idioms
from qa.dates import lacks_day
from qa.items import names_maker
from qa.organisations import body_span
from qa.pronouns import points_to_answer
from tests.conftest import index_one


def test_a_body_whose_name_holds_and() -> None:
    sentence = "由市工业和信息化局牵头，对营业收入下降的28家重点企业逐一制定帮扶方案。"
    assert body_span("是哪个部门牵头的？", sentence) == "市工业和信息化局"
    assert body_span("哪个部门牵头？", "由市发改委和市商务局共同牵头，开展专项行动。") == "市发改委"  # two bodies: the first


@pytest.mark.parametrize("question, sentence, lacks", [
    ("对接会是哪一天开的？", "甲市组织对接会4场，促成配套合同金额1.2亿元。", True),
    ("对接会是哪一天开的？", "8月12日，甲市组织对接会，促成配套合同金额1.2亿元。", False),
    ("项目是几月份开工的？", "乙项目总投资28亿元，已于4月开工。", False),
    ("项目是几月份开工的？", "乙项目总投资28亿元，已开工建设。", True),
    ("项目什么时候开工的？", "乙项目总投资28亿元，已开工建设。", False),  # no day or month asked: not this rule's
])
def test_a_day_or_month_asked_of_a_passage_writing_none(question: str, sentence: str, lacks: bool) -> None:
    assert lacks_day(question, sentence) is lacks


def test_which_firm_asked_with_its_kind_between() -> None:
    assert not names_maker("甲项目由哪家建筑公司承建？", "▲图为甲项目施工现场")
    assert names_maker("甲项目由哪家建筑公司承建？", "甲项目由中建八局第三建设有限公司承建。")


def test_a_first_place_said_by_where_it_stands() -> None:
    class NoIdioms:  # documents that write none of the question's phrases
        def contains(self, phrase: str) -> bool:
            return False
    assert "排第一" in written_idioms("营收增速排在全市最前面的是哪家园区？", NoIdioms())
    assert "排末位" in written_idioms("增速排在最后面的是哪个县？", NoIdioms())
    assert written_idioms("前面提到的项目在哪？", NoIdioms()) == "前面提到的项目在哪？"


_BRIEF = """上半年全市开发区工作专报
澧阳市商务局 2025年07月20日

01
总体情况

上半年，全市开发区（园区）实现营业收入512.3亿元，同比增长6.8%；新签约亿元以上项目31个。

02
县区亮点

【芷口区】芷口高新区实现营业收入126.4亿元，同比增长7.7%。全区新签约亿元以上项目8个，其中澧阳钒钛新材料项目总投资28亿元，已于4月开工。芷口高新区获评省级智能制造示范园区，选派技术专员到企业服务42人。

【蓼渡县】蓼渡经开区实现营业收入98.2亿元，同比增长9.1%。县里组建招商专班，由市工业和信息化局牵头，引进配套企业9家；全县组织链主企业对接会3场。

03
下步打算

下半年，力争新开工亿元以上项目20个以上。
"""


@pytest.fixture(scope="module")
def brief_qa(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("name-how14"), "2025-07-zhuanbao.txt", _BRIEF, embedding)


def test_a_place_asked_of_a_passage_under_its_lead_in(brief_qa) -> None:
    result = brief_qa.ask("钒钛新材料项目落户在哪个县区？")
    assert not result["abstained"] and result["short"] in ("芷口区", "芷口")  # as the lead-in, or as the index names it
    # the place stated after the quote, marked with the citation of its lead-in (name17)
    assert re.search(rf"（{result['short']}(?:\[\d+\])?，", result["answer"]) and "4月开工" in result["answer"]


def test_a_city_asked_is_no_county_or_district(brief_qa) -> None:
    result = brief_qa.ask("钒钛新材料项目落户在哪个市？")
    assert result["short"] not in ("芷口区", "芷口")  # the passage's place is of no known level: no city to give


def test_a_body_whose_name_holds_and_in_a_bulletin(brief_qa) -> None:
    result = brief_qa.ask("蓼渡县的招商专班是哪个部门牵头的？")
    assert result["short"] == "市工业和信息化局"


def test_a_day_the_bulletin_does_not_write_is_withheld(brief_qa) -> None:
    assert brief_qa.ask("蓼渡县的链主企业对接会是哪一天开的？")["abstained"]
    assert brief_qa.ask("澧阳钒钛新材料项目由哪家建筑公司承建？")["abstained"]


def test_a_pointer_to_the_name_answered_before(brief_qa) -> None:
    result = brief_qa.ask("该园区选派了多少名技术专员？", history=["哪个园区获评省级智能制造示范园区？"])
    assert not result["abstained"] and result["short"] == "42人"  # 多少名 ↔ 42人
    assert "芷口高新区" in (result["resolved_question"] or "")


def test_a_pointer_of_another_kind_than_the_name_asked(brief_qa) -> None:
    assert points_to_answer("该园区选派了多少人？", "哪个园区获评省级智能制造示范园区？") == 3
    assert points_to_answer("这个市呢？", "哪个园区获评省级智能制造示范园区？") == 0  # a city, a park was asked
    assert points_to_answer("它在全省排第几？", "芷口高新区营业收入多少？") == 0  # no name was asked
    assert points_to_answer("这一期呢？", "哪个园区增速最高？") == 0  # an issue, not the name
