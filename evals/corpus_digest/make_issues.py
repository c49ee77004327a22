"""Write the three synthetic issues of 澜沂省商务厅《开发区工作动态》 from issues.py (commit the outputs too).

    python evals/corpus_digest/make_issues.py

第1期 (2025年全年) a PDF printed by Chromium: digest items in portrait, the summary table on landscape pages;
第4期 (2026年一季度) a .docx: bold numbered headlines, a Word table whose city cells merge down over their zones;
第6期 (2026年4月) a .txt pasted from an OA e-mail: mail headers, quoted `>` lines, hard line breaks, `|` rows.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))
from evals.bulletin_files import print_pdf  # noqa: E402
from issues import ISSUE_1, ISSUE_2, ISSUE_3, MATRIX_HEADER, MATRIX_TITLE  # noqa: E402

STEM = "kaifaqu-gongzuo-dongtai"
WRAP = 38


def issue_1_pdf(issue: dict, out: Path) -> None:
    esc = html.escape
    items = "\n".join(f"<h3>【信息{i}】{esc(h)}</h3><p>{esc(b)}</p><p class=src>（{esc(s)}）</p>"
                      for i, (h, b, s) in enumerate(issue["items"], 1))
    rows = "\n".join("<tr><td class=city>" + esc(city) + "</td>" + "".join(f"<td>{esc(c)}</td>" for c in cells)
                     + "</tr>" for city, _, cells in issue["rows"])
    head = "".join(f"<th>{esc(h)}</th>" for h in ["城市", *MATRIX_HEADER])
    page = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4 portrait; margin: 22mm 20mm; }}
@page land {{ size: A4 landscape; margin: 15mm 15mm; }}
body {{ font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 12.5pt; line-height: 1.7; }}
h1 {{ text-align: center; color: #c00; font-size: 26pt; margin: 0; }} .mast {{ text-align: center; }}
h3 {{ font-size: 13pt; margin: 14px 0 2px; }} p {{ text-indent: 2em; margin: 2px 0; }} .src {{ text-align: right; }}
.matrix {{ page: land; }} table {{ border-collapse: collapse; width: 100%; font-size: 10.5pt; }}
td, th {{ border: 1px solid #000; padding: 4px; vertical-align: top; }} .city {{ width: 5em; }}
h2 {{ text-align: center; font-size: 15pt; }}
</style></head><body>
<h1>{esc(issue["masthead"][0])}</h1>
<p class=mast>{"<br>".join(esc(x) for x in issue["masthead"][1:])}</p><hr>
<p>{esc(issue["note"])}</p>
{items}
<div class=matrix><h2>附件：{MATRIX_TITLE}</h2><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>
</body></html>"""
    print_pdf(page, out)


def issue_2_docx(issue: dict, out: Path) -> None:
    doc = Document()
    for line in issue["masthead"]:
        doc.add_paragraph(line)
    doc.add_paragraph(issue["note"])
    for i, (headline, body, source) in enumerate(issue["items"], 1):
        doc.add_paragraph().add_run(f"{i}. {headline}").bold = True
        doc.add_paragraph(body)
        doc.add_paragraph(f"（{source}）")
    section = doc.add_section()
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    doc.add_paragraph(f"附件：{MATRIX_TITLE}")
    rows = issue["rows"]
    table = doc.add_table(rows=len(rows) + 1, cols=6)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["城市", "开发区", *MATRIX_HEADER]):
        cell.text = text
    start = 1
    for r, (city, zone, cells) in enumerate(rows, 1):
        for cell, text in zip(table.rows[r].cells[1:], [zone, *cells]):
            cell.text = text
        if r == len(rows) or rows[r][0] != city:  # the city's last zone: merge its cell down from the first
            merged = table.cell(start, 0).merge(table.cell(r, 0)) if r > start else table.cell(r, 0)
            merged.text = city
            start = r + 1
    doc.save(out)


def _wrapped(text: str) -> list[str]:
    return [text[i:i + WRAP] for i in range(0, len(text), WRAP)]


def issue_3_txt(issue: dict, out: Path) -> None:
    lines = [*issue["mail"], *issue["masthead"], "", *_wrapped("　　" + issue["note"]), ""]
    for headline, body, source in issue["items"]:
        lines += [f"◆{headline}", *_wrapped("　　" + body + f"（{source}）"), ""]
    lines += [f"附件：{MATRIX_TITLE}", "|".join(["城市", *MATRIX_HEADER])]
    lines += ["|".join([city, *cells]) for city, _, cells in issue["rows"]]
    lines += ["", "--", "澜沂省商务厅开发区处 综合组", "电话：0571-8890XXXX"]
    out.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def main() -> None:
    issue_1_pdf(ISSUE_1, HERE / f"2026-01-{STEM}-di1qi.pdf")
    issue_2_docx(ISSUE_2, HERE / f"2026-04-{STEM}-di4qi.docx")
    issue_3_txt(ISSUE_3, HERE / f"2026-05-{STEM}-di6qi.txt")


if __name__ == "__main__":
    main()
