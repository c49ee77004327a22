"""Write the three synthetic files of the 澹川省 series from issues.py (commit the outputs too).

    python evals/corpus_slides/make_issues.py

2026年上半年: the 推进会 slide deck, printed by Chromium on 16:9 landscape pages (figure cards, bullets, footers);
2025年上半年: the ranking issue as a CMS web page (nav, breadcrumbs, city cells spanning rows, `<br>` comments);
2025年全年: the ranking issue as a .docx (Word tables, comments as a numbered list).
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))
from evals.bulletin_files import print_pdf  # noqa: E402
from issues import DECK, HALF_2025, INDICATOR_HEADER, RANK_HEADER, YEAR_2025  # noqa: E402

esc = html.escape


def _slide(n: int, title: str, cards: list, bullets: list, footer: str) -> str:
    card_html = "".join(f"<div class=card><div class=k>{esc(k)}</div><div class=v>{esc(v)}</div>"
                        + (f"<div class=d>{esc(d)}</div>" if d else "") + "</div>" for k, v, d in cards)
    items = "".join(f"<p class=sub>{esc(t)}</p>" if not mark else f"<p class=b>{mark} {esc(t)}</p>"
                    for mark, t in bullets)
    return (f"<section><h2>{esc(title)}</h2><div class=cards>{card_html}</div><div class=bullets>{items}</div>"
            f"<div class=foot>{esc(footer)} | 第{n}页</div></section>")


def deck_pdf(deck: dict, out: Path) -> None:
    cover = ("<section class=cover>" + "".join(f"<p>{esc(x)}</p>" for x in deck["title"]) + "</section>")
    slides = "\n".join(_slide(n, *slide, deck["footer"]) for n, slide in enumerate(deck["slides"], 2))
    page = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: 254mm 142.9mm; margin: 0; }}
body {{ margin: 0; font-family: "Noto Sans CJK SC", sans-serif; }}
section {{ width: 254mm; height: 142.9mm; box-sizing: border-box; padding: 8mm 12mm; position: relative;
  page-break-after: always; overflow: hidden; }}
.cover {{ text-align: center; padding-top: 35mm; font-size: 20pt; background: #0b3d91; color: #fff; }}
h2 {{ font-size: 20pt; color: #0b3d91; border-bottom: 2px solid #0b3d91; margin: 0 0 4mm; }}
.cards {{ display: flex; gap: 5mm; margin-bottom: 4mm; }}
.card {{ flex: 1; border: 1px solid #9ab; border-radius: 3mm; padding: 2mm 3mm; text-align: center; }}
.k {{ font-size: 10pt; color: #555; }} .v {{ font-size: 20pt; font-weight: bold; color: #c00; }}
.d {{ font-size: 10pt; }}
.sub {{ font-weight: bold; color: #0b3d91; margin: 2mm 0 1mm; font-size: 12pt; }}
.b {{ margin: 0.6mm 0 0.6mm 4mm; font-size: 11.5pt; }}
.foot {{ position: absolute; bottom: 4mm; right: 12mm; font-size: 8pt; color: #777; }}
</style></head><body>{cover}
{slides}
</body></html>"""
    print_pdf(page, out)


def _rows_with_city_span(rows: list[tuple], city_col: int) -> str:
    """Table rows whose city cell spans the following rows of the same city."""
    out = []
    for i, row in enumerate(rows):
        cells = []
        for j, value in enumerate(row):
            if j == city_col:
                if i and rows[i - 1][j] == value:
                    continue
                span = sum(1 for _ in _run(rows, i, j))
                cells.append(f'<td rowspan="{span}">{esc(value)}</td>' if span > 1 else f"<td>{esc(value)}</td>")
            else:
                cells.append(f"<td>{esc(value)}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    return "\n".join(out)


def _run(rows: list[tuple], start: int, col: int):
    for row in rows[start:]:
        if row[col] != rows[start][col]:
            return
        yield row


def ranking_html(issue: dict, out: Path) -> None:
    head = lambda cols: "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in cols) + "</tr>"  # noqa: E731
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(issue["title"])}_澹川省商务厅</title></head><body>
<div class="top-bar"><a href="/">澹川省商务厅</a> | <a href="/en/">English</a> | <a href="/wza/">无障碍</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/kfq/">开发区建设</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/kfq/">开发区建设</a> &gt; <a href="/kfq/tzgg/">通知公告</a></div>
<div class="article">
<h1>{esc(issue["title"])}</h1>
<div class="meta">{"　".join(esc(m) for m in issue["meta"])}　【字体：大 中 小】</div>
<div class="content">
<p>各市商务局，各开发区管委会：</p>
<p>{esc(issue["intro"])}</p>
<p><strong>一、综合排名</strong></p>
<table border="1" cellspacing="0"><thead>{head(RANK_HEADER)}</thead><tbody>
{"".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in issue["ranking"])}
</tbody></table>
<p><strong>二、评价等次</strong></p>
<p>{"<br>".join(esc(g) for g in issue["groups"])}</p>
<p><strong>三、开发区点评</strong></p>
<p>{"<br>".join(esc(c) for c in issue["comments"])}</p>
<p><strong>四、主要指标完成情况</strong></p>
<table border="1" cellspacing="0"><thead>{head(INDICATOR_HEADER)}</thead><tbody>
{_rows_with_city_span(issue["indicators"], 0)}
</tbody></table>
<p style="text-align:right">澹川省商务厅<br>2025年8月12日</p>
</div></div>
<div class="share">分享到：微信 微博</div>
<div class="footer">主办：澹川省商务厅　网站标识码：XX00000001　备案号：澹ICP备00000000号<br>地址：澹川省省府路88号</div>
</body></html>
"""
    out.write_text(page, encoding="utf-8")


def _word_table(doc: Document, header: list[str], rows: list[tuple]) -> None:
    table = doc.add_table(rows=len(rows) + 1, cols=len(header))
    table.style = "Table Grid"
    for r, values in enumerate([header, *rows]):
        for cell, value in zip(table.rows[r].cells, values):
            cell.text = value


def ranking_docx(issue: dict, out: Path) -> None:
    doc = Document()
    doc.add_heading(issue["title"], level=1)
    for line in issue["meta"]:
        doc.add_paragraph(line)
    doc.add_paragraph("各市商务局，各开发区管委会：")
    doc.add_paragraph(issue["intro"])
    doc.add_paragraph("一、综合排名")
    _word_table(doc, RANK_HEADER, issue["ranking"])
    doc.add_paragraph("二、评价等次")
    for group in issue["groups"]:
        doc.add_paragraph(group)
    doc.add_paragraph("三、开发区点评")
    for comment in issue["comments"]:
        doc.add_paragraph(comment, style="List Number")
    doc.add_paragraph("四、主要指标完成情况")
    _word_table(doc, INDICATOR_HEADER, issue["indicators"])
    doc.add_paragraph("澹川省商务厅")
    doc.add_paragraph("2026年2月10日")
    doc.save(out)


def main() -> None:
    deck_pdf(DECK, HERE / "2026-07-kaifaqu-tuijinhui-huibao.pdf")
    ranking_html(HALF_2025, HERE / "2025-08-kaifaqu-pingjia-tongbao.html")
    ranking_docx(YEAR_2025, HERE / "2026-02-kaifaqu-pingjia-tongbao.docx")


if __name__ == "__main__":
    main()
