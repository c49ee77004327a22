"""A page's lines in reading order: its columns, and what stands across them.

An x-interval that almost no line of prose crosses, with text on both sides, is a gutter (a table's cells
give none; when paragraphs across the page fill it, the narrower lines of prose find it). The page is cut,
top down, into runs of columns and what stands across them: lines into a gutter, a table with cells on both
sides, a heading at the margin between two runs; each run is read column by column, and short lines under
both columns' foot (a footer) after them. Tables are read in place (`index.layout_tables`).
"""
from __future__ import annotations

import statistics
from dataclasses import replace

from index.layout_line import Line, char_size
from index.layout_tables import MIN_CELLS, Carry, read_tables, visual_rows

PROSE_WIDTH = 8  # a line of prose in a page column is at least this many characters wide
NARROW = 0.6  # a line at most this share of the text width fits a column of two
TABLE_PITCH = 3  # a table's rows are at most this many character sizes apart
STACKED = 2.5  # a column's lines are at most this many character sizes apart, top to top


def _gutters(lines: list[Line], size: float) -> list[tuple[float, float]]:
    """x-intervals (at least one character wide) that at most a few lines cross, with text on both sides."""
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    step = max(size / 4, 1e-3)
    bins = int((right - left) / step) + 1
    cover = [0] * bins
    for ln in lines:
        for b in range(int((ln.x0 - left) / step), min(bins, int((ln.x1 - left) / step) + 1)):
            cover[b] += 1
    limit = max(1, len(lines) // 10)
    runs, start = [], None
    for b, n in enumerate(cover + [limit + 1]):
        if n <= limit and start is None:
            start = b
        elif n > limit and start is not None:
            if start > 0 and b < bins and (b - start) * step >= size:
                runs.append((left + start * step, left + b * step))
            start = None
    return [g for g in runs if _both_sides(lines, g, size)]


def _both_sides(lines: list[Line], gutter: tuple[float, float], size: float) -> bool:
    """Enough lines wholly left and wholly right of the gutter, few crossing it, and lines of prose ending or
    starting at it (else: a table's columns)."""
    lo, hi = gutter
    left = sum(ln.x1 <= lo for ln in lines)
    right = sum(ln.x0 >= hi for ln in lines)
    crossing = len(lines) - left - right
    # a page column's lines of prose end at (or start at) the gutter; a gap between a table's columns has short
    # cells on both sides, or on one side with lines of prose running across it
    prose = [ln for ln in lines if ln.x1 - ln.x0 >= PROSE_WIDTH * size]
    sides = [sum(lo - 2 * size <= ln.x1 <= lo for ln in prose), sum(hi <= ln.x0 <= hi + 2 * size for ln in prose)]
    across = sum(ln.x0 < lo and ln.x1 > hi for ln in prose)
    return left >= 3 and right >= 3 and crossing <= len(lines) // 4 and max(sides) >= 3 \
        and (min(sides) >= 3 or across < 3) \
        and _stacked([ln for ln in lines if ln.x1 <= lo], size) and _stacked([ln for ln in lines if ln.x0 >= hi], size)


def _stacked(lines: list[Line], size: float) -> bool:
    """Whether a side's lines stand one under another somewhere, as a column's do: lines set apart from each
    other by the page's full lines between them (a source line flush right under each item) are no column."""
    tops = sorted(ln.y0 for ln in lines)
    return sum(b - a <= STACKED * size for a, b in zip(tops, tops[1:])) >= 2


def reading_order(lines: list[Line], carry: Carry | None = None) -> list[list[Line]]:
    """Blocks of lines in reading order: each column of a run of columns, or what stands across them. `carry`: the
    table the previous page ended on, then the one this page ends on (a table continued under no header)."""
    if not lines:
        return []
    carry = carry or Carry()
    size = char_size(lines)
    gutters = _page_gutters(lines, size)
    if not gutters:
        return [_merge_rows(read_tables(lines, size, carry), size)]
    blocks: list[list[Line]] = []
    for run, columnar in _runs(lines, gutters, size):
        if columnar:
            local = [_narrowed(g, run, size) for g in _gutters(_prose(run, size), size)]  # the run's own gutter
            blocks += _columns(run, local or gutters, size, carry)
        else:
            blocks.append(_apart(read_tables(run, size, carry), size))
    return blocks


def _apart(lines: list[Line], size: float) -> list[Line]:
    """Pieces that share a row across the columns (a footer's 报：… 送：…, a masthead's office and date) each a
    paragraph of their own, in rows top down."""
    return [replace(ln, whole=True) if len(row) > 1 else ln for row in visual_rows(lines, size) for ln in row]


def _prose(lines: list[Line], size: float) -> list[Line]:
    """Lines that are no table's: not cells of a table's visual row, nor a table's row already read."""
    return [ln for row in visual_rows(lines, size) for ln in row
            if not ln.whole and (not _cells(row, size) or _long(ln, size))]


def _long(ln: Line, size: float) -> bool:
    """Whether a line is long enough to be a column's line of prose rather than a table's cell."""
    return len(ln.text) >= PROSE_WIDTH and ln.x1 - ln.x0 >= PROSE_WIDTH * size


def _cells(row: list[Line], size: float) -> bool:
    """Whether a visual row is a table's: three or more pieces, at most one of them a line of prose (the
    lines of three columns side by side are all prose; a table's row may stand beside a column's line)."""
    return len(row) >= MIN_CELLS and sum(_long(ln, size) for ln in row) <= 1


def _page_gutters(lines: list[Line], size: float) -> list[tuple[float, float]]:
    """Gutters by the lines of prose: a table's columns are no page columns. When lines across the whole
    text width (a paragraph over both columns) fill the gutter, by the narrower lines of prose only."""
    prose = _prose(lines, size)
    if not prose:
        return []
    left, right = min(ln.x0 for ln in prose), max(ln.x1 for ln in prose)
    # a column's lines of prose: not a table's cells, nor a title or caption centred on the page
    narrow = [ln for ln in prose if _long(ln, size) and ln.x1 - ln.x0 <= NARROW * (right - left)
              and abs(ln.x0 + ln.x1 - left - right) / 2 > size]
    gutters = _gutters(prose, size) or (_gutters(narrow, size) if narrow else [])
    return [_narrowed(g, lines, size) for g in gutters]


def _narrowed(gutter: tuple[float, float], lines: list[Line], size: float) -> tuple[float, float]:
    """The widest part of a gutter that the fewest lines of any kind cover (a table in one column may reach
    into what its lines of prose leave free), if at least half a character wide."""
    lo, hi = gutter
    step = size / 8
    edges = [lo + k * step for k in range(int((hi - lo) / step) + 1)]
    cover = [sum(ln.x0 < x + step and ln.x1 > x for ln in lines) for x in edges[:-1]]
    if not cover:
        return gutter
    best, start, run = (lo, lo), None, None
    for k, n in enumerate(cover + [None]):
        if n == min(cover) and start is None:
            start = k
        elif n != min(cover) and start is not None:
            run = (edges[start], edges[k] if k < len(edges) else hi)
            best, start = max(best, run, key=lambda g: g[1] - g[0]), None
    return best if best[1] - best[0] >= size / 2 else gutter


def _across(lines: list[Line], gutters: list[tuple[float, float]], size: float) -> set[int]:
    """Ids of the lines that stand across the columns: into a gutter's middle half (a title, a paragraph or a
    caption over both), or within a table over the gutter: rows of three or more cells on both sides of it,
    each within a few lines of the next, and whatever lies between them (a cell's wrapped text)."""
    cores = [(lo + (hi - lo) / 4, hi - (hi - lo) / 4) for lo, hi in gutters]
    mids = [(lo + hi) / 2 for lo, hi in gutters]
    across = {id(ln) for ln in lines if any(ln.x0 < b and ln.x1 > a for a, b in cores)}
    for row in visual_rows(lines, size):  # the other pieces of a row across the columns (报：… 送：…)
        if any(id(ln) in across for ln in row):
            across.update(id(ln) for ln in row)
    rows = [row for row in visual_rows(lines, size) if _cells(row, size) and any(
        any(ln.x1 <= m for ln in row if not _long(ln, size)) and any(ln.x0 >= m for ln in row if not _long(ln, size))
        for m in mids)]  # cells on both sides of a gutter: a table in one column leaves the other column's line
    for above, below in zip(rows, rows[1:]):
        if below[0].y0 - above[0].y0 <= TABLE_PITCH * size:
            top, bottom = min(ln.y0 for ln in above), max(ln.y1 for ln in below)
            across.update(id(ln) for ln in lines if top <= (ln.y0 + ln.y1) / 2 <= bottom)
    return across


def _runs(lines: list[Line], gutters: list[tuple[float, float]], size: float) -> list[tuple[list[Line], bool]]:
    """The page top down as runs of columns and blocks across them, each with whether it is a run of columns.

    The page is cut where lines across the columns start or end, and at each blank strip across the page.
    A part with a line over half of each column's width in every column is columns; a part in one column
    only (a heading at the left margin) stands across when columns follow it and nothing beside it above,
    else it goes on the run above (a column longer than the other, a footer under it), as does a part with
    short lines in several columns (a masthead's office and date)."""
    mids = [(lo + hi) / 2 for lo, hi in gutters]
    across = _across(lines, gutters, size)
    strip = _line_gap(_prose(lines, size)) + size / 4  # a blank strip wider than a column's lines keep parts the page
    parts: list[list] = []  # [lines, kind, whether a blank strip is above it]; kind: across, columns, side
    bottom = float("-inf")
    for ln in sorted(lines, key=lambda ln: (ln.y0, ln.x0)):
        kind, blank = ("across" if id(ln) in across else "text"), ln.y0 - bottom > strip
        if parts and parts[-1][1] == kind and not blank:
            parts[-1][0].append(ln)
        else:
            parts.append([[ln], kind, blank])
        bottom = max(bottom, ln.y1)
    edges = [min(ln.x0 for ln in lines)] + [x for g in gutters for x in g] + [max(ln.x1 for ln in lines)]
    spans = list(zip(edges[::2], edges[1::2]))  # each column's x-range
    for part in parts:
        if part[1] == "text":
            held = {_column(ln, mids) for ln in part[0]}
            filled = all(any(_column(ln, mids) == c and ln.x1 - ln.x0 >= (hi - lo) / 2 for ln in part[0])
                         for c, (lo, hi) in enumerate(spans))
            part[1] = "columns" if filled else "side" if len(held) == 1 else "mixed"
    parts = _heads(parts, mids, strip + size)
    for i, part in enumerate(parts):  # the last line of a paragraph across the page, at the left margin
        if part[1] == "side" and i and parts[i - 1][1] == "across" and not part[2]:
            part[1] = "across"
    for i in range(len(parts) - 2, -1, -1):  # a heading over the columns below it
        if parts[i][1] == "side" and parts[i + 1][1] in ("columns", "head") \
                and (i == 0 or _clear_above(parts[i - 1], parts[i][0], mids, strip + size)):
            parts[i][1] = "head"
    runs: list[tuple[list[Line], bool]] = []
    for part, kind, _ in parts:
        columnar = kind == "columns" or kind in ("side", "mixed") and bool(runs) and runs[-1][1]
        if runs and (runs[-1][1] == columnar):
            runs[-1][0].extend(part)
        else:
            runs.append((list(part), columnar))
    return runs


def _column(ln: Line, mids: list[float]) -> int:
    return sum((ln.x0 + ln.x1) / 2 > m for m in mids)


def _clear_above(above: list, head: list[Line], mids: list[float], pitch: float) -> bool:
    """Whether lines in one column can head what is below them: the part above is no columns, or its other
    columns end more than a line higher (not a column's own heading beside the other column's text)."""
    side = _column(head[0], mids)
    bottom = max((ln.y1 for ln in above[0] if _column(ln, mids) != side), default=float("-inf"))
    return above[1] != "columns" or head[0].y0 - bottom > pitch


def _heads(parts: list[list], mids: list[float], pitch: float) -> list[list]:
    """Columns parts with a heading over the columns split off: lines at the top of a part, in one column and
    above every line of the others, where the other columns of the run above ended more than a line higher
    (a heading set between two runs of columns, too close to the text below it for a blank strip)."""
    out: list[list] = []
    for part in parts:
        if out and out[-1][1] == "columns" and part[1] == "columns":
            side = _column(part[0][0], mids)
            top = min(ln.y0 for ln in part[0] if _column(ln, mids) != side)
            head = [ln for ln in part[0] if _column(ln, mids) == side and ln.y1 <= top]
            if head and _clear_above(out[-1], head, mids, pitch):
                out.append([head, "head", part[2]])
                part = [[ln for ln in part[0] if ln not in head], "columns", False]
        out.append(part)
    return out


def _line_gap(lines: list[Line]) -> float:
    """The usual blank between a line of prose and the next one below it in its column."""
    ordered = sorted(lines, key=lambda ln: ln.y0)
    gaps = []
    for i, ln in enumerate(ordered):
        below = next((b for b in ordered[i + 1:] if b.y0 >= ln.y1 and b.x0 < ln.x1 and ln.x0 < b.x1), None)
        if below is not None:
            gaps.append(below.y0 - ln.y1)
    return statistics.median(gaps) if gaps else 0.0


def _columns(run: list[Line], gutters: list[tuple[float, float]], size: float, carry: Carry) -> list[list[Line]]:
    """A run's columns left to right, then what stands under the columns' foot in one column only (a footer
    under both, short lines at the left margin): the lines after the column's last blank wider than its lines
    keep, a line or more below the other columns' foot, where the column's text above ends level with theirs
    (at most two lines lower: a column much longer than the others goes on)."""
    mids = [(lo + hi) / 2 for lo, hi in gutters]
    columns = [[ln for ln in run if _column(ln, mids) == c] for c in range(len(mids) + 1)]
    columns = [sorted(column, key=lambda ln: (ln.y0, ln.x0)) for column in columns if column]
    tail: list[Line] = []
    for c, column in enumerate(columns):
        foot = max((ln.y1 for i, other in enumerate(columns) if i != c for ln in other), default=float("inf"))
        gaps = [b.y0 - a.y1 for a, b in zip(column, column[1:]) if b.y0 > a.y1]
        usual = statistics.median(gaps) if gaps else 0.0
        starts = [k for k in range(1, len(column)) if column[k].y0 >= foot + size
                  and column[k].y0 - column[k - 1].y1 > usual + size / 2]
        if starts and sum(ln.y1 > foot + size / 2 for ln in column[:starts[-1]]) <= 2:
            tail, columns[c] = column[starts[-1]:], column[:starts[-1]]
    blocks = [_merge_rows(read_tables(column, size, carry), size) for column in columns]
    return blocks + ([_merge_rows(read_tables(tail, size, carry), size)] if tail else [])


def _merge_rows(lines: list[Line], size: float) -> list[Line]:
    """Pieces of one line (same baseline, split at a wide gap) become one line joined by a space."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        same_row = prev and abs((ln.y0 + ln.y1) - (prev.y0 + prev.y1)) / 2 < size / 2 and ln.x0 >= prev.x1
        if same_row and not (prev.whole or ln.whole):
            out[-1] = Line(prev.x0, min(prev.y0, ln.y0), ln.x1, max(prev.y1, ln.y1), f"{prev.text} {ln.text}")
        else:
            out.append(ln)
    return out

