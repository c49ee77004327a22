"""Summaries, lists and ways read by the bulletin's structure: a section's opening paragraph before its items (the
whole's key figures over its bullets), every city asked for a section's items (各市存在哪些问题: a list, not one figure
each), work under way asked by its heading (重点工作推进方面都干了些啥: not the plans), and an item of the whole titled by
the topic asked whose text went to its cities' lines, a way of a place only the whole's part tells (naming it), the
plans asked of a problem that no plan repeats the words of, and the whole's plans for a problem it reports of a city.
Small invented bulletins through the real loaders, index and
pipeline, with the real model."""
from __future__ import annotations

import pytest

from qa.compose.section_names import section_match
from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_files

AUGUST = """某省开发区运行监测通报
2025年第8期
一、总体运行情况
1—8月，全省开发区实现营业收入2642.7亿元，同比增长6.3%。
注：全省合计不含托管园区；8月数据为快报数。
二、主要成效
（一）项目建设提速。
青崖市：1—8月青崖经济技术开发区新开工亿元以上项目46个，完成年度目标的86.5%。
白沙市：白沙高新区前8个月新增规上工业企业37家，达到212家。
（二）开放型经济回稳。
青崖市：青崖综合保税区1—8月进出口总额412.6亿元，同比增长18.3%。
三、存在问题
一是外资持续下滑。全省开发区实际使用外资同比增长-3.2%，其中白沙市同比增长-12.4%，降幅居各市首位。二是部分开发区数据报送不及时。
四、下一阶段工作打算
一是开展“百日攻坚”行动，确保四季度新开工项目不少于120个。二是组织赴大湾区专题招商，力争签约外资项目30个以上。
"""

NOVEMBER = """某省开发区运行监测通报
2025年第11期
一、青崖市
（一）主要成效
1—11月，青崖市开发区实现营业收入846.2亿元，同比增长8.7%。
（二）重点工作推进
1.青崖高新区实施“揭榜挂帅”，发布企业技术需求27项。
2.青崖经开区推行“厂房按揭”，引进中小企业27家。
（三）存在问题
①外资项目到资慢，签约未到资项目9个，涉及金额2.4亿美元。
二、白沙市
（一）主要成效
1—11月，白沙市开发区实现营业收入573.4亿元，同比增长7.0%。
（二）存在问题
①白沙经开区固定资产投资同比增长-4.9%，连续5个月负增长。
三、全省小结
全省开发区实现营业收入3120.5亿元，同比增长6.2%；规上工业企业3,456家。
1.营业收入保持正增长的开发区占八成。
2.新签约亿元以上项目同比增长两成。
四、下一阶段工作打算
1.开展开发区“亩均论英雄”改革。
2.谋划2026年重点项目不少于300个。
"""

CITY = """某市开发区工作专报
2025年第4期
一、全年总体情况
2025年，全市开发区实现营业收入1457.7亿元，同比增长8.9%。
二、各县区开发区情况
蓟川县：蓟川经开区全年新签约亿元以上项目15个，居全市首位。
蔚平县：蔚平新材料园营业收入由上年的71.6亿元增至83.9亿元，增速居全市第一。
注：蔚平新材料园营业收入按规上企业口径统计，不含贸易企业。
三、存在问题
1.部分园区主导产业不突出，营业收入同比下降。
2.专业招商力量薄弱。
四、2026年工作打算
2026年，力争全市开发区营业收入突破1600亿元。一是实施开发区扩区调区，推动蔚平新材料园申报省级开发区；二是开展“双招双引”攻坚，全年新签约亿元以上项目100个以上。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("sumhow17city"), {"2026-01-gongzuo-zhuanbao-di4qi.txt": CITY}, embedding)


@pytest.fixture(scope="module")
def province(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("sumhow17"), {"2025-09-jiance-tongbao-di8qi.txt": AUGUST,
                                                             "2025-12-jiance-tongbao-di11qi.txt": NOVEMBER}, embedding)


def test_a_sections_opening_paragraph_is_summarised_before_its_items(province) -> None:
    answer = province.ask("1—11月全省开发区总体情况怎么样？")["answer"]
    assert "3120.5亿元" in answer and "3,456家" in answer  # the key figures over the bullets
    assert answer.index("3120.5亿元") < answer.index("营业收入保持正增长的开发区占八成")


@pytest.mark.parametrize("question, kind", [
    ("1—11月各市开发区存在哪些问题？", "list"),
    ("各市开发区有哪些亮点？", "list"),
    ("各市开发区运行情况怎么样？", "summary"),
    ("各市开发区营业收入是多少？", "each"),  # a figure of each
    ("各市开发区营收增速怎么样？", "each"),  # how each one's figure went
    ("汇总一下各市的营业收入", "each"),
    ("全省合计是按什么口径统计的？", "how"),  # the basis of a figure: how it is counted
    ("营业收入的统计口径是什么？", "how"),
    ("全省合计是多少？", "figure"),
])
def test_kinds_of_every_city_and_of_a_figures_basis(question: str, kind: str) -> None:
    assert classify(question) == kind


def test_every_city_asked_for_problems_gets_each_citys_problems(province) -> None:
    result = province.ask("1—11月各市开发区存在哪些问题？")
    assert "签约未到资项目9个" in result["answer"] and "连续5个月负增长" in result["answer"]
    assert {c["region"] for c in result["citations"]} == {"青崖", "白沙"}


def test_work_under_way_asked_by_its_heading_is_not_the_plans(province) -> None:
    asked = "各市在重点工作推进方面都干了些啥？"
    assert section_match(asked, "（二）重点工作推进", set()) == 1.0
    assert section_match(asked, "四、下一阶段工作打算", set()) == 0.0
    assert section_match("下一步重点工作有哪些？", "四、下一阶段工作打算", set()) == 1.0  # a plan's word still asks plans
    answer = province.ask("1—11月" + asked)["answer"]
    assert "揭榜挂帅" in answer and "厂房按揭" in answer
    assert "亩均论英雄" not in answer


def test_an_item_of_the_whole_titled_by_the_topic_lists_its_cities_lines(province) -> None:
    result = province.ask("1—8月项目建设方面各市有哪些进展？")
    assert "新开工亿元以上项目46个" in result["answer"] and "新增规上工业企业37家" in result["answer"]
    assert "412.6亿元" not in result["answer"]  # another item of the same section
    assert {"青崖", "白沙"} <= {c["region"] for c in result["citations"]}


def test_a_way_only_the_whole_tells_is_read_where_it_names_the_place(city) -> None:
    answer = city.ask("2026年准备怎么推动蔚平新材料园发展？")["answer"]
    assert "申报省级开发区" in answer and "83.9亿元" not in answer  # the plan, not the park's result
    # a place the whole's passages never name is not answered by them
    assert city.ask("蓟川经开区打算怎么提高亩均效益？")["abstained"]


def test_plans_asked_of_a_problem_no_plan_repeats_are_the_bulletins_plans(city) -> None:
    answer = city.ask("专业招商力量薄弱，下一步打算怎么办？")["answer"]
    assert "申报省级开发区" in answer and "力量薄弱" not in answer  # its plans, not the problem restated


def test_a_problem_the_whole_reports_of_a_city_is_met_by_the_whole_s_plans(province) -> None:
    answer = province.ask("1—8月白沙市外资降幅居首，省里准备怎么应对？")["answer"]
    assert "大湾区专题招商" in answer
    assert "412.6亿元" not in answer  # no achievement of another city


def test_the_basis_of_a_figure_is_told_by_the_note(province) -> None:
    answer = province.ask("1—8月的全省合计是按什么口径统计的？")["answer"]
    assert "不含托管园区" in answer


def test_how_a_places_figure_is_counted_is_told_by_the_note_naming_it(city) -> None:
    answer = city.ask("蔚平新材料园营收是怎么统计的？")["answer"]
    assert "按规上企业口径统计" in answer and "83.9亿元" not in answer


def test_every_city_asked_how_a_topic_went_reads_the_item_titled_by_it(province) -> None:
    # no section is named and no indicator each city reports: the whole's item of that title, with its cities' lines
    answer = province.ask("1—8月各市开发区开放型经济情况怎么样？")["answer"]
    assert "412.6亿元" in answer and "新开工亿元以上项目46个" not in answer
