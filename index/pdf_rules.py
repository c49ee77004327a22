"""Ruled tables in a PDF page: the borders a printer draws around cells (thin filled rectangles or lines
among the page's path objects) give the table's grid, so cells are read by where they sit, not by gaps.

Borders that touch one another form a grid (at least two columns and two rows of cells). A cell with no
border between it and its neighbour is one merged cell (a `rowspan` city over its zones' rows, centred
vertically, so on no row's baseline): its text is given to every row it spans. Each data row becomes one
line of its own in `index.tables`' form (`岚溪经开区 岚溪市 营业收入 618.34亿元 …。`); the leading rows with no
figure are the header. A vertical border also parts the glyphs on either side of it (`index.pdf`), so a
narrow gap between two cells never glues them (`岚溪市 岚溪高新区`, `141.7211.2`).
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from index.figures import BARE_NUMBER, FIGURE
from index.layout import Line
from index.layout_tables import join_piece
from index.tables import per_row, table_lines

RULE_WIDTH = 2.0  # a border is at most this thick (points); a thicker shape is a shading or a picture
TOUCH = 2.0       # borders this close meet (points)


@dataclass(frozen=True)
class Rule:
    vertical: bool
    at: float  # x of a vertical border, y (from the page top) of a horizontal one
    lo: float  # where it starts and ends along its length
    hi: float

    def covers(self, at: float, along: float) -> bool:
        return abs(self.at - at) <= TOUCH and self.lo - TOUCH <= along <= self.hi + TOUCH


def page_rules(page: pdfium.PdfPage) -> list[Rule]:
    """The page's thin horizontal and vertical strokes (top-down coordinates)."""
    height = page.get_height()
    rules = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        for left, bottom, right, top in _strokes(obj):
            if right - left <= RULE_WIDTH < top - bottom:
                rules.append(Rule(True, (left + right) / 2, height - top, height - bottom))
            elif top - bottom <= RULE_WIDTH < right - left:
                rules.append(Rule(False, height - (top + bottom) / 2, left, right))
    return rules


def _strokes(obj: pdfium.PdfObject) -> list[tuple[float, float, float, float]]:
    """Boxes of what a path draws: the path's own when thin (Chromium draws a border a rectangle), else each
    subpath's, and each line of a path only stroked (a whole grid drawn as one path, as office suites do)."""
    box = obj.get_bounds()
    if min(box[2] - box[0], box[3] - box[1]) <= RULE_WIDTH:
        return [box]
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke))
    pieces = [[a, b] for sub in _subpaths(obj) for a, b in zip(sub, sub[1:])] if stroke.value and not fill.value \
        else _subpaths(obj)
    return [(min(xs), min(ys), max(xs), max(ys)) for xs, ys in (zip(*piece) for piece in pieces)]


def _subpaths(obj: pdfium.PdfObject) -> list[list[tuple[float, float]]]:
    """The path's points on the page, one list per subpath (a move starts one; a close returns to its start)."""
    matrix, raw = obj.get_matrix(), obj.raw
    x, y = ctypes.c_float(), ctypes.c_float()
    subpaths: list[list[tuple[float, float]]] = []
    for i in range(pdfium_c.FPDFPath_CountSegments(raw)):
        segment = pdfium_c.FPDFPath_GetPathSegment(raw, i)
        pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
        point = matrix.on_point(x.value, y.value)
        if pdfium_c.FPDFPathSegment_GetType(segment) == pdfium_c.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append([point])
        else:
            subpaths[-1].append(point)
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            subpaths[-1].append(subpaths[-1][0])
    return subpaths


def blocked(x0: float, x1: float, baseline: float, walls: list[Rule]) -> bool:
    """Whether a vertical border stands between x0 and x1 on this baseline."""
    return any(x0 < w.at < x1 and w.lo <= baseline <= w.hi for w in walls if w.vertical)


def _meets(a: Rule, b: Rule) -> bool:
    if a.vertical == b.vertical:
        return abs(a.at - b.at) <= TOUCH and a.lo <= b.hi + TOUCH and b.lo <= a.hi + TOUCH
    return a.lo - TOUCH <= b.at <= a.hi + TOUCH and b.lo - TOUCH <= a.at <= b.hi + TOUCH


def _grids(rules: list[Rule]) -> list[list[Rule]]:
    """Groups of borders that touch one another."""
    groups: list[list[Rule]] = []
    for rule in rules:
        touching = [g for g in groups if any(_meets(rule, r) for r in g)]
        merged = [rule] + [r for g in touching for r in g]
        groups = [g for g in groups if g not in touching] + [merged]
    return groups


def _positions(rules: list[Rule], vertical: bool) -> list[float]:
    out: list[float] = []
    for at in sorted(r.at for r in rules if r.vertical == vertical):
        if not out or at - out[-1] > TOUCH:
            out.append(at)
    return out


class _Grid:
    """Columns between the vertical borders, rows between the horizontal ones, cells merged where no
    border parts them."""

    def __init__(self, rules: list[Rule]):
        self.rules, self.xs, self.ys = rules, _positions(rules, True), _positions(rules, False)
        self.owner = {(j, i): (j, i) for j in range(len(self.ys) - 1) for i in range(len(self.xs) - 1)}
        for (j, i) in list(self.owner):  # a cell with no border above or left of it is its neighbour's
            x, y = (self.xs[i] + self.xs[i + 1]) / 2, (self.ys[j] + self.ys[j + 1]) / 2
            if j and not self._ruled(False, self.ys[j], x):
                self.owner[(j, i)] = self.owner[(j - 1, i)]
            elif i and not self._ruled(True, self.xs[i], y):
                self.owner[(j, i)] = self.owner[(j, i - 1)]

    def _ruled(self, vertical: bool, at: float, along: float) -> bool:
        return any(r.vertical == vertical and r.covers(at, along) for r in self.rules)

    def usable(self) -> bool:
        return len(self.xs) >= 3 and len(self.ys) >= 3

    def holds(self, ln: Line) -> bool:
        x, y = (ln.x0 + ln.x1) / 2, (ln.y0 + ln.y1) / 2
        return self.xs[0] < x < self.xs[-1] and self.ys[0] < y < self.ys[-1]

    def cell_of(self, ln: Line) -> tuple[int, int]:
        x, y = (ln.x0 + ln.x1) / 2, (ln.y0 + ln.y1) / 2
        i = max(k for k, at in enumerate(self.xs[:-1]) if at < x)
        j = max(k for k, at in enumerate(self.ys[:-1]) if at < y)
        return self.owner[(j, i)]

    def rows(self, lines: list[Line]) -> list[list[str]]:
        """Cell texts row by row, a merged cell's text in every row and column it spans."""
        texts: dict[tuple[int, int], str] = {}
        for ln in sorted(lines, key=lambda ln: (ln.y0, ln.x0)):
            key = self.cell_of(ln)
            texts[key] = join_piece(texts.get(key, ""), ln.text)
        return [[texts.get(self.owner[(j, i)], "") for i in range(len(self.xs) - 1)] for j in range(len(self.ys) - 1)]

    def spread(self, j: int, i: int) -> bool:
        """Whether cell (j, i) belongs to the cell on its left (a merged cell across columns)."""
        return i > 0 and self.owner[(j, i)] == self.owner[(j, i - 1)]


def _header_rows(rows: list[list[str]]) -> int:
    """Leading rows with no figure in them (none: a table's part on a later page, under no header)."""
    count = 0
    for row in rows:
        if _holds_figure(row):
            break
        count += 1
    return min(count, len(rows) - 1)


@dataclass
class TableCarry:
    """The last ruled table a page ended with: its part on the next page, under its header repeated, goes on
    as the same table."""
    header: list[list[str]]
    rows: list[list[str]]  # its data rows so far
    lines: list[Line]      # one per data row, rewritten when the next page completes a row cut by the break


def ruled_tables(lines: list[Line], rules: list[Rule], carry: TableCarry | None = None) -> tuple[list[Line], TableCarry | None]:
    """The page's lines with each ruled table's pieces replaced by one line per data row (marked `whole`), and
    the page's last table (to carry onto the next page). A table opening with the header of the table carried
    from the page before continues it; a row at its top with no figure and cells left empty is the rest of the
    row the page break cut (`枫城综合保` / `税区`), joined to it cell by cell."""
    last = None
    for grid in (g for g in map(_Grid, _grids(rules)) if g.usable()):
        inside = [ln for ln in lines if grid.holds(ln)]
        if not inside:
            continue
        kept = [(j, row) for j, row in enumerate(grid.rows(inside)) if any(row)]
        if len(kept) < 2:
            continue
        header = _header_rows([row for _, row in kept])
        # a header's merged cell heads every column under it; a data row's reads once, as in .html
        cells = [row if k < header else ["" if grid.spread(j, i) else c for i, c in enumerate(row)]
                 for k, (j, row) in enumerate(kept)]
        repeated = carry is not None and len(carry.header) < len(cells) and cells[:len(carry.header)] == carry.header
        header = len(carry.header) if repeated else header
        if repeated and not _holds_figure(cells[header]) and not all(cells[header]) and carry.rows:
            carry.rows[-1] = [join_piece(a, b) for a, b in zip(carry.rows[-1], cells[header])]
            kept, cells = kept[:header] + kept[header + 1:], cells[:header] + cells[header + 1:]
        before = carry.rows if repeated else []
        texts = per_row(table_lines(cells[:header] + before + cells[header:], header_rows=header),
                        len(before) + len(cells) - header)
        for ln, text in zip(carry.lines if repeated else [], texts):
            ln.text = text
        rows = [Line(grid.xs[0], grid.ys[j], grid.xs[-1], grid.ys[j + 1], text, whole=True)
                for (j, _), text in zip(kept[header:], texts[len(before):])]
        lines = [ln for ln in lines if not grid.holds(ln)] + rows
        last = TableCarry(cells[:header], before + cells[header:], (carry.lines if repeated else []) + rows)
    return lines, last


def _holds_figure(row: list[str]) -> bool:
    return any(FIGURE.search(c) or BARE_NUMBER.fullmatch(c) for c in row)
