"""list: the rows of a table that names things one a row (附表1 上半年开发区新开工亿元以上重点项目: 项目名称 … 所在开发区 …),
asked of a place (上半年琮州经开区有哪些新开工重点项目): the rows of the table whose caption says what is asked and
whose cells name the place, each quoted whole and cited; none when no row names it. A table with no caption line of
its own is captioned by the heading it stands under (三、重点项目完成情况 over 序号 | 项目名称 | …), as a reader takes
it; asked of no place (重点项目有哪些), every row of the table is what is asked."""
from __future__ import annotations

import re

from index.periods import parse_period
from qa.compose.base import Composed, Context, Evidence
from qa.corpus import bigrams
from index.zones import find_zones
from qa.places import named_places, zone_key
from qa.row_cell import row_answer
from qa.table_runs import captioned_tables, column_names

_THINGS = re.compile(r"项目|企业|公司")  # what a table names one a row
_SERIAL = re.compile(r"^\d{1,3}\s+")  # the row's serial number (序号)
MIN_CAPTION_MATCH = 0.6  # share of the question's words (bigrams) a caption must write


def compose(ctx: Context) -> Composed | None:
    places = [p.name for p in ctx.places if p.known] + [z for *_, z in find_zones(ctx.question.text)
                                                        if ctx.corpus.contains(z)]  # a zone only a row names
    named = {n for p in ctx.places if p.known for n in (zone_key(p.name), p.region) if n} | set(places)
    # a place asked that no bulletin covers (nor a zone only a row names) is no question of every row
    if not _THINGS.search(ctx.question.text) or not named and (ctx.places or ctx.question.region
                                                               or find_zones(ctx.question.text)):
        return None
    # a word of a place's name (经济, 技术开发区 of 甲经开区 written in full) is the place's, not what is asked
    asked = set().union(*(bigrams(t) for t in ctx.question.terms
                          if not any(t in name for name in named) and not t.isdigit())) or set()
    tables = captioned_tables(ctx.snapshot.chunks, lambda c: of_period(ctx, c))
    best = max(((_share(asked, caption), k, caption) for k, (caption, _) in enumerate(tables)),
               default=None, key=lambda found: found[:2])
    if best is None or best[0] < MIN_CAPTION_MATCH:
        return None
    title = best[2]
    # a table continued on the next page (a 续表) is captioned alike: its rows are the same table's
    table = [row for caption, rows in tables if caption == title for row in rows]
    # the column names, no zone, place (a city cell merged down over the first rows) nor a cell two rows share
    # (杉浦市 under 所在市); rows of a table after it with no caption of its own write other columns
    columns = {w for w in column_names(table) if not find_zones(w) and not named_places(w, ctx.corpus)}
    rows = [c for c in table if columns <= set(c["text"].split())]
    # a zone asked is its own rows' (所在开发区), not its whole city's; its city's when no row names the zone
    zones = {zone_key(p.name) for p in ctx.places if p.known and find_zones(p.name)}
    rows = [c for c in rows if names(c["text"], zones)] or [c for c in rows if not named or names(c["text"], named)]
    # a zone asked that only its rows write (所在开发区 甲经开区): its rows, not every row of its city
    rows = [c for c in rows if any(place in c["text"] for place in places)] or rows
    if not rows:
        return None
    evidence = [Evidence(row, _SERIAL.match(row["text"]).end() if _SERIAL.match(row["text"]) else 0,
                         len(row["text"].rstrip("。")), row.get("period"), 1.0) for row in rows]
    lines = [f"{title}（{'、'.join(dict.fromkeys(places))}）：" if places else f"{title}："]
    lines += [f"{k}. {ev.quote}[{k}]" for k, ev in enumerate(evidence, 1)]
    # one row asked by name (筠塘高新区的省级重点项目叫什么): the thing it names answers
    short = row_answer(ctx.question.text, rows[0]["text"]) if len(rows) == 1 and ctx.kind == "name" else ""
    return Composed("name" if short else "list", "\n".join(lines), evidence, short)


def names(row: str, named: set[str]) -> bool:
    """Whether a row names a place asked: its name written in a cell, or a zone's written the other way (a 综保区 asked
    of a row's 综合保税区)."""
    return any(name in row for name in named) or any(zone_key(zone) in named for *_, zone in find_zones(row))


def _share(asked: set[str], caption: str) -> float:
    return sum(gram in caption for gram in asked) / len(asked) if asked else 0.0


def of_period(ctx: Context, chunk: dict) -> bool:
    """A caption in the bulletin of the period asked (any, when none is asked)."""
    asked = ctx.question.period
    periods = [p for p in map(parse_period, (chunk.get("period"), chunk.get("doc_period"))) if p]
    return asked is None or any(asked.matches(p) for p in periods)
