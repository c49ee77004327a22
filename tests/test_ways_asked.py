"""Ways, plans and figures asked in shapes the bulletins do not write: a how question's own wording (咋搞, 有啥经验可
推广) is no topic; a way announced by a colon (具体做法：) goes on with the item's numbered lines; a plan asked for the
months after an issue (下半年准备怎么…) is read in that issue; a list shows each item's first figures; places asked
in different periods each keep their own; 两市开发区 names cities. Two small invented bulletins, through the real
loaders, index and pipeline."""
from __future__ import annotations

import pytest

from index.zones import find_zones
from qa.compose.how import _titled
from qa.compose.ways_told import DOING
from qa.corpus import Corpus
from qa.kinds import classify
from qa.pipeline import BulletinQA
from qa.written_zones import with_written_zones
from tests.test_layouts import index_html_issues

FIRST_HALF = {
    "柳城市": {
        "主要做法": ["抓招商。上半年新签约项目21个，总投资86.4亿元；5月20日举办“柳城产业链招商周”，现场签约项目9个。",
                   "抓项目。上半年柳城经开区新开工项目14个。具体做法：",
                   "1）推行“预审代办”，审批时限压缩至18个工作日；",
                   "2）设立3亿元项目周转资金，撬动银行贷款9.2亿元。"],
        "存在的不足": ["一是研发投入不足，研发经费占营业收入比重仅1.4%；二是园区配套不完善；三是外资到位偏慢，实际使用外资同比下降。"],
        "下阶段重点": ["一要抓项目落地。对签约项目实行“周盯办、月评比”，确保开工率达到70%。",
                    "二要抓外贸。新开通货运班列2条。", "三要抓外资。力争实际使用外资突破3000万美元。"],
        "工作成效": ["柳城开发区实现营业收入212.6亿元，同比增长6.8%。",
                   "对外开放扩大。实际使用外资1200万美元，同比下降4.1%；进出口总额20.1亿元。"],
    },
    "桦川市": {
        "工作成效": ["全市开发区实现营业收入133.5亿元，同比增长5.1%。"],
        "存在问题": ["营业收入持续负增长，传统化工产业占比偏高，达到58.4%；园区道路欠账较多。"],
        "下阶段打算": ["一是力争营业收入止跌回稳；二是推动化工产业高端化改造；三是新建园区道路3公里。"],
    },
}
THREE_QUARTERS = {
    "柳城市": {"工作成效": ["柳城开发区实现营业收入318.2亿元，同比增长7.0%。"]},
    "桦川市": {"工作成效": ["全市开发区实现营业收入201.9亿元，同比增长5.6%。"]},
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_html_issues(tmp_path_factory.mktemp("ways"), embedding, [
        ("2025-07-a.html", FIRST_HALF, "编者按：2025年上半年工作情况摘编如下。", "2025年第2期"),
        ("2025-10-a.html", THREE_QUARTERS, "编者按：2025年前三季度，柳城、桦川两市开发区营业收入稳步增长，工作情况摘编如下。",
         "2025年第3期")])


@pytest.mark.parametrize("question", ["柳城招商那块是咋搞起来的？", "柳城招商有啥经验值得推广复制？"])
def test_the_wording_of_a_how_is_no_topic_its_answer_must_hold(qa: BulletinQA, question: str) -> None:
    answer = qa.ask(question)
    assert answer["kind"] == "how" and "柳城产业链招商周" in answer["answer"]


def test_means_asked_with_de_is_a_how() -> None:
    assert classify("柳城经开区抓项目靠的什么？", 1) == "how"


def test_a_way_announced_by_a_colon_goes_on_with_its_numbered_lines(qa: BulletinQA) -> None:
    answer = qa.ask("柳城经开区抓项目靠的什么？")
    assert "预审代办" in answer["answer"] and "3亿元项目周转资金" in answer["answer"]
    assert len(answer["citations"]) == 3  # the item's opening and each of its lines, cited


def test_a_plan_asked_for_the_months_after_an_issue_is_read_in_it(qa: BulletinQA) -> None:
    answer = qa.ask("柳城下半年准备怎么抓项目落地？")
    assert not answer["abstained"] and "周盯办、月评比" in answer["answer"]


def test_a_list_shows_each_items_first_figures(qa: BulletinQA) -> None:
    answer = qa.ask("柳城有哪些短板？")
    assert answer["kind"] == "list" and "1.4%" in answer["answer"]


def test_places_asked_in_different_periods_each_keep_their_own(qa: BulletinQA) -> None:
    answer = qa.ask("柳城上半年和桦川前三季度营业收入各是多少？")
    assert answer["kind"] == "each"
    assert "212.6亿元" in answer["answer"] and "201.9亿元" in answer["answer"]
    assert "318.2亿元" not in answer["answer"] and "133.5亿元" not in answer["answer"]


def test_cities_counted_before_a_zone_word_name_the_cities(qa: BulletinQA) -> None:
    corpus = Corpus.from_chunks(qa.snapshot.chunks, qa.snapshot.lexical)
    assert with_written_zones("柳城和桦川两市开发区营业收入各多少", corpus) == "柳城和桦川两市开发区营业收入各多少"
    answer = qa.ask("柳城和桦川两市开发区前三季度营业收入各是多少？")
    assert "318.2亿元" in answer["answer"] and "201.9亿元" in answer["answer"]


def test_how_a_figure_came_about_asked_as_a_follow_up_takes_the_previous_topic(qa: BulletinQA) -> None:
    answer = qa.ask("他们是怎么做到的？", history=["柳城上半年新签约项目多少个？"])
    assert "签约项目" in answer["resolved_question"] and "柳城产业链招商周" in answer["answer"]


def test_a_change_up_to_a_later_period_asked_as_a_follow_up_is_a_trend(qa: BulletinQA) -> None:
    answer = qa.ask("到前三季度变化怎么样？", history=["柳城开发区上半年营业收入多少？"])
    assert answer["kind"] == "trend" and "212.6亿元" in answer["answer"] and "318.2亿元" in answer["answer"]


def test_a_problem_asked_is_met_by_the_plan_not_by_an_achievement_repeating_it(qa: BulletinQA) -> None:
    answer = qa.ask("柳城外资下降怎么办？")
    assert answer["kind"] == "how" and "3000万美元" in answer["answer"] and "1200万美元" not in answer["answer"]


def test_the_problem_asked_is_its_clause_not_those_stated_beside_it(qa: BulletinQA) -> None:
    answer = qa.ask("桦川营业收入负增长如何破解？")
    assert "止跌回稳" in answer["answer"] and "高端化改造" not in answer["answer"]


@pytest.mark.parametrize("text, zones", [
    ("槐安经开区营业收入两期变化？", ["槐安经开区"]),       # jieba cuts 槐 / 安: a place's name, whatever it reads
    ("推动槐安经开区标准厂房二期", ["槐安经开区"]), ("全市经开区", []), ("各经开区", []),
])
def test_a_zone_word_after_a_place_takes_two_characters_jieba_cuts_apart(text: str, zones: list[str]) -> None:
    assert [name for _, _, name in find_zones(text)] == zones


@pytest.mark.parametrize("question, places, kind", [
    ("柳城营业收入上半年和前三季度咋样？", 1, "each"),  # how each period went, no way of doing
    ("柳城和桦川营业收入怎么样？", 2, "each"), ("柳城招商怎么样？", 1, "how"), ("柳城和桦川招商是怎么做的？", 2, "how"),
])
def test_how_it_went_asked_of_several_periods_or_places_is_each(question: str, places: int, kind: str) -> None:
    assert classify(question, places) == kind



@pytest.mark.parametrize("item, question, titled", [
    ("抓项目", "桐溪经开区抓项目靠的什么？", True), ("二是持续加速项目建设", "怎么持续加速项目建设的？", True),
    ("抓招商", "桐溪经开区抓项目靠的什么？", False), (None, "抓项目靠的什么？", False),
])
def test_an_item_whose_title_the_question_writes_is_the_way_asked(item, question: str, titled: bool) -> None:
    assert _titled(item, question) is titled


@pytest.mark.parametrize("sentence, doing", [("数字经济产业园推行“拎包入驻”。", True), ("建立外资企业“服务专员”制度", True),
                                             ("数字经济产业园获评“省级数字经济示范园区”，新入驻企业51家。", False)])
def test_a_way_is_told_by_a_verb_of_doing_a_result_by_what_came_of_it(sentence: str, doing: bool) -> None:
    assert bool(DOING.search(sentence)) is doing
