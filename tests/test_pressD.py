"""Who did something, asked of a press conference and a meeting's minutes.

- A question asking for a person (谁, 何人, 哪位) is a name question even when the words saying what the person did are
  an overview's (介绍…运行情况的是谁, 由哪位领导介绍…情况): those words qualify the person, they are not what is asked.
- A figure answered from a table row shows the row's header and that figure's own cells (甲市 … 当月环比增长 -0.8%), as a
  ranking's lines do: the row's other columns (累计同比增长 5.2%, 本年 455.9亿元) count other things; the citation
  quotes the row whole.
- The person's name is the one the sentence writes last in the clause before the question's verb (请副厅长甲介绍… for
  介绍…的是谁, 乙在会议室主持召开… for 谁主持的), also when the person is pointed at with the measure word of people and
  asked by name (介绍情况的那位副厅长叫什么); not the clause's whole subject, nor the name nearest the words the
  question shares.
Invented bulletins (蓼汀省 and 澹溪省, their cities, officials and every figure made up) through the real loader, index
and pipeline."""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.people import doer_person
from qa.pipeline import BulletinQA
from tests.conftest import index_files
from tests.test_pressB import transcript_page
from tests.test_speechC import MAY

_INTRO = ("4月20日上午，省政府新闻办举行新闻发布会，请省商务厅副厅长柏松介绍2026年一季度全省开发区经济运行情况，"
          "省商务厅开发区处处长莫言川、省发展改革委园区办主任祁望舒回答记者提问。")
_TURNS = [
    _INTRO,
    "主持人：各位记者朋友，上午好！首先请柏松副厅长介绍有关情况。",
    "柏松：一季度，全省开发区实现营业收入3915.2亿元，同比增长6.9%。",
    "【记者】蓼汀商报记者：问：蓝江市开发区营收下降，原因是什么？",
    "莫言川：答：主要是蓝江经开区一家龙头企业停产检修，影响营收约20亿元。",
]
_MINUTES = ("澹溪省开发区一季度经济运行分析会会议纪要\n\n"
            "4月16日，省商务厅副厅长尹若川在省商务厅二楼会议室主持召开全省开发区一季度经济运行分析会。会议听取了省商务厅"
            "开发区处关于一季度全省开发区经济运行情况的汇报，溪东市、岭北市商务局分别作了交流发言。现将会议主要精神纪要如下：\n\n"
            "一、会议指出，一季度全省开发区实现营业收入2216.4亿元，同比增长6.2%。\n")


@pytest.fixture(scope="module")
def told_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("pressD-who"),
                       {"2026-04-fabuhui-shilu.html": transcript_page(_TURNS),
                        "2026-04-fenxihui-jiyao.txt": _MINUTES}, embedding)


@pytest.mark.parametrize("question", [
    "发布会上介绍全省开发区运行情况的是谁",
    "一季度发布会上由哪位领导介绍开发区经济运行情况",
    "一季度开发区分析会的主要内容是谁汇报的",
])
def test_a_person_asked_is_a_name_whatever_overview_words_say_what_they_did(question):
    assert classify(question) == "name"


@pytest.mark.parametrize("question, kind", [("介绍一下一季度开发区运行情况", "summary"),
                                            ("发布会上介绍的一季度全省开发区营业收入是多少", "figure")])
def test_no_person_asked_keeps_its_kind(question, kind):
    assert classify(question) == kind


@pytest.mark.parametrize("question, person", [
    ("发布会上介绍全省开发区运行情况的是谁", "柏松"),
    ("一季度新闻发布会上是谁介绍全省开发区经济运行情况的", "柏松"),
    ("发布会上由哪位领导介绍一季度开发区运行情况", "柏松"),
    ("发布会介绍情况的那位副厅长叫什么", "柏松"),
    ("一季度经济运行分析会是谁主持召开的", "尹若川"),
    ("主持一季度开发区经济运行分析会的是哪位领导", "尹若川"),
])
def test_the_person_who_did_what_is_asked_is_answered(told_qa, question, person):
    result = told_qa.ask(question)
    assert result["kind"] == "name" and not result["abstained"], result["answer"]
    assert result["short"] == person, (result["short"], result["answer"])
    assert person in result["citations"][0]["quote"]


def test_the_doer_is_the_person_before_the_verb_not_the_nearest_name():
    assert doer_person("发布会上介绍全省开发区运行情况的是谁", _INTRO) == "柏松"
    assert doer_person("谁牵头负责", "由市商务局牵头负责。") is None  # a body: the rules after find it


@pytest.mark.parametrize("sentence", ["由柏松高新区管委会牵头，联合3家龙头企业共建。", "由蓝江高新区管委会牵头共建。"])
def test_a_body_jieba_tags_as_a_person_is_no_doer(sentence):
    assert doer_person("共享中试基地是谁牵头建的", sentence) is None  # the body: doer_span finds it


@pytest.fixture(scope="module")
def monthly_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("pressD-row"), {"2026-06-yuanqu-kuaibao-1-5yue.html": MAY}, embedding)


@pytest.mark.parametrize("question, figure, others", [
    ("5月檀岙市开发区营业收入环比增长多少", "-0.8%", ("5.2%", "455.9")),
    ("5月份杼汀开发区营收环比是多少", "2.7%", ("6.6%", "301.4")),
])
def test_a_rows_figure_is_shown_with_its_own_cells_only(monthly_qa, question, figure, others):
    result = monthly_qa.ask(question)
    assert result["short"] == figure and figure in result["answer"], result["answer"]
    assert not any(other in result["answer"] for other in others), result["answer"]
    assert all(other.rstrip("%") in result["citations"][0]["quote"] for other in others)  # the row whole
