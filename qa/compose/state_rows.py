"""list: the rows of a table whose column of words holds the state the question asks (台账里未开工的项目有哪些 → the
rows whose 项目状态 is 未开工). A table row is read as its column names, each followed by its cell (`项目名称 乙项目 …
项目状态 未开工`); a column whose cells are words (no figure, no place) taking at least two values over the table's
rows, some held by several rows, sorts them (a name is one row's), so a question writing one of those values asks
for the rows holding it, each quoted whole and cited under the table's caption; asked of a place, those of its rows
that name it. Said words are read as tables
write them: 已经投产 is 已投产, 还没开工 is 未开工."""
from __future__ import annotations

import re

from index.figures import FIGURE
from index.read_alike import reads_alike
from index.zones import find_zones
from qa.compose.base import Composed, Context, Evidence
from qa.compose.table_items import names, of_period
from qa.places import named_places, zone_key
from qa.row_cell import row_answer
from qa.table_runs import cell_after, column_names, row_runs

_SAID = ((re.compile(r"已经"), "已"), (re.compile(r"还没有|还没|没有|尚未|没"), "未"))  # said: as a table's cell writes it
_FIGURE = re.compile(r"\d")


def compose(ctx: Context) -> Composed | None:
    # a place asked (鄣阳哪个项目还没开工, 甲高新区已投产的是哪个): the rows naming it, a zone's own when a zone is asked
    known = [p for p in ctx.places if p.known]
    named = {zone_key(p.name) for p in known if find_zones(p.name)} or {n for p in known for n in (p.name, p.region) if n}
    asked = ctx.question.text
    for pattern, written in _SAID:
        asked = pattern.sub(written, asked)
    for caption, rows in row_runs(ctx.snapshot.chunks, lambda chunk: of_period(ctx, chunk)):
        columns = column_names(rows)
        for column in (c for c in columns if not named_places(c, ctx.corpus)):  # 甲市 names a row, no column
            cells = {id(row): cell_after(row["text"], column, columns) for row in rows}
            written = [v for v in cells.values() if v]
            chosen = [v for v in set(written) if v in asked and not _FIGURE.search(v) and not find_zones(v)
                      and not FIGURE.fullmatch("1" + v)  # a unit column's 亿元 (50亿元以上) is no state
                      and not named_places(v, ctx.corpus)]  # nor is the place asked (所在市 甲市)
            chosen = [v for v in chosen if not any(v != w and v in w for w in chosen)]  # 不合格 asked, not its 合格
            if len(chosen) != 1 or not 2 <= len(set(written)) < len(written):
                continue  # states sort the rows: several values, some held by several rows (a name is one row's)
            held = [row for row in rows if cells[id(row)] == chosen[0] and (not known or _names(row, named))]
            if not held:
                continue
            evidence = [Evidence(row, 0, len(row["text"].rstrip("。")), row.get("period"), 1.0) for row in held]
            lines = [f"{caption + '中' if caption else ''}{column}为{chosen[0]}的有{len(held)}个："]
            lines += [f"{k}. {ev.quote}[{k}]" for k, ev in enumerate(evidence, 1)]
            # one row (哪个项目还没开工, 不合格的是哪个开发区): its cell of the thing asked, or its first cell, answers
            row = held[0]["text"]
            short = row_answer(ctx.question.text, row) if len(held) == 1 else ""
            return Composed("name" if short and ctx.kind == "name" else "list", "\n".join(lines), evidence, short)
    return None


def _names(row: dict, named: set[str]) -> bool:
    """Whether a row names a place asked, or a zone asked as a scan misread it (荷沙高新区 for 苘沙高新区)."""
    return names(row["text"], named) or bool(row.get("ocr")) and any(
        reads_alike(zone_key(zone), place) for *_, zone in find_zones(row["text"]) for place in named)
