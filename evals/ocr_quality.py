"""How good and how fast OCR is on a scan whose text layer is known (the PDF it was rasterised from).

`text_diff` counts the figures of the reference that the OCR text lacks (or adds) and the characters that
differ; `bench_ocr` times OCR settings on every page of the scan, each with fresh engines and no cache.
"""
from __future__ import annotations

import difflib
import os
import re
import time
import unicodedata
from collections import Counter
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium

from index.loaders import load_file
from index.normalize import normalize_text
from index.ocr import OcrOptions, OcrReader, ocr_texts

FIGURE = re.compile(r"\d+(?:\.\d+)?%?")


def _chars(text: str, fold: bool) -> str:
    text = "".join(text.split())
    return unicodedata.normalize("NFKC", text) if fold else text


def _word_chars(text: str) -> str:
    """Ideographs, letters and digits only: what a misread punctuation mark leaves alone."""
    return "".join(re.findall(r"\w", unicodedata.normalize("NFKC", text)))


def text_diff(reference: str, ocr: str) -> dict:
    """Figures missing/extra (as multisets) and characters differing: raw, with full/half-width folded, and
    among ideographs, letters and digits only (punctuation left out)."""
    want, got = Counter(FIGURE.findall(reference)), Counter(FIGURE.findall(ocr))
    out = {"figures": sum(want.values()), "figures_missing": sorted((want - got).elements()),
           "figures_extra": sorted((got - want).elements())}
    for key, a, b in (("chars_differ", _chars(reference, False), _chars(ocr, False)),
                      ("chars_differ_folded", _chars(reference, True), _chars(ocr, True)),
                      ("word_chars_differ", _word_chars(reference), _word_chars(ocr))):
        ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        out[key] = sum(max(a2 - a1, b2 - b1) for op, a1, a2, b1, b2 in ops if op != "equal")
    out["chars"] = len(_chars(reference, False))
    return out


def compare_texts(reference_pdf: Path, scan_pdf: Path, ocr_cache: Path | None) -> dict:
    """The scan read as the index reads it (cached OCR) against the text layer of the PDF it came from."""
    reference = load_file(reference_pdf).text
    scanned = load_file(scan_pdf, ocr=OcrReader(ocr_cache)).text
    return text_diff(reference, scanned)


def _page_images(scan: Path, dpi: int) -> list:
    pdf = pdfium.PdfDocument(scan)
    try:
        return [pdf[i].render(scale=dpi / 72).to_pil() for i in range(len(pdf))]
    finally:
        pdf.close()


DEFAULTS = OcrOptions(dpi=200, det_limit_side_len=None, threads=None, use_cls=True, rec_batch=None, rec_height=None,
                      workers=1)
ONE_THREAD = OcrOptions(det_limit_side_len=2000, rec_batch=None, rec_height=None, workers=1)  # 150 dpi, 1 thread
SEQUENTIAL = replace(OcrOptions(), workers=1)
BENCH = [  # (label, options): RapidOCR's defaults, then one change at a time, ending with ours
    ("RapidOCR defaults (200 dpi, classifier, pages over 2000 px scaled down, threads auto, 6 lines a call)", DEFAULTS),
    ("defaults at 150 dpi", replace(DEFAULTS, dpi=150)),
    ("150 dpi, no classifier, detector up to 2000 px, 1 thread", ONE_THREAD),
    ("... one line a recognition call", replace(ONE_THREAD, rec_batch=1)),
    ("... lines recognised 40 px high", replace(SEQUENTIAL, det_limit_side_len=2000)),
    ("... detector sees the page at 1152 px", SEQUENTIAL),
    ("... detector sees the page at 960 px", replace(SEQUENTIAL, det_limit_side_len=960)),
    ("... 2 threads", replace(SEQUENTIAL, threads=2)),
    ("ours: the same, 1 thread, 2 pages at once", OcrOptions()),
]


def bench_ocr(reference_pdf: Path, scan_pdf: Path) -> list[dict]:
    """Per setting, seconds per page (wall and this process's CPU) to read every page of the scan with fresh
    engines and no cache, and what that setting's text gets wrong against the text layer."""
    reference = load_file(reference_pdf).text
    rows = []
    for label, options in BENCH:
        reader = OcrReader(None, options)
        with ExitStack() as engines:  # loading (0.3 s an engine) is not reading
            for _ in range(options.workers):
                engines.enter_context(reader.engine())
        images = _page_images(scan_pdf, options.dpi)
        load, wall, cpu = os.getloadavg()[0], time.perf_counter(), time.process_time()
        pages = reader.read_pages([(n, lambda im=im: im) for n, im in enumerate(images, 1)], "")
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        texts = ocr_texts(pages)
        diff = text_diff(reference, "\n\n".join(normalize_text(texts[n]) for n in sorted(texts)))
        rows.append({"setting": label, "seconds_per_page": round(wall / len(images), 2),
                     "cpu_seconds_per_page": round(cpu / len(images), 2), "load_average": round(load, 1),
                     "confidence": round(sum(p.confidence for p in pages.values()) / len(pages), 4),
                     "figures": diff["figures"], "figures_missing": diff["figures_missing"],
                     "figures_extra": diff["figures_extra"], "chars_differ": diff["chars_differ"],
                     "chars_differ_folded": diff["chars_differ_folded"], "word_chars_differ": diff["word_chars_differ"]})
    return rows
