"""The same questions asked in other words: a range of months said with 份 (1-9月份), a rise or fall asked with 了 after
each verb (增加了还是减少了), a place pointed at (芗陂那边呢), the later period said as reached (到上半年比一季度多了多少),
the kind of bulletin the answer is in (前三季度通报里), growth said with 得 (谁增得快) of zones counted (两个开发区),
the preposition before a body's name (经[市政府常务会议]审议), a figure given in digits that a bulletin writes in
Chinese numerals (138项: 一百三十八项), and a sign's turn said in full (从负增长转成正增长). Three invented issues of
澴川省 (its cities, zones and every figure made up) through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from tests.conftest import index_files

_HEAD = "澴川省开发区运行简报\n{issue}\n澴川省商务厅　　{date}\n"
ISSUES = {
    "2025-04-yunxing-jianbao-di1qi.txt": ("2025年第1期", "2025年4月18日", """一季度，全省开发区实现营业收入1203.6亿元，同比增长5.2%。
一、主要成效
（一）蘅溪市
蘅溪经开区一季度实现营业收入215.4亿元，同比下降1.8%；实际使用外资2350万美元；新签约项目28个，协议投资额96.2亿元，同比增长7.6%。
（二）芗陂市
芗陂高新区一季度实现营业收入174.9亿元，同比增长6.3%；实际使用外资1980万美元；新签约项目22个，协议投资额81.5亿元，同比增长15.4%。
二、下一步工作安排
1.开展“开门红”项目集中开工活动。
2.组织开发区赴长三角开展产业链招商。
"""),
    "2025-07-yunxing-jianbao-di2qi.txt": ("2025年第2期", "2025年7月19日", """上半年，全省开发区实现营业收入2496.1亿元，同比增长5.6%。
一、主要成效
（一）蘅溪市
全市开发区运行平稳。蘅溪经开区上半年实现营业收入452.8亿元，同比增长0.6%；实际使用外资5120万美元。《蘅溪市支持开发区高质量发展若干措施》经市政府常务会议审议通过后正式印发。
（二）芗陂市
芗陂高新区上半年实现营业收入361.2亿元，同比增长6.8%；实际使用外资1460万美元。
二、下一步工作安排
1.推动签约项目早落地、早开工。
2.推进开发区扩区调区方案审核。
三、存在问题
（一）蘅溪市
一是龙头企业带动不足。二是标准厂房空置率仍达17%。
"""),
    "2025-10-yunxing-jianbao-di3qi.txt": ("2025年第3期", "2025年10月20日", """前三季度，全省开发区实现营业收入3790.4亿元，同比增长5.9%。
一、主要成效
（一）蘅溪市
蘅溪经开区前三季度实现营业收入701.5亿元，同比增长2.1%；实际使用外资7460万美元；新建标准厂房12.6万平方米。
（二）芗陂市
芗陂高新区前三季度实现营业收入558.7亿元，同比增长7.1%。
芗陂化工园区前三季度实现营业收入96.3亿元，同比增长4.1%；规上工业增加值同比增长5.7%；安全生产实现“零事故”，完成隐患整改一百三十八项。
二、下一步工作安排
（一）蘅溪市
1.全力冲刺全年目标。对进度滞后的指标实行周调度、月通报。
2.谋划明年重点工作。科学谋划2026年开发区发展目标。
（二）芗陂市
1.加快化工园区智慧化管控平台建设。
"""),
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding):
    files = {name: _HEAD.format(issue=issue, date=date) + text for name, (issue, date, text) in ISSUES.items()}
    return index_files(tmp_path_factory.mktemp("para22"), files, embedding)


def test_a_range_of_months_said_with_fen(qa):
    answer = qa.ask("那1-9月份呢？", history=["上半年蘅溪市开发区情况怎么样？"])
    assert answer["kind"] == "summary", answer
    assert "701.5亿元" in answer["answer"], answer["answer"]
    assert {c["period"] for c in answer["citations"]} == {"2025年前三季度"}, answer["citations"]


def test_a_rise_or_fall_asked_with_le_after_each_verb(qa):
    answer = qa.ask("一季度到上半年，芗陂高新区的实际使用外资是增加了还是减少了？")
    assert answer["kind"] == "trend", answer
    for amount in ("1980万美元", "1460万美元"):
        assert amount in answer["answer"], (amount, answer["answer"])


def test_a_place_pointed_at(qa):
    answer = qa.ask("芗陂那边呢？", history=["蘅溪经开区营业收入这几期分别是多少？"])
    assert answer["resolved_question"], answer
    for amount in ("174.9亿元", "361.2亿元", "558.7亿元"):
        assert amount in answer["answer"], (amount, answer["answer"])


def test_the_later_period_said_as_reached(qa):
    answer = qa.ask("到上半年比一季度多了多少？", history=["蘅溪经开区一季度实际使用外资多少？"])
    assert not answer["abstained"], answer["answer"]
    for amount in ("2350万美元", "5120万美元"):
        assert amount in answer["answer"], (amount, answer["answer"])


def test_the_kind_of_bulletin_the_answer_is_in(qa):
    answer = qa.ask("前三季度通报里蘅溪下一步有啥安排？")
    assert answer["kind"] == "list", answer
    for title in ("全力冲刺全年目标", "谋划明年重点工作"):
        assert title in answer["answer"], (title, answer["answer"])


def test_growth_said_with_de_of_zones_counted(qa):
    answer = qa.ask("蘅溪、芗陂两个开发区一季度协议投资额谁增得快？")
    assert answer["kind"] == "compare", answer
    assert answer["short"] == "芗陂高新区", answer  # 15.4% over 7.6%: the growth, not the larger amount
    assert answer["answer"].index("15.4%") < answer["answer"].index("7.6%"), answer["answer"]


def test_the_preposition_before_a_bodys_name(qa):
    answer = qa.ask("《蘅溪市支持开发区高质量发展若干措施》是哪个会议审议通过的？")
    assert answer["short"] == "市政府常务会议", answer


def test_a_figure_given_in_other_numerals(qa):
    answer = qa.ask("完成隐患整改138项的是哪个园区？")
    assert answer["short"] == "芗陂化工园区", answer
    assert any("芗陂化工园区" in c["quote"] and "一百三十八项" in c["quote"] for c in answer["citations"]), answer


def test_a_signs_turn_said_in_full(qa):
    answer = qa.ask("蘅溪经开区营业收入增速有没有从负增长转成正增长？")
    assert answer["kind"] == "trend", answer
    for rate in ("1.8%", "0.6%", "2.1%"):
        assert rate in answer["answer"], (rate, answer["answer"])


def test_zones_counted_before_who_is_asked(qa):
    answer = qa.ask("蘅溪、芗陂两个开发区一季度协议投资额谁增长快？")
    assert answer["short"] == "芗陂高新区", answer  # the zone asked of, not its city


def test_the_period_set_beside_said_first(qa):
    answer = qa.ask("跟上半年比增加了多少？", history=["蘅溪经开区前三季度实际使用外资多少？"])
    assert not answer["abstained"], answer["answer"]
    assert answer["resolved_question"] == "蘅溪经开区前三季度实际使用外资比上半年增加了多少？", answer
    assert "7460万美元" in answer["answer"], answer["answer"]


def test_a_range_of_positions_with_its_verb(qa):
    answer = qa.ask("一季度营业收入位列前两名的是哪几个开发区？")
    assert not answer["abstained"], answer["answer"]
    for zone in ("蘅溪经开区", "芗陂高新区"):
        assert zone in answer["answer"], (zone, answer["answer"])


def test_a_suffix_glued_to_the_word_after_a_place_no_bulletin_covers(qa):
    answer = qa.ask("上半年蘅溪市和青松市开发区遇到了哪些瓶颈？")  # 青松|市开发区: 青松市, then 开发区
    assert not answer["abstained"], answer["answer"]
    assert "17%" in answer["answer"] and "青松" in answer["answer"], answer["answer"]
