"""A speech's figures asked in other words than it writes them: a round bound a clause later stated exactly (甲经开区全年营收
突破一千亿元，达到1043.8亿元: the amount answers, not the bound); a term asked in full (营业收入) of a speech that writes
its abbreviation as a word of its own (营收615.2亿元) beside a report writing it in full, asked again as the speech
words it; 上年度 asked is last year; a 快报 table's cell under a column of changes (当月环比增长 -0.8) is no amount asked
(营收多少). Invented bulletins (滢岫省, its zones and every figure made up, beside the 快报 of tests/test_speechC.py)
through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files
from tests.test_speechC import AUGUST, MAY

SPEECH = ("在全省开发区工作会议上的讲话\n2026年3月2日\n\n同志们：\n\n"
          "一、过去一年的成效\n\n"
          "过去一年，全省开发区实现营业收入2860.7亿元，同比增长5.9%；实际使用外资3.15亿美元，同比增长4.2%。"
          "比如岷澈经开区全年营收突破一千亿元，达到1043.8亿元，同比增长8.1%，继续保持全省第一；蓟桥高新区营收615.2亿元，"
          "同比增长6.4%；滦汀经开区营收超过两百亿元，为212.9亿元。全省开发区高新技术企业达到1390家。\n\n"
          "二、今年的重点工作\n\n"
          "一要抓招商引资不放松。二要抓项目建设不停步。\n")
REPORT = ("滢岫省开发区运行情况通报\n2026年第1期\n滢岫省商务厅　　2026年4月20日\n\n"
          "一季度，全省开发区实现营业收入702.5亿元，同比增长5.5%；实际使用外资0.82亿美元，同比增长3.1%。\n\n"
          "一、岷澈市\n\n岷澈经开区一季度营业收入263.1亿元，同比增长7.2%。\n\n"
          "二、蓟桥市\n\n蓟桥高新区一季度营业收入150.6亿元，同比增长4.8%。\n\n"
          "三、滦汀市\n\n滦汀经开区一季度营业收入61.3亿元，同比增长3.9%。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {"2026-03-kaifaqu-gongzuo-huiyi-jianghua.txt": SPEECH, "2026-04-kaifaqu-yunxing-tongbao.txt": REPORT,
             "2026-06-yuanqu-kuaibao-1-5yue.html": MAY, "2026-09-yuanqu-kuaibao-di8qi.html": AUGUST}
    return index_files(tmp_path_factory.mktemp("speech25"), files, embedding)


@pytest.mark.parametrize("question, figure", [("岷澈经开区去年营收是多少", "1043.8亿元"),
                                              ("过去一年岷澈经开区营收规模有多大", "1043.8亿元"),
                                              ("滦汀经开区去年营收多少", "212.9亿元")])
def test_a_bound_stated_exactly_in_the_next_clause_is_answered_with_the_amount(qa, question, figure):
    answer = qa.ask(question)
    assert answer["short"] == figure, answer["answer"]


@pytest.mark.parametrize("question, figure", [("蓟桥高新区去年营业收入是多少", "615.2亿元"),
                                              ("蓟桥高新区2025年的营业收入", "615.2亿元"),
                                              ("岷澈经开区上年度营业收入多少", "1043.8亿元")])
def test_a_term_asked_in_full_is_asked_again_as_the_speech_abbreviates_it(qa, question, figure):
    answer = qa.ask(question)
    assert answer["short"] == figure, answer["answer"]
    assert "2025年" in answer["answer"], answer["answer"]


def test_the_term_written_in_full_is_answered_as_written(qa):
    answer = qa.ask("蓟桥高新区一季度营业收入是多少")  # a guard: no asking again where the report writes it
    assert answer["short"] == "150.6亿元", answer["answer"]


@pytest.mark.parametrize("question, figure, change", [("5月檀岙市开发区营收多少", "97.1", "-0.8"),
                                                      ("8月栲川开发区当月营收是多少", "138.4", "-1.6")])
def test_a_change_columns_cell_is_no_amount_asked(qa, question, figure, change):
    answer = qa.ask(question)
    assert figure in answer["short"] and change not in answer["answer"], answer["answer"]


def test_a_change_asked_is_read_from_the_change_column(qa):
    answer = qa.ask("5月檀岙市开发区营收环比增长多少")  # a guard: the change asked stays the column's
    assert answer["short"] == "-0.8%", answer["answer"]
