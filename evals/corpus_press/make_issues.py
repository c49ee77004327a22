"""Write the four synthetic files of the 泠邑省 series from issues.py (commit the outputs too).

    python evals/corpus_press/make_issues.py

2025年全年: 杉浦经济技术开发区's own 工作总结 as a .docx (first person 我区/本区, the zone named only in the title and the
落款, an indicator table 指标 | 单位 | 完成值 | 同比 | 目标 | 完成率 and a 注 line holding the 上半年 figure); 2026年一季度: the
province's 新闻发布会 实录 saved from the news office's site (host, speakers, `【记者】…：问：…` and `答：…`, several cities
in one answer, zones written short); 2026年上半年: the same zone's 自查报告 as a Word 97 .doc (本区/园区, addressed to
市商务局); 2026年前三季度 (截至9月底): a 重点项目清单 printed by Chromium, scanned, and saved as one PNG a page (the city
cell merged over its rows; page 2 a 续表 that repeats the header but not the title).
"""
from __future__ import annotations

import html
import subprocess
import sys
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))
from evals.bulletin_files import office_scan_pdf, print_pdf  # noqa: E402
from issues import PRESS_Q1, PROJECTS_Q3, SELF_CHECK_H1, SUMMARY_2025  # noqa: E402

esc = html.escape
SCAN_DPI = 170


def _table(document, caption: str, header: list[str], rows: list[list[str]]) -> None:
    document.add_paragraph(caption).alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for r, row in enumerate([header, *rows]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def _body(document, text: str) -> None:
    document.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)


def _signature(document, lines: list[str]) -> None:
    for line in lines:
        document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT


# ---- 2025年全年: the zone's year summary, .docx ---------------------------------------------------------------------

def summary_docx(issue: dict, out: Path) -> None:
    document = Document()
    document.add_paragraph(issue["title"], style="Title")
    for heading, paras in issue["sections"]:
        document.add_paragraph(heading, style="Heading 1")
        for text in paras:
            _body(document, text)
    _table(document, issue["table_caption"], issue["table_header"], issue["table"])
    document.add_paragraph(issue["note"])
    _signature(document, issue["signature"])
    document.save(str(out))


# ---- 2026年上半年: the zone's 自查报告, Word 97 .doc ----------------------------------------------------------------------

def self_check_doc(issue: dict, out: Path) -> None:
    document = Document()
    document.add_paragraph(issue["title"], style="Title")
    document.add_paragraph(issue["to"])
    for text in issue["paras"]:
        if text[:2].endswith("、"):
            document.add_paragraph().add_run(text).bold = True
        else:
            _body(document, text)
    _table(document, issue["table_caption"], issue["table_header"], issue["table"])
    _signature(document, issue["signature"])
    with tempfile.TemporaryDirectory(prefix="bqa-press-") as tmp:
        source = Path(tmp) / f"{out.stem}.docx"
        document.save(str(source))
        subprocess.run(["soffice", f"-env:UserInstallation={Path(tmp, 'profile').as_uri()}", "--headless",
                        "--convert-to", "doc", "--outdir", tmp, str(source)], capture_output=True, timeout=180,
                       check=True)
        Path(tmp, f"{out.stem}.doc").replace(out)


# ---- 2026年一季度: the press conference transcript, saved web page -----------------------------------------------------

def press_html(issue: dict, out: Path) -> None:
    turns = "".join(f'<p><strong>{esc(who)}：</strong>{esc(said)}</p>\n' for who, said in issue["turns"])
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(issue['title'])}_{esc(issue['site'])}</title></head>
<body>
<div class="header"><div class="logo">{esc(issue['site'])}</div>
<ul class="nav"><li>首页</li><li>新闻发布</li><li>发布会实录</li><li>图片直播</li><li>视频回顾</li></ul></div>
<div class="crumb">当前位置：首页 &gt; 新闻发布 &gt; 发布会实录</div>
<div class="article">
<h1>{esc(issue['title'])}</h1>
<div class="info">{esc(issue['meta'])}</div>
<div class="content">
<p>{esc(issue['intro'])}</p>
{turns}<p class="editor">{esc(issue['editor'])}</p>
</div></div>
<div class="share">分享到：微信 微博　【打印本页】【关闭窗口】</div>
<div class="footer">主办：{esc(issue['site'])}　网站标识码：LY0000001　备案号：泠ICP备00000000号</div>
</body></html>
"""
    out.write_text(page, encoding="utf-8")


# ---- 2026年前三季度: the scanned project list, one PNG a page ---------------------------------------------------------

def _project_rows(groups: list[tuple], first: int) -> str:
    rows, n = [], first
    for city, projects in groups:
        for i, (name, zone, invest, progress) in enumerate(projects):
            city_cell = f'<td rowspan="{len(projects)}">{esc(city)}</td>' if i == 0 else ""
            rows.append(f"<tr><td>{n}</td><td>{esc(name)}</td><td>{esc(zone)}</td>{city_cell}"
                        f"<td>{invest}</td><td>{esc(progress)}</td></tr>")
            n += 1
    return "\n".join(rows)


def projects_png(issue: dict, stem: Path) -> None:
    head = "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in issue["header"]) + "</tr>"
    first = sum(len(p) for _, p in issue["page1"]) + 1
    total = "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in issue["total"]) + "</tr>"
    page = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 22mm 18mm; }}
body {{ font-family: "Noto Serif CJK SC", serif; font-size: 13pt; }}
h1 {{ text-align: center; font-size: 20pt; margin: 0; }} .sub {{ text-align: center; margin: 2mm 0 6mm; }}
table {{ border-collapse: collapse; width: 100%; }} th, td {{ border: 1px solid #000; padding: 3mm 2mm; text-align: center; }}
.next {{ page-break-before: always; }} .note {{ font-size: 11pt; margin-top: 5mm; }} .issuer {{ text-align: right; }}
</style></head><body>
<h1>{esc(issue['title'])}</h1><p class="sub">{esc(issue['sub'])}</p>
<table>{head}{_project_rows(issue['page1'], 1)}</table>
<div class="next"><p>续表</p>
<table>{head}{_project_rows(issue['page2'], first)}{total}</table>
<p class="note">{esc(issue['note'])}</p><p class="issuer">{esc(issue['issuer'])}</p></div>
</body></html>"""
    with tempfile.TemporaryDirectory(prefix="bqa-press-") as tmp:
        printed, scanned = Path(tmp) / "printed.pdf", Path(tmp) / "scanned.pdf"
        print_pdf(page, printed)
        office_scan_pdf(printed, scanned, dpi=SCAN_DPI)
        pdf = pdfium.PdfDocument(scanned)
        try:
            for n in range(len(pdf)):
                image = pdf[n].render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L")
                image.save(stem.with_name(f"{stem.name}-p{n + 1}.png"))
        finally:
            pdf.close()


if __name__ == "__main__":
    summary_docx(SUMMARY_2025, HERE / "2026-01-shanpu-jingkaiqu-2025-gongzuo-zongjie.docx")
    press_html(PRESS_Q1, HERE / "2026-04-kaifaqu-yijidu-fabuhui-shilu.html")
    self_check_doc(SELF_CHECK_H1, HERE / "2026-07-shanpu-jingkaiqu-shangbannian-zicha-baogao.doc")
    projects_png(PROJECTS_Q3, HERE / "2026-10-kaifaqu-zhongdian-xiangmu-qingdan")
    print("\n".join(sorted(p.name for p in HERE.iterdir())))
