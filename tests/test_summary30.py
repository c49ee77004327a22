"""Summaries of a zone and of a bulletin as staff ask them: a period asked with no year is the newest issue's, even
where an older issue has the zone's own comment; a bulletin's grades line (先进开发区：甲、乙) is part of its summary; a
city's part writes its one zone of a kind by the kind alone (物流园区 of 岚港港口物流园区); a place a bulletin writes only in
its tables is summarised by its rows; and 结论, 回顾, 怎么说的, 有啥新情况, 近况 or a place's 情况 alone ask a summary.
Invented bulletins of 岚州省 (cities, zones and figures made up) through the real loader, index and pipeline."""
from __future__ import annotations

import pytest

from qa.kinds import classify
from tests.conftest import index_files

# a portal page as the slides corpus's 2025 bulletin is: comments one zone a line (岚港高新区：…), parted by <br>
_HALF_2025 = """<html><head><meta charset="utf-8"><title>岚州省2025年上半年开发区综合发展水平评价结果通报</title></head><body>
<h1>岚州省2025年上半年开发区综合发展水平评价结果通报</h1>
<div class="content">
<p>各市商务局，各开发区管委会：</p>
<p>现将2025年上半年全省开发区综合发展水平评价结果通报如下。全省开发区综合得分平均为81.46分，比一季度提高0.7分。</p>
<p><strong>一、综合排名</strong></p>
<table border="1"><thead><tr><th>位次</th><th>开发区</th><th>所在市</th><th>综合得分</th></tr></thead><tbody>
<tr><td>1</td><td>岚港经济技术开发区</td><td>岚港市</td><td>90.12</td></tr>
<tr><td>2</td><td>岚港高新技术产业开发区</td><td>岚港市</td><td>87.35</td></tr>
<tr><td>3</td><td>澴水产业园</td><td>澴水市</td><td>74.08</td></tr>
</tbody></table>
<p>表2 各开发区主要指标</p>
<table border="1"><thead><tr><th>开发区</th><th>所在市</th><th>营业收入</th><th>同比增长</th></tr></thead><tbody>
<tr><td>岚港经济技术开发区</td><td>岚港市</td><td>402.7亿元</td><td>6.1%</td></tr>
<tr><td>岚港高新技术产业开发区</td><td>岚港市</td><td>226.9亿元</td><td>8.2%</td></tr>
<tr><td>澴水产业园</td><td>澴水市</td><td>58.3亿元</td><td>2.4%</td></tr>
</tbody></table>
<p><strong>二、评价等次</strong></p>
<p>先进开发区：岚港经济技术开发区、岚港高新技术产业开发区<br>后进开发区：澴水产业园</p>
<p><strong>三、开发区点评</strong></p>
<p>岚港高新区：综合得分87.35分，居全市第2位，较上期上升1位。</p>
</div></body></html>
"""

_DECK_2026 = """岚州省2026年上半年开发区工作推进会汇报材料
岚州省商务厅
2026年7月12日

岚港市 | 开发区上半年运行情况
全市开发区营业收入968.5亿元，同比+6.4%。
亮点
▪ 岚港经开区营业收入541.2亿元，同比+5.9%，新能源整车产量6.3万辆
▪ 岚港高新区营业收入318.4亿元，同比+8.7%，新增高新技术企业41家
▪ 岚港港口物流园区集装箱吞吐量18.2万标箱，同比+3.3%
下一步
→ 加快物流园区冷链仓储基地建设，年内完成投资4.2亿元
→ 岚港高新区下半年新增省级研发平台6个
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding):
    files = {"2025-08-pingjia-tongbao.html": _HALF_2025, "2026-07-tuijinhui-huibao.txt": _DECK_2026}
    return index_files(tmp_path_factory.mktemp("summary30"), files, embedding)


def test_a_period_asked_with_no_year_is_the_newest_issues_for_a_zone(qa):
    """岚港高新区上半年: the 2026 deck's line of the zone (written short in its city's part), not the 2025 bulletin's,
    whose comment is the zone's own entry."""
    answer = qa.ask("岚港高新区上半年总体情况怎么样")
    assert "318.4亿元" in answer["answer"] and "226.9亿元" not in answer["answer"], answer["answer"]
    assert {c["period"] for c in answer["citations"]} == {"2026年上半年"}, answer["citations"]


def test_a_zone_written_by_its_kind_alone_in_its_citys_part(qa):
    """加快物流园区冷链仓储基地建设 in 岚港's 下一步: of 岚港港口物流园区, the city's one 物流园区."""
    answer = qa.ask("岚港港口物流园区上半年情况介绍一下")["answer"]
    assert "18.2万标箱" in answer and "冷链仓储基地" in answer, answer
    assert "541.2亿元" not in answer, answer  # the city's other zones stay out


def test_a_place_written_only_in_a_table_is_summarised_by_its_rows(qa):
    """澴水产业园 is in the 2025 bulletin's ranking table alone: its rows answer, not nothing."""
    answer = qa.ask("澴水产业园2025年上半年评价情况怎么样")
    assert "74.08" in answer["answer"] and "58.3亿元" in answer["answer"], answer["answer"]
    assert {c["region"] for c in answer["citations"]} == {"澴水"}, answer["citations"]


def test_a_bulletins_conclusion_asks_its_summary(qa):
    """那期评价通报的主要结论: the bulletin's own part (its average score), not one figure."""
    answer = qa.ask("2025年上半年那期评价通报的主要结论")
    assert answer["kind"] == "summary" and "81.46分" in answer["answer"], answer["answer"]
    # its grades line (先进开发区：…、…), a statement no clause mark parts, is the whole's part too
    assert "后进开发区：澴水产业园" in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question, kind", [
    ("调研报告的主要结论是什么", "summary"),  # 结论: what it concluded, as a whole (not a name: 是什么)
    ("枫川经开区2025年全年工作回顾", "summary"),  # 回顾 closing: the year gone over
    ("枫川高新区上半年情况调研报告里怎么说的", "summary"),  # 怎么说的: what a report told, not a way
    ("2025年度考核通报里枫川的情况", "summary"),  # a place's 情况 and nothing else asked
    ("枫川市今年上半年开发区情况", "summary"),
    ("枫川市上半年有啥新情况", "summary"),  # what is new of a place: its summary, not a name (啥)
    ("枫川经开区近况如何", "summary"),
    ("通报对枫川怎么评价的", "summary"),  # what the bulletin said of it, not a way
    ("枫川经开区现状的问题有哪些", "list"),  # guards: 现状 not closing the question
    ("现状如何改善", "how"),
    # guards: an amount's 完成情况 or 增长情况 is its figure; 各市…情况 each place's; 列一下…情况 a list
    ("枫川市营业收入完成情况", "figure"),
    ("枫川市外资增长情况", "figure"),
    ("5月当月各市开发区营收环比情况", "each"),
    ("上半年项目建设方面给我列一下各市情况", "list"),
])
def test_the_summary_wordings(question, kind):
    assert classify(question) == kind
