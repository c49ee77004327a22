"""Write the four synthetic issues of the 澧曲省 series from issues.py (commit the outputs too).

    python evals/corpus_tier/make_issues.py

2025年前三季度: a Word 97 .doc (LibreOffice from a .docx) whose zones stand under tier headings (国家级 / 省级 / 省级高新区 /
综合保税区), each zone a bold lead-in, one zone's city only in brackets, money in 万元 and 万美元; 2025年全年: a portal
article printed by Chromium with the browser's own header and footer (print time, page title, URL, page x/y, drawn as
@page margin boxes so that the file does not depend on the temporary path), a table holding 本年 and 上年同期 in one
row; 2026年一季度: a .docx (实际利用外资 where the earlier issues said 实际使用外资, a zone merged into another, a table
of 本期 | 上年同期, a plan table whose cells hold numbered items); 2026年上半年: a .docx LibreOffice prints to PDF, `（1）`
items under `1.` and a numbered list a page break cuts.
"""
from __future__ import annotations

import html
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))
from evals.bulletin_files import print_pdf  # noqa: E402
from issues import H1, Q1, Q3, Y2025  # noqa: E402

esc = html.escape


def _soffice_convert(source: Path, target: Path, fmt: str) -> None:
    with tempfile.TemporaryDirectory(prefix="bqa-tier-") as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation={Path(tmp, 'profile').as_uri()}", "--headless",
                        "--convert-to", fmt, "--outdir", tmp, str(source)], capture_output=True, timeout=180, check=True)
        Path(tmp, f"{source.stem}.{fmt}").replace(target)


def _masthead(document, issue: dict) -> None:
    document.add_paragraph(issue["title"], style="Title")
    document.add_paragraph(f"（{issue['number']}）").alignment = 1
    document.add_paragraph(issue["issuer"]).alignment = 1


def _body(document, text: str) -> None:
    document.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)


def _table(document, caption: str, header: list[str], rows: list[tuple]) -> None:
    document.add_paragraph(caption).alignment = 1
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text


# ---- 2025年前三季度: zones by tier, as a .doc -------------------------------------------------------------------------

def tier_doc(issue: dict, out: Path) -> None:
    document = Document()
    _masthead(document, issue)
    _body(document, issue["lead"])
    for heading, zones in issue["tiers"]:
        document.add_paragraph(heading, style="Heading 1")
        for zone, text in zones:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.first_line_indent = Pt(24)
            paragraph.add_run(zone).bold = True
            paragraph.add_run("　" + text)
    document.add_paragraph(issue["problems_heading"], style="Heading 1")
    _body(document, issue["problems"])
    document.core_properties.title = issue["title"]
    with tempfile.TemporaryDirectory(prefix="bqa-tier-") as tmp:
        source = Path(tmp) / f"{out.stem}.docx"
        document.save(str(source))
        _soffice_convert(source, out, "doc")


# ---- 2025年全年: a portal page as the browser prints it ----------------------------------------------------------------

def _print_margins(issue: dict) -> str:
    """Chromium's own print header and footer (date, title; URL, page x/y), as margin boxes of the page."""
    title = f"{issue['title']}_{issue['site']}"
    return (f'@top-left {{ content: "{issue["printed"]}"; font: 8pt sans-serif; }}\n'
            f'  @top-center {{ content: "{title}"; font: 8pt sans-serif; }}\n'
            f'  @bottom-left {{ content: "{issue["url"]}"; font: 8pt sans-serif; }}\n'
            f'  @bottom-right {{ content: counter(page) "/" counter(pages); font: 8pt sans-serif; }}')


def printed_portal_pdf(issue: dict, out: Path) -> None:
    crumbs = " &gt; ".join(esc(c) for c in issue["crumbs"])
    paras = "".join(f'<p class="indent">{esc(p)}</p>' for p in issue["paras"])
    head = "".join(f"<th>{esc(c)}</th>" for c in issue["table_header"])
    rows = "".join("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in row) + "</tr>" for row in issue["table"])
    after = "".join(f'<p class="indent">{esc(p)}</p>' for p in issue["after"])
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>{esc(issue['title'])}_{esc(issue['site'])}</title>
<style>
@page {{ size: A4; margin: 14mm 12mm 14mm 12mm;
  {_print_margins(issue)} }}
body {{ font-family: "Noto Sans CJK SC", sans-serif; font-size: 13pt; line-height: 2.0; margin: 0; }}
.top {{ background: #1f5fa8; color: #fff; padding: 3mm 4mm; font-size: 16pt; }}
.nav {{ background: #e9eef5; padding: 1.5mm 4mm; font-size: 10pt; }} .pos {{ font-size: 9pt; margin: 2mm 0; }}
h1 {{ font-size: 16pt; text-align: center; margin: 4mm 0 1mm; }} .meta {{ text-align: center; font-size: 9pt; color: #666;
  border-bottom: 1px solid #ccc; padding-bottom: 2mm; }}
p.indent {{ text-indent: 2em; margin: 2mm 0; }} .cap {{ text-align: center; font-weight: bold; margin-top: 3mm; }}
table {{ border-collapse: collapse; margin: 0 auto; width: 92%; font-size: 12pt; }}
th, td {{ border: 1px solid #333; padding: 2.5mm; text-align: center; }} th {{ background: #dce6f1; }}
.tools {{ text-align: right; font-size: 9pt; margin-top: 4mm; }} .foot {{ font-size: 8.5pt; text-align: center;
  border-top: 2px solid #1f5fa8; margin-top: 6mm; padding-top: 2mm; color: #555; }}
</style></head><body>
<div class="top">{esc(issue['site'])}</div>
<div class="nav">首页　　政务公开　　政策文件　　办事服务　　互动交流</div>
<div class="pos">您现在的位置：{crumbs}</div>
<h1>{esc(issue['title'])}</h1><div class="meta">{esc(issue['meta'])}</div>
{paras}
<p class="cap">{esc(issue['table_caption'])}</p>
<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>
{after}
<div class="tools">【打印】　【关闭】</div>
<div class="foot">主办：{esc(issue['site'])}　　网站标识码：LQ0000000088　　澧ICP备06003721号</div>
</body></html>"""
    print_pdf(page, out)


# ---- 2026年一季度: .docx ---------------------------------------------------------------------------------------------

def monitoring_docx(issue: dict, out: Path) -> None:
    document = Document()
    _masthead(document, issue)
    _body(document, issue["lead"])
    _table(document, issue["table1_caption"], issue["table1_header"], issue["table1"])
    document.add_paragraph(issue["merge_note"])
    for text in issue["paras"]:
        _body(document, text)
    _table(document, issue["table2_caption"], issue["table2_header"], issue["table2"])
    document.core_properties.title = issue["title"]
    document.save(str(out))


# ---- 2026年上半年: .docx printed to PDF by LibreOffice -----------------------------------------------------------------

def monitoring_pdf(issue: dict, out: Path) -> None:
    document = Document()
    document.sections[0].footer.paragraphs[0].text = issue["footer"]
    _masthead(document, issue)
    for kind, text in issue["blocks"]:
        if kind == "h":
            document.add_paragraph(text, style="Heading 1")
        elif kind == "pagebreak":
            document.paragraphs[-1].runs[-1].add_break(WD_BREAK.PAGE)
        else:
            _body(document, text)
    document.core_properties.title = issue["title"]
    with tempfile.TemporaryDirectory(prefix="bqa-tier-") as tmp:
        source = Path(tmp) / f"{out.stem}.docx"
        document.save(str(source))
        _soffice_convert(source, out, "pdf")


if __name__ == "__main__":
    tier_doc(Q3, HERE / "2025-10-kaifaqu-yunxing-tongbao-di3qi.doc")
    printed_portal_pdf(Y2025, HERE / "2026-01-kaifaqu-zhuyao-zhibiao-2025.pdf")
    monitoring_docx(Q1, HERE / "2026-04-kaifaqu-yunxing-jiance-di1qi.docx")
    monitoring_pdf(H1, HERE / "2026-07-kaifaqu-yunxing-jiance-di2qi.pdf")
