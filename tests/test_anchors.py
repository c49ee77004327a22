"""What anchors the figure asked: a change verb in the question (增加了多少) asks for a change, it is no
term of an indicator (增加值); a quoted name (“开工一批”) takes the figure written with that name, not
a sibling's in the same sentence. Pure functions, then the sample's answers through the real index."""
from __future__ import annotations

import pytest

from index.loaders import load_file
from index.pipeline import chunk_document
from qa.asked import Ask
from qa.question import Corpus, analyse_question
from qa.quote import CLAUSE, spans
from qa.relevance import term_weights
from qa.quoted_name import quoted_name
from qa.targets import find_target
from settings import ROOT

SAMPLE = ROOT / "documents" / "2024-kaifaqu-tekan-jinzhong-yangquan.txt"
SIBLINGS = "其中:“甲类一批”项目101个,总投资506.2亿元;“乙类一批”项目109个,总投资250亿元。"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.from_chunks(chunk_document(load_file(SAMPLE), SAMPLE.name)[0])


@pytest.mark.parametrize("question", ["新增投资项目增加了多少", "新增投资项目比去年同期增长了多少个",
                                      "新增投资项目较去年提高了几个", "企业数量减少了多少"])
def test_a_change_verb_is_no_term(corpus, question):
    q = analyse_question(question, corpus)
    assert not {"增加", "增长", "提高", "减少"} & set(q.terms)
    assert q.parts[0].unit in ("个", "家")  # a count of projects or companies, not money


def test_value_added_stays_a_term(corpus):
    assert "增加值" in "".join(analyse_question("工业增加值是多少", corpus).terms)


def _target(text: str, ask: Ask, quoted: list[str], corpus: Corpus):
    clauses = spans(CLAUSE, text)
    return find_target(text, clauses, term_weights(ask.terms, corpus, ask.focus), ask, quoted=quoted)


@pytest.mark.parametrize("quoted, figure", [(["甲类一批"], "506.2亿元"), (["乙类一批"], "250亿元")])
def test_a_quoted_name_takes_its_own_figure_not_a_siblings(corpus, quoted, figure):
    ask = Ask(["总投资"], "元", False, "总投资")
    assert _target(SIBLINGS, ask, quoted, corpus).figure == figure


def test_a_numeral_inside_a_quoted_name_is_no_count(corpus):
    ask = Ask(["项目"], "个", True, None)
    assert _target("对2022年“五个一批”签而未落项目开展专项检查", ask, [], corpus) is None
    assert _target("对“五个一批”中签而未落的7个项目开展专项检查", ask, [], corpus).figure == "7个"


@pytest.mark.parametrize("text, name, anchored", [
    ("加快推动某项目等6个“签而未落”早日落地", "签而未落", True),  # the name right after the figure
    ("加快推动某项目等6个“签而未落”早日落地", "落而未投", False),
    ("“甲类一批”项目101个", "甲类一批", True),
    ("全市新增项目101个", "甲类一批", None),                       # no name written with the figure
])
def test_the_name_of_a_figure(text, name, anchored):
    at = text.index("6个" if "6个" in text else "101个")
    assert quoted_name(text, 0, at, at + (2 if "6个" in text else 4), [name]) is anchored


def test_sample_a_change_is_not_value_added(sample_index):
    result = sample_index.qa.ask("阳泉新增投资项目增加了多少？")
    assert result["short"] == "3个"
    assert "13.25亿元" not in result["answer"]


@pytest.mark.parametrize("question, share, figure", [
    ("规上工业增加值占全市的比重是多少", True, "32%"), ("规上工业增加值增长多少", False, "15%")])
def test_a_share_asked_is_not_a_growth(corpus, question, share, figure):
    ask = analyse_question(question, corpus).parts[0]
    assert ask.share is share
    text = "完成规模以上工业增加值70.3亿元,占全市32%,确保全年规模以上工业增加值增长15%以上"
    assert _target(text, ask, [], corpus).figure == figure


def test_money_asked_is_never_answered_by_a_count_or_a_share(corpus):
    ask = analyse_question("平定经开区工业投资多少", corpus).parts[0]
    assert (ask.unit, ask.strict_unit) == ("元", True)
    assert analyse_question("新增投资项目多少", corpus).parts[0].unit == "个"  # projects counted, not money


def test_a_rate_asked_by_name_is_not_another_rate(corpus):
    ask = analyse_question("开工率是多少", corpus).parts[0]
    assert _target("工业类战新产业项目占比高达92%", ask, [], corpus) is None


def test_sample_a_zone_is_not_answered_with_its_citys_figure(sample_index):
    assert sample_index.qa.ask("平定经开区一季度工业投资多少？")["abstained"]
    assert sample_index.qa.ask("晋中高新区工业投资是多少？")["abstained"]  # a kind of zone no bulletin names


@pytest.mark.parametrize("name, figure, anchored", [
    ("三个一批", "48个", None),     # the whole the figure's name is part of
    ("签约一批", "48个", True),
    ("开工一批", "48个", False),    # a sibling with figures of its own later in the sentence
])
def test_a_whole_is_no_sibling(name, figure, anchored):
    text = "截止3月底,“三个一批”项目中,“签约一批”项目48个,签约投资额222.39亿元;“开工一批”项目49个。"
    at = text.index(figure)
    assert quoted_name(text, 0, at, at + len(figure), [name]) is anchored


def test_a_name_the_documents_quote_anchors_without_quotes(corpus):
    assert analyse_question("晋中签约一批项目总投资多少", corpus).quoted == ["签约一批"]
    assert analyse_question("最新一期晋中工业投资多少", corpus).text == "晋中工业投资多少"


def test_a_figure_the_question_states_must_stand_in_the_answer(sample_index):
    result = sample_index.qa.ask("阳泉10亿元以上项目有多少个？")  # only 晋中 counts those
    assert result["abstained"]
    assert sample_index.qa.ask("晋中10亿元以上项目有多少个？")["short"] in ("11个", "8个")


@pytest.mark.parametrize("question", ["工业投资占比多少", "工业投资的比重是多少", "工业投资占全市多少",
                                      "工业投资在全市占多大比重", "工业投资的占比是多少", "哪个工业投资占比高"])
def test_a_share_word_after_an_indicator_asks_that_indicators_share(corpus, question):
    """工业投资占比: the share written with 工业投资 (占全市49%), not a sentence writing 占比 of another
    indicator (工业类战新产业项目占比高达92%)."""
    q = analyse_question(question, corpus)
    ask = q.parts[0]
    assert ask.share and "投资" in ask.focus and not {"占比", "比重", "比高"} & set(q.terms)  # the kind asked
    text = "工业类战新产业项目占比高达92%,工业投资22亿元,占全市49%"
    assert _target(text, ask, [], corpus).figure == "49%"


@pytest.mark.parametrize("question", ["晋中工业投资占比多少？", "晋中和阳泉工业投资占比分别是多少？", "晋中工业投资占比？"])
def test_sample_the_share_of_the_indicator_asked(sample_index, question):
    """Nor is the other indicator's share listed beside it, even when one thing is not clearly asked."""
    result = sample_index.qa.ask(question)
    assert "49%" in result["answer"] and "92%" not in result["answer"]
    assert any("49%" in c["quote"] and "工业投资" in c["quote"] for c in result["citations"])


def test_the_occasion_before_every_figure_does_not_pick_one(corpus):
    """第X次活动 written before all the sentence's figures is theirs alike: the figure asked is the one
    whose own clause names what is counted (开工23个), not the first one after the occasion (铺排60个)."""
    text = "第二次“三个一批”活动,我市铺排项目60个,总投资280.8亿元,其中签约17个、总投资94.7亿元,开工23个、总投资98.7亿元。"
    q = analyse_question("第二次“三个一批”开工项目几个、总投资多少？", corpus)
    first = _target(text, q.parts[0], q.quoted, corpus)
    assert first.figure == "23个"
    clauses = spans(CLAUSE, text)
    second = find_target(text, clauses, term_weights(q.parts[1].terms, corpus, q.parts[1].focus), q.parts[1],
                         first.clause, q.quoted)
    assert second.figure == "98.7亿元"


def test_a_term_of_the_occasion_written_again_with_a_figure_still_tells(corpus):
    """臀鳍 stands before every figure and again in the clause of one: there it tells that one apart."""
    ask = Ask(["臀鳍", "硬棘"], "枚", True, None)
    assert _target("腹部及臀鳍基部无鳞；背鳍硬棘10枚,臀鳍硬棘3枚。", ask, [], corpus).figure == "3枚"


@pytest.mark.parametrize("question, short", [("阳泉“签约一批”里已经开工的项目有几个？", "34个"),
                                             ("阳泉“签约一批”项目签约投资额是多少？", "222.39亿元")])
def test_sample_a_quoted_group_anchors_its_figures_the_clause_tells_which(sample_index, question, short):
    """The quoted name asked (“签约一批”) is every figure's of its part; what the question asks of it (开工,
    签约投资额) picks the figure."""
    assert sample_index.qa.ask(question)["short"] == short
