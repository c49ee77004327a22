"""What a zone's clause leaves unsaid, read from the clause before: a level its figure reached after a round bound or
a change the clause before wrote (甲经开区全年营收突破千亿元，达到1120.5亿元; 丙经开区营收增长三成，达到233.6亿元) counts
what that clause names, and a change written after such an amount, or after a chain's amount that leaves its indicator
out (乙高新区301.7亿元，同比增长6.3%), is that amount's change; a row writing the abbreviation (营收) counts the term a
question writes in full (营业收入) where the documents read it so; 过去一年 (a speech's word for the year it reviews)
asked is last year.
Invented bulletins (椋原省, its cities and every figure made up) through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

SPEECH = ("在全省园区高质量发展推进会上的讲话\n2026年2月24日\n\n同志们：\n\n"
          "一、过去一年的成效\n\n"
          "过去一年，全省园区实现营业收入3980.4亿元，同比增长6.2%；实际使用外资4.72亿美元，同比增长7.5%。"
          "比如檀岑经开区全年营收突破千亿元，达到1120.5亿元，同比增长7.9%，继续稳居全省第一；柏泷高新区营收702.3亿元，"
          "同比增长5.8%；栎湾经开区营收增长三成，达到233.6亿元，增速居全省首位。全省园区高新技术企业达到1708家。\n\n"
          "二、今年的重点工作\n\n"
          "一要抓招商引资不放松。二要抓项目建设不停步。\n")
REPORT = ("椋原省园区督查情况通报\n2026年第1期\n椋原省商务厅　　2026年4月22日\n\n"
          "一季度，全省园区实现营业收入998.6亿元，同比增长6.0%；实际使用外资1.21亿美元，同比增长8.8%。"
          "檀岑经开区一季度营收268.4亿元，同比增长8.3%；柏泷高新区营收176.2亿元，同比增长5.1%。\n")
CHAIN = ("2026年1-5月全省园区经济运行快报\n椋原省商务厅　　2026年6月16日\n\n"
         "1-5月，全省园区实现营业收入1702.9亿元，同比增长6.5%；进出口总额388.1亿元，同比增长4.4%。\n\n"
         "重点园区中，柏泷高新区1-5月实现营业收入512.4亿元，同比增长8.1%；檀岑经开区301.7亿元，同比增长6.3%；"
         "栎湾经开区126.9亿元，同比增长2.2%。\n\n"
         "二、下一步工作\n\n各园区要持续抓好营业收入和工业投资等主要指标调度，确保营业收入稳定增长。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {"2026-02-yuanqu-tuijinhui-jianghua.txt": SPEECH, "2026-04-yuanqu-ducha-tongbao.txt": REPORT,
             "2026-06-yuanqu-kuaibao-1-5yue.txt": CHAIN}
    return index_files(tmp_path_factory.mktemp("speechD"), files, embedding)


def _cited(answer: dict, figure: str) -> dict:
    return next(c for c in answer["citations"] if figure in c["quote"])


@pytest.mark.parametrize("question", ["去年檀岑经开区、栎湾经开区营收分别多少", "2025年檀岑经开区和栎湾经开区营收各是多少",
                                      "栎湾经开区和檀岑经开区去年的营收分别是多少"])
def test_a_level_reached_after_a_bound_or_a_change_counts_what_the_clause_before_names(qa, question):
    answer = qa.ask(question)
    for figure, zone in (("1120.5亿元", "檀岑经开区"), ("233.6亿元", "栎湾经开区")):
        assert figure in answer["answer"], (figure, answer["answer"])
        assert zone in _cited(answer, figure)["quote"], answer["citations"]  # the clause before, with its place
    assert "268.4" not in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question", ["去年檀岑经开区和柏泷高新区营收增速哪个高"])
def test_a_change_after_a_level_is_the_change_of_what_it_counts(qa, question):
    answer = qa.ask(question)
    assert answer["short"] == "檀岑经开区", answer["answer"]
    for figure in ("7.9%", "5.8%"):
        assert figure in answer["answer"], (figure, answer["answer"])


@pytest.mark.parametrize("question", ["檀岑经开区营业收入增速几期下来怎么变化的"])
def test_a_change_after_a_chains_amount_is_a_point_of_the_trend(qa, question):
    answer = qa.ask(question)
    for figure in ("7.9%", "8.3%", "6.3%"):  # the speech's year, the notice's quarter, the chain's 1-5月
        assert figure in answer["answer"], (figure, answer["answer"])


@pytest.mark.parametrize("question", ["一季度檀岑经开区和柏泷高新区营业收入分别是多少",
                                      "檀岑经开区、柏泷高新区一季度的营业收入各多少"])
def test_a_rows_abbreviation_counts_the_term_the_question_writes_in_full(qa, question):
    answer = qa.ask(question)
    for figure in ("268.4亿元", "176.2亿元"):
        assert figure in answer["answer"], (figure, answer["answer"])
    assert all(c["period"] == "2026年一季度" for c in answer["citations"]), answer["citations"]


def test_a_verb_and_figure_after_another_places_clause_is_not_lent_its_indicator(qa):
    answer = qa.ask("去年栎湾经开区进出口总额多少")
    assert "233.6" not in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question, figures, not_shown", [
    ("过去的一年里檀岑经开区、柏泷高新区营收各是多少", ("1120.5亿元", "702.3亿元"), "268.4亿元")])
def test_the_past_year_is_last_year(qa, question, figures, not_shown):
    answer = qa.ask(question)
    for figure in figures:
        assert figure in answer["answer"], (figure, answer["answer"])
    assert not_shown not in answer["answer"], answer["answer"]
    assert all(c["period"] == "2025年全年" for c in answer["citations"]), answer["citations"]
