"""Positions asked in words on a ranking table (qa/compose/standings.py): the last (垫底, 倒数第一, 最后一名), the
largest move in the ranking (进步最大 of ↑3, 名次下降最多 of ↓2) and the zone tied with one named (和甲并列第2), read
off the table's rows when no sentence writes them. An invented provincial web page whose first column is the position
(so a row reads 甲 2 所在市 …), indexed by the real pipeline with the real model."""
from __future__ import annotations

import pytest

from qa.compose.standings import asked
from qa.pipeline import BulletinQA
from tests.conftest import index_one

_ROWS = [("1", "鹭湾经济技术开发区", "鹭湾市", "91.36", "—"), ("2", "苇川高新技术产业开发区", "苇川市", "89.05", "↑3"),
         ("2", "鹭湾综合保税区", "鹭湾市", "89.05", "↓1"), ("4", "苇川经济技术开发区", "苇川市", "85.70", "↓2"),
         ("5", "栎阳产业园", "栎阳市", "80.12", "↑1"), ("6", "栎阳临港园区", "栎阳市", "77.48", "—")]
_PAGE = ("<html><head><title>某省2025年前三季度开发区综合评价结果通报</title></head><body>"
         "<h1>某省2025年前三季度开发区综合评价结果通报</h1><p>2025年10月20日</p>"
         "<p>2025年前三季度，全省开发区综合得分平均为85.46分。</p>"
         "<p>表1 2025年前三季度开发区综合评价排名</p><table>"
         "<tr><td>位次</td><td>开发区</td><td>所在市</td><td>综合得分</td><td>较上期位次变化</td></tr>"
         + "".join(f"<tr><td>{n}</td><td>{z}</td><td>{c}</td><td>{s}</td><td>{m}</td></tr>" for n, z, c, s, m in _ROWS)
         + "</table><p>鹭湾经开区综合得分91.36分，营业收入同比增长8.2%。</p>"
         "<p>鹭湾综保区综合得分89.05分，与苇川高新区并列全省第2位，较上期下降1位。</p></body></html>")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("standings"), "2025-10-pingjia-tongbao.html", _PAGE, embedding)


@pytest.mark.parametrize("question,short", [
    ("前三季度哪个开发区排名垫底？", "栎阳临港园区"),
    ("前三季度综合排名倒数第一的园区是哪个？", "栎阳临港园区"),
    ("前三季度排名最后一名的是哪个开发区？", "栎阳临港园区"),
    ("前三季度进步最大的开发区是哪个？", "苇川高新技术产业开发区"),
    ("前三季度哪个开发区名次下降最多？", "苇川经济技术开发区"),
    ("前三季度鹭湾市哪个开发区位次下降最多？", "鹭湾综合保税区"),  # the city's rows: ↓1, not 苇川经开区's ↓2
    ("前三季度和鹭湾综保区并列第2的是哪个开发区？", "苇川高新技术产业开发区"),
    ("前三季度与苇川高新区并列的是哪个园区？", "鹭湾综合保税区"),
])
def test_a_position_asked_in_words_is_read_off_the_table(qa, question, short) -> None:
    answer = qa.ask(question)
    assert answer["short"] == short
    assert len(answer["answer"]) <= 120  # the one row, not the whole ranking
    assert answer["citations"] and short in answer["citations"][0]["quote"]


def test_the_zone_asked_about_is_not_its_own_tie(qa) -> None:
    answer = qa.ask("前三季度和鹭湾综保区并列第2的是哪个开发区？")
    assert "鹭湾综合保税区" not in answer["short"]


@pytest.mark.parametrize("question,zones,not_listed", [
    ("前三季度鹭湾市有哪些开发区参加评价？", ["鹭湾经济技术开发区", "鹭湾综合保税区"], ["苇川", "鹭湾综保区"]),
    ("栎阳市参与综合评价的园区有哪些？", ["栎阳产业园", "栎阳临港园区"], ["鹭湾", "苇川"]),
])
def test_the_zones_taking_part_in_what_the_bulletin_ranks_are_listed_once(qa, question, zones, not_listed) -> None:
    answer = qa.ask(question)["answer"]
    assert all(z in answer for z in zones) and not any(w in answer for w in not_listed)


def test_a_zone_set_beside_the_subject_owns_none_of_its_figures(qa) -> None:
    beside = [f for f in qa.snapshot.facts if "与苇川高新区并列" in (f.get("quote") or "")]
    assert beside and all(f["entity"] != "苇川高新区" for f in beside)  # 与苇川高新区并列: 鹭湾综保区's position


@pytest.mark.parametrize("question,expected", [
    ("哪个开发区营业收入下降最多？", False),  # a figure's fall, not a move in the ranking
    ("哪个开发区营业收入最高？", False),
    ("哪个开发区位次上升最多？", True),
    ("退步最大的是哪个园区？", True),
    ("排名末位的开发区是哪个？", True),
])
def test_only_a_standing_asked_in_words_is_read_off_the_rows(question, expected) -> None:
    assert asked(question) is expected


# one zone written with its city's name and, in the city's own passages, without it (a digest writes both)
_DIGEST = ("某省开发区工作动态\n2025年全年\n"
           "一、鹭湾市\n鹭湾临港经济开发区全年完成营业收入320.5亿元，同比增长6.1%。\n"
           "临港经济开发区全年完成固定资产投资88.6亿元，同比增长9.4%。\n"
           "二、苇川市\n苇川临港经济开发区全年完成营业收入150.2亿元，同比增长3.3%。\n"
           "临港经济开发区全年完成固定资产投资41.2亿元，同比增长2.8%。\n")


@pytest.fixture(scope="module")
def digest(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("two-names"), "2025-kaifaqu-gongzuo-dongtai.txt", _DIGEST, embedding)


@pytest.mark.parametrize("question,figure,other", [("2025年鹭湾临港经济开发区固定资产投资多少？", "88.6亿元", "41.2亿元"),
                                                   ("2025年苇川临港经济开发区固投多少？", "41.2亿元", "88.6亿元")])
def test_a_zone_asked_with_its_citys_name_is_written_without_it_in_the_citys_passages(digest, question, figure,
                                                                                       other) -> None:
    answer = digest.ask(question)
    assert figure in answer["answer"] and other not in answer["answer"] and not answer["abstained"]
