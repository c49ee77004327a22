"""A ruled table scanned with its cells' text centred in them (a project list `序号 | 项目名称 | 所在开发区 | 所在市 |
总投资（亿元） | 进展`): its rows are tall (padding above and below a cell's lines), and a cell's wrapped lines and a
merged cell's text stand centred on their rows, on no common baseline with the row's other cells.

Rows are read off the column of figures: one figure a row (figures do not wrap), at the row's middle, rows at least
`TALL` line sizes apart. A cell (a piece with the pieces of its column right under it, closer than half a line) is
the row's whose figure is nearest the cell's middle; the cells within a row's pitch above the first row are the
header. A merged cell's text stands in one of the rows it spans: an empty cell of a column of places (each cell a
place's name, `杉浦市`) takes the place the row's zone or other cell starts with (`杉浦经济技术开发区` → `杉浦市`), else
the place of the rows above it (the merged cell goes on down to the next), else of the rows below; a total row
(合计) takes none.
"""
from __future__ import annotations

import re
from dataclasses import replace

from index.figures import BARE_NUMBER, FIGURE
from index.layout_table_rows import column_at, join_piece
from index.tables import TOTAL_ROWS, per_row, table_lines

MIN_ROWS = 3
MAX_CELL = 16  # characters of a cell's line; a longer line is prose
MIN_COLUMNS = 3  # cells of a header and of each row (but a total row: 合计 | 297.2)
TALL = 2.5  # rows of a ruled table with padded cells are this many line sizes apart or more (a borderless table's
            # rows are a line and a half)
_PLACE_CELL = re.compile(r"[^\s\d]{1,6}[市县州盟旗]")  # 杉浦市: a cell naming a place, as a city column holds


def _figure(text: str) -> bool:
    return bool(BARE_NUMBER.fullmatch(text) or FIGURE.fullmatch(text))


def _mid(ln) -> float:
    return (ln.y0 + ln.y1) / 2


def _figure_column(lines: list, size: float) -> list | None:
    """The figures, top down, of the column holding the most figures (on a tie, decimals over serial numbers),
    when each stands alone in its row and rows are tall."""
    figures = [ln for ln in lines if _figure(ln.text.strip())]
    best: list = []
    for ln in figures:
        column = sorted((f for f in figures if f.x0 < ln.x1 and ln.x0 < f.x1), key=_mid)
        key = (len(column), sum("." in f.text for f in column))
        if key > (len(best), sum("." in f.text for f in best)):
            best = column
    mids = [_mid(f) for f in best]
    if len(best) < MIN_ROWS or min(b - a for a, b in zip(mids, mids[1:])) < TALL * size:
        return None
    return best


def _cells(pieces: list, bounds: list[float], size: float) -> list[tuple[int, float, str]]:
    """(column, middle, text) of each cell: a column's pieces one under another, closer than half a line, joined."""
    by_column: dict[int, list] = {}
    for ln in sorted(pieces, key=lambda ln: ln.y0):
        by_column.setdefault(column_at((ln.x0 + ln.x1) / 2, bounds), []).append(ln)
    cells = []
    for column, stack in by_column.items():
        group = [stack[0]]
        for ln in stack[1:] + [None]:
            if ln is not None and ln.y0 - group[-1].y1 < size / 2:
                group.append(ln)
                continue
            text = ""
            for piece in group:
                text = join_piece(text, piece.text)
            cells.append((column, (group[0].y0 + group[-1].y1) / 2, text))
            group = [ln]
    return cells


def _columns(pieces: list) -> list[tuple[float, float]]:
    merged: list[list[float]] = []
    for x0, x1 in sorted((ln.x0, ln.x1) for ln in pieces):
        if merged and x0 <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(a, b) for a, b in merged]


def _merged_places(rows: list[list[str]]) -> None:
    """Fill the empty cells of each column of places that a merged cell leaves (see the module's docstring)."""
    for c in range(len(rows[0])):
        column = [row[c] for row in rows]
        written = [cell for cell in column if cell]
        if not written or len(written) == len(column) or not all(_PLACE_CELL.fullmatch(w) for w in written):
            continue
        for k, row in enumerate(rows):
            if row[c] or any(cell in TOTAL_ROWS for cell in row):
                continue
            named = [w for w in dict.fromkeys(written) if any(o.startswith(w[:-1]) for o in row if o)]
            above = [rows[j][c] for j in range(k - 1, -1, -1) if rows[j][c]]
            below = [rows[j][c] for j in range(k + 1, len(rows)) if rows[j][c]]
            row[c] = (named or above or below)[0]


def _serials(rows: list[list[str]]) -> None:
    """Fill the serial numbers OCR lost (a lone digit is often left unread) in a column whose other cells count the
    rows one by one."""
    for c in range(len(rows[0])):
        numbered = [(k, int(row[c])) for k, row in enumerate(rows) if row[c].isdigit()]
        if len(numbered) >= 2 and len({n - k for k, n in numbered}) == 1 and len(numbered) < len(rows):
            first = numbered[0][1] - numbered[0][0]
            last = numbered[-1][0]  # rows after the last number (合计) are no numbered rows
            for k in range(last):
                rows[k][c] = rows[k][c] or str(first + k)


def _closed(header: str) -> str:
    """A header in full-width brackets, its closing one restored when a wrapped cell lost it (总投资（亿 / 元)."""
    header = header.replace("(", "（").replace(")", "）")  # OCR reads a bracket by the line's width either way
    return header + "）" if header.count("（") > header.count("）") else header


def read_ruled_table(lines: list, size: float) -> list | None:
    """The lines with a ruled table of centred cells (see the module's docstring) replaced by one line per row
    (marked `whole`), the lines above and below it kept; None when the lines hold no such table."""
    figures = _figure_column(lines, size)
    if figures is None:
        return None
    mids = [_mid(f) for f in figures]
    pitch = min(b - a for a, b in zip(mids, mids[1:]))
    top, bottom = mids[0] - (mids[1] - mids[0]) / 2, mids[-1] + (mids[-1] - mids[-2]) / 2
    body = [ln for ln in lines if top <= _mid(ln) < bottom]
    if any(len(ln.text) > MAX_CELL for ln in body):
        return None  # a line of prose among the rows: a page of paragraphs beside figures, no ruled table
    head = [ln for ln in lines if top - pitch <= _mid(ln) < top]
    columns = _columns(body)
    bounds = [(a[1] + b[0]) / 2 for a, b in zip(columns, columns[1:])]
    rows = [[""] * len(columns) for _ in mids]
    for column, middle, text in _cells(body, bounds, size):
        at = min(range(len(mids)), key=lambda k: abs(mids[k] - middle))
        rows[at][column] = join_piece(rows[at][column], text)
    header = [""] * len(columns)
    for column, _, text in sorted(_cells(head, bounds, size), key=lambda cell: cell[1]):
        header[column] = join_piece(header[column], text)
    if sum(map(bool, header)) < MIN_COLUMNS or any(sum(map(bool, row)) < MIN_COLUMNS for row in rows
                                                   if not TOTAL_ROWS & set(row)):
        return None  # no table of headed columns: key-figure cards (86.4亿元 over its label) stand apart as well
    header = [_closed(h) for h in header]
    _serials(rows)
    _merged_places(rows)
    texts = per_row(table_lines([header, *rows], has_header=any(header)), len(rows))
    left, right = columns[0][0], columns[-1][1]
    table = [replace(f, x0=left, x1=right, text=text, whole=True, cuts=()) for f, text in zip(figures, texts)]
    taken = {id(ln) for ln in body + head}
    before = [ln for ln in lines if id(ln) not in taken and _mid(ln) < top]
    after = [ln for ln in lines if id(ln) not in taken and _mid(ln) >= top]
    return sorted(before, key=lambda ln: ln.y0) + table + sorted(after, key=lambda ln: ln.y0)
