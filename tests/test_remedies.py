"""A how asked of a problem (如何解决…的问题, …不足，下一步怎么办) is answered by the plan or measure of the same
place that meets the problem in its own words, never by the problem; a follow-up that names no place and no period
asks within the previous question's; a zone word shared by a list after a whole zone name goes to the bare names;
a list's part with no ordinal (主要是：A；B。) is shown whole. A small invented bulletin, through the real loaders,
index and pipeline."""
from __future__ import annotations

import pytest

from index.pipeline import IndexingPipeline
from qa.conversation import resolve_history
from qa.corpus import Corpus
from qa.kinds import classify
from qa.pipeline import BulletinQA
from qa.written_zones import with_written_zones
from tests.conftest import settings_under
from tests.test_layouts import _html, index_html_issues

PARTS = {
    "松原市": {
        "一、主要成效": ["（一）指标平稳增长。一季度，全市开发区完成营业收入88.2亿元，同比增长6.1%；"
                     "宁江经开区营业收入30.5亿元，扶余经开区营业收入21.7亿元。",
                     "（二）企业服务提质。松原经开区推行“企业服务专员”制度，为企业解决融资问题35个。"],
        "二、主要做法": ["（一）强化企业服务。建立服务专员驻企制度，每周上门收集企业诉求，限时办结。"],
        "三、存在问题": ["主要是：传统产业占比偏高，钢铁产业占比61.2%；松原高新区营业收入同比下降3.4%，主导产业支撑不强；"
                     "职工住房不足，园区宿舍缺口较大。"],
        "四、下步打算": ["1.推动钢铁产业智能化改造，实施技改项目8个。", "2.开展园区开放日活动，每月组织一次集中签约。",
                     "3.新建园区职工住房400套。"],
    },
    "长岭市": {
        "一、主要成效": ["（一）招商提速。新签约项目9个，总投资31.2亿元。", "（二）服务提质。建成人才公寓120套。",
                     "（三）审批提速。推行“拿地即开工”，企业从拿地到开工用时压缩至20个工作日。"],
        "二、存在问题": ["项目落地偏慢，开工率仅为40%；外贸订单不足；用地指标紧张。"],
        "三、下阶段打算": ["1.抓项目开工。力争新开工项目6个。", "2.稳外贸。新增外贸企业5家。"],
    },
    "乾安市": {
        "主要做法": ["抓招商。新签约项目12个，总投资40.5亿元。", "强创新。新建研发平台3个。"],
        "下阶段重点": ["力争全年签约项目20个；建成标准厂房5万平方米。"],
    },
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_html_issues(tmp_path_factory.mktemp("remedies"), embedding,
                             [("2025-04-a.html", PARTS, "编者按：2025年一季度工作情况摘编如下。", "2025年第1期")])


@pytest.mark.parametrize("question, kind", [
    ("松原打算如何解决传统产业占比偏高的问题？", "how"), ("松原职工住房不足，下一步怎么办？", "how"),
    ("松原下一步怎么办？", "list"), ("松原传统产业占比多少？", "figure"),
    ("松原通过哪些途径解决融资难？", "how"), ("松原采取了哪些做法？", "list"),
])
def test_a_remedy_asked_is_a_how_whatever_figure_word_it_names(question: str, kind: str) -> None:
    assert classify(question, 1) == kind


@pytest.mark.parametrize("question, remedy, problem", [
    ("松原打算如何解决传统产业占比偏高的问题？", "钢铁产业智能化改造", "61.2%"),
    ("松原职工住房不足，下一步怎么办？", "新建园区职工住房400套", "宿舍缺口较大"),
])
def test_a_remedy_is_the_plan_meeting_the_problem_not_the_problem(qa: BulletinQA, question: str, remedy: str,
                                                                  problem: str) -> None:
    answer = qa.ask(question)
    assert answer["kind"] == "how" and not answer["abstained"]
    assert remedy in answer["answer"] and problem not in answer["answer"]
    assert all("打算" in c["section"] for c in answer["citations"])


def test_a_way_asked_is_told_by_the_measures_before_the_achievements(qa: BulletinQA) -> None:
    answer = qa.ask("松原企业服务是怎么抓的？")
    assert answer["kind"] == "how" and "每周上门收集企业诉求" in answer["answer"]
    assert [c["section"] for c in answer["citations"]] == ["主要做法"]


def test_a_follow_up_naming_no_place_or_period_asks_within_the_previous_ones(qa: BulletinQA) -> None:
    corpus = Corpus.from_chunks(qa.snapshot.chunks)
    assert resolve_history("园区服务具体是怎么抓的？", ["松原一季度采取了哪些措施？"], corpus) \
        == "松原一季度园区服务具体是怎么抓的？"
    assert resolve_history("松原园区服务怎么抓的？", ["松原一季度采取了哪些措施？"], corpus) is None  # names its own place
    assert resolve_history("存在哪些问题？", ["长岭一季度营业收入多少？"], corpus) == "长岭一季度存在哪些问题？"
    assert resolve_history("哪个开发区营业收入最高？", ["长岭一季度营业收入多少？"], corpus) is None  # across every place


def test_a_shared_zone_word_goes_to_the_bare_names_after_a_whole_zone(qa: BulletinQA) -> None:
    corpus = Corpus.from_chunks(qa.snapshot.chunks, qa.snapshot.lexical)
    assert with_written_zones("松原高新区、宁江、扶余经开区营业收入各多少", corpus) \
        == "松原高新区、宁江经开区、扶余经开区营业收入各多少"
    assert with_written_zones("宁江、扶余两个经开区", corpus) == "宁江经开区、扶余经开区"


def test_a_part_of_a_list_without_ordinals_is_shown_whole(qa: BulletinQA) -> None:
    answer = qa.ask("松原一季度存在哪些问题？")
    assert answer["kind"] == "list"
    assert "松原高新区营业收入同比下降3.4%，主导产业支撑不强" in answer["answer"]


def test_measures_asked_where_no_heading_says_so_are_what_was_done(qa: BulletinQA) -> None:
    answer = qa.ask("长岭采取了哪些举措？")
    assert answer["kind"] == "list" and "1. 招商提速" in answer["answer"] and "2. 服务提质" in answer["answer"]


def test_problems_written_as_one_sentence_of_parts_are_listed_part_by_part(qa: BulletinQA) -> None:
    answer = qa.ask("长岭存在哪些问题？")
    lines = answer["answer"].splitlines()
    assert [line.split("[")[0] for line in lines[1:]] == ["1. 项目落地偏慢，开工率仅为40%", "2. 外贸订单不足", "3. 用地指标紧张"]
    assert [c["quote"] for c in answer["citations"]] == ["项目落地偏慢，开工率仅为40%", "外贸订单不足", "用地指标紧张"]


def test_a_heading_word_jieba_cuts_is_read_whole(qa: BulletinQA) -> None:
    answer = qa.ask("长岭有哪些打算？")  # 下阶段打算: jieba cuts 下 / 阶段, and 阶段 is no plan word
    assert answer["kind"] == "list" and "1. 抓项目开工" in answer["answer"] and "2. 稳外贸" in answer["answer"]


def test_a_remedy_of_no_problem_named_after_the_problems_lists_the_plans(qa: BulletinQA) -> None:
    answer = qa.ask("打算怎么解决？", history=["松原一季度存在哪些问题？"])
    assert "推动钢铁产业智能化改造" in answer["answer"] and "新建园区职工住房400套" in answer["answer"]


def test_the_words_asking_for_a_way_are_no_topic(qa: BulletinQA) -> None:
    answer = qa.ask("长岭是通过哪些途径、采取了什么办法建成公寓的？")  # 通过, 途径, 采取, 办法: how it is asked
    assert answer["kind"] == "how" and "建成人才公寓120套" in answer["answer"]


def test_an_aim_of_reduction_is_no_word_the_measure_holds(qa: BulletinQA) -> None:
    answer = qa.ask("长岭是怎么把企业拿地到开工的时间压下来的？")  # 压下来: the aim, said by the measure in its own words
    assert answer["kind"] == "how" and "拿地即开工" in answer["answer"]


def test_titles_of_a_few_characters_are_listed_with_their_first_figures(qa: BulletinQA) -> None:
    answer = qa.ask("乾安主要做法有哪些？")
    assert "1. 抓招商：新签约项目12个，总投资40.5亿元[1]" in answer["answer"] and "2. 强创新：新建研发平台3个" in answer["answer"]


def test_a_plans_heading_qualified_by_another_word_is_named_by_any_plans_word(qa: BulletinQA) -> None:
    answer = qa.ask("乾安下阶段有啥打算？")  # 下阶段重点: jieba cuts 下 / 阶段, and 重点 only qualifies it
    assert "1. 力争全年签约项目20个" in answer["answer"] and "2. 建成标准厂房5万平方米" in answer["answer"]


def test_the_province_asked_lists_the_part_of_no_city(tmp_path, embedding) -> None:
    settings = settings_under(tmp_path)
    _html(settings.docs_dir / "2025-04-a.html", {"松原市": PARTS["松原市"]}, "编者按：2025年一季度工作情况摘编如下。",
          "2025年第1期")
    text = (settings.docs_dir / "2025-04-a.html").read_text(encoding="utf-8")
    # the province's own part, before the first city's: of no city
    plans = "<h3>一、下一步工作安排</h3><p>一要冲刺全年目标。全省开发区力争全年签约项目300个。</p><p>二要狠抓项目落地。</p>"
    (settings.docs_dir / "2025-04-a.html").write_text(text.replace("<h2>■", plans + "<h2>■", 1), "utf-8")
    assert not IndexingPipeline(settings, embedding).run().errors
    answer = BulletinQA(settings, embedding).ask("全省下一步工作安排有哪些？")
    assert "1. 冲刺全年目标" in answer["answer"] and "2. 狠抓项目落地" in answer["answer"]
    assert all(c["region"] is None for c in answer["citations"])
