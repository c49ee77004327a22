"""A scanned table's negative figures keep their minus sign: the OCR detector's box often leaves the thin stroke
out, and `-8.6` read as `8.6` turns a fall into a rise.

Invented tables (places and figures made up here) are printed by headless Chromium, scanned as an office
scanner does (grey, tilted, speckled: `evals.bulletin_files.office_scan_pdf`) and read by OCR (results kept in pytest's cache); the scanned bulletin of corpus `scan` is read too.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from evals.bulletin_files import office_scan_pdf, print_pdf
from index.loaders import load_file
from index.layout import Line
from index.ocr import OcrReader
from index.ocr_signs import has_minus_before
from tests.conftest import CHROMIUM

ROOT = Path(__file__).resolve().parents[1]
NOTO_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
STYLE = """@page { size: A4; margin: 20mm 18mm; }
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 10.5pt; }
table { border-collapse: collapse; width: 100%; margin-bottom: 14pt; }
td { padding: 3pt 6pt; text-align: center; }
table.ruled td { border: 0.6pt solid #000; }"""
ROWS = [["开发区", "档次", "营业收入", "增速", "出口增速", "外资"],
        ["栖霞湾经开区", "一", "168.5", "5.2", "-8.6", "1280"],
        ["漱石高新区", "二", "352.8", "-0.7", "4.9", "5460"],
        ["鹊桥综保区", "一", "97.3", "-12.3", "-2.4", "311"],
        ["柘溪产业园", "三", "45.1", "10.4", "-21.0", "96"]]
NEGATIVE = sorted({c for row in ROWS for c in row if c.startswith("-")})
POSITIVE = sorted({c for row in ROWS[1:] for c in row[2:] if not c.startswith("-")})


def _page() -> str:
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in ROWS)
    return (f'<!doctype html><html><head><meta charset="utf-8"><style>{STYLE}</style></head><body>'
            f"<p>附表 一季度各开发区主要指标（单位：亿元、%、万美元）</p><table>{rows}</table>"
            f'<table class="ruled">{rows}</table></body></html>')


@pytest.fixture(scope="module")
def scanned_text(tmp_path_factory, request) -> str:
    folder = tmp_path_factory.mktemp("ocr-signs")
    print_pdf(_page(), folder / "table.pdf", CHROMIUM)
    office_scan_pdf(folder / "table.pdf", folder / "scan.pdf")
    return load_file(folder / "scan.pdf", ocr=OcrReader(Path(request.config.cache.mkdir("bqa-ocr")))).text


def _cells(text: str) -> list[str]:
    return re.findall(r"-?\d+(?:\.\d+)?", text)


def test_a_scanned_tables_figures_keep_their_signs(scanned_text) -> None:
    """Borderless and ruled, each figure read twice as written: no minus lost, none taken from what stands
    before a positive figure (a cell `一`, a border)."""
    cells = _cells(scanned_text)
    assert all(cells.count(figure) == 2 for figure in NEGATIVE), scanned_text
    assert all(cells.count(figure) == 2 and cells.count("-" + figure) == 0 for figure in POSITIVE), scanned_text


def _figure_after(before: str, figure: str, size: int = 20) -> tuple[np.ndarray, Line]:
    """A grey image of `before` + `figure` in Noto Serif CJK, and the figure's line as the detector boxes it
    (padded, `before` left out)."""
    font = ImageFont.truetype(NOTO_SERIF, size)
    image = Image.new("L", (40 + int(font.getlength(before + figure)), 3 * size), 245)
    ImageDraw.Draw(image).text((20, size), before + figure, font=font, fill=20)
    x0 = 20 + font.getlength(before)
    return np.asarray(image), Line(x0 - 1, size * 0.8, x0 + font.getlength(figure) + 2, size * 2.3, figure)


@pytest.mark.parametrize("before,signed", [("-", True), ("−", True), ("", False), ("一", False), ("—", False),
                                           ("第", False), ("-   ", False)])  # the last: a blank cell's dash
def test_a_stroke_before_a_digit_is_a_minus_only_when_short_flat_level_and_close(before, signed) -> None:
    gray, line = _figure_after(before, "8.6")
    assert (has_minus_before(gray, line) is not None) is signed


def test_the_scanned_bulletin_reads_its_fall_as_a_fall(request) -> None:
    scan = ROOT / "evals/corpus_scan/2026-04-kaifaqu-yunxing-jianbao-di1qi.pdf"
    text = load_file(scan, ocr=OcrReader(Path(request.config.cache.mkdir("bqa-ocr")))).text
    assert "-8.6" in _cells(text), text  # 附表1's 出口增速 of a zone whose exports fell
