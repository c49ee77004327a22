"""A ranking table's scores (综合得分 92.6) are figures without a unit: each zone's score is a fact, asked of several
zones, compared and ranked; a rank (排名 1) or a serial number is none. A city ranked is named as its quote writes it
(鹭湾市), so that staff can quote the name beside its figure. An invented provincial web page indexed by the real
pipeline with the real model."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_one

_ROWS = [("鹭湾经开区", "1", "鹭湾市", "93.4"), ("苇川高新区", "2", "苇川市", "91.2"), ("鹭湾综保区", "3", "鹭湾市", "88.7"),
         ("苇川经开区", "4", "苇川市", "85.0")]
_PAGE = ("<html><head><title>某省开发区运行监测通报（2025年第10期）</title></head><body>"
         "<h1>某省开发区运行监测通报</h1><p>2025年第10期</p>"
         "<p>1—10月，全省开发区实现营业收入2,351.9亿元，同比增长6.4%。</p>"
         "<p>鹭湾市：鹭湾市开发区实现营业收入771.5亿元，同比增长7.0%。</p>"
         "<p>苇川市：苇川市开发区实现营业收入508.3亿元，同比增长5.3%。</p>"
         "<p>表1 2025年1—10月全省开发区综合考核排名</p><table>"
         "<tr><td>开发区</td><td>排名</td><td>所在市</td><td>综合得分</td></tr>"
         + "".join(f"<tr><td>{z}</td><td>{n}</td><td>{c}</td><td>{s}</td></tr>" for z, n, c, s in _ROWS)
         + "</table></body></html>")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("scores"), "2025-11-jiance-tongbao.html", _PAGE, embedding)


def test_each_zones_score_is_a_fact_and_a_rank_is_none(qa) -> None:
    facts = [f for f in qa.snapshot.facts if f.get("indicator") in ("综合得分", "排名")]
    assert sorted((f["entity"], f["figure"], f["unit"]) for f in facts) == \
        sorted((zone, score, "") for zone, _, _, score in _ROWS)


def test_the_scores_of_several_zones_are_given_each(qa) -> None:
    answer = qa.ask("1—10月鹭湾经开区、苇川高新区综合得分各多少？")
    assert answer["kind"] == "each" and "93.4" in answer["answer"] and "91.2" in answer["answer"]
    assert "88.7" not in answer["answer"]


@pytest.mark.parametrize("question,short", [("综合得分最高的开发区是哪个？", "鹭湾经开区"),
                                            ("苇川经开区和鹭湾综保区谁的综合得分高？", "鹭湾综保区")])
def test_scores_are_compared(qa, question, short) -> None:
    answer = qa.ask(question)
    assert answer["kind"] == "compare" and answer["short"] == short


def test_a_city_ranked_is_named_as_its_quote_writes_it(qa) -> None:
    answer = qa.ask("1—10月哪个市开发区营业收入增速最高？")
    assert answer["short"] == "鹭湾市" and "鹭湾市最高（7.0%）" in answer["answer"]
