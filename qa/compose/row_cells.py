"""A figure's own cells in a table row (`header value` pairs on one line: 甲市 本年 310.4亿元 上年同期 287.6亿元 同比增长
8.0% 占全省比重 24.9%): what a figure counts is written in the cells since the figure before it, not across the row,
whose other columns count other things (占全省比重 is no growth's)."""
from __future__ import annotations

import re

from index.owners import is_table_row
from qa.compose.base import Context, Evidence

_FIGURE_CELL = re.compile(r"[-－−+]?\d")  # a cell holding a figure opens with its number
# a column naming only a change (同比增长 12.7% after 进出口总额 402.8亿元): read with the amount before it
_CHANGE_ONLY = re.compile(r"同比|环比|增长|下降|增速|增幅|(?:比|较)上年")
_PERIOD_COLUMN = re.compile(r"上年|去年|同期|本年|本期")


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


def counted_cells(ctx: Context, fact: dict, period: str | None, score: float) -> Evidence | None:
    """A table row's figure ranked among places (the line names the place), quoted from the cells of what it counts
    to its own: `进出口总额 402.8亿元 同比增长 12.7%`, not the row's other indicators before it (营业收入 … 8.6%),
    whose figures are not the one ranked. None when the figure is in no table row."""
    chunk = ctx.chunks[fact["chunk"]]
    text, at = chunk["text"], fact["start"] - chunk["start"]
    own = figure_cells(text, at)
    if not own:
        return None
    start, end = figure_cells(text, at, before=bool(_CHANGE_ONLY.match(text, own[0]))) or own
    if _PERIOD_COLUMN.match(text, start):
        return None  # columns of periods (本年 | 上年同期 | 同比增长): the row is of one indicator, quoted from its header
    return Evidence(chunk, start, end, period, score)
