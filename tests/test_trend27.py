"""trend of a zone and of its city over issues that write one, the other or both: where an issue writes both for one
period and their figures differ (a 快报's city table beside its zone's sentence), the city's 开发区 count more than the
zone, so neither stands for the other in an issue that writes only one of them; where they agree, the city's figure
of an issue that writes none of the zone's is still the zone's. An indicator asked by another of its names than the
documents write (签约额 for 协议投资额). Three small invented issues (岚州省, its cities and every figure made up)
through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "岚州省开发区{kind}\n{year}年第{number}期\n岚州省商务厅开发区处　　{year}年{month}月18日\n\n"
ISSUES = {  # (file, year, issue number, month the issue is out): its paragraphs
    ("2026-01-kaohe-tongbao.txt", 2026, 1, 1): [
        "2025年全年，全省开发区实现营业收入2940.3亿元，同比增长6.1%。",
        "雩川市：雩川经济开发区全年实现营业收入820.6亿元，同比增长5.5%；新签约项目31个，协议投资额210.4亿元，"
        "同比增长12.2%。",
        "琇山市：琇山高新技术产业开发区全年实现营业收入615.2亿元，同比增长7.1%；新签约项目22个，协议投资额150.3亿元，"
        "同比增长9.4%。"],
    ("2026-06-yunxing-kuaibao.txt", 2026, 5, 6): [
        "1-5月，全省开发区实现营业收入1268.9亿元，同比增长6.4%。",
        "重点园区中，雩川经开区1-5月实现营业收入372.8亿元，同比增长6.0%；琇山高新区实现营业收入268.4亿元，"
        "同比增长7.5%。雩川经开区新签约项目14个，协议投资额96.5亿元，同比增长13.0%。",
        "表2　各市开发区营业收入完成情况\n\n| 地区 | 营业收入（亿元） | 同比增长（%） |\n| --- | --- | --- |\n"
        "| 雩川市 | 451.9 | 5.2 |\n| 琇山市 | 268.4 | 7.5 |"],
    ("2026-09-yunxing-kuaibao.txt", 2026, 8, 9): [
        "1-8月，全省开发区实现营业收入2035.6亿元，同比增长6.6%。",
        "雩川市：1-8月开发区营业收入728.3亿元，同比增长5.6%。",
        "琇山市：1-8月开发区营业收入430.7亿元，同比增长7.8%。"],
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: _HEAD.format(kind="运行快报" if "kuaibao" in name else "考核通报", year=year, number=number,
                                month=month) + "\n\n".join(parts) + "\n"
             for (name, year, number, month), parts in ISSUES.items()}
    return index_files(tmp_path_factory.mktemp("trend27"), files, embedding)


def _series(answer: dict, figures: tuple[str, ...]) -> None:
    assert answer["kind"] == "trend", answer
    for figure in figures:
        assert figure in answer["answer"], (figure, answer["answer"])


@pytest.mark.parametrize("question", ["雩川经开区营收这几期分别是多少", "雩川经济开发区营业收入增速历次怎么变的"])
def test_a_zone_takes_no_city_figure_where_an_issue_gives_the_city_another(qa, question):
    answer = qa.ask(question)
    rate = "增速" in question
    _series(answer, ("5.5%", "6.0%") if rate else ("820.6亿元", "372.8亿元"))
    assert ("5.6%" if rate else "728.3亿元") not in answer["answer"]  # 雩川市's 1-8月: all its 开发区


def test_a_city_takes_no_zone_figure_where_an_issue_gives_the_zone_another(qa):
    answer = qa.ask("雩川市开发区营收历次是多少")
    _series(answer, ("451.9", "728.3亿元"))
    assert "820.6亿元" not in answer["answer"]  # 雩川经济开发区's 全年: one of the city's 开发区


def test_a_zone_still_takes_its_city_figure_where_the_issues_agree(qa):
    _series(qa.ask("琇山高新区营收历次是多少"), ("615.2亿元", "268.4亿元", "430.7亿元"))


@pytest.mark.parametrize("question", ["雩川经开区签约额增速各期是多少", "雩川经开区签约金额历期是多少"])
def test_an_indicator_asked_by_another_of_its_names(qa, question):
    _series(qa.ask(question), ("12.2%", "13.0%") if "增速" in question else ("210.4亿元", "96.5亿元"))
