"""A figure's own cells in a table row (`header value` pairs on one line: 甲市 本年 310.4亿元 上年同期 287.6亿元 同比增长
8.0% 占全省比重 24.9%): what a figure counts is written in the cells since the figure before it, not across the row,
whose other columns count other things (占全省比重 is no growth's)."""
from __future__ import annotations

import re

from index.owners import is_table_row

_FIGURE_CELL = re.compile(r"[-－−+]?\d")  # a cell holding a figure opens with its number


def _cells(text: str, at: int) -> list[tuple[int, int]]:
    """The cells (offsets in `text`) of the table row on the line holding `at`; none when that line is no row."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    if not is_table_row(line.strip()):
        return []
    return [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", line)]


def _opening(text: str, cells: list[tuple[int, int]], k: int) -> int:
    """The first of the cells read with the figure of cell `k`: the one after the figure before it."""
    while k > 0 and not _FIGURE_CELL.match(text, cells[k - 1][0]):
        k -= 1
    return k


def figure_cells(text: str, at: int, before: bool = False) -> tuple[int, int] | None:
    """(start, end) of the cells the figure at `at` is read with, from the cell after the figure before it (the row's
    header for its first figure) to its own; with `before`, from the figure before it too (同比增长 8.0% is read with
    上年同期 287.6亿元 before it). None when `at` is in no table row."""
    cells = _cells(text, at)
    own = next((k for k, (s, e) in enumerate(cells) if s <= at < e), None)
    if own is None:
        return None
    first = _opening(text, cells, own)
    if before and first > 0:
        first = _opening(text, cells, first - 1)
    return cells[first][0], cells[own][1]



def row_header(text: str, at: int) -> str:
    """The first cell of the table row holding `at` (whose figures they are: 甲市, 全省), or "" outside a row."""
    cells = _cells(text, at)
    return text[cells[0][0]:cells[0][1]] if cells else ""
