"""Web UI tests: the real app (python app.py) in a subprocess, driven by Chromium through Playwright.

One server for the whole session (it indexes a copy of documents/ into a temporary store at start);
every browser test opens its own page. Needs Debian's chromium and fonts-noto-cjk (see .ci/run).
The first tests need no server: the pure rendering and file-name rules.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from evals.app_server import AppDidNotStart, running_app
from index.store import IndexStore
from settings import Settings
from ui.render import html_text, md_text, render_answer
from ui.service import UploadRejected, safe_upload_name

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = "2024-kaifaqu-tekan-jinzhong-yangquan.txt"
ANSWERS = "#bqa-chat .bqa-answer, #bqa-chat .bqa-abstained"
XSS_TEXT = ('朔州\n\n【工作成绩】\n\n一是**引进**项目。朔州开发区<script>window.__xss=1</script>引进项目'
            '<img src=x onerror="window.__xss=2">共37个，[链接](javascript:alert(1)) 总投资88.8亿元。\n\n'
            '供稿:朔州市商务局\n')
DATONG_TEXT = ('全省开发区工作快报\n\n大同\n\n【工作成绩及亮点】\n\n一是外贸稳步增长。一季度，大同开发区实现进出口额'
               '18.7亿元，同比增长12%。\n\n二是招商成效明显。新引进项目14个，总投资46.3亿元。\n\n供稿:大同市商务局\n')


# --- pure parts, no server -------------------------------------------------------------------
@pytest.mark.parametrize("name, expected", [
    ("公报.txt", "公报.txt"), ("a/b/../公报.docx", "公报.docx"), ("C:\\docs\\x.PDF", "x.PDF"),
    ("evil\x00name.md", "evilname.md"), (" 报告.htm ", "报告.htm")])
def test_upload_names_keep_only_a_clean_base_name(name: str, expected: str) -> None:
    assert safe_upload_name(name) == expected


@pytest.mark.parametrize("name", ["", "..", "../", ".hidden.txt", "a..txt", "../../etc/passwd", "run.exe", "x/"])
def test_upload_names_refused(name: str) -> None:
    with pytest.raises(UploadRejected):
        safe_upload_name(name)


def test_rendering_escapes_document_text() -> None:
    payload = '<script>alert(1)</script> **粗** [x](javascript:y) $x$'
    out = html_text(payload)
    assert "<" not in out and "*" not in out and "[" not in out and "$" not in out
    answer = render_answer({"answer": f"{payload}[1][7]", "abstained": False, "short": "",
                            "citations": [{"n": 1, "doc": "a<b>.txt", "title": "<i>t</i>", "region": "晋中",
                                           "text": f"前文{payload}后文", "quote": payload}]}, turn=2)
    assert "<script" not in answer and "<i>" not in answer and "<b>" not in answer
    assert answer.count('href="#bqa-c2-1"') == 1 and 'id="bqa-c2-1"' in answer  # [7] names no citation
    assert '<mark class="bqa-quote">' in answer
    assert md_text("1. *a* <b>") == "1\\. \\*a\\* &lt;b&gt;"


def test_abstained_answer_is_marked() -> None:
    out = render_answer({"answer": "没有找到。", "abstained": True, "citations": []}, turn=1)
    assert "bqa-abstained" in out and "未找到依据" in out


# --- the running app ---------------------------------------------------------------------------
@pytest.fixture(scope="session")
def app_dirs(tmp_path_factory) -> Path:
    """Where the served app keeps its store (store/) and documents folder (docs/)."""
    return tmp_path_factory.mktemp("ui")


@pytest.fixture(scope="session")
def server(app_dirs) -> str:
    docs = app_dirs / "docs"
    shutil.copytree(ROOT / "documents", docs)
    try:
        with running_app(app_dirs / "store", docs, app_dirs / "server.log", timeout=120) as (url, _):
            yield url
    except AppDidNotStart as err:
        pytest.fail(str(err))


@pytest.fixture
def page(server, browser):
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.set_default_timeout(30_000)
    page.goto(server)
    page.wait_for_selector("#bqa-question textarea")
    yield page
    page.close()


def ask(page, question: str):
    """Ask in the chat and return the locator of the new answer message."""
    before = page.locator(ANSWERS).count()
    page.fill("#bqa-question textarea", question)
    page.click("#bqa-ask")
    page.wait_for_function("([sel, n]) => document.querySelectorAll(sel).length > n", arg=[ANSWERS, before])
    return page.locator(ANSWERS).last


def choose(page, dropdown: str, option: str) -> None:
    page.click(f"{dropdown} input")
    page.get_by_role("option", name=option, exact=True).click()


def cited_regions(answer) -> list[str]:
    return [c.locator(".bqa-region").inner_text() for c in answer.locator(".bqa-cite").all()]


def upload(page, paths: list[Path]) -> str:
    page.get_by_role("tab", name="文档").click()
    page.set_input_files("#bqa-upload input[type=file]", [str(p) for p in paths])
    page.wait_for_selector("#bqa-index-result .bqa-summary, #bqa-index-result .bqa-error", timeout=90_000)
    text = page.inner_text("#bqa-index-result")
    page.get_by_role("tab", name="问答").click()
    return text


def test_answer_shows_figure_and_visible_cited_passage(page) -> None:
    answer = ask(page, "晋中签约项目投资额是多少？")
    assert "126.6亿元" in answer.locator(".bqa-text").inner_text()
    mark = answer.locator(".bqa-cite mark").first
    assert mark.is_visible() and "126.6亿元" in mark.inner_text()
    head = answer.locator(".bqa-cite-head").first.inner_text()
    assert "晋中" in head and "二是持续破局招商引资" in head
    answer.locator("a.bqa-ref").first.click()  # [1] leads to its passage
    cite_id = answer.locator(".bqa-cite").first.get_attribute("id")
    assert page.url.endswith("#" + cite_id)
    assert page.locator(f"#{cite_id}").is_visible()


def test_region_filter_changes_what_is_cited(page) -> None:
    question = "招商引资情况如何？"
    everywhere = cited_regions(ask(page, question))
    choose(page, "#bqa-region", "阳泉")
    in_yangquan = cited_regions(ask(page, question))
    assert everywhere and in_yangquan, "both answers must cite something"
    assert set(in_yangquan) == {"阳泉"}
    assert set(everywhere) != set(in_yangquan)


def test_uploaded_bulletin_becomes_answerable(page, tmp_path) -> None:
    question = "大同进出口额是多少？"
    before = ask(page, question)
    assert "bqa-abstained" in before.get_attribute("class") and "未找到依据" in before.inner_text()
    new = tmp_path / "2024-datong-kuaibao.txt"
    new.write_text(DATONG_TEXT, encoding="utf-8")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"this is not a pdf at all")
    readme = tmp_path / "README.md"
    readme.write_text("# 本文件夹\n存放各期公报。", encoding="utf-8")
    result = upload(page, [new, broken, readme])
    assert "新增" in result and new.name in result
    assert "跳过" in result and "broken.pdf" in result and "Traceback" not in result
    assert "README.md" in result and "说明文件" in result  # left out, and said so
    answer = ask(page, question)
    assert "18.7亿元" in answer.inner_text()
    assert answer.locator(".bqa-cite .bqa-doc").first.inner_text() == new.name
    choose(page, "#bqa-region", "大同")  # the filters now know the new region


def test_script_in_a_document_shows_as_text(page, tmp_path) -> None:
    doc = tmp_path / "shuozhou-xss.txt"
    doc.write_text(XSS_TEXT, encoding="utf-8")
    assert "新增" in upload(page, [doc])
    answer = ask(page, "朔州引进项目有多少个？")
    passage = answer.locator(".bqa-passage").first.inner_text()
    assert "<script>window.__xss=1</script>" in passage
    assert '<img src=x onerror="window.__xss=2">' in passage and "**引进**" in passage
    assert "[链接](javascript:alert(1))" in passage
    assert page.evaluate("window.__xss") is None
    assert page.locator("#bqa-chat img[src='x'], #bqa-chat script").count() == 0
    page.get_by_role("tab", name="文档").click()
    expect(page.locator("#bqa-docs")).to_contain_text(doc.name)  # the tab's table fills in after the click
    assert page.evaluate("window.__xss") is None


def test_reindex_reports_a_busy_store_as_a_message(page, app_dirs) -> None:
    page.get_by_role("tab", name="文档").click()
    for bulletin in (app_dirs / "docs").glob("*.txt"):  # a fresh page lists every indexed bulletin
        expect(page.locator("#bqa-docs")).to_contain_text(bulletin.name)
    with IndexStore(Settings(store_dir=app_dirs / "store")).writer_lock():  # another index run holds the store
        page.click("#bqa-reindex")
        page.wait_for_selector("#bqa-index-result .bqa-error")
        message = page.inner_text("#bqa-index-result")
    assert "另一个索引任务" in message and "Traceback" not in message
    page.click("#bqa-reindex")
    page.wait_for_selector("#bqa-index-result .bqa-summary")
    result = page.inner_text("#bqa-index-result")
    assert "未变" in result and SAMPLE in result


def test_api_ask_returns_the_cited_answer(server) -> None:
    from gradio_client import Client
    client = Client(server, verbose=False)
    answer = client.predict("晋中签约项目投资额是多少？", api_name="/ask")
    assert "126.6亿元" in answer and "\\[1\\]" in answer and "二是持续破局招商引资" in answer
    assert "126.6亿元" in client.predict("晋中签约项目投资额是多少？", "晋中", SAMPLE, api_name="/ask")
    assert client.predict("晋中签约项目投资额是多少？", "全部", "no-such-file.txt", api_name="/ask") \
        .startswith("未找到依据")


def test_chat_keeps_the_conversation_for_follow_ups(page) -> None:
    first = ask(page, "晋中签约项目投资额是多少？")
    assert "126.6亿元" in first.locator(".bqa-text").inner_text()
    follow_up = ask(page, "阳泉呢？")
    text = follow_up.locator(".bqa-text").inner_text()
    assert "按“阳泉签约项目投资额" in text and "222.39亿元" in text
    assert set(cited_regions(follow_up)) == {"阳泉"}


def test_a_bare_place_is_asked_what_about_it(page) -> None:
    answer = ask(page, "平定经开区")
    assert "bqa-abstained" in answer.get_attribute("class")
    assert "只提到了“平定经开区”" in answer.inner_text() and not re.search(r"\d", answer.inner_text())


def test_comparison_shows_its_figures_as_a_table(page) -> None:
    answer = ask(page, "一季度规上工业增加值晋中和阳泉哪个高？")
    assert answer.locator(".bqa-short").inner_text() == "晋中"
    table = answer.locator("table.bqa-table")
    assert table.is_visible()
    rows = [r.inner_text() for r in table.locator("tbody tr").all()]
    assert len(rows) == 2 and "70.3亿元" in rows[0] and "13.25亿元" in rows[1]
    table.locator("a.bqa-ref").last.click()  # a row's [n] leads to the passage holding its figure
    cite_id = answer.locator(".bqa-cite").last.get_attribute("id")
    assert page.url.endswith("#" + cite_id) and "13.25亿元" in page.locator(f"#{cite_id} mark").first.inner_text()


def test_ask_api_takes_the_conversation_history(server) -> None:
    from gradio_client import Client
    client = Client(server, verbose=False)
    alone = client.predict("阳泉呢？", api_name="/ask")
    follow_up = client.predict("阳泉呢？", "全部", "全部", ["晋中签约项目投资额是多少？"], api_name="/ask")
    assert "222.39亿元" not in alone and "只提到了“阳泉”" in alone  # alone, it asks what about 阳泉
    assert "222.39亿元" in follow_up and "按“阳泉签约项目投资额" in follow_up
