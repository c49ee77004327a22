"""The same questions asked in other words: a year said alone (2025年) over the issues of that year asks its whole-year
issue, not each place's newest; a year said by two digits (25年上半年); a direction said as a way the figure goes
(是不是一直在往下走); 对比一下 after the issues before; a city asked (哪个城市) of a sentence naming none but a topic
(在项目建设方面); 每一期 as 每期; a request to be handed the figures (麻烦给我…数据); a name's item number
and month ([1.]…[4月]投入). Invented issues (枳澜省, its cities, zones and every figure made up) through the real
loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.named import could_name_city
from tests.conftest import index_files

_HEAD = "枳澜省开发区运行简报\n{year}年第{number}期\n枳澜省商务厅　　{out}\n\n"
ONE_YEAR = {  # (file, year, issue number, date out): its paragraphs
    ("2025-07-jilan-di1qi.txt", 2025, 1, "2025年7月20日"): [
        "上半年，全省开发区实现营业收入2210.4亿元，同比增长7.3%。",
        "芃川市：上半年，芃川经开区实现营业收入211.6亿元，同比增长9.4%；进出口总额18.2亿元。",
        "萸陵市：上半年，萸陵高新区实现营业收入143.8亿元，同比增长6.1%；进出口总额9.7亿元；规上工业增加值39.1亿元。"],
    ("2025-10-jilan-di2qi.txt", 2025, 2, "2025年10月21日"): [
        "前三季度，全省开发区实现营业收入3389.5亿元，同比增长6.9%。",
        "芃川市：前三季度，芃川经开区实现营业收入322.7亿元，同比增长8.2%；进出口总额27.5亿元。",
        "萸陵市：前三季度，萸陵高新区实现营业收入236.9亿元，同比增长5.8%；进出口总额14.6亿元。"],
    ("2026-01-jilan-di3qi.txt", 2026, 1, "2026年1月23日"): [
        "2025年全年，全省开发区实现营业收入4602.1亿元，同比增长6.5%。",
        "芃川市：全年，芃川经开区实现营业收入438.9亿元，同比增长7.6%；进出口总额36.8亿元。"
        "在项目建设方面，蓼汀氢能装备项目厂房主体完工，累计完成投资13.4亿元。",
        "萸陵市：全年，萸陵高新区新签约项目42个，协议投资额186.3亿元；规上工业增加值78.4亿元，同比增长6.9%。",
        "1.蕨滩冷链物流中心4月投入试运营，年处理能力3.6万吨。"],
}
TWO_YEARS = {
    ("2025-07-jilan-di1qi.txt", 2025, 1, "2025年7月20日"): ONE_YEAR[("2025-07-jilan-di1qi.txt", 2025, 1, "2025年7月20日")],
    ("2026-01-jilan-di3qi.txt", 2026, 1, "2026年1月23日"): ONE_YEAR[("2026-01-jilan-di3qi.txt", 2026, 1, "2026年1月23日")],
    ("2026-07-jilan-di4qi.txt", 2026, 4, "2026年7月19日"): [
        "上半年，全省开发区实现营业收入2386.2亿元，同比增长8.0%。",
        "芃川市：上半年，芃川经开区实现营业收入229.4亿元，同比增长8.4%；进出口总额19.9亿元。"],
}


def _files(issues: dict) -> dict[str, str]:
    return {name: _HEAD.format(year=year, number=number, out=out) + "\n\n".join(parts) + "\n"
            for (name, year, number, out), parts in issues.items()}


@pytest.fixture(scope="module")
def one_year(tmp_path_factory, embedding):
    return index_files(tmp_path_factory.mktemp("para21-one"), _files(ONE_YEAR), embedding)


@pytest.fixture(scope="module")
def two_years(tmp_path_factory, embedding):
    return index_files(tmp_path_factory.mktemp("para21-two"), _files(TWO_YEARS), embedding)


def test_a_year_said_alone_asks_its_whole_year_issue(one_year):
    answer = one_year.ask("2025年芃川经开区跟萸陵高新区比，营业收入哪个更高？")
    assert "438.9亿元" in answer["answer"], answer["answer"]
    assert "236.9亿元" not in answer["answer"]  # 萸陵's 前三季度: not the year asked
    assert {c["period"] for c in answer["citations"]} == {"2025年全年"}, answer["citations"]


def test_a_year_said_by_two_digits(two_years):
    answer = two_years.ask("请问芃川经开区营收从25年上半年到25年全年再到26年上半年是怎么变化的？")
    assert not answer["abstained"], answer["answer"]
    for amount in ("211.6亿元", "438.9亿元", "229.4亿元"):
        assert amount in answer["answer"], (amount, answer["answer"])
    assert [c["period"] for c in answer["citations"]] == ["2025年上半年", "2025年全年", "2026年上半年"]


@pytest.mark.parametrize("question, figures", [
    ("芃川经开区营业收入的增幅是不是一直在往下走？", ("9.4%", "8.2%", "7.6%")),  # a direction said as the way it goes
    ("每一期芃川经开区营业收入各是多少？", ("211.6亿元", "322.7亿元", "438.9亿元")),  # 每一期 as 每期
    ("麻烦给我芃川经开区历次的营收数据", ("211.6亿元", "322.7亿元", "438.9亿元")),  # a request to be handed them
])
def test_asked_over_every_issue(one_year, question, figures):
    answer = one_year.ask(question)
    assert answer["kind"] == "trend", answer
    for figure in figures:
        assert figure in answer["answer"], (figure, answer["answer"])


def test_the_issues_before_compared_with_a_softened_verb(one_year):
    answer = one_year.ask("那前面两期对比一下呢？", history=["全年芃川经开区营收多少？"])
    assert not answer["abstained"], answer["answer"]
    for amount in ("211.6亿元", "322.7亿元"):
        assert amount in answer["answer"], (amount, answer["answer"])
    assert {c["period"] for c in answer["citations"]} == {"2025年上半年", "2025年前三季度"}


def test_a_city_asked_is_never_a_topic(one_year):
    answer = one_year.ask("蓼汀氢能装备项目落在哪个城市了？")
    assert answer["short"] in ("芃川市", "芃川"), answer
    assert could_name_city("落在哪个城市了？", "深圳") and could_name_city("落在哪个城市了？", "芃川市")
    assert not could_name_city("落在哪个城市了？", "建设方面")
    assert could_name_city("靠什么？", "建设方面")  # no city asked


def test_a_name_without_its_item_number_nor_its_month(one_year):
    answer = one_year.ask("4月份萸陵有什么投入了试运营？")
    assert answer["short"] == "蕨滩冷链物流中心", answer
