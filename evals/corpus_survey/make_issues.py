"""Write the four synthetic 滢屏省 files from issues.py (commit the outputs too).

    python evals/corpus_survey/make_issues.py

2026年一季度: a 答记者问 saved as a web page (`记者：…？` / `X市商务局局长Y：…` turns, figures in words: 四十多个, 近两成,
翻了一番); 2026年上半年: a 调研报告 printed by Chromium with a running header and a `- N -` footer on every page
(`一、` `（一）` `1.` `（1）` numbering, footnotes ①②, a city's two zones in one paragraph); 2026年1-9月: a 重点项目推进台账
.docx (the city cell merged down over its rows, the unit in a line above each table, two header rows, 项目状态, 合计);
2026年1-10月: a one-page 统计快报 printed by Chromium, scanned, saved as a PNG (营收 for 营业收入, 外资 in 万美元).
"""
from __future__ import annotations

import html
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
from issues import FLASH_OCT, INTERVIEW_Q1, LEDGER_Q3, SURVEY_H1  # noqa: E402

esc = html.escape
SCAN_DPI = 170


def interview_html(issue: dict, out: Path) -> None:
    turns = "".join(f"<p>{esc(who + '：' if who else '')}{esc(text)}</p>" for who, text in issue["turns"])
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(issue['title'])}_滢屏省商务厅</title></head>
<body>
<div class="top"><span>滢屏省商务厅</span><ul><li>首页</li><li>新闻中心</li><li>政务公开</li><li>政策解读</li></ul></div>
<div class="crumb">您现在的位置：首页 &gt; 政策解读 &gt; 答记者问</div>
<div class="article"><h1>{esc(issue['title'])}</h1><div class="meta">{esc(issue['meta'])}</div>
<div class="TRS_Editor">{turns}</div>
<div class="tools">【打印本页】【关闭窗口】</div></div>
<div class="foot">滢屏省商务厅主办　　滢ICP备09002317号</div>
</body></html>
"""
    out.write_text(page, encoding="utf-8")


def survey_pdf(issue: dict, out: Path) -> None:
    tags = {"h1": "h2", "h2": "h3", "p": "p"}
    body = "".join(f"<{tags[k]}>{esc(t)}</{tags[k]}>" for k, t in issue["blocks"])
    notes = "".join(f"<p class='fn'>{esc(t)}</p>" for t in issue["footnotes"])
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>{esc(issue['title'])}</title><style>
@page {{ size: A4; margin: 26mm 24mm 24mm 24mm;
  @top-center {{ content: "{issue['running']}"; font: 9pt serif; border-bottom: 0.5pt solid #000; }}
  @bottom-center {{ content: "- " counter(page) " -"; font: 10pt serif; }} }}
body {{ font-family: "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 1.8; }}
h1 {{ font-size: 20pt; text-align: center; }} .by {{ text-align: center; text-indent: 0; }}
h2 {{ font-size: 15pt; font-family: "Noto Sans CJK SC", sans-serif; margin: 0.4em 0; }}
h3 {{ font-size: 15pt; font-family: "Noto Serif CJK SC", serif; margin: 0.3em 0; }}
p {{ text-indent: 2em; text-align: justify; margin: 0; }}
.fn {{ font-size: 10pt; text-indent: 0; }} hr {{ width: 30%; margin-left: 0; }}
</style></head><body>
<h1>{esc(issue['title'])}</h1><p class="by">{esc(issue['byline'])}</p>
{body}<hr>{notes}
</body></html>"""
    print_pdf(page, out)


def _unit_caption(document, caption: str, unit: str) -> None:
    document.add_paragraph(caption).alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(unit).alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _grouped_table(document, heads: list[list[str]], groups: list[tuple], total: list[str], city_col: int):
    """Header rows, then each city's rows with the city cell merged down over them, then the 合计 row."""
    width = len(heads[0])
    n_rows = len(heads) + sum(len(rows) for _, rows in groups) + 1
    table = document.add_table(rows=n_rows, cols=width)
    table.style = "Table Grid"
    for r, head in enumerate(heads):
        for c, text in enumerate(head):
            if text:
                table.cell(r, c).text = text
    r = len(heads)
    for city, rows in groups:
        for i, row in enumerate(rows):
            cells = row[:city_col] + [city if i == 0 else ""] + row[city_col:]
            for c, text in enumerate(cells):
                if text:
                    table.cell(r + i, c).text = text
        if len(rows) > 1:
            table.cell(r, city_col).merge(table.cell(r + len(rows) - 1, city_col))
        r += len(rows)
    for c, text in enumerate(total):
        if text:
            table.cell(r, c).text = text
    return table


def ledger_docx(issue: dict, out: Path) -> None:
    document = Document()
    document.add_paragraph(issue["title"], style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(issue["issuer"]).alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(issue["lead"]).paragraph_format.first_line_indent = Pt(24)
    _unit_caption(document, issue["t1_caption"], issue["t1_unit"])
    t1 = _grouped_table(document, [issue["t1_head1"], issue["t1_head2"]], issue["t1"], issue["t1_total"], 0)
    t1.cell(0, 0).merge(t1.cell(1, 0))
    t1.cell(0, 1).merge(t1.cell(1, 1))
    t1.cell(0, 2).merge(t1.cell(0, 3))
    t1.cell(0, 4).merge(t1.cell(0, 6))
    t1.cell(len(t1.rows) - 1, 0).merge(t1.cell(len(t1.rows) - 1, 1))
    _unit_caption(document, issue["t2_caption"], issue["t2_unit"])
    t2 = _grouped_table(document, [issue["t2_head1"]], issue["t2"], issue["t2_total"], 1)
    t2.cell(len(t2.rows) - 1, 0).merge(t2.cell(len(t2.rows) - 1, 3))
    for text in issue["notes"]:
        document.add_paragraph(text).paragraph_format.first_line_indent = Pt(24)
    document.core_properties.title = issue["title"]
    document.save(str(out))


def flash_png(issue: dict, out: Path) -> None:
    head = "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in issue["header"]) + "</tr>"
    rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in issue["rows"])
    page = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 22mm 18mm; }}
body {{ font-family: "Noto Serif CJK SC", serif; font-size: 14pt; }}
h1 {{ text-align: center; font-size: 22pt; margin: 0; }} .sub {{ text-align: center; margin: 2mm 0 6mm; }}
table {{ border-collapse: collapse; width: 100%; }} th, td {{ border: 1px solid #000; padding: 3mm 2mm; text-align: center; }}
p {{ line-height: 1.8; }} td:first-child {{ white-space: nowrap; }}
</style></head><body>
<h1>{esc(issue['title'])}</h1><p class="sub">{esc(issue['sub'])}</p>
<p>{esc(issue['lead'])}</p><table>{head}{rows}</table><p>{esc(issue['note'])}</p>
</body></html>"""
    with tempfile.TemporaryDirectory(prefix="bqa-survey-") as tmp:
        printed, scanned = Path(tmp) / "printed.pdf", Path(tmp) / "scanned.pdf"
        print_pdf(page, printed)
        office_scan_pdf(printed, scanned, dpi=SCAN_DPI)
        pdf = pdfium.PdfDocument(scanned)
        try:
            pdf[0].render(scale=SCAN_DPI / 72, grayscale=True).to_pil().convert("L").save(out)
        finally:
            pdf.close()


if __name__ == "__main__":
    interview_html(INTERVIEW_Q1, HERE / "2026-04-kaifaqu-yijidu-da-jizhe-wen.html")
    survey_pdf(SURVEY_H1, HERE / "2026-07-kaifaqu-gaozhiliang-fazhan-diaoyan-baogao.pdf")
    ledger_docx(LEDGER_Q3, HERE / "2026-10-kaifaqu-zhongdian-xiangmu-tuijin-taizhang.docx")
    flash_png(FLASH_OCT, HERE / "2026-11-kaifaqu-tongji-kuaibao-1-10yue.png")
    print("\n".join(sorted(p.name for p in HERE.iterdir())))
