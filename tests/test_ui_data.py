"""Browser tests of the 数据 tab, the 文档 outline, chat feedback and the 反馈 view: the real app (python app.py)
over the sample and the two synthetic later issues (so an indicator spans periods), driven by Chromium.

Every page records each request it makes; no test may see one leave 127.0.0.1.
"""
from __future__ import annotations

import csv
import io
import re
import shutil
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

import pytest
from openpyxl import load_workbook
from PIL import Image, ImageChops

from evals.app_server import AppDidNotStart, running_app
from index.store import IndexStore
from settings import ROOT, Settings
from tests.test_ui import ask

DOCS = [ROOT / "documents", ROOT / "evals" / "corpus"]


@pytest.fixture(scope="module")
def app_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("ui-data")
    (root / "docs").mkdir()
    for folder in DOCS:
        for path in folder.iterdir():
            if path.is_file() and path.suffix != ".md":
                shutil.copy2(path, root / "docs" / path.name)
    return root


def _serve(root: Path, log: str):
    return running_app(root / "store", root / "docs", root / log, timeout=240)


@pytest.fixture(scope="module")
def server(app_root) -> str:
    try:
        with _serve(app_root, "server.log") as (url, _):
            yield url
    except AppDidNotStart as err:
        pytest.fail(str(err))


@pytest.fixture(scope="module")
def facts(server, app_root) -> list[dict]:
    return IndexStore(Settings(store_dir=app_root / "store")).load_snapshot().facts


def open_page(browser, url: str):
    """A page at `url` that records the URL of every request it makes (page.requests)."""
    context = browser.new_context(viewport={"width": 1366, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(30_000)
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    page.goto(url)
    page.wait_for_selector("#bqa-question textarea")
    return page


@pytest.fixture
def page(server, browser):
    page = open_page(browser, server)
    yield page
    outside = {u for u in page.requests if urlparse(u).hostname != "127.0.0.1" and not u.startswith(("data:", "blob:"))}
    page.context.close()
    assert not outside, f"requests left the machine: {sorted(outside)}"


def open_data_tab(page) -> None:
    page.get_by_role("tab", name="数据").click()
    page.wait_for_function("document.querySelector('#bqa-data-summary').innerText.includes('共')")


def choose_indicator(page, indicator: str, expected_rows: int) -> None:
    """Type part of the indicator into the searchable filter, pick it, wait for its rows."""
    box = page.locator("#bqa-data-indicator input")
    box.click()
    box.fill("")
    box.press_sequentially(indicator[:2])
    box.press("ArrowDown")  # the filter narrows the options on a key press
    page.get_by_role("option", name=indicator, exact=True).click()
    page.wait_for_function("n => document.querySelector('#bqa-data-summary').innerText.startsWith(`共 ${n} 条`)",
                           arg=expected_rows)


def trend_indicator(facts: list[dict]) -> tuple[str, int]:
    """The indicator one entity reports in the most periods (a line chart), and how many facts it has."""
    periods = Counter()
    for indicator, entity in {(f["indicator"], f["entity"]) for f in facts if f["unit"] and f["number"] is not None}:
        periods[indicator, entity] = len({f["period"] for f in facts
                                          if f["indicator"] == indicator and f["entity"] == entity})
    (indicator, _), _ = periods.most_common(1)[0]
    return indicator, sum(f["indicator"] == indicator for f in facts)


def test_filter_an_indicator_shows_its_rows_and_a_line_chart(page, facts) -> None:
    indicator, n = trend_indicator(facts)
    open_data_tab(page)
    choose_indicator(page, indicator, n)
    cells = page.locator("#bqa-data-table [role=gridcell][data-col='3']").all_inner_texts()
    assert sorted(cells) == sorted(f["figure"] for f in facts if f["indicator"] == indicator)
    chart = page.locator(".bqa-data-line:visible")
    chart.first.locator("canvas, svg").first.wait_for()  # the chart follows the table
    assert indicator in chart.first.inner_text()
    assert page.locator(".bqa-data-bar:visible").count() == 0


def _line_chart_image(page, indicator: str, n: int) -> Image.Image:
    choose_indicator(page, indicator, n)
    chart = page.locator(".bqa-data-line:visible").first
    chart.locator("canvas, svg").first.wait_for()
    page.wait_for_function("t => document.querySelector('#bqa-data-charts').innerText.includes(t)", arg=indicator)
    page.wait_for_timeout(1500)  # the chart's transition
    return Image.open(io.BytesIO(chart.screenshot())).convert("RGB")


def test_a_chart_after_another_indicator_draws_the_new_figures(server, browser, facts) -> None:
    """The chart of an indicator picked after another is the chart drawn when it is picked first (a plot given
    new data for the same periods and entity once kept drawing the old figures)."""
    indicator, n = trend_indicator(facts)
    other, m = trend_indicator([f for f in facts if f["indicator"] != indicator])
    fresh = open_page(browser, server)
    try:
        open_data_tab(fresh)
        drawn_first = _line_chart_image(fresh, indicator, n)
    finally:
        fresh.context.close()
    switched = open_page(browser, server)
    try:
        open_data_tab(switched)
        _line_chart_image(switched, other, m)
        drawn_after = _line_chart_image(switched, indicator, n)
    finally:
        switched.context.close()
    assert drawn_after.size == drawn_first.size
    assert ImageChops.difference(drawn_after, drawn_first).getbbox() is None


def test_csv_and_xlsx_downloads_read_back_with_chinese_intact(page, facts, tmp_path) -> None:
    indicator, n = trend_indicator(facts)
    open_data_tab(page)
    choose_indicator(page, indicator, n)
    page.wait_for_function("() => !document.querySelector('#bqa-data-csv').disabled")
    with page.expect_download() as download:
        page.click("#bqa-data-csv")
    path = download.value.path()
    assert download.value.suggested_filename.endswith(".csv")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = [f for f in facts if f["indicator"] == indicator]
    assert len(rows) == len(expected) and {r["指标"] for r in rows} == {indicator}
    assert sorted(r["数值"] for r in rows) == sorted(f["figure"] for f in expected)
    assert {r["地区"] for r in rows} == {f["region"] for f in expected}
    assert all(r["数值"] in r["原文"] and r["公报文件"] for r in rows)
    with page.expect_download() as download:
        page.click("#bqa-data-xlsx")
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.suffix == ".xlsx"
    sheet = load_workbook(saved, read_only=True)["数据"]
    assert len(list(sheet.iter_rows(values_only=True))) == len(expected) + 1


def test_a_rows_source_shows_its_passage_highlighted(page, facts) -> None:
    indicator, n = trend_indicator(facts)
    open_data_tab(page)
    choose_indicator(page, indicator, n)
    figure = page.locator("#bqa-data-table [data-testid='cell-1-3']").inner_text()
    page.locator("#bqa-data-table [data-testid='cell-1-6']").click()
    mark = page.locator("#bqa-data-source mark.bqa-quote").first
    mark.wait_for()
    assert figure in mark.inner_text() and mark.is_visible()
    assert page.locator("#bqa-data-source .bqa-doc").inner_text().strip()


def test_outline_shows_regions_sections_items_with_counts(page, facts) -> None:
    page.get_by_role("tab", name="文档").click()
    page.wait_for_selector("#bqa-outline .bqa-ol-region")
    regions = page.locator("#bqa-outline .bqa-ol-region > summary .bqa-ol-count").all_inner_texts()
    assert len(regions) >= 2
    total = int(re.search(r"共 (\d+) 条数据", page.locator("#bqa-outline .bqa-ol-head").inner_text()).group(1))
    assert total == sum(int(r.split()[0]) for r in regions)
    assert total in Counter(f["doc"] for f in facts).values()  # the facts of the bulletin shown
    page.locator("#bqa-outline .bqa-ol-section > summary").first.click()
    item = page.locator("#bqa-outline .bqa-ol-item").first
    item.locator("summary").click()
    title = item.locator(".bqa-ol-title").inner_text()
    text = item.locator(".bqa-ol-text")
    assert text.is_visible() and text.inner_text().startswith(title[:4])


def test_compare_answer_shows_a_chart(page) -> None:
    answer = ask(page, "晋中和阳泉工业投资哪个高？")
    bars = answer.locator(".bqa-chart .bqa-bar")
    assert bars.count() == 2 and answer.locator("table.bqa-table").count() == 1
    widths = [b.get_attribute("style") for b in bars.all()]
    assert "width:100.0%" in widths


def test_thumbs_down_with_comment_survives_a_restart(browser, app_root, server) -> None:
    question = "晋中签约项目投资额是多少？"
    with _serve(app_root, "first.log") as (url, _):
        page = open_page(browser, url)
        ask(page, question)
        page.locator("#bqa-chat").get_by_role("button", name="Dislike").last.click()
        page.locator("#bqa-fb-comment textarea").fill("应当只给签约项目的投资额")
        page.click("#bqa-fb-send")
        page.wait_for_function("document.querySelector('#bqa-fb-status').innerText.includes('说明已保存')")
        page.context.close()
    with _serve(app_root, "second.log") as (url, _):
        page = open_page(browser, url)
        page.get_by_role("tab", name="反馈").click()
        row = page.locator("#bqa-feedback tr.bqa-fb-down").first
        row.wait_for()
        assert question in row.inner_text() and "应当只给签约项目的投资额" in row.inner_text()
        assert "👎" in row.locator(".bqa-fb-rating").inner_text()
        page.context.close()


def test_no_request_leaves_the_machine_while_every_tab_is_used(page, facts) -> None:
    answer = ask(page, "晋中和阳泉工业投资哪个高？")
    answer.page.locator("#bqa-chat").get_by_role("button", name="Like").last.click()
    page.wait_for_function("document.querySelector('#bqa-fb-status').innerText.includes('已记录')")
    indicator, n = trend_indicator(facts)
    open_data_tab(page)
    choose_indicator(page, indicator, n)
    page.locator(".bqa-data-line:visible canvas, .bqa-data-line:visible svg").first.wait_for()
    page.get_by_role("tab", name="文档").click()
    page.wait_for_selector("#bqa-outline .bqa-ol-region")
    page.get_by_role("tab", name="反馈").click()
    page.wait_for_selector("#bqa-feedback tr.bqa-fb-up")
    page.wait_for_timeout(1500)  # late requests (fonts, chart assets) too; Gradio never goes network-idle
    hosts = {urlparse(u).hostname for u in page.requests if not u.startswith(("data:", "blob:"))}
    assert hosts == {"127.0.0.1"}  # and the page fixture checks the same after every test
