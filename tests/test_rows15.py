"""Which facts a comparison, trend or each picks (places and figures invented here): a period before a list of cities
sharing one zone word (1-3月苍岭市和汀州市开发区: no zone 月苍岭…), 外贸 before 进出口, 排第二 where an issue is 第2期,
a round figure crossed (突破千亿元) beside the amount, a set counted after a place no bulletin writes (蓼州三市), a
change one zone states for its city (增速较一季度提高0.8个百分点), a follow-up naming two periods, and a move asked in
words no bulletin writes (有没有改善, 这几期下来). Two issues of a province's theme-by-theme bulletin through the real
loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.colloquial import written_synonyms
from qa.kinds import classify, is_cue
from qa.pipeline import BulletinQA
from tests.conftest import index_files

ISSUES = {
    "2026-04-kaifaqu-zhuanti-tongbao-di1qi.txt": """桦川省开发区专题通报
2026年第1期    桦川省商务厅    2026年4月20日

2026年一季度全省开发区招商引资和外贸情况通报

一、招商引资
全省开发区一季度新签约项目300个，协议投资额1200.5亿元，同比增长10.2%。
苍岭市：全市开发区新签约项目52个，协议投资额520.8亿元，同比增长11.5%；其中苍岭高新区协议投资额420.4亿元；3月苍岭高新区新开工项目12个。
汀州市：汀州市开发区新签约项目30个，协议投资额180.6亿元，同比增长9.3%。
澜州市：澜州经开区新签约项目22个，协议投资额150.3亿元，同比增长7.7%。

二、外贸外资
苍岭市：苍岭综合保税区进出口额110.2亿元，同比增长8.8%。
汀州市：汀州经开区进出口额66.5亿元，同比增长4.1%。

三、经济运行
苍岭市：苍岭高新区实现营业收入380.2亿元，同比增长8.6%；苍岭综合保税区实现营业收入98.6亿元，同比增长11.2%。
""",
    "2026-07-kaifaqu-zhuanti-tongbao-di2qi.txt": """桦川省开发区专题通报
2026年第2期    桦川省商务厅    2026年7月22日

2026年上半年全省开发区招商引资和外贸情况通报

一、招商引资
全省开发区上半年新签约项目650个，协议投资额2600.8亿元，同比增长11.0%。
苍岭市：苍岭高新区新签约项目85个，协议投资额1012.7亿元，同比增长13.4%，成为全省首个协议投资额突破千亿元的开发区。
汀州市：汀州经开区新签约项目61个，协议投资额378.2亿元，同比增长8.1%。
澜州市：澜州经开区新签约项目47个，协议投资额301.9亿元，同比增长6.2%。

二、外贸外资
苍岭市：苍岭综合保税区进出口额230.6亿元，同比增长9.6%，增速较一季度提高0.8个百分点。
汀州市：汀州经开区进出口额140.1亿元，同比增长5.0%。

三、经济运行
苍岭市：苍岭高新区实现营业收入800.5亿元，同比增长9.0%；苍岭综合保税区实现营业收入210.4亿元，同比增长12.0%。
汀州市：汀州经开区实现营业收入500.2亿元，同比增长7.5%。
澜州市：澜州经开区实现营业收入300.3亿元，同比增长6.4%。

四、下一步工作安排
稳住外贸基本盘，推动第2批重点项目开工。
""",
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("rows15"), ISSUES, embedding)


def test_a_period_before_a_list_sharing_a_zone_word_is_no_part_of_its_first_name(qa):
    result = qa.ask("1-3月苍岭市和汀州市开发区协议投资额谁高？")  # 苍岭 its own figure, not 3月苍岭高新区's
    assert "520.8亿元" in result["answer"] and "180.6亿元" in result["answer"], result["answer"]
    assert "420.4亿元" not in result["answer"], result["answer"]
    assert result["short"] in ("苍岭", "苍岭市"), result["answer"]


def test_foreign_trade_before_imports_and_exports_names_them(qa):
    corpus = qa._state[1]  # 外贸 is written (外贸基本盘), 外贸进出口 is not: the word said only names 进出口
    assert written_synonyms("上半年苍岭和汀州外贸进出口谁多？", corpus) == "上半年苍岭和汀州进出口谁多？"
    result = qa.ask("上半年苍岭和汀州外贸进出口谁多？")
    assert "230.6亿元" in result["answer"] and "140.1亿元" in result["answer"], result["answer"]


def test_the_number_of_an_issue_is_no_position_written(qa):
    result = qa.ask("上半年协议投资额增速排第二的是哪个市？")  # 2026年第2期 writes 第2, no place in a ranking
    assert result["short"] in ("汀州", "汀州市") and "8.1%" in result["answer"], result["answer"]


def test_a_round_figure_crossed_is_no_amount(qa):
    result = qa.ask("上半年苍岭和汀州的协议投资额各是多少？")
    assert "1012.7亿元" in result["answer"] and "378.2亿元" in result["answer"], result["answer"]
    crossed = qa.ask("哪个开发区协议投资额突破千亿元？")  # asked as such, the milestone is what is asked
    assert "千亿元" in crossed["answer"], crossed["answer"]


def test_a_set_counted_after_a_place_no_bulletin_writes(qa):
    result = qa.ask("上半年苍岭、汀州、蓼州三市开发区协议投资额各多少？")
    assert "蓼州" in result["answer"] and "蓼州三市" not in result["answer"], result["answer"]
    assert "378.2亿元" in result["answer"], result["answer"]


def test_a_change_one_zone_states_for_its_city(qa):
    result = qa.ask("上半年苍岭的进出口增速比一季度提高了多少？")
    assert "0.8个百分点" in result["answer"], result["answer"]


def test_a_follow_up_naming_two_periods_asks_both(qa):
    result = qa.ask("那一季度和上半年呢？", history=["汀州经开区上半年进出口额是多少？"])
    assert "66.5亿元" in result["answer"] and "140.1亿元" in result["answer"], result["answer"]


def test_whether_it_improved_over_the_issues_is_a_trend(qa):
    assert is_cue("改善") and is_cue("这几期下来")
    assert classify("汀州进出口增速这几期下来有没有改善？", 1) == "trend"
    result = qa.ask("汀州进出口增速这几期下来有没有改善？")
    assert "4.1%" in result["answer"] and "5.0%" in result["answer"], result["answer"]


def test_one_zone_of_a_city_of_several_is_named_as_that_zone(qa):
    # 苍岭 reports 苍岭高新区 and 苍岭综合保税区; its 进出口 is only the 综合保税区's: no total of 苍岭's zones
    each = qa.ask("上半年苍岭和汀州进出口额各是多少？")
    assert "苍岭（苍岭综合保税区）" in each["answer"] and "230.6亿元" in each["answer"], each["answer"]
    assert "汀州（" not in each["answer"], each["answer"]  # a city of one zone: its zone's figure is the city's
    compared = qa.ask("上半年苍岭和汀州进出口谁多？")
    assert "苍岭的数字是苍岭综合保税区的" in compared["answer"], compared["answer"]
    own = qa.ask("1-3月苍岭市和汀州市开发区协议投资额谁高？")  # the city's own figure: no zone named for it
    assert "注意" not in own["answer"], own["answer"]


def test_a_city_of_several_zones_with_no_total_is_ranked_by_its_zones(qa):
    result = qa.ask("上半年苍岭和汀州营收谁高？")
    answer = result["answer"]
    assert "800.5亿元" in answer and "210.4亿元" in answer and "500.2亿元" in answer, answer
    assert "公报没有给出苍岭的合计" in answer, answer
    fastest = qa.ask("上半年各市开发区营收增速谁最高？")  # cities ranked as a set: no zone ranked among them
    assert fastest["short"] in ("汀州", "汀州市") and "12.0%" not in fastest["answer"], fastest["answer"]
    assert "没有找到苍岭" in fastest["answer"], fastest["answer"]



def test_a_trend_of_a_city_of_several_zones_is_each_zones_series(qa):
    result = qa.ask("苍岭营业收入各期变化")
    answer = result["answer"]
    for figure in ("380.2亿元", "800.5亿元", "98.6亿元", "210.4亿元"):
        assert figure in answer, answer
    assert "公报没有给出苍岭的合计" in answer, answer


def test_a_place_no_bulletin_writes_after_a_place_written_with_its_suffix(qa):
    result = qa.ask("上半年苍岭市、汀州市和蓼州市开发区协议投资额各是多少？")  # 汀州市和蓼州市: 市 then the joiner
    assert not result["abstained"] and "蓼州" in result["answer"], result["answer"]
    assert "378.2亿元" in result["answer"], result["answer"]
