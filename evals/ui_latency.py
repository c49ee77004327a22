"""Time from a click to its result shown in the browser: 提问 to the answer (10 questions on the sample
bulletin), or, with --case data, an indicator picked in the 数据 tab to its table (10,000 facts or more).

    python -m evals.ui_latency                       # starts the app on a free port (temporary store)
    python -m evals.ui_latency --url http://127.0.0.1:7860/   # uses a running app
    python -m evals.ui_latency --screenshot /tmp/ui_screenshot.png --json
    python -m evals.ui_latency --case data [--facts 10000] [--clicks 10] [--show INDICATOR --screenshot F]

Drives Debian's Chromium (apt-get install chromium fonts-noto-cjk) through Playwright. Prints each
time and the median; with --json the last line is one JSON object (times in milliseconds).
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

from evals.app_server import running_app
from evals.data_latency import PickStalled, copy_corpus, measure_data_tab, show_indicator

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
ANSWERS = "#bqa-chat .bqa-answer, #bqa-chat .bqa-abstained"
QUESTIONS = [
    "晋中签约项目投资额是多少？",
    "一季度晋中9家工业类开发区的规上工业增加值是多少？",
    "晋中开发区工业投资是多少？",
    "左权生态文化旅游示范区固定资产投资是多少？",
    "晋中今年举办了多少场次招商对接活动？",
    "阳泉签约投资额是多少？",
    "阳泉开工项目投资额是多少？",
    "晋中实行承诺制项目有多少个？",
    "招商引资情况如何？",
    "阳泉开发区改革进展如何？",
]


@contextmanager
def app_url(url: str | None, fill_docs: Callable[[Path], None], timeout: float = 180):
    """The given URL, or a fresh `python app.py` on a free port over a documents folder `fill_docs` fills."""
    if url:
        yield url
        return
    with tempfile.TemporaryDirectory(prefix="bqa-ui-") as tmp:
        docs = Path(tmp) / "docs"
        fill_docs(docs)
        with running_app(Path(tmp) / "store", docs, Path(tmp) / "server.log", timeout) as (served, _):
            yield served


@contextmanager
def browser_page(url: str, chromium: str):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.goto(url)
        page.wait_for_selector("#bqa-question textarea")
        yield page
        browser.close()


def measure_chat(page, questions: list[str], screenshot: Path | None) -> list[tuple[str, float]]:
    """(question, milliseconds from the click on 提问 until the answer message is in the page)."""
    times = []
    for question in questions:
        before = page.locator(ANSWERS).count()
        page.fill("#bqa-question textarea", question)
        started = time.perf_counter()
        page.click("#bqa-ask")
        page.wait_for_function("([sel, n]) => document.querySelectorAll(sel).length > n",
                               arg=[ANSWERS, before], timeout=60_000, polling="raf")
        times.append((question, round((time.perf_counter() - started) * 1000, 1)))
    if screenshot:
        page.reload()  # a new session: an empty chat
        page.wait_for_selector("#bqa-question textarea")
        page.fill("#bqa-question textarea", questions[0])
        page.click("#bqa-ask")
        page.wait_for_selector(ANSWERS)
        page.screenshot(path=str(screenshot))
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=["chat", "data"], default="chat")
    parser.add_argument("--url", help="a running app (default: start one)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--screenshot", type=Path, help="save the page after the last click here")
    parser.add_argument("--facts", type=int, default=10_000, help="data: at least this many facts in the store")
    parser.add_argument("--clicks", type=int, default=10, help="data: how many indicators to pick")
    parser.add_argument("--show", help="data: pick this indicator last (for --screenshot)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    facts = None
    if args.case == "chat":
        fill, timeout = (lambda docs: shutil.copytree(ROOT / "documents", docs)), 180
    else:
        def fill(docs: Path) -> None:
            nonlocal facts
            facts = copy_corpus(docs, args.facts)
        timeout = 1800  # the app indexes every copy before it serves
    with app_url(args.url, fill, timeout) as url, browser_page(url, args.chromium) as page:
        if args.case == "chat":
            times = measure_chat(page, QUESTIONS, args.screenshot)
        else:
            try:
                times = measure_data_tab(page, args.clicks)
                if args.show:
                    times.append((args.show, show_indicator(page, args.show, args.screenshot)))
            except PickStalled as err:
                print(f"error: {err}", file=sys.stderr)
                return 1
    for label, ms in times:
        print(f"{ms:8.1f} ms  {label}")
    values = [ms for _, ms in times]
    median = statistics.median(values)
    what = "questions" if args.case == "chat" else f"filter clicks ({facts or '?'} facts)"
    print(f"median {median:.1f} ms over {len(values)} {what} (min {min(values):.1f}, max {max(values):.1f})")
    if args.json:
        print(json.dumps({"case": args.case, "n": len(values), "median_ms": median, "min_ms": min(values),
                          "max_ms": max(values), "times_ms": values, "facts": facts}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
