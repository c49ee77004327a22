"""Write the three synthetic issues of 棠江省《开发区工作通报》 from the text in issues.py (commit the outputs too).

    python evals/corpus_inline/make_issues.py

As a real series arrives: 第1期 a legacy Word `.doc` (written as .docx with python-docx, then converted by
`soffice --headless --convert-to doc`), 第2期 a `.docx`, 第3期 a PDF that headless Chromium prints from
`*.html.in` (HTML, named so that neither the indexer nor the gold set reads the source beside its PDF).
"""
from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository: evals.bulletin_files
from evals.bulletin_files import print_pdf  # noqa: E402
from issues import ISSUE_1, ISSUE_2, ISSUE_3  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "kaifaqu-gongzuo-tongbao"


def _word_table(doc, caption: str, header: list[str], rows: list[list[str]], merge_first: bool) -> None:
    doc.add_paragraph().add_run(caption).bold = True
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for col, text in enumerate(header):
        table.cell(0, col).text = text
    for r, row in enumerate(rows, start=1):
        for col, text in enumerate(row):
            if not (col == 0 and merge_first and r > 1 and row[0] == rows[r - 2][0]):
                table.cell(r, col).text = text       # the city stands once, atop its merged cell
    if merge_first:
        _merge_runs(table, rows)


def _merge_runs(table, rows: list[list[str]]) -> None:
    """Merge the city column vertically over each run of rows of the same city."""
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][0] != rows[start][0]:
            if i - start > 1:
                table.cell(1 + start, 0).merge(table.cell(i, 0))
                table.cell(1 + start, 0).text = rows[start][0]
            start = i


def write_docx(blocks: list[tuple], path: Path, part_as_heading: bool) -> None:
    doc = Document()
    doc.styles["Normal"].font.size = Pt(12)
    doc.core_properties.title = f"{blocks[0][1]}（{blocks[1][1].split('（')[0]}）"
    for kind, *rest in blocks:
        if kind == "title":
            doc.add_paragraph(rest[0], style="Title")
        elif kind == "part" and part_as_heading:
            doc.add_heading(rest[0], level=1)
        elif kind == "part":
            doc.add_paragraph().add_run(rest[0]).bold = True
        elif kind == "run":
            para = doc.add_paragraph()
            para.add_run(rest[0]).bold = True
            para.add_run(rest[1])
        elif kind in ("zones", "rank"):
            _word_table(doc, *rest, merge_first=kind == "zones")
        else:
            doc.add_paragraph(rest[0])
    doc.save(path)


def write_doc(blocks: list[tuple], path: Path) -> None:
    """A legacy .doc: the .docx converted by LibreOffice."""
    with tempfile.TemporaryDirectory() as tmp:
        docx = Path(tmp) / (path.stem + ".docx")
        write_docx(blocks, docx, part_as_heading=True)
        subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", tmp, str(docx)],
                       check=True, capture_output=True, timeout=180)
        shutil.copyfile(Path(tmp) / path.name, path)


def _html_table(caption: str, header: list[str], rows: list[list[str]], merge_first: bool) -> str:
    first = " appendix" if caption.startswith("附表1") else ""      # the appendix starts a page, as printed
    out = [f"<p class=\"caption{first}\">{html.escape(caption)}</p>", "<table>",
           "<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header) + "</tr>"]
    for i, row in enumerate(rows):
        cells = list(row)
        lead = ""
        if merge_first:
            cells = row[1:]
            if i == 0 or rows[i - 1][0] != row[0]:
                span = next((n for n, later in enumerate(rows[i:]) if later[0] != row[0]), len(rows) - i)
                lead = f"<td rowspan=\"{span}\">{html.escape(row[0])}</td>" if span > 1 else f"<td>{html.escape(row[0])}</td>"
        out.append("<tr>" + lead + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
    return "\n".join(out + ["</table>"])


STYLE = """@page { size: A4; margin: 22mm 20mm; }
  body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 11.5pt; line-height: 1.75; }
  h1 { color: #b00; text-align: center; font-size: 22pt; letter-spacing: 2pt; margin: 0 0 4pt 0; }
  .issue { text-align: center; text-indent: 0; }
  h2 { font-size: 13pt; margin: 12pt 0 4pt 0; }
  p { margin: 0 0 5pt 0; text-indent: 2em; text-align: justify; }
  p.caption { font-weight: bold; text-indent: 0; text-align: center; margin-top: 10pt; }
  p.appendix { page-break-before: always; }
  table { border-collapse: collapse; width: 100%; font-size: 10pt; margin-bottom: 8pt; }
  th, td { border: 1px solid #333; padding: 2pt 4pt; text-align: center; }
  .foot { border-top: 1px solid #333; margin-top: 14pt; font-size: 9.5pt; text-indent: 0; }"""


def write_html(blocks: list[tuple], path: Path) -> None:
    title = f"{blocks[0][1]}（{blocks[1][1].split('（')[0]}）"
    body = []
    for kind, *rest in blocks:
        if kind == "title":
            body.append(f"<h1>{html.escape(rest[0])}</h1>")
        elif kind == "part":
            body.append(f"<h2>{html.escape(rest[0])}</h2>")
        elif kind == "run":
            body.append(f"<p><strong>{html.escape(rest[0])}</strong>{html.escape(rest[1])}</p>")
        elif kind in ("zones", "rank"):
            body.append(_html_table(*rest, merge_first=kind == "zones"))
        elif rest[0].startswith("报："):
            body.append(f"<p class=\"foot\">{html.escape(rest[0])}</p>")
        elif len(body) < 3:
            body.append(f"<p class=\"issue\">{html.escape(rest[0])}</p>")
        else:
            body.append(f"<p>{html.escape(rest[0])}</p>")
    path.write_text("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                    f"<title>{html.escape(title)}</title>\n<style>\n  {STYLE}\n</style>\n</head>\n<body>\n"
                    + "\n".join(body) + "\n</body>\n</html>\n", encoding="utf-8")


if __name__ == "__main__":
    write_doc(ISSUE_1, HERE / f"2026-03-{STEM}-di1qi.doc")
    write_docx(ISSUE_2, HERE / f"2026-05-{STEM}-di2qi.docx", part_as_heading=False)
    source = HERE / f"2026-07-{STEM}-di3qi.html.in"
    write_html(ISSUE_3, source)
    print_pdf(source.read_text(encoding="utf-8"), HERE / f"2026-07-{STEM}-di3qi.pdf")
    print("\n".join(sorted(p.name for p in HERE.iterdir())))
