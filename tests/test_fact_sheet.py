"""The 数据 tab's data side without a browser: filtering the facts, the CSV and .xlsx of the sample's facts
(read back with Python's csv module and openpyxl), and which charts a selection makes."""
from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from index.fact_sheet import COLUMNS, FactFilter, FactIndex, choices, write_csv, write_xlsx
from tests.test_qa import cleaned_text
from ui.answer_chart import render_answer_chart
from ui.data_charts import chart_specs

HEADERS = [header for _, header in COLUMNS]
COLUMN = {key: i for i, (key, _) in enumerate(COLUMNS)}


@pytest.fixture(scope="module")
def facts(sample_index) -> list[dict]:
    facts = sample_index.qa.snapshot.facts
    assert len(facts) > 50  # the sample states dozens of figures
    return facts


def _check_rows(rows: list[list], facts: list[dict], docs_dir) -> None:
    """One row per fact, in order; each figure stands at its offsets of the cleaned bulletin it names."""
    assert len(rows) == len(facts)
    for row, fact in zip(rows, facts):
        figure, doc = str(row[COLUMN["figure"]]), row[COLUMN["doc"]]
        start, end = int(row[COLUMN["start"]]), int(row[COLUMN["end"]])
        assert figure == fact["figure"] and doc == fact["doc"]
        assert cleaned_text(docs_dir / doc)[start:end] == figure
        assert figure in row[COLUMN["quote"]]
        assert row[COLUMN["region"]] == fact["region"] and row[COLUMN["indicator"]] == fact["indicator"]


def test_csv_export_of_the_sample_reads_back_with_chinese_intact(facts, sample_index, tmp_path) -> None:
    path = write_csv(facts, tmp_path / "公报数据.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM Excel and WPS need to read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == HEADERS
    _check_rows(rows[1:], facts, sample_index.docs_dir)
    assert any("晋中" in row[COLUMN["region"]] for row in rows[1:])


def test_xlsx_export_of_the_sample_opens_with_openpyxl(facts, sample_index, tmp_path) -> None:
    path = write_xlsx(facts, tmp_path / "公报数据.xlsx")
    sheet = load_workbook(path, read_only=True)["数据"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == HEADERS
    _check_rows(rows[1:], facts, sample_index.docs_dir)
    numbers = [r[COLUMN["number"]] for r in rows[1:]]
    assert all(isinstance(n, (int, float)) for n in numbers if n is not None)  # numbers Excel can sum


def test_xlsx_keeps_text_that_looks_like_a_formula_as_text(tmp_path) -> None:
    fact = {"region": "甲", "indicator": "=HYPERLINK(\"x\")", "figure": "3个", "quote": "=1+1", "doc": "a.txt"}
    sheet = load_workbook(write_xlsx([fact], tmp_path / "f.xlsx"))["数据"]
    assert sheet.cell(2, COLUMN["quote"] + 1).data_type == "s"
    assert sheet.cell(2, COLUMN["indicator"] + 1).value == "=HYPERLINK(\"x\")"


def test_filter_and_choices(facts) -> None:
    offered = choices(facts)
    assert {"晋中", "阳泉"} <= set(offered["region"]) and offered["indicator"] and offered["period"]
    indicator = max(offered["indicator"], key=lambda i: sum(f["indicator"] == i for f in facts))
    index = FactIndex(facts)
    rows = index.select(FactFilter(indicator=indicator))
    assert rows and all(f["indicator"] == indicator for f in rows)
    assert len(rows) == sum(f["indicator"] == indicator for f in facts)
    for region in offered["region"]:
        both = index.select(FactFilter(region=region, indicator=indicator))
        assert both == [f for f in rows if f["region"] == region]  # the same order as the wider selection
    everything = index.select(FactFilter())
    assert len(everything) == len(facts) and everything == sorted(everything, key=lambda f: f["indicator"] or "")
    assert index.select(FactFilter(indicator="没有这个指标")) == []


def _fact(entity: str, indicator: str, number: float, unit: str, period: str, as_of: int) -> dict:
    return {"entity": entity, "region": entity[:2], "indicator": indicator, "number": number, "unit": unit,
            "figure": f"{number:g}{unit}", "period": period, "as_of": as_of}


def test_one_indicator_over_periods_is_a_line_per_entity_and_units_never_share_an_axis() -> None:
    rows = [_fact("甲市", "投资", 10, "亿元", "一季度", 202403), _fact("甲市", "投资", 25, "亿元", "上半年", 202406),
            _fact("乙市", "投资", 5, "亿元", "上半年", 202406), _fact("乙市", "投资", 9, "亿元", "一季度", 202403),
            _fact("丙市", "投资", 7, "亿元", "上半年", 202406), _fact("甲市", "投资", 3, "%", "一季度", 202403),
            _fact("甲市", "投资", 4, "%", "上半年", 202406)]
    specs = chart_specs(rows)
    assert [(s.kind, s.unit) for s in specs] == [("line", "亿元"), ("line", "%")]
    money = specs[0]
    assert money.order == ["一季度", "上半年"] and set(money.frame["series"]) == {"甲市", "乙市"}
    assert "丙市" in money.note  # one point is no line: said, not drawn
    assert list(specs[1].frame["y"]) == [3, 4]


def test_one_period_is_bars_and_an_unrelated_mix_is_no_chart() -> None:
    rows = [_fact("甲市", "投资", 10, "亿元", "上半年", 202406), _fact("乙市", "投资", 5, "亿元", "上半年", 202406),
            _fact("乙市", "投资", 5, "亿元", "上半年", 202406)]  # the same figure twice: one bar
    (spec,) = chart_specs(rows)
    assert spec.kind == "bar" and list(spec.frame["x"]) == ["甲市", "乙市"] and list(spec.frame["y"]) == [10, 5]
    mixed = rows + [_fact("甲市", "产值", 3, "亿元", "一季度", 202403)]
    assert chart_specs(mixed) == []


def test_answer_chart_bars_per_unit() -> None:
    table = [{"entity": "甲市", "value": "83.7亿元", "unit": "亿元", "period": "三季度", "n": 1},
             {"entity": "乙市", "value": "36.48亿元", "unit": "亿元", "period": "三季度", "n": 2},
             {"entity": "乙市", "value": "5.9%", "unit": "%", "period": "三季度", "n": 2}]
    html = render_answer_chart(table)
    assert html.count('class="bqa-chart"') == 1  # a lone % figure is no comparison
    assert "width:100.0%" in html and "width:43.6%" in html and "36&#46;48亿元" in html  # escaped as in the chat
    assert render_answer_chart(None) == "" and render_answer_chart(table[:1]) == ""
