"""Tables in a page's text layer (PDF or OCR lines) that no border marks: columns aligned by whitespace only,
cells whose text wraps inside them, read row by row.

A line is first cut at its gaps as wide as between two cells (`Line.cuts`: a Word or typeset table's cells are
often closer than a column gutter, so its row is one run-on piece). A table is a run of visual rows (pieces on
one baseline) where at least two rows hold three or more pieces, and no piece of a row in between runs across the
space between two columns (a cell's wrapped or centred text: 鹤鸣 / 高新 / 区). Columns part at the middle of the
gaps between the x-ranges the data rows' pieces cover.

The header is the table's leading rows without a figure, and the rows just above it (closer than a line and a
half) whose pieces each head one column or are centred over several; a caption (表1 …), a unit note (单位：亿元)
or a piece over every column heads none. A column's header is its pieces top to bottom, a cell's wrapped lines
joined (`营业收入` / `（亿元）`), a piece centred over several columns heading each (`进出口` over `总额 | 增速`, read
by `index.tables.merged_header`). Figures do not wrap: each visual row holding one after its first piece is a table
row, and the other pieces (a row header's wrapped lines) join the row their cell is centred on, else the row above
(top-aligned, as Word sets cells). Rows under no header that start a page or column right after a table whose
columns cover the same x-ranges (or after its caption, 续表1) go on under that table's header: a table continued
over a page break. Each data row becomes one line of its own in `index.tables`' form (`鹤鸣高新区 营业收入
862.5亿元 …。`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from index.layout_cards import card_row, stacked_card
from index.layout_ruled import read_ruled_table
from index.layout_table_rows import (by_figures, centred_on, column_at, holds_figure, is_figure, join_piece,
                                     least_row_pitch, pitches, table_rows)
from index.tables import UNIT_NOTE, per_row, table_lines

MIN_CELLS = 3         # pieces on one baseline that make a visual row a table's
HEADER_PITCH = 1.5    # header rows above a table are at most this many character sizes apart
# above a table, a caption (表1 …, 附表2 …) and a unit note (单位：亿元) head no column
_CONTINUED = re.compile(r"^续表|[（(]续[）)]$")  # 续表1, 表1（续）: the caption of a table's next part
_CAPTION = re.compile(r"^(?:附表|续表|表)\s*[\d一二三四五六七八九十]")  # 附表2 上半年…, 表1 …: a table's caption
_NOT_HEADER = re.compile(rf"{_CAPTION.pattern}|^[（(]?单位\s*[:：]")


@dataclass
class Table:
    """A table just read: the x-ranges its columns' data cover and its header rows, for a part continued under
    no header."""
    columns: list[tuple[float, float]]
    header: list[list[str]]
    note: str = ""  # its unit note (单位：亿元)


@dataclass
class Carry:
    """The table the reading order last ended on (None once anything else was read), across blocks and pages."""
    last: Table | None = None


def _cut(ln) -> list:
    """The line's pieces between its cell-wide gaps (itself when it has none)."""
    if not ln.cuts:
        return [ln]
    pieces, start, x0 = [], 0, ln.x0
    for index, end, after in ln.cuts:
        pieces.append(replace(ln, x0=x0, x1=end, text=ln.text[start:index].strip(), cuts=()))
        start, x0 = index, after
    return pieces + [replace(ln, x0=x0, text=ln.text[start:].strip(), cuts=())]


def visual_rows(lines: list, size: float) -> list[list]:
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


def _fits(row: list, columns: list[tuple[float, float]]) -> bool:
    """No piece of the row runs across the space between two columns (as a line of prose does)."""
    gaps = [(a[1], b[0]) for a, b in zip(columns, columns[1:])]
    return not any(ln.x0 < lo - 1 and ln.x1 > hi + 1 for ln in row for lo, hi in gaps)


def _table_end(rows: list[list], start: int) -> int:
    """The end (exclusive) of the table whose first wide row is rows[start]: wide rows, and rows of pieces
    that each fit one column, up to the last wide row and the lines its cells wrap onto below it."""
    end = start + 1
    for i in range(start + 1, len(rows)):
        if _CAPTION.match(rows[i][0].text) or (
                len(rows[i]) < MIN_CELLS and not _fits(rows[i], _columns(rows[start:i], wide_only=True))):
            break  # the next table's caption (附表2…) ends this one
        end = i + 1 if len(rows[i]) >= MIN_CELLS else end
    row_gap = least_row_pitch(pitches(rows[start:end]))
    while end < len(rows) and not _CAPTION.match(rows[end][0].text) \
            and _fits(rows[end], _columns(rows[start:end], wide_only=True)) and rows[end][0].y0 - rows[end - 1][0].y0 < row_gap:
        end += 1
    return end




def covered(ln, edges: list[float], size: float) -> list[int]:
    """The columns a piece heads: those it is centred over (a merged cell's text, 进出口 over 总额 | 增速), else
    the one its centre is in (a wide header may run past its column's figures)."""
    bounds = edges[1:-1]
    first, last = column_at(ln.x0 + size / 2, bounds), column_at(ln.x1 - size / 2, bounds)
    if last > first and abs((ln.x0 + ln.x1) - (edges[first] + edges[last + 1])) / 2 <= size:
        return list(range(first, last + 1))
    return [column_at((ln.x0 + ln.x1) / 2, bounds)]




def _heads(row: list, edges: list[float], size: float) -> bool:
    """Whether a row above a table can be its header's: no figure, each piece within the table and over
    fewer than all its columns (a caption over them all, a unit note or a line of prose is none)."""
    return not any(is_figure(ln.text) or _NOT_HEADER.match(ln.text)
                   or ln.x0 < edges[0] - size or ln.x1 > edges[-1] + size
                   or len(covered(ln, edges, size)) == len(edges) - 1 for ln in row)


def _header(rows: list[list], edges: list[float], size: float) -> list[list[str]]:
    """Header rows for `table_lines`: per column its pieces top to bottom, a cell's wrapped lines as one part,
    each piece over several columns a part of every column it spans."""
    parts: list[list[str]] = [[] for _ in range(len(edges) - 1)]
    own = [False] * len(parts)  # whether the column's last part is its own cell, still taking wrapped lines
    spans = []
    for row in rows:  # a piece spans no column another piece of its row stands in
        taken = [column_at((ln.x0 + ln.x1) / 2, edges[1:-1]) for ln in row]
        spans += [(ln, [c for c in covered(ln, edges, size) if c == mine or c not in taken])
                  for ln, mine in zip(row, taken)]
    for ln, over in sorted(spans, key=lambda span: (span[0].y0, span[0].x0)):
        for c in over:
            if len(over) == 1 and own[c]:
                parts[c][-1] = join_piece(parts[c][-1], ln.text)
            else:
                parts[c].append(ln.text)
            own[c] = len(over) == 1
    depth = max(map(len, parts))
    return [[p[k] if k < len(p) else "" for p in parts] for k in range(depth)]


def _continues(last: Table | None, columns: list[tuple[float, float]], size: float) -> bool:
    """Whether headerless rows go on with the last table: as many columns, each (moved by the difference of
    their left edges, as in the next column of a page) over the same x-range as the last table's."""
    if last is None or len(last.columns) != len(columns):
        return False
    shift = columns[0][0] - last.columns[0][0]
    return all(x0 - shift < b1 + size and b0 < x1 - shift + size for (x0, x1), (b0, b1) in zip(columns, last.columns))


def _read(rows: list[list], start: int, end: int, floor: int, size: float, carry: Carry) -> tuple[int, list]:
    """(where the table's header starts, one line per data row) for the table body rows[start:end]."""
    head = start
    while head < end and not holds_figure(rows[head]):
        head += 1
    head = start + 1 if head == end else head  # no figure anywhere: the first row heads the columns
    columns = _columns(rows[head:end])
    edges = [columns[0][0], *((a[1] + b[0]) / 2 for a, b in zip(columns, columns[1:])), columns[-1][1]]
    top = start
    while top > floor and rows[top][0].y0 - rows[top - 1][0].y0 <= HEADER_PITCH * size \
            and _heads(rows[top - 1], edges, size):
        top -= 1
    first = head
    while head > top and centred_on(rows[head - 1], rows[first], rows[first + 1:end], size):
        head -= 1  # a row header's first lines, its figures centred on its lines: the row's, not the header's
    data = rows[head:end]
    columns = _columns(data)
    bounds = [(a[1] + b[0]) / 2 for a, b in zip(columns, columns[1:])]  # columns part in the middle of their gaps
    left, right = columns[0][0], columns[-1][1]
    notes = [ln.text for row in rows[max(floor, top - 2):top] for ln in row if UNIT_NOTE.match(ln.text)]
    note = notes[-1] if notes else ""  # 单位：亿元、% over the header, or beside the caption
    if top < head:
        header = _header(rows[top:head], [left, *bounds, right], size)
    elif _continues(carry.last, columns, size):
        header, note = carry.last.header, carry.last.note
    else:
        header = []
    groups = by_figures(data, bounds, size) or [[ln for row in group for ln in row] for group in table_rows(data)]
    cells = []
    for group in groups:
        cells.append([""] * (len(bounds) + 1))
        for ln in sorted(group, key=lambda ln: (ln.y0, ln.x0)):
            c = column_at((ln.x0 + ln.x1) / 2, bounds)
            cells[-1][c] = join_piece(cells[-1][c], ln.text)
    texts = per_row(table_lines(header + cells, has_header=bool(header), header_rows=len(header), note=note),
                    len(cells))
    carry.last = Table(columns, header, note) if header else None
    return top, [replace(min(g, key=lambda ln: ln.y0), x0=left, x1=right, y1=max(ln.y1 for ln in g), text=text,
                         whole=True, cuts=()) for g, text in zip(groups, texts)]




def _originals(rows: list[list], source: dict[int, object]) -> list:
    """The lines the rows' pieces were cut from, each once, in reading order."""
    out, seen = [], set()
    for piece in (piece for row in rows for piece in row):
        ln = source[id(piece)]
        if id(ln) not in seen:
            seen.add(id(ln))
            out.append(ln)
    return out


def read_tables(lines: list, size: float, carry: Carry | None = None) -> list:
    """The lines of a column with each table replaced by one line per table row (marked `whole`). `carry`:
    the table the reading order ended on before these lines, then the one they end on."""
    carry = carry or Carry()
    ruled = read_ruled_table(lines, size)
    if ruled is not None:  # a scanned ruled table's cells stand centred on their rows, on no common baseline
        carry.last = None
        return ruled
    pieces, source = [], {}
    for ln in lines:
        for piece in _cut(ln):
            pieces.append(piece)
            source[id(piece)] = ln
    rows = visual_rows(pieces, size)
    out, i, done = [], 0, 0
    while i < len(rows):
        cards = card_row(rows, i, size) or stacked_card(rows, i, size)
        if cards:  # key-figure cards: one line per card, not per row
            carry.last = None
            out += _originals(rows[done:i], source) + cards[1]
            i = done = cards[0]
            continue
        end = _table_end(rows, i) if len(rows[i]) >= MIN_CELLS else i + 1
        if sum(len(r) >= MIN_CELLS for r in rows[i:end]) < 2:
            i += 1
            continue
        if any(not _CONTINUED.search(ln.text) for ln in _originals(rows[done:i], source)):
            carry.last = None  # something was read between: rows with no header are no continuation
        top, table = _read(rows, i, end, done, size, carry)
        out += _originals(rows[done:top], source) + table
        i = done = end
    if any(not _CONTINUED.search(ln.text) for ln in _originals(rows[done:], source)):
        carry.last = None
    return out + _originals(rows[done:], source)
