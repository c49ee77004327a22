"""Which rows a trend or comparison picks, and how its follow-ups are read (places and figures invented here): a
park no zone word names (蓼川工业园) is one place no bulletin writes; a figure a digest's headline restates is
answered by its body's fuller statement; 之后两期呢 asks the issues after the one named, and 差多少 after 谁高 the
difference (not 谁高差多少); a ranked figure is quoted from where its sentence names its place; a zone written with
and without its city's name (柘阳临港经济开发区, 该市临港经济开发区) is one zone; an issue that leaves a series out is
said; a bare 同比 column is the growth asked. Issues of a province's digest and of a monthly bulletin through the real
loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

ISSUES = {
    "2026-01-kaifaqu-gongzuo-dongtai-di1qi.txt": """开发区工作动态
2026年第1期
桤川省商务厅开发区处　　2026年1月20日

编者按：2025年，全省开发区主要指标保持平稳增长。本期汇编各市报送的2025年全年工作情况。

1. 芩州经开区全年实现营业收入812.4亿元
芩州经开区2025年实现营业收入812.4亿元，同比增长6.2%；新签约亿元以上项目41个。
（芩州市商务局供稿）

2. 柘阳工业园全年营业收入同比增长9.8%
柘阳市柘阳工业园2025年实现营业收入236.5亿元，同比增长9.8%；新增规上企业12家。
（柘阳市商务局供稿）

3. 柘阳临港经济开发区全年完成固定资产投资96.3亿元
柘阳临港经济开发区2025年完成固定资产投资96.3亿元，同比增长4.4%。
（柘阳市商务局供稿）
""",
    "2026-04-kaifaqu-gongzuo-dongtai-di2qi.txt": """开发区工作动态
2026年第2期
桤川省商务厅开发区处　　2026年4月21日

编者按：一季度，全省开发区实现良好开局。本期刊发部分开发区一季度工作亮点。

1. 芩州经开区一季度营业收入同比下降2.7%
受订单减少影响，芩州经开区一季度实现营业收入183.6亿元，同比下降2.7%；新签约亿元以上项目9个。
（芩州市商务局供稿）

2. 柘阳工业园一季度营业收入同比增长7.1%
柘阳工业园一季度实现营业收入61.3亿元，同比增长7.1%；新增规上企业3家。
（柘阳市商务局供稿）

3. 临港经济开发区一季度固定资产投资增长5.5%
记者从柘阳市获悉，该市临港经济开发区一季度完成固定资产投资21.4亿元，同比增长5.5%。
（柘阳市商务局供稿）
""",
    "2026-07-kaifaqu-gongzuo-dongtai-di3qi.txt": """开发区工作动态
2026年第3期
桤川省商务厅开发区处　　2026年7月22日

编者按：上半年，全省开发区主要指标稳中有进。本期刊发部分开发区上半年工作亮点。

1. 芩州经开区上半年营业收入同比增长1.9%
芩州经开区上半年实现营业收入401.8亿元，同比增长1.9%，实现由降转增；新签约项目15个，协议投资额88.2亿元。
（芩州市商务局供稿）

2. 柘阳工业园上半年营业收入同比增长8.4%
柘阳工业园上半年实现营业收入129.7亿元，同比增长8.4%；新增规上企业7家，协议投资额41.5亿元。
（柘阳市商务局供稿）
""",
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("rows16"), ISSUES, embedding)


def test_a_park_no_zone_word_names_is_one_place_no_bulletin_writes(qa):
    compared = qa.ask("上半年芩州经开区和蓼川工业园营收哪个多？")  # 工业园 is no zone word: 蓼川工业园 is one name
    assert not compared["abstained"] and "401.8亿元" in compared["answer"], compared["answer"]
    assert "蓼川工业园" in compared["answer"], compared["answer"]
    series = qa.ask("柘阳工业园和芷岗物流园营收历次怎么变化？")
    for figure in ("236.5亿元", "61.3亿元", "129.7亿元"):
        assert figure in series["answer"], series["answer"]
    assert "芷岗物流园" in series["answer"], series["answer"]


def test_a_figure_a_headline_restates_is_quoted_from_its_body(qa):
    result = qa.ask("芩州经开区营收增速这几期有没有改善？")  # the rate asked: the body states it with its amount
    answer = result["answer"]
    for figure in ("6.2%", "2.7%", "1.9%"):
        assert figure in answer, answer
    assert "183.6亿元" in answer, answer  # 一季度's rate from its body, not from the headline alone


def test_the_issues_after_the_one_named(qa):
    result = qa.ask("之后两期呢？", history=["芩州经开区2025年营业收入多少？"])
    assert "183.6亿元" in result["answer"] and "401.8亿元" in result["answer"], result["answer"]


def test_the_difference_after_who_is_higher(qa):
    result = qa.ask("差多少？", history=["上半年芩州经开区和柘阳工业园营收谁高？"])
    assert "谁高差" not in (result["resolved_question"] or ""), result["resolved_question"]
    assert "401.8亿元" in result["answer"] and "129.7亿元" in result["answer"], result["answer"]


def test_a_ranked_figure_is_quoted_with_the_place_its_sentence_names(qa):
    result = qa.ask("上半年芩州经开区和柘阳工业园协议投资额谁高？")  # the clause 协议投资额88.2亿元 names no place
    quotes = [c["quote"] for c in result["citations"]]
    assert any("88.2亿元" in q and "芩州经开区" in q for q in quotes), quotes
    assert any("41.5亿元" in q and "柘阳工业园" in q for q in quotes), quotes


def test_a_zone_written_with_and_without_its_citys_name_is_one_zone(qa):
    result = qa.ask("柘阳临港经济开发区固定资产投资历次怎么变化？")
    assert "96.3亿元" in result["answer"] and "21.4亿元" in result["answer"], result["answer"]


def test_an_issue_that_gives_no_figure_of_the_series_is_said(qa):
    result = qa.ask("柘阳临港经济开发区固定资产投资历次怎么变化？")  # the 上半年 issue leaves it out
    assert "2026年上半年的公报中没有找到这项数字" in result["answer"], result["answer"]
    whole = qa.ask("芩州经开区营收历次怎么变化？")  # every issue gives it: no gap said
    assert "没有找到" not in whole["answer"], whole["answer"]


MONTHLY = {
    "2025-09-kaifaqu-yunxing-jiance-tongbao-di8qi.txt": """开发区运行监测通报
2025年第8期
桤川省商务厅　　2025年9月18日

一、总体运行情况
1-8月，全省开发区实现营业收入9,642.7亿元，同比增长6.1%。

表1　2025年1-8月各市开发区主要指标
| 市 | 营业收入累计（亿元） | 营业收入同比（%） |
| 芩州市 | 3,836.4 | 8.2 |
| 柘阳市 | 2,127.5 | 5.9 |
| 全省 | 9,642.7 | 6.1 |
""",
    "2025-11-kaifaqu-yunxing-jiance-tongbao-di10qi.txt": """开发区运行监测通报
2025年第10期
桤川省商务厅　　2025年11月20日

一、总体运行情况
1-10月，全省开发区实现营业收入12,118.6亿元，同比增长6.4%。

二、各市开发区运行情况
芩州市：1-10月，芩州市开发区实现营业收入4,802.8亿元，同比增长8.6%。
柘阳市：1-10月，柘阳市开发区实现营业收入2,696.3亿元，同比增长6.2%。
""",
}


@pytest.fixture(scope="module")
def monthly(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("rows16m"), MONTHLY, embedding)


def test_a_bare_year_on_year_column_is_the_growth_asked(monthly):
    result = monthly.ask("柘阳市开发区营收增速这几期有没有加快？")  # 表1's 营业收入同比 column, then a sentence's 同比增长
    assert "5.9" in result["answer"] and "6.2%" in result["answer"], result["answer"]
