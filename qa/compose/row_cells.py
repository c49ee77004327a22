"""A figure's own cells in a table row (`header value` pairs on one line: 甲市 本年 310.4亿元 上年同期 287.6亿元 同比增长
8.0% 占全省比重 24.9%): what a figure counts is written in the cells since the figure before it, not across the row,
whose other columns count other things (占全省比重 is no growth's)."""
from __future__ import annotations

import re

from index.owners import is_table_row
from qa.compose.base import Evidence

# a cell holding a figure opens with its number; one opening with a period is a column's name (1-9月完成)
_FIGURE_CELL = re.compile(r"[-－−+]?\d(?!\d?(?:\s*[-－—~至到]\s*\d{1,2})?月[\u4e00-\u9fff])")
# read with the clause before: a change or share of its figure, the total of what it counts (项目86个，总投资…), or the
# level its figure reached after a bound or a change (营收突破两千亿元，达到2046.5亿元)
RELATIVE = re.compile(r"同比|环比|比|较|占|增长|下降|增速|增幅|累计|达到|总(?:投资|金额|额|产值|规模|数|量)")
# a column of one period (本年 | 上年同期): what its figure counts is the caption's, not written before it
_CHANGE = re.compile(r"增速|增幅|增长|涨幅|同比|环比|下降|回落")  # a change asked, or written in a cell
_PERIOD_COLUMN = re.compile(r"本年|今年|上年|去年|本期|上期|同期|本月|上月|当月")


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


def shown_cells(ev: Evidence, fact: dict, asked: str = "") -> str:
    """What an answer line shows of the cited figure `fact`: the evidence's quote, but of a table row only the row's
    header and the figure's own cells (甲市 … 进出口总额 163.5亿元 同比增长 7.1%). The row's other columns count other
    things (another indicator, a share, a rank) and a reader would take their figures for the one asked; the citation
    still quotes the row whole. A change asked (`asked`: the question; 环比, 增速) is shown only with the cells that write a
    change: cells of a level (5月 263.4亿元) are not what it asks, and the row is shown whole."""
    text = ev.chunk["text"]
    at = fact["start"] - ev.chunk.get("start", 0)
    if fact.get("chunk") != ev.chunk.get("id") or not ev.start <= at < ev.end:
        return ev.quote
    cells = _cells(text, at)
    own = next((k for k, (s, e) in enumerate(cells) if s <= at < e), None)
    if own is None or cells[0][0] < ev.start:
        return ev.quote
    cells[own] = (cells[own][0], min(cells[own][1], ev.end))  # a row's closing 。 is not quoted
    first = _opening(text, cells, own)
    if first > 1 and RELATIVE.match(text, cells[first][0]):  # 同比增长 7.1% is read with the figure it changes
        before = _opening(text, cells, first - 1)
        first = first if _PERIOD_COLUMN.match(text, cells[before][0]) else before
    if _CHANGE.search(asked) and not _CHANGE.search(text, cells[first][0], cells[own][1]):
        return ev.quote
    header, gap = text[cells[0][0]:cells[0][1]], text[cells[0][1]:cells[max(first, 1)][0]]
    if first <= 1 or not _FIGURE_CELL.search(gap):  # nothing left out but labels: the row up to the figure
        return text[cells[0][0]:cells[own][1]]
    return f"{header} … {text[cells[first][0]:cells[own][1]]}"
