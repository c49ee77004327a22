"""Which charts a selection of facts makes (pure data, no gradio): one per unit, never two units on an axis.

One indicator over two or more periods: a line per entity, periods oldest first. One period: a bar per
entity (per entity and indicator when the period holds several indicators). Anything else is not charted:
a chart of unrelated indicators would mislead. A figure stated twice (the same entity, indicator and
period in two passages or bulletins) is drawn once, from the first row of the selection. An entity with a
figure for one period only has no line, and the chart's caption says so.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from index.fact_sheet import entity_of

MAX_CHARTS = 3  # units drawn side by side; the most frequent units first
NO_CHART = "选择一个指标（看各时期变化）或一个时期（比较各地各开发区）即可出图。"


@dataclass
class ChartSpec:
    kind: str          # "line" or "bar"
    unit: str
    title: str
    frame: pd.DataFrame  # columns x, y (the number), series
    order: list[str]     # x values in drawing order
    note: str = ""       # what the chart leaves out


def _periods(rows: list[dict]) -> list[str]:
    """The rows' periods, oldest first (by as_of, then first appearance)."""
    as_of: dict[str, int] = {}
    for r in rows:
        if r.get("period"):
            as_of.setdefault(r["period"], r.get("as_of") or 0)
    return sorted(as_of, key=lambda p: as_of[p])


def _frame(points: list[tuple[str, str, float]]) -> pd.DataFrame:
    """(x, series, y) points, the first one of each (x, series) kept."""
    seen, kept = set(), []
    for x, series, y in points:
        if (x, series) not in seen:
            seen.add((x, series))
            kept.append({"x": x, "y": y, "series": series})
    return pd.DataFrame(kept, columns=["x", "y", "series"])


def _spec(rows: list[dict], unit: str, indicators: list[str], periods: list[str]) -> ChartSpec:
    unit_label = f"（{unit}）" if unit else ""
    if len(periods) >= 2:  # one indicator across periods: a line per entity
        frame = _frame([(r["period"], entity_of(r), r["number"]) for r in rows if r.get("period")])
        sizes = frame["series"].value_counts()
        alone = sorted(sizes[sizes < 2].index)
        note = f"只有一个时期数据、未画线：{'、'.join(alone)}" if alone else ""
        return ChartSpec("line", unit, f"{indicators[0]}{unit_label}", frame[~frame["series"].isin(alone)], periods,
                         note)
    several = len(indicators) > 1
    points = [(f"{entity_of(r)}·{r['indicator']}" if several else entity_of(r), periods[0] if periods else "",
               r["number"]) for r in rows]
    frame = _frame(points)
    title = f"{'、'.join(indicators) if len(indicators) <= 3 else '各指标'}{unit_label}"
    return ChartSpec("bar", unit, f"{title} {periods[0] if periods else ''}".strip(), frame, list(frame["x"]))


def chart_specs(rows: list[dict]) -> list[ChartSpec]:
    """The charts of a selection (none when it is neither one indicator nor one period)."""
    numeric = [r for r in rows if isinstance(r.get("number"), (int, float))]
    indicators = sorted({r.get("indicator") or "" for r in numeric})
    periods = _periods(numeric)
    if not numeric or (len(indicators) > 1 and len(periods) > 1):
        return []
    by_unit: dict[str, list[dict]] = {}
    for r in numeric:
        by_unit.setdefault(r.get("unit") or "", []).append(r)
    units = sorted(by_unit, key=lambda u: -len(by_unit[u]))[:MAX_CHARTS]
    return [_spec(by_unit[u], u, sorted({r.get("indicator") or "" for r in by_unit[u]}), _periods(by_unit[u]))
            for u in units]
