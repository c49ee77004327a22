"""Shapes of a periodic bulletin asked in words nobody tuned on: the share of a target met (完成年度目标的多少), each
period of the whole province (全省…一季度、上半年分别多少), the next issues of a quarterly series (后面两个季度呢), a
summary line whose part ends in a change written in words (同比增长近一倍；…), an abbreviation right after a zone's
name (…经开区营收差多少) or a period (上半年柯湾综保区), a standing reached as an event (首次进入全省前五的是哪个), a gap to
an average (比全省平均高多少) and a growth asked of a part written as a fall (税收同比增长多少: 同比下降3.9%). Small invented bulletins through
the real index and pipeline; pure functions where the rule is one."""
from __future__ import annotations

import pytest

from qa.compose.gist import lead_end
from qa.kinds import classify
from qa.pipeline import BulletinQA
from qa.words import word_bounds
from tests.conftest import index_files

Q1 = """某省开发区运行简报
2026年第1期
一、全省开发区运行情况
一季度，全省开发区实现营业收入1,236.5亿元，同比增长6.1%，完成年度目标的24.3%；税收收入96.3亿元，同比下降2.7%；规模以上工业增加值同比增长7.1%，高于全省平均1.4个百分点；固定资产投资212.4亿元，同比增长5.2%；实际使用外资3.12亿美元，同比增长4.4%，完成全年目标的21.6%。
二、各市开发区运行情况
（一）柯湾市
一季度，柯湾市开发区实现营业收入418.6亿元，同比增长7.2%。柯湾经开区营业收入236.7亿元，同比下降1.2%；规上工业增加值同比增长4.1%；税收收入18.6亿元，同比下降3.9%；固定资产投资31.2亿元，同比增长12.5%。柯湾高新区营业收入181.9亿元。柯湾综保区跨境电商进出口额12.4亿元，同比增长近一倍；柯湾高新区亩均税收31.5万元，比上年提高2.1万元。
（二）棣川市
一季度，棣川市开发区实现营业收入302.8亿元，同比增长5.4%。棣川经开区营业收入210.3亿元，综合排名居全省第2位；棣川高新区综合排名上升4位，首次进入全省前五。
"""

H1 = """某省开发区运行简报
2026年第2期
一、全省开发区运行情况
上半年，全省开发区实现营业收入2,618.2亿元，同比增长6.4%，完成年度目标的51.2%；固定资产投资438.9亿元，同比增长5.6%；实际使用外资6.45亿美元，同比增长4.9%，完成全年目标的44.7%。
二、各市开发区运行情况
（一）柯湾市
上半年，柯湾市开发区实现营业收入870.4亿元，同比增长7.5%。柯湾经开区营业收入492.3亿元，税收收入39.2亿元；柯湾高新区营业收入378.1亿元；柯湾综保区进出口总额156.2亿元。下一步，柯湾市将力争全年柯湾综保区进出口总额突破300亿元。
（二）棣川市
上半年，棣川市开发区实现营业收入633.5亿元，同比增长5.8%。
"""

Q3 = """某省开发区运行简报
2026年第3期
一、全省开发区运行情况
前三季度，全省开发区实现营业收入4,105.7亿元，同比增长6.7%，完成年度目标的80.4%；固定资产投资671.3亿元，同比增长6.0%；实际使用外资9.88亿美元，同比增长5.3%，完成全年目标的68.9%。
二、各市开发区运行情况
（一）柯湾市
前三季度，柯湾市开发区实现营业收入1,352.6亿元，同比增长7.9%。柯湾经开区营业收入768.2亿元，税收收入61.7亿元；柯湾高新区营业收入584.4亿元。
（二）棣川市
前三季度，棣川市开发区实现营业收入981.7亿元，同比增长6.2%。
"""

MONTHLY = {
    "2025-09-jiance-8.txt": "某省开发区运行监测通报\n2025年第8期\n1—8月，全省开发区固定资产投资2,186.4亿元，同比增长4.8%。\n",
    "2025-11-jiance-10.txt": "某省开发区运行监测通报\n2025年第10期\n1—10月，全省开发区固定资产投资2,741.5亿元，同比增长5.3%。\n",
    "2025-12-jiance-11.txt": "某省开发区运行监测通报\n2025年第11期\n1—11月，全省开发区固定资产投资3,027.6亿元，同比增长5.6%。\n",
}


@pytest.fixture(scope="module")
def quarters(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("quarters"), {"2026-04-jianbao-1.txt": Q1, "2026-07-jianbao-2.txt": H1,
                                                             "2026-10-jianbao-3.txt": Q3}, embedding)


@pytest.fixture(scope="module")
def months(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("months"), MONTHLY, embedding)


@pytest.mark.parametrize("question, share, indicator", [
    ("上半年全省开发区营收完成年度目标的多少？", "51.2%", "营业收入"),
    ("一季度全省开发区外资完成全年目标的多少？", "21.6%", "实际使用外资"),
    ("前三季度全省开发区实际使用外资完成全年目标的百分之几？", "68.9%", "实际使用外资"),
])
def test_the_share_of_a_target_met_answers_with_the_share_quoted_from_what_met_it(
        quarters: BulletinQA, question: str, share: str, indicator: str) -> None:
    result = quarters.ask(question)
    assert result["short"] == share, result["answer"]
    quote = result["citations"][0]["quote"]
    assert indicator in quote and quote.endswith(share)


def test_an_amount_asked_is_still_the_amount_not_the_share_beside_it(quarters: BulletinQA) -> None:
    result = quarters.ask("上半年全省开发区营业收入多少？")
    assert result["short"] == "2,618.2亿元", result["answer"]


def test_each_period_of_the_whole_province_answers_with_each_periods_figure(quarters: BulletinQA) -> None:
    result = quarters.ask("全省开发区一季度、上半年固定资产投资分别是多少？")
    assert "212.4亿元" in result["answer"] and "438.9亿元" in result["answer"], result["answer"]
    follow = quarters.ask("后两期呢？", history=["一季度全省开发区固定资产投资多少？"])
    assert "438.9亿元" in follow["answer"] and "671.3亿元" in follow["answer"], follow["answer"]
    assert all(c["region"] is None for c in follow["citations"])


def test_the_next_quarters_of_a_quarterly_series_are_its_next_issues(quarters: BulletinQA) -> None:
    result = quarters.ask("后面两个季度呢？", history=["柯湾经开区一季度税收收入多少？"])
    assert "39.2亿元" in result["answer"] and "61.7亿元" in result["answer"], result["answer"]
    before = quarters.ask("上个季度呢？", history=["柯湾经开区前三季度税收收入多少？"])
    assert before["short"] == "39.2亿元", before["answer"]


def test_quarters_are_no_issues_of_a_monthly_series(months: BulletinQA) -> None:
    issues = months.ask("后两期呢？", history=["1—8月全省开发区固定资产投资多少？"])
    assert "2,741.5亿元" in issues["answer"] and "3,027.6亿元" in issues["answer"], issues["answer"]
    quarters = months.ask("后两个季度呢？", history=["1—8月全省开发区固定资产投资多少？"])
    assert "1-10月、" not in (quarters["resolved_question"] or "")  # 1—10月 and 1—11月 are no quarter on


def test_a_summary_line_runs_on_to_the_next_part_of_figures() -> None:
    sentence = "柯湾综保区跨境电商进出口额12.4亿元，同比增长近一倍；柯湾高新区亩均税收31.5万元，比上年提高2.1万元。"
    assert sentence[:lead_end(sentence)].endswith("比上年提高2.1万元")
    assert lead_end("营业收入418.6亿元，同比增长7.2%。此后另有说明；亩均税收31.5万元。") == len("营业收入418.6亿元，同比增长7.2%")


def test_a_citys_summary_keeps_the_part_after_a_change_in_words(quarters: BulletinQA) -> None:
    result = quarters.ask("概括一下一季度柯湾市开发区运行情况")
    assert "12.4亿元" in result["answer"] and "31.5万元" in result["answer"], result["answer"]


def test_an_abbreviation_right_after_a_zones_name_starts_a_word(quarters: BulletinQA) -> None:
    text = "上半年柯湾高新区和柯湾经开区营收差多少？"  # jieba cuts 柯湾经 / 开区营 / 收差
    assert text.index("营收") in word_bounds(text)
    result = quarters.ask(text)
    assert "492.3亿元" in result["answer"] and "378.1亿元" in result["answer"], result["answer"]


def test_a_standing_reached_as_an_event_is_asked_by_name(quarters: BulletinQA) -> None:
    assert classify("一季度首次进入全省前五的是哪个开发区？") == "name"
    assert classify("一季度综合排名前五的开发区是哪些？") != "name"  # a ranking's top five, not an event
    result = quarters.ask("一季度首次进入全省前五的是哪个开发区？")
    assert result["short"] == "棣川高新区", result["answer"]


def test_a_zone_asked_after_a_period_is_named_from_its_own_first_character(quarters: BulletinQA) -> None:
    result = quarters.ask("上半年柯湾综保区进出口多少？")  # the documents write 全年柯湾综保区 too: no zone 年柯湾综保区
    assert result["short"] == "156.2亿元", result["answer"]


def test_a_gap_to_an_average_answers_with_the_gap_written(quarters: BulletinQA) -> None:
    assert classify("一季度全省开发区规上工业增加值增速比全省平均高多少？") == "figure"
    result = quarters.ask("一季度全省开发区规上工业增加值增速比全省平均高多少？")
    assert result["short"] == "1.4个百分点", result["answer"]
    assert all(c["region"] is None for c in result["citations"])


def test_a_growth_asked_of_a_part_written_as_a_fall_is_that_parts(quarters: BulletinQA) -> None:
    result = quarters.ask("一季度柯湾经开区税收同比增长多少？")  # not 营业收入…同比下降1.2%, nor a part of 同比增长
    assert "税收收入18.6亿元，同比下降3.9%" in result["answer"], result["answer"]
