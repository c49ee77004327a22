"""list: the rows of a table that names things one a row (附表1 上半年开发区新开工亿元以上重点项目: 项目名称 … 所在开发区 …),
asked of a place (上半年琮州经开区有哪些新开工重点项目): the rows of the table whose caption says what is asked and
whose cells name the place, each quoted whole and cited; none when no row names it. A table with no caption line of
its own is captioned by the heading it stands under (三、重点项目完成情况 over 序号 | 项目名称 | …), as a reader takes
it; asked of no place (重点项目有哪些), every row of the table is what is asked."""
from __future__ import annotations

import re

from index.owners import is_table_row
from index.periods import parse_period
from qa.compose.base import Composed, Context, Evidence
from qa.corpus import bigrams
from index.zones import find_zones
from qa.places import zone_key

CAPTION = re.compile(r"^(?:附表|续表|表)\s*[\d一二三四五六七八九十]+[：:\s]*")  # 附表1 上半年…: a table's caption
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
    asked = set().union(*(bigrams(t) for t in ctx.question.terms if t not in named and not t.isdigit())) or set()
    best = max(((_share(asked, caption), k, caption, table) for k, (caption, table) in enumerate(_tables(ctx))),
               default=None, key=lambda found: found[:2])
    if best is None or best[0] < MIN_CAPTION_MATCH:
        return None
    _, _, title, table = best
    columns = _columns(table)  # rows of a table after it with no caption of its own write other columns
    rows = [c for c in table if columns <= set(c["text"].split())
            and (not named or any(name in c["text"] for name in named))]
    if not rows:
        return None
    evidence = [Evidence(row, _SERIAL.match(row["text"]).end() if _SERIAL.match(row["text"]) else 0,
                         len(row["text"].rstrip("。")), row.get("period"), 1.0) for row in rows]
    lines = [f"{title}（{'、'.join(dict.fromkeys(places))}）：" if places else f"{title}："]
    lines += [f"{k}. {ev.quote}[{k}]" for k, ev in enumerate(evidence, 1)]
    return Composed("list", "\n".join(lines), evidence)


def _tables(ctx: Context) -> list[tuple[str, list[dict]]]:
    """Each table of the bulletin asked (any, when no period is asked) with its caption: the caption line above its
    rows (附表1 …), else the heading its rows stand under, when that heading is over nothing but the table."""
    chunks = ctx.snapshot.chunks
    tables = []
    for k, chunk in enumerate(chunks):
        if not of_period(ctx, chunk) or not (CAPTION.match(chunk["text"]) or _first_row_under_heading(chunks, k)):
            continue
        captioned = bool(CAPTION.match(chunk["text"]))
        table = []
        for row in chunks[k + 1 if captioned else k:]:
            if row["doc"] != chunk["doc"] or not is_table_row(row["text"]) or CAPTION.match(row["text"]) \
                    or not captioned and row.get("section") != chunk.get("section"):
                break
            table.append(row)
        title = CAPTION.sub("", chunk["text"]).strip() if captioned else chunk["section"]
        tables.append((title, table))
    return tables


def _first_row_under_heading(chunks: list[dict], k: int) -> bool:
    """Whether the chunk is a table's first row, right under its section's heading: the chunk before it is of another
    section or document (a section of prose before its table is captioned by that prose, not the heading)."""
    chunk, before = chunks[k], chunks[k - 1] if k else None
    return bool(chunk.get("section")) and is_table_row(chunk["text"]) and not chunk.get("item") and (
        before is None or before["doc"] != chunk["doc"] or before.get("section") != chunk.get("section"))


def _columns(rows: list[dict]) -> set[str]:
    """The column names the table's first two rows both write (项目名称, 所在开发区): no figure, no zone."""
    first, second = ([set(r["text"].rstrip("。").split()) for r in rows[:2]] + [set(), set()])[:2]
    return {w for w in first & second if not re.search(r"\d", w) and not find_zones(w)}


def _share(asked: set[str], caption: str) -> float:
    return sum(gram in caption for gram in asked) / len(asked) if asked else 0.0


def of_period(ctx: Context, chunk: dict) -> bool:
    """A caption in the bulletin of the period asked (any, when none is asked)."""
    asked = ctx.question.period
    periods = [p for p in map(parse_period, (chunk.get("period"), chunk.get("doc_period"))) if p]
    return asked is None or any(asked.matches(p) for p in periods)
