"""list: the rows of a table whose column of words holds the state the question asks (台账里未开工的项目有哪些 → the
rows whose 项目状态 is 未开工). A table row is read as its column names, each followed by its cell (`项目名称 乙项目 …
项目状态 未开工`); a column whose cells are words (no figure, no place) taking at least two values over the table's
rows, some held by several rows, sorts them (a name is one row's), so a question writing one of those values asks
for the rows holding it, each quoted whole and cited under the table's caption. Said words are read as tables
write them: 已经投产 is 已投产, 还没开工 is 未开工."""
from __future__ import annotations

import re

from index.figures import FIGURE
from index.zones import find_zones
from qa.compose.base import Composed, Context, Evidence
from qa.compose.table_items import of_period
from qa.places import named_places
from qa.table_runs import cell_after, column_names, row_name, row_runs

_SAID = ((re.compile(r"已经"), "已"), (re.compile(r"还没有|还没|没有|尚未|没"), "未"))  # said: as a table's cell writes it
_FIGURE = re.compile(r"\d")


def compose(ctx: Context) -> Composed | None:
    if any(p.known for p in ctx.places):
        return None  # a place's rows: table_items
    asked = ctx.question.text
    for pattern, written in _SAID:
        asked = pattern.sub(written, asked)
    for caption, rows in row_runs(ctx.snapshot.chunks, lambda chunk: of_period(ctx, chunk)):
        columns = column_names(rows)
        for column in (c for c in columns if not named_places(c, ctx.corpus)):  # 甲市 names a row, no column
            cells = {id(row): cell_after(row["text"], column, columns) for row in rows}
            written = [v for v in cells.values() if v]
            chosen = [v for v in set(written) if v in asked and not _FIGURE.search(v) and not find_zones(v)
                      and not FIGURE.fullmatch("1" + v)]  # a unit column's 亿元 (50亿元以上) is no state
            chosen = [v for v in chosen if not any(v != w and v in w for w in chosen)]  # 不合格 asked, not its 合格
            if len(chosen) != 1 or not 2 <= len(set(written)) < len(written):
                continue  # states sort the rows: several values, some held by several rows (a name is one row's)
            held = [row for row in rows if cells[id(row)] == chosen[0]]
            evidence = [Evidence(row, 0, len(row["text"].rstrip("。")), row.get("period"), 1.0) for row in held]
            lines = [f"{caption + '中' if caption else ''}{column}为{chosen[0]}的有{len(held)}个："]
            lines += [f"{k}. {ev.quote}[{k}]" for k, ev in enumerate(evidence, 1)]
            # 不合格的是哪个开发区: the one row's name answers
            return Composed("list", "\n".join(lines), evidence, short=row_name(held[0]["text"]) if len(held) == 1 else "")
    return None
