"""Which figures and places a comparison, an each or a name question is about, worded as staff word it (cmp7's
held-out questions): a comparative ending the question is no abbreviation (哪个市高一些), 多出多少 compares, a
zone word shared by a list of place names (祁县、榆社两个经开区), a set of zones counted only to pick among them
(几个开发区…垫底的是哪个; 三个区…分别), and 哪个区 asking a zone. Pure parts on the sample's vocabulary; the
answer on the real sample index."""
from __future__ import annotations

import pytest

from qa.abbreviations import spelled_out
from qa.compose.entities import asks_across_zones
from qa.corpus import Corpus
from qa.kinds import classify, is_cue
from qa.written_zones import with_written_zones
from qa.question import analyse_question
from qa.short import short_span
from tests.conftest import index_one


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


def test_an_items_framing_clause_is_the_topic_of_its_later_sentences() -> None:
    from qa.corpus import bigrams
    from qa.relevance import sentence_coverage
    from qa.quote import SENTENCE, spans
    text = ("二是抓好项目建设。全省开发区第三次“甲乙丙”活动,我市铺排项目59个。主要呈现3个特点:一是投资规模大。"
            "三是新兴产业占比高。丁戊经开区新型储能装备制造项目等一批项目签约落地。")
    weights = {b: 1.0 for t in ("第三次", "甲乙丙", "活动", "丁戊") for b in bigrams(t)}
    sentences = spans(SENTENCE, text)
    last = next(k for k, (s, _) in enumerate(sentences) if text.startswith("丁戊", s))
    assert sentence_coverage(text, sentences, last, "", weights) == 1.0
    whole = "五是改革取得新进展。《某措施》经常务会议审议通过。某高新区试点运行平稳。"  # a sentence, no frame
    sentences = spans(SENTENCE, whole)
    assert sentence_coverage(whole, sentences, 2, "", {b: 1.0 for b in bigrams("常务会议")}) == 0.0


@pytest.mark.parametrize("question, sentence, cannot", [
    ("第二届某地博览会在哪个场馆举办？", "一是办好第二届某地博览会。", True),          # restates the question
    ("某地6月12日办的活动叫什么？", "三是6月12日举办“某地开放合作周”。", False),    # a quoted name it lacks
    ("某高新区的代办服务是委托哪家公司做的？", "某高新区优化“一站式”服务体系,将服务队伍扩充至61人。", True),  # no firm
    ("某经开区兴鑫公司的是什么项目？", "某经开区兴鑫公司年产4万套负极材料设备生产线项目等早日落地。", False),
])
def test_a_name_is_answered_only_by_a_sentence_that_names_one(corpus, question, sentence, cannot) -> None:
    from qa.relevance import cannot_name
    assert cannot_name(analyse_question(question, corpus), sentence) is cannot


_BULLETIN = """<html><head><title>某省开发区工作简报（2025年第1期）</title></head><body>
<h1>某省开发区工作简报</h1><p>编者按：现将鹤岗、丹东两市开发区一季度工作情况摘编如下。</p>
<h2>■鹤岗市</h2><h3>一、主要成效</h3>
<p>（一）经济指标稳中有进。一季度，全市开发区实现营业收入86.5亿元，工业投资14.4亿元。鹤岗高新区营业收入40.1亿元，居全省开发区第3位。</p>
<p>（二）外资利用提速。一季度，全市开发区实际使用外资3860万美元，同比增长15.3%。</p>
<table><caption>表1　鹤岗市开发区一季度主要指标</caption>
<tr><td>开发区</td><td>营业收入(亿元)</td><td>工业投资(亿元)</td></tr>
<tr><td>鹤岗高新区</td><td>40.1</td><td>5.2</td></tr><tr><td>鹤岗经开区</td><td>30.2</td><td>7.9</td></tr>
<tr><td>鹤岗综保区</td><td>16.2</td><td>1.3</td></tr></table>
<h2>■丹东市</h2><h3>一、主要成效</h3>
<p>1.对外贸易增长。一季度，全市开发区实现营业收入52.8亿元，工业投资9.6亿元；实际使用外资1.2亿美元，同比增长6.1%。</p>
</body></html>"""


@pytest.fixture(scope="module")
def zones_qa(tmp_path_factory, embedding):
    return index_one(tmp_path_factory.mktemp("zones-index"), "2025-04-jianbao.html", _BULLETIN, embedding)


def test_a_position_asked_is_the_one_the_bulletin_writes(zones_qa) -> None:
    answer = zones_qa.ask("鹤岗高新区营收在全省排名第几？")
    assert answer["short"] == "第3位" and "第3位" in answer["answer"]


@pytest.mark.parametrize("question, short", [
    ("鹤岗三个开发区里鹤岗经开区的工业投资排第几？", "鹤岗经开区"),   # the city is the set, not a rival
    ("鹤岗几个开发区的工业投资，垫底的是哪个？", "鹤岗综保区"),
])
def test_zones_picked_among_are_ranked_without_their_city(zones_qa, question: str, short: str) -> None:
    answer = zones_qa.ask(question)
    assert answer["kind"] == "compare" and answer["short"] == short
    assert all(f in answer["answer"] for f in ("5.2亿元", "7.9亿元", "1.3亿元")) and "14.4亿元" not in answer["answer"]


def test_the_zones_counted_as_districts_are_each_answered(zones_qa) -> None:
    answer = zones_qa.ask("鹤岗三个区的工业投资分别是多少？")
    assert answer["kind"] == "each" and all(f in answer["answer"] for f in ("5.2亿元", "7.9亿元", "1.3亿元"))


def test_a_position_said_in_words_is_written_as_the_bulletins_write_it() -> None:
    from qa.colloquial import written_positions
    ranked = Corpus.from_chunks([{"text": "甲高新区营业收入448.9亿元，跃居全省开发区第1位。", "region": "甲市"}])
    assert written_positions("上半年哪个开发区营收跃居全省第一？", ranked) == "上半年哪个开发区营收跃居全省第1位？"
    assert written_positions("排名第二的是谁", ranked) == "排名第二的是谁"  # 第2位 is written nowhere
    assert written_positions("全省第一次三个一批活动", ranked) == "全省第一次三个一批活动"  # an occasion, no position


def test_a_name_asked_as_such_is_the_quoted_name_of_the_clause_about_it() -> None:
    from qa.short import quoted_name_span
    sentence = "利用商会契机开展招商;在甲县举办“乙丙城市群重要节点”招商引资大会;借“丁戊交易会”举办之机,举办推介会"
    assert quoted_name_span("在甲县办的那场招商大会叫啥？", sentence) == "“乙丙城市群重要节点”招商引资大会"
    assert quoted_name_span("那场会叫啥", "在甲县举办招商引资大会") is None  # no quoted name: other rules


def test_the_kind_of_thing_a_name_is_asked_of_is_no_term_the_answer_writes(corpus) -> None:
    q = analyse_question("晋中在寿阳办的那场招商大会叫啥？", corpus)
    assert "大会" not in q.terms and "寿阳" in q.terms and q.single


def test_figures_of_one_unit_in_two_magnitudes_are_compared(zones_qa) -> None:
    answer = zones_qa.ask("鹤岗和丹东一季度实际使用外资比一比，谁多？")
    assert answer["kind"] == "compare" and answer["short"] == "丹东"
    assert "1.2亿美元" in answer["answer"] and "3860万美元" in answer["answer"]


@pytest.mark.parametrize("question, sentence, zone", [
    ("甲市一季度投产的材料项目落在哪个园区？", "甲市化工产业园年产20万吨材料项目于2月26日投产；甲市经开区汽车产业园二期签约落地。", "甲市化工产业园"),
    ("乙市打算推动哪个开发区申报省级开发区？", "2.推动乙市临港产业园申报省级开发区，10月底前完成申报材料。", "乙市临港产业园"),
    ("哪个开发区有丙丁电商产业园？", "戊县经开区丙丁电商产业园等一批大项目签约落地", "戊县经开区"),  # the zone it lies in
])
def test_a_park_opening_its_clause_answers_which_zone(question: str, sentence: str, zone: str) -> None:
    assert short_span(question, sentence) == zone


def test_a_comprehensive_bonded_zone_is_named_only_after_a_name() -> None:
    from index.zones import find_zones
    sentence = "其中甲湖综保区进出口241.6亿元，列全省综合保税区第3位；实际使用外资2.08亿美元"
    assert [name for _, _, name in find_zones(sentence)] == ["甲湖综保区"]
    assert [name for _, _, name in find_zones("推动乙江综合保税区扩区")] == ["乙江综合保税区"]


def test_a_set_of_four_cities_is_no_term(corpus) -> None:
    assert "四个" not in analyse_question("前三季度四个市开发区营业收入谁最高？", corpus).terms


def test_whether_a_figure_rose_against_another_period_compares_them(corpus) -> None:
    assert classify("前三季度某市的开工率比上半年提高了吗？", 1) == "compare"
    assert classify("工业投资比去年同期增长了吗", 1) == "figure"  # a growth the bulletin writes, no comparison
    assert analyse_question("前三季度阳泉的开工率比上半年提高了吗？", corpus).terms == ["开工率"]


def test_two_figures_joined_by_he_are_two_parts(corpus) -> None:
    parts = analyse_question("一季度阳泉的开工率和投产率分别是多少？", corpus).parts
    assert [p.focus for p in parts] == ["开工率", "投产率"]
    assert len(analyse_question("晋中和阳泉一季度工业投资各多少", corpus).parts) == 1  # places joined: one figure


def test_a_city_reported_only_through_its_zone_is_compared_by_it(tmp_path_factory, embedding) -> None:
    text = _BULLETIN.replace("<p>1.对外贸易增长。一季度，全市开发区实现营业收入52.8亿元，工业投资9.6亿元；实际使用外资1.2亿美元，同比增长6.1%。</p>",
                             "<p>1.对外贸易增长。丹东经开区实际使用外资1.2亿美元，同比增长6.1%。</p>")
    answer = index_one(tmp_path_factory.mktemp("zone-only"), "2025-04-jianbao.html", text, embedding).ask(
        "鹤岗和丹东一季度实际使用外资比一比，谁多？")
    assert answer["kind"] == "compare" and answer["short"] == "丹东" and "1.2亿美元" in answer["answer"]
