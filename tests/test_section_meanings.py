"""Lists, how, summaries and trends asked the way staff ask them, on bulletins whose headings say it in their own
words (存在问题, 短板弱项, 发展成效, 工作安排): a section is found by what it means, plans are asked for the period
after a bulletin's (下半年有啥打算), a how question's aim (提高…效率) is no figure to find, and a trend is asked as
a change against the previous issue or period (比上期, 上半年比一季度涨了多少, 几期下来). Two small invented
issues of another layout, through the real loaders, index and pipeline."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from llama_index.core.schema import NodeWithScore, TextNode

from index.periods import parse_period
from qa.zone_facts import _in_entry
from qa.compose.section_names import section_match
from qa.compose.sections import Item, Section, _of_zone
from qa.conversation import resolve_history
from qa.corpus import Corpus
from qa.fact import Fact
from qa.kinds import classify
from qa.pipeline import BulletinQA
from qa.places import Place, zone_key
from qa.plans import precedes
from tests.test_layouts import index_html_issues

FIRST = {
    "鹤岗市": {
        "一、主要成效": ["（一）工业投资增长。一季度，全市开发区完成工业投资31.5亿元，同比增长9.6%；"
                     "实际使用外资1520万美元，同比增长5.1%。", "（二）招商引资持续发力。新签约项目12个。鹤岗高新区建成人才公寓300套。",
                     "（三）园区转型加快推进。园区转型规划编制完成，园区转型试点开工3个。"],
        "二、存在问题": ["一是项目落地偏慢；二是外贸订单不足；三是用地不足；四是化工园区安全风险管控任务较重。"],
        "三、下步打算": ["1.抓好项目建设。力争二季度新开工项目10个。", "2.强化要素保障。盘活闲置土地500亩。",
                     "3.推进园区转型。化工园区建成智慧化管控平台，实行封闭化管理。"],
    },
    "丹东市": {
        "一、发展成效": ["1.对外贸易增长。全市开发区进出口总额20.3亿元。",
                     "2.服务方式创新。丹东经开区实施“一枚印章管审批”，一季度办理审批事项210件。"],
        "二、短板弱项": ["一是配套设施不全，存在缺口；二是专业人才缺乏。"],
        "三、工作安排": ["1.办好园区开放日。每月组织一次集中签约。", "2.引进外贸企业。新引进外贸企业10家。"],
    },
}
SECOND = {
    "鹤岗市": {
        "一、运行态势": ["上半年，全市开发区完成营业收入128.4亿元，同比增长7.1%；税收收入9.6亿元。"],
        "二、主要成效": ["（一）工业投资加快。上半年，全市开发区完成工业投资66.1亿元，同比增长8.2%；"
                     "实际使用外资3380万美元，同比增长6.4%。", "（二）配套持续完善。鹤岗高新区人才公寓累计建成520套。"],
        "三、下步打算": ["1.冲刺年度目标。确保工业投资增长8%以上。", "2.推进园区扩区。9月底前完成扩区申报。"],
    },
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_html_issues(tmp_path_factory.mktemp("meanings"), embedding, [
        ("2025-04-a.html", FIRST, "编者按：2025年一季度工作情况摘编如下。", "2025年第1期"),
        ("2025-07-b.html", SECOND, "编者按：2025年上半年工作情况摘编如下。", "2025年第2期")])


@pytest.mark.parametrize("question, kind", [
    ("鹤岗下半年有啥打算？", "list"), ("鹤岗下一步怎么干？", "list"), ("鹤岗下一步怎么推进项目建设？", "how"), ("丹东遇到了什么困难？", "list"), ("丹东有哪些短板？", "list"),
    ("丹东经开区靠什么提高审批效率？", "how"), ("采取了什么办法保障要素？", "how"),
    ("说说鹤岗上半年开发区情况", "summary"), ("鹤岗开发区一季度工作情况", "summary"),
    ("营业收入比上期涨了多少？", "trend"), ("营业收入上半年比一季度涨了多少？", "trend"), ("工业投资几期下来什么走势？", "trend"),
    ("营业收入上半年比去年同期增长多少？", "figure"),  # against last year: the growth one bulletin states
])
def test_kind_from_the_ways_staff_ask(question: str, kind: str) -> None:
    assert classify(question, 1) == kind


def test_a_heading_is_named_by_its_meaning_and_best_by_its_own_word() -> None:
    assert section_match("有哪些短板？", "存在问题", set()) == section_match("遇到什么困难", "短板弱项", set()) > 0.6
    assert section_match("有哪些成效", "发展成效", set()) > 0.6 and section_match("有啥打算", "工作安排", {"工作"}) > 0.6
    # 亮点 asked: the heading that says 亮点 before one that says 成绩
    assert section_match("亮点有哪些", "工作成绩及亮点", {"工作"}) > section_match("亮点有哪些", "工作成绩", {"工作"}) > 0.6
    assert section_match("有哪些短板？", "下步打算", set()) == 0.0


def _listed(item: str, answer: str) -> bool:
    """An item listed by its title, then its first figures when it states some (对外贸易增长：…20.3亿元)."""
    return f"{item}[" in answer or f"{item}：" in answer


@pytest.mark.parametrize("question, items, region", [
    ("丹东有哪些困难？", ["配套设施不全", "专业人才缺乏"], "丹东"),      # its heading: 短板弱项
    ("丹东一季度取得了哪些成效", ["对外贸易增长", "服务方式创新"], "丹东"),  # 发展成效
    ("丹东接下来有啥安排？", ["办好园区开放日", "引进外贸企业"], "丹东"),    # 工作安排
    ("鹤岗一季度有哪些短板？", ["项目落地偏慢", "外贸订单不足", "用地不足"], "鹤岗"),  # 存在问题
])
def test_a_section_asked_in_other_words_lists_its_items(qa, question, items, region) -> None:
    answer = qa.ask(question)
    assert answer["kind"] == "list" and all(_listed(f". {item}", answer["answer"]) for item in items), answer["answer"]
    assert {c["region"] for c in answer["citations"]} == {region}


def test_a_word_inside_another_names_no_section(qa) -> None:
    answer = qa.ask("鹤岗一季度主要做法有哪些？")  # 主要做法 holds 要做, no plan asked
    assert not _listed("1. 抓好项目建设", answer["answer"])


def test_plans_asked_for_the_period_after_a_bulletin_are_that_bulletins_plans(qa) -> None:
    later = qa.ask("鹤岗下半年有啥打算？")
    assert "冲刺年度目标" in later["answer"] and "推进园区扩区" in later["answer"] and "抓好项目建设" not in later["answer"]
    assert {c["period"] for c in later["citations"]} == {"2025年上半年"}
    assert "推进园区扩区" in qa.ask("鹤岗下半年有什么安排？")["answer"]
    second_quarter = qa.ask("鹤岗二季度有什么计划？")
    assert "抓好项目建设" in second_quarter["answer"] and "冲刺年度目标" not in second_quarter["answer"]
    assert "推进园区扩区" in qa.ask("鹤岗2025年有哪些打算？")["answer"]  # a year names no topic inside the plans
    result = qa.ask("鹤岗下半年工业投资是多少？")  # a figure of a period no bulletin reports stays withheld
    assert result["abstained"] and "2025年上半年" in result["answer"]


@pytest.mark.parametrize("reported, asked, plans_for", [
    ("2025年上半年", "下半年", True), ("2025年前三季度", "2025年四季度", True), ("2025年全年", "2026年一季度", True),
    ("2025年上半年", "2026年下半年", False), ("2025年一季度", "2025年下半年", False),
])
def test_a_bulletins_plans_are_for_the_period_right_after_it(reported, asked, plans_for) -> None:
    assert precedes(parse_period(reported), parse_period(asked)) is plans_for


def test_a_how_question_finds_the_measure_not_the_aim_it_names(qa) -> None:
    answer = qa.ask("丹东经开区靠什么提高审批效率？")  # 效率 is no rate asked, 提高 not written in the measure
    assert answer["kind"] == "how" and "一枚印章管审批" in answer["answer"]


def test_a_how_question_is_not_answered_by_a_problem(qa) -> None:
    answer = qa.ask("鹤岗化工园区怎么管控安全风险？")  # the problem names it more closely than the measure does
    assert answer["kind"] == "how" and "智慧化管控平台" in answer["answer"] and "任务较重" not in answer["answer"]
    unsaid = qa.ask("鹤岗怎么解决外贸订单不足的问题？")  # no bulletin says how: the problem itself is no answer
    assert "二是外贸订单不足" not in unsaid["answer"]


def test_a_how_question_after_plans_prefers_the_plans(qa) -> None:
    answer = qa.ask("鹤岗一季度打算怎么推进园区转型？")  # 打算: the plan (3.推进园区转型), not the item done
    assert answer["kind"] == "how" and "智慧化管控平台" in answer["answer"] and "试点开工" not in answer["answer"]


def test_a_fact_in_a_zones_own_entry_is_the_zones() -> None:
    node = NodeWithScore(node=TextNode(text="亩均税收提高到21.4万元。", metadata={"zone": "鹤岗高新技术产业开发区"}))
    fact = Fact(node, 1.0, 0, 10, "亩均税收提高到21.4万元。")
    assert _in_entry(fact, "鹤岗高新区") and not _in_entry(fact, "鹤岗经开区")


def test_a_change_against_the_previous_period_asks_the_trend(qa) -> None:
    corpus = Corpus.from_chunks(qa.snapshot.chunks)
    assert resolve_history("那几期下来是啥走势？", ["鹤岗一季度工业投资多少？"], corpus) == "鹤岗工业投资历次多少？"
    assert resolve_history("实际使用外资呢？", ["鹤岗工业投资两期走势？"], corpus) == "鹤岗实际使用外资两期走势？"
    resolved = resolve_history("上半年比一季度涨了多少？", ["鹤岗一季度实际使用外资多少？"], corpus)
    assert resolved == "鹤岗实际使用外资上半年比一季度涨了多少？"
    answer = qa.ask("上半年比一季度涨了多少？", history=["鹤岗一季度实际使用外资多少？"])
    assert answer["kind"] == "trend" and answer["answer"].index("1520万美元") < answer["answer"].index("3380万美元")
    assert "6.4%" not in answer["answer"]  # the amounts: the change is read off them, not one period's rate
    again = qa.ask("鹤岗工业投资比上期多了多少？")
    assert again["kind"] == "trend" and "31.5亿元" in again["answer"] and "66.1亿元" in again["answer"]


def test_a_trend_of_a_city_that_only_one_of_its_zones_reports_is_that_zones(qa) -> None:
    answer = qa.ask("鹤岗人才公寓几期下来建了多少")
    assert answer["kind"] == "trend" and answer["answer"].startswith("鹤岗高新区")
    assert answer["answer"].index("300套") < answer["answer"].index("520套")


def test_a_summary_gives_each_items_first_figures_and_a_prose_sections_lead(qa) -> None:
    answer = qa.ask("简要介绍鹤岗上半年开发区工作")
    assert answer["kind"] == "summary"
    # 运行态势, prose: its lead is the parts of figures of its first sentence (within gist.LEAD_MAX characters)
    assert "1. 上半年，全市开发区完成营业收入128.4亿元，同比增长7.1%；税收收入9.6亿元[1]" in answer["answer"]
    assert "1. 工业投资加快：上半年，全市开发区完成工业投资66.1亿元" in answer["answer"]
    assert "1. 冲刺年度目标：确保工业投资增长8%以上[" in answer["answer"]
    quotes = "".join(c["quote"] for c in answer["citations"])
    assert all(figure in quotes for figure in ("128.4亿元", "66.1亿元", "8.2%", "8%"))
    # an item keeps its sentence's later figures (sumfig27), each in the quote it cites
    assert "实际使用外资3380万美元" in answer["answer"] and "3380万美元" in quotes


def test_in_a_bulletin_reported_zone_by_zone_the_zone_asked_has_its_own_sections() -> None:
    assert zone_key("鹤岗高新技术产业开发区") == "鹤岗高新区" and zone_key("鹤岗综合保税区") == "鹤岗综保区"
    def section(zone):
        return Section("b.pdf", "鹤岗", "短板弱项", "2025年全年", [Item("1. 某", {"zone": zone})], zone)
    high_tech, bonded, city = section("鹤岗高新技术产业开发区"), section("鹤岗综合保税区"), section(None)
    asked = SimpleNamespace(places=[Place("鹤岗高新区", 0, 5, "鹤岗", True)])
    assert _of_zone(asked, [high_tech, bonded, city]) == [high_tech]
    other = SimpleNamespace(places=[Place("鹤岗经开区", 0, 5, "鹤岗", True)])  # no entry of its own: the city's
    assert _of_zone(other, [high_tech, bonded, city]) == [city]
    whole = SimpleNamespace(places=[Place("鹤岗", 0, 2, "鹤岗", True)])
    assert _of_zone(whole, [high_tech, bonded, city]) == [high_tech, bonded, city]


def test_a_question_naming_two_meanings_lists_both_sections(qa) -> None:
    answer = qa.ask("鹤岗一季度做了哪些工作，有什么打算？")
    assert _listed("1. 工业投资增长", answer["answer"]) and _listed("1. 抓好项目建设", answer["answer"])
    assert "项目落地偏慢" not in answer["answer"]  # the problems were not asked


def test_what_a_citys_zones_did_is_its_achievements_not_the_zones_names(qa) -> None:
    answer = qa.ask("鹤岗开发区一季度干了啥")
    assert answer["kind"] == "list" and _listed("1. 工业投资增长", answer["answer"])


@pytest.mark.parametrize("question, item", [
    ("鹤岗高新区一季度有哪些短板？", "1. 项目落地偏慢"),   # the zone asked is who, no topic inside the section
    ("丹东一季度存在哪些困难？", "1. 配套设施不全"),       # 存在 frames the question
    ("鹤岗一季度下阶段有啥打算？", "1. 抓好项目建设"),     # 阶段, a piece of 下阶段, is no unknown topic
])
def test_framing_words_and_the_places_asked_name_no_topic_inside_a_section(qa, question, item) -> None:
    answer = qa.ask(question)
    assert answer["kind"] == "list" and _listed(item, answer["answer"]), answer["answer"]
