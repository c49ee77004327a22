"""Figures aimed at are no figures achieved (index/aims.py): each fact's `stance` is achieved, aimed (a target, plan:
力争…, 确保…, 目标…, 计划投资…, a period its bulletin has not reached) or a rank (居全省第2位, 前移1位); a figure question
is answered with what was achieved unless it asks the aim, and one asking what a whole year achieved (全年实现了多少)
where only its target is written is withheld. Two small invented issues (岚州省, its cities and every figure made up)
through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from index.aims import aimed
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "岚州省开发区运行动态\n2026年第{number}期\n岚州省商务厅开发区处　　2026年{month}月16日\n\n"
ISSUES = {  # (file, issue number, month the issue is out): its paragraphs
    ("2026-04-yunxing-dongtai.txt", 1, 4): [
        "泖溪市：一季度，泖溪经济技术开发区实现营业收入302.5亿元，同比增长8.4%，增速居全省开发区第2位；"
        "已签约项目开工率为47.6%。下一步，力争二季度新开工亿元以上项目12个以上，确保签约项目开工率提高到65%以上；"
        "力争上半年营业收入增长9%、突破640亿元，进出口总额突破88亿元。",
        "棠浦市：一季度，棠浦高新区新增高新技术企业14家；盘活低效用地96亩，完成全年目标的24.0%。"
        "棠浦高新区全年盘活低效用地目标为400亩。"],
    ("2026-07-yunxing-dongtai.txt", 2, 7): [
        "泖溪市：上半年，泖溪经济技术开发区实现营业收入651.8亿元，同比增长9.2%，增速居全省开发区第1位，比一季度前移1位；"
        "已签约项目开工率提高到61.3%。下一步，力争新开工亿元以上项目20个，新签约项目总投资突破300亿元，"
        "全年营业收入突破1350亿元。",
        "棠浦市：上半年，棠浦高新区新增高新技术企业29家；盘活低效用地213亩，完成全年目标的53.3%。"
        "棠浦高新区计划投资18亿元建设中试基地。"],
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _HEAD.format(number=number, month=month) + "\n\n".join(parts) + "\n"
             for (name, number, month), parts in ISSUES.items()}
    return index_files(tmp_path_factory.mktemp("targets30"), files, embedding)


def _stances(qa: BulletinQA) -> dict[str, str]:
    return {fact["figure"]: fact.get("stance") for fact in qa.snapshot.facts}


@pytest.mark.parametrize("figure", ["302.5亿元", "8.4%", "47.6%", "651.8亿元", "61.3%", "96亩", "24.0%", "213亩",
                                    "53.3%", "29家"])
def test_what_was_achieved(qa, figure):
    # 完成全年目标的24.0%: the share of the target met is achieved too
    assert _stances(qa)[figure] == "achieved"


@pytest.mark.parametrize("figure", [
    "12个",      # 力争二季度新开工…12个以上: its verb
    "65%",       # 确保…提高到65%以上: its verb, in the part after another aim
    "640亿元",   # 力争…增长9%、突破640亿元: an aim verb governs every clause after it in its part
    "88亿元",    # …，进出口总额突破88亿元: a clause with no aim word of its own
    "400亩",     # 全年盘活低效用地目标为400亩: an aim noun right before it
    "20个", "300亿元", "1350亿元",  # 力争新开工…，新签约项目总投资突破300亿元，全年…: the part's verb
    "18亿元",    # 计划投资18亿元: a plan
])
def test_what_is_aimed_at(qa, figure):
    assert _stances(qa)[figure] == "aimed"


@pytest.mark.parametrize("figure", ["2位", "1位"])
def test_a_rank_and_its_move(qa, figure):
    # 居全省开发区第2位; 第1位，比一季度前移1位: both positions in a ranking, no indicator's value
    assert {f["stance"] for f in qa.snapshot.facts if f["figure"] == figure} == {"rank"}


def test_the_words_alone():
    assert aimed("力争营业收入增长9%、突破", "")
    assert not aimed("盘活低效用地96亩，完成全年目标的", "")  # the share met
    assert aimed("力争完成全年目标的", "")  # a share aimed at
    assert not aimed("由市商务局牵头争取试点，引进企业", "家")  # 争取 obtains a pilot; the count after is done
    assert not aimed("较计划提前", "")
    assert not aimed("项目计划总投资", "")  # a project's size


def test_an_achieved_figure_is_answered_not_the_aim_beside_it(qa):
    answer = qa.ask("上半年泖溪市新签约项目总投资多少？")
    assert "300亿元" not in answer["answer"], answer["answer"]


def test_a_target_is_answered_when_asked(qa):
    answer = qa.ask("泖溪市二季度签约项目开工率要提高到多少？")
    assert "65%" in answer["answer"] and not answer["abstained"], answer["answer"]


@pytest.mark.parametrize("question", ["泖溪市全年营业收入实现了多少？", "泖溪市全年营业收入实际完成多少？"])
def test_what_a_year_achieved_is_not_its_target(qa, question):
    # only the year's target is written (全年营业收入突破1350亿元), in a part no aim verb of its clauses marks: no
    # bulletin tells what the year achieved
    answer = qa.ask(question)
    assert "1350亿元" not in answer["answer"], answer["answer"]


def test_the_years_target_asked(qa):
    answer = qa.ask("泖溪市全年营业收入目标是多少？")
    assert "1350亿元" in answer["answer"], answer["answer"]
