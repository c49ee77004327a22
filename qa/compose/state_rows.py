"""list: the rows of a table whose column of words holds the state the question asks (台账里未开工的项目有哪些 → the
rows whose 项目状态 is 未开工). A table row is read as its column names, each followed by its cell (`项目名称 乙项目 …
项目状态 未开工`); a column whose cells are words (no figure, no place) taking at least two values over the table's
rows, some held by several rows, sorts them (a name is one row's), so a question writing one of those values asks
for the rows holding it, each quoted whole and cited under the table's caption. Said words are read as tables
write them: 已经投产 is 已投产, 还没开工 is 未开工."""
from __future__ import annotations

import re

from index.owners import is_table_row
from index.zones import find_zones
from qa.compose.base import Composed, Context, Evidence
from qa.compose.table_items import CAPTION, of_period
from qa.places import named_places

_SAID = ((re.compile(r"已经"), "已"), (re.compile(r"还没有|还没|没有|尚未|没"), "未"))  # said: as a table's cell writes it
_FIGURE = re.compile(r"\d")
_CAPTION_BEFORE = 2  # chunks a table's caption may stand above its first row (a unit line between: 单位：万元)


def compose(ctx: Context) -> Composed | None:
    if any(p.known for p in ctx.places):
        return None  # a place's rows: table_items
    asked = ctx.question.text
    for pattern, written in _SAID:
        asked = pattern.sub(written, asked)
    for caption, rows in table_runs(ctx):
        columns = _columns(rows)
        for column in (c for c in columns if not named_places(c, ctx.corpus)):  # 甲市 names a row, no column
            cells = {id(row): _cell(row["text"], column, columns) for row in rows}
            written = [v for v in cells.values() if v]
            chosen = [v for v in set(written) if v in asked and not _FIGURE.search(v) and not find_zones(v)]
            if len(chosen) != 1 or not 2 <= len(set(written)) < len(written):
                continue  # states sort the rows: several values, some held by several rows (a name is one row's)
            held = [row for row in rows if cells[id(row)] == chosen[0]]
            evidence = [Evidence(row, 0, len(row["text"].rstrip("。")), row.get("period"), 1.0) for row in held]
            title = CAPTION.sub("", caption["text"]).strip() if caption else ""
            lines = [f"{title}中{column}为{chosen[0]}的有{len(held)}个："]
            lines += [f"{k}. {ev.quote}[{k}]" for k, ev in enumerate(evidence, 1)]
            return Composed("list", "\n".join(lines), evidence)
    return None


def table_runs(ctx: Context) -> list[tuple[dict | None, list[dict]]]:
    """Each run of table rows of one bulletin of the period asked, with the caption standing above it (None: none)."""
    chunks, tables, k = ctx.snapshot.chunks, [], 0
    while k < len(chunks):
        if not (is_table_row(chunks[k]["text"]) and of_period(ctx, chunks[k])):
            k += 1
            continue
        end = k
        while end < len(chunks) and chunks[end]["doc"] == chunks[k]["doc"] and is_table_row(chunks[end]["text"]) \
                and not CAPTION.match(chunks[end]["text"]):
            end += 1
        above = [c for c in chunks[max(0, k - _CAPTION_BEFORE):k] if c["doc"] == chunks[k]["doc"]
                 and CAPTION.match(c["text"])]
        tables.append((above[-1] if above else None, chunks[k:end]))
        k = max(end, k + 1)
    return tables


def _columns(rows: list[dict]) -> set[str]:
    """The column names of a table's rows: the words its first two rows both write, no figure, read left to right,
    each followed by its cell (two rows of one state both write 已开工, a cell after its column's name, no column)."""
    first, second = ([set(r["text"].rstrip("。").split()) for r in rows[:2]] + [set(), set()])[:2]
    common, cells = {w for w in first & second if not _FIGURE.search(w)}, set()
    for row in rows[:2]:
        words, k = row["text"].rstrip("。").split(), 0
        while k < len(words) - 1:
            if words[k] in common and words[k] not in cells:
                cells.add(words[k + 1])
                k += 1
            k += 1
    return common - cells


def _cell(text: str, column: str, columns: set[str]) -> str | None:
    """The cell after the column's name in a row (None: the row writes no such column, or no cell after it)."""
    words = text.rstrip("。").split()
    at = words.index(column) if column in words else -1
    return words[at + 1] if 0 <= at < len(words) - 1 and words[at + 1] not in columns else None
