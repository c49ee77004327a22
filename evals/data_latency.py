"""The 数据 case of evals.ui_latency: from a click on an indicator in the filter to its table shown.

The store holds at least `--facts` facts (10,000 by default), made by the real pipeline: documents/ and
evals/corpus/ are copied as often as needed (c01-…, c02-…) and indexed when the app starts. The embedding
cache embeds each distinct passage once, so the copies cost parsing and fact extraction, not embedding.
"""
from __future__ import annotations

import math
import shutil
import time
from pathlib import Path

from index.facts import extract_facts
from index.loaders import load_file
from index.pipeline import chunk_document
from settings import ROOT

CORPUS = [ROOT / "documents", ROOT / "evals" / "corpus"]
SUMMARY = "#bqa-data-summary"
FIRST_INDICATOR = "#bqa-data-table [data-testid='cell-0-2']"


def _corpus_files() -> list[Path]:
    return sorted(p for folder in CORPUS for p in folder.iterdir() if p.is_file() and p.suffix != ".md")


def facts_per_copy() -> int:
    """How many facts one copy of the corpus yields (extracted as the indexer does, without embedding)."""
    return sum(len(extract_facts(chunk_document(load_file(p), p.name)[0])) for p in _corpus_files())


def copy_corpus(docs: Path, min_facts: int) -> int:
    """Fill `docs` with enough copies of the corpus for `min_facts` facts; the number of facts it will hold."""
    per_copy = facts_per_copy()
    copies = max(1, math.ceil(min_facts / per_copy))
    docs.mkdir(parents=True, exist_ok=True)
    for i in range(1, copies + 1):
        for path in _corpus_files():
            shutil.copy2(path, docs / f"c{i:02d}-{path.name}")
    return copies * per_copy


def _options(page) -> list[str]:
    """The indicator filter's options (without 全部), as the page offers them."""
    box = page.locator("#bqa-data-indicator input")
    box.click()
    labels = page.locator("#bqa-data-indicator li[role=option]").evaluate_all(
        "items => items.map(item => item.getAttribute('aria-label'))")
    box.press("Escape")
    return [label for label in labels[1:] if label]


def _pick(page, indicator: str) -> float:
    """Search the indicator, click it; milliseconds from the click to its rows in the table."""
    box = page.locator("#bqa-data-indicator input")
    box.click()
    box.fill("")
    box.press_sequentially(indicator[:2])
    box.press("ArrowDown")  # the dropdown narrows its options on a key press
    option = page.get_by_role("option", name=indicator, exact=True)
    started = time.perf_counter()
    option.click()
    page.wait_for_function("([sel, text]) => document.querySelector(sel)?.innerText.trim() === text",
                           arg=[FIRST_INDICATOR, indicator], timeout=60_000, polling="raf")
    return round((time.perf_counter() - started) * 1000, 1)


def measure_data_tab(page, clicks: int) -> list[tuple[str, float]]:
    """(indicator, ms) for `clicks` indicators spread over the filter's options, each different from the last."""
    page.get_by_role("tab", name="数据").click()
    page.wait_for_function(f"document.querySelector('{SUMMARY}').innerText.includes('共')", timeout=60_000)
    options = _options(page)
    step = max(1, len(options) // clicks)
    chosen = options[::step][:clicks]
    return [(indicator, _pick(page, indicator)) for indicator in chosen]


def show_indicator(page, indicator: str, screenshot: Path | None) -> float:
    """Pick `indicator` (timed like the others) and save the page with its table and chart."""
    ms = _pick(page, indicator)
    if screenshot:
        page.locator("#bqa-data-charts canvas, #bqa-data-charts svg").first.wait_for()
        page.wait_for_timeout(800)  # the chart's transition
        page.screenshot(path=str(screenshot), full_page=True)
    return ms
