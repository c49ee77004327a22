"""trend asked in words nobody tuned: the latest issues said with 近 (近几个季度, 最近三个月: the issues asked over, no
count in 个); the share of a target asked over the issues (完成年度目标的进度每期多少: an issue that writes no target
gives no point, not its growth); month by month (每个月, 各月; not 每月 alone, how often). Three small invented issues (蓁渠省, its cities, zones and every figure made up) through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.kinds import classify, is_cue
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "蓁渠省开发区运行简报\n2026年第{number}期\n蓁渠省商务厅　　2026年{month}月20日\n\n"
ISSUES = {  # (file, issue number, month the issue is out): its paragraphs
    ("2026-04-jianbao-di1qi.txt", 1, 4): [
        "一季度，全省开发区实现营业收入1426.3亿元，同比增长6.3%；进出口总额318.6亿元，同比增长7.2%。",
        "茺阳市：一季度，茺阳经开区完成固定资产投资41.7亿元，同比增长5.1%。茺阳综保区进出口总额52.4亿元，"
        "其中跨境电商进出口额6.3亿元。"],
    ("2026-07-jianbao-di2qi.txt", 2, 7): [
        "上半年，全省开发区实现营业收入2958.4亿元，同比增长6.6%；进出口总额664.9亿元，同比增长7.8%；"
        "全省开发区营业收入完成年度目标的47.9%。",
        "茺阳市：上半年，茺阳经开区完成固定资产投资86.2亿元，同比增长5.6%。茺阳综保区进出口总额108.5亿元，"
        "其中跨境电商进出口额13.8亿元。"],
    ("2026-10-jianbao-di3qi.txt", 3, 10): [
        "前三季度，全省开发区实现营业收入4537.2亿元，同比增长6.8%；进出口总额1012.7亿元，同比增长8.1%；"
        "营业收入完成年度目标的73.6%。",
        "茺阳市：前三季度，茺阳经开区完成固定资产投资130.9亿元，同比增长5.9%。茺阳综保区进出口总额166.3亿元，"
        "其中跨境电商进出口额21.5亿元。"],
}
INVESTMENT = ("41.7亿元", "86.2亿元", "130.9亿元")
CROSS_BORDER = ("6.3亿元", "13.8亿元", "21.5亿元")


def _issue(number: int, month: int, parts: list[str]) -> str:
    return _HEAD.format(number=number, month=month) + "\n\n".join(parts) + "\n"


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _issue(*when, parts) for (name, *when), parts in ISSUES.items()}
    return index_files(tmp_path_factory.mktemp("trend22"), files, embedding)


def test_month_by_month_asks_a_trend_and_monthly_alone_a_frequency():
    for question in ("某园区营收每个月多少", "某园区营收各月多少", "某园区营收每一个月是多少", "某园区营收历月数据"):
        assert classify(question) == "trend", question
    assert classify("园区每月开展什么活动") != "trend"  # 每月 alone: how often, no issues asked over


def test_the_latest_issues_said_with_jin_ask_a_trend():
    for question in ("某园区固定资产投资近几个季度的数据", "某园区营收最近三个月", "某园区外资这几个月的数字"):
        assert classify(question) == "trend", question
    for word in ("近几个季度", "最近三个月", "这几个月"):
        assert is_cue(word), word  # over which issues, not what is counted


@pytest.mark.parametrize("question", ["茺阳经开区固定资产投资近几个季度的数据", "茺阳综保区跨境电商进出口额近几个月怎么变"])
def test_the_latest_issues_are_no_count_asked(qa, question):
    answer = qa.ask(question)
    shown = [figure for figure in (INVESTMENT if "投资" in question else CROSS_BORDER) if figure in answer["answer"]]
    assert answer["kind"] == "trend" and len(shown) == 3, answer["answer"]  # every issue's figure, none a count


def test_a_share_of_the_target_over_the_issues_is_never_a_growth(qa):
    answer = qa.ask("全省开发区营收完成年度目标的进度每期多少")
    assert answer["kind"] == "trend", answer
    assert "47.9%" in answer["answer"] and "73.6%" in answer["answer"], answer["answer"]
    assert "6.3%" not in answer["answer"], answer["answer"]  # the 一季度 issue writes no target: its growth is none
    assert "一季度" in answer["answer"]  # the issue with no such figure is said
