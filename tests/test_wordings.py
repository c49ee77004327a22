"""Staff's wordings of the question kinds: count nouns, a city's zones, issue numbers, this year's targets, and
the cues of trends, lists and per-period figures. Pure parts on their own; the answers on the real sample index."""
from __future__ import annotations

import pytest

from qa.conversation import resolve_history
from qa.corpus import Corpus
from qa.counted import asked_noun, counts_noun
from qa.issues import issue_labels, numbered, with_periods
from qa.kinds import classify, is_cue


@pytest.mark.parametrize("question, kind", [
    ("阳泉投产率是升了还是降了", "trend"),
    ("达产率是不是一直在降", "trend"),
    ("承诺制项目数量一直在增加吗", "trend"),
    ("后续有什么安排", "list"),
    ("接下来的工作重点是什么", "list"),
    ("一季度和上半年的开工率", "each"),            # two periods named: one figure each
    ("全年的增长目标是多少", "figure"),             # one period and one place are no two of anything
    ("有哪几个开发区", "list"),                     # the zones' names, not their count
    ("有几个开发区", "figure"),
    ("要保障的重点企业有哪几家", "list"),          # 哪几家: several firms, listed (哪家 asks one: a name)
    ("甲区的增加值比乙区高吗", "compare"),
    ("三个开发区的增速排个名", "compare"),
    ("新申报企业数量变动情况", "trend"),
    ("开工率是一季度高还是上半年高", "compare"),
    ("签约投资额与乙市比起来怎么样", "compare"),
])
def test_kind_of_staff_wordings(question: str, kind: str) -> None:
    assert classify(question, 1) == kind


@pytest.mark.parametrize("word", ["多一点", "更高一些", "还是", "是不是", "一直"])
def test_words_saying_how_the_answer_is_wanted_are_no_topic(word: str) -> None:
    assert is_cue(word)


@pytest.mark.parametrize("question, noun", [
    ("某市有几个开发区？", "开发区"),
    ("建了几个有机旱作示范项目", "项目"),
    ("一共搞了多少场招商对接活动", "活动"),
    ("新申报了多少家四上企业呢", "企业"),
    ("实行承诺制的项目有几个", None),      # the count word ends the question: no noun asked after it
    ("完成了多少投资", None),              # an amount, not a count of things
    ("举办招商对接活动多少场次", None),    # 场次 is the measure word
    ("有多少家新申报“四上”企业", "企业"),  # the noun after the quoted name
])
def test_the_noun_a_count_asks(question: str, noun: str | None) -> None:
    assert asked_noun(question) == noun


@pytest.mark.parametrize("sentence, figure, noun, counts", [
    ("全市9家工业类开发区完成工业增加值70.3亿元", "9家", "开发区", True),      # written after the count
    ("目前全市开发区实行承诺制项目30个", "30个", "开发区", False),           # its own noun, before it
    ("新申报企业20家,比去年增加12家", "12家", "企业", True),                # the noun of the count before it
    ("我市铺排项目60个,其中签约17个、开工23个", "23个", "项目", True),
    ("我市铺排项目60个,其中签约17个、开工23个", "23个", "开发区", False),
    ("保障油田作业机器人项目等6个“落而未投”项目", "6个", "开发区", False),   # 项目等6个: 等 skipped
    ("今年共新增5个", "5个", "开发区", None),                               # no noun anywhere: not known
    ("全市9家工业类开发区完成工业增加值70.3亿元", "9家", "园区", True),        # another word for a zone
])
def test_what_a_count_counts(sentence: str, figure: str, noun: str, counts: bool | None) -> None:
    at = sentence.find(figure)
    assert counts_noun(sentence, at, at + len(figure), noun) is counts


TITLE = "全省开发区“项目建设”特刊"
MANIFEST = {
    "a.txt": {"title": TITLE, "issue": None, "period": "2024年一季度", "as_of": 202403},
    "b.txt": {"title": f"{TITLE}（2024年第2期）", "issue": "2024年第2期", "period": "2024年上半年", "as_of": 202406},
    "c.docx": {"title": f"{TITLE}（2024年第3期）", "issue": "2024年第3期", "period": "2024年前三季度", "as_of": 202409},
}


def test_an_issue_without_its_number_is_numbered_by_its_place_in_the_series() -> None:
    issues = numbered(MANIFEST)
    assert issues[(2024, 1)]["doc"] == "a.txt" and issues[(2024, 3)]["doc"] == "c.docx"
    assert issue_labels(MANIFEST) == ["2024年第1期", "2024年第2期", "2024年第3期"]


def test_a_series_whose_numbers_do_not_fit_their_order_numbers_only_those_it_states() -> None:
    skipping = {**MANIFEST, "c.docx": {**MANIFEST["c.docx"], "issue": "2024年第5期"}}
    assert sorted(numbered(skipping)) == [(2024, 2), (2024, 5)]


@pytest.mark.parametrize("question, rewritten, missing", [
    ("第2期晋中签约投资额是多少", "2024年上半年晋中签约投资额是多少", []),
    ("2024年第三期特刊里工业投资多少", "2024年前三季度工业投资多少", []),
    ("第1期的开工率", "2024年一季度开工率", []),
    ("第4期工业投资多少", "第4期工业投资多少", ["第4期"]),
    ("项目(一期)建成了吗", "项目(一期)建成了吗", []),                 # a project's phase is no issue
])
def test_an_issue_named_is_read_as_the_period_it_reports(question: str, rewritten: str, missing: list) -> None:
    assert with_periods(question, MANIFEST) == (rewritten, missing)


def test_a_count_of_zones_takes_the_zones_figure_and_no_other_count(sample_index) -> None:
    answer = sample_index.qa.ask("晋中有几个开发区？")
    assert not answer["abstained"] and answer["short"] == "9家"
    assert sample_index.qa.ask("阳泉有几个开发区？")["abstained"]  # its bulletin counts projects, not zones


def test_a_citys_zones_are_listed_each_cited(sample_index) -> None:
    answer = sample_index.qa.ask("阳泉都有哪些开发区")
    assert answer["kind"] == "list" and not answer["abstained"]
    for name in ("阳泉高新区", "平定经开区"):
        n = next(c["n"] for c in answer["citations"] if name in c["quote"])
        assert f"{name}[{n}]" in answer["answer"]
        assert all(c["region"] == "阳泉" for c in answer["citations"])


def test_this_years_target_answers_a_question_after_it(sample_index) -> None:
    assert sample_index.qa.ask("晋中今年工业投资目标增长多少")["short"] == "16%"
    assert sample_index.qa.ask("阳泉规上工业增加值全年的增长目标是多少")["short"] == "15%"


def test_an_issue_no_bulletin_is_withheld_naming_those_indexed(sample_index) -> None:
    answer = sample_index.qa.ask("第4期晋中工业投资是多少")
    assert answer["abstained"] and "第4期" in answer["answer"]


@pytest.mark.parametrize("history, follow_up, resolved", [
    (["阳泉投产率是升了还是降了"], "达产率呢", "阳泉达产率升了还是降了"),          # the trend's words stay
    (["一季度两市工业投资比一比"], "规上工业增加值呢", "一季度两市规上工业增加值比一比"),  # the comparison's too
    (["晋中今年工业投资目标增长多少"], "规上工业增加值呢", "晋中今年规上工业增加值目标增长多少"),  # and the target's
])
def test_a_follow_up_keeps_what_kind_of_answer_the_previous_question_asked(sample_index, history, follow_up,
                                                                           resolved) -> None:
    corpus = Corpus.from_chunks(sample_index.qa.snapshot.chunks)
    assert resolve_history(follow_up, history, corpus) == resolved


def test_a_rate_of_change_is_of_the_indicator_its_part_of_the_sentence_names(sample_index) -> None:
    # 规模以上工业增加值完成13.25亿元;工业投资…完成9.85亿元,同比增长2.2%: the 2.2% is the investment's
    assert sample_index.qa.ask("阳泉一季度工业投资增速是多少")["short"] == "2.2%"
    assert sample_index.qa.ask("阳泉一季度规上工业增加值增速是多少")["abstained"]


def test_a_figure_named_a_target_answers_only_a_question_after_targets(sample_index) -> None:
    # 聚焦规模以上工业增加值增长15%目标: no result of the quarter
    assert sample_index.qa.ask("阳泉规上工业增加值增长了多少")["abstained"]
    assert sample_index.qa.ask("阳泉规上工业增加值的增长目标是多少")["short"] == "15%"


def test_a_count_asked_by_its_noun_and_数_is_a_count(sample_index) -> None:
    answer = sample_index.qa.ask("晋中签约项目数")
    assert not answer["abstained"] and "23个" in answer["answer"] and "72%" not in answer["answer"]


def test_both_ends_asked_rank_from_the_top(sample_index) -> None:
    answer = sample_index.qa.ask("一季度两市工业投资谁高谁低")
    assert answer["kind"] == "compare" and answer["short"] == "晋中"


def test_a_rise_asked_colloquially_is_a_rate_of_change(sample_index) -> None:
    assert sample_index.qa.ask("阳泉一季度工业投资涨了多少")["short"] == "2.2%"
    assert sample_index.qa.ask("晋中那边签约项目多少个")["short"] == "23个"  # 那边 says where, no topic
