"""The Blocks app (问答, 数据, 文档, 反馈 tabs and the `/ask` API) and `serve`, which indexes first when the store is empty."""
from __future__ import annotations

import logging
import sys

import gradio as gr

from index.store import IndexStore, StoreBusyError, VectorStoreUnavailable
from settings import LOOPBACK_HOSTS, Settings
from qa.feedback import FeedbackStore
from ui import answer_chart, chat, data_tab, documents, feedback, outline_view, stream
from ui.access import LOCAL_USER, Users
from ui.render import answer_markdown
from ui.service import ALL, BulletinService

log = logging.getLogger(__name__)

FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "sans-serif"]
CSS = """
.gradio-container { max-width: 1280px !important; margin: 0 auto; }
#bqa-title h1 { font-size: 1.35rem; margin: 0.2rem 0; }
.bqa-short { font-size: 1.15rem; font-weight: 600; margin-bottom: 0.3rem; }
.bqa-text { line-height: 1.7; }
a.bqa-ref { text-decoration: none; font-weight: 600; padding: 0 1px; }
.bqa-cites { margin-top: 0.6rem; border-top: 1px solid var(--border-color-primary); padding-top: 0.4rem; }
.bqa-cites-title { font-size: 0.85rem; color: var(--body-text-color-subdued); margin-bottom: 0.3rem; }
.bqa-cite { margin: 0.4rem 0; padding: 0.45rem 0.6rem; border-left: 3px solid var(--color-accent);
            background: var(--background-fill-secondary); border-radius: 4px; }
.bqa-cite:target { outline: 2px solid var(--color-accent); }
.bqa-cite-head { font-size: 0.85rem; color: var(--body-text-color-subdued); margin-bottom: 0.25rem; }
.bqa-n { font-weight: 700; color: var(--body-text-color); }
.bqa-passage, .bqa-passage-full { font-size: 0.92rem; line-height: 1.65; }
.bqa-passage-full { max-height: 16rem; overflow-y: auto; margin-top: 0.2rem; }
details.bqa-full summary { font-size: 0.8rem; color: var(--body-text-color-subdued); cursor: pointer; }
.bqa-source { font-size: 0.78rem; color: var(--body-text-color-subdued); margin-top: 0.2rem; }
mark.bqa-quote { background: #fde68a; color: inherit; padding: 0 1px; }
.bqa-abstained { color: #9a3412; background: #fff7ed; border-left: 3px solid #f97316; padding: 0.4rem 0.6rem; }
.bqa-error { color: #9a3412; margin-bottom: 0.4rem; }
.bqa-summary { margin-bottom: 0.4rem; }
table.bqa-report { width: 100%; font-size: 0.9rem; border-collapse: collapse; border: none !important; }
table.bqa-report td, table.bqa-report th { padding: 0.25rem 0.5rem; text-align: left; border: none;
                                           border-bottom: 1px solid var(--border-color-primary); }
tr.bqa-skipped td { color: #9a3412; }
table.bqa-table { border-collapse: collapse; margin: 0.4rem 0; font-size: 0.9rem; }
table.bqa-table td, table.bqa-table th { padding: 0.2rem 0.5rem; border-bottom: 1px solid var(--border-color-primary); }
.bqa-hint { font-size: 0.85rem; color: var(--body-text-color-subdued); }
"""


def build_app(settings: Settings, service: BulletinService | None = None) -> gr.Blocks:
    """The web UI over the index of `settings` (a `service` may be passed to share its loaded model)."""
    service = service or BulletinService(settings)
    with gr.Blocks(title="公报问答", analytics_enabled=False) as app:
        gr.Markdown("# 公报问答", elem_id="bqa-title")
        feedback_store = FeedbackStore(settings.feedback_path)
        with gr.Tab("问答", id="chat"):
            chat_tab = chat.build(service)
            feedback.build_chat_feedback(feedback_store, chat_tab)
        with gr.Tab("数据", id="data") as data:
            data_tab.build(service, data)
        with gr.Tab("文档", id="documents") as docs:
            index_result, controls = documents.build(service, chat_tab)
            outline_view.build(service, [docs.select, index_result.change])
        with gr.Tab("反馈", id="feedback") as feedback_tab:
            feedback.build_view(feedback_store, feedback_tab)
        app.load(lambda: chat.choice_updates(service), None,
                 [chat_tab.region, chat_tab.bulletin, chat_tab.examples], api_visibility="undocumented")

        def editor_controls(request: gr.Request) -> gr.Row:
            """Upload and re-index show for editors only (and for everyone when nobody logs in)."""
            return gr.Row(visible=service.may_edit(request.username or LOCAL_USER))

        app.load(editor_controls, None, controls, api_visibility="undocumented")

        def ask(question: str, region: str = ALL, bulletin: str = ALL, history: list[str] | None = None) -> str:
            """Answer a question from the indexed bulletins: markdown with [n] markers and the cited passages.

            Args:
                question: the question, e.g. 晋中签约项目投资额是多少？
                region: only answer from this region (全部: any)
                bulletin: only answer from this bulletin, by file name (全部: any)
                history: the earlier questions of the same conversation, oldest first, for follow-ups (阳泉呢？)
            """
            try:
                return answer_markdown(service.ask(question, region=region, doc=bulletin, history=history))
            except Exception:  # as in the chat: a message for the caller, the traceback for the log
                log.exception("answering %r failed", question)
                return stream.ANSWER_FAILED

        gr.api(ask, api_name="ask")
    return app


def _console_progress(stage: str, done: int, total: int) -> None:
    """A one-line progress bar on stderr for the first indexing at startup."""
    width = 30
    filled = int(width * done / total) if total else width
    sys.stderr.write(f"\r{stage} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _index_if_empty(settings: Settings, service: BulletinService) -> None:
    if IndexStore(settings).current_version() is not None:
        return
    sys.stderr.write(f"索引为空，正在索引 {settings.docs_dir} …\n")
    try:
        report = service.index(progress=_console_progress)
    except (StoreBusyError, VectorStoreUnavailable) as err:
        sys.stderr.write(f"{err}\n")
        return
    sys.stderr.write(f"已索引 {report.added} 个文件，共 {report.chunks} 段，用时 {report.seconds} 秒\n")
    for err in report.errors:
        sys.stderr.write(f"  跳过 {err['file']}：{err['reason']}\n")


class NoUsersError(RuntimeError):
    """Served to a network without any user to log in as."""


def require_logins(settings: Settings, host: str, no_auth: bool) -> bool:
    """Whether visitors must log in: whenever users exist (unless --no-auth). NoUsersError for a host other
    than loopback without users, since anyone on the network could then change the index."""
    users = Users(settings.users_path)
    if no_auth:
        return False
    if not users and host not in LOOPBACK_HOSTS:
        raise NoUsersError(
            f"拒绝启动：--host {host} 会把服务开放到网络，但用户文件 {settings.users_path} 中还没有用户。\n"
            f"请先添加用户：python app.py user add 名字 --role editor（或 --role reader），\n"
            f"或者明确加上 --no-auth，允许网络上任何人不登录就提问、上传和重新索引。")
    return bool(users)


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860, no_auth: bool = False) -> None:
    """Index `documents/` when the store is empty, then serve the UI on host:port (blocks)."""
    logins = require_logins(settings, host, no_auth)
    service = BulletinService(settings, logins=logins)
    _index_if_empty(settings, service)
    service.examples()  # works out the examples and warms the model before the first visitor
    app = build_app(settings, service)
    app.queue(default_concurrency_limit=8)
    theme = gr.themes.Soft(font=FONTS, font_mono=["Noto Sans Mono CJK SC", "monospace"])
    css = CSS + answer_chart.CSS + data_tab.CSS + outline_view.CSS + feedback.CSS + stream.CSS
    app.launch(server_name=host, server_port=port, theme=theme, css=css, ssr_mode=False,
               footer_links=["api", "settings"], show_error=False,
               auth=service.users.check if logins else None, auth_message="公报问答：请用分配给你的账号登录。")
