"""Which of a period's figures a trend's series shows: one measure over the periods, written alike. A period may write one
amount twice, a table's bare `92.48` under its header beside a comment's `92.48分`, or a table row's `116,200万美元` beside
its prose's `11.62亿美元`: the series quotes the one written as the other periods' figures are, each verbatim (no figure
is converted into text its passage does not have)."""
from __future__ import annotations

import math
from collections import Counter
from typing import Callable

from index.figures import unit_magnitude

_RATES = ("%", "个百分点")


def one_unit(rows: list, series: list | None = None, amount_first: bool = False) -> list:
    """The rows of the unit most bulletins report the figure in (亿元 each period, not a % one period
    has), best first: a trend compares like with like, at whatever magnitude each writes it (96200万元, 14.86亿元);
    rows that join a `series` already found: those of its unit. `amount_first`: an amount's unit before a rate's that
    as many bulletins report."""
    issues: dict[str | None, set[str]] = {}
    for row in rows:
        issues.setdefault(measure(row), set()).add(row.fact["doc"])
    # ties: the best row's unit (dicts keep order)
    unit = max(issues, key=lambda u: (len(issues[u]), amount_first and u not in _RATES), default=None)
    unit = measure(series[0]) if series else unit
    return [row for row in rows if measure(row) == unit]


def measure(row) -> str | None:
    return unit_magnitude(row.fact.get("unit") or "")[0] or None


def amount(row) -> float | None:
    """A row's figure at one magnitude (96200万元 and 9.62亿元 are one amount), unsigned (下降1.4% and a table's -1.4)."""
    number = row.fact.get("number")
    return None if number is None else round(abs(number) * unit_magnitude(row.fact.get("unit") or "")[1], 6)


def _same_amount(row, other) -> bool:
    a, b = amount(row), amount(other)
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9)


def without_bare_twins(rows: list, slot: Callable) -> list:
    """The rows with a unit, where every period of a bare figure (a table's cell, its unit in the header) writes the
    same amount with its unit too: the figures quoted with their unit (92.48分, not 92.48). Else all: where a period
    writes the figure bare only, the bare ones keep the series in one unit."""
    written = [row for row in rows if measure(row)]
    bare = {slot(row) for row in rows if not measure(row)}
    twinned = {slot(row) for row in rows if not measure(row)
               and any(slot(w) == slot(row) and _same_amount(w, row) for w in written)}
    return written if bare and twinned == bare else rows


def one_per_period(rows: list, slot: Callable) -> dict:
    """{period: its row}, the best row of each (rows come best first); where the period writes the same amount at
    another magnitude too, the one at the magnitude most other periods' best rows are written in."""
    by_slot: dict = {}
    for row in rows:
        by_slot.setdefault(slot(row), []).append(row)
    best_units = {key: own[0].fact.get("unit") for key, own in by_slot.items()}
    chosen = {}
    for key, own in by_slot.items():
        usual = Counter(unit for other, unit in best_units.items() if other != key).most_common(2)
        alike = [row for row in own if usual and row.fact.get("unit") == usual[0][0] and _same_amount(row, own[0])]
        unique = usual and (len(usual) == 1 or usual[0][1] > usual[1][1])
        chosen[key] = alike[0] if unique and alike else own[0]
    return chosen
