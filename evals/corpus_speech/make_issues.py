"""Write the four synthetic 洵澄省 files from issues.py (commit the outputs too).

    python evals/corpus_speech/make_issues.py

2025年全年: a vice-governor's speech at the 推进会, printed to PDF by Chromium (figures inside long paragraphs, 第一/第二
and 一要/二要 enumerations, cities named in passing, next year's targets); 2026年一季度: a 督查通报 .docx (文号, 主送,
a problem/rectification table with deadlines, 表扬 and 通报批评); 2026年1-5月 and 2026年1-8月: monthly 快报 saved as web
pages (当月 / 累计 / 环比 / 同比 columns; in 1-8月 the cities in bold lead-ins, the table's cities without 市 and 外资 in 万美元).
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))
from evals.bulletin_files import print_pdf  # noqa: E402
from issues import INSPECT, M5, M8, SPEECH  # noqa: E402

esc = html.escape


def speech_pdf(issue: dict, out: Path) -> None:
    body = "".join(f"<h2>{esc(t)}</h2>" if kind == "h" else f"<p>{esc(t)}</p>" for kind, t in issue["paras"])
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>{esc(issue['title'])}</title>
<style>
@page {{ size: A4; margin: 25mm 26mm 22mm 26mm; }}
body {{ font-family: "Noto Serif CJK SC", serif; font-size: 15pt; line-height: 1.9; }}
h1 {{ font-size: 20pt; text-align: center; margin-bottom: 2mm; }} .c {{ text-align: center; font-size: 14pt; margin: 1mm; }}
h2 {{ font-size: 15pt; font-family: "Noto Sans CJK SC", sans-serif; margin: 4mm 0 1mm; text-indent: 2em; }}
p {{ text-indent: 2em; margin: 1mm 0; text-align: justify; }}
</style></head><body>
<h1>{esc(issue['title'])}</h1><p class="c">{esc(issue['speaker'])}</p><p class="c">{esc(issue['date'])}</p>
{body}
</body></html>"""
    print_pdf(page, out)


def _body(document, text: str) -> None:
    document.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)


def inspect_docx(issue: dict, out: Path) -> None:
    document = Document()
    document.add_paragraph(issue["org"] + "文件", style="Title").alignment = 1
    document.add_paragraph(issue["number"]).alignment = 1
    document.add_paragraph(issue["title"], style="Heading 1").alignment = 1
    document.add_paragraph(issue["to"])
    _body(document, issue["lead"])
    for heading, paras in issue["sections"]:
        document.add_paragraph(heading, style="Heading 2")
        for text in paras:
            _body(document, text)
    table = document.add_table(rows=1, cols=len(issue["table_header"]))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, issue["table_header"]):
        cell.text = text
    for row in issue["table"]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    for heading, text in issue["after"]:
        document.add_paragraph(heading, style="Heading 2")
        _body(document, text)
    document.add_paragraph(issue["sign"]).alignment = 2
    document.core_properties.title = issue["title"]
    document.save(str(out))


def _table(caption: str, header: list[str], rows: list[tuple]) -> str:
    head = "".join(f"<th>{esc(c)}</th>" for c in header)
    body = "".join("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f'<p class="cap">{esc(caption)}</p><table border="1"><tr>{head}</tr>{body}</table>'


def _page(issue: dict, article: str, aside: str = "") -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(issue['title'])}-{esc(issue['site'])}</title></head>
<body>
<div class="header"><div class="logo">{esc(issue['site'])}</div>
<ul class="nav"><li>首页</li><li>新闻动态</li><li>政务公开</li><li>数据发布</li><li>互动交流</li></ul></div>
<div class="location">当前位置：首页 &gt; 数据发布 &gt; 开发区统计</div>
<div class="main"><div class="article">
<h1>{esc(issue['title'])}</h1><div class="info">{esc(issue['meta'])}</div>
<div class="content">
{article}
</div></div>{aside}</div>
<div class="footer">版权所有：{esc(issue['site'])}　　网站标识码：XC0000000412　　洵ICP备08011536号</div>
</body></html>
"""


def monthly_may(issue: dict, out: Path) -> None:
    article = (f"<p>{esc(issue['lead'])}</p><p>{esc(issue['zones'])}</p>"
               + _table(issue["table1_caption"], issue["table1_header"], issue["table1"])
               + _table(issue["table2_caption"], issue["table2_header"], issue["table2"])
               + f"<p>{esc(issue['note'])}</p>")
    out.write_text(_page(issue, article), encoding="utf-8")


def monthly_august(issue: dict, out: Path) -> None:
    cities = "".join(f"<p><strong>{esc(city)}</strong>　{esc(text)}</p>" for city, text in issue["cities"])
    article = (f"<p>{esc(issue['lead'])}</p>" + cities
               + _table(issue["table1_caption"], issue["table1_header"], issue["table1"])
               + _table(issue["table2_caption"], issue["table2_header"], issue["table2"]))
    links = "".join(f"<li>{esc(t)}</li>" for t in issue["related"])
    aside = f'<div class="sidebar"><h3>相关阅读</h3><ul>{links}</ul></div>'
    out.write_text(_page(issue, article, aside), encoding="utf-8")


if __name__ == "__main__":
    speech_pdf(SPEECH, HERE / "2026-02-kaifaqu-tuijinhui-jianghua.pdf")
    inspect_docx(INSPECT, HERE / "2026-04-kaifaqu-ducha-tongbao.docx")
    monthly_may(M5, HERE / "2026-06-kaifaqu-yunxing-kuaibao-1-5yue.html")
    monthly_august(M8, HERE / "2026-09-kaifaqu-yunxing-kuaibao-di8qi.html")
