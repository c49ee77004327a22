"""How good and how fast OCR is on a scan whose text layer is known (the PDF it was rasterised from).

`text_diff` counts the figures of the reference that the OCR text lacks (or adds) and the characters that
differ; `bench_ocr` times OCR settings on one page, each with a fresh engine and no cache.
"""
from __future__ import annotations

import difflib
import io
import re
import time
import unicodedata
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium

from index.loaders import load_file
from index.normalize import normalize_text
from index.ocr import OcrOptions, OcrReader, ocr_texts
from index.pdf import load_pdf

FIGURE = re.compile(r"\d+(?:\.\d+)?%?")


def _chars(text: str, fold: bool) -> str:
    text = "".join(text.split())
    return unicodedata.normalize("NFKC", text) if fold else text


def text_diff(reference: str, ocr: str) -> dict:
    """Figures missing/extra (as multisets) and characters differing, raw and with full/half-width folded."""
    want, got = Counter(FIGURE.findall(reference)), Counter(FIGURE.findall(ocr))
    out = {"figures": sum(want.values()), "figures_missing": sorted((want - got).elements()),
           "figures_extra": sorted((got - want).elements())}
    for key, fold in (("chars_differ", False), ("chars_differ_folded", True)):
        a, b = _chars(reference, fold), _chars(ocr, fold)
        ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        out[key] = sum(max(a2 - a1, b2 - b1) for op, a1, a2, b1, b2 in ops if op != "equal")
    out["chars"] = len(_chars(reference, False))
    return out


def compare_texts(reference_pdf: Path, scan_pdf: Path, ocr_cache: Path | None) -> dict:
    """The scan read as the index reads it (cached OCR) against the text layer of the PDF it came from."""
    reference = load_file(reference_pdf).text
    scanned = load_file(scan_pdf, ocr=OcrReader(ocr_cache)).text
    return text_diff(reference, scanned)


def _single_page(path: Path, number: int) -> bytes:
    source, single = pdfium.PdfDocument(path), pdfium.PdfDocument.new()
    try:
        single.import_pages(source, [number - 1])
        buffer = io.BytesIO()
        single.save(buffer)
        return buffer.getvalue()
    finally:
        single.close()
        source.close()


def _page_image(scan: Path, number: int, dpi: int):
    pdf = pdfium.PdfDocument(scan)
    try:
        return pdf[number - 1].render(scale=dpi / 72).to_pil()
    finally:
        pdf.close()


BENCH = [  # (label, options): RapidOCR's defaults first, then one change at a time, then ours
    ("rapidocr defaults, 200 dpi", OcrOptions(dpi=200, det_limit_side_len=None, threads=None, use_cls=True)),
    ("defaults, 150 dpi", OcrOptions(dpi=150, det_limit_side_len=None, threads=None, use_cls=True)),
    ("150 dpi, no direction classifier", OcrOptions(dpi=150, det_limit_side_len=None, threads=None)),
    ("150 dpi, no cls, detector 1600", OcrOptions(dpi=150, det_limit_side_len=1600, threads=None)),
    ("150 dpi, no cls, detector 1280", OcrOptions(dpi=150, det_limit_side_len=1280, threads=None)),
    ("150 dpi, no cls, detector 960", OcrOptions(dpi=150, det_limit_side_len=960, threads=None)),
    ("200 dpi, no cls, detector 1600", OcrOptions(dpi=200, det_limit_side_len=1600, threads=None)),
    ("150 dpi, no cls, detector 960, 2 threads", OcrOptions(dpi=150, det_limit_side_len=960, threads=2)),
    ("ours: 150 dpi, no cls, detector 960, 1 thread", OcrOptions()),
]


def bench_ocr(reference_pdf: Path, scan_pdf: Path, page: int = 1) -> list[dict]:
    """Seconds (wall and CPU) for one full A4 page per setting, and what that setting's text gets wrong."""
    pages, _ = load_pdf(_single_page(reference_pdf, page), OcrReader())  # laid out alone, as the OCR'd page is
    reference = normalize_text(pages[0].text)
    rows = []
    for label, options in BENCH:
        reader = OcrReader(None, options)
        reader.load_engine()  # loading (0.3 s) is not reading
        image = _page_image(scan_pdf, page, options.dpi)
        wall, cpu = time.perf_counter(), time.process_time()
        result = reader.read(image)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        text = normalize_text(ocr_texts({page: result})[page])
        diff = text_diff(reference, text)
        rows.append({"setting": label, "seconds": round(wall, 2), "cpu_seconds": round(cpu, 2),
                     "confidence": result.confidence, "figures_missing": len(diff["figures_missing"]),
                     "chars_differ": diff["chars_differ"], "chars_differ_folded": diff["chars_differ_folded"]})
    return rows
