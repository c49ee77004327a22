"""Write the three synthetic issues of 琮州市《开发区运行简报》 from the text in issues.py (commit the outputs too).

    python evals/corpus_scan/make_issues.py

As a city's quarterly brief arrives: 一季度 a scanned PDF (the printed page, rendered at 170 dpi in grey, tilted a
little and speckled, each page an image and no text layer), 上半年 a text PDF in two columns whose appendix table has
no rules and runs onto the next page without its header, 前三季度 a `.docx` whose zones are Word headings and whose
table's numbers carry no unit (`单位：亿元、%` above it). The PDFs are printed by headless Chromium from `*.html.in`
(HTML, named so that neither the indexer nor the gold set reads the source beside its PDF).
"""
from __future__ import annotations

import html
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository: evals.bulletin_files
from evals.bulletin_files import office_scan_pdf, print_pdf  # noqa: E402
from issues import ISSUE_1, ISSUE_2, ISSUE_3  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "kaifaqu-yunxing-jianbao"
TABLE_GAP_MM = 22        # white above 上半年's appendix: 附表2 then breaks after 砚溪园区's row, onto page 3

STYLE = """@page { size: A4; margin: 20mm 18mm; }
  body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 11pt; line-height: 1.7; }
  .mast { text-align: center; border-bottom: 2px solid #b00; padding-bottom: 4pt; margin-bottom: 8pt; }
  .mast h1 { color: #b00; font-size: 24pt; letter-spacing: 3pt; margin: 0 0 4pt 0; }
  .mast p { margin: 0; text-indent: 0; text-align: center; }
  h2 { font-size: 13pt; margin: 10pt 0 4pt 0; font-family: "Noto Sans CJK SC", sans-serif; }
  h3 { font-size: 11.5pt; margin: 8pt 0 3pt 0; font-family: "Noto Sans CJK SC", sans-serif; }
  p { margin: 0 0 4pt 0; text-indent: 2em; text-align: justify; }
  p.sec { font-weight: bold; text-indent: 0; margin-top: 4pt; }
  p.caption { font-weight: bold; text-indent: 0; text-align: center; margin-top: 10pt; }
  p.unit { text-indent: 0; text-align: right; font-size: 9.5pt; }
  .cols { column-count: 2; column-gap: 9mm; }
  table { border-collapse: collapse; width: 100%; font-size: 10pt; margin-bottom: 8pt; }
  table.ruled th, table.ruled td { border: 1px solid #222; padding: 2pt 4pt; text-align: center; }
  table.bare td { border: none; padding: 3pt 6pt; text-align: right; white-space: nowrap; }
  table.bare td:first-child, table.bare td:nth-child(2) { text-align: left; }
  table.bare tr { break-inside: avoid; }
  .foot { border-top: 1px solid #333; margin-top: 14pt; font-size: 9.5pt; }
  .foot p { text-indent: 0; margin: 0; }"""


def _html_table(caption: str, unit: str, header: list[str], rows: list[list[str]], ruled: bool) -> str:
    """A ruled table (header cells as <th>), or a bare one whose columns only whitespace parts: no rule, no
    <thead> (so a page break does not repeat the header), the header an ordinary first row."""
    cell = "th" if ruled else "td"
    out = [f"<p class=\"caption\">{html.escape(caption)}</p>"]
    if unit:
        out.append(f"<p class=\"unit\">{html.escape(unit)}</p>")
    out += [f"<table class=\"{'ruled' if ruled else 'bare'}\">",
            "<tr>" + "".join(f"<{cell}>{html.escape(h)}</{cell}>" for h in header) + "</tr>"]
    out += ["<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows]
    return "\n".join(out + ["</table>"])


def write_html(blocks: list[tuple], path: Path, ruled: bool, table_gap_mm: int = 0) -> None:
    """The issue as one HTML page: masthead and part 一 across the page, parts 二 and 三 in two columns, the
    tables across the page (`table_gap_mm` of white above a table placed after the columns)."""
    title = f"{blocks[0][1][0]}（{blocks[0][1][1].split('（')[0]}）"
    body, in_cols = [], False
    for kind, *rest in blocks:
        if kind == "part" and rest[0].startswith("二") and not in_cols:
            body.append("<div class=\"cols\">")
            in_cols = True
        if kind in ("table", "footer") and in_cols:
            body.append("</div>")
            in_cols = False
            if kind == "table" and table_gap_mm:
                body.append(f"<div style=\"height:{table_gap_mm}mm\"></div>")
        if kind == "masthead":
            lines = rest[0]
            body.append(f"<div class=\"mast\"><h1>{html.escape(lines[0])}</h1>"
                        + "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:]) + "</div>")
        elif kind == "part":
            body.append(f"<h2>{html.escape(rest[0])}</h2>")
        elif kind == "zone":
            body.append(f"<h3>{html.escape(rest[0])}</h3>")
        elif kind == "section":
            body.append(f"<p class=\"sec\">{html.escape(rest[0])}</p>")
        elif kind == "table":
            body.append(_html_table(*rest, ruled=ruled))
        elif kind == "footer":
            body.append("<div class=\"foot\">" + "".join(f"<p>{html.escape(line)}</p>" for line in rest[0])
                        + "</div>")
        else:
            body.append(f"<p>{html.escape(rest[0])}</p>")
    path.write_text("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                    f"<title>{html.escape(title)}</title>\n<style>\n  {STYLE}\n</style>\n</head>\n<body>\n"
                    + "\n".join(body) + "\n</body>\n</html>\n", encoding="utf-8")


def write_docx(blocks: list[tuple], path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(12)
    doc.core_properties.title = f"{blocks[0][1][0]}（{blocks[0][1][1].split('（')[0]}）"
    for kind, *rest in blocks:
        if kind == "masthead":
            doc.add_paragraph(rest[0][0], style="Title")
            for line in rest[0][1:]:
                doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "part":
            doc.add_heading(rest[0], level=1)
        elif kind == "zone":
            doc.add_heading(rest[0], level=2)
        elif kind == "section":
            doc.add_paragraph().add_run(rest[0]).bold = True
        elif kind == "table":
            _word_table(doc, *rest)
        elif kind == "footer":
            for line in rest[0]:
                doc.add_paragraph(line)
        else:
            doc.add_paragraph(rest[0])
    doc.save(path)


def _word_table(doc, caption: str, unit: str, header: list[str], rows: list[list[str]]) -> None:
    cap = doc.add_paragraph()
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cap.add_run(caption).bold = True
    if unit:
        doc.add_paragraph(unit).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for r, row in enumerate([header, *rows]):
        for col, text in enumerate(row):
            table.cell(r, col).text = text


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        source = HERE / f"2026-04-{STEM}-di1qi.html.in"
        write_html(ISSUE_1, source, ruled=True)
        printed = Path(tmp) / "printed.pdf"
        print_pdf(source.read_text(encoding="utf-8"), printed)
        office_scan_pdf(printed, HERE / f"2026-04-{STEM}-di1qi.pdf")
    source = HERE / f"2026-07-{STEM}-di2qi.html.in"
    write_html(ISSUE_2, source, ruled=False, table_gap_mm=TABLE_GAP_MM)
    print_pdf(source.read_text(encoding="utf-8"), HERE / f"2026-07-{STEM}-di2qi.pdf")
    write_docx(ISSUE_3, HERE / f"2026-10-{STEM}-di3qi.docx")
    print("\n".join(sorted(p.name for p in HERE.iterdir())))
