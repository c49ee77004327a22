"""Questions of other shapes than the bulletins' own: a trend asked as 一路下滑吗 or 前后对比; places asked as a
set by their kind (各县区); a whole year asked of bulletins that report it (全年: when, not a target); each place
with its own indicator (X的A和Y的B); a topic asked as an area (招商方面); a table's row named without a zone word
(港城园) is a place; a table of periods gives a trend each column. Small invented bulletins, through the real
loaders, index and pipeline."""
from __future__ import annotations

import pytest

from index.periods import Period
from index.pipeline import IndexingPipeline
from qa.kinds import classify
from qa.plans import this_years_target
from qa.pipeline import BulletinQA
from tests.conftest import settings_under
from tests.test_facts import _facts_of, _write
from tests.test_layouts import index_html_issues

THREE_QUARTERS = {
    "柳城市": {"工作成效": ["柳城开发区实现营业收入318.2亿元，同比增长7.0%；实际使用外资2150万美元；进出口总额56.8亿元。"]},
    "桦川市": {"工作成效": ["全市开发区实现营业收入201.9亿元，同比下降1.6%；实际使用外资980万美元；进出口总额31.4亿元。"]},
}
WHOLE_YEAR = {
    "柳城市": {"工作成效": ["柳城开发区实现营业收入436.5亿元，同比增长7.2%；实际使用外资3080万美元。"],
            "主要做法": ["链式招商见效。组建招商小分队6个，全年引进亿元以上项目23个。",
                     "服务企业提速。推行“企业服务专员”制度，全年解决企业诉求218件。"],
            "存在问题": ["招商项目储备不足；专业招商人才缺乏；招商引资考核偏重签约。"],
            "下步打算": ["一是开展招商月活动；二是组建驻外招商队伍；三是完善招商考核办法。"]},
    "桦川市": {"工作成效": ["全市开发区实现营业收入275.3亿元，同比增长0.4%；进出口总额42.7亿元。"]},
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_html_issues(tmp_path_factory.mktemp("shapes"), embedding, [
        ("2025-10-a.html", THREE_QUARTERS, "编者按：2025年前三季度，两市开发区工作情况摘编如下。", "2025年第3期"),
        ("2026-01-a.html", WHOLE_YEAR, "编者按：2025年全年（1-12月），两市开发区工作情况摘编如下。", "2026年第1期")])


@pytest.mark.parametrize("question", ["桦川开发区营业收入是一路下滑吗？", "柳城实际使用外资前后对比",
                                      "桦川营业收入是不是持续走低？"])
def test_a_change_asked_in_other_words_is_a_trend(question: str) -> None:
    assert classify(question, 1) == "trend"


def test_a_trend_asked_as_a_downhill_gives_both_periods(qa: BulletinQA) -> None:
    answer = qa.ask("桦川开发区营业收入是一路下滑吗？")
    assert answer["kind"] == "trend" and "201.9亿元" in answer["answer"] and "275.3亿元" in answer["answer"]


def test_places_named_by_their_kind_are_no_unknown_place(qa: BulletinQA) -> None:
    answer = qa.ask("各县区开发区前三季度营业收入分别是多少？")
    assert not answer["abstained"] and "318.2亿元" in answer["answer"] and "201.9亿元" in answer["answer"]


def test_the_whole_year_reported_is_when_not_a_target() -> None:
    asked, three_quarters, whole_year = Period(None, 1, 12), Period(2025, 1, 9), Period(2025, 1, 12)
    assert not this_years_target(asked, "柳城开发区全年营业收入是多少？", [three_quarters, whole_year])
    assert this_years_target(asked, "柳城开发区全年营业收入是多少？", [three_quarters])  # no year reported: a target
    assert this_years_target(asked, "柳城开发区全年营业收入目标是多少？", [three_quarters, whole_year])


def test_the_whole_year_is_asked_of_its_own_bulletin(qa: BulletinQA) -> None:
    answer = qa.ask("柳城开发区全年营业收入是多少？")
    assert "436.5亿元" in answer["answer"] and "318.2亿元" not in answer["answer"]


def test_each_place_keeps_its_own_indicator(qa: BulletinQA) -> None:
    answer = qa.ask("前三季度柳城开发区的实际使用外资和桦川的进出口总额分别是多少？")
    assert answer["kind"] == "each"
    assert "2150万美元" in answer["answer"] and "31.4亿元" in answer["answer"]
    assert not any(other in answer["answer"] for other in ("56.8亿元", "980万美元", "201.9亿元"))


def _page(path, issue: str, opening: str, table: list[list[str]]) -> None:
    """A city's park bulletin page: its opening, a table, one county's report."""
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in table)
    path.write_text(f"<html><head><title>某市园区简报（{issue}）</title></head><body><h1>某市园区简报</h1>"
                    f"<p>{opening}</p><h2>■柳城县</h2><h3>运行情况</h3><p>柳城县园区营业收入115.0亿元。</p>"
                    f"<p><strong>表1 主要指标</strong></p><table>{rows}</table></body></html>", encoding="utf-8")


@pytest.fixture(scope="module")
def parks(tmp_path_factory, embedding) -> BulletinQA:
    """Two pages: the first's table names its parks short, with no zone word (滨江园, 临港物流园); the second's
    gives the city's figures of both periods, one column each."""
    settings = settings_under(tmp_path_factory.mktemp("parks"))
    _page(settings.docs_dir / "2026-04-a.html", "2026年第1期", "2026年一季度，全市园区实现营业收入167.3亿元。",
          [["园区", "营业收入(亿元)"], ["滨江园", "52.3"], ["临港物流园", "18.6"], ["柳城经开区", "96.4"]])
    _page(settings.docs_dir / "2026-07-a.html", "2026年第2期", "2026年上半年，全市园区实现营业收入351.6亿元。",
          [["指标", "一季度", "上半年"], ["标准厂房竣工面积(万平方米)", "12.4", "27.9"]])
    assert not IndexingPipeline(settings, embedding).run().errors
    return BulletinQA(settings, embedding)


def test_a_table_row_named_without_a_zone_word_is_a_place(parks: BulletinQA) -> None:
    answer = parks.ask("滨江园和临港物流园营业收入分别是多少？")
    assert answer["kind"] == "each" and "52.3亿元" in answer["answer"] and "18.6亿元" in answer["answer"]


def test_a_follow_up_asking_whether_it_rose_up_to_a_later_period_is_a_trend(qa: BulletinQA) -> None:
    answer = qa.ask("那到全年是涨了还是跌了？", history=["桦川开发区前三季度营业收入是多少？"])
    assert answer["kind"] == "trend" and "201.9亿元" in answer["answer"] and "275.3亿元" in answer["answer"]


@pytest.mark.parametrize("question", ["柳城招商方面有哪些做法？", "柳城在招商方面有哪些举措？"])
def test_a_topic_asked_as_an_area_is_the_topic(qa: BulletinQA, question: str) -> None:
    answer = qa.ask(question)
    assert answer["kind"] == "list" and "招商小分队" in answer["answer"] and "企业服务专员" not in answer["answer"]


def test_a_table_of_periods_gives_a_trend_its_columns(parks: BulletinQA) -> None:
    answer = parks.ask("柳城县园区标准厂房竣工面积从一季度到上半年怎么变化？")
    assert answer["kind"] == "trend" and "12.4万平方米" in answer["answer"] and "27.9万平方米" in answer["answer"]


@pytest.mark.parametrize("question", ["柳城全年的工作重点是什么？", "柳城全年有哪些重点工作？"])
def test_a_plan_asked_as_its_work_focus_is_the_plans(qa: BulletinQA, question: str) -> None:
    answer = qa.ask(question)
    assert answer["kind"] == "list" and "招商月活动" in answer["answer"] and "驻外招商队伍" in answer["answer"]


@pytest.mark.parametrize("previous", ["柳城全年存在哪些问题？", "柳城全年主要做法有哪些？"])
def test_a_follow_up_naming_another_section_asks_that_section(qa: BulletinQA, previous: str) -> None:
    answer = qa.ask("那下步打算呢？", history=[previous])
    assert answer["kind"] == "list" and "招商月活动" in answer["answer"] and "储备不足" not in answer["answer"]
    assert "下步打算" in answer["resolved_question"]


def test_each_place_in_each_period_named(qa: BulletinQA) -> None:
    answer = qa.ask("柳城和桦川前三季度、全年营业收入分别是多少？")
    assert answer["kind"] == "each"
    assert all(f in answer["answer"] for f in ("318.2亿元", "201.9亿元", "436.5亿元", "275.3亿元"))


def test_how_to_answer_is_no_word_of_what_is_asked(qa: BulletinQA) -> None:
    answer = qa.ask("柳城、桦川全年营业收入逐一列举")
    assert not answer["abstained"] and "436.5亿元" in answer["answer"] and "275.3亿元" in answer["answer"]


def test_the_year_of_a_target_is_no_period_of_the_figures_after_it(tmp_path) -> None:
    text = ("【2025年1-4月工作情况】\n1-4月，全市开发区实现营业收入120.5亿元；实际使用外资4.96亿美元，完成全年目标的35.4%；"
            "进出口总额91.7亿元，同比增长9.5%。\n供稿:临汾市商务局\n")
    _, _, facts = _facts_of(_write(tmp_path, "2025-05-linfen.txt", text))
    assert {f["figure"]: f["period"] for f in facts}["91.7亿元"] == "2025年1-4月"


def test_a_follow_up_over_the_issues_asked_apart_from_its_trend_words(qa: BulletinQA) -> None:
    answer = qa.ask("这两期呢？变化趋势怎样？", history=["桦川开发区前三季度营业收入是多少？"])
    assert answer["kind"] == "trend" and "201.9亿元" in answer["answer"] and "275.3亿元" in answer["answer"]
