"""A bulletin's tables as the indexer files them: each row a chunk of its own, its cells written one after the other
with spaces between (`项目名称 乙项目 所在开发区 甲经开区 …`, index/owners.is_table_row), a row's column names before
its cells; a caption line (附表1 …) or the section's heading above its rows. The readers of table rows in qa/ take
their tables, columns and cells from here."""
from __future__ import annotations

import re
from typing import Callable, Iterable

from index.owners import CAPTION as NUMBERED_TITLE, is_table_row
from index.tables import UNIT_NOTE

CAPTION = re.compile(r"^(?:附表|续表|表)\s*[\d一二三四五六七八九十]+[：:\s]*")  # 附表1 上半年…: a table's caption
_FIGURE = re.compile(r"\d")
_CAPTION_BEFORE = 2  # chunks a table's caption may stand above its first row (a unit line between: 单位：万元)


def _run(chunks: list[dict], start: int, doc: str, section: str | None = None) -> list[dict]:
    """The table rows from `start` on in document `doc`, up to the first chunk that is no row, or a caption (the next
    table's); with `section`, up to the first of another section too."""
    end = start
    while end < len(chunks) and chunks[end]["doc"] == doc and is_table_row(chunks[end]["text"]) \
            and not CAPTION.match(chunks[end]["text"]) and (section is None or chunks[end].get("section") == section):
        end += 1
    return chunks[start:end]


def captioned_tables(chunks: list[dict], keep: Callable[[dict], bool]) -> list[tuple[str, list[dict]]]:
    """Each table whose caption `keep` keeps, with its caption: the caption line above its rows (附表1 …), else the
    heading its rows stand under, when that heading is over nothing but the table, else the document's title when the
    table is the first thing it holds (a scanned 清单 whose page is the table, under its title alone)."""
    tables = []
    for k, chunk in enumerate(chunks):
        if not keep(chunk):
            continue
        if CAPTION.match(chunk["text"]):
            first = k + 1  # a unit line between the caption and the rows (单位：万元、%) is the caption's note
            while first < len(chunks) and chunks[first]["doc"] == chunk["doc"] and UNIT_NOTE.match(chunks[first]["text"]):
                first += 1
            tables.append((CAPTION.sub("", chunk["text"]).strip(), _run(chunks, first, chunk["doc"])))
        elif _first_row_under_heading(chunks, k):
            tables.append((chunk["section"], _run(chunks, k, chunk["doc"], chunk.get("section"))))
        elif _opens_document(chunks, k) and chunk.get("title"):
            tables.append((chunk["title"], _run(chunks, k, chunk["doc"])))
    return tables


def _opens_document(chunks: list[dict], k: int) -> bool:
    """Whether the chunk is a table's first row and its document's first chunk, under no heading."""
    chunk = chunks[k]
    return not chunk.get("section") and is_table_row(chunk["text"]) and (k == 0 or chunks[k - 1]["doc"] != chunk["doc"])


def _first_row_under_heading(chunks: list[dict], k: int) -> bool:
    """Whether the chunk is a table's first row, right under its section's heading: the chunk before it is of another
    section or document (a section of prose before its table is captioned by that prose, not the heading)."""
    chunk, before = chunks[k], chunks[k - 1] if k else None
    return bool(chunk.get("section")) and is_table_row(chunk["text"]) and not chunk.get("item") and (
        before is None or before["doc"] != chunk["doc"] or before.get("section") != chunk.get("section"))


def row_runs(chunks: list[dict], keep: Callable[[dict], bool]) -> list[tuple[str | None, list[dict]]]:
    """Each run of table rows of one document whose first row `keep` keeps, with its caption (None: none): the caption
    line standing above it (附表1 …, its number cut), else its document's title when the run opens its document. A run
    opening a page file that continues the page before (its title and period, a 续表) goes on the run that page
    closes with: one table over two pages."""
    tables, k = [], 0
    while k < len(chunks):
        if not (is_table_row(chunks[k]["text"]) and keep(chunks[k])):
            k += 1
            continue
        rows = _run(chunks, k, chunks[k]["doc"])
        above = [c for c in chunks[max(0, k - _CAPTION_BEFORE):k] if c["doc"] == chunks[k]["doc"]
                 and CAPTION.match(c["text"])]
        opens = not above and _opens_document(chunks, k)
        if opens and tables and _continues(tables[-1][1][-1], chunks, k):
            tables[-1][1].extend(rows)
        else:
            caption = CAPTION.sub("", above[-1]["text"]).strip() if above else chunks[k].get("title") if opens else None
            tables.append((caption, list(rows)))
        k = max(k + len(rows), k + 1)
    return tables


def _continues(last_row: dict, chunks: list[dict], k: int) -> bool:
    """Whether chunk k, opening its document, continues the table whose last row `last_row` closes the document
    before it: a page file carrying that page's title and period (index/continued_pages.py)."""
    before = chunks[k - 1] if k else None
    return before is last_row and before["doc"] != chunks[k]["doc"] and all(
        before.get(key) == chunks[k].get(key) for key in ("title", "doc_period"))


def line_above_table(chunks: Iterable[dict], row: dict) -> str:
    """The line right above the table a row is in, of its document (表1 2025年1—10月全省开发区综合考核排名, by the
    indexer's reading of a numbered title, or the prose line before the rows): what the table ranks or counts."""
    before = [c for c in chunks if c["doc"] == row["doc"] and c["start"] < row["start"]]
    for chunk in sorted(before, key=lambda c: c["start"], reverse=True):
        if not is_table_row(chunk["text"]) or NUMBERED_TITLE.match(chunk["text"]):
            return chunk["text"]
    return ""


def row_name(text: str) -> str:
    """A row's first cell: the place or thing the row is of (甲经开区 3 所在市 …)."""
    return text.split(" ")[0]


def shared_words(rows: list[dict]) -> set[str]:
    """The words a table's first two rows both write, no figure: its column names, and cells both rows hold."""
    first, second = ([set(r["text"].rstrip("。").split()) for r in rows[:2]] + [set(), set()])[:2]
    return {w for w in first & second if not _FIGURE.search(w)}


def column_names(rows: list[dict]) -> set[str]:
    """The column names of a table's rows: the words its first two rows both write, no figure, read left to right,
    each followed by its cell (two rows of one state both write 已开工, a cell after its column's name, no column)."""
    common, cells = shared_words(rows), set()
    for row in rows[:2]:
        words, k = row["text"].rstrip("。").split(), 0
        while k < len(words) - 1:
            if words[k] in common and words[k] not in cells:
                cells.add(words[k + 1])
                k += 1
            k += 1
    return common - cells


def cell_after(text: str, column: str, columns: set[str]) -> str | None:
    """The cell after the column's name in a row (None: the row writes no such column, or no cell after it)."""
    words = text.rstrip("。").split()
    at = words.index(column) if column in words else -1
    return words[at + 1] if 0 <= at < len(words) - 1 and words[at + 1] not in columns else None


def header_places(cells: list[str]) -> range:
    """Where a table row's column names stand: every other cell after its first (header, value, header, value …),
    from the second, or from the third when a merged cell (the city over its rows: 甲项目 甲市 序号 1 所在开发区 …)
    stands after the first: whichever of the two holds fewer figures, since a row's figures are its values."""
    second, third = range(1, len(cells) - 1, 2), range(2, len(cells) - 1, 2)
    figures = lambda places: sum(bool(_FIGURE.search(cells[k])) for k in places)  # noqa: E731
    return third if figures(third) < figures(second) else second


def cell_under(sentence: str, span: str) -> str:
    """在哪个园区 ↔ 项目名称 甲项目 所在开发区 琮州高新区 …: a span that is a header of a table row (its cells
    written header, value after the row's first) names the cell asked; its value follows it."""
    cells = sentence.strip().rstrip("。").split(" ")
    if not is_table_row(sentence.strip()):
        return span
    return next((cells[k + 1] for k in header_places(cells)
                 if cells[k] == span or (len(span) >= 2 and cells[k].endswith(span))), span)  # 开发区 of 所在开发区
