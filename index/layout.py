"""Page layout to text, shared by the PDF text layer and OCR: columns, furniture, paragraphs.

Input per page: text lines with their boxes (top-down coordinates, any unit). Output per page: the
page's paragraphs in reading order, one per line, with running headers, footers and page numbers gone.

- Columns: an x-interval that almost no line crosses, with text on both sides, is a gutter. Lines that
  cross it (a title over both columns) split the page into bands; each band is read column by column.
- Paragraphs: a column's lines are joined unless a line ends short of the column edge, the next is
  indented, starts a heading, city line or item (【…】, ■XX市, 一是, 1.…), or a blank gap separates them.
- Furniture: a line in the top or bottom zone of a page whose text (digits ignored) recurs there on most
  pages, and any page number there (`- 2 -`, `第 2 页`, `2/5`).
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from index.layout_tables import Carry, read_tables

_PAGE_NUMBER = re.compile(r"^(?:[-—–－ ]*\d{1,4}[-—–－ ]*|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?"
                          r"|\d{1,4}\s*/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$", re.I)
_OPENS_BLOCK = re.compile(r"^(?:【|[一二三四五六七八九十]{1,3}是|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）"
                          r"|[■●◆▲★]|\d{1,2}[.．、](?=[\u4e00-\u9fff]))")  # a city line (■XX市), an item 1.…
_LATIN_END = re.compile(r"[A-Za-z0-9]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9]")
PROSE_WIDTH = 8  # a line of prose in a page column is at least this many characters wide
EDGE_ZONE = 0.12  # top and bottom share of the page height where furniture sits


@dataclass
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    whole: bool = False  # a paragraph of its own (a table's row), joined to no other line
    # gaps as wide as between two table cells: (index of the space in text, x where the text before it ends,
    # x where the text after it starts); `index.layout_tables` reads cells closer than a column gutter by them
    cuts: tuple[tuple[int, float, float], ...] = ()

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def _char_size(lines: list[Line]) -> float:
    return statistics.median(ln.height for ln in lines) if lines else 1.0


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
        and (min(sides) >= 3 or across < 3)


def reading_order(lines: list[Line], carry: Carry | None = None) -> list[list[Line]]:
    """Blocks of lines in reading order: a column of a band, or a line spanning the columns. `carry`: the
    table the previous page ended on, then the one this page ends on (a table continued under no header)."""
    if not lines:
        return []
    carry = carry or Carry()
    size = _char_size(lines)
    gutters = _gutters(lines, size)
    if not gutters:
        return [_merge_rows(read_tables(lines, size, carry), size)]
    mids = [(lo + hi) / 2 for lo, hi in gutters]
    spanning = sorted((ln for ln in lines if any(ln.x0 < m < ln.x1 for m in mids)), key=lambda ln: ln.y0)
    blocks: list[list[Line]] = []
    top = float("-inf")
    for bottom in sorted({ln.y0 for ln in spanning}) + [float("inf")]:  # pieces of one row: one band edge
        band = [ln for ln in lines if top <= ln.y0 < bottom and ln not in spanning]
        for column in range(len(mids) + 1):
            inside = [ln for ln in band if sum((ln.x0 + ln.x1) / 2 > m for m in mids) == column]
            if inside:
                blocks.append(_merge_rows(read_tables(inside, size, carry), size))
        across = [ln for ln in spanning if ln.y0 == bottom]
        carry.last = None if across else carry.last
        if across and blocks and blocks[-1][-1] in spanning and not band:
            blocks[-1] += across  # consecutive lines across the columns (a title) form one block
        elif across:
            blocks.append(across)
        top = bottom
    return blocks


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


def paragraphs(blocks: list[list[Line]]) -> list[str]:
    """Join the lines of each paragraph; a paragraph may run on from one column (block) into the next."""
    flat = [ln for block in blocks for ln in block]
    if not flat:
        return []
    size = _char_size(flat)
    out: list[str] = []
    prev: Line | None = None
    prev_edge = 0.0
    for block in blocks:
        left = min(ln.x0 for ln in block)
        right = max(ln.x1 for ln in block) if len(block) > 1 else float("inf")  # a lone line: edge unknown
        pitches = [b.y0 - a.y0 for a, b in zip(block, block[1:]) if b.y0 > a.y0]
        pitch = statistics.median(pitches) if pitches else size * 2
        for i, ln in enumerate(block):
            gap_ok = i == 0 or ln.y0 - block[i - 1].y0 <= pitch * 1.5
            centred = ln.x0 - left > size and abs((ln.x0 - left) - (right - ln.x1)) < size  # a heading's 2nd line
            own = ln.whole or (prev is not None and prev.whole)
            continues = (prev is not None and not own and gap_ok and prev.x1 >= prev_edge - 1.5 * size
                         and (ln.x0 <= left + 0.8 * size or centred) and not _OPENS_BLOCK.match(ln.text))
            if continues:
                glue = " " if _LATIN_END.search(out[-1]) and _LATIN_START.match(ln.text) else ""
                out[-1] += glue + ln.text
            else:
                out.append(ln.text)
            prev, prev_edge = ln, right
    return out


def _furniture_key(text: str) -> str:
    """Letters and ideographs, figures as `#`: OCR reads the marks of a running header differently per page."""
    return re.sub(r"\d+", "#", re.sub(r"[^\w]|_", "", text))


def _edge_lines(lines: list[Line], height: float) -> list[Line]:
    return [ln for ln in lines if ln.y1 <= height * EDGE_ZONE or ln.y0 >= height * (1 - EDGE_ZONE)]


def _alone(ln: Line, lines: list[Line]) -> bool:
    """No other line beside it (a page number stands alone on its row; a table's last cell does not)."""
    return not any(other is not ln and other.y0 < ln.y1 and ln.y0 < other.y1 for other in lines)


def drop_furniture(pages: list[list[Line]], heights: list[float]) -> list[list[Line]]:
    """Each page's lines without running headers/footers (recurring on most pages) and page numbers."""
    counts: Counter[str] = Counter()
    for lines, height in zip(pages, heights):
        counts.update({_furniture_key(ln.text) for ln in _edge_lines(lines, height)})
    needed = max(2, (len(pages) + 1) // 2)
    recurring = {key for key, n in counts.items() if n >= needed}
    kept = []
    for lines, height in zip(pages, heights):
        edge = {id(ln) for ln in _edge_lines(lines, height)}
        kept.append([ln for ln in lines if id(ln) not in edge or not (
            _furniture_key(ln.text) in recurring or _PAGE_NUMBER.match(ln.text.strip()) and _alone(ln, lines))])
    return kept


def page_texts(pages: list[list[Line]], heights: list[float]) -> list[str]:
    """Each page's paragraphs, one per line, furniture removed."""
    carry = Carry()
    return ["\n".join(paragraphs(reading_order(lines, carry))) for lines in drop_furniture(pages, heights)]
