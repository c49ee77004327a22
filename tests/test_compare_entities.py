"""Which figures and places a comparison, an each or a name question is about, worded as staff word it (cmp7's
held-out questions): a comparative ending the question is no abbreviation (哪个市高一些), 多出多少 compares, a
zone word shared by a list of place names (祁县、榆社两个经开区), a set of zones counted only to pick among them
(几个开发区…垫底的是哪个; 三个区…分别), and 哪个区 asking a zone. Pure parts on the sample's vocabulary; the
answer on the real sample index."""
from __future__ import annotations

import pytest

from qa.abbreviations import spelled_out
from qa.compose.rows import asks_across_zones
from qa.corpus import Corpus
from qa.kinds import classify, is_cue
from qa.places import with_written_zones
from qa.question import analyse_question
from qa.short import short_span


@pytest.fixture(scope="module")
def corpus(sample_index) -> Corpus:
    return Corpus.from_chunks(sample_index.qa.snapshot.chunks)


def test_a_comparative_ending_the_question_is_no_abbreviation(corpus) -> None:
    spelled = spelled_out("一季度规上工业增加值，晋中和阳泉哪个市高一些？", corpus)
    assert spelled.endswith("哪个市高一些？") and "规模以上" in spelled


def test_how_much_more_compares_and_says_only_how_the_answer_is_wanted() -> None:
    assert classify("上半年两市工业投资相比，哪个多？多出多少？", 2) == "compare"
    assert classify("甲区比乙区高出多少", 2) == "compare"
    assert is_cue("多出")


@pytest.mark.parametrize("question, written", [
    ("祁县、榆社两个经开区的工业投资都是多少？", "祁县经开区、榆社经开区的工业投资都是多少？"),
    ("祁县和榆社经开区谁高", "祁县经开区、榆社经开区谁高"),
    ("平定经开区和祁县经开区谁高", "平定经开区和祁县经开区谁高"),   # each already a zone: unchanged
    ("晋中和阳泉两个市谁高", "晋中和阳泉两个市谁高"),               # no zone word shared
])
def test_a_zone_word_shared_by_a_list_of_names_is_each_ones(corpus, question: str, written: str) -> None:
    assert with_written_zones(question, corpus) == written


def test_zones_named_only_to_pick_among_them_ask_no_count(corpus) -> None:
    part = analyse_question("前三季度某市几个开发区的工业投资，垫底的是哪个？", corpus).parts[0]
    assert part.unit != "个"
    assert analyse_question("某市有几个开发区？", corpus).parts[0].unit == "个"  # a count asked stays one


def test_districts_counted_in_a_bulletin_of_zones_are_its_zones() -> None:
    assert asks_across_zones("前三季度某市三个区的工业投资分别是多少？")
    assert not asks_across_zones("某市工业投资分别是多少？")


def test_which_district_asks_the_zone_the_sentence_names() -> None:
    assert short_span("一季度营收居全省开发区第2位的是哪个区？",
                      "其中，甲乙高新区营业收入215.4亿元，居全省开发区第2位") == "甲乙高新区"


def test_the_higher_city_wins_a_comparison_ending_in_a_comparative(sample_index) -> None:
    answer = sample_index.qa.ask("一季度规上工业增加值，晋中和阳泉哪个市高一些？")
    assert answer["kind"] == "compare" and answer["short"] == "晋中"
    assert "70.3亿元" in answer["answer"] and "13.25亿元" in answer["answer"]
