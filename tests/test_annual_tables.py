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
    answer = qa.ask("一季度苍梧市开发区实际使用外资多少？")["answer"]
    assert re.search(r"(?<![\d.])3\.3亿美元", answer) and not re.search(r"(?<![\d.])1\.1亿美元", answer)
    answer = qa.ask("白沙呢？", history=["一季度青崖市开发区新设企业多少家？"])["answer"]
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
    assert table_lines(rows) == ["营业收入 单位 亿元 1—3月 128.4 1—6月 263.0。"]
    places_rows = [["指标", "青崖市", "白沙市"], ["营业收入（亿元）", "128.4", "96.2"], ["营业收入增长（%）", "6.1", "-2.3"]]
    assert table_lines(places_rows) == ["青崖市 营业收入 128.4亿元 营业收入增长 6.1%。", "白沙市 营业收入 96.2亿元 营业收入增长 -2.3%。"]
