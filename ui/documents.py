"""The 文档 tab: the indexed bulletins, upload into the documents folder, re-index with progress."""
from __future__ import annotations

import logging

import gradio as gr

from index.embedding import EmbeddingMismatch
from index.loaders import SUPPORTED_SUFFIXES
from index.store import StoreBusyError, VectorStoreUnavailable
from ui.chat import ChatTab, choice_updates
from ui.render import render_report
from ui.access import LOCAL_USER
from ui.service import BulletinService

log = logging.getLogger(__name__)
HEADERS = ["文件", "标题", "期次/时期", "地区", "段数", "索引时间", "添加人"]
EDITORS_ONLY = "只有编辑角色可以上传公报或重新索引。"


def editor(service: BulletinService, request: gr.Request | None) -> str:
    """The user of the request, when that user may change the index; else gr.Error (a reader's API call)."""
    user = (request.username if request else None) or LOCAL_USER
    if not service.may_edit(user):
        log.warning("refused an index change by %s", user)
        raise gr.Error(EDITORS_ONLY, title="无权操作")
    return user


def _run_index(service: BulletinService, progress: gr.Progress, user: str, only: set[str] | None = None,
               rejected: list[dict] | None = None) -> str:
    """Index the folder; the per-file result as HTML (only the files in `only`, plus every skip)."""
    rejected = rejected or []
    try:
        report = service.index(progress=lambda stage, done, total: progress((done, total), desc=stage), user=user)
    except (StoreBusyError, VectorStoreUnavailable, EmbeddingMismatch) as err:
        log.warning("index run refused: %s", err)
        gr.Warning(str(err), title="索引未运行")
        return render_report({}, rejected, message=str(err))
    summary = {k: v for k, v in report.to_dict().items() if k not in ("files", "errors")}
    rows = [r for r in report.files if only is None or r["file"] in only or r["status"] == "skipped"]
    rows += [{"file": name, "status": "documentation", "reason": "文件夹的说明文件（README），不作为公报索引"}
             for name in report.documentation if only is None or name in only]
    if report.skipped or rejected:
        gr.Warning(f"有 {report.skipped + len(rejected)} 个文件未能索引，原因见结果表。", title="注意")
    return render_report(summary, rejected + rows)


def build(service: BulletinService, chat: ChatTab) -> tuple[gr.HTML, gr.Row]:
    """The tab; returns the index result (it changes after every index run) and the row of upload and
    re-index controls, hidden until an editor's page shows it."""
    table = gr.Dataframe(value=service.documents, headers=HEADERS, label="已索引的公报", interactive=False,
                         wrap=True, elem_id="bqa-docs", datatype="str", max_height=360)
    with gr.Row(visible=False) as controls:
        with gr.Column(scale=3):
            files = gr.File(label="上传公报（可多选：" + " ".join(sorted(SUPPORTED_SUFFIXES)) + "）",
                            file_count="multiple", file_types=sorted(SUPPORTED_SUFFIXES),
                            elem_id="bqa-upload", height=140)
        with gr.Column(scale=1, min_width=200):
            reindex = gr.Button("重新索引", variant="secondary", elem_id="bqa-reindex")
            gr.Markdown("上传的文件保存到文档文件夹后自动增量索引；“重新索引”检查整个文件夹的新增、修改和删除。",
                        elem_classes=["bqa-hint"])
    result = gr.HTML(elem_id="bqa-index-result")
    outputs = [result, table, chat.region, chat.bulletin, chat.examples]

    def after(report_html: str) -> tuple:
        return (report_html, gr.Dataframe(value=service.documents()), *choice_updates(service))

    def upload(paths: list[str] | None, request: gr.Request, progress=gr.Progress()):
        user = editor(service, request)
        if not paths:
            return after(render_report({}, [], message="没有选择文件。"))
        saved = service.save_uploads(paths, user=user)
        if not saved.saved:
            gr.Warning("没有可保存的文件，原因见结果表。", title="注意")
            return after(render_report({}, saved.rejected))
        return after(_run_index(service, progress, user, set(saved.saved), saved.rejected))

    def reindex_all(request: gr.Request, progress=gr.Progress()):
        return after(_run_index(service, progress, editor(service, request)))

    files.upload(upload, files, outputs, api_visibility="undocumented")
    reindex.click(reindex_all, None, outputs, api_visibility="undocumented")
    return result, controls
