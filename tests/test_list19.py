"""Lists asked in words the rules had not met: the things to do asked as 哪几件事 or 重点干 (a section of plans, not a
name), a grade an evaluation gives zones (进步开发区, 先进开发区) read as the zones given it and no
zone's name, the zones of a grade asked as 是哪几个, and the last N of a ranking (倒数五位, 后三名) named from the
lowest. Invented bulletins through the real loaders, index and pipeline, with the real model."""
from __future__ import annotations

import pytest

from index.zones import find_zones
from qa.kinds import classify
from qa.pipeline import BulletinQA
from qa.unwritten_places import PLACE_SET
from tests.conftest import index_files

YEAR = """某省开发区年度工作通报
2026年第1期
2025年，全省开发区实现营业收入5210.6亿元，同比增长6.5%。
一、主要做法
（一）甲州市
甲州经开区全年实现营业收入1320.4亿元，同比增长7.1%，新引进亿元以上项目26个。
（二）乙原市
乙原高新区全年实现营业收入986.2亿元，同比增长8.3%，新增高新技术企业61家。
二、存在困难
一是部分开发区土地要素紧张，可供工业用地不足。二是外贸订单回落，加工贸易增长乏力。
三、下步打算
1.甲州市：甲州经开区新增规上工业企业40家；建设智能制造产业园。
2.乙原市：乙原高新区建成中试基地3个；引进新型研发机构5家。
"""

_ROWS = [("1", "甲州经济技术开发区", "甲州市", "91.20"), ("2", "乙原高新技术产业开发区", "乙原市", "88.60"),
         ("3", "丙川经济技术开发区", "丙川市", "85.10"), ("4", "乙原经济技术开发区", "乙原市", "82.40"),
         ("5", "甲州综合保税区", "甲州市", "79.30"), ("6", "丙川临港产业园", "丙川市", "75.80"),
         ("7", "丁湖产业园", "丁湖市", "71.50")]
RANKING = ("<html><head><title>某省2025年上半年开发区综合评价结果通报</title></head><body>"
           "<h1>某省2025年上半年开发区综合评价结果通报</h1><p>2025年8月12日</p>"
           "<p>根据《某省开发区综合评价办法》，省商务厅对全省7个开发区2025年上半年综合发展水平进行了评价，现将结果通报如下。"
           "全省开发区综合得分平均为81.90分。</p>"
           "<p>表1 2025年上半年开发区综合评价排名</p><table>"
           "<tr><td>位次</td><td>开发区</td><td>所在市</td><td>综合得分</td></tr>"
           + "".join(f"<tr><td>{n}</td><td>{z}</td><td>{c}</td><td>{s}</td></tr>" for n, z, c, s in _ROWS)
           + "</table><p>先进开发区：甲州经济技术开发区、乙原高新技术产业开发区<br>"
           "进步开发区：丙川经济技术开发区（上升3位）、甲州综合保税区（上升2位）</p>"
           "<p>丙川经开区综合得分85.10分，较上期上升3位，被评为进步开发区。</p></body></html>")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("list19"), {"2026-01-niandu-tongbao.txt": YEAR,
                                                          "2025-08-pingjia-tongbao.html": RANKING}, embedding)


@pytest.mark.parametrize("question", ["乙原市2026年重点干哪几件事？", "乙原市明年要干哪几件事"])
def test_the_things_to_do_are_the_plans_of_the_place(qa, question) -> None:
    result = qa.ask(question)
    assert classify(question) == "list"
    assert "中试基地3个" in result["answer"] and "新型研发机构5家" in result["answer"]
    assert "40家" not in result["answer"] and {c["region"] for c in result["citations"]} == {"乙原"}


@pytest.mark.parametrize("text", ["被评为进步开发区", "先进开发区：甲州经济技术开发区", "考核优秀开发区有哪些"])
def test_a_grade_names_no_zone(text) -> None:
    assert all(not name.endswith(("进步开发区", "先进开发区", "优秀开发区")) for _, _, name in find_zones(text))


@pytest.mark.parametrize("question", ["2025年上半年进步开发区有哪些？", "2025年上半年的进步开发区是哪几个"])
def test_the_zones_of_a_grade_are_every_zone_given_it(qa, question) -> None:
    result = qa.ask(question)
    assert not result["abstained"] and classify(question) == "list"
    assert "丙川经济技术开发区" in result["answer"] and "甲州综合保税区" in result["answer"]


@pytest.mark.parametrize("question, last, kept", [
    ("上半年综合排名倒数三位的开发区有哪些？", ["丁湖产业园", "丙川临港产业园", "甲州综合保税区"], "乙原经济技术开发区"),
    ("上半年综合得分后两名是哪几个开发区", ["丁湖产业园", "丙川临港产业园"], "甲州综合保税区"),
])
def test_the_last_n_of_a_ranking_are_named_from_the_lowest(qa, question, last, kept) -> None:
    result = qa.ask(question)
    assert all(zone in result["answer"] for zone in last)
    assert kept not in result["answer"] and "甲州经济技术开发区" not in result["answer"]


def test_the_kind_of_bulletin_named_is_no_word_to_match(qa) -> None:
    result = qa.ask("2025年上半年评价通报里进步开发区是哪几个")  # 通报: which bulletin, not 现将结果通报如下
    assert "丙川经济技术开发区" in result["citations"][0]["quote"] and "甲州综合保税区" in result["answer"]


@pytest.mark.parametrize("question", ["一季度外贸进出口下降的县市区有哪些", "负增长的区县是哪几个"])
def test_places_of_a_kind_after_a_condition_are_who_is_ranked(question) -> None:
    assert classify(question) == "compare" and PLACE_SET.search(question)  # the places asked, no term to match
