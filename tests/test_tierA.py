"""A document's period and tables whose columns are periods (invented places and figures).

- A period a figure is compared with (增速比前三季度提高, 降幅较一季度收窄) is not the period reported; a title naming a
  year and no months (2031年全市园区主要指标完成情况) reports the whole year.
- A browser's own print header and footer (print date and time, page title, URL, `1/1`) on a printed page is no
  text of the bulletin, even on a page printed alone, and its date is no period.
- A table whose columns are periods (`本期 | 上年同期 | 同比增长`, `本年 | 上年同期`): the indicator is its caption's, the
  `本期`/`本年` figure is of the issue's period and the `上年同期` figure of the same period a year before, never an answer
  for the period asked.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from evals.bulletin_files import print_pdf
from index.facts import extract_facts
from index.loaders import load_file
from index.pipeline import chunk_document
from tests.conftest import CHROMIUM, index_files

YEAR_PAGE = """2031年全市园区主要指标完成情况

2031年，全市园区实现工业产值850.2亿元，同比增长5.5%，增速比前三季度提高0.4个百分点；外贸进出口额163.4亿元，同比增长7.7%，增幅较上半年回落1.2个百分点；招引项目金额同比下降3.1%，降幅比前三季度收窄0.6个百分点。

分园区看，石门工业园工业产值318.6亿元，同比增长6.2%；桃源物流园外贸进出口额77.5亿元，同比增长9.1%。

2031年各市园区工业产值完成情况
地区\t本年（亿元）\t上年同期（亿元）\t同比增长（%）
石门市\t402.3\t377.1\t6.7
桃源市\t261.5\t250.2\t4.5
临澧市\t186.4\t178.7\t4.3
"""

QUARTER_ISSUE = """全市园区运行简报（2032年第1期）

一季度，全市园区实现工业产值231.4亿元，同比增长6.1%，比上年全年提高0.6个百分点。

表1 2032年一季度重点园区工业产值
园区\t所在市\t本期（亿元）\t上年同期（亿元）\t同比增长（%）
石门工业园\t石门市\t92.6\t85.3\t8.6
桃源物流园\t桃源市\t61.8\t60.2\t2.7
临澧新材料园\t临澧市\t44.1\t40.9\t7.8
"""


def _chunks(tmp_path: Path, name: str, text: str) -> tuple[list[dict], dict]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return chunk_document(load_file(path), name)


def test_a_title_naming_only_a_year_reports_the_whole_year_whatever_the_text_compares_with(tmp_path):
    chunks, doc = _chunks(tmp_path, "2032-01-yuanqu-zhibiao.txt", YEAR_PAGE)
    assert doc["period"] == "2031年全年"
    assert {c["period"] for c in chunks} == {"2031年全年"}


def test_a_period_compared_with_is_not_the_one_reported(tmp_path):
    # no period in the title: the text's own 前三季度 once, and 上半年 twice only as what figures are compared with
    text = ("园区运行情况\n\n前三季度，全市园区实现工业产值640.8亿元，同比增长5.1%，增速较上半年加快0.3个百分点；"
            "外贸进出口额121.9亿元，增幅比上半年回落0.8个百分点。\n")
    _, doc = _chunks(tmp_path, "2031-10-yuanqu.txt", text)
    assert doc["period"] == "2031年前三季度"
    # a title naming a quarter still names the period, a title's year an issue number belongs to does not
    _, doc = _chunks(tmp_path, "2032-04-yuanqu.txt", QUARTER_ISSUE)
    assert doc["period"] == "2032年一季度"


def test_a_period_column_tables_figures_have_the_captions_indicator_and_their_own_periods(tmp_path):
    chunks, _ = _chunks(tmp_path, "2032-04-yuanqu.txt", QUARTER_ISSUE)
    facts = {(f["entity"], f["figure"]): f for f in extract_facts(chunks)}
    this = facts[("石门工业园", "92.6亿元")]
    assert (this["indicator"], this["period"], this["region"]) == ("工业产值", "2032年一季度", "石门")
    before = facts[("石门工业园", "85.3亿元")]
    assert (before["indicator"], before["period"]) == ("工业产值", "2031年一季度")
    assert facts[("石门工业园", "8.6%")]["indicator"] == "工业产值同比增长"
    chunks, _ = _chunks(tmp_path, "2032-01-yuanqu-zhibiao.txt", YEAR_PAGE)
    facts = {(f["region"], f["figure"]): f for f in extract_facts(chunks)}
    assert (facts[("桃源", "261.5亿元")]["indicator"], facts[("桃源", "261.5亿元")]["period"]) == ("工业产值", "2031年全年")
    assert facts[("桃源", "250.2亿元")]["period"] == "2030年全年"


@pytest.fixture(scope="module")
def series(tmp_path_factory, embedding):
    return index_files(tmp_path_factory.mktemp("tierA"), {"2032-01-yuanqu-zhibiao.txt": YEAR_PAGE,
                                                          "2032-04-yuanqu.txt": QUARTER_ISSUE}, embedding)


def test_a_whole_years_figure_is_cited_with_that_year_not_a_quarter_it_was_compared_with(series):
    answer = series.ask("2031年全市园区外贸进出口额是多少？")
    assert "163.4亿元" in answer["answer"] and not answer["abstained"]
    assert {c["period"] for c in answer["citations"]} == {"2031年全年"}


def test_a_zones_period_column_figure_answers_its_own_period_never_last_years(series):
    answer = series.ask("一季度石门工业园工业产值多少？")
    assert "92.6亿元" in answer["answer"] and "85.3亿元" not in answer["answer"]
    answer = series.ask("2031年桃源市园区工业产值是多少？")
    assert "261.5亿元" in answer["answer"] and "250.2亿元" not in answer["answer"]
    assert {c["period"] for c in answer["citations"]} == {"2031年全年"}
    answer = series.ask("一季度桃源物流园和临澧新材料园工业产值分别是多少？")
    assert "61.8亿元" in answer["answer"] and "44.1亿元" in answer["answer"]
    assert "60.2亿元" not in answer["answer"] and "40.9亿元" not in answer["answer"]
    assert {c["period"] for c in answer["citations"]} == {"2032年一季度"}
    answer = series.ask("2031年桃源市和临澧市园区工业产值哪个高？")
    assert "261.5亿元" in answer["answer"] and "186.4亿元" in answer["answer"] and "250.2亿元" not in answer["answer"]


def _browser_printed(title: str, body: str) -> str:
    """A portal article as Chromium prints it with its own header and footer (drawn as page margin boxes)."""
    margins = ('@top-left { content: "2032/1/28 09:42"; font: 8pt sans-serif; }'
               f' @top-center {{ content: "{title}_某市商务局"; font: 8pt sans-serif; }}'
               ' @bottom-left { content: "https://swj.example.gov.cn/art/2032/1/27/art_1208_8813.html"; font: 8pt sans-serif; }'
               ' @bottom-right { content: counter(page) "/" counter(pages); font: 8pt sans-serif; }')
    return ("<!doctype html><html><head><meta charset='utf-8'><style>@page { size: A4; margin: 14mm 12mm; "
            f"{margins} }} body {{ font-family: 'Noto Sans CJK SC', sans-serif; font-size: 13pt; }}</style></head>"
            f"<body><h1>{title}</h1>{body}</body></html>")


def test_a_browsers_print_header_and_footer_on_a_page_printed_alone_are_no_text(tmp_path):
    title = "2031年全市园区主要指标完成情况"
    body = ("<p>2031年，全市园区实现工业产值850.2亿元，同比增长5.5%，增速比前三季度提高0.4个百分点。</p>"
            "<p>分园区看，石门工业园工业产值318.6亿元，同比增长6.2%。</p>")
    out = tmp_path / "2032-01-yuanqu-zhibiao.pdf"
    print_pdf(_browser_printed(title, body), out, CHROMIUM)
    loaded = load_file(out)
    assert len(loaded.pages) == 1 and "318.6亿元" in loaded.text
    assert "09:42" not in loaded.text and "example" not in loaded.text and "1/1" not in loaded.text
    chunks, doc = chunk_document(loaded, out.name)
    assert doc["period"] == "2031年全年"


HALF_YEAR = """全市园区运行简报（2032年第2期）

一、总体情况

上半年，全市园区实现工业产值498.7亿元，同比增长6.4%。

二、下半年工作安排

1.加快石门工业园二期建设，力争新开工项目20个。
2.推进桃源物流园多式联运中心投用。
"""


def test_plans_under_a_heading_of_a_later_period_carry_the_issues_period(tmp_path):
    chunks, doc = _chunks(tmp_path, "2032-07-yuanqu.txt", HALF_YEAR)
    assert doc["period"] == "2032年上半年"
    plans = [c for c in chunks if "石门工业园二期" in c["text"] or "多式联运" in c["text"]]
    assert plans and {c["period"] for c in plans} == {"2032年上半年"}
