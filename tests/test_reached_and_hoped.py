"""Figures reached, hoped for, and counted (issue 8, held-out figure questions): a verb saying a figure was
reached (到位, 完成) is no term the answer must write; a count hoped for (推动…6个项目早日落地) is no result unless the
question asks after what is hoped; a count's noun written after it (新增11个投资项目) tells what it counts as
well as one written before it. Pure parts on their own; the answers on the real sample index."""
from __future__ import annotations

import pytest

from index.aims import aimed
from qa.asked import Ask
from qa.corpus import Corpus
from qa.plans import PLAN
from qa.question import analyse_question
from qa.quote import CLAUSE, spans
from qa.relevance import term_weights
from qa.targets import find_target

HOPED = "加快推动甲公司生产线项目等6个“签而未落”项目早日落地。"


def test_a_count_hoped_for_is_a_target_and_one_reached_is_not() -> None:
    assert aimed("加快推动甲公司生产线项目等", HOPED.split("6个")[1])
    assert not aimed("一季度新增", "投资项目。")


def test_a_question_that_itself_hopes_or_urges_asks_after_plans() -> None:
    assert PLAN.search("要推动落地的项目有几个？") and PLAN.search("有几个项目要早日落地？")
    assert not PLAN.search("一季度落地了几个项目？")


@pytest.fixture(scope="module")
def corpus(sample_index) -> Corpus:
    return Corpus.from_chunks(sample_index.qa.snapshot.chunks)


@pytest.mark.parametrize("verb", ["完成", "到位", "实现"])
def test_a_verb_of_reaching_is_no_term_and_leaves_the_attribute_asked(corpus, verb) -> None:
    q = analyse_question(f"阳泉一季度工业投资{verb}多少？", corpus)
    assert verb not in q.terms and q.terms
    assert q.parts[0].focus and verb not in q.parts[0].focus


def test_a_count_matches_its_noun_written_after_it_as_one_written_before(corpus) -> None:
    ask = Ask(["投资", "项目"], "个", True, None, counted="项目")
    weights = term_weights(ask.terms, corpus)
    after, before = "一季度新增11个投资项目。", "一季度新增投资项目11个。"
    assert find_target(after, spans(CLAUSE, after, 0), weights, ask).match == \
        find_target(before, spans(CLAUSE, before, 0), weights, ask).match


def test_a_count_only_hoped_for_does_not_answer_what_landed(sample_index) -> None:
    answer = sample_index.qa.ask("阳泉一季度落地了几个新投资项目？")
    assert answer["short"] == "11个" and "早日落地" not in answer["answer"]
