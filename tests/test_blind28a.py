"""Wordings blind28a wrote without reading the code, answered by rules of bulletin layout. Small invented issues of
岚州省 (its cities, zones and every figure made up) through the real loader, index and pipeline.

- A table of indicators whose unit stands in a column of its own (指标名称 | 计量单位 | 当月 | 累计 | …) gives each row's
  bare figures that unit, as a unit in a column's header does: `实际使用外资 … 当月 7260万美元`, a figure of that month.
- A region's name ends a word of the question: an abbreviation after it (岚阳高企, which jieba cuts 岚|阳高|企, a run
  the bulletins write in 岚阳高新区) is read as the term the bulletins write (高新技术企业).
"""
from __future__ import annotations

import pytest

from index.tables import table_lines
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_PAGE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<h1>{title}</h1><p>发布日期：{date}　　来源：开发区处</p>
<p>{lead}</p>
<p>全省开发区主要指标</p>
<table>
<tr><td>指标名称</td><td>计量单位</td><td>当月</td><td>累计</td><td>当月环比（%）</td><td>累计同比（%）</td></tr>
{rows}
</table></body></html>"""


def _page(title: str, date: str, lead: str, rows: list[tuple[str, ...]]) -> str:
    cells = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return _PAGE.format(title=title, date=date, lead=lead, rows=cells)


MONTH_7 = ("2026-08-yunxing-kuaibao-di7qi.html", _page(
    "全省开发区经济运行快报（2026年第7期）", "2026-08-18",
    "1-7月，全省开发区实现营业收入4812.6亿元，同比增长6.9%；实际使用外资47320万美元，同比增长9.8%。",
    [("营业收入", "亿元", "702.4", "4812.6", "1.2", "6.9"), ("实际使用外资", "万美元", "7260", "47320", "3.4", "9.8"),
     ("新开工亿元以上项目", "个", "24", "211", "—", "8.5")]))
MONTH_5 = ("2026-06-yunxing-kuaibao-1-5yue.html", _page(
    "2026年1-5月全省开发区经济运行快报", "2026-06-17",
    "1-5月，全省开发区实现营业收入3396.1亿元，同比增长7.0%；实际使用外资3.38亿美元，同比增长10.2%。",
    [("营业收入", "亿元", "689.5", "3396.1", "2.8", "7.0"), ("实际使用外资", "亿美元", "0.71", "3.38", "6.3", "10.2")]))


QUARTER = ("2026-04-yunxing-tongbao-yijidu.txt", "岚州省开发区运行通报\n2026年第1期\n岚州省商务厅开发区处　　2026年4月20日\n\n"
           "一、总体情况\n一季度，全省开发区实现营业收入1563.2亿元，同比增长6.8%；高新技术企业达到3128家。\n\n"
           "二、分市情况\n【桐峪市】一季度，桐峪市开发区实现营业收入512.6亿元，同比增长7.1%；高新技术企业达到1036家，"
           "规上工业企业达到986家。\n"
           "【岚阳市】一季度，岚阳市开发区实现营业收入398.4亿元，同比增长9.2%；高新技术企业达到1294家，"
           "规上工业企业达到712家。其中岚阳高新区实现营业收入241.5亿元。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("blind28a"), dict([MONTH_7, MONTH_5, QUARTER]), embedding)


def test_a_unit_column_gives_its_rows_bare_figures_their_unit():
    lines = table_lines([["指标", "单位", "完成值", "同比（%）", "目标", "完成率（%）"],
                         ["固定资产投资", "亿元", "86.4", "5.2", "90", "96.0"],
                         ["新开工项目", "个", "12", "—", "15", "80.0"]])
    assert lines[0] == "固定资产投资 单位 亿元 完成值 86.4亿元 同比 5.2% 目标 90亿元 完成率 96.0%。", lines
    assert "完成值 12个" in lines[1] and "目标 15个" in lines[1], lines


@pytest.mark.parametrize("question", ["7月当月实际使用外资多少来着", "7月份当月利用外资是多少"])
def test_the_months_own_figure_of_a_unit_column_table(qa, question):
    answer = qa.ask(question)
    assert not answer["abstained"] and "7260万美元" in answer["answer"], answer["answer"]
    assert "47320万美元" not in answer["answer"] and "0.71" not in answer["answer"], answer["answer"]


def test_the_months_so_far_stay_the_cumulative_column(qa):
    answer = qa.ask("1-5月实际使用外资累计多少")["answer"]
    assert "3.38亿美元" in answer and "7260" not in answer, answer


def test_an_abbreviation_after_a_regions_name(qa):
    answer = qa.ask("一季度岚阳高企多少家")["answer"]
    assert "1294家" in answer and "398.4亿元" not in answer, answer
    answer = qa.ask("一季度桐峪和岚阳高企谁多？")["answer"]
    assert answer.startswith("岚阳最高（1294家）") and "1036家" in answer, answer
