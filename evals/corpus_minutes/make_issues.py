"""Write the four synthetic 溱陌省 files from issues.py (commit the outputs too).

    python evals/corpus_minutes/make_issues.py

2025年全年: a 考核结果通报 printed by Chromium in two columns (红榜/黑榜 in prose with zones written short, a ranking
附件 table with zones in full and 名次变化 arrows, a `注：` line); 2026年一季度: a 会议纪要 .docx (会议听取了…汇报,
会议指出, 会议要求 and decisions 一、二、… each closing with 责任单位 and 完成时限 in brackets); 2026年1-4月 and 2026年1-5月:
two issues of a 工作动态 saved as web pages (dated items `【X市】5月9日，…`, one city short, a city table with 外资 in
万美元 where the items say 亿美元, a 当月 column in the later one).
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
from issues import MINUTES, NEWS4, NEWS5, REVIEW  # noqa: E402

esc = html.escape


def _table(caption: str, header: list[str], rows: list[tuple]) -> str:
    head = "".join(f"<th>{esc(c)}</th>" for c in header)
    body = "".join("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f'<p class="cap">{esc(caption)}</p><table border="1"><tr>{head}</tr>{body}</table>'


def review_pdf(issue: dict, out: Path) -> None:
    body = "".join(f"<h3>{esc(t)}</h3>" if kind == "h" else f"<p>{esc(t)}</p>" for kind, t in issue["blocks"])
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>{esc(issue['title'])}</title><style>
@page {{ size: A4; margin: 22mm 18mm 20mm 18mm; }}
body {{ font-family: "Noto Serif CJK SC", serif; font-size: 11pt; line-height: 1.7; }}
h1 {{ font-size: 17pt; text-align: center; }} .c {{ text-align: center; text-indent: 0; }}
h3 {{ font-size: 12pt; font-family: "Noto Sans CJK SC", sans-serif; margin: 0.6em 0 0.3em; }}
.cols {{ column-count: 2; column-gap: 9mm; }}
p {{ text-indent: 2em; text-align: justify; margin: 0 0 0.3em; }} .sign {{ text-align: right; }}
table {{ border-collapse: collapse; width: 100%; font-size: 10pt; margin-top: 3mm; }}
td, th {{ border: 1px solid #000; padding: 1mm 2mm; text-align: center; }} .cap {{ text-indent: 0; font-weight: bold; }}
</style></head><body>
<h1>{esc(issue['title'])}</h1><p class="c">{esc(issue['number'])}</p>
<div class="cols"><p style="text-indent:0">{esc(issue['to'])}</p>{body}<p class="sign">{esc(issue['sign'])}</p></div>
<div style="break-before: page">{_table(issue['table_caption'], issue['table_header'], issue['table'])}
<p>{esc(issue['table_note'])}</p></div>
</body></html>"""
    print_pdf(page, out)


def minutes_docx(issue: dict, out: Path) -> None:
    document = Document()
    document.add_paragraph(issue["office"], style="Title").alignment = 1
    document.add_paragraph(issue["number"] + "　　" + issue["date"]).alignment = 1
    document.add_paragraph(issue["title"], style="Heading 1").alignment = 1
    document.add_paragraph(issue["lead"]).paragraph_format.first_line_indent = Pt(24)
    for heading, paras in issue["sections"]:
        document.add_paragraph().add_run(heading).bold = True
        for text in paras:
            document.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)
    document.add_paragraph(issue["attend"])
    document.add_paragraph(issue["record"])
    document.core_properties.title = issue["title"]
    document.save(str(out))


def news_html(issue: dict, out: Path) -> None:
    items = "".join(f"<p>{esc(t)}</p>" for t in issue["items"])
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(issue['title'])}-溱陌省商务厅</title></head>
<body>
<div class="header"><div class="logo">溱陌省商务厅</div>
<ul class="nav"><li>首页</li><li>机构概况</li><li>政务公开</li><li>开发区建设</li><li>互动交流</li></ul></div>
<div class="location">当前位置：首页 &gt; 开发区建设 &gt; 工作动态</div>
<div class="article"><h1>{esc(issue['title'])}</h1><div class="info">{esc(issue['meta'])}</div>
<div class="content">
<p class="issue">{esc(issue['issue'])}</p>
<p>{esc(issue['lead'])}</p>{items}
{_table(issue['table_caption'], issue['table_header'], issue['table'])}
<p>{esc(issue['note'])}</p>
</div></div>
<div class="footer">主办：溱陌省商务厅　　网站标识码：QM0000000233　　溱ICP备06007321号</div>
</body></html>
"""
    out.write_text(page, encoding="utf-8")


if __name__ == "__main__":
    review_pdf(REVIEW, HERE / "2026-02-kaifaqu-2025niandu-kaohe-tongbao.pdf")
    minutes_docx(MINUTES, HERE / "2026-04-kaifaqu-yijidu-fenxihui-jiyao.docx")
    news_html(NEWS4, HERE / "2026-05-kaifaqu-gongzuo-dongtai-di4qi.html")
    news_html(NEWS5, HERE / "2026-06-kaifaqu-gongzuo-dongtai-di5qi.html")
