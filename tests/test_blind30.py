"""Wordings blind30 wrote blind to the code, answered by rules of Chinese and of bulletin layout. Four small invented
issues of 汐州省 (its cities, zones and every figure made up) over two years, through the real loaders, index and
pipeline.

- A year named alone in a series (2025年营收走势, 去年走势) bounds it to that year's issues: not the next year's figures
  (a wrong period), and no series at all for a year no bulletin reports (2024年各季度走势: withheld).
- Whether a figure changed, asked bare (增速变了没, 变了吗), is a trend, as 变没变 is.
- A follow-up of a which-question (表扬的呢？ after 批评了哪几家开发区？) asks which again: 哪几家 is no count whose
  unit the new indicator replaces (哪多少开发区).
- A deadline's date keeps its end of month and its 前 (2026年5月底前), not the month alone.
- A span said bare before how a figure went over it (三个季度走势, 这一年怎么变的) or reduplicated (一期期看下来) is the
  issues asked over, no word a row must write.
"""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "汐州省开发区运行监测\n{year}年第{number}期\n汐州省商务厅开发区处　　{year}年{month}月20日\n\n"
ISSUES = {  # (file, year, issue number, month the issue is out): its paragraphs
    ("2025-10-jiance-di3qi.txt", 2025, 3, 10): [
        "前三季度，全省开发区实现营业收入2731.5亿元，同比增长6.2%。",
        "潆城市：潆城经济技术开发区前三季度实现营业收入806.4亿元，同比增长7.1%。",
        "沅岫市：沅岫高新区前三季度实现营业收入412.8亿元，同比增长5.3%。"],
    ("2026-01-jiance-di4qi.txt", 2026, 1, 1): [
        "2025年，全省开发区实现营业收入3698.7亿元，同比增长6.5%。",
        "潆城市：潆城经开区全年实现营业收入1093.2亿元，同比增长7.4%。",
        "沅岫市：沅岫高新区全年实现营业收入561.9亿元，同比增长5.6%。"],
    ("2026-04-jiance-di1qi.txt", 2026, 1, 4): [
        "一季度，全省开发区实现营业收入902.6亿元，同比增长6.8%。",
        "潆城市：潆城经开区一季度实现营业收入276.5亿元，同比增长8.2%。",
        "沅岫市：沅岫高新区一季度实现营业收入138.4亿元，同比增长4.9%。"],
    ("2026-07-jiance-di2qi.txt", 2026, 2, 7): [
        "上半年，全省开发区实现营业收入1884.3亿元，同比增长7.1%。",
        "潆城市：潆城经开区上半年实现营业收入571.7亿元，同比增长8.5%。",
        "沅岫市：沅岫高新区上半年实现营业收入289.6亿元，同比增长5.2%。"],
}
_2025 = ("806.4亿元", "1093.2亿元")
_2026 = ("276.5亿元", "571.7亿元")


INSPECTION = ("2026-04-ducha-tongbao.txt", "关于2026年一季度全省开发区重点工作督查情况的通报\n汐商开发〔2026〕9号\n\n"
              "4月中旬，省商务厅组成3个督查组，对全省开发区一季度重点工作进行了实地督查。\n\n"
              "督查中，潆城经济技术开发区、沅岫综合保税区项目推进快、服务保障好，予以通报表扬。\n\n"
              "沅岫高新技术产业开发区标准厂房空置率高、澄溪经济开发区安全隐患整改不力，予以通报批评。\n\n"
              "督查发现的问题及整改要求见下表。\n\n"
              "| 序号 | 开发区 | 主要问题 | 整改措施 | 完成时限 |\n| --- | --- | --- | --- | --- |\n"
              "| 1 | 澄溪经济开发区 | 安全隐患整改不到位，发现隐患12处 | 逐项建立台账，销号整改 | 2026年5月底前 |\n\n"
              "汐州省商务厅　　2026年4月28日\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _HEAD.format(year=year, number=number, month=month) + "\n\n".join(parts) + "\n"
             for (name, year, number, month), parts in ISSUES.items()}
    files[INSPECTION[0]] = INSPECTION[1]
    return index_files(tmp_path_factory.mktemp("blind30"), files, embedding)


def _series(answer: dict, figures: tuple[str, ...], not_figures: tuple[str, ...] = ()) -> None:
    assert answer["kind"] == "trend" and not answer["abstained"], answer
    for figure in figures:
        assert figure in answer["answer"], (figure, answer["answer"])
    for figure in not_figures:
        assert figure not in answer["answer"], (figure, answer["answer"])


@pytest.mark.parametrize("question", ["潆城经开区营收2025年走势", "潆城经开区营收去年走势"])
def test_a_year_named_alone_bounds_the_series_to_its_issues(qa, question):
    _series(qa.ask(question), _2025, _2026)


@pytest.mark.parametrize("question", ["潆城经开区营收2026年走势", "潆城经开区营收2026年以来的走势"])
def test_the_newer_year_named_leaves_out_the_year_before(qa, question):
    _series(qa.ask(question), _2026, _2025)


def test_a_year_no_bulletin_reports_has_no_series(qa):
    answer = qa.ask("潆城经开区营收2024年各季度走势")
    assert answer["abstained"], answer
    for figure in _2025 + _2026:
        assert figure not in answer["answer"], answer["answer"]


def test_a_series_with_no_year_keeps_every_issue(qa):
    _series(qa.ask("潆城经开区营收走势"), _2025 + _2026)


@pytest.mark.parametrize("question", ["全省开发区营收四个季度走势", "沅岫高新区营收这一年怎么变的",
                                      "沅岫高新区营收一期期看下来怎么样"])
def test_a_span_said_bare_is_the_issues_asked_over(qa, question):
    assert classify(question) == "trend"
    answer = qa.ask(question)
    assert answer["kind"] == "trend" and not answer["abstained"], answer
    assert len(answer["citations"]) >= 2, answer["answer"]


@pytest.mark.parametrize("question", ["潆城经开区增速变了没", "潆城经开区营收增速变了吗"])
def test_whether_it_changed_asked_bare_is_a_trend(qa, question):
    assert classify(question) == "trend"
    _series(qa.ask(question), ("8.2%", "8.5%"))


def test_a_follow_up_asking_whether_it_changed(qa):
    _series(qa.ask("上半年呢，增速变了没", history=["潆城经开区一季度营收多少？"]), ("8.5%",))


@pytest.mark.parametrize("follow_up", ["表扬的呢？", "受表扬的呢"])
def test_a_follow_up_of_which_asks_which_again(qa, follow_up):
    answer = qa.ask(follow_up, history=["一季度督查通报批评了哪几家开发区？"])
    assert not answer["abstained"] and "哪多少" not in (answer["resolved_question"] or ""), answer
    assert "潆城经济技术开发区" in answer["answer"] and "沅岫综合保税区" in answer["answer"], answer["answer"]


def test_a_deadline_keeps_its_end_of_month_and_before(qa):
    answer = qa.ask("澄溪经开区安全隐患要求啥时候整改完")
    assert answer["short"] == "2026年5月底前", answer
