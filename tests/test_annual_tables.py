"""Transposed tables (invented places and figures): indicators as rows and places as columns (指标 | 单位 | 青崖市 | …)
are read one sentence per place and indicator (its rates after it), each figure with its row's unit, as a table with a
row per place reads: in a ruled
landscape PDF printed by the real Chromium whose table runs onto the next page under its header repeated, and in a
text bulletin's tab table; a table whose columns are periods is no transposed table."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from evals.bulletin_files import print_pdf
from index.loaders import load_file
from index.pipeline import IndexingPipeline
from index.tables import table_lines
from qa.pipeline import BulletinQA
from tests.conftest import CHROMIUM, index_one, settings_under

PLACES = ["青崖市", "白沙市", "苍梧市", "云溪县"]
# indicator, unit, one figure per place; enough rows to run onto a second page
ROWS = [(f"{sector}{name}", unit, [f"{base + 10 * k + j}" + ("" if unit == "家" else f".{j + 1}")
                                    for j in range(len(PLACES))])
        for k, sector in enumerate(["", "工业", "服务业", "外贸"]) for name, unit, base in
        [("营业收入", "亿元", 300), ("营业收入增速", "%", 5), ("进出口总额", "亿元", 90), ("实际使用外资", "亿美元", 1),
         ("新设企业", "家", 40), ("从业人员", "万人", 12)]]


def _bulletin() -> str:
    head = "<tr><th>指标</th><th>单位</th>" + "".join(f"<th>{p}</th>" for p in PLACES) + "</tr>"
    body = "".join(f"<tr><td>{name}</td><td>{unit}</td>" + "".join(f"<td>{v}</td>" for v in values) + "</tr>"
                   for name, unit, values in ROWS)
    return ("<!doctype html><html><head><meta charset='utf-8'><style>@page{size:A4 landscape;margin:18mm}"
            "body{font-family:sans-serif;font-size:12pt} table{border-collapse:collapse;width:100%}"
            "th,td{border:1px solid #000;padding:3mm 2mm;text-align:center} tr{page-break-inside:avoid}</style></head>"
            "<body><h1>某省开发区运行监测通报（2026年第1期）</h1><p>2026年1—3月，全省开发区运行平稳。</p>"
            f"<p>表1 2026年一季度各市开发区主要指标</p><table><thead>{head}</thead><tbody>{body}</tbody></table>"
            "<p>某省商务厅 2026年4月25日</p></body></html>")


@pytest.fixture(scope="module")
def monitoring_pdf(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("transposed") / "2026-04-jiance-tongbao.pdf"
    print_pdf(_bulletin(), out, CHROMIUM)
    return out


def test_a_transposed_ruled_table_over_two_pages_reads_one_sentence_per_place_and_indicator(monitoring_pdf):
    loaded = load_file(monitoring_pdf)
    assert len(loaded.pages) >= 2  # the table runs onto the next page, under its header repeated
    lines = [ln for ln in loaded.text.split("\n") if ln.split(" ")[0] in PLACES]
    assert list(dict.fromkeys(ln.split(" ")[0] for ln in lines)) == PLACES
    for j, place in enumerate(PLACES):
        own = [ln for ln in lines if ln.startswith(place + " ")]
        for name, unit, values in ROWS:  # every row of both pages, with its unit, in the place's own sentence
            assert any(f" {name} {values[j]}{unit}" in ln for ln in own), (place, name)
    rates = [ln for ln in lines if ln.startswith(PLACES[0] + " 营业收入 ")]
    assert rates == [f"{PLACES[0]} 营业收入 {ROWS[0][2][0]}亿元 营业收入增速 {ROWS[1][2][0]}%。"]  # a rate after its amount
    assert "单位" not in loaded.text and "指标" not in loaded.text.replace("主要指标", "")


def test_a_figure_read_from_a_column_is_filed_under_that_place(monitoring_pdf, tmp_path_factory, embedding):
    settings = settings_under(tmp_path_factory.mktemp("transposed-index"))
    shutil.copy2(monitoring_pdf, settings.docs_dir / monitoring_pdf.name)
    assert not IndexingPipeline(settings, embedding).run().errors
    qa = BulletinQA(settings, embedding)
    answer = qa.ask("一季度苍梧市实际使用外资多少？")["answer"]
    assert re.search(r"(?<![\d.])3\.3亿美元", answer) and not re.search(r"(?<![\d.])1\.1亿美元", answer)
    answer = qa.ask("白沙呢？", history=["一季度青崖市新设企业多少家？"])["answer"]
    assert re.search(r"(?<!\d)41家", answer) and not re.search(r"(?<!\d)40家", answer)


TAB_BULLETIN = """某市开发区运行情况（2026年第2期）

2026年1—6月，全市开发区运行平稳。

表1 上半年各县开发区主要指标
指标\t单位\t石门县\t桃源县\t临澧县
营业收入\t亿元\t128.4\t96.2\t57.9
营业收入增速\t%\t6.1\t-2.3\t8.8
规上工业企业\t家\t214\t163\t98
"""


@pytest.fixture(scope="module")
def tab_index(tmp_path_factory, embedding) -> BulletinQA:
    return index_one(tmp_path_factory.mktemp("transposed-tab"), "2026-07-kaifaqu.txt", TAB_BULLETIN, embedding)


def test_a_tab_table_of_counties_as_columns_answers_each_county(tab_index):
    answer = tab_index.ask("上半年桃源县营业收入增速是多少？")
    assert "-2.3%" in answer["answer"] and "6.1%" not in answer["answer"]
    answer = tab_index.ask("上半年石门县和临澧县开发区规上工业企业分别多少家？")
    assert "214家" in answer["answer"] and "98家" in answer["answer"] and "163家" not in answer["answer"]


def test_a_table_of_periods_as_columns_is_not_transposed():
    rows = [["指标", "单位", "1—3月", "1—6月"], ["营业收入", "亿元", "128.4", "263.0"]]
    assert table_lines(rows) == ["营业收入 单位 亿元 1—3月 128.4亿元 1—6月 263.0亿元。"]  # the row's 单位 cell: its unit
    places_rows = [["指标", "青崖市", "白沙市"], ["营业收入（亿元）", "128.4", "96.2"], ["营业收入增长（%）", "6.1", "-2.3"]]
    assert table_lines(places_rows) == ["青崖市 营业收入 128.4亿元 营业收入增长 6.1%。", "白沙市 营业收入 96.2亿元 营业收入增长 -2.3%。"]


QUARTER = """某省开发区经济运行监测通报（2026年第1期）

一、总体情况

2026年1—3月，全省开发区实现营业收入980.5亿元，同比增长6.2%。

二、分市情况

从各市看，苍梧市营业收入总量最大。进出口方面，苍梧市增长15.2%，居各市首位；白沙市下降3.6%，居末位。

表1 一季度各市开发区主要指标
指标\t单位\t苍梧市\t白沙市\t青崖市
营业收入\t亿元\t420.3\t310.6\t249.6
营业收入增速\t%\t7.1\t-2.4\t9.8
进出口总额\t亿元\t88.2\t40.7\t35.1

表2 一季度重点开发区营业收入及位次
开发区\t所在市\t营业收入（亿元）\t同比增长（%）\t位次
苍梧经开区\t苍梧市\t260.4\t7.5\t1
青崖高新区\t青崖市\t249.6\t9.8\t2
白沙经开区\t白沙市\t190.2\t-2.0\t3
白沙临港产业园\t白沙市\t120.4\t-3.1\t4

从开发区看，苍梧经开区营业收入居第一位；白沙临港产业园营业收入120.4亿元，居末位。
"""

MONTHS = """某省开发区1—5月经济运行情况（2026年第2期）

1—5月，全省开发区实现营业收入1650.2亿元，同比增长6.8%。白沙经开区营业收入同比下降1.5%。

表1 1—5月各市开发区主要指标
地区\t营业收入（亿元）\t同比增长（%）
苍梧市\t712.5\t7.9
白沙市\t520.1\t-1.1
青崖市\t417.6\t10.2
"""


@pytest.fixture(scope="module")
def two_issues(tmp_path_factory, embedding) -> BulletinQA:
    from tests.conftest import index_files
    return index_files(tmp_path_factory.mktemp("two-issues"), {"2026-04-jiance.txt": QUARTER, "2026-06-yunxing.txt": MONTHS},
                       embedding)


def test_a_citys_figure_is_its_column_not_its_parks_rows(two_issues):
    answer = two_issues.ask("一季度白沙市营业收入是多少")["answer"]
    assert "310.6亿元" in answer and "120.4亿元" not in answer and "190.2亿元" not in answer
    answer = two_issues.ask("一季度白沙临港产业园营业收入是多少")["answer"]  # the park asked: its own row
    assert "120.4亿元" in answer and "310.6亿元" not in answer


def test_a_position_asked_is_read_from_a_rank_column_or_a_clause(two_issues):
    first = two_issues.ask("一季度营收排名第一的开发区是？")
    assert first["short"] == "苍梧经开区" and "苍梧市" not in first["answer"].split("：")[0]
    assert two_issues.ask("一季度营收位次最后的开发区是哪个")["short"] == "白沙临港产业园"
    last = two_issues.ask("一季度开发区进出口增速垫底的是哪个市？")  # 进出口方面 opens the sentence before its clause
    assert last["short"] == "白沙市" and "-3.6" not in last["answer"] and "3.6%" in last["answer"]


def test_whether_a_rate_kept_falling_and_a_change_up_to_a_later_period(two_issues):
    falling = two_issues.ask("白沙经开区营收最近几期是不是一直在下降")["answer"]
    assert "-2.0%" in falling and "1.5%" in falling
    later = two_issues.ask("到1—5月呢，增速怎么变的？", history=["一季度苍梧市开发区营业收入多少？"])["answer"]
    assert "7.1%" in later and "7.9%" in later and "712.5亿元" in later
    later = two_issues.ask("今年1—5月呢，增速有变化吗", history=["一季度青崖市开发区营业收入多少？"])["answer"]
    assert "9.8%" in later and "10.2%" in later


def test_the_zones_that_fell_asked_as_a_list(two_issues):
    answer = two_issues.ask("一季度营业收入负增长的开发区有哪些")["answer"]
    assert "白沙经开区" in answer and "白沙临港产业园" in answer and "苍梧经开区" not in answer
