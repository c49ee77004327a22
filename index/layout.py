"""Page layout to text, shared by the PDF text layer and OCR: columns, furniture, paragraphs.

Input per page: text lines with their boxes (top-down coordinates, any unit). Output per page: the
page's paragraphs in reading order, one per line, with running headers, footers and page numbers gone.

- Columns: `index.layout_columns` puts the lines in reading order, column by column, tables read in place.
- Paragraphs: a column's lines are joined unless a line ends short of the column edge, the next is
  indented (from the left edge of the lines around it: a box set into the column has its own), starts a
  heading, city line or item (【…】, ■XX市, 一是, 1.…), a blank gap separates them, or
  their sizes differ (a title over its subtitle); a paragraph runs on into the next column, not below.
- Furniture: a line in the top or bottom zone of a page whose text (digits ignored) recurs there on most
  pages, and any page number there (`- 2 -`, `第 2 页`, `2/5`).
"""
from __future__ import annotations

import re
import statistics
from collections import Counter

from index.layout_columns import reading_order
from index.layout_line import Line, char_size
from index.layout_tables import MIN_CELLS, Carry

_PAGE_NUMBER = re.compile(r"^(?:[-—–－ ]*\d{1,4}[-—–－ ]*|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?"
                          r"|\d{1,4}\s*/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$", re.I)
_OPENS_BLOCK = re.compile(r"^(?:【|[一二三四五六七八九十]{1,3}是|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）"
                          r"|[■●◆▲★▪•→➤➢▶►]|\d{1,2}[.．、](?=[\u4e00-\u9fff]))")  # a city line (■XX市), an item 1.…
_SENTENCE_END = tuple("。！？!?")
_LATIN_END = re.compile(r"[A-Za-z0-9]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9]")
SAME_SIZE = 1.5  # lines of one paragraph: heights within this ratio (a title over its subtitle is not)
# a browser's own print header or footer: the print date and time (before the page title on its line), or the URL
_PRINT_STAMP = re.compile(r"^(?:\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4},?)\s+\d{1,2}:\d{2}(?:\s*[AP]M)?(?!\S)"
                          r"|^(?:https?|file)://\S", re.I)
EDGE_ZONE = 0.12  # top and bottom share of the page height where furniture sits
_CONTINUED = re.compile(r"\s*(.+?)\s*[（(]续[）)]\s*")  # 蓥江市 | 运行情况（续）: a page continuing the one titled before it


def paragraphs(blocks: list[list[Line]]) -> list[str]:
    """Join the lines of each paragraph; a paragraph may run on from one column (block) into the next."""
    flat = [ln for block in blocks for ln in block]
    if not flat:
        return []
    size = char_size(flat)
    out: list[str] = []
    prev: Line | None = None
    prev_edge = 0.0
    for block in blocks:
        left = min(ln.x0 for ln in block)
        right = max(ln.x1 for ln in block) if len(block) > 1 else float("inf")  # a lone line: edge unknown
        pitches = [b.y0 - a.y0 for a, b in zip(block, block[1:]) if b.y0 > a.y0]
        pitch = statistics.median(pitches) if pitches else size * 2
        for i, ln in enumerate(block):
            # a paragraph runs on into the next column (back up the page), not over a blank below it
            gap_ok = prev is None or ln.y0 - prev.y0 <= pitch * 1.5
            same_size = prev is not None and max(ln.height, prev.height) <= SAME_SIZE * min(ln.height, prev.height)
            # a heading's 2nd line; after a finished sentence, a centred line is a title of its own (a box's, 数读)
            centred = ln.x0 - left > size and abs((ln.x0 - left) - (right - ln.x1)) < size \
                and not (prev and prev.text.rstrip().endswith(_SENTENCE_END))
            own = ln.whole or (prev is not None and prev.whole)
            # the lines' own left edge: a box set into the column (专栏) has its own, inside the column's
            inset = _inset_left(block, ln, pitch)
            continues = (same_size and not own and gap_ok and prev.x1 >= prev_edge - 1.5 * size
                         and (ln.x0 <= inset + 0.8 * size or centred) and not _OPENS_BLOCK.match(ln.text))
            if continues:
                glue = " " if _LATIN_END.search(out[-1]) and _LATIN_START.match(ln.text) else ""
                out[-1] += glue + ln.text
            else:
                out.append(ln.text)
            prev, prev_edge = ln, right
    return out


def _inset_left(block: list[Line], ln: Line, pitch: float) -> float:
    """The left edge of the lines within two line pitches of `ln`: a box's inside its column's margin."""
    return min(other.x0 for other in block if abs(other.y0 - ln.y0) <= 2 * pitch)


def _furniture_key(text: str) -> str:
    """Letters and ideographs, figures as `#`: OCR reads the marks of a running header differently per page."""
    return re.sub(r"\d+", "#", re.sub(r"[^\w]|_", "", text))


def _edge_lines(lines: list[Line], height: float) -> list[Line]:
    return [ln for ln in lines if ln.y1 <= height * EDGE_ZONE or ln.y0 >= height * (1 - EDGE_ZONE)]


def _beside(ln: Line, lines: list[Line]) -> int:
    """How many other lines share its row (a page number stands alone on its row; a table's cell does not)."""
    return sum(other is not ln and other.y0 < ln.y1 and ln.y0 < other.y1 for other in lines)


def _recurs(ln: Line, lines: list[Line], recurring: set[str]) -> bool:
    """Whether a line is a running header or footer: its text recurs at the page edges. Figures alone (`#`, as a page
    number's) recur in any table's cells, so a line of figures only that stands in a table's row is none."""
    key = _furniture_key(ln.text)
    return key in recurring and (key.strip("#") != "" or _beside(ln, lines) < MIN_CELLS - 1)


def drop_furniture(pages: list[list[Line]], heights: list[float]) -> list[list[Line]]:
    """Each page's lines without running headers/footers (recurring on most pages), page numbers and a browser's
    print header and footer (on a page printed alone too)."""
    counts: Counter[str] = Counter()
    for lines, height in zip(pages, heights):
        counts.update({_furniture_key(ln.text) for ln in _edge_lines(lines, height)})
    needed = max(2, (len(pages) + 1) // 2)
    recurring = {key for key, n in counts.items() if n >= needed}
    kept = []
    for lines, height in zip(pages, heights):
        edge = {id(ln) for ln in _edge_lines(lines, height)}
        lines = [ln for ln in lines if id(ln) not in edge or not _PRINT_STAMP.match(ln.text.strip())]
        kept.append([ln for ln in lines if id(ln) not in edge or not (
            _recurs(ln, lines, recurring) or _PAGE_NUMBER.match(ln.text.strip()) and not _beside(ln, lines))])
    return kept


def page_texts(pages: list[list[Line]], heights: list[float]) -> list[str]:
    """Each page's paragraphs, one per line, furniture removed; a page titled as the one before with （续） (a slide
    continued) goes on under that page's title, its own repeat of it dropped."""
    carry = Carry()
    texts, title = [], None
    for lines in drop_furniture(pages, heights):
        paras = paragraphs(reading_order(lines, carry))
        if paras and title and _CONTINUED.fullmatch(paras[0]) and _CONTINUED.fullmatch(paras[0]).group(1) == title:
            paras = paras[1:]
        else:
            title = paras[0].strip() if paras else None
        texts.append("\n".join(paras))
    return texts
