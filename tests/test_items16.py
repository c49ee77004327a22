"""Which items a list shows and where an item ends: an item of the whole whose text names a place (and so is filed
under that place), items numbered 1.…；2.… inside one paragraph or table cell, a lead-in before the first ordinal
(市商务局将一是…), plans asked with a bare verb (四季度准备怎么干), 做法是什么 as a way, and a way asked where the best
passage only states the result. Small invented bulletins through the real loaders, index and pipeline, with the real
model."""
from __future__ import annotations

import pytest

from index.headings import item_pieces
from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_files, index_one

CITY = """某市开发区工作专报
2025年第4期
一、全年总体情况
2025年，全市开发区实现营业收入1457.7亿元，同比增长8.9%。
二、亮点工作
蓟川县：蓟川经开区新签约亿元以上项目15个，居全市首位。
蔚平县：蔚平工业园全年盘活闲置厂房5.7万平方米。
三、经验做法
（一）“链长+园长”双长制。蓟川县由县领导任链长、园区主任任园长，按“一链一专班”全年招引配套企业27家。
（二）闲置厂房“腾笼换鸟”。蔚平县建立闲置厂房台账，通过“以租代售”“先租后让”盘活厂房。
四、存在短板
一是外资到位偏慢，全市开发区实际使用外资同比下降3.2%。二是投资增长乏力。蔚平县开发区固定资产投资同比下降1.6%，降幅比上期扩大0.9个百分点。三是统计报送不及时。
五、下步打算
1.2026年力争全市开发区营业收入增长8%以上；2.推进“标准地”出让，年内盘活低效用地1200亩；3.争取综合保税区开展保税研发业务试点。
"""

PROVINCE = """某省开发区运行监测通报
2025年第8期
一、总体运行情况
1—8月，全省开发区实现营业收入18,642.7亿元，同比增长6.3%。
二、主要成效
（一）项目建设提速。
青崖市：1—8月青崖经济技术开发区新开工亿元以上项目46个，完成年度目标的86.5%。
白沙市：白沙高新区前8个月新增规上工业企业37家，达到212家。
三、工作措施
一是强化统筹调度。省商务厅每月召开开发区经济运行分析会，逐区通报指标进度。二是强化要素保障。组织自然资源等部门常态化入园服务。
四、存在问题
1.土地指标紧张，亩均税收低于全省平均水平；2.部分外贸订单向东南亚转移，加工贸易增长乏力。
五、下一阶段工作打算
下一步，省商务厅将一是开展开发区半年度综合评价；二是推进“亩均效益”评价全覆盖；三是组织赴深圳开展产业链招商。
"""

FIRST = """某市开发区运行简报
2026年第1期（总第9期）
某市商务局编　　2026年4月20日
一、全市开发区运行总体情况
一季度，全市开发区实现营业收入1163.2亿元，同比增长7.9%。
二、各开发区运行情况
（一）蓟川经济开发区（蓟川县）
主要指标
一季度，蓟川经开区实现营业收入168.5亿元，同比增长5.2%。
亮点工作
蓟川县绿色建材产业园获评省级绿色工业园区。
主要做法
1．对低效企业实行“腾笼换鸟”，收回闲置土地5宗。
2．组建县领导包联企业服务队，一季度解决企业诉求43件。
存在困难
（1）固定资产投资下降，新开工项目偏少。
"""

THIRD = """某市开发区运行简报
2026年第3期（总第11期）
某市商务局编　　2026年10月22日
一、全市开发区运行总体情况
前三季度，全市开发区实现营业收入4012.5亿元，同比增长8.9%。
二、各开发区运行情况
（一）蓟川经济开发区（蓟川县）
主要指标
前三季度，蓟川经开区实现营业收入538.2亿元，同比增长6.1%。
亮点工作
累计盘活低效用地528亩，提前完成全年目标。
存在困难
（1）建材出口订单减少，外贸持续承压。
下一步打算
第一，推进绿色建材产业园二期基础设施建设；第二，力争全年营业收入增长6%以上。
"""

THEMES = """某省开发区专题通报
2026年第3期
2026年前三季度全省开发区招商引资和项目建设情况通报
一、招商引资
全省开发区前三季度新签约项目1347个，协议投资额6012.8亿元。
青崖市：青崖高新区新签约项目176个，协议投资额1046.3亿元。
白沙市：白沙经开区新签约项目129个，协议投资额651.2亿元。
二、项目建设
全省开发区前三季度完成固定资产投资2036.4亿元，同比增长8.1%。但也要看到，部分开发区存在签约项目转化率不高、在建项目投资进度偏慢等问题。
青崖市：青崖高新区完成固定资产投资315.8亿元，同比增长8.7%。
芯瑞半导体封测基地项目一期投产，当月产值近3亿元。
白沙市：白沙经开区完成固定资产投资201.6亿元，同比增长6.9%。
"""


@pytest.fixture(scope="module")
def themes(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("themes16"), "2026-10-zhuanti-tongbao.txt", THEMES, embedding)


@pytest.fixture(scope="module")
def city(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("city16"), "2026-01-gongzuo-zhuanbao.txt", CITY, embedding)


@pytest.fixture(scope="module")
def province(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("province16"), "2025-09-jiance-tongbao.txt", PROVINCE, embedding)


@pytest.fixture(scope="module")
def zones(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("zones16"), {"2026-04-jianbao-di1qi.txt": FIRST,
                                                           "2026-10-jianbao-di3qi.txt": THIRD}, embedding)


def test_items_numbered_inside_one_paragraph_are_items() -> None:
    cell = "1.土地指标紧张，亩均税收低于全省平均水平；2.部分外贸订单向东南亚转移，加工贸易增长乏力。"
    assert [title for _, _, title in item_pieces(cell)] == ["1.土地指标紧张", "2.部分外贸订单向东南亚转移"]
    assert len(item_pieces("1.6月底前建成疏港道路一期。")) == 1  # one item; 1.6 may be a decimal
    assert len(item_pieces("营业收入增长2.5%；3.5亿元用于技改。")) == 1  # decimals, no ordinals


def test_an_item_of_the_whole_goes_on_under_the_place_it_names(city) -> None:
    text = city.ask("全市有哪些经验做法？")["answer"]
    assert text.count("经验做法") == 1  # one list, not one per place its items name
    assert "27家" in text and "以租代售" in text  # each item's own text, not its title alone


def test_an_item_title_then_a_place_sentence_keeps_the_place_figures(city) -> None:
    text = city.ask("全市开发区存在哪些短板？")["answer"]
    assert "投资增长乏力" in text and "1.6%" in text and "统计报送不及时" in text
    assert text.count("存在短板") == 1


def test_a_places_lines_under_an_item_of_the_whole_are_its_text(province) -> None:
    text = province.ask("1—8月全省开发区有哪些主要成效？")["answer"]
    assert "46个" in text and "37家" in text


def test_items_of_a_paragraph_are_listed_each(province) -> None:
    text = province.ask("1—8月全省开发区存在哪些问题？")["answer"]
    assert "\n2. 部分外贸订单向东南亚转移" in text  # its own numbered item, not the tail of the first


def test_a_first_item_before_a_year_keeps_its_place(city) -> None:
    text = city.ask("全市下步打算有哪些？")["answer"]
    assert "8%" in text and "1200亩" in text and "保税研发" in text
    assert "1.2026年" not in text  # the ordinal gives way to the answer's number


def test_a_lead_in_before_the_first_ordinal_is_no_item(province) -> None:
    text = province.ask("全省下一阶段有什么打算？")["answer"]
    assert "1. 开展开发区半年度综合评价" in text and "省商务厅将" not in text and "深圳" in text


@pytest.mark.parametrize("question, kind", [("蓟川经开区四季度准备怎么干？", "list"),
                                            ("下半年打算怎么做？", "list"),
                                            ("打算怎么提高亩均效益？", "how"),  # names what: a way
                                            ("枫渡市1-2月的做法是什么？", "how")])
def test_plans_asked_with_a_bare_verb_and_a_way_asked_by_its_noun(question: str, kind: str) -> None:
    assert classify(question) == kind


def test_plans_asked_for_a_later_quarter_are_listed(zones) -> None:
    answer = zones.ask("蓟川经开区四季度准备怎么干？")
    assert not answer["abstained"] and "绿色建材产业园二期" in answer["answer"]


def test_a_result_alone_gives_way_to_the_places_measures(zones) -> None:
    answer = zones.ask("蓟川经开区低效用地具体怎么盘活的？")
    assert "腾笼换鸟" in answer["answer"]  # how: the measure of an earlier issue, not the 528亩 it came to


def test_an_item_asked_by_its_number_keeps_its_text_under_a_place(city) -> None:
    answer = city.ask("第二条展开说说", history=["全市开发区存在哪些短板？"])
    assert "投资增长乏力" in answer["answer"] and "1.6%" in answer["answer"]


def test_a_way_that_does_something_stays_the_answer(zones) -> None:
    answer = zones.ask("蓟川经开区企业诉求是怎么解决的？")  # the measure itself, not every measure of its section
    assert "包联企业服务队" in answer["answer"] and "腾笼换鸟" not in answer["answer"]


def test_a_places_part_under_a_theme_is_listed_whole(themes) -> None:
    text = themes.ask("青崖市前三季度在项目建设方面有哪些进展？")["answer"]
    assert "315.8亿元" in text and "近3亿元" in text  # its second paragraph too, not its lead alone
    assert "1046.3亿元" not in text and "201.6亿元" not in text


def test_work_done_asked_by_its_verb_lists_achievements_and_measures(province) -> None:
    text = province.ask("1—8月全省开发区都做了哪些工作？")["answer"]
    assert "46个" in text and "强化统筹调度" in text and "强化要素保障" in text


def test_problems_said_to_exist_in_a_paragraph_are_listed(themes) -> None:
    answer = themes.ask("前三季度项目建设存在什么问题？")
    assert not answer["abstained"] and "签约项目转化率不高" in answer["answer"]


def test_a_place_that_reports_no_problems_still_abstains(themes) -> None:
    assert themes.ask("白沙市前三季度存在哪些短板？")["abstained"]
