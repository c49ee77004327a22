"""Tables in a page's text layer (PDF or OCR lines): cells whose text wraps inside them, read row by row.

A table is a run of visual rows (lines on one baseline) where at least two rows hold three or more pieces
(cells apart by a wide gap), and no piece of a row in between runs across the space between two columns
(a cell's wrapped or centred text: 鹤鸣 / 高新 / 区). Columns are the x-ranges the table's pieces cover. A table row is
the visual rows up to a pitch nearer the widest than the tightest (a wrapped cell's lines sit closer than
two rows do); a cell's text is its pieces top to bottom. Each row becomes one line of its own in
`index.tables`' form (`鹤鸣高新区 营业收入 862.5亿元 …。`), the first row giving the column headers.
"""
from __future__ import annotations

import re
from dataclasses import replace

from index.tables import table_lines

MIN_CELLS = 3         # pieces on one baseline that make a visual row a table's
ROW_GAP = 1.2         # pitches within this ratio are one size: no cell wraps
_LATIN_END = re.compile(r"[A-Za-z0-9.%]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9]")


def _visual_rows(lines: list, size: float) -> list[list]:
    """Lines (top-down) grouped by baseline, each group left to right."""
    rows: list[list] = []
    for ln in sorted(lines, key=lambda ln: (ln.y0, ln.x0)):
        if rows and abs(ln.y0 - rows[-1][0].y0) < size / 2:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return [sorted(row, key=lambda ln: ln.x0) for row in rows]


def _columns(rows: list[list], wide_only: bool = False) -> list[tuple[float, float]]:
    """The x-ranges the pieces of the rows (or of the wide rows only) cover, overlapping ones merged."""
    spans = sorted((ln.x0, ln.x1) for row in rows if len(row) >= MIN_CELLS or not wide_only for ln in row)
    merged: list[list[float]] = []
    for x0, x1 in spans:
        if merged and x0 <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(x0, x1) for x0, x1 in merged]


def _column_of(ln, columns: list[tuple[float, float]]) -> int | None:
    centre = (ln.x0 + ln.x1) / 2
    inside = [i for i, (x0, x1) in enumerate(columns) if x0 <= centre <= x1]
    return inside[0] if inside else None


def _fits(row: list, columns: list[tuple[float, float]]) -> bool:
    """No piece of the row runs across the space between two columns (as a line of prose does)."""
    gaps = [(a[1], b[0]) for a, b in zip(columns, columns[1:])]
    return not any(ln.x0 < lo - 1 and ln.x1 > hi + 1 for ln in row for lo, hi in gaps)


def _table_end(rows: list[list], start: int) -> int:
    """The end (exclusive) of the table whose first wide row is rows[start]: wide rows, and rows of pieces
    that each fit one column, up to the last wide row and the lines its cells wrap onto below it."""
    end = start + 1
    for i in range(start + 1, len(rows)):
        if len(rows[i]) < MIN_CELLS and not _fits(rows[i], _columns(rows[start:i], wide_only=True)):
            break
        end = i + 1 if len(rows[i]) >= MIN_CELLS else end
    row_gap = _row_gap(_pitches(rows[start:end]))
    while end < len(rows) and _fits(rows[end], _columns(rows[start:end], wide_only=True)) \
            and rows[end][0].y0 - rows[end - 1][0].y0 < row_gap:
        end += 1
    return end


def _pitches(rows: list[list]) -> list[float]:
    return [b[0].y0 - a[0].y0 for a, b in zip(rows, rows[1:])]


def _row_gap(pitches: list[float]) -> float:
    """The least pitch that parts two table rows. Where cells wrap, pitches fall in two sizes (lines of a
    cell, rows apart), parted at their middle; else every visual row is a table row (0)."""
    if not pitches or max(pitches) <= ROW_GAP * min(pitches):
        return 0.0
    return (max(pitches) + min(pitches)) / 2


def _table_rows(rows: list[list]) -> list[list[list]]:
    """Visual rows grouped into table rows."""
    row_gap = _row_gap(_pitches(rows))
    grouped = [[rows[0]]]
    for row, pitch in zip(rows[1:], _pitches(rows)):
        if pitch < row_gap:
            grouped[-1].append(row)
        else:
            grouped.append([row])
    return grouped


def join_piece(cell: str, piece: str) -> str:
    """A cell's text with the next piece (a wrapped line) after it: a space only between Latin letters or digits."""
    glue = " " if _LATIN_END.search(cell) and _LATIN_START.match(piece) else ""
    return cell + glue + piece.strip()


def _cells(group: list[list], columns: list[tuple[float, float]]) -> list[str]:
    cells = [""] * len(columns)
    for row in group:
        for ln in row:
            i = _column_of(ln, columns)
            if i is not None:
                cells[i] = join_piece(cells[i], ln.text)
    return cells


def read_tables(lines: list, size: float) -> list:
    """The lines of a column with each table replaced by one line per table row (marked `whole`)."""
    rows = _visual_rows(lines, size)
    out, i = [], 0
    while i < len(rows):
        end = _table_end(rows, i) if len(rows[i]) >= MIN_CELLS else i + 1
        wide = [r for r in rows[i:end] if len(r) >= MIN_CELLS]
        if len(wide) < 2:
            out += rows[i]
            i += 1
            continue
        columns = _columns(rows[i:end])
        groups = _table_rows(rows[i:end])
        texts = table_lines([_cells(g, columns) for g in groups])
        for group, text in zip(groups[1:], texts):
            first, last = group[0][0], group[-1][0]
            out.append(replace(first, x0=columns[0][0], x1=columns[-1][1], y1=last.y1, text=text, whole=True))
        i = end
    return out
