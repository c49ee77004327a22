"""Write the three synthetic issues of the 瀚岷省 series from issues.py (commit the outputs too).

    python evals/corpus_annual/make_issues.py

2025年全年: a .docx 考核通报 whose 专栏 callouts are Word text boxes (`w:txbxContent` in `mc:AlternateContent`, written
twice as Word does: DrawingML and its VML fallback), with a reviewer's comment, the issue number in the page header
and the 印发 line in the footer; 2026年一季度: a 统计监测通报 printed landscape by Chromium whose main table is
transposed (indicators as rows, cities as columns) and runs onto page 2 with its header repeated; 2026年1—5月: a
government-portal article page (TRS_Editor, its table inside a layout table, a related-links sidebar).
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))
from evals.bulletin_files import print_pdf  # noqa: E402
from issues import CITIES, M5, Q1, Y2025  # noqa: E402

esc = html.escape

# ---- 2025年全年: .docx with text boxes, a comment, header and footer ---------------------------------------------

_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


def _box_paragraphs(title: str, text: str) -> str:
    return (f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{esc(title)}</w:t></w:r></w:p>'
            f'<w:p><w:r><w:t>{esc(text)}</w:t></w:r></w:p>')


def _text_box_run(shape_id: int, title: str, text: str) -> str:
    """A floating text box as Word 2010+ writes it: the wps shape, and a VML fallback holding the same text."""
    content = f"<w:txbxContent>{_box_paragraphs(title, text)}</w:txbxContent>"
    cx, cy = 5400000, 1100000
    return f"""<w:r {_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{shape_id}"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>60000</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{shape_id}" name="文本框 {shape_id}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>
<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>
<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx>{content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"/></wps:wsp>
</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="文本框 {shape_id}" o:spid="_x0000_s{1024 + shape_id}" type="#_x0000_t202"
 style="position:absolute;margin-left:0;margin-top:4.7pt;width:425.2pt;height:86.6pt;z-index:{shape_id}"
 fillcolor="#f2f2f2"><v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""


def _add_text_box(document, shape_id: int, title: str, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph._p.append(parse_xml(_text_box_run(shape_id, title, text)))


def report_docx(issue: dict, out: Path) -> None:
    document = Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = issue["header"]
    section.footer.paragraphs[0].text = issue["footer"]
    document.add_paragraph(issue["title"], style="Title")
    document.add_paragraph(issue["salutation"])
    document.add_paragraph(issue["lead"])
    boxes = {after: (title, text) for after, title, text in issue["boxes"]}
    shape_ids = iter(range(1, 10))
    if None in boxes:
        _add_text_box(document, next(shape_ids), *boxes[None])
    document.add_paragraph(issue["done_heading"], style="Heading 1")
    comment_city, comment_text, comment_author = issue["comment"]
    for city, paragraph_text in issue["cities"]:
        document.add_paragraph(city, style="Heading 2")
        paragraph = document.add_paragraph(paragraph_text)
        if city == comment_city:
            document.add_comment(paragraph.runs, text=comment_text, author=comment_author, initials="SH")
        if city in boxes:
            _add_text_box(document, next(shape_ids), *boxes[city])
    document.add_paragraph(issue["problems_heading"], style="Heading 1")
    for line in issue["problems"]:
        document.add_paragraph(line)
    document.add_paragraph(issue["plans_heading"], style="Heading 1")
    document.add_paragraph(issue["plans_lead"])
    for line in issue["plans"]:
        document.add_paragraph(line)
    document.add_paragraph(issue["close"]).alignment = 2
    document.add_paragraph(issue["date"]).alignment = 2
    document.core_properties.title = issue["title"]
    document.save(str(out))


# ---- 2026年一季度: landscape PDF, transposed table over two pages --------------------------------------------------

def _flow(blocks: list[tuple[str, str]]) -> str:
    return "".join(f"<h3>{esc(t)}</h3>" if k == "h" else f"<p>{esc(t)}</p>" for k, t in blocks)


def monitoring_pdf(issue: dict, out: Path) -> None:
    head1 = "".join(f"<th>{esc(c)}</th>" for c in ["指标", "单位", *CITIES])
    rows1 = "".join(f"<tr><td class=l>{esc(name)}</td><td>{esc(unit)}</td>"
                    + "".join(f"<td>{esc(v)}</td>" for v in values) + "</tr>"
                    for name, unit, values in issue["table1"])
    head2 = "".join(f"<th>{esc(c)}</th>" for c in issue["table2_header"])
    rows2 = "".join("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in row) + "</tr>" for row in issue["table2"])
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>{esc(issue['title'])}</title><style>
@page {{ size: A4 landscape; margin: 16mm 18mm 16mm 18mm; }}
body {{ font-family: "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.7; }}
h1 {{ font-size: 20pt; text-align: center; color: #b00; margin: 0; }}
.no {{ text-align: center; margin: 2mm 0; }} .issuer {{ text-align: center; border-bottom: 2px solid #b00;
  padding-bottom: 2mm; margin-bottom: 4mm; }}
h3 {{ font-size: 13pt; margin: 3mm 0 1mm; font-family: "Noto Sans CJK SC", sans-serif; }}
p {{ text-indent: 2em; margin: 0 0 2mm; text-align: justify; }}
.cap {{ text-align: center; font-weight: bold; text-indent: 0; margin-top: 4mm; }}
table {{ border-collapse: collapse; width: 100%; font-size: 11pt; }}
thead {{ display: table-header-group; }} tr {{ page-break-inside: avoid; }}
th, td {{ border: 1px solid #000; padding: 2.2mm 2mm; text-align: center; }}
th {{ background: #e8e8e8; }} td.l {{ text-align: left; }}
</style></head><body>
<h1>{esc(issue['title'])}</h1><div class=no>（{esc(issue['number'])}）</div><div class=issuer>{esc(issue['issuer'])}</div>
{_flow(issue['before'])}
<p class=cap>{esc(issue['table1_caption'])}</p>
<table><thead><tr>{head1}</tr></thead><tbody>{rows1}</tbody></table>
<p class=cap>{esc(issue['table2_caption'])}</p>
<table><thead><tr>{head2}</tr></thead><tbody>{rows2}</tbody></table>
{_flow(issue['after'])}
</body></html>"""
    print_pdf(page, out)


# ---- 2026年1—5月: a government-portal article page --------------------------------------------------------------

def portal_html(issue: dict, out: Path) -> None:
    nav = "".join(f'<li><a href="#">{esc(n)}</a></li>' for n in issue["nav"])
    crumbs = " &gt; ".join(f'<a href="#">{esc(c)}</a>' for c in issue["crumbs"])
    paras = "".join(f'<p style="text-indent:2em">{esc(p)}</p>' for p in issue["paras"])
    head = "".join(f'<td style="background:#dce6f1"><strong>{esc(c)}</strong></td>' for c in issue["table_header"])
    rows = "".join("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in row) + "</tr>" for row in issue["table"])
    table = (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td align="center">'
             f'<p style="text-align:center"><strong>{esc(issue["table_caption"])}</strong></p>'
             f'<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse" width="90%">'
             f"<tbody><tr>{head}</tr>{rows}</tbody></table></td></tr></table>")
    after = "".join(f'<p style="text-indent:2em">{esc(p)}</p>' for p in issue["after"])
    files = "".join(f'<li><a href="/module/download/downfile.jsp?filename={i}.xlsx">{esc(a)}</a></li>'
                    for i, a in enumerate(issue["attachments"], 1))
    related = "".join(f'<li><a href="#">{esc(t)}</a><span class="date">{esc(d)}</span></li>'
                      for t, d in issue["related"])
    footer = "".join(f"<p>{esc(f)}</p>" for f in issue["footer"])
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="ArticleTitle" content="{esc(issue['title'])}"/><meta name="PubDate" content="2026-06-18 10:30"/>
<meta name="ContentSource" content="开发区处"/>
<title>{esc(issue['title'])}_工作动态_{esc(issue['site'])}</title>
<link rel="stylesheet" href="/images/style.css"/><script src="/js/jquery.min.js"></script></head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="{esc(issue['site'])}"/></div>
<div class="search"><input type="text" value="请输入关键字"/><button>搜索</button></div></div>
<div class="nav"><ul>{nav}</ul></div>
<div class="main">
<div class="position">当前位置：{crumbs}</div>
<div class="left">
<div class="article">
<h1 class="title">{esc(issue['title'])}</h1>
<div class="info">{esc(issue['meta'])}</div>
<div class="content"><div class="TRS_Editor">
{paras}
{table}
{after}
</div></div>
<div class="fujian"><span>附件：</span><ul>{files}</ul></div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>
</div></div>
<div class="right"><div class="box"><div class="box-title">相关文章</div><ul class="related">{related}</ul></div></div>
</div>
<div class="footer">{footer}</div>
</body></html>
"""
    out.write_text(page, encoding="utf-8")


if __name__ == "__main__":
    report_docx(Y2025, HERE / "2026-01-kaifaqu-niandu-kaohe-tongbao.docx")
    monitoring_pdf(Q1, HERE / "2026-04-kaifaqu-yunxing-jiance-tongbao.pdf")
    portal_html(M5, HERE / "2026-06-kaifaqu-1-5yue-yunxing.html")
