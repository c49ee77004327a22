"""Time from pressing 提问 to the answer shown in the browser, over 10 questions on the sample bulletin.

    python -m evals.ui_latency                       # starts the app on a free port (temporary store)
    python -m evals.ui_latency --url http://127.0.0.1:7860/   # uses a running app
    python -m evals.ui_latency --screenshot /tmp/ui_screenshot.png --json

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

from evals.app_server import running_app

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
def app_url(url: str | None, timeout: float = 180):
    """The given URL, or a fresh `python app.py` on a free port over a copy of documents/."""
    if url:
        yield url
        return
    with tempfile.TemporaryDirectory(prefix="bqa-ui-") as tmp:
        docs = Path(tmp) / "docs"
        shutil.copytree(ROOT / "documents", docs)
        with running_app(Path(tmp) / "store", docs, Path(tmp) / "server.log", timeout) as (served, _):
            yield served


def measure(url: str, questions: list[str], chromium: str, screenshot: Path | None) -> list[float]:
    """Milliseconds from the click on 提问 until the answer message is in the page, per question."""
    from playwright.sync_api import sync_playwright
    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.goto(url)
        page.wait_for_selector("#bqa-question textarea")
        for question in questions:
            before = page.locator(ANSWERS).count()
            page.fill("#bqa-question textarea", question)
            started = time.perf_counter()
            page.click("#bqa-ask")
            page.wait_for_function("([sel, n]) => document.querySelectorAll(sel).length > n",
                                   arg=[ANSWERS, before], timeout=60_000, polling="raf")
            times.append(round((time.perf_counter() - started) * 1000, 1))
        if screenshot:
            page.reload()  # a new session: an empty chat
            page.wait_for_selector("#bqa-question textarea")
            page.fill("#bqa-question textarea", questions[0])
            page.click("#bqa-ask")
            page.wait_for_selector(ANSWERS)
            page.screenshot(path=str(screenshot))
        browser.close()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running app (default: start one)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--screenshot", type=Path, help="save the chat page after an answer here")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with app_url(args.url) as url:
        times = measure(url, QUESTIONS, args.chromium, args.screenshot)
    for question, ms in zip(QUESTIONS, times):
        print(f"{ms:8.1f} ms  {question}")
    median = statistics.median(times)
    print(f"median {median:.1f} ms over {len(times)} questions (min {min(times):.1f}, max {max(times):.1f})")
    if args.json:
        print(json.dumps({"n": len(times), "median_ms": median, "times_ms": times}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
