"""Which pieces of a borderless table make one table row (`index.layout_tables` finds the table and its header).

Figures do not wrap: each visual row holding one after its first piece is a table row, and the other pieces (a
row header's wrapped lines) join the row their cell is centred on, else the row above (top-aligned, as Word sets
cells). Without figures, rows part where the pitch between visual rows is larger than between a cell's lines.
"""
from __future__ import annotations

import re
import statistics

from index.figures import BARE_NUMBER, FIGURE

ROW_GAP = 1.2         # pitches within this ratio are one size: no cell wraps
_LATIN_END = re.compile(r"[A-Za-z0-9.%]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9]")


def pitches(rows: list[list]) -> list[float]:
    return [b[0].y0 - a[0].y0 for a, b in zip(rows, rows[1:])]


def least_row_pitch(pitches: list[float]) -> float:
    """The least pitch that parts two table rows. Where cells wrap, pitches fall in two sizes (lines of a
    cell, rows apart), parted at their middle; else every visual row is a table row (0)."""
    if not pitches or max(pitches) <= ROW_GAP * min(pitches):
        return 0.0
    return (max(pitches) + min(pitches)) / 2


def table_rows(rows: list[list]) -> list[list[list]]:
    """Visual rows grouped into table rows."""
    row_gap = least_row_pitch(pitches(rows))
    grouped = [[rows[0]]]
    for row, pitch in zip(rows[1:], pitches(rows)):
        if pitch < row_gap:
            grouped[-1].append(row)
        else:
            grouped.append([row])
    return grouped


def join_piece(cell: str, piece: str) -> str:
    """A cell's text with the next piece (a wrapped line) after it: a space only between Latin letters or digits."""
    glue = " " if _LATIN_END.search(cell) and _LATIN_START.match(piece) else ""
    return cell + glue + piece.strip()


def column_at(x: float, bounds: list[float]) -> int:
    return sum(x > b for b in bounds)




def is_figure(text: str) -> bool:
    return bool(FIGURE.search(text) or BARE_NUMBER.fullmatch(text))


def holds_figure(row: list) -> bool:
    """Whether a piece after the row's first is a figure (a header's cells hold none)."""
    return any(is_figure(ln.text) for ln in row[1:])




def centred_on(row: list, anchor: list, below: list[list], size: float) -> bool:
    """Whether a lone piece above a row of figures is the first line of a cell centred on that row: a piece
    under it mirrors it across the row."""
    if len(row) != 1:
        return False
    ln, y = row[0], sum(a.y0 for a in anchor) / len(anchor)
    return any(other.x0 < ln.x1 and ln.x0 < other.x1 and abs(other.y0 - (2 * y - ln.y0)) < size / 2
               for other in (o for r in [anchor, *below] for o in r))


def _split_by_tilt(figure_rows: list[int], rows: list[list], bounds: list[float], size: float) -> list[list[int]]:
    """The figure rows, those less than a line apart whose pieces fill different columns taken as one (a scanned
    page a little tilted puts a row's left cells a few pixels below its right ones)."""
    def figures(k: int) -> list:  # its figures' pieces (a wrapped row header may stand on either line)
        return [ln for ln in rows[k] if is_figure(ln.text)]

    def filled(k: int) -> set[int]:
        return {column_at((ln.x0 + ln.x1) / 2, bounds) for ln in figures(k)}

    def height(k: int) -> float:
        return statistics.mean(ln.y0 for ln in figures(k))

    anchors: list[list[int]] = []
    for k in figure_rows:
        taken, mine = {c for j in (anchors[-1] if anchors else []) for c in filled(j)}, filled(k)
        if anchors and height(k) - height(anchors[-1][-1]) < size and not taken & mine:
            anchors[-1].append(k)
        else:
            anchors.append([k])
    return anchors


def by_figures(rows: list[list], bounds: list[float], size: float) -> list[list] | None:
    """The pieces of each table row: a row per visual row holding a figure (figures do not wrap); any other
    piece joins the row its cell is centred on (a piece of its column mirrors it across that row's baseline:
    澜台高新技 / 术产业开发 731.25 / 区), else the row above it (a cell's lines run down from its top). None
    without figures."""
    anchors = _split_by_tilt([k for k, row in enumerate(rows) if holds_figure(row)], rows, bounds, size)
    if not anchors:
        return None
    groups = [[ln for k in anchor for ln in rows[k]] for anchor in anchors]
    ys = [sum(ln.y0 for ln in group) / len(group) for group in groups]
    tops: dict[int, list[float]] = {}  # per column, where its pieces off the figures' rows stand
    loose = [ln for k, row in enumerate(rows) if not any(k in anchor for anchor in anchors) for ln in row]
    for ln in loose:
        tops.setdefault(column_at((ln.x0 + ln.x1) / 2, bounds), []).append(ln.y0)
    for ln in loose:
        column = tops[column_at((ln.x0 + ln.x1) / 2, bounds)]
        centred = [a for a, y in enumerate(ys) if any(abs(2 * y - ln.y0 - other) < size / 2 for other in column)]
        above = [a for a, y in enumerate(ys) if y <= ln.y0]
        groups[min(centred, key=lambda a: abs(ys[a] - ln.y0)) if centred else max(above, default=0)].append(ln)
    return groups


