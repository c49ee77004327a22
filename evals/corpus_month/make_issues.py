"""Write the three synthetic issues of 沧垣省《开发区运行监测通报》 from the text in issues.py (commit the outputs too).

    python evals/corpus_month/make_issues.py

As a provincial department's monthly bulletin arrives: 1—8月 a page saved from the department's website (site
navigation and footer around an article of <p> paragraphs and <div>s of <br>-parted lines, a table with a two-row
header), 1—10月 a single-column PDF printed by headless Chromium (`evals.bulletin_files.print_pdf`) whose ranking
table of 22 zones runs onto page 2 with its header repeated, 1—11月 a `.docx` whose cities are bold Normal
paragraphs (`一、朔溪市`), not Word headings. The PDF's HTML is kept as `*.html.in` (so that the indexer does not read it).
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]
from evals.bulletin_files import print_pdf  # noqa: E402
from issues import ISSUE_8, ISSUE_10, ISSUE_11  # noqa: E402

STEM = "kaifaqu-yunxing-jiance-tongbao"
WEB_STYLE = """body { font-family: "Microsoft YaHei", sans-serif; margin: 0; }
  .top, .bottom { background: #0b4a8b; color: #fff; padding: 6px 20px; }
  .top a, .bottom a { color: #fff; margin-right: 14px; }
  .article { width: 900px; margin: 12px auto; }
  .article h1 { text-align: center; font-size: 22px; }
  .info { text-align: center; color: #666; font-size: 13px; border-bottom: 1px solid #ccc; padding-bottom: 6px; }
  table { border-collapse: collapse; margin: 8px auto; }
  th, td { border: 1px solid #333; padding: 3px 8px; text-align: center; }"""
PRINT_STYLE = """@page { size: A4; margin: 22mm 20mm; }
  body { font-family: "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.75; }
  .mast { text-align: center; border-bottom: 2px solid #c00; margin-bottom: 10pt; }
  .mast h1 { color: #c00; font-size: 26pt; letter-spacing: 4pt; margin: 0 0 4pt 0; }
  .mast p { margin: 0; text-indent: 0; }
  h2 { font-size: 14pt; margin: 10pt 0 4pt 0; font-family: "Noto Sans CJK SC", sans-serif; }
  h3 { font-size: 12pt; margin: 8pt 0 3pt 0; font-family: "Noto Sans CJK SC", sans-serif; }
  p { margin: 0 0 5pt 0; text-indent: 2em; text-align: justify; }
  p.caption { font-weight: bold; text-indent: 0; text-align: center; }
  p.note { font-size: 10pt; text-indent: 0; }
  table { border-collapse: collapse; width: 100%; font-size: 11pt; }
  th, td { border: 1px solid #222; padding: 3pt 5pt; text-align: center; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .foot { border-top: 1px solid #333; margin-top: 16pt; font-size: 10pt; }
  .foot p { text-indent: 0; margin: 0; }"""


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _merged_header_table(caption: str, groups: list[str], columns: list[str], rows: list[list[str]]) -> str:
    """地区 spans both header rows; each indicator spans its two columns (累计, 同比)."""
    out = [f"<p style=\"text-align:center\"><strong>{_esc(caption)}</strong></p>", "<table>",
           "<tr><th rowspan=\"2\">地区</th>" + "".join(f"<th colspan=\"2\">{_esc(g)}</th>" for g in groups) + "</tr>",
           "<tr>" + "".join(f"<th>{_esc(c)}</th>" for c in columns) + "</tr>"]
    out += ["<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in row) + "</tr>" for row in rows]
    return "\n".join(out + ["</table>"])


def web_page(blocks: list[tuple]) -> str:
    """The 1—8月 issue as the department's website shows it."""
    head, article = blocks[0][1], []
    for kind, *rest in blocks[1:]:
        if kind == "part":
            article.append(f"<p><strong>{_esc(rest[0])}</strong></p>")
        elif kind == "lines":
            article.append("<div>" + "<br>\n".join(_esc(line) for line in rest[0]) + "</div>")
        elif kind == "table":
            article.append(_merged_header_table(*rest))
        elif kind == "footer":
            continue
        else:
            article.append(f"<p>{_esc(rest[0])}</p>")
    footer = "<br>".join(_esc(line) for line in blocks[-1][1])
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{_esc(head[0])}_沧垣省商务厅</title>\n<style>\n  {WEB_STYLE}\n</style>\n</head>\n<body>\n"
            "<div class=\"top\"><a href=\"/\">首页</a><a href=\"/zwgk/\">政务公开</a><a href=\"/kfq/\">开发区建设</a>"
            "<a href=\"/hdjl/\">互动交流</a></div>\n<div class=\"article\">\n"
            f"<p class=\"crumb\">当前位置：首页 &gt; 开发区建设 &gt; 运行监测</p>\n<h1>{_esc(head[0])}</h1>\n"
            f"<p class=\"info\">{_esc(head[1])}<br>{_esc(head[2])}</p>\n<div class=\"content\">\n"
            + "\n".join(article) + "\n</div>\n<p class=\"share\">【打印本页】【关闭窗口】</p>\n</div>\n"
            f"<div class=\"bottom\">{footer}</div>\n</body>\n</html>\n")


def print_page(blocks: list[tuple]) -> str:
    """The 1—10月 issue as HTML for printing: one column, the ranking table's header a <thead> (repeated on
    every page the table reaches)."""
    body = []
    for kind, *rest in blocks:
        if kind == "masthead":
            body.append(f"<div class=\"mast\"><h1>{_esc(rest[0][0])}</h1>"
                        + "".join(f"<p>{_esc(line)}</p>" for line in rest[0][1:]) + "</div>")
        elif kind == "part":
            body.append(f"<h2>{_esc(rest[0])}</h2>")
        elif kind == "city":
            body.append(f"<h3>{_esc(rest[0])}</h3>")
        elif kind == "ranking":
            caption, header, rows = rest
            body.append(f"<p class=\"caption\">{_esc(caption)}</p>\n<table>\n<thead><tr>"
                        + "".join(f"<th>{_esc(h)}</th>" for h in header) + "</tr></thead>\n<tbody>\n"
                        + "\n".join("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in row) + "</tr>" for row in rows)
                        + "\n</tbody>\n</table>")
        elif kind == "note":
            body.append(f"<p class=\"note\">{_esc(rest[0])}</p>")
        elif kind == "footer":
            body.append("<div class=\"foot\">" + "".join(f"<p>{_esc(line)}</p>" for line in rest[0]) + "</div>")
        else:
            body.append(f"<p>{_esc(rest[0])}</p>")
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{_esc(blocks[0][1][0])}（{_esc(blocks[0][1][1])}）</title>\n<style>\n  {PRINT_STYLE}\n</style>\n"
            "</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n")


def write_docx(blocks: list[tuple], path: Path) -> None:
    """Cities and their sections as bold Normal paragraphs (the number and the name in runs of their own)."""
    doc = Document()
    doc.styles["Normal"].font.size = Pt(12)
    doc.core_properties.title = f"{blocks[0][1][0]}（{blocks[0][1][1]}）"
    for kind, *rest in blocks:
        if kind == "masthead":
            first = doc.add_paragraph()
            first.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = first.add_run(rest[0][0])
            run.bold, run.font.size = True, Pt(22)
            for line in rest[0][1:]:
                doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("city", "sub", "part"):
            paragraph = doc.add_paragraph()
            number, _, name = rest[0].partition("、") if "、" in rest[0][:3] else rest[0].partition("）")
            mark = "、" if "、" in rest[0][:3] else "）"
            paragraph.add_run(number + mark).bold = True
            paragraph.add_run(name).bold = True
        else:
            for line in (rest[0] if kind == "footer" else [rest[0]]):
                doc.add_paragraph(line)
    doc.save(path)


if __name__ == "__main__":
    (HERE / f"2025-09-{STEM}-di8qi.html").write_text(web_page(ISSUE_8), encoding="utf-8")
    page = print_page(ISSUE_10)
    (HERE / f"2025-11-{STEM}-di10qi.html.in").write_text(page, encoding="utf-8")
    print_pdf(page, HERE / f"2025-11-{STEM}-di10qi.pdf", chromium="/usr/bin/chromium")
    write_docx(ISSUE_11, HERE / f"2025-12-{STEM}-di11qi.docx")
    print("\n".join(sorted(p.name for p in HERE.iterdir())))
