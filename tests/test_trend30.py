"""trend over series the facts do not hold as one: two periods set side by side (一季度和1-5月相比, 去年和今年1-5月比),
an issue forwarded in a mail (its title not read: counted among the 动态 by its first lines), a month written alone
before a figure in a months-to-date issue (5月跨境电商进出口额: no point of 1-5月), and a sentence with no subject of its
own after one naming a zone (全年新签约亿元以上项目41个: the zone's, not its city's). Three small invented issues
(岚州省, its cities, zones and every figure made up) through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "岚州省开发区工作动态\n{year}年第{number}期\n岚州省商务厅开发区处　　{year}年{month}月18日\n\n"
_MAIL = ("发件人：岚州省商务厅开发区处 <kfqc@swt.lanzhou.gov.cn>\n发送时间：2026年6月19日 上午9:42\n"
         "收件人：各市商务局开发区科\n主题：转发：开发区工作动态（2026年第3期）\n\n各位同事：\n"
         "    现将《开发区工作动态》2026年第3期转发给你们，请参阅。\n\n")
ISSUES = {  # (file, year, issue number, month the issue is out): its paragraphs
    ("2026-01-gongzuo-dongtai.txt", 2026, 1, 1): [
        "2025年，全省开发区实现营业收入3672.2亿元，同比增长6.3%。",
        "澂川市：澂川经济技术开发区2025年实现营业收入1184.6亿元，同比增长7.2%。全年新签约亿元以上项目41个，"
        "协议投资额312.5亿元。澂川高新区实现营业收入642.8亿元，同比增长9.1%；跨境电商进出口额达14.7亿元。",
        "璟山市：璟山高新区全年实现营业收入806.3亿元，同比增长5.1%。"],
    ("2026-04-gongzuo-dongtai.txt", 2026, 2, 4): [
        "一季度，全省开发区实现营业收入905.1亿元，同比增长6.6%。",
        "澂川市：澂川经开区一季度实现营业收入287.4亿元，同比增长8.1%；新签约亿元以上项目12个。"
        "澂川高新区一季度实现营业收入163.5亿元，同比增长8.8%。",
        "璟山市：璟山高新区一季度实现营业收入193.8亿元，同比增长4.7%。"],
    ("2026-06-gongzuo-dongtai.txt", 2026, 3, 6): [
        "1-5月，全省开发区实现营业收入1516.4亿元，同比增长7.0%。",
        "◆澂川高新区5月跨境电商进出口额约1.3亿元",
        "澂川市：澂川高新区5月当月跨境电商进出口额约1.3亿元，同比增长31.4%；1-5月累计跨境电商进出口额6.2亿元。"
        "澂川经开区1-5月实现营业收入492.6亿元，同比增长8.6%。",
        "璟山市：璟山高新区1-5月实现营业收入331.2亿元。"],
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {name: (_MAIL if number == 3 else "") + _HEAD.format(year=year, number=number, month=month)
             + "\n\n".join(parts) + "\n" for (name, year, number, month), parts in ISSUES.items()}
    return index_files(tmp_path_factory.mktemp("trend30"), files, embedding)


def _series(answer: dict, figures: tuple[str, ...], not_figures: tuple[str, ...] = ()) -> None:
    assert answer["kind"] == "trend", answer
    for figure in figures:
        assert figure in answer["answer"], (figure, answer["answer"])
    for figure in not_figures:
        assert figure not in answer["answer"], (figure, answer["answer"])


@pytest.mark.parametrize("question", ["璟山高新区营收一季度和1-5月相比", "璟山高新区营业收入一季度与1-5月对比一下"])
def test_two_periods_set_side_by_side(qa, question):
    _series(qa.ask(question), ("193.8亿元", "331.2亿元"), ("806.3亿元",))


def test_last_year_beside_this_years_months(qa):
    # 去年 alone beside 今年1-5月: last year's whole (its 全年 issue), not 2025年1-5月, which no issue reports
    answer = qa.ask("璟山高新区营收去年和今年1-5月比")
    _series(answer, ("806.3亿元", "331.2亿元"), ("193.8亿元",))
    assert {c["period"] for c in answer["citations"]} <= {"2025年全年", "2026年1-5月"}, answer["citations"]


def test_which_period_asked_stays_a_comparison():
    assert classify("璟山高新区营收一季度和1-5月比哪个时候高") == "compare"


def test_an_issue_forwarded_in_a_mail_is_one_of_the_digests(qa):
    # the 1-5月 issue's title is not read (a mail's header opens it): its first lines show it is a 动态 too
    _series(qa.ask("澂川经开区营业收入历次动态里分别多少"), ("1184.6亿元", "287.4亿元", "492.6亿元"))


def test_a_month_written_alone_is_no_point_of_the_months_to_date(qa):
    _series(qa.ask("澂川高新区跨境电商进出口额这几期"), ("14.7亿元", "6.2亿元"), ("1.3亿元",))


def test_a_sentence_with_no_subject_goes_on_about_the_zone_before(qa):
    # 澂川 has two zones: its city's figure would not stand for either; the sentence is the 经开区's
    _series(qa.ask("澂川经开区新签约亿元以上项目数前后变化"), ("41个", "12个"))


def test_a_rate_by_its_full_name(qa):
    # 增长速度 is the 增速 the bulletins write: the rates, not the amounts
    answer = qa.ask("璟山高新区营业收入增长速度历次是多少")
    _series(answer, ("5.1%", "4.7%"))
    assert [row["value"] for row in answer["table"]] == ["5.1%", "4.7%"], answer["table"]


def test_this_years_months_then_last_year(qa):
    # 去年全年 listed after this year's months is asked too, not a base compared with
    _series(qa.ask("璟山高新区营收今年1-5月和去年全年比"), ("806.3亿元", "331.2亿元"), ("193.8亿元",))


def test_two_periods_of_which_one_reports_it(qa):
    # the 1-5月 issue writes no rate of 璟山高新区: the 全年 one found, the other said missing, not withheld
    answer = qa.ask("璟山高新区营收增速去年全年和今年1-5月相比")
    assert "5.1%" in answer["answer"] and "没有找到" in answer["answer"], answer
    assert {c["period"] for c in answer["citations"]} == {"2025年全年"}, answer["citations"]


@pytest.mark.parametrize("question", ["澂川经开区营收三个季度的数据", "澂川经开区营收几个季度的数", "澂川经开区营收季度数据",
                                      "澂川经开区营收在往上走吗", "澂川经开区营收跟之前比"])
def test_the_periods_asked_without_a_word_of_change(qa, question):
    _series(qa.ask(question), ("1184.6亿元", "287.4亿元", "492.6亿元"))


def test_from_the_years_start(qa):
    # 从年初到现在: this year's issues, not last year's 全年
    _series(qa.ask("澂川经开区营收从年初到现在"), ("287.4亿元", "492.6亿元"), ("1184.6亿元",))


@pytest.mark.parametrize("question, kind", [("每月召开调度会吗", "figure"), ("三个季度的数据是谁报送的", "name")])
def test_guards_of_the_periods_asked(question, kind):
    assert classify(question) == kind
