"""each, compare and trend asked in shapes the bulletins do not write: zones asked as a set of one kind (几个高新区,
所有综保区), the largest or smallest fall (降幅最大, 下降最多), issues named by their place next to the one asked
(上一期呢, 后两期呢, 同期呢), a total so far against what a period added (一共有多少家 vs 新认定多少家), a figure
whose own clause says only 实现 (税收收入由负转正，实现5.5亿元), and an uncovered place joined by 和. Three small
invented issues over three periods, through the real loaders, index and pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest

from index.pipeline import IndexingPipeline
from index.zones import find_zones
from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import settings_under
from tests.test_facts import _facts_of, _write

ISSUES = {  # issue number, period: city -> its paragraph
    (1, "一季度"): {
        "柳城市": "一季度，全市开发区实现营业收入100.1亿元，同比增长6.0%；税收收入8.1亿元，同比增长3.0%；实际使用外资2150万"
               "美元，同比增长12.5%。其中，柳城高新区"
               "实现营业收入60.2亿元，同比增长7.1%；柳城综保区实现营业收入20.3亿元，同比下降3.2%。柳城高新区一季度新认定"
               "高新技术企业14家，累计达到156家。全市一季度盘活低效用地150亩。",  # 全市: the city's (a sentence with no subject goes on about the zone before it, trend30)
        "桦川市": "一季度，全市开发区实现营业收入80.4亿元，同比增长4.0%，增速居全省第2位；税收收入由负转正，实现5.5亿元，"
               "同比增长0.8%。"
               "其中，桦川高新区实现营业收入40.5亿元，同比增长9.2%；桦川经开区实现营业收入30.6亿元，同比下降1.1%。"
               "桦川高新区高新技术企业净增6家，总数达到88家。",
        "榆林市": "一季度，全市开发区实现营业收入50.7亿元，同比增长2.2%。",
        "松江市": "一季度，全市开发区实现营业收入45.9亿元，同比增长3.3%。",
    },
    (2, "上半年"): {
        "柳城市": "上半年，全市开发区实现营业收入210.1亿元，同比增长6.5%。其中，柳城高新区实现营业收入125.2亿元，同比增长"
               "7.4%；柳城综保区实现营业收入41.3亿元，同比增长1.5%。柳城高新区上半年新认定高新技术企业31家，累计达到173家。下一步，柳城市将继续推进低效用地盘活，"
               "上半年累计盘活320亩。",
        "桦川市": "上半年，全市开发区实现营业收入170.4亿元，同比增长4.6%。桦川高新区高新技术企业总数达到97家。",
    },
    (3, "前三季度"): {
        "柳城市": "前三季度，全市开发区实现营业收入320.1亿元，同比增长6.8%。",
        "桦川市": "前三季度，全市开发区实现营业收入260.4亿元，同比增长5.0%。",
    },
}


RANKS = [["开发区", "营业收入（亿元）", "全省排名"], ["柳城高新区", "125.2", "3"], ["桦川高新区", "88.6", "5"]]


def _issue(path: Path, number: int, period: str, cities: dict[str, str]) -> None:
    body = "".join(f"<h2>■{city}</h2><h3>一、主要成效</h3><p>{text}</p>" for city, text in cities.items())
    if number == 2:  # a table of ranks after the cities
        rows = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in RANKS)
        body += f"<p><strong>附表：重点开发区主要指标（2025年上半年）</strong></p><table>{rows}</table>"
    path.write_text(f"<html><head><title>某省开发区工作简报（2025年第{number}期）</title></head><body>"
                    f"<h1>某省开发区工作简报</h1><p>编者按：现将两市开发区2025年{period}工作情况摘编如下。</p>{body}"
                    "</body></html>", encoding="utf-8")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    settings = settings_under(tmp_path_factory.mktemp("each_shapes"))
    for (number, period), cities in ISSUES.items():
        _issue(settings.docs_dir / f"2025-0{number}-jianbao.html", number, period, cities)
    assert not IndexingPipeline(settings, embedding).run().errors
    return BulletinQA(settings, embedding)


@pytest.mark.parametrize("question", ["一季度几个高新区营业收入各多少？", "一季度所有高新区的营业收入分别是多少？"])
def test_a_set_of_zones_of_one_kind_gives_those_zones_only(qa: BulletinQA, question: str) -> None:
    answer = qa.ask(question)["answer"]
    assert "60.2亿元" in answer and "40.5亿元" in answer
    assert not any(other in answer for other in ("20.3亿元", "30.6亿元", "100.1亿元"))


@pytest.mark.parametrize("question, winner", [("一季度哪个开发区营业收入降幅最大？", "柳城综保区"),
                                              ("一季度哪个开发区营业收入下降最多？", "柳城综保区"),
                                              ("一季度哪个开发区营业收入降幅最小？", "桦川经开区")])
def test_the_size_of_a_fall_ranks_the_falls(qa: BulletinQA, question: str, winner: str) -> None:
    answer = qa.ask(question)
    assert answer["kind"] == "compare" and answer["short"] == winner
    assert "3.2%" in answer["answer"] and "1.1%" in answer["answer"] and "9.2%" not in answer["answer"]


def test_periods_compared_rank_a_fall_below_a_rise(qa: BulletinQA) -> None:
    answer = qa.ask("柳城综保区一季度和上半年营业收入增速哪个低？")
    assert answer["short"] == "2025年一季度" and "下降3.2%" in answer["answer"]


@pytest.mark.parametrize("history, follow_up, shown, not_shown", [
    ("一季度柳城开发区税收收入多少？", "桦川呢？两个市分别多少？", ["8.1亿元", "5.5亿元"], ["100.1亿元"]),
    ("上半年柳城市开发区营业收入是多少？", "上一期呢？", ["100.1亿元"], ["210.1亿元", "320.1亿元"]),
    ("一季度柳城市开发区营业收入是多少？", "后两期呢？", ["210.1亿元", "320.1亿元"], ["100.1亿元"]),
    ("前三季度桦川市开发区营业收入是多少？", "前两期对比呢？", ["80.4亿元", "170.4亿元"], ["260.4亿元"]),
    ("柳城市上半年开发区营业收入是多少？", "桦川同期呢？", ["170.4亿元"], ["210.1亿元", "80.4亿元"]),
])
def test_issues_named_by_their_place_next_to_the_one_asked(qa: BulletinQA, history: str, follow_up: str,
                                                          shown: list[str], not_shown: list[str]) -> None:
    answer = qa.ask(follow_up, history=[history])
    assert all(figure in answer["answer"] for figure in shown)
    assert not any(figure in answer["answer"] for figure in not_shown)


def test_no_issue_after_the_newest(qa: BulletinQA) -> None:
    answer = qa.ask("下一期呢？", history=["前三季度柳城市开发区营业收入是多少？"])
    assert not any(figure in answer["answer"] for figure in ("100.1亿元", "210.1亿元", "320.1亿元"))


@pytest.mark.parametrize("question, figure, other", [("柳城高新区上半年一共有多少家高新技术企业？", "173家", "503家"),
                                                     ("上半年柳城高新区高新技术企业总数是多少？", "173家", "503家"),
                                                     ("柳城高新区上半年新认定多少家高新技术企业？", "31家", "173家")])
def test_a_total_so_far_or_what_a_period_added(qa: BulletinQA, question: str, figure: str, other: str) -> None:
    answer = qa.ask(question)
    assert answer["short"] == figure and other not in answer["short"]


@pytest.mark.parametrize("question, totals", [("柳城高新区高新技术企业总数的变化", ["156家", "173家"]),
                                              ("桦川高新区高新技术企业总数走势", ["88家", "97家"])])
def test_a_trend_of_a_total_takes_the_totals(qa: BulletinQA, question: str, totals: list[str]) -> None:
    answer = qa.ask(question)
    assert answer["kind"] == "trend" and [row["value"] for row in answer["table"]] == totals


def test_a_bare_verb_takes_what_the_clause_before_names(tmp_path: Path) -> None:
    _, _, facts = _facts_of(_write(tmp_path, "a.txt", "某省开发区简报\n桦川市\n一季度，全市开发区营业收入80.4亿元；"
                                                     "税收收入由负转正，实现5.5亿元，同比增长0.8%。下一步，桦川市将继续推进"
                                                     "低效用地盘活，一季度累计盘活320亩。"))
    indicators = {f["figure"]: f["indicator"] for f in facts}
    assert indicators["5.5亿元"] == "税收收入" and indicators["0.8%"].startswith("税收收入")
    assert indicators["320亩"] == "盘活低效用地"  # the verb's object, written before it in the clause before


def test_a_total_after_what_was_added_counts_the_same(tmp_path: Path) -> None:
    _, _, facts = _facts_of(_write(tmp_path, "a.txt", "某省开发区简报\n桦川市\n上半年，桦川高新区高新技术企业净增63家，"
                                                     "总数达到841家。"))
    indicators = {f["figure"]: f["indicator"] for f in facts}
    assert indicators["841家"].startswith("高新技术企业") and indicators["841家"].endswith("总数")


def test_each_city_with_a_bare_verb_figure(qa: BulletinQA) -> None:
    answer = qa.ask("一季度柳城和桦川开发区税收收入分别多少？")["answer"]
    assert "8.1亿元" in answer and "5.5亿元" in answer


def test_a_place_no_bulletin_covers_joined_by_and(qa: BulletinQA) -> None:
    answer = qa.ask("一季度柳城和荻港开发区营业收入各多少？")
    assert not answer["abstained"] and "100.1亿元" in answer["answer"] and "荻港" in answer["answer"]


def test_places_an_issue_leaves_out_are_not_answered_by_others(qa: BulletinQA) -> None:
    answer = qa.ask("上半年榆林、松江开发区营业收入各多少？")
    assert answer["abstained"] and not any(f in answer["answer"] for f in ("210.1亿元", "170.4亿元", "50.7亿元"))


def test_the_growth_asked_is_of_the_indicator_written_before_it(qa: BulletinQA) -> None:
    assert qa.ask("一季度柳城开发区外资增长多少？")["short"] == "12.5%"


@pytest.mark.parametrize("question, kind", [("桦川营业收入增速排全省第几？", "compare"), ("桦川营业收入回升了吗？", "trend"),
                                            ("柳城税收收入下降了没有", "trend"), ("柳城营业收入增长了多少？", "figure")])
def test_a_rank_or_a_change_asked(question: str, kind: str) -> None:
    assert classify(question, 1) == kind


def test_the_rank_a_bulletin_writes(qa: BulletinQA) -> None:
    answer = qa.ask("一季度桦川市开发区营业收入增速排全省第几？")
    assert answer["kind"] == "compare" and "第2位" in answer["short"]


def test_the_rank_a_table_writes(qa: BulletinQA) -> None:
    answer = qa.ask("上半年桦川高新区全省排名第几？")
    assert answer["short"] == "5" and "88.6" in answer["answer"]


def test_no_position_computed_from_the_places_reported(qa: BulletinQA) -> None:
    answer = qa.ask("它排全省第几？", history=["一季度柳城市开发区营业收入是多少？"])
    assert answer["abstained"]  # 柳城 is first of the two cities reported; the bulletin writes no rank


def test_progress_asked_over_the_issues(qa: BulletinQA) -> None:
    answer = qa.ask("柳城盘活低效用地进展逐期看")  # 进展 frames what is asked; 盘活 takes its object from before
    assert answer["kind"] == "trend" and [row["value"] for row in answer["table"]] == ["150亩", "320亩"]


@pytest.mark.parametrize("sentence, zones", [("组织本地灯饰企业入驻综保区跨境电商平台", []),
                                             ("5家企业入驻柳城高新区", ["柳城高新区"]),
                                             ("甲公司落户桦川经开区", ["桦川经开区"])])
def test_a_verb_before_a_zone_word_is_no_part_of_its_name(sentence: str, zones: list[str]) -> None:
    assert [name for _, _, name in find_zones(sentence)] == zones  # 企业入驻综保区 names no zone
