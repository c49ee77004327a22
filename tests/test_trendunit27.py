"""A trend's series in one unit, and the words saying over how many issues it is asked. Invented bulletins of 岚州省
(its cities, zones and every figure made up) through the real loader, index and pipeline.

- A period may write one amount twice: a table row's `84,600万美元` (the unit in its header) beside its prose's
  `8.46亿美元`, or a ranking table's bare `91.36` beside a comment's `91.36分`. The series quotes the figure written as
  the other periods write theirs, with its unit, verbatim: never the row in another magnitude, never the bare cell.
- 两期评价下来, 几次考核下来, 三期通报下来: a count of issues and the verb of what each is, then 下来, say over which
  issues; no words of the indicator (the question is not withheld as asking 综合得分两期评价下来).
"""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

_MONTHLY = "开发区运行监测通报\n{issue}\n岚州省商务厅　　{date}\n\n一、总体运行情况\n{lead}\n\n"
_TABLE = ("表1　{period}各市开发区主要指标\n"
          "| 地区 | 营业收入累计（亿元） | 实际使用外资累计（万美元） |\n"
          "| 澄原市 | 2,316.5 | 38,200 |\n"
          "| 檀溪市 | 1,804.2 | 24,900 |\n"
          "| 全省 | 5,432.8 | 84,600 |\n")
MONTHLY = {
    "2026-04-jiance-di3qi.txt": _MONTHLY.format(
        issue="2026年第3期", date="2026年4月20日",
        lead="一季度，全省开发区实现营业收入5,432.8亿元，同比增长5.9%；实际使用外资8.46亿美元，同比增长-2.4%。")
    + _TABLE.format(period="2026年一季度"),
    "2026-07-jiance-di6qi.txt": _MONTHLY.format(
        issue="2026年第6期", date="2026年7月18日",
        lead="上半年，全省开发区实现营业收入11,206.3亿元，同比增长6.2%；实际使用外资17.25亿美元，同比增长-1.1%。"),
    "2026-10-jiance-di9qi.txt": _MONTHLY.format(
        issue="2026年第9期", date="2026年10月21日",
        lead="前三季度，全省开发区实现营业收入17,018.9亿元，同比增长6.5%；实际使用外资26.08亿美元，同比增长0.6%。"),
}
_RANKING = ("{year}全省开发区综合发展水平评价结果通报\n岚州省商务厅　　{date}\n\n"
            "一、评价结果\n| 开发区 | 名次 | 所在市 | 综合得分 |\n"
            "| 澄原经济技术开发区 | 1 | 澄原市 | {first} |\n| 檀溪高新技术产业开发区 | 2 | 檀溪市 | {second} |\n\n"
            "二、各开发区情况\n1.澄原经开区综合得分{first}分，居全省第1位。\n"
            "2.檀溪高新区综合得分{second}分，居全省第2位，较上期进位明显。\n")
RANKINGS = {
    "2025-08-pingjia-shangbannian.txt": _RANKING.format(year="2025年上半年", date="2025年8月12日",
                                                        first="91.36", second="86.07"),
    "2026-02-pingjia-quannian.txt": _RANKING.format(year="2025年", date="2026年2月10日",
                                                    first="92.14", second="88.59"),
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("trendunit27"), MONTHLY | RANKINGS, embedding)


@pytest.mark.parametrize("question", ["全省开发区实际使用外资这三期走势怎样", "全省实际使用外资从一季度到前三季度怎么变化的"])
def test_a_series_quotes_each_period_in_the_unit_of_the_others(qa, question):
    answer = qa.ask(question)["answer"]
    assert all(figure in answer for figure in ("8.46亿美元", "17.25亿美元", "26.08亿美元")) and "万美元" not in answer, answer


@pytest.mark.parametrize("question", ["澄原经开区综合得分两期评价下来有啥变化？", "澄原经开区几次考核下来综合得分怎么样",
                                      "檀溪高新区综合得分两期评比下来是升是降"])
def test_a_span_said_with_its_verb_is_no_indicator_and_scores_keep_their_unit(qa, question):
    answer = qa.ask(question)["answer"]
    first, second = ("91.36分", "92.14分") if "澄原" in question else ("86.07分", "88.59分")
    assert first in answer and second in answer, answer
    assert "不作回答" not in answer, answer


def test_a_score_is_quoted_with_its_unit_rather_than_as_a_bare_table_cell(qa):
    answer = qa.ask("檀溪高新区综合得分走势")["answer"]
    assert "86.07分" in answer and "88.59分" in answer, answer
