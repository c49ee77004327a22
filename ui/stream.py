"""The answer as it is written: a generated draft greyed out while it streams, then the final answer.

The draft is never final: only the verified generated answer or the extractive fallback replaces it.
With no chat model configured no draft comes, and the final answer is the only message.
"""
from __future__ import annotations

import logging
import queue
from concurrent.futures import ThreadPoolExecutor
from typing import Iterator

from ui.answer_chart import render_answer_chart
from ui.render import html_text, render_answer
from ui.service import BulletinService

log = logging.getLogger(__name__)
POLL_SECONDS = 0.05
ANSWER_FAILED = "回答这个问题时程序出错，已记入服务日志。请换个问法再试，或把这个问题告诉维护人员。"
# fallback_reason codes (qa/verify.py, qa/generate.py) in words for staff; the detail after ":" follows
REASONS = {"empty_answer": "模型没有给出回答", "unknown_citation": "引用了不存在的原文",
           "citation_dropped": "漏掉了引用的原文", "figure_not_in_quote": "数字与所引原文不符",
           "number_not_in_quote": "数字与所引原文不符", "region_not_cited": "地区与所引原文不符",
           "period_not_cited": "时期与所引原文不符", "short_answer_missing": "缺少所问的数字",
           "timeout": "模型响应超时", "connection_error": "无法连接模型服务", "no_model": "模型服务没有可用的模型",
           "bad_response": "模型服务的回复无法识别"}
CSS = """
.bqa-draft { color: var(--body-text-color-subdued); opacity: 0.65; line-height: 1.7; }
.bqa-draft-note, .bqa-generated-note, .bqa-fallback-note { font-size: 0.8rem; margin-bottom: 0.3rem;
                                                           color: var(--body-text-color-subdued); }
.bqa-fallback-note { color: #9a3412; }
"""


def render_draft(text: str) -> str:
    return ('<div class="bqa-draft"><div class="bqa-draft-note">模型正在生成，核对数字与引用后显示…</div>'
            f'{html_text(text)}</div>')


def reason_text(reason: str) -> str:
    """A fallback reason in words: 数字与所引原文不符（162.6亿元…）, HTTP 401 for http_401."""
    code, _, detail = reason.partition(":")
    if code.startswith("http_"):
        return f"模型服务返回错误 HTTP {code[5:]}"
    words = REASONS.get(code, code)
    return f"{words}（{detail.strip()}）" if detail.strip() else words


def render_final(result: dict, turn: int) -> str:
    """The answer message, saying whether a model wrote it (verified) or why its text was not shown."""
    body = render_answer(result, turn, render_answer_chart(result.get("table")))
    if result.get("generated"):
        return ('<div class="bqa-generated"><div class="bqa-generated-note">由模型根据引用原文改写；'
                f'数字、引用、地区与时期均已与原文核对</div>{body}</div>')
    if result.get("fallback_reason"):
        return ('<div class="bqa-fallback"><div class="bqa-fallback-note">模型回答未通过核对'
                f'：{html_text(reason_text(result["fallback_reason"]))}。以下为原文摘录</div>{body}</div>')
    return body


def answer_messages(service: BulletinService, text: str, turn: int, **ask) -> Iterator[tuple[str, dict | None]]:
    """(assistant message, None) for each draft while the model streams, then (final message, answer JSON).
    `ask`: the filters and history `service.ask` takes."""
    drafts: queue.Queue[str] = queue.Queue()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="bqa-answer") as pool:
        future = pool.submit(service.ask, text, on_draft=drafts.put, **ask)
        while not future.done():
            try:
                latest = drafts.get(timeout=POLL_SECONDS)
            except queue.Empty:
                continue
            while not drafts.empty():  # show only the newest text when the model outpaces the page
                latest = drafts.get_nowait()
            yield render_draft(latest), None
        try:
            result = future.result()
        except Exception:  # a fault of ours: staff get a message and can go on asking, the log gets the traceback
            log.exception("answering %r failed", text)
            yield ANSWER_FAILED, None
            return
        yield render_final(result, turn), result
