"""Write the three synthetic issues of the 渟漳省 series from issues.py (commit the outputs too).

    python evals/corpus_newsletter/make_issues.py

2026年一季度: a newsletter printed by Chromium on A4 in three CSS columns (masthead, 数读 box, 专栏 box, photo
placeholders with captions, a pull quote); 2026年上半年: a .docx whose headings and items Word numbers itself
(numbering.xml), with a tracked change, a footnote and one city inside a one-cell layout table; 2026年前三季度: a
WeChat article saved as .html (nested sections, inline styles, its data table only an <img>).
"""
from __future__ import annotations

import copy
import html
import re
import sys
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))
from evals.bulletin_files import print_pdf  # noqa: E402
from issues import H1, Q1, Q3  # noqa: E402

esc = html.escape


def _bold_leads(text: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", esc(text))


# ---- 2026年一季度: three-column newsletter PDF -------------------------------------------------------------

def newsletter_pdf(issue: dict, out: Path) -> None:
    name, number, host, date = issue["masthead"]
    photos = dict(issue["photos"])
    articles = []
    for title, paras in issue["articles"]:
        body = "".join(f"<p>{_bold_leads(p)}</p>" for p in paras[:1])
        if title in photos:
            body += f"<div class=photo></div><p class=cap>{esc(photos[title])}</p>"
        body += "".join(f"<p>{_bold_leads(p)}</p>" for p in paras[1:])
        articles.append(f"<h3>{esc(title)}</h3>{body}")
    digits = "".join(f"<div class=fig><div class=big>{esc(v)}</div><div class=small>{esc(k)}</div></div>"
                     for v, k in issue["digits"])
    box_label, box_title, box_text = issue["box"]
    box = f"<div class=box><div class=boxlabel>{esc(box_label)}</div><h4>{esc(box_title)}</h4><p>{esc(box_text)}</p></div>"
    quote = f"<blockquote>{esc(issue['quote'])}</blockquote>"
    # the 数读 box after the lead, the 专栏 after the first city, the quote after the third
    flow = [f"<h2>{esc(issue['headline'])}</h2><p>{esc(issue['lead'])}</p>",
            f"<div class=digits><div class=dtitle>数读一季度</div>{digits}</div>",
            articles[0], box, *articles[1:3], quote, *articles[3:]]
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>{esc(name)}{esc(number)}</title><style>
@page {{ size: A4; margin: 14mm 13mm 16mm 13mm; }}
body {{ font-family: "Noto Serif CJK SC", serif; font-size: 10.5pt; line-height: 1.65; margin: 0; }}
.mast {{ border-bottom: 3px double #b00; text-align: center; padding-bottom: 2mm; margin-bottom: 4mm; }}
.mast .name {{ font-size: 30pt; color: #b00; font-weight: bold; letter-spacing: 6pt; }}
.mast .meta {{ display: flex; justify-content: space-between; font-size: 10pt; }}
.cols {{ column-count: 3; column-gap: 6mm; column-rule: 1px solid #ccc; }}
h2 {{ font-size: 14pt; color: #b00; margin: 0 0 2mm; }} h3 {{ font-size: 12pt; margin: 3mm 0 1mm; color: #0b3d91; }}
p {{ text-indent: 2em; text-align: justify; margin: 0 0 1.5mm; }}
.photo {{ background: #bbb; height: 32mm; margin: 2mm 0 1mm; }}
p.cap {{ text-indent: 0; font-size: 9pt; color: #555; font-family: sans-serif; }}
.box {{ border: 1.5px solid #0b3d91; background: #eef3fb; padding: 2mm 3mm; margin: 3mm 0; break-inside: avoid; }}
.boxlabel {{ background: #0b3d91; color: #fff; display: inline-block; padding: 0 2mm; font-size: 9.5pt; }}
h4 {{ margin: 1mm 0; font-size: 11pt; }}
.digits {{ border: 2px solid #b00; padding: 2mm; margin: 3mm 0; text-align: center; break-inside: avoid; }}
.dtitle {{ font-weight: bold; color: #b00; font-size: 12pt; }}
.fig {{ margin: 2mm 0; }} .big {{ font-size: 20pt; font-weight: bold; color: #b00; line-height: 1.2; }}
.small {{ font-size: 8.5pt; color: #555; }}
blockquote {{ margin: 3mm 0; padding: 2mm 3mm; border-left: 4px solid #b00; font-size: 13pt; font-style: italic;
  color: #b00; }}
.foot {{ border-top: 1px solid #000; margin-top: 4mm; font-size: 9pt; }}
</style></head><body>
<div class=mast><div class=name>{esc(name)}</div><div class=meta><span>{esc(number)}</span><span>{esc(host)}</span>
<span>{esc(date)}</span></div></div>
<div class=cols>
{chr(10).join(flow)}
</div><div class=foot>{esc(issue['footer'])}</div></body></html>"""
    print_pdf(page, out)


# ---- 2026年上半年: .docx numbered by Word ---------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _lvl(ilvl: int, fmt: str, text: str, indent: int) -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="420"/></w:pPr></w:lvl>')


def _numbering(document) -> tuple[int, callable]:
    """The headings' list (一、 / （一）) and a maker of fresh 1. lists, as numIds in numbering.xml."""
    numbering = document.part.numbering_part.element
    headings = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="10"><w:multiLevelType w:val="multilevel"/>'
                         + _lvl(0, "chineseCounting", "%1、", 420) + _lvl(1, "chineseCounting", "（%2）", 840)
                         + "</w:abstractNum>")
    items = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="11"><w:multiLevelType w:val="singleLevel"/>'
                      + _lvl(0, "decimal", "%1.", 840) + "</w:abstractNum>")
    first_num = next((i for i, c in enumerate(numbering) if c.tag == qn("w:num")), len(numbering))
    numbering.insert(first_num, items)
    numbering.insert(first_num, headings)
    counter = iter(range(20, 100))

    def new_num(abstract: int) -> int:
        num_id = next(counter)
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
        return num_id
    return new_num(10), lambda: new_num(11)


def _number(paragraph, num_id: int, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _footnotes_part(document, text: str) -> None:
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           '</w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{_W}">{sep}'
           f'<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr>'
           f'<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
           f'{esc(text)}</w:t></w:r></w:p></w:footnote></w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def _runs(paragraph, text: str, issue: dict) -> None:
    """The text as runs; {fn} a footnote reference, {del} the tracked change (old figure deleted, new inserted)."""
    for piece in re.split(r"(\{fn\}|\{del\})", text):
        if piece == "{fn}":
            paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                          '<w:footnoteReference w:id="1"/></w:r>'))
        elif piece == "{del}":
            meta = 'w:author="审核人" w:date="2026-07-19T16:02:00Z"'
            paragraph._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="901" {meta}><w:r><w:delText>'
                                          f'{issue["deleted"]}</w:delText></w:r></w:del>'))
            paragraph._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="902" {meta}><w:r><w:t>'
                                          f'{issue["inserted"]}</w:t></w:r></w:ins>'))
        elif piece:
            paragraph.add_run(piece)


def report_docx(issue: dict, out: Path) -> None:
    document = Document()
    for line in issue["masthead"]:
        document.add_paragraph(line).alignment = 1
    document.add_paragraph(issue["title"], style="Title")
    _footnotes_part(document, issue["footnote"])
    headings, new_items = _numbering(document)
    container, items = document, None
    for block in issue["body"]:
        kind = block[0]
        if kind == "table":
            table = document.add_table(rows=1, cols=1)
            table.style = "Table Grid"
            container = table.cell(0, 0)
            container.paragraphs[0]._p.getparent().remove(container.paragraphs[0]._p)
            continue
        if kind == "/table":
            container = document
            continue
        if kind in (0, 1):
            paragraph = container.add_paragraph(block[1], style=f"Heading {kind + 1}")
            _number(paragraph, headings, kind)
            items = None
        elif kind == "item":
            items = items or new_items()
            paragraph = container.add_paragraph(block[1], style="List Paragraph")
            _number(paragraph, items, 0)
        else:
            paragraph = container.add_paragraph()
            _runs(paragraph, block[1], issue)
            items = None if not block[1].startswith("下一步") else items
    document.save(str(out))


# ---- 2026年前三季度: WeChat article ---------------------------------------------------------------------

def _wechat_figures(text: str, colour: bool) -> str:
    style = ' style="color:rgb(192,0,0);"' if colour else ""
    return re.sub(r"\\\{(.+?)\\\}|\{(.+?)\}", lambda m: f"<strong><span{style}>{m.group(2)}</span></strong>",
                  esc(text))


def _section(paras: list[str], colour: bool) -> str:
    inner = "".join(f'<section style="margin:0 0 12px;"><p style="line-height:1.75em;font-size:15px;">'
                    f'&nbsp;&nbsp;&nbsp;&nbsp;{_wechat_figures(p, colour)}</p></section>' for p in paras)
    return f'<section style="padding:0 8px;">{inner}</section>'


def wechat_html(issue: dict, out: Path) -> None:
    parts = [_section(issue["intro"], True)]
    for n, (title, paras) in enumerate(issue["cities"]):
        parts.append(f'<section style="margin:20px 0 8px;text-align:center;"><section style="display:inline-block;'
                     f'background:rgb(11,61,145);color:#fff;padding:4px 14px;border-radius:14px;">'
                     f'<span style="font-size:16px;"><strong>{esc(title)}</strong></span></section></section>'
                     + _section(paras, n % 2 == 0))
    parts.append('<section style="margin:16px 0;text-align:center;"><img class="rich_pages wxw-img" '
                 'data-src="https://mmbiz.qpic.cn/mmbiz_png/Xq3kZ9tabcdef/640?wx_fmt=png" data-ratio="1.42" '
                 f'alt="{esc(issue["table_alt"])}" style="width:100%;"/><p style="font-size:12px;color:#888;">'
                 '（点击图片查看大图）</p></section>')
    parts.append(_section(issue["next"], False))
    footer = "".join(f'<p style="font-size:13px;color:#888;text-align:center;">{esc(x)}</p>' for x in issue["footer"])
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{esc(issue['title'])}</title></head><body id="activity-detail">
<div class="rich_media_area_primary"><h1 class="rich_media_title" id="activity-name">{esc(issue['title'])}</h1>
<div class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name">{esc(issue['account'])}</a></span>
<em id="publish_time">{esc(issue['date'])}</em></div>
<div class="rich_media_content" id="js_content"><section style="font-size:15px;color:rgb(62,62,62);">
{chr(10).join(parts)}
<section style="margin-top:24px;border-top:1px solid #eee;">{footer}
<img alt="二维码" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/qrcode0000/640"/></section>
</section></div>
<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span>阅读 2316</span><span>在看 18</span></div></div>
</body></html>"""
    out.write_text(page, encoding="utf-8")


if __name__ == "__main__":
    newsletter_pdf(Q1, HERE / "2026-04-kaifaqu-gongzuo-jianbao.pdf")
    report_docx(H1, HERE / "2026-07-kaifaqu-xinxi-zhuanbao.docx")
    wechat_html(Q3, HERE / "2026-10-kaifaqu-qiansanjidu-weixin.html")
