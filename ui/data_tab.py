"""The 数据 tab: the figures of the index as a table to filter, chart and download for Excel or WPS.

Filters (region, entity, indicator with search, period) come from the facts of the current index. A
click on a row shows its source passage with the quote highlighted, as in the chat. Charts follow
ui/data_charts.py. A filter shows the table first; the charts and the CSV and .xlsx of the selection
are made after it, so the table never waits for them.
"""
from __future__ import annotations

import hashlib
import tempfile
import threading
from pathlib import Path

import gradio as gr

from index.fact_sheet import FactFilter, FactIndex, choices, entity_of, write_csv, write_xlsx
from ui.data_charts import MAX_CHARTS, NO_CHART, chart_specs
from ui.render import render_citation
from ui.service import ALL, BulletinService

MAX_SHOWN = 100  # rows drawn in the page; the downloads hold the whole selection
HEADERS = ["地区", "主体", "指标", "数值", "时期", "公报", "原文"]
SOURCE_LINK = "查看原文 ›"
EXPORT_DIR = Path(tempfile.gettempdir()) / "bqa-exports"
CSS = """
#bqa-data-table [role=gridcell]:last-child { color: var(--color-accent); cursor: pointer; white-space: nowrap; }
#bqa-data-source .bqa-cite { margin-top: 0; }
"""


class FactsView:
    """The facts, filter choices and chunks of the current index, worked out once per index version."""

    def __init__(self, service: BulletinService):
        self.service = service
        self._lock = threading.Lock()
        self.version: str | None = None
        self.index = FactIndex([])
        self.choices: dict[str, list[str]] = {}
        self._chunks: dict[str, dict] = {}

    def current(self) -> "FactsView":
        self.service.refresh()
        snapshot = self.service.qa.snapshot
        with self._lock:
            if snapshot.version != self.version or not self.choices:
                self.index = FactIndex(snapshot.facts)
                self.choices = choices(snapshot.facts)
                self._chunks = {c["id"]: c for c in snapshot.chunks}
                self.version = snapshot.version
        return self

    def rows(self, wanted: FactFilter | None) -> list[dict]:
        """The facts a filter selects (the session keeps its filter, not its rows: those are cheap to redo)."""
        return self.index.select(wanted or FactFilter())

    def citation(self, fact: dict, n: int) -> dict:
        """The fact as a chat citation: its chunk's passage and metadata, its quote."""
        chunk = self._chunks.get(fact.get("chunk"), {})
        return {"n": n, **{k: chunk.get(k) for k in ("title", "section", "item")},
                **{k: fact.get(k) for k in ("doc", "issue", "region", "period", "quote")},
                "text": chunk.get("text") or fact.get("quote") or ""}


def table_rows(facts: list[dict]) -> list[list]:
    return [[f.get("region") or "", entity_of(f), f.get("indicator") or "", f.get("figure") or "",
             f.get("period") or "", f.get("doc") or "", SOURCE_LINK] for f in facts[:MAX_SHOWN]]


def summary_line(n: int) -> str:
    if not n:
        return "没有符合条件的数据。"
    shown = f"，表中显示前 {MAX_SHOWN} 条（下载文件含全部）" if n > MAX_SHOWN else ""
    return f"共 {n} 条{shown}。点击一行查看它的原文。"


def export_file(facts: list[dict], key: str, write, suffix: str) -> str:
    """The selection written by `write` (write_csv, write_xlsx) into a folder named after `key` (index
    version and filter), so an unchanged selection is written once; completed by a rename."""
    folder = EXPORT_DIR / hashlib.sha1(key.encode()).hexdigest()[:16]
    path = folder / f"公报数据{suffix}"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        part = folder / f"part-{threading.get_ident()}{suffix}"
        write(facts, part)
        part.replace(path)
    return str(path)


def emptied_plots() -> list:
    """Updates that empty the line slots then the bar slots, leaving their visibility as it is."""
    return [gr.LinePlot(value=None) for _ in range(MAX_CHARTS)] + [gr.BarPlot(value=None) for _ in range(MAX_CHARTS)]


def chart_updates(rows: list[dict]) -> list:
    """Updates for the line slots then the bar slots: the charts of the selection, the rest hidden."""
    specs = chart_specs(rows)
    lines = [s for s in specs if s.kind == "line"]
    bars = [s for s in specs if s.kind == "bar"]
    updates = []
    for kind, chosen in (("line", lines), ("bar", bars)):
        make = gr.LinePlot if kind == "line" else gr.BarPlot
        for i in range(MAX_CHARTS):
            if i >= len(chosen):
                updates.append(make(visible=False))
                continue
            s = chosen[i]
            low, high = min(0.0, s.frame["y"].min()), max(0.0, s.frame["y"].max())
            updates.append(make(value=s.frame, x="x", y="y", color="series" if kind == "line" else None,
                                title=s.title, x_title="时期" if kind == "line" else "主体",
                                y_title=s.unit or "数值", color_title="主体", sort=s.order,
                                y_lim=[low, high * 1.1 or 1.0], y_axis_format=",~f", visible=True))
    hint = "；".join(s.note for s in specs if s.note) if specs else (NO_CHART if rows else "")
    return updates + [hint]


class DataHandlers:
    """What the tab's events do; a session keeps only its FactFilter, the rows are redone from the index."""

    def __init__(self, view: FactsView):
        self.view = view

    def show(self, *values: str) -> tuple:
        wanted = FactFilter(*(None if v in (None, "", ALL) else v for v in values))
        rows = self.view.current().rows(wanted)
        # the CSV button waits for the new selection's file (csv_download enables it); the charts are emptied,
        # since a plot given new data for the same x and series keeps drawing its old data (Gradio 6.31)
        return (wanted, summary_line(len(rows)), table_rows(rows), "", gr.DownloadButton(interactive=False),
                *emptied_plots())

    def charts(self, wanted: FactFilter | None) -> list:
        return chart_updates(self.view.rows(wanted))

    def _file(self, wanted: FactFilter | None, write, suffix: str) -> str | None:
        rows = self.view.rows(wanted)
        return export_file(rows, f"{self.view.version}{wanted!r}", write, suffix) if rows else None

    def csv_download(self, wanted: FactFilter | None):
        path = self._file(wanted, write_csv, ".csv")
        return gr.DownloadButton(value=path, interactive=path is not None)

    def xlsx_download(self, wanted: FactFilter | None) -> str | None:
        return self._file(wanted, write_xlsx, ".xlsx")

    def open_source(self, wanted: FactFilter | None, evt: gr.SelectData) -> str:
        rows = self.view.rows(wanted)
        row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        if not 0 <= row < len(rows):
            return ""
        return render_citation(self.view.citation(rows[row], row + 1), turn="data")

    def refresh_choices(self) -> list:
        choices_now = self.view.current().choices
        return [gr.Dropdown(choices=[ALL, *choices_now[k]]) for k in ("region", "entity", "indicator", "period")]


def build(service: BulletinService, tab: gr.Tab) -> None:
    on = DataHandlers(FactsView(service))
    selection = gr.State(None)  # the FactFilter of the rows shown
    with gr.Row():
        filters = [gr.Dropdown(label="地区", choices=[ALL], value=ALL, elem_id="bqa-data-region"),
                   gr.Dropdown(label="主体（开发区或城市）", choices=[ALL], value=ALL, elem_id="bqa-data-entity"),
                   gr.Dropdown(label="指标（可输入搜索）", choices=[ALL], value=ALL, filterable=True,
                               elem_id="bqa-data-indicator"),
                   gr.Dropdown(label="时期", choices=[ALL], value=ALL, elem_id="bqa-data-period")]
    with gr.Row():
        summary = gr.Markdown(elem_id="bqa-data-summary")
        csv_button = gr.DownloadButton("下载 CSV", size="sm", scale=0, min_width=120, elem_id="bqa-data-csv")
        xlsx_button = gr.Button("下载 Excel", size="sm", scale=0, min_width=120, elem_id="bqa-data-xlsx")
        xlsx_file = gr.DownloadButton("Excel", visible="hidden", elem_id="bqa-data-xlsx-file")
    table = gr.Dataframe(headers=HEADERS, datatype="str", interactive=False, wrap=True, max_height=420,
                         elem_id="bqa-data-table", show_search="none")
    source = gr.HTML(elem_id="bqa-data-source")
    chart_hint = gr.Markdown(elem_classes=["bqa-hint"], elem_id="bqa-data-chart-hint")
    with gr.Row(elem_id="bqa-data-charts"):
        plots = [gr.LinePlot(visible=False, height=340, elem_classes=["bqa-data-line"]) for _ in range(MAX_CHARTS)]
        plots += [gr.BarPlot(visible=False, height=340, elem_classes=["bqa-data-bar"]) for _ in range(MAX_CHARTS)]
    events = dict(api_visibility="undocumented", show_progress="hidden")

    def after_table(event) -> None:  # the table first, then its charts, then its CSV
        event.then(on.charts, selection, [*plots, chart_hint], **events).then(
            on.csv_download, selection, csv_button, **events)

    shown = [selection, summary, table, source, csv_button, *plots]
    # change, not input: a Dropdown dispatches input twice per pick (on the pick and on its blur), so the
    # table would be made and drawn twice; select misses a pick made with the keyboard
    after_table(gr.on([f.change for f in filters], on.show, filters, shown, queue=False, **events))
    after_table(tab.select(on.refresh_choices, None, filters, **events).then(on.show, filters, shown, **events))
    table.select(on.open_source, selection, source, **events)
    # an .xlsx takes seconds for thousands of rows, so it is written when asked for, then handed over
    xlsx_button.click(on.xlsx_download, selection, xlsx_file, **events).then(
        None, js="() => document.querySelector('#bqa-data-xlsx-file').click()", **events)
