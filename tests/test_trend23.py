"""trend over layouts and wordings nobody tuned: four invented issues (湄澜省, its cities, zones and every figure made
up) where the indicator is renamed between issues (营业收入 / 主营业务收入, 实际使用外资 / 实际利用外资), its unit changes
(万美元 / 亿美元), a zone is reported under its city in prose in one issue and as a row of a zone table in the next, one
issue's period is written only in its title, one figure is given 截至…月底, and the last issue leaves an indicator out;
asked with 变化情况, 走势, 这几期, 历次, 一路, 从…到…, 逐季, 每季度, 增减变化, 有没有起色, 呈什么趋势, 对比几期, the course
said as such (演变, 起伏, 波动, 涨势, 各阶段, 是在增长还是在下降) and a follow-up 那X呢？. Run through the real loaders, index
and pipeline."""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "湄澜省开发区运行简报\n{title}\n湄澜省商务厅　　{out}\n\n"
ISSUES = {  # file: (title line, date out, paragraphs)
    "2026-04-jianbao-1.txt": ("2026年第1期", "2026年4月18日", [
        "一季度，全省开发区运行总体平稳，主要指标稳中有进。",
        "樾川市：一季度，樾川经开区实现营业收入126.4亿元，同比增长5.2%；实际使用外资3600万美元，同比增长4.1%。",
        "棠溪市：一季度，棠溪高新区实现营业收入88.3亿元，同比增长3.9%；新签约项目12个。",
        "樾川经开区推行“标准地”出让，出让工业用地9宗、面积约520亩。"]),
    "2026-07-jianbao-2.txt": ("2026年第2期", "2026年7月19日", [
        "上半年，全省开发区主要指标保持增长，现将各开发区主要指标通报如下。",
        "表1 2026年上半年重点开发区主要指标",
        "开发区\t主营业务收入（亿元）\t增速（%）\t实际利用外资（亿美元）",
        "樾川经开区\t258.7\t5.6\t0.75",
        "棠溪高新区\t179.2\t4.4\t0.21",
        "樾川经开区累计出让工业用地17宗，项目从拿地到开工平均用时缩短至28天。"]),
    "2026-10-jianbao-3.txt": ("2026年1-9月开发区运行情况", "2026年10月21日", [
        "全省开发区运行稳中向好，樾川、棠溪两市开发区表现突出。",
        "樾川经开区营业收入达到401.5亿元，同比增长6.1%；截至9月底，实际利用外资1.12亿美元。",
        "棠溪高新区营业收入271.6亿元，同比增长4.8%。",
        "樾川经开区累计出让工业用地26宗、面积约1480亩。"]),
    "2027-01-jianbao-4.txt": ("2026年全年开发区运行情况", "2027年1月22日", [
        "2026年，全省开发区全年运行平稳。",
        "樾川经开区全年实现营业收入548.2亿元，同比增长6.4%。",
        "棠溪高新区全年实现营业收入366.9亿元，同比增长5.0%。"]),
}
REVENUE = ("126.4亿元", "258.7", "401.5亿元", "548.2亿元")
TANGXI = ("88.3亿元", "179.2", "271.6亿元", "366.9亿元")
FOREIGN = ("3600万美元", "0.75", "1.12亿美元")
PARCELS = ("9宗", "17宗", "26宗")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _HEAD.format(title=title, out=out) + "\n".join(parts) + "\n"
             for name, (title, out, parts) in ISSUES.items()}
    return index_files(tmp_path_factory.mktemp("trend23"), files, embedding)


def _shown(answer: dict, figures: tuple[str, ...]) -> list[str]:
    return [figure for figure in figures if figure in answer["answer"]]


@pytest.mark.parametrize("question", [
    "樾川经开区营业收入变化情况", "樾川经开区营收走势如何", "樾川经开区营收这几期分别是多少",
    "樾川经开区营收历次数据", "樾川经开区营业收入一路是怎么变的", "对比几期樾川经开区的营收",
    "樾川经开区营收呈什么趋势"])
def test_a_renamed_indicator_in_prose_and_table_is_one_series(qa, question):
    answer = qa.ask(question)
    assert answer["kind"] == "trend", answer["answer"]
    assert _shown(answer, REVENUE) == list(REVENUE), answer["answer"]


@pytest.mark.parametrize("question", [
    "棠溪高新区营收逐季是多少", "棠溪高新区营业收入每季度的数据", "棠溪高新区营收有没有起色",
    "棠溪高新区营业收入的增减变化", "棠溪高新区营收有没有起伏", "棠溪高新区营业收入的演变",
    "棠溪高新区营收是在增长还是在下降", "棠溪高新区营收涨势如何"])
def test_a_zone_under_its_city_then_a_table_row_is_one_series(qa, question):
    answer = qa.ask(question)
    assert answer["kind"] == "trend", answer["answer"]
    assert _shown(answer, TANGXI) == list(TANGXI), answer["answer"]


@pytest.mark.parametrize("question", [
    "樾川经开区实际利用外资历次数据", "樾川经开区实际使用外资这几期走势", "樾川经开区外资一路怎么变化的"])
def test_a_unit_changing_between_issues_and_an_issue_leaving_it_out(qa, question):
    answer = qa.ask(question)
    assert answer["kind"] == "trend", answer["answer"]
    assert _shown(answer, FOREIGN) == list(FOREIGN), answer["answer"]
    assert "全年" in answer["answer"].split("[3]")[-1], answer["answer"]  # the issue that leaves it out is said


@pytest.mark.parametrize("question", ["樾川经开区工业用地出让宗数历次变化", "樾川经开区出让工业用地几宗，这几期怎么变的"])
def test_a_count_in_a_measure_word_of_its_own(qa, question):  # 宗: land parcels; 宗数 asks the count in 宗
    answer = qa.ask(question)
    assert answer["kind"] == "trend", answer["answer"]
    assert _shown(answer, PARCELS) == list(PARCELS), answer["answer"]
    assert "全年" in answer["answer"].split("[3]")[-1], answer["answer"]  # the 全年 issue gives none: said


def test_from_one_period_to_another_bounds_the_series(qa):
    answer = qa.ask("樾川经开区营收从一季度到前三季度的增减变化")
    assert answer["kind"] == "trend", answer["answer"]
    assert _shown(answer, REVENUE) == list(REVENUE[:3]), answer["answer"]  # 1-9月 is 前三季度; 全年 is not asked


def test_a_follow_up_naming_another_zone_after_a_trend(qa):
    answer = qa.ask("那棠溪高新区呢？", history=["樾川经开区营收这几期走势"])
    assert answer["kind"] == "trend", answer["answer"]
    assert _shown(answer, TANGXI) == list(TANGXI), answer["answer"]


def test_the_course_of_a_figure_said_as_such_asks_a_trend():
    for question in ("某园区营收有没有起伏", "某园区营收波动大吗", "某园区营收的演变", "某园区营收涨势如何",
                     "某园区营收全年各阶段数据", "某园区营收是在增长还是在下降", "某园区外资是在下降还是在上升"):
        assert classify(question) == "trend", question
    assert classify("某市增势强劲的开发区有哪些") != "trend"  # which zones: no course of one figure
