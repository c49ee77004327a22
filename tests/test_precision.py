"""One question, one right answer (pure, no model): question analysis (one thing asked, dates, focus,
segmentation fragments, whole-word regions), the figure of the indicator asked, one-fact windows,
periods the bulletins do not report, and the sample's answers through the real index."""
from __future__ import annotations

import pytest

from index.loaders import load_file
from index.pipeline import chunk_document
from index.figures import FIGURE
from qa.answer import period_not_reported
from qa.corpus import Corpus
from qa.quote import MAX_SINGLE_QUOTE, single_window
from qa.question import analyse_question, asks_one_thing, mentions, word_bounds
from qa.relevance import names_person
from qa.dates import date_in
from qa.targets import figure_pattern
from settings import ROOT

SAMPLE = ROOT / "documents" / "2024-kaifaqu-tekan-jinzhong-yangquan.txt"
SHARES = "一季度,全市9家工业类开发区完成规模以上工业增加值70.3亿元,占全市32%,工业投资22亿元,占全市49%。"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.from_chunks(chunk_document(load_file(SAMPLE), SAMPLE.name)[0])


@pytest.mark.parametrize("question, one", [
    ("晋中招商引资签约了几个项目？", True), ("龙烟铁路什么时候开通运营？", True), ("于乐在哪里出身？", True),
    ("司马晏是谁的儿子？", True), ("晋中下一步有哪些工作计划？", False), ("晋中市是怎么统筹协调的？", False),
    ("阳泉、晋中签约投资额分别是多少？", False), ("大莱龙铁路有什么重要作用？", False),
])
def test_a_question_after_one_thing(question, one):
    assert asks_one_thing(question) is one


@pytest.mark.parametrize("text, date", [
    ("龙烟铁路于2017年12月19日18时开通运营。", "2017年12月19日18时"), ("截止3月底,全市开发区", "3月底"),
    ("2024年5月18日上午9时，开幕式在体育馆举行", "2024年5月18日上午9时"), ("决赛于5月25日举行", "5月25日"),
    ("该馆始建于1952年", "1952年"), ("没有日期。", None),
])
def test_date_in(text, date):
    assert date_in(text) == date


@pytest.mark.parametrize("text, figure", [
    ("预计参与学生超过8000人次", "8000人次"), ("设计时速350公里/小时", "350公里/小时"), ("接待游客12万人次", "12万人次"),
    ("塔高632米", "632米"), ("第12届", "12届"), ("历时3个月", "3个月"),
])
def test_units_outside_the_bulletin_vocabulary_are_figures(text, figure):
    assert [m.group() for m in FIGURE.finditer(text)] == [figure]


@pytest.mark.parametrize("sentence, figures", [
    ("连载完结时共有33话。", ["33话"]), ("生活在水深2至23公尺的海域。", ["2至23公尺"]), ("他历仕三朝。", ["三朝"]),
    ("参与第十三届选举。", ["第十三届"]), ("入学率约为八成。", ["八成"]), ("体长约10英寸。", ["10英寸"]),
    ("全年划分为十五路。", ["十五路"]),
    ("二是抓好项目建设，一直在推进。", []),                  # an enumeration and a word holding 一 count nothing
    ("第二次“三个一批”活动，铺排项目60个。", ["60个"]),      # beside a figure of the bulletin vocabulary
])
def test_a_sentence_without_bulletin_figures_has_counts(sentence, figures):
    assert [m.group() for m in figure_pattern(sentence).finditer(sentence)] == figures


def test_a_person_is_named_by_a_name_or_a_transliteration():
    assert names_person("1990年，约翰逊率队击败了杜克大学。") and names_person("莱昂德罗·内托曾效力于本菲卡。")
    assert not names_person("该站位于埼玉县。")


def test_a_region_is_named_only_as_a_whole_word():
    question = "中法学院评为什么等级？"
    assert mentions(question, "法学", word_bounds(question)) == []
    assert mentions("晋中市签约项目", "晋中", word_bounds("晋中市签约项目")) == [0]
    # jieba cuts 栖凤前 / 三季度: the period that follows ends the name all the same
    assert mentions("栖凤前三季度营收多少", "栖凤", word_bounds("栖凤前三季度营收多少")) == [0]
    # jieba cuts 2024 / 年栖凤: a year ends a word, so the place after it is named
    assert mentions("2024年栖凤建成投产的是哪个项目？", "栖凤", word_bounds("2024年栖凤建成投产的是哪个项目？")) == [5]


def test_a_segmentation_fragment_is_no_unknown_term(corpus):
    q = analyse_question("阳泉有多少个签而未落的项目？", corpus)
    assert q.unknown == [] and "个签" not in q.terms and q.region == "阳泉"
    assert analyse_question("长治开发区一季度规上工业增加值是多少？", corpus).unknown == ["长治"]


def test_the_share_asked_is_the_one_of_the_indicator_before_zhan(corpus):
    assert analyse_question("晋中工业类开发区的工业投资占全市多少？", corpus).parts[0].focus == "投资占"
    assert analyse_question("晋中签约项目数占全市招商引资项目的占比是多少？", corpus).parts[0].focus.endswith("占")


def test_a_date_question_wants_a_date_not_a_count(corpus):
    q = analyse_question("阳泉的数据统计截至几月几号？", corpus)
    assert q.asks_date and q.single and not q.wants_figure


def test_one_fact_window_holds_the_name_within_the_limit():
    text = "甲" * 60 + "，" + "乙站位于某省某县某镇，" + "丙" * 70 + "。"
    s, e = single_window(text, 0, len(text), {"乙站": 1.0}, (text.index("某省"), text.index("，丙")), 100)
    assert "某省某县某镇" in text[s:e] and e - s <= 100
    assert single_window("短句。", 0, 3, {}, None, MAX_SINGLE_QUOTE) == (0, 3)


def test_a_period_not_reported_says_which_are(corpus):
    q = analyse_question("阳泉上半年规上工业增加值完成了多少？", corpus)
    message = period_not_reported(q, corpus)
    assert "上半年" in message and "2024年一季度" in message and "阳泉" in message
    assert period_not_reported(analyse_question("阳泉签约投资额是多少？", corpus), corpus) is None


@pytest.mark.parametrize("question, short, absent", [
    ("晋中工业类开发区的工业投资占全市多少？", "49%", "32%"),
    ("阳泉有几个签而未落的项目要推动早日落地？", "6个", None),
    ("阳泉“签约一批”项目48个，这是截止什么时候的数？", "3月底", None),
    ("阳泉在哪个会上作了典型发言？", "全省开发区“管运分离”改革推进会", None),
])
def test_sample_answers_one_fact(sample_index, question, short, absent):
    result = sample_index.qa.ask(question)
    assert result["short"] == short and short in result["citations"][0]["quote"]
    assert len(result["citations"]) == 1 and len(result["answer"]) <= 120
    assert absent is None or absent not in result["answer"]


@pytest.mark.parametrize("question", ["纳米管道工程项目在哪个开发区", "纳米管道工程项目是哪个园区的？"])
def test_a_name_written_twice_is_quoted_where_it_stands_with_what_is_asked(sample_index, question):
    """阳泉高新区 first stands with another project of the sentence: the quote holds the one written with the
    纳米管道工程 project asked."""
    result = sample_index.qa.ask(question)
    assert result["short"] == "阳泉高新区"
    assert "阳泉高新区500万标米纳米管道工程项目" in result["citations"][0]["quote"]


def test_a_growth_the_bulletin_gives_for_another_period_is_withheld(sample_index):
    result = sample_index.qa.ask("晋中一季度规上工业增加值增长了多少？")
    assert result["abstained"] and "15%" not in result["answer"]


def test_a_target_answers_only_a_question_after_targets(sample_index):
    """A figure the passage dates to a period its bulletin has not reached (全年 in a 一季度 issue) is a target:
    no answer to what was achieved."""
    achieved = sample_index.qa.ask("晋中工业投资同比增长多少？")
    assert achieved["abstained"] and "16%" not in achieved["answer"]
    for question in ("晋中工业投资增长目标是多少？", "晋中今年工业投资要增长多少？"):
        assert sample_index.qa.ask(question)["short"] == "16%"


def test_a_zone_named_elsewhere_in_the_passage_does_not_take_its_city_figure(sample_index):
    """祁县经开区 stands in a list of projects in the passage of the city's signing figure: that figure is not the
    zone's. A name a page break cut just before the sentence (平 / 定经开区…) still counts as named there."""
    result = sample_index.qa.ask("祁县经开区签约项目投资额是多少？")
    assert result["abstained"] and "94.7亿元" not in result["answer"]
    assert sample_index.qa.ask("平定经开区湖大特塑项目年产多少吨聚酰胺？")["short"] == "10000吨"


def test_a_year_in_a_question_narrows_only_a_series_of_reports() -> None:
    """Bulletins that each report a period withhold a year none reports; a collection of other texts, a few of
    which name a period in a title, reports on none, so its questions' years are only context."""
    def chunks(periods: list[str | None]) -> list[dict]:
        return [{"doc": f"d{i}.txt", "text": "2011年该公司在500强名单中排名第147位。", "region": None,
                 "doc_period": period} for i, period in enumerate(periods)]
    question = "2011年该公司排名多少？"
    reports = Corpus.from_chunks(chunks(["2024年1-3月", "2024年1-6月"]))
    assert analyse_question(question, reports).period is not None
    texts = Corpus.from_chunks(chunks(["2010年9-10月", None, None, None]))
    assert texts.reported == [] and analyse_question(question, texts).period is None
