"""Tables in a PDF's text layer: a narrow table in one column of a two-column bulletin printed by the real
Chromium, whose zone names and headers wrap inside their cells (鹤 / 高新 / 区, 固定资产投 / 资（亿元）), comes
out one sentence per row with whole names, whole headers and units, each row in the region of its zone's city;
and the unit rules on lines laid out by hand (a table without wrapped cells, prose that is no table)."""
from __future__ import annotations

from pathlib import Path

import pytest

from evals.bulletin_files import print_pdf
from index.layout import Line, reading_order
from index.layout_tables import read_tables
from index.loaders import load_file
from index.pipeline import chunk_document
from tests.conftest import CHROMIUM

CITY_PART = ("<h2>{city}市</h2><h3>一、运行态势</h3>" + "<p>1-9月，{city}经开区实现营业收入{a}亿元，同比增长5.1%；{city}高新区"
             "研发经费投入{b}亿元，全市开发区主要指标保持平稳增长，项目建设有序推进，营商环境持续优化。</p>" * 4)
ROWS = [("榕溪高新区", "862.5", "8.7", "146.3", "1268"), ("榕溪经开区", "574.1", "5.9", "98.6", "743"),
        ("苇塘经开区", "296.4", "-2.1", "63.8", "521")]


@pytest.fixture(scope="session")
def two_column_pdf(tmp_path_factory) -> Path:
    header = "".join(f"<th>{h}</th>" for h in ("开发区", "营业收入（亿元）", "同比增长（%）", "固定资产投资（亿元）", "入驻企业（家）"))
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    parts = CITY_PART.format(city="榕溪", a="1436.6", b="28.7") + CITY_PART.format(city="苇塘", a="296.4", b="3.9")
    page = ("<!doctype html><html><head><meta charset='utf-8'><title>某省开发区动态（2025年第3期）</title><style>"
            "body{font-family:sans-serif;font-size:10.5pt;line-height:1.6} .cols{column-count:2;column-gap:10mm}"
            "table{border-collapse:collapse;width:100%;font-size:9pt} td,th{border:1px solid #000;padding:2pt}"
            "</style></head><body><h1>某省开发区动态</h1><div class='cols'><p>今年前三季度，全省开发区主要经济指标保持"
            "平稳增长，现将两市开发区工作情况摘编如下。</p><table><caption>表1 重点开发区主要经济指标</caption>"
            f"<tr>{header}</tr>{rows}</table>{parts}</div></body></html>")
    out = tmp_path_factory.mktemp("pdf-tables") / "2025-10-dongtai.pdf"
    print_pdf(page, out, CHROMIUM)
    return out


def test_a_wrapped_table_in_a_column_reads_row_by_row(two_column_pdf):
    chunks, _ = chunk_document(load_file(two_column_pdf), two_column_pdf.name)
    rows = [c for c in chunks if c["text"].startswith(tuple(r[0] for r in ROWS))]
    assert [c["text"] for c in rows] == [
        f"{name} 营业收入 {a}亿元 同比增长 {b}% 固定资产投资 {c}亿元 入驻企业 {d}家。" for name, a, b, c, d in ROWS]
    assert [c["region"] for c in rows] == ["榕溪", "榕溪", "苇塘"]


def _cells(y: float, texts: list[tuple[float, str]]) -> list[Line]:
    return [Line(x, y, x + 10 * len(t), y + 9, t) for x, t in texts]


def test_a_table_without_wrapped_cells_has_a_row_per_line_and_prose_is_left_alone():
    prose = [Line(50, 60, 300, 70, "全市开发区营业收入86.5亿元，同比增长8.4%。")]
    table = _cells(90, [(50, "开发区"), (120, "营业收入（亿元）"), (300, "企业（家）")]) + \
        _cells(106, [(50, "榕溪高新区"), (140, "86.5"), (310, "12")]) + \
        _cells(122, [(50, "苇塘经开区"), (140, "30.2"), (310, "7")])
    lines = read_tables(prose + table, 9)
    assert [ln.text for ln in lines] == ["全市开发区营业收入86.5亿元，同比增长8.4%。", "榕溪高新区 营业收入 86.5亿元 企业 12家。",
                                         "苇塘经开区 营业收入 30.2亿元 企业 7家。"]
    assert [ln.whole for ln in lines] == [False, True, True]


ZONES = [("青梧市", "青梧经开区", "731.25", "12.6", "20315"), ("青梧市", "青梧高新区", "488.09", "-2.4", "7342"),
         ("青梧市", "青梧综保区", "96.37", "15.8", "3120"), ("澜沧市", "澜沧高新区", "254.61", "6.3", "1875")]
RULED_PAGE = """<!doctype html><html><head><meta charset='utf-8'><style>
body{{font-family:serif;font-size:11pt}} table{{border-collapse:collapse;width:100%;font-size:10pt}}
th,td{{border:1px solid #333;padding:2pt 4pt;text-align:center}}</style></head><body>
<p>上半年，全省开发区主要指标平稳增长，各开发区情况见附表。</p><p>附表：各开发区主要指标（2026年1-6月）</p><table>
<tr><th rowspan="2">市</th><th rowspan="2">开发区</th><th colspan="2">营业收入</th><th rowspan="2">实际使用外资（万美元）</th></tr>
<tr><th>绝对值（亿元）</th><th>增速（%）</th></tr>
<tr><td rowspan="3">{city}</td>{rest}</tr>{rows}<tr><td>{last_city}</td>{last}</tr></table>
<p>报：省委办公厅、省政府办公厅　　送：各设区市人民政府　　发：各设区市商务局</p></body></html>"""


@pytest.fixture(scope="session")
def ruled_pdf(tmp_path_factory) -> Path:
    cells = ["".join(f"<td>{c}</td>" for c in zone[1:]) for zone in ZONES]
    page = RULED_PAGE.format(city=ZONES[0][0], rest=cells[0], rows="".join(f"<tr>{c}</tr>" for c in cells[1:3]),
                             last_city=ZONES[3][0], last=cells[3])
    out = tmp_path_factory.mktemp("pdf-ruled") / "2026-07-tongbao.pdf"
    print_pdf(page, out, CHROMIUM)
    return out


def test_a_ruled_table_reads_row_by_row_with_its_merged_city_in_every_row(ruled_pdf):
    """Centred cells apart by less than a gutter, a city cell centred over three rows, a two-row header with
    a merged cell: each row one sentence with whole figures, the city beside each of its zones."""
    text = load_file(ruled_pdf).text
    rows = [ln for ln in text.splitlines() if ln.startswith(tuple(z[1] for z in ZONES))]
    assert rows == [f"{zone} {city} 营业收入 {a}亿元 营业收入增速 {b}% 实际使用外资 {c}万美元。"
                    for city, zone, a, b, c in ZONES]


def test_pieces_of_one_row_across_the_columns_read_once():
    """A footer row whose pieces cross two column gutters (报：… 送：… 发：…) is one band edge, read once."""
    columns = [Line(x, 100 + 20 * k, x + 150, 110 + 20 * k, f"第{n}栏第{k}行正文内容。") for n, x in enumerate((50, 230, 410))
               for k in range(6)]
    footer = [Line(50, 300, 300, 310, "报：省委办公厅"), Line(320, 300, 560, 310, "送：各设区市人民政府")]
    read = [ln.text for block in reading_order(columns + footer) for ln in block]
    assert read[-2:] == ["报：省委办公厅", "送：各设区市人民政府"] and len(read) == len(columns) + 2



WIDTHS = (60, 110, 110, 90, 150)  # px; the grid below is drawn to these columns and 28px rows
SVG_PAGE = """<!doctype html><html><head><meta charset='utf-8'><style>body{{font-family:serif;font-size:11pt}}
.t{{position:relative;width:520px}} table{{border-collapse:collapse;table-layout:fixed;width:520px;font-size:10pt}}
td{{height:28px;padding:0;text-align:center;box-sizing:border-box}} svg{{position:absolute;left:0;top:0}}</style></head>
<body><p>附表：各开发区主要指标（2026年1-6月）</p><div class='t'><table>{cols}{rows}</table>
<svg width='520' height='{height}'><path d='{path}' stroke='#000' stroke-width='1' fill='none'/></svg></div></body></html>"""


@pytest.fixture(scope="session")
def one_path_grid_pdf(tmp_path_factory) -> Path:
    """The ruled table again, its borders drawn as one stroked path of many lines (as office suites draw a grid)."""
    header = ("市", "开发区", "营业收入（亿元）", "增速（%）", "实际使用外资（万美元）")
    body = [("<td rowspan='3'>" + ZONES[0][0] + "</td>" if k == 0 else "" if k < 3 else f"<td>{z[0]}</td>")
            + "".join(f"<td>{c}</td>" for c in z[1:]) for k, z in enumerate(ZONES)]
    rows = "".join(f"<tr>{r}</tr>" for r in ["".join(f"<td>{h}</td>" for h in header)] + body)
    xs = [sum(WIDTHS[:i]) for i in range(len(WIDTHS) + 1)]
    ys = [28 * j for j in range(len(ZONES) + 2)]
    lines = [f"M{x} 0 L{x} {ys[-1]}" for x in xs] + [f"M{xs[0 if j in (0, 1, 4, 5) else 1]} {y} L{xs[-1]} {y}"
                                                     for j, y in enumerate(ys)]  # none over the city's merged cell
    page = SVG_PAGE.format(cols="".join(f"<col style='width:{w}px'>" for w in WIDTHS), rows=rows, height=ys[-1],
                           path=" ".join(lines))
    out = tmp_path_factory.mktemp("pdf-grid") / "2026-07-tongbao.pdf"
    print_pdf(page, out, CHROMIUM)
    return out


def test_a_grid_drawn_as_one_stroked_path_reads_row_by_row(one_path_grid_pdf):
    text = load_file(one_path_grid_pdf).text
    rows = [ln for ln in text.splitlines() if ln.startswith(tuple(z[1] for z in ZONES))]
    assert rows == [f"{zone} {city} 营业收入 {a}亿元 增速 {b}% 实际使用外资 {c}万美元。" for city, zone, a, b, c in ZONES]
