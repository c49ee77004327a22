"""A rate of change answers only for its own indicator (issue 8, held-out figure questions): in a table row the
growth column is of the amount before it, in prose of the indicator its stretch names; and a pronoun (那些项目)
in a question names nothing the bulletins lack. Pure parts on their own; the answers on the real sample index."""
from __future__ import annotations

import pytest

from qa.asked import Ask
from qa.corpus import Corpus
from qa.question import analyse_question
from qa.quote import CLAUSE, spans
from qa.targets import find_target

ROW = "某开发区 规模以上工业增加值 9.77亿元 同比增长 4.4% 工业投资 7.61亿元。"
WEIGHTS = {"工业": 1.0, "投资": 1.0, "业投": 1.0, "增加": 1.0, "加值": 1.0, "同比": 1.0, "比增": 1.0, "增长": 1.0}


def _target(text: str, terms: list[str]):
    ask = Ask(terms, "%", True, "同比增长")
    return find_target(text, spans(CLAUSE, text, 0), WEIGHTS, ask)


def test_a_table_rows_growth_is_of_the_amount_before_it() -> None:
    assert _target(ROW, ["工业", "增加值", "同比"]).figure == "4.4%"
    assert _target(ROW, ["工业", "投资", "同比"]) is None


@pytest.fixture(scope="module")
def corpus(sample_index) -> Corpus:
    return Corpus.from_chunks(sample_index.qa.snapshot.chunks)


def test_a_pronoun_is_no_unknown_name_nor_a_term(corpus) -> None:
    q = analyse_question("晋中签约的那些项目一共投了多少钱？", corpus)
    assert q.unknown == [] and "那些" not in q.terms and "项目" in q.terms


def test_the_growth_of_another_indicator_in_the_sentence_is_no_answer(sample_index) -> None:
    assert sample_index.qa.ask("阳泉一季度工业投资同比增长多少？")["short"] == "2.2%"
    assert sample_index.qa.ask("阳泉一季度规上工业增加值同比增长多少？")["abstained"]
