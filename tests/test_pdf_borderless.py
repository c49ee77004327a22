"""Borderless tables in a PDF (columns aligned by whitespace only, as Word and typesetting export them), printed
by the real Chromium and LibreOffice: each row comes out one sentence with its zone, its headers and their units,
whether the headers wrap in their cells (营业收入 / （亿元）), span two levels (进出口 over 总额 | 增速), a cell is
blank, the table stands between prose paragraphs, continues on the next page under no header, is ruled only above,
below and under its header (a three-line table), or sits in one column of a two-column page; prose around it reads
as before. The real index and QA then cite each figure with its zone; rules on hand-laid lines."""
from __future__ import annotations

import re

import subprocess
import tempfile
from pathlib import Path

import docx
import pytest

from evals.bulletin_files import print_pdf
from index.layout import Line, page_texts
from index.layout_tables import read_tables
from index.loaders import load_file
from index.office import soffice
from index.pipeline import IndexingPipeline
from qa.pipeline import BulletinQA
from tests.conftest import CHROMIUM, settings_under

STYLE = ("body{font-family:serif;font-size:11pt;line-height:1.6} table{border-collapse:collapse;font-size:10pt}"
         "td,th{padding:1pt 5pt;font-weight:normal;vertical-align:middle;text-align:center}"
         "td:first-child{text-align:left} .next{page-break-before:always}"
         ".three{border-top:1.5px solid #000;border-bottom:1.5px solid #000} .three th{border-bottom:1px solid #000}")
# zone, city, 营业收入（亿元）, 增速（%）, 进出口总额（亿元）, 进出口增速（%）, 入驻企业（家）; '' is a blank cell
FIRST = [("云岫高新区", "云岫", "862.5", "8.1", "213.4", "12.6", "1268"),
         ("云岫经开区", "云岫", "574.1", "5.9", "98.7", "-3.2", "743"),
         ("石渠经开区", "石渠", "296.4", "-2.1", "", "", "521")]
CONTINUED = [("石渠综保区", "石渠", "188.3", "15.4", "402.9", "21.7", "96"),
             ("枫亭高新区", "枫亭", "351.8", "7.3", "64.2", "4.8", "388")]
WIDTHS = "<colgroup><col style='width:30mm'><col style='width:21mm'><col style='width:17mm'><col style='width:22mm'>" \
         "<col style='width:17mm'><col style='width:22mm'></colgroup>"
HEADER = ("<tr><th rowspan='2'>开发区</th><th rowspan='2'>营业收入（亿元）</th><th rowspan='2'>增速（%）</th>"
          "<th colspan='2'>进出口</th><th rowspan='2'>入驻企业（家）</th></tr><tr><th>总额（亿元）</th><th>增速（%）</th></tr>")
PROSE = ("<p>上半年，全省开发区坚持稳中求进，主要经济指标总体平稳，重点项目建设有序推进，营商环境持续优化，"
         "开放型经济发展势头良好，为全年目标任务完成打下了坚实基础。</p>")
CITIES = ("<h3>云岫市</h3><p>云岫市开发区聚焦主导产业，上半年新签约项目34个，总投资286.5亿元。</p>"
          "<h3>石渠市</h3><p>石渠市开发区加快转型升级，上半年新增规上工业企业17家。</p>"
          "<h3>枫亭市</h3><p>枫亭市开发区深化改革创新，上半年完成固定资产投资93.6亿元，同比增长6.7%。</p>")
# a second, different table straight after prose on the next page: its own header, not the first table's; ruled
# above and below and under its header only (a three-line table), which gives no grid of borders
SECOND = [("云岫高新区", "46", "15.2"), ("石渠经开区", "23", "8.9"), ("枫亭高新区", "12", "3.1")]
SECOND_TABLE = ("<table class='three'><tr><th>开发区</th><th>新签约项目（个）</th><th>签约投资额（亿元）</th></tr>"
                + "".join(f"<tr><td>{z}</td><td>{n}</td><td>{v}</td></tr>" for z, n, v in SECOND) + "</table>")


def _rows(rows) -> str:
    return "".join("<tr>" + "".join(f"<td>{c}</td>" for c in (r[0], *r[2:])) + "</tr>" for r in rows)


def one_column_page() -> str:
    """Prose, a borderless table with a two-level header, prose; the table runs on over the page break
    with no repeated header (a table of its own, same columns, as the printer lays it out), then prose and
    another table."""
    return ("<!doctype html><html><head><meta charset='utf-8'><title>某省开发区运行通报（2026年第2期）</title>"
            f"<style>{STYLE}</style></head><body><h1>某省开发区运行通报</h1>{PROSE * 3}"
            "<p>表1 2026年1-6月重点开发区主要经济指标</p>"
            f"<table>{WIDTHS}{HEADER}{_rows(FIRST)}</table>"
            f"<table class='next'>{WIDTHS}{_rows(CONTINUED)}</table>"
            f"{PROSE}<p>表2 2026年1-6月重点开发区招商引资情况</p>{SECOND_TABLE}{PROSE}{CITIES}</body></html>")


NARROW = [("澜台高新技术产业开发区", "澜台", "731.25", "12.6", "20315"), ("澜台经开区", "澜台", "488.09", "-2.4", "7342"),
          ("鹭川高新区", "鹭川", "96.37", "15.8", "3120")]


CITY_PROSE = "<p>{c}市开发区上半年聚焦主导产业链，加快项目建设，扩大有效投资，推动产业集群发展，营商环境持续优化。</p>"


def two_column_page() -> str:
    """A narrow borderless table in the left column of a two-column page; zone names and headers wrap."""
    rows = "".join(f"<tr><td>{z}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for z, _, a, b, c in NARROW)
    prose = CITY_PROSE * 4
    return ("<!doctype html><html><head><meta charset='utf-8'><title>某省开发区动态（2026年第4期）</title>"
            f"<style>{STYLE} .cols{{column-count:2;column-gap:10mm}} td,th{{padding:1pt 4pt}}</style></head><body>"
            f"<h1>某省开发区动态</h1><div class='cols'>{PROSE}<p>表1 重点开发区主要指标</p>"
            "<table><colgroup><col style='width:22mm'><col span='3' style='width:18mm'></colgroup><tr><th>开发区</th><th>营业收入（亿元）</th><th>同比增长（%）</th><th>税收收入（万元）</th></tr>"
            f"{rows}</table><h3>澜台市</h3>{prose.format(c='澜台')}<h3>鹭川市</h3>{prose.format(c='鹭川')}"
            "</div></body></html>")


def _sentence(zone: str, a: str, b: str, c: str, d: str, e: str) -> str:
    trade = f" 进出口 {c}亿元 进出口增速 {d}%" if c else ""  # 总额 under 进出口 says only that it is the amount
    return f"{zone} 营业收入 {a}亿元 增速 {b}%{trade} 入驻企业 {e}家。"


@pytest.fixture(scope="session")
def borderless_pdfs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf-borderless")
    out = {"one": folder / "2026-07-yunxing-tongbao.pdf", "two": folder / "2026-08-kaifaqu-dongtai.pdf"}
    print_pdf(one_column_page(), out["one"], CHROMIUM)
    print_pdf(two_column_page(), out["two"], CHROMIUM)
    return out


def test_a_borderless_table_reads_row_by_row_across_the_page_break(borderless_pdfs):
    """Wrapped and two-level headers, a blank cell, rows continued on the next page under the first page's
    header, a second table with its own header; the prose around them as it was."""
    lines = [ln for ln in load_file(borderless_pdfs["one"]).text.splitlines() if ln]  # pages part by a blank line
    rows = [ln for ln in lines if ln.startswith(tuple(r[0] for r in FIRST + CONTINUED)) and "营业收入" in ln]
    assert rows == [_sentence(z, *rest) for z, _, *rest in FIRST + CONTINUED]
    second = [ln for ln in lines if "签约投资额" in ln and not ln.startswith("表2")]
    assert second == [f"{z} 新签约项目 {n}个 签约投资额 {v}亿元。" for z, n, v in SECOND]
    prose = PROSE[3:-4]
    assert lines.count(prose) == 5 and "表1 2026年1-6月重点开发区主要经济指标" in lines
    assert not [ln for ln in lines if "进出口" in ln and "营业收入" not in ln]  # no header left over as prose
    assert len(lines) == 1 + 5 + 2 + len(FIRST + CONTINUED) + len(SECOND) + 6


def test_a_narrow_borderless_table_in_a_column_reads_row_by_row(borderless_pdfs):
    """Cells closer than a column gutter (a run-on header), a zone name wrapped over three lines."""
    lines = load_file(borderless_pdfs["two"]).text.splitlines()
    rows = [ln for ln in lines if ln.startswith(tuple(r[0] for r in NARROW))]
    assert rows == [f"{z} 营业收入 {a}亿元 同比增长 {b}% 税收收入 {c}万元。" for z, _, a, b, c in NARROW]
    assert lines[:3] == ["某省开发区动态", PROSE[3:-4], "表1 重点开发区主要指标"]
    assert [lines.count(CITY_PROSE.format(c=c)[3:-4]) for c in ("澜台", "鹭川")] == [4, 4]  # the other column


@pytest.fixture(scope="session")
def borderless_qa(borderless_pdfs, tmp_path_factory, embedding) -> BulletinQA:
    settings = settings_under(tmp_path_factory.mktemp("pdf-borderless-index"))
    for path in borderless_pdfs.values():
        (settings.docs_dir / path.name).write_bytes(path.read_bytes())
    assert not IndexingPipeline(settings, embedding).run().errors
    return BulletinQA(settings, embedding)


@pytest.mark.parametrize("question, zone, figure", [
    ("云岫高新区上半年营业收入是多少？", "云岫高新区", "862.5亿元"),
    ("云岫经开区进出口增速多少", "云岫经开区", "-3.2%"),
    ("石渠综保区进出口总额是多少亿元？", "石渠综保区", "402.9亿元"),  # a row continued on the next page
    ("枫亭高新区入驻企业有多少家", "枫亭高新区", "388家"),
    ("石渠经开区签约投资额多少", "石渠经开区", "8.9亿元"),
    ("澜台经开区营收同比增长多少？", "澜台经开区", "-2.4%"),
    ("鹭川高新区税收收入是多少", "鹭川高新区", "3120万元"),
])
def test_a_borderless_row_answers_with_its_zone(borderless_qa, question, zone, figure):
    result = borderless_qa.ask(question)
    cite = result["citations"][0]
    assert figure in result["answer"] and figure in cite["quote"] and zone in cite["quote"], result["answer"]
    assert cite["region"] == zone[:2]  # the zone's city (each invented zone is named after it)


def _cells(y: float, texts: list[tuple[float, str]]) -> list[Line]:
    return [Line(x, y, x + 10 * len(t), y + 9, t) for x, t in texts]


HEAD = _cells(90, [(50, "开发区"), (150, "营业收入（亿元）"), (330, "企业（家）")])


def test_the_next_tables_caption_ends_a_table():
    """Two tables one under the other, the second's caption between them inside the first's wide column: the second
    is read under its own header, never the first's (a 总投资（亿元） over a 外资（万美元） column would print a figure
    in the wrong unit)."""
    first = _cells(90, [(50, "项目名称"), (200, "总投资（亿元）"), (330, "开工时间")]) + [
        *_cells(106, [(50, "新能源汽车电驱系统项目"), (200, "28.0"), (330, "5月16日")]),
        *_cells(122, [(50, "一体化压铸车身件项目"), (200, "11.5"), (330, "4月12日")])]
    caption = _cells(146, [(60, "附表2主要指标")])
    second = _cells(162, [(50, "开发区"), (200, "营业收入（亿元）"), (330, "外资（万美元）")]) + [
        *_cells(178, [(50, "澜台经开区"), (200, "86.5"), (330, "4730")]),
        *_cells(194, [(50, "鹭川经开区"), (200, "30.2"), (330, "2150")])]
    assert [ln.text for ln in read_tables(first + caption + second, 9)] == [
        "新能源汽车电驱系统项目 总投资 28.0亿元 开工时间 5月16日。", "一体化压铸车身件项目 总投资 11.5亿元 开工时间 4月12日。",
        "附表2主要指标", "澜台经开区 营业收入 86.5亿元 外资 4730万美元。", "鹭川经开区 营业收入 30.2亿元 外资 2150万美元。"]


def test_a_row_of_a_tilted_scan_is_one_row():
    """A scanned page a little tilted: a row's left figures stand a few pixels below its right ones, its wrapped zone
    name over two lines (澜台经开 / 区); every figure stays with its zone and its column's header."""
    head = _cells(90, [(50, "开发区"), (150, "营业收入（亿元）"), (260, "增速（%）"), (330, "企业（家）")])
    row = _cells(104, [(50, "澜台经开")]) + _cells(106, [(330, "63")]) + _cells(112, [(150, "86.5"), (260, "8.1")]) \
        + _cells(117, [(50, "区")])
    other = _cells(140, [(50, "鹭川经开区"), (150, "30.2"), (260, "-2.4"), (330, "7")])
    assert [ln.text for ln in read_tables(head + row + other, 9)] == [
        "澜台经开区 营业收入 86.5亿元 增速 8.1% 企业 63家。", "鹭川经开区 营业收入 30.2亿元 增速 -2.4% 企业 7家。"]


@pytest.mark.parametrize("name_at, figures_at", [((106, 118), 106), ((104, 116), 110)], ids=["top", "middle"])
def test_a_wrapped_row_header_joins_the_row_its_figures_are_on(name_at, figures_at):
    """A zone name over two lines, its figures on its first line (Word's top alignment) or between its
    lines (centred): one row, the next row its own."""
    lines = HEAD + _cells(name_at[0], [(50, "澜台高新技")]) + _cells(name_at[1], [(50, "术产业开发区")]) + \
        _cells(figures_at, [(170, "86.5"), (350, "12")]) + _cells(134, [(50, "鹭川经开区"), (170, "30.2"), (350, "7")])
    assert [ln.text for ln in read_tables(lines, 9)] == ["澜台高新技术产业开发区 营业收入 86.5亿元 企业 12家。",
                                                         "鹭川经开区 营业收入 30.2亿元 企业 7家。"]


def _continued(between: list[Line], columns: tuple[float, ...] = (50, 170, 350), lead: list[Line] = ()) -> list[str]:
    first = HEAD + _cells(106, [(50, "澜台经开区"), (170, "86.5"), (350, "12")]) + \
        _cells(122, [(50, "鹭川经开区"), (170, "30.2"), (350, "7")]) + between
    rest = [Line(x, y, x + 10 * len(t), y + 9, t) for y, row in ((100, ("石渠综保区", "18.3", "9")),
                                                                 (116, ("枫亭高新区", "35.1", "4"))) for x, t in zip(columns, row)]
    return page_texts([first, [*lead, *rest]], [800, 800])[1].splitlines()


def test_rows_under_no_header_go_on_under_the_table_the_last_page_ended_on():
    rows = ["石渠综保区 营业收入 18.3亿元 企业 9家。", "枫亭高新区 营业收入 35.1亿元 企业 4家。"]
    assert _continued([]) == rows
    assert _continued([], lead=_cells(80, [(50, "续表1")])) == ["续表1", *rows]


def test_rows_under_no_header_borrow_none_after_prose_or_from_other_columns():
    """Prose read after the table, or other column positions: the rows are read with no header, not another's."""
    prose = [Line(50, 150, 400, 159, "上半年全省开发区主要指标保持平稳增长，重点项目建设有序推进。")]
    assert _continued(prose) == ["石渠综保区 18.3 9。", "枫亭高新区 35.1 4。"]
    assert _continued([], columns=(50, 250, 300)) == ["石渠综保区 18.3 9。", "枫亭高新区 35.1 4。"]


def test_a_caption_or_unit_note_right_above_the_header_heads_no_column():
    """A caption centred over the whole table and a unit note over its last column, a line above its header."""
    above = _cells(78, [(160, "表3 开发区主要指标")]) + _cells(66, [(330, "单位：亿元")])
    rows = _cells(106, [(50, "澜台经开区"), (170, "86.5"), (350, "12")])
    lines = [ln.text for ln in read_tables(above + HEAD + rows + _cells(122, [(50, "鹭川经开区"), (170, "30.2"), (350, "7")]), 9)]
    assert lines == ["单位：亿元", "表3 开发区主要指标", "澜台经开区 营业收入 86.5亿元 企业 12家。", "鹭川经开区 营业收入 30.2亿元 企业 7家。"]


WORD_ROWS = [("开发区", "营业收入（亿元）", "增速（%）", "进出口总额（亿元）", "入驻企业（家）"),
             ("云岫高新技术产业开发区", "862.5", "8.1", "213.4", "1268"), ("云岫经开区", "574.1", "5.9", "", "743"),
             ("石渠经开区", "296.4", "-2.1", "45.6", "521")]


@pytest.fixture(scope="session")
def word_pdf(tmp_path_factory) -> Path:
    """A .docx table in Word's default style (no borders, cells top-aligned and left-aligned), exported to PDF
    by LibreOffice: the header and a zone name wrap in their cells."""
    document = docx.Document()
    document.add_paragraph("上半年，全省开发区坚持稳中求进，主要经济指标总体平稳，重点项目建设有序推进，营商环境持续优化。")
    document.add_paragraph("表1 2026年1-6月重点开发区主要经济指标")
    table = document.add_table(rows=len(WORD_ROWS), cols=len(WORD_ROWS[0]))
    for cells, row in zip(table.rows, WORD_ROWS):
        for cell, text in zip(cells.cells, row):
            cell.text = text
    document.add_paragraph("石渠市开发区加快转型升级，上半年新增规上工业企业17家，完成固定资产投资93.6亿元，同比增长6.7%。")
    folder = tmp_path_factory.mktemp("pdf-word")
    source = folder / "2026-07-tongbao.docx"
    document.save(str(source))
    with tempfile.TemporaryDirectory(prefix="bqa-pdf-") as profile:
        subprocess.run([soffice(), f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--convert-to",
                        "pdf", "--outdir", str(folder), str(source)], capture_output=True, timeout=180, check=True)
    return source.with_suffix(".pdf")


def test_a_word_table_exported_by_libreoffice_reads_row_by_row(word_pdf):
    lines = load_file(word_pdf).text.splitlines()
    assert lines[2:5] == [
        "云岫高新技术产业开发区 营业收入 862.5亿元 增速 8.1% 进出口总额 213.4亿元 入驻企业 1268家。",
        "云岫经开区 营业收入 574.1亿元 增速 5.9% 入驻企业 743家。",
        "石渠经开区 营业收入 296.4亿元 增速 -2.1% 进出口总额 45.6亿元 入驻企业 521家。"]
    assert len(lines) == 6 and lines[5].startswith("石渠市开发区加快转型升级")


BESIDE = [("澜台高新区", "731.25", "12.6", "20315"), ("澜台经开区", "488.09", "-2.4", "7342"), ("鹭川高新区", "96.37", "15.8", "3120")]


def test_a_table_alone_in_its_column_leaves_the_prose_beside_it_whole(tmp_path):
    """A page of two columns, the left one only a table (its zone names wrapped, figures centred between their
    lines): the right column's paragraphs read whole, as before; each zone's figures on one line with it."""
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in BESIDE)
    page = ("<!doctype html><html><head><meta charset='utf-8'><style>body{font-family:serif;font-size:11pt;"
            "line-height:1.6} .g{display:flex;gap:10mm} .g>div{flex:1} table{border-collapse:collapse;font-size:10pt}"
            "td,th{padding:1pt 4pt}</style></head><body><h1>某省开发区动态</h1><div class='g'><div><table><tr><th>开发区</th>"
            f"<th>营业收入（亿元）</th><th>增速（%）</th><th>税收（万元）</th></tr>{rows}</table></div>"
            f"<div>{CITY_PROSE.format(c='澜台') * 3}</div></div></body></html>")
    out = tmp_path / "2026-08-dongtai.pdf"
    print_pdf(page, out, CHROMIUM)
    lines = load_file(out).text.splitlines()
    assert lines.count(CITY_PROSE.format(c="澜台")[3:-4]) == 3
    for zone, *figures in BESIDE:  # its figures in order on its line (the header beside prose is a known limit)
        line = next(ln for ln in lines if ln.startswith(zone))
        assert re.fullmatch(".*?".join(map(re.escape, [zone, *figures])) + r"\D*", line), line


def test_a_header_beside_another_on_its_row_spans_no_column_of_the_other():
    """Left-aligned headers wider than their figures: 同比增速（%） happens to be centred over its column and the
    next, where 税收（万元） stands on the same row; it heads its own column only."""
    head = _cells(90, [(50, "开发区"), (150, "营业收入（亿元）"), (260, "同比增速（%）"), (335, "税收（万元）")])
    rows = [_cells(106 + 16 * k, [(50, zone), (150, a), (260, b), (330, c)])
            for k, (zone, a, b, c) in enumerate([("澜台经开区", "86.5", "8.1", "12"), ("鹭川经开区", "30.2", "-2.4", "7")])]
    assert [ln.text for ln in read_tables(head + rows[0] + rows[1], 9)] == [
        "澜台经开区 营业收入 86.5亿元 同比增速 8.1% 税收 12万元。", "鹭川经开区 营业收入 30.2亿元 同比增速 -2.4% 税收 7万元。"]
