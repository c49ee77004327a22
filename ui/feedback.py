"""👍/👎 on chat answers with an optional comment, and the 反馈 view that lists them, newest first.

The chat's own like buttons (on every answer) store the click at once (qa.feedback, SQLite under the
store); a comment box then opens for a remark on that very click.
"""
from __future__ import annotations

import logging

import gradio as gr

from qa.feedback import Feedback, FeedbackStore
from ui.chat import ChatTab
from ui.render import html_text

log = logging.getLogger(__name__)
RATING_MARKS = {"up": "👍", "down": "👎"}
VIEW_LIMIT = 500  # the 反馈 view shows this many newest items; `python -m evals.feedback` has them all
ANSWER_CHARS = 160
CSS = """
table.bqa-feedback { width: 100%; font-size: 0.88rem; border-collapse: collapse; }
table.bqa-feedback td, table.bqa-feedback th { padding: 0.3rem 0.5rem; text-align: left; vertical-align: top;
                                               border-bottom: 1px solid var(--border-color-primary); }
table.bqa-feedback td.bqa-fb-time { white-space: nowrap; color: var(--body-text-color-subdued); }
.bqa-fb-answer { color: var(--body-text-color-subdued); }
"""


def _rating(liked) -> str | None:
    """'up'/'down' from the chat's like data (True/False, or the option's label); None for an undo."""
    if liked is True or liked == "Like":
        return "up"
    if liked is False or liked == "Dislike":
        return "down"
    return None


def render_feedback(items: list[Feedback]) -> str:
    """The 反馈 view: one row per click, newest first (what the caller passes in that order)."""
    if not items:
        return '<div class="bqa-hint">还没有反馈。在“问答”中点回答下方的 👍 或 👎 即可反馈。</div>'
    rows = []
    for item in items:
        answer = item.answer if len(item.answer) <= ANSWER_CHARS else item.answer[:ANSWER_CHARS] + "…"
        sources = "、".join(dict.fromkeys("：".join(filter(None, (c.get("region"), c.get("doc")))) for c in item.citations))
        asked = html_text(item.question)
        if item.history:
            asked += f'<div class="bqa-hint">前文：{html_text(" / ".join(item.history))}</div>'
        rows.append(f'<tr class="bqa-fb-{item.rating}"><td class="bqa-fb-time">{html_text(item.created_at)}</td>'
                    f'<td class="bqa-fb-rating">{RATING_MARKS[item.rating]}</td><td>{asked}</td>'
                    f'<td class="bqa-fb-comment">{html_text(item.comment)}</td>'
                    f'<td class="bqa-fb-answer">{html_text(answer)}</td><td>{html_text(sources)}</td>'
                    f'<td>{html_text(item.index_version or "")}</td></tr>')
    head = "".join(f"<th>{h}</th>" for h in ("时间 (UTC)", "评价", "问题", "说明", "回答", "引用", "索引版本"))
    return f'<table class="bqa-feedback"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def build_chat_feedback(store: FeedbackStore, chat: ChatTab) -> None:
    """Under the chat: the comment box for the answer just rated; the click itself is stored at once."""
    clicked = gr.State(None)  # id of the stored click the comment belongs to
    with gr.Row(visible=False, elem_id="bqa-fb-box") as box:
        comment = gr.Textbox(show_label=False, scale=5, max_length=1000, elem_id="bqa-fb-comment",
                             placeholder="可选：补充说明（哪里不对、应当是什么），然后点“提交说明”")
        send = gr.Button("提交说明", scale=1, min_width=100, elem_id="bqa-fb-send")
    status = gr.Markdown(elem_id="bqa-fb-status", elem_classes=["bqa-hint"])

    def on_like(turns: list, data: gr.LikeData):
        rating, index = _rating(data.liked), data.index
        turn = (index[0] if isinstance(index, (list, tuple)) else index) // 2
        if rating is None or not 0 <= turn < len(turns):
            return gr.Row(visible=False), None, ""
        t = turns[turn]
        feedback_id = store.add(rating, t["question"], t["result"], history=t["history"],
                                index_version=t["index_version"])
        log.info("feedback %d: %s on %r", feedback_id, rating, t["question"])
        return gr.Row(visible=True), feedback_id, f"已记录 {RATING_MARKS[rating]}，谢谢。"

    def on_comment(feedback_id: int | None, text: str):
        if feedback_id is None or not (text or "").strip():
            return gr.update(), gr.update(), "说明为空，未提交。"
        store.comment(feedback_id, text)
        return gr.Row(visible=False), "", "说明已保存。"

    chat.chatbot.like(on_like, chat.answers, [box, clicked, status], api_visibility="undocumented",
                      show_progress="hidden")
    gr.on([send.click, comment.submit], on_comment, [clicked, comment], [box, comment, status],
          api_visibility="undocumented", show_progress="hidden")


def build_view(store: FeedbackStore, tab: gr.Tab) -> None:
    """The 反馈 tab: every click, newest first, reloaded whenever the tab is opened."""
    with gr.Row():
        gr.Markdown("答案的 👍/👎 与说明，最新的在前。`python -m evals.feedback --export FILE` 把 👎 导出为候选评测题。",
                    elem_classes=["bqa-hint"])
        refresh = gr.Button("刷新", size="sm", scale=0, min_width=80, elem_id="bqa-fb-refresh")
    view = gr.HTML(elem_id="bqa-feedback")

    def show() -> str:
        return render_feedback(store.items(limit=VIEW_LIMIT))

    gr.on([tab.select, refresh.click], show, None, view, api_visibility="undocumented", show_progress="hidden")
