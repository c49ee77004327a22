"""Write the three synthetic issues of 蘅阳市商务局《开发区工作专报》 (2025) from issues.py (commit the outputs too).

    python evals/corpus_county/make_issues.py

As a city's issues arrive: 上半年 a `.txt` copied out of a WeChat article; 前三季度 two pages photographed with a
phone (printed by headless Chromium through `evals.bulletin_files.print_pdf`, each page rendered, turned a little,
bent in perspective, lit unevenly, saved as JPEG quality 80); 全年 a `.docx` whose table sits in a landscape
section, its first column merged down where a county has two parks.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from PIL import Image, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository: evals.bulletin_files
from evals.bulletin_files import print_pdf  # noqa: E402
from issues import DOCX_FY, FY_TABLE_HEADER, FY_TABLE_ROWS, PHOTO_Q3, WECHAT_H1  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "kaifaqu-gongzuo-zhuanbao"
PHOTO_DPI = 150
TILTS = (1.4, -1.1)          # degrees: a page held a little askew
STYLE = """@page { size: A4; margin: 18mm 18mm; }
  body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 12pt; line-height: 1.7; }
  .mast { text-align: center; border-bottom: 2px solid #b00; margin-bottom: 8pt; }
  .mast h1 { color: #b00; font-size: 26pt; letter-spacing: 4pt; margin: 0; }
  .mast p { margin: 2pt 0; text-indent: 0; }
  .meta { display: flex; justify-content: space-between; }
  h2 { font-size: 15pt; text-align: center; } h3 { font-size: 13pt; margin: 8pt 0 3pt 0; }
  p { margin: 0 0 4pt 0; text-indent: 2em; text-align: justify; }
  p.cap { text-align: center; font-weight: bold; text-indent: 0; }
  p.note { font-size: 10.5pt; text-indent: 0; }
  table { border-collapse: collapse; width: 100%; font-size: 11pt; }
  th, td { border: 1px solid #222; padding: 3pt 5pt; text-align: center; }"""


def photographed(page: Image.Image, tilt: float, seed: int) -> Image.Image:
    """A printed page as a phone photographs it on a desk: turned `tilt` degrees, the far edge narrower
    (perspective), lit from one corner, a little soft."""
    rng = np.random.default_rng(seed)
    w, h = page.size
    inset = w * 0.035
    # perspective: the top edge of the sheet appears narrower than the bottom
    coeffs = _perspective_coeffs([(inset, 0), (w - inset, 0), (w, h), (0, h)], [(0, 0), (w, 0), (w, h), (0, h)])
    image = page.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(120, 110, 95))
    image = image.rotate(tilt, resample=Image.BICUBIC, expand=False, fillcolor=(120, 110, 95))
    pixels = np.asarray(image, dtype=np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    light = 0.78 + 0.24 * (1 - np.hypot(xx / w - 0.25, yy / h - 0.2) / 1.2)   # brighter near the top left
    pixels = pixels * light[..., None] * np.array([1.0, 0.98, 0.92]) + rng.normal(0, 4, pixels.shape)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.6))


def _perspective_coeffs(source, target):
    """PIL's PERSPECTIVE coefficients mapping each output point in `target` to the input point in `source`."""
    rows = []
    for (x, y), (u, v) in zip(target, source):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    return np.linalg.solve(np.array(rows, dtype=float), np.array(source, dtype=float).reshape(8)).tolist()


def write_photos() -> None:
    for n, body in enumerate(PHOTO_Q3, 1):
        page_html = (f"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><style>{STYLE}</style>"
                     f"</head><body>{body}</body></html>")
        (HERE / f"2025-10-{STEM}-di3qi-p{n}.html.in").write_text(page_html, encoding="utf-8")
        with tempfile.TemporaryDirectory() as tmp:
            printed = Path(tmp) / "page.pdf"
            print_pdf(page_html, printed)
            pdf = pdfium.PdfDocument(printed)
            page = pdf[0].render(scale=PHOTO_DPI / 72).to_pil().convert("RGB")
            pdf.close()
        photographed(page, TILTS[n - 1], seed=n).save(HERE / f"2025-10-{STEM}-di3qi-p{n}.jpg", quality=80)


def write_docx(path: Path) -> None:
    doc = Document()
    doc.core_properties.title = "开发区工作专报（2025年第4期）"
    for kind, text in DOCX_FY:
        if kind == "title":
            doc.add_paragraph(text, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("center", "heading"):
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            para.add_run(text).bold = kind == "heading"
        elif kind == "part":
            doc.add_paragraph().add_run(text).bold = True
        elif kind == "table":
            _landscape_table(doc, text)
        elif kind == "note":
            doc.add_paragraph(text)
            _new_section(doc, landscape=False)
        else:
            doc.add_paragraph(text)
    doc.save(path)


def _new_section(doc, landscape: bool) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    width, height = sorted((section.page_width, section.page_height), reverse=landscape)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = width, height


def _landscape_table(doc, caption: str) -> None:
    """The caption and table on a landscape page; a county's two parks share one merged county cell."""
    _new_section(doc, landscape=True)
    cap = doc.add_paragraph()
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cap.add_run(caption).bold = True
    table = doc.add_table(rows=1 + len(FY_TABLE_ROWS), cols=len(FY_TABLE_HEADER))
    table.style = "Table Grid"
    for r, row in enumerate([FY_TABLE_HEADER, *FY_TABLE_ROWS]):
        for c, text in enumerate(row):
            if not (c == 0 and r > 1 and FY_TABLE_ROWS[r - 2][0] == text):
                table.cell(r, c).text = text
    for r in range(2, 1 + len(FY_TABLE_ROWS)):
        if FY_TABLE_ROWS[r - 1][0] == FY_TABLE_ROWS[r - 2][0]:
            table.cell(r - 1, 0).merge(table.cell(r, 0))


if __name__ == "__main__":
    (HERE / f"2025-07-{STEM}-shangbannian.txt").write_text(WECHAT_H1, encoding="utf-8")
    write_photos()
    write_docx(HERE / f"2026-01-{STEM}-di4qi.docx")
    print("\n".join(sorted(p.name for p in HERE.iterdir())))
