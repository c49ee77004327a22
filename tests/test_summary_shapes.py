"""Summaries, lists and ways asked of bulletins shaped unlike the sample: cities whose paragraphs carry no section
heading (青崖市：1-4月，…), items written inline (第一，…；第二，…), the province's own section after the last city,
a heading 总体情况 asked as the whole, 有什么具体做法 as a way, 园区企业 as no park's name, and a county named whole in a
follow-up (桐岭县呢？). Small invented bulletins, through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from index.headings import sections_within
from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_one

PROVINCE = """某省开发区工作通报
2026年第2期（总第12期）
一、总体情况
1-4月，全省开发区实现营业收入1234.5亿元，同比增长6.1%。
在项目建设方面，全省开发区新签约项目210个，总投资980.2亿元。从运行特点看，第一，外贸回暖明显；第二，研发投入加快增长；第三，营业收入下降的开发区减少到4个。
二、各市开发区工作进展
青崖市：1-4月，全市开发区实现营业收入321.4亿元，同比增长9.2%。在项目建设方面，新签约项目18个，总投资86.3亿元。青崖市的做法是推行“园区管家”：由市商务局牵头，为园区企业配备专职管家，项目平均落地周期缩短2个月。从存在问题看，青崖高新区标准厂房空置率达15%。
白沙市：1-4月，全市开发区实现营业收入198.7亿元，同比增长4.4%。白沙市的做法是“以企招企”：依托已落户龙头企业，引进配套项目9个。从存在问题看，白沙经开区可供工业用地不足200亩；创新投入不足，研发经费投入仅1.2亿元；配套设施欠账较多。
三、下一步工作要求
一是抓好二季度项目开工，力争新开工项目不少于120个；二是做好外资招引，全年实际使用外资力争达到5亿美元；三是各市按时报送月度材料。
"""

COUNTIES = """某市园区经济运行简报（2026年第1期）
2026年一季度，全市园区主要经济指标稳中有升。
枫溪区
困难问题
■ 园区用地紧张，可供工业用地不足300亩。
桐岭县
亮点工作
■ 推行“冷链共享”：县商务局牵头，统一租用冷库分给企业使用，企业冷储成本下降两成。
困难问题
■ 冷链物流设施不足，冷库容量仅1.8万吨。
"""

CITY = """某市园区经济运行简报（2026年第2期）
编者按：2026年上半年，全市园区主要经济指标稳中有升。1-6月，全市园区实现营业收入516.5亿元，同比增长8.3%。各园区主要指标见下表。
枫溪区
运行情况
■ 1-6月，枫溪区园区规上工业增加值49.6亿元，同比增长11.5%。
亮点工作
■ 冷链物流加快发展。枫溪区建成冷链物流中心1个，新增冷库容量2万吨。
下步举措
■ 下半年力争新开工亿元以上项目20个；扩大冷链物流规模，新增冷库容量1万吨。
桐岭县
运行情况
■ 上半年，桐岭县园区完成规上工业增加值26.4亿元，同比增长7.1%。
下步举措
■ 年底前新增冷库容量3万吨。
下一步，市商务局将会同各县市区，开展“项目攻坚季”活动，力争全年全市园区营业收入突破1100亿元。
（责任编辑：张三）
"""

MEASURES_ONLY = """某省开发区工作通报
2025年第2期（总第27期）
一、总体情况
上半年，全省开发区实现规模以上工业增加值986.4亿元，同比增长7.1%。
其中，青崖市开发区实现规模以上工业增加值312.5亿元，同比增长8.3%；白沙市开发区实现规模以上工业增加值201.6亿元，同比增长6.2%。
从运行特点看，工业支撑有力，全省开发区规模以上工业增加值增速高于全省平均1.6个百分点。
表2　全省开发区主要指标分阶段完成情况
二、各市工作进展
（一）青崖市
主要做法
抓招商。上半年，青崖市开发区新签约项目56个，总投资231.8亿元。
强创新。青崖高新区新建省级以上研发平台9个，累计达到87个。
存在的不足
青崖经开区可供工业用地不足400亩。
"""


@pytest.fixture(scope="module")
def measures_only(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("measures"), "2025-07-d.txt", MEASURES_ONLY, embedding)


@pytest.fixture(scope="module")
def city(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("city"), "2026-07-c.txt", CITY, embedding)


@pytest.fixture(scope="module")
def province(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("province"), "2026-05-a.txt", PROVINCE, embedding)


@pytest.fixture(scope="module")
def counties(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("counties"), "2026-04-b.txt", COUNTIES, embedding)


@pytest.mark.parametrize("question", ["介绍一下青崖市的情况", "青崖市总体情况怎么样？", "青崖市整体怎么样？",
                                      "概括一下青崖1-4月开发区工作"])
def test_a_city_under_no_heading_is_summarised_by_its_sentences_leads(province: BulletinQA, question: str) -> None:
    answer = province.ask(question)
    assert answer["kind"] == "summary" and not answer["abstained"]
    for said in ("321.4亿元", "86.3亿元", "园区管家", "空置率达15%"):
        assert said in answer["answer"]
    assert "198.7亿元" not in answer["answer"] and {c["region"] for c in answer["citations"]} == {"青崖"}
    assert all(c["quote"] in answer["answer"] for c in answer["citations"])  # each line is its citation's quote


def test_the_provinces_own_section_is_not_the_last_citys(province: BulletinQA) -> None:
    summary = province.ask("简要介绍一下白沙市的情况")
    assert "198.7亿元" in summary["answer"] and "以企招企" in summary["answer"]
    assert "120个" not in summary["answer"] and "5亿美元" not in summary["answer"]
    plans = province.ask("白沙市下一步有什么打算？")
    assert "120个" not in plans["answer"] and "5亿美元" not in plans["answer"]


def test_items_written_inline_are_summarised_each(province: BulletinQA) -> None:
    answer = province.ask("简要介绍一下全省开发区的情况")
    for said in ("1234.5亿元", "980.2亿元", "外贸回暖明显", "研发投入加快增长", "营业收入下降的开发区减少到4个"):
        assert said in answer["answer"]
    assert "从运行特点看" not in answer["answer"]  # a lead-in, no item
    assert "321.4亿元" not in answer["answer"] and all(c["region"] is None for c in answer["citations"])


def test_overall_asked_is_the_whole_not_the_heading_of_that_name(province: BulletinQA) -> None:
    answer = province.ask("全省开发区总体情况如何？")
    assert "1234.5亿元" in answer["answer"] and "120个" in answer["answer"]  # 总体情况 and 下一步工作要求 both
    assert "321.4亿元" not in answer["answer"]


def test_work_requirements_are_the_provinces_plans(province: BulletinQA) -> None:
    answer = province.ask("1-4月对全省开发区有哪些工作要求？")
    assert answer["kind"] == "list" and "120个" in answer["answer"] and "200亩" not in answer["answer"]


@pytest.mark.parametrize("question, kind", [
    ("桐溪经开区抓项目有什么具体做法？", "how"), ("招商有什么好做法？", "how"), ("采取了哪些做法？", "list"),
    ("有什么具体数字吗", "name"), ("鹤鸣高新区有什么典型经验？", "how"), ("有哪些典型经验？", "list"),
    ("蒲宁市开发区发展得如何？", "summary"), ("鹤鸣2025年开发区发展情况", "summary"), ("那期通报主要讲了什么", "summary"),
    ("说了哪些问题", "list"),
])
def test_a_qualified_way_and_how_it_went_are_read(question: str, kind: str) -> None:
    assert classify(question) == kind


def test_the_parks_firms_name_no_park(counties: BulletinQA) -> None:
    answer = counties.ask("桐岭县怎么帮园区企业降低冷储成本？")  # the county's text writes no 园区
    assert not answer["abstained"] and "冷链共享" in answer["answer"]


def test_a_county_named_whole_in_a_follow_up(counties: BulletinQA) -> None:
    answer = counties.ask("桐岭县呢？", history=["枫溪区一季度有哪些困难问题？"])
    assert "困难问题" in answer["resolved_question"] and "1.8万吨" in answer["answer"]
    assert "300亩" not in answer["answer"]


def test_what_was_done_under_no_heading_is_listed_from_the_paragraph(province: BulletinQA) -> None:
    answer = province.ask("青崖市1-4月取得了哪些成效？")
    assert answer["kind"] == "list" and "321.4亿元" in answer["answer"] and "园区管家" in answer["answer"]
    assert "空置率" not in answer["answer"]  # its problems are a section of their own
    assert "198.7亿元" not in answer["answer"]


def test_a_way_asked_of_a_place_alone_is_the_way_its_text_names(province: BulletinQA) -> None:
    answer = province.ask("白沙市有什么好经验？")  # its text writes 做法, not 经验
    assert answer["kind"] == "how" and "以企招企" in answer["answer"] and "园区管家" not in answer["answer"]


def test_the_whole_citys_plans_after_the_last_county_are_not_the_countys(city: BulletinQA) -> None:
    plans = city.ask("桐岭县下一步有什么打算？")
    assert "3万吨" in plans["answer"] and "1100亿元" not in plans["answer"] and "张三" not in plans["answer"]
    summary = city.ask("概括一下桐岭县上半年园区情况")
    assert "26.4亿元" in summary["answer"] and "项目攻坚季" not in summary["answer"]


def test_the_whole_city_is_summarised_by_its_own_lead(city: BulletinQA) -> None:
    answer = city.ask("概括一下上半年全市园区运行情况")
    assert "516.5亿元" in answer["answer"] and "1100亿元" in answer["answer"]
    assert "49.6亿元" not in answer["answer"] and "见下表" not in answer["answer"]
    assert "编者按：2026年上半年，全市园区主要经济指标稳中有升" in answer["answer"]  # a label and period are no lead
    assert all(c["region"] is None for c in answer["citations"])


@pytest.mark.parametrize("paragraph, sections", [
    ("营业收入负增长；创新投入不足，研发经费投入仅3.9亿元；设施欠账较多。", [None]),  # a problem stated, no cue
    ("营收增长。从存在问题看，用地紧张。下一步，加快施工。", [None, "存在问题", "下一步"]),
    ("在工作成效方面，新签约项目18个。存在问题：用地紧张。", ["工作成效", "存在问题"]),
])
def test_a_section_is_named_by_a_cue_not_by_a_problem_stated(paragraph: str, sections: list) -> None:
    assert [name for _, _, name in sections_within(paragraph)] == sections


def test_problems_written_as_parts_are_listed_each(province: BulletinQA) -> None:
    answer = province.ask("白沙市存在哪些问题？")
    for said in ("200亩", "1.2亿元", "配套设施欠账较多"):
        assert said in answer["answer"]


def test_achievements_asked_where_the_headings_say_what_was_done(measures_only: BulletinQA) -> None:
    answer = measures_only.ask("青崖市上半年有什么亮点？")
    assert answer["kind"] == "list" and "抓招商" in answer["answer"] and "231.8亿元" in answer["answer"]
    assert "强创新" in answer["answer"] and "400亩" not in answer["answer"]


def test_a_section_cut_by_the_cities_it_names_is_summarised_once(measures_only: BulletinQA) -> None:
    answer = measures_only.ask("上半年全省开发区整体情况如何？")
    assert "986.4亿元" in answer["answer"] and "高于全省平均1.6个百分点" in answer["answer"]
    assert answer["answer"].count("【总体情况") == 1 and "表2" not in answer["answer"]
    assert "312.5亿元" not in answer["answer"]  # a city's clause is the city's


def test_a_way_asked_of_what_was_done_is_no_plan(city: BulletinQA) -> None:
    done = city.ask("枫溪区是怎么扩大冷链物流规模的？")
    assert done["kind"] == "how" and "2万吨" in done["answer"] and "1万吨" not in done["answer"]
    planned = city.ask("枫溪区打算怎么扩大冷链物流规模？")
    assert "1万吨" in planned["answer"] and "2万吨" not in planned["answer"]
