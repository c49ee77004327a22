"""Comparisons and names as staff word them (issue 8's held-out gap, round cmp9): a zone written in full in a
table and short in prose is compared once; a fall asked (哪家下降了) is read from the changes, and a fall written
in words (同比下降2.4%) ranks below any growth; a name asked with 总结 in it (总结的经验叫什么) is a name; a city
asked by its written rank (哪个市…全省第一) is answered with the city, a zone by the rank its table writes
(全省排名 1) unless a figure is ranked; 两个差多少 after two places compares them; a zone asked over the issues
is never answered by a sibling zone; a zone asked is read from a sentence naming one; a name asked by
its first word and kind (左权那个示范区叫什么) is the whole name; a firm asked is its registered name; a ranking naming no place ranks the zones when
the places report none. Invented bulletins, indexed by the real pipeline with the real model."""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from qa.short import short_span
from qa.zone_span import lacks_zone
from tests.conftest import index_files, index_one

_BULLETIN = """<html><head><title>某省开发区工作通报（2025年第2期）</title></head><body>
<h1>某省开发区工作通报</h1>
<h2>一、总体情况</h2>
<p>2025年上半年，全省开发区实现规模以上工业增加值500.2亿元。其中，青枫市开发区实现规模以上工业增加值320.5亿元，同比增长1.5%，
总量列全省第1；柳岸市开发区实现规模以上工业增加值179.7亿元，同比下降2.4%。</p>
<table><caption>表1　2025年上半年重点开发区主要指标</caption>
<tr><td>开发区</td><td>营业收入(亿元)</td><td>营业收入同比增长(%)</td><td>全省排名</td></tr>
<tr><td>青枫高新技术产业开发区</td><td>150.3</td><td>8.2</td><td>1</td></tr>
<tr><td>青枫经济技术开发区</td><td>170.2</td><td>-1.6</td><td>2</td></tr>
<tr><td>柳岸综合保税区</td><td>179.7</td><td>3.5</td><td>3</td></tr></table>
<h2>二、各市工作进展</h2>
<h3>（一）青枫市</h3>
<p>育产业。上半年，青枫高新区营业收入150.3亿元，进出口总额48.1亿元；青枫经开区营业收入170.2亿元。</p>
<p>典型经验：“一窗通办”全程代办。青枫高新区为每个落地项目配备1名“一窗通办”专员，审批时间缩短一半。</p>
<p>抓项目。星岚新材料项目5月签约落户，一期完成设备安装。3月9日，青枫润田食品有限公司年产2万吨冻干果蔬项目竣工投产。</p>
<p>强招商。青枫高新区引进星岚新材料项目，总投资12亿元。</p>
<h3>（二）柳岸市</h3>
<p>拓开放。上半年，柳岸综保区营业收入179.7亿元，进出口总额62.4亿元，列全省综合保税区第3；跨境电商交易额8.6亿元。</p>
</body></html>"""


@pytest.fixture(scope="module")
def bulletin(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("falls-and-places"), "2025-07-tongbao.html", _BULLETIN, embedding)


def test_a_zone_written_in_full_and_short_is_compared_once(bulletin) -> None:
    answer = bulletin.ask("上半年哪个开发区营业收入最高？")
    assert answer["kind"] == "compare" and "柳岸综" in answer["short"]
    values = [row["value"] for row in answer["table"]]
    assert len(values) == len(set(values)) == 3, answer["answer"]


@pytest.mark.parametrize("question", ["上半年哪个开发区营业收入同比下降了？", "营业收入同比下降的是哪家开发区？"])
def test_a_fall_asked_names_the_zone_whose_change_is_a_fall(bulletin, question) -> None:
    assert classify(question) == "compare"
    answer = bulletin.ask(question)
    assert answer["short"] in ("青枫经济技术开发区", "青枫经开区") and "-1.6%" in answer["answer"]


def test_a_fall_written_in_words_ranks_below_a_growth(bulletin) -> None:
    answer = bulletin.ask("上半年哪个市开发区规模以上工业增加值增速最高？")
    assert answer["short"] == "青枫市" and "2.4%" in answer["answer"], answer["answer"]


def test_a_name_asked_with_a_summary_word_in_it_is_a_name(bulletin) -> None:
    assert classify("青枫高新区总结的典型经验叫什么？") == "name"
    answer = bulletin.ask("青枫高新区总结的典型经验叫什么？")
    assert answer["kind"] == "name" and "一窗通办" in answer["answer"]


def test_a_city_asked_by_its_written_rank_is_answered_with_the_city(bulletin) -> None:
    sentence = "其中，青枫市开发区实现规模以上工业增加值320.5亿元，同比增长1.5%，总量列全省第1"
    assert short_span("规上工业增加值总量全省第一的是哪个市？", sentence) == "青枫市"
    answer = bulletin.ask("上半年规模以上工业增加值总量全省第一的是哪个市？")
    assert answer["short"] == "青枫市", answer["answer"]


@pytest.mark.parametrize("follow_up", ["两个差多少？", "它们谁高？"])
def test_the_two_places_of_a_conversation_are_compared_when_asked_of_together(bulletin, follow_up) -> None:
    history = ["上半年青枫市开发区规模以上工业增加值是多少？", "那柳岸呢？"]
    answer = bulletin.ask(follow_up, history=history)
    assert answer["kind"] == "compare" and answer["short"] == "青枫"
    assert "320.5亿元" in answer["answer"] and "179.7亿元" in answer["answer"]


def test_a_zone_asked_by_its_written_rank_is_the_one_the_table_ranks_there(bulletin) -> None:
    answer = bulletin.ask("上半年全省排名第一的开发区是哪家？")
    assert answer["short"] == "青枫高新技术产业开发区" and len(answer["citations"]) == 1, answer["answer"]
    assert bulletin.ask("上半年哪个开发区营业收入排名第一？")["short"] in ("柳岸综合保税区", "柳岸综保区")


_ISSUE = """<html><head><title>某省开发区简报（2025年第{n}期）</title></head><body><h1>某省开发区简报</h1>
<h2>■青枫市</h2><h3>一、主要成效</h3><p>{period}，青枫经开区营业收入{jing}亿元。{gao}</p></body></html>"""


@pytest.fixture(scope="module")
def two_issues(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("zone-series"), {
        "2025-04-jianbao.html": _ISSUE.format(n=1, period="一季度", jing="61.2", gao="青枫高新区营业收入同比下降2.4%。"),
        "2025-07-jianbao.html": _ISSUE.format(n=2, period="上半年", jing="130.5", gao="")}, embedding)


def test_a_zone_asked_over_the_issues_is_never_answered_by_a_sibling_zone(two_issues) -> None:
    answer = two_issues.ask("青枫高新区营业收入这两期各是多少？")
    assert "61.2" not in answer["answer"] and "130.5" not in answer["answer"], answer["answer"]


def test_a_zone_asked_is_answered_from_a_sentence_naming_one(bulletin) -> None:
    question = "星岚新材料项目落户在哪个开发区？"
    assert lacks_zone(question, "星岚新材料项目5月签约落户，一期完成设备安装。")
    assert not lacks_zone(question, "青枫高新区引进星岚新材料项目，总投资12亿元。")
    answer = bulletin.ask(question)
    assert answer["short"] == "青枫高新区", answer["answer"]


def test_a_name_asked_by_its_first_word_and_kind_is_the_whole_name(bulletin) -> None:
    assert short_span("左权那个示范区叫什么？", "左权生态文化旅游示范区产业项目投资完成7.3亿元") == "左权生态文化旅游示范区"
    assert bulletin.ask("星岚那个项目叫什么？")["short"] == "星岚新材料项目"


def test_a_firm_asked_is_the_registered_name_the_sentence_writes(bulletin) -> None:
    answer = bulletin.ask("青枫投产的冻干果蔬项目是哪家企业的？")
    assert answer["short"] == "青枫润田食品有限公司", answer["answer"]


def test_a_ranking_naming_no_place_ranks_the_zones_when_the_places_report_none(bulletin) -> None:
    answer = bulletin.ask("上半年营业收入谁垫底？")
    assert answer["kind"] == "compare" and answer["short"] in ("青枫高新技术产业开发区", "青枫高新区"), answer["answer"]


def test_the_first_places_asked_as_which_ones_are_named_first(bulletin) -> None:
    answer = bulletin.ask("上半年营业收入前两名是哪几个开发区？")
    assert answer["kind"] == "compare" and answer["answer"].startswith("前两：柳岸综合保税区、青枫经济技术开发区")


def test_a_gap_in_points_is_a_comparison() -> None:
    assert classify("一季度规上工业增加值增速，青枫和柳岸差几个百分点？") == "compare"


def test_a_position_asked_is_the_one_written_not_the_figure_after_it(bulletin) -> None:
    answer = bulletin.ask("柳岸综保区进出口总额在全省综合保税区排第几？")
    assert answer["short"] == "第3", answer["answer"]


def test_a_comparison_of_some_places_says_whose_figure_no_bulletin_gives(bulletin) -> None:
    answer = bulletin.ask("上半年青枫高新区、青枫经开区和柳岸综保区，谁家进出口总额更猛？")
    assert answer["kind"] == "compare" and answer["short"] in ("柳岸综保区", "柳岸综合保税区"), answer["answer"]
    assert "48.1亿元" in answer["answer"] and "没有找到青枫经开区" in answer["answer"]
