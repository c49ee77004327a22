"""The chat with a chat model configured: the real app (python app.py) pointed at the scripted test server
(evals/scripted_llm.py), driven by Chromium. The streamed text shows greyed out, then its verified version
replaces it."""
from __future__ import annotations

import os

import pytest

from evals.app_server import AppDidNotStart, running_app
from evals.scripted_llm import Reply, scripted_llm
from ui.stream import reason_text, render_draft, render_final

QUESTION = "晋中签约项目投资额是多少？"
FIGURE = "126.6亿元"
KEY = "sk-ui-test-8d3e1b"


def written(n: int) -> str:
    """A generated answer for QUESTION citing the passage [n] that holds the figure (the replay's text)."""
    return f"2024年一季度，晋中开发区签约项目23个，共涉及投资额{FIGURE}[{n}]。以上为签约情况。"


@pytest.fixture(scope="module")
def cited(sample_index) -> int:
    return next(c["n"] for c in sample_index.qa.ask(QUESTION)["citations"] if FIGURE in c["quote"])


@pytest.fixture(scope="module")
def app(sample_index, cited, tmp_path_factory):
    """The app serving the sample index, its model the scripted server (slow chunks, so the draft is seen)."""
    with scripted_llm({"faithful": Reply(written(cited), chunk_delay=0.3)}) as llm:
        env = {**os.environ, "BQA_LLM_BASE_URL": llm.url, "BQA_LLM_MODEL": "faithful", "BQA_LLM_API_KEY": KEY}
        log = tmp_path_factory.mktemp("ui-llm") / "server.log"
        try:
            with running_app(sample_index.store_dir, sample_index.docs_dir, log, timeout=120, env=env) as (url, _):
                yield url, llm, log
        except AppDidNotStart as err:
            pytest.fail(str(err))


def ask_and_watch(page, question: str) -> tuple[str, float, object]:
    """(the greyed draft text first seen, its opacity, the final message) for a question asked in the chat."""
    page.fill("#bqa-question textarea", question)
    page.click("#bqa-ask")
    draft = page.wait_for_selector("#bqa-chat .bqa-draft")
    text, opacity = draft.inner_text(), float(draft.evaluate("e => getComputedStyle(e).opacity"))
    final = page.wait_for_selector("#bqa-chat .bqa-generated, #bqa-chat .bqa-fallback", timeout=30_000)
    return text, opacity, final


def test_streamed_answer_is_replaced_by_its_verified_version(app, browser, cited) -> None:
    url, llm, log = app
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(url)
    page.wait_for_selector("#bqa-question textarea")
    draft, opacity, final = ask_and_watch(page, QUESTION)
    assert opacity < 1 and written(cited)[:6] in draft and "以上为签约情况" not in draft  # seen mid-stream
    assert "bqa-generated" in final.get_attribute("class")
    assert page.locator("#bqa-chat .bqa-draft").count() == 0
    text = final.query_selector(".bqa-text").inner_text()
    assert text == written(cited) and "已与原文核对" in final.inner_text()
    assert final.query_selector(".bqa-cite mark").inner_text().endswith(FIGURE)
    assert llm.requests and llm.requests[-1]["body"]["stream"] is True
    assert KEY not in log.read_text(errors="replace") and KEY not in page.content()
    page.close()


def test_final_message_says_why_a_generated_text_was_not_shown() -> None:
    result = {"answer": f"投资额{FIGURE}[1]", "abstained": False, "short": FIGURE, "generated": False,
              "fallback_reason": "figure_not_in_quote: <b>162.6亿元</b>",
              "citations": [{"n": 1, "doc": "a.txt", "region": "晋中", "text": f"投资额{FIGURE}", "quote": FIGURE}]}
    fallback = render_final(result, turn=1)
    assert "bqa-fallback" in fallback and "模型回答未通过核对：数字与所引原文不符" in fallback and "<b>" not in fallback
    assert reason_text("http_401") == "模型服务返回错误 HTTP 401" and reason_text("timeout") == "模型响应超时"
    generated = render_final({**result, "generated": True, "fallback_reason": None}, turn=1)
    assert "bqa-generated" in generated and "已与原文核对" in generated and "未通过" not in generated
    plain = render_final({**result, "fallback_reason": None}, turn=1)  # no model configured: as before
    assert "bqa-generated" not in plain and "bqa-fallback" not in plain
    assert "bqa-draft" in render_draft("生成中<script>") and "<script>" not in render_draft("生成中<script>")
