"""Two faults the merged gate found in fresh wordings (docs/rounds.md, lead 2026-12-01 17:40): an interview whose
reporter's turn writes no 问 (记者：…有什么经验？) and whose official answers under his name and post with no 答; and a
notice's foreword (…现将有关情况通报如下), which announces the bulletin and answers nothing, quoted for a question on the
speech the notice follows up.
Real indexes of invented bulletins (tests/conftest.py)."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from qa.turns import is_question_turn, is_reply_turn
from tests.conftest import index_files

_INTERVIEW = "\n\n".join([
    "省商务厅负责同志就一季度全省开发区运行情况答记者问（2026年一季度）",
    "记者：一季度全省开发区运行总体情况如何？",
    "省商务厅副厅长岑望舒：一季度全省开发区实现营业收入2210.4亿元，同比增长6.8%。",
    "记者：璜川高新区增速领先，有什么经验？",
    "璜川市商务局局长隗子衿：主要是抓住了储能电池这条链，我们的做法是“一链一专班”，每条产业链配一个专班，问题不过夜。",
])
_SPEECH = "\n\n".join([
    "在全省开发区建设推进会上的讲话（2026年2月）",
    "同志们：过去一年，全省开发区实现营业收入8800亿元。",
    "二、扎实抓好2026年重点工作",
    "一要抓招商引资不放松，全年举办专题招商活动不少于40场。二要抓项目建设不停步，确保签约项目半年内开工率达到六成以上。",
])
_NOTICE = "\n\n".join([
    "关于一季度全省开发区重点工作督查情况的通报（2026年一季度）",
    "为推动推进会部署落到实处，省商务厅组成3个督查组，对全省开发区一季度重点工作进行了实地督查。现将有关情况通报如下。",
    "督查发现，部分开发区签约项目开工率偏低。",
])

_APPRAISAL = "\n\n".join([
    "关于2025年度全省开发区工作考核情况的通报",
    "2025年，全省开发区实现营业收入9120.5亿元，同比增长6.2%。经综合考核，璜川经济技术开发区、琳州高新技术产业开发区"
    "获评“2025年度全省考核优秀开发区”。现将有关情况通报如下。",
    "一、主要做法",
    "各开发区坚持项目为王，全年新开工亿元以上项目210个。",
])


@pytest.fixture(scope="module")
def lead25_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("lead25"), {
        "2026-04-kaifaqu-yijidu-da-jizhe-wen.txt": _INTERVIEW,
        "2026-02-kaifaqu-tuijinhui-jianghua.txt": _SPEECH,
        "2026-04-kaifaqu-ducha-tongbao.txt": _NOTICE,
        "2026-01-kaifaqu-kaohe-tongbao.txt": _APPRAISAL}, embedding)


def test_a_reporters_turn_asks_and_the_officials_named_turn_replies():
    assert is_question_turn("记者：璜川高新区增速领先，有什么经验？")
    assert is_reply_turn("璜川市商务局局长隗子衿：主要是抓住了储能电池这条链。")
    assert not is_reply_turn("记者：还有什么问题？")


@pytest.mark.parametrize("question", ["璜川高新区一季度增速领先，有啥经验做法？", "璜川高新区一季度增长快有什么经验"])
def test_a_way_asked_of_an_interview_is_the_officials_reply(lead25_qa, question):
    answer = lead25_qa.ask(question)["answer"]
    assert "一链一专班" in answer, answer
    assert "有什么经验" not in answer, answer  # the reporter's question repeats the question asked, and answers nothing


@pytest.mark.parametrize("question", ["副省长讲话对今年重点工作是怎么部署的", "推进会以后重点工作怎么部署的"])
def test_a_foreword_answers_nothing(lead25_qa, question):
    answer = lead25_qa.ask(question)["answer"]
    assert "现将有关情况通报如下" not in answer, answer


@pytest.mark.parametrize("question", ["2025年度考核优秀的开发区有哪些", "2025年度考核获评优秀的开发区是哪几家？"])
def test_a_lead_that_tells_something_before_its_foreword_answers(lead25_qa, question):
    answer = lead25_qa.ask(question)["answer"]
    assert "璜川经济技术开发区" in answer and "琳州高新技术产业开发区" in answer, answer
