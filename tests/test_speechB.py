"""The answering side of a leader's speech and the bulletins beside it: a question naming the speaker's post (副省长讲话
里…) is asked of the speech, not withheld as naming a place no bulletin writes; a chain of zones' clauses that says its
indicator once (甲…实现营业收入512.4亿元；乙301.7亿元) answers an each of the later zones, asked in the abbreviation
(营收) the speech writes as a word of its own beside the reports' 营业收入; a rank the speech states in words (增速居全省
首位, 排名第一) answers who is first, over a growth written in words (增长三成) that no ranking of figures can place.
Invented bulletins (榀原省, its cities and every figure made up) through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

SPEECH = ("在全省园区高质量发展推进会上的讲话\n2026年2月20日\n\n同志们：\n\n"
          "一、过去一年的成效\n\n"
          "过去一年，全省园区实现营业收入4210.6亿元，同比增长6.4%；实际使用外资5.31亿美元，同比增长8.2%。"
          "比如桦岑经开区全年营收突破千亿元，达到1120.5亿元，同比增长7.9%，继续稳居全省第一；榆泷高新区营收702.3亿元，"
          "同比增长5.8%；柘湾经开区营收增长三成，达到233.6亿元，增速居全省首位。全省园区高新技术企业达到1862家；"
          "榆泷高新区研发经费投入强度达到4.1%，在全省园区中排名第一。\n\n"
          "二、今年的重点工作\n\n"
          "一要抓招商引资不放松。全年举办专题招商活动不少于40场。二要抓项目建设不停步。确保签约项目半年内开工率达到65%以上。"
          "三要抓营商环境不懈怠。推行“一枚印章管审批”。\n")
REPORT = ("榀原省园区运行简报\n2026年第1期\n榀原省商务厅　　2026年4月20日\n\n"
          "一季度，全省园区实现营业收入1032.4亿元，同比增长6.1%。\n\n"
          "桦岑市：一季度，桦岑经开区实现营业收入212.6亿元，同比增长7.2%。\n")
CHAIN = ("2026年1-5月全省园区经济运行快报\n榀原省商务厅　　2026年6月18日\n\n"
         "1-5月，全省园区实现营业收入1796.8亿元，同比增长6.6%。\n\n"
         "重点园区中，桦岑经开区1-5月实现营业收入512.4亿元，同比增长8.1%；榆泷高新区301.7亿元，同比增长6.3%；"
         "柘湾经开区126.9亿元，同比增长2.2%。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {"2026-02-yuanqu-tuijinhui-jianghua.txt": SPEECH, "2026-04-yuanqu-jianbao-di1qi.txt": REPORT,
             "2026-06-yuanqu-kuaibao-1-5yue.txt": CHAIN}
    return index_files(tmp_path_factory.mktemp("speechB"), files, embedding)


@pytest.mark.parametrize("question", ["副省长讲话里今年的重点工作有哪几要", "省长在推进会上部署了哪些重点工作",
                                      "副市长讲话提出的重点工作有哪些"])
def test_a_speakers_post_is_no_place_name(qa, question):
    answer = qa.ask(question)
    assert not answer["abstained"], answer["answer"]
    for task in ("招商引资", "项目建设"):
        assert task in answer["answer"], (task, answer["answer"])


def test_a_place_no_bulletin_writes_is_still_withheld(qa):
    answer = qa.ask("澴阳经开区一季度营收多少")
    assert answer["abstained"], answer["answer"]


@pytest.mark.parametrize("question, figures", [
    ("1-5月榆泷高新区和柘湾经开区营收分别是多少", ("301.7亿元", "126.9亿元")),
    ("1-5月桦岑经开区、榆泷高新区营业收入各是多少", ("512.4亿元", "301.7亿元")),
    ("榆泷高新区和柘湾经开区1-5月营收各多少", ("301.7亿元", "126.9亿元"))])
def test_each_of_the_zones_a_chain_of_clauses_names_after_its_indicator(qa, question, figures):
    answer = qa.ask(question)
    for figure in figures:
        assert figure in answer["answer"], (figure, answer["answer"])
    assert all(c["period"] == "2026年1-5月" for c in answer["citations"]), answer["citations"]


def test_an_elided_indicator_is_not_another_indicators(qa):
    answer = qa.ask("1-5月榆泷高新区和柘湾经开区规上工业增加值分别是多少")
    assert "301.7" not in answer["answer"] and "126.9" not in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question, first", [
    ("去年营收增速最快的园区是哪个", "柘湾经开区"),      # 增长三成: no figure; 7.9% is the largest written
    ("去年哪个园区营收增长最快", "柘湾经开区"),
    ("去年营收增速排全省第一的园区是哪个", "柘湾经开区"),  # 首位 is 第一; not 稳居全省第一 (its size)
    ("研发经费投入强度全省园区排第一的是哪家", "榆泷高新区")])  # …4.1%，在全省园区中排名第一: no rank column
def test_the_first_place_a_speech_writes_in_words(qa, question, first):
    answer = qa.ask(question)
    assert answer["short"] == first, answer["answer"]
    assert first in answer["citations"][0]["quote"], answer["citations"]
