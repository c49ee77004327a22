"""The 数据 case of evals.ui_latency: from a click on an indicator in the filter to its table shown.

The store holds at least `--facts` facts (10,000 by default), made by the real pipeline: documents/ and
evals/corpus/ are copied as often as needed (c01-…, c02-…) and indexed when the app starts. The embedding
cache embeds each distinct passage once, so the copies cost parsing and fact extraction, not embedding.
"""
from __future__ import annotations

import math
import shutil
from pathlib import Path

from playwright.sync_api import TimeoutError as PlaywrightTimeout

from index.facts import extract_facts
from index.loaders import load_file
from index.pipeline import chunk_document
from settings import ROOT

CORPUS = [ROOT / "documents", ROOT / "evals" / "corpus"]
SUMMARY = "#bqa-data-summary"
FILTER = "#bqa-data-indicator input"
OPTIONS = "#bqa-data-indicator li[role=option]"
INDICATOR_CELLS = "#bqa-data-table [role=gridcell][data-col='2']"
WAIT_MS = 60_000

# Installed in the page before a pick: the time of the click (pointerdown, the user's press) and of the table
# showing only the picked indicator's rows, laid out; both on the page's own clock, so neither Playwright's
# actionability checks nor its polling (rAF polling can stall in headless Chromium) enter the figure. A table
# that showed only this indicator before (the first rows of 全部) counts once the summary gives a new count.
_RECORDER = """([cells, summary, wanted]) => {
  const only = () => { const texts = [...document.querySelectorAll(cells)].map(c => c.innerText.trim());
                       return texts.length > 0 && texts.every(t => t === wanted); };
  const said = () => document.querySelector(summary)?.innerText ?? '';
  const before = said(), alreadyShown = only();
  const pick = window.__bqaPick = {clicked: null, shown: null};
  document.addEventListener('pointerdown', () => { pick.clicked ??= performance.now(); },
                            {capture: true, once: true});
  const observer = new MutationObserver(() => {
    if (pick.clicked === null || !only() || (alreadyShown && (said() === before || !/^共 \\d+ 条/.test(said()))))
      return;
    document.body.getBoundingClientRect();  // force the layout of the new rows
    pick.shown = performance.now();
    observer.disconnect();
  });
  observer.observe(document.body, {subtree: true, childList: true, characterData: true});
}"""


class PickStalled(RuntimeError):
    """The table did not show a picked indicator; the message says what the page showed instead."""


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
    box = page.locator(FILTER)
    box.click()
    labels = page.locator(OPTIONS).evaluate_all("items => items.map(item => item.getAttribute('aria-label'))")
    box.press("Escape")
    return [label for label in labels[1:] if label]


def _state(page) -> str:
    """What the filter, summary and table show now, for an error message."""
    return page.evaluate("""([box, cells, summary]) => JSON.stringify({
        filter: document.querySelector(box)?.value,
        summary: document.querySelector(summary)?.innerText.slice(0, 80),
        first_rows: [...document.querySelectorAll(cells)].slice(0, 3).map(c => c.innerText.trim())})""",
                         [FILTER, INDICATOR_CELLS, SUMMARY])


def _wait(page, script: str, arg, what: str) -> None:
    try:
        page.wait_for_function(script, arg=arg, timeout=WAIT_MS, polling=50)
    except PlaywrightTimeout:
        raise PickStalled(f"{what} within {WAIT_MS // 1000} s; the page shows {_state(page)}") from None


def _search(page, indicator: str):
    """Type the indicator's first characters and wait until the list holds only options with them: a click
    aimed at a list still narrowing lands on another option. The indicator's option."""
    box, typed = page.locator(FILTER), indicator[:2]
    box.click()
    box.fill("")
    box.press_sequentially(typed)
    box.press("ArrowDown")  # the dropdown narrows its options on a key press
    _wait(page, """([options, typed]) => { const shown = [...document.querySelectorAll(options)];
                   return shown.length > 0 && shown.every(o => (o.getAttribute('aria-label') || '').includes(typed)); }""",
          [OPTIONS, typed], f"the indicator filter did not narrow to {typed!r}")
    return page.get_by_role("option", name=indicator, exact=True)


def _pick(page, indicator: str, attempts: int = 3) -> float:
    """Search the indicator, click it; milliseconds from the click to its rows in the table (page clock).
    A click that selected another option (the filter holds it, unfocused) is tried again."""
    for _ in range(attempts):
        option = _search(page, indicator)
        page.evaluate(_RECORDER, [INDICATOR_CELLS, SUMMARY, indicator])
        option.click()
        _wait(page, """([box, wanted]) => window.__bqaPick.shown !== null || (document.activeElement
                       !== document.querySelector(box) && document.querySelector(box).value !== wanted)""",
              [FILTER, indicator], f"picked {indicator!r}, its rows were not in the table")
        pick = page.evaluate("() => window.__bqaPick")
        if pick["shown"] is not None:
            return round(pick["shown"] - pick["clicked"], 1)
    raise PickStalled(f"{attempts} clicks on {indicator!r} selected another option; the page shows {_state(page)}")


def measure_data_tab(page, clicks: int) -> list[tuple[str, float]]:
    """(indicator, ms) for `clicks` indicators spread over the filter's options, each different from the last."""
    page.get_by_role("tab", name="数据").click()
    _wait(page, "summary => document.querySelector(summary)?.innerText.includes('共')", SUMMARY,
          "the 数据 tab showed no table")
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
