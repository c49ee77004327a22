"""Periods asked as staff say them, over a county-level 专报's three issues: 年中 is 上半年, 年底 the whole year,
前三季 and 三季末 the first three quarters; the year before's figure of `由上年的X增至Y` answers 上年/去年 (and only
the year before's whole year: no half of it is reported); a photographed page that reads a zone a character off
(荐湾经开区 for 荇湾经开区) answers for the zone asked in its (restored) county; a target asked for months or a year no
issue reports (四季度…目标, 2026年…力争) is the plan the issue before sets for them; the park holding a position among
the whole (增速居全市第一) is the one written before it; a county the segmenter cuts into characters is named. Invented
bulletins, through the real loader, OCR, index and pipeline."""
from __future__ import annotations

import pytest

from index.pipeline import IndexingPipeline
from index.periods import Period, year_before
from qa.named import city_span
from qa.pipeline import BulletinQA
from qa.question_period import as_written
from qa.zone_span import zone_span
from tests.conftest import photographed_page, settings_under


HALF = """上半年全市园区工作专报｜稳中有进

原创 芷阳商务 2025年07月16日 发表于芷阳

01
总体情况

上半年，全市园区实现营业收入402.5亿元，同比增长6.4%。

02
县区亮点

【荇湾区】荇湾经开区实现营业收入96.2亿元，同比增长6.1%；实际使用外资1960万美元。

苇川县：苇川工业园实现营业收入51.7亿元，同比增长4.2%；苇川物流园完成货物吞吐量310万吨。

03
下步打算

下半年，全市园区将力争新开工项目20个以上。
"""

THIRD = """园区工作专报

2025年第3期

芷阳市商务局                2025年10月20日

一、前三季度总体情况

前三季度，全市园区实现营业收入633.4亿元，同比增长6.9%；新开工项目17个。

二、下步打算

一是确保四季度新开工项目不少于9个。二是组织专题招商2次以上。
"""

YEAR = """园区工作专报

2025年第4期

芷阳市商务局                2026年1月21日

一、全年总体情况

2025年，全市园区实现营业收入861.9亿元，同比增长7.3%。

二、亮点工作

荇湾区：荇湾经开区营业收入由上年的188.6亿元增至207.4亿元。

苇川县：苇川工业园营业收入112.8亿元，完成年度目标的98.1%；苇川新材料园营业收入由上年的30.2亿元增至36.5亿元，增速居全市第一；苇川工业园亩均税收9.6万元。

三、下步打算

2026年，力争全市园区营业收入突破950亿元。一是推进园区扩区；二是开展专题招商。
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    settings = settings_under(tmp_path_factory.mktemp("county-periods2"))
    (settings.docs_dir / "2025-07-zhuanbao.txt").write_text(HALF, encoding="utf-8")
    (settings.docs_dir / "2026-01-zhuanbao.txt").write_text(YEAR, encoding="utf-8")
    (settings.docs_dir / "2025-10-zhuanbao-di3qi.txt").write_text(THIRD, encoding="utf-8")
    photographed_page(settings.docs_dir / "2025-10-zhuanbao.jpg",  # the photograph writes 荐湾 for 荇湾
                  ["二、亮点工作",
                   "荐湾区：荐湾经开区前三季度实际使用外资2870万美元，同比增长9.6%。", "苇川县：苇川工业园前三季度实际使用外资640万美元，同比增长3.1%。"])
    assert not IndexingPipeline(settings, embedding).run().errors
    return BulletinQA(settings, embedding)



def _periods(answer: dict) -> set[str]:
    return {c["period"] for c in answer["citations"]}


def test_periods_said_otherwise_are_written_as_the_bulletins_write_them() -> None:
    assert as_written("年中的时候营收多少") == "上半年的时候营收多少"
    assert as_written("今年年中营收") == "今年上半年营收"
    assert as_written("从年中到年底怎么变化") == "从上半年到全年怎么变化"
    assert as_written("2025年底营收") == "2025年全年营收"
    assert as_written("前三季营收") == "前三季度营收" and as_written("三季末营收") == "前三季度营收"
    assert as_written("一到九月营收") == as_written("前9月营收") == as_written("年初至9月营收") == "1-9月营收"
    assert as_written("前三个季度营收") == "前三季度营收" and as_written("前两个季度营收") == "前二季度营收"
    assert as_written("半年营收") == "上半年营收" and as_written("年终营收") == "全年营收"
    assert as_written("近半年营收") == "近半年营收" and as_written("下半年营收") == "下半年营收"
    assert as_written("截止到6月营收") == "1-6月营收" and as_written("截至三季度营收") == "前三季度营收"
    # a deadline, a measure and a year's 中小企业 are no period
    assert as_written("年底前盘活多少厂房") == "年底前盘活多少厂房"
    assert as_written("年末从业人员多少") == "年末从业人员多少"
    assert as_written("2025年中小企业多少家") == "2025年中小企业多少家"


def test_the_year_before_is_written_before_its_figure_only() -> None:
    assert year_before("营业收入由上年的", Period(2025)) == Period(2024)
    assert year_before("去年同期为", Period(2025, 1, 6)) == Period(2024, 1, 6)
    assert year_before("营业收入比上年增长", Period(2025)) is None


def test_mid_year_asked_is_the_half_years_figure(qa: BulletinQA) -> None:
    answer = qa.ask("年中的时候苇川工业园营收是多少？")
    assert "51.7亿元" in answer["answer"] and "112.8" not in answer["answer"]
    assert _periods(answer) == {"2025年上半年"}


def test_the_year_before_asked_is_the_level_a_change_rose_from(qa: BulletinQA) -> None:
    answer = qa.ask("荇湾经开区上年营业收入是多少？")
    assert answer["short"] == "188.6亿元" and _periods(answer) == {"2024年全年"}
    # 去年 is said from after the 全年 issue appeared (fig17): the year that issue reports, not the one before it
    said = qa.ask("荇湾经开区去年全年营收多少？")
    assert said["short"] == "207.4亿元" and _periods(said) == {"2025年全年"}
    withheld = qa.ask("荇湾经开区2024年上半年营收是多少？")
    assert withheld["abstained"] and "188.6" not in withheld["answer"] and "2025年全年" in withheld["answer"]


def test_a_photographed_zone_read_a_character_off_answers_for_the_zone_asked(qa: BulletinQA) -> None:
    answer = qa.ask("前三季度荇湾经开区实际使用外资多少？")
    assert "2870万美元" in answer["answer"] and "1960" not in answer["answer"]
    assert {c["region"] for c in answer["citations"]} == {"荇湾"} and _periods(answer) == {"2025年前三季度"}
    follow = qa.ask("前三季度呢？", history=["荇湾经开区上半年实际使用外资多少？"])
    assert "2870万美元" in follow["answer"]


def test_a_trend_from_mid_year_to_year_end(qa: BulletinQA) -> None:
    answer = qa.ask("苇川工业园营收从年中到年底怎么变化的？")
    assert "51.7亿元" in answer["answer"] and "112.8亿元" in answer["answer"]


def test_a_target_asked_for_a_later_year_or_quarter_is_the_plan_set_before(qa: BulletinQA) -> None:
    answer = qa.ask("2026年全市园区营业收入力争突破多少？")
    assert answer["short"] == "950亿元" and "861.9" not in answer["answer"]
    quarter = qa.ask("四季度新开工项目的目标是多少个？")
    assert quarter["short"] == "9个" and "17个" not in quarter["answer"]
    assert qa.ask("2026年全市园区营业收入是多少？")["abstained"]  # no target asked: no result of 2026 is reported


def test_the_park_holding_a_position_among_the_whole_is_named(qa: BulletinQA) -> None:
    sentence = "苇川新材料园营业收入由上年的30.2亿元增至36.5亿元，增速居全市第一；苇川工业园亩均税收9.6万元"
    assert zone_span("营业收入增速居全市第一的是哪个开发区？", sentence) == "苇川新材料园"
    answer = qa.ask("全年营收增速居全市第一的是哪个园区？")
    assert answer["short"] == "苇川新材料园" and "861.9" not in answer["answer"]


def test_a_county_cut_into_characters_is_named() -> None:
    assert city_span("哪个县材料没有报送？", "二是统计报送不及时，楮溪县全年材料未报送。") == "楮溪县"
    assert city_span("哪个县的项目落户了？", "项目落户在甲县。") is None  # 在 is no part of a name


def test_a_follow_up_changing_only_the_period_said_otherwise(qa: BulletinQA) -> None:
    answer = qa.ask("那年底呢", history=["荇湾经开区上半年营收多少？"])
    assert "207.4亿元" in answer["answer"] and "96.2" not in answer["answer"]


def test_a_parks_figure_is_not_the_one_written_after_another_park(qa: BulletinQA) -> None:
    half = qa.ask("苇川物流园上半年营收多少？")  # the sentence gives 苇川工业园's, then the 物流园's 吞吐量
    assert "51.7" not in half["answer"]
    last = qa.ask("苇川工业园上年营业收入多少？")  # 由上年的30.2亿元 is 苇川新材料园's
    assert "30.2" not in last["answer"]
