"""Names as staff ask them (issue 8's held-out gap, round cmp8): a public body asked by its kind (哪个部门) is
answered only by a sentence naming one; a name made of the question's own words in another order is a name
the sentence gives; what a city reporting one zone did is that zone's; places of two regions give a question
no one region. Pure parts, then real indexes (the sample, and an invented bulletin)."""
from __future__ import annotations

import pytest

from qa.corpus import Corpus
from qa.organisations import lacks_body
from qa.question import analyse_question
from qa.short import short_span
from tests.conftest import index_one


@pytest.mark.parametrize("question, sentence, lacks", [
    ("服务体系由哪个部门牵头？", "某高新区优化“部门代办+园区帮办”的服务体系,服务队伍扩充至61人。", True),
    ("服务体系由哪个部门牵头？", "由市开发区建设工作领导小组办公室牵头,优化服务体系。", False),
    ("简报由哪个单位编印？", "某省商务厅开发区处编。", False),
    ("这项改革由哪个部门牵头？", "这项改革进展顺利。", True),
    ("这项改革进展如何？", "这项改革进展顺利。", False),  # no body asked
])
def test_a_body_asked_by_its_kind_needs_a_sentence_naming_one(question: str, sentence: str, lacks: bool) -> None:
    assert lacks_body(question, sentence) is lacks


def test_a_department_no_bulletin_names_abstains(sample_index) -> None:
    assert sample_index.qa.ask("阳泉高新区帮办代办服务事项由哪个部门负责更新？")["abstained"]


_BULLETIN = """<html><head><title>某省开发区工作简报（2025年第1期）</title></head><body>
<h1>某省开发区工作简报</h1><p>编者按：现将松原、白山两市开发区1-3月工作情况摘编如下。</p>
<h2>■松原市</h2><h3>一、主要成效</h3>
<p>（一）经济平稳。一季度，松原经开区实现营业收入86.5亿元，入驻企业412家。</p>
<p>（二）精准招商成效显现。围绕电子信息、食品加工两大主导产业开展产业链招商，签约项目22个。</p>
<h2>■白山市</h2><h3>一、主要成效</h3>
<p>1.外贸增长。一季度，白山高新区实现营业收入52.8亿元，入驻企业208家。</p>
<h3>二、下步打算</h3><p>1.争取白山农业科技园区升级为国家级农业科技园区。</p>
</body></html>"""


@pytest.fixture(scope="module")
def names_qa(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("names-index"), "2025-04-jianbao.html", _BULLETIN, embedding)


def test_a_name_made_of_the_questions_own_words_answers(names_qa) -> None:
    answer = names_qa.ask("白山想把哪个园区升级为国家级农业科技园区？")
    assert not answer["abstained"] and answer["short"] == "白山农业科技园区"


def test_the_zone_of_a_city_naming_one_asks_the_citys_items(names_qa) -> None:
    answer = names_qa.ask("松原经开区的两大主导产业是什么？")
    assert not answer["abstained"] and "电子信息" in answer["answer"] and "食品加工" in answer["answer"]


def test_places_of_two_regions_give_the_question_no_one_region() -> None:
    corpus = Corpus.from_chunks([{"text": "松原经开区入驻企业412家。", "region": "松原"},
                                 {"text": "白山高新区入驻企业208家。", "region": "白山"}])
    q = analyse_question("入驻企业数量，松原经开区、白山高新区排个序", corpus)
    assert q.region is None and not q.unknown


@pytest.mark.parametrize("question, sentence, body", [
    ("这项改革是哪个部门牵头的？", "县发展改革局牵头，对园区规上工业企业开展亩均效益综合评价。", "县发展改革局"),
    ("链式招商是哪个单位牵头的？", "区投资促进中心牵头，组建6个产业链招商小分队。", "区投资促进中心"),
])
def test_a_body_asked_by_its_kind_is_the_first_the_sentence_names(question, sentence, body):
    assert short_span(question, sentence) == body
