"""A small bar chart under the table of an each/compare/trend answer: pure HTML and CSS, no script.

One chart per unit (never two units on one scale); each bar is as long as its figure relative to the
largest of its unit, and is labelled with the figure as the answer states it. A chat message is
sanitised HTML, so the bars are plain <div>s with an inline width.
"""
from __future__ import annotations

import re

from index.figures import split_figure
from ui.render import html_text

MIN_BARS = 2  # one figure is no comparison


def _number(value: str) -> float | None:
    value = (value or "").strip()
    return split_figure(value)[0] if re.match(r"[-－−]?\d", value) else None


def _label(row: dict, rows: list[dict]) -> str:
    """The entity, or the period when every row is the same entity (a trend)."""
    same_entity = len({r.get("entity") for r in rows}) == 1
    return str((row.get("period") if same_entity else row.get("entity")) or row.get("entity") or "")


def _bars(rows: list[dict], unit: str) -> str:
    largest = max(_number(r["value"]) for r in rows) or 1.0
    bars = []
    for r in rows:
        width = max(0.0, _number(r["value"]) / largest * 100)
        bars.append(f'<div class="bqa-bar-row"><span class="bqa-bar-label">{html_text(_label(r, rows))}</span>'
                    f'<span class="bqa-bar-track"><span class="bqa-bar" style="width:{width:.1f}%"></span></span>'
                    f'<span class="bqa-bar-value">{html_text(str(r["value"]))}</span></div>')
    title = f'<div class="bqa-chart-title">{html_text(unit)}</div>' if unit else ""
    return f'<div class="bqa-chart">{title}{"".join(bars)}</div>'


def render_answer_chart(table: list[dict] | None) -> str:
    """Bars for the figures of an answer's `table`, grouped by unit; '' when there is nothing to compare."""
    by_unit: dict[str, list[dict]] = {}
    for row in table or []:
        if _number(str(row.get("value") or "")) is not None:
            by_unit.setdefault(row.get("unit") or "", []).append(row)
    charts = [_bars(rows, unit) for unit, rows in by_unit.items() if len(rows) >= MIN_BARS]
    return f'<div class="bqa-charts">{"".join(charts)}</div>' if charts else ""


CSS = """
.bqa-charts { display: flex; flex-wrap: wrap; gap: 0.8rem; margin: 0.3rem 0 0.5rem; }
.bqa-chart { min-width: 260px; max-width: 520px; flex: 1; font-size: 0.82rem; }
.bqa-chart-title { color: var(--body-text-color-subdued); margin-bottom: 0.15rem; }
.bqa-bar-row { display: flex; align-items: center; gap: 0.4rem; margin: 0.12rem 0; }
.bqa-bar-label { flex: 0 0 7.5rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.bqa-bar-track { flex: 1; background: var(--background-fill-secondary); border-radius: 3px; height: 0.8rem; }
.bqa-bar { display: block; height: 100%; background: var(--color-accent); border-radius: 3px; }
.bqa-bar-value { flex: 0 0 auto; white-space: nowrap; }
"""
