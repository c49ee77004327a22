"""The position a bulletin writes for the place asked (居全省第几, 排名第几位): its sentence's (居全省综合保税区第3位)
or its table row's rank column (全省排名 16), before any ranking of figures; no position is computed."""
from __future__ import annotations

import re
from dataclasses import replace

from index.owners import is_table_row
from qa.compose import figure
from qa.compose.base import Composed, Context, Evidence
from qa.compose.rows import Row, evidence, in_period, shown_period
from qa.places import zone_key

# a position asked (居全省第几, 排名第几位): the one the bulletin writes (居全省开发区第2位) before any ranking
_POSITION_ASKED = re.compile(r"第几")
_POSITION = re.compile(r"\d+[位名]$")
_WRITTEN = re.compile(r"第\d+[位名]?(?![\d.期批次季届轮个项条家年号])|首位|末位")
# a move in the ranking (上升2位, 前移2位, 下降1位): no position
_MOVED = re.compile(r"(?:上升|下降|提升|下滑|前移|后移|前进|后退|上移|下移|进|退)了?$")


def _said_before(composed: Composed) -> str:
    """The words of the cited quote right before the short (上升 of 上升2位)."""
    quote = next((ev.quote for ev in composed.evidence if composed.short in ev.quote), "")
    return quote[:quote.find(composed.short)][-3:]


def written_position(ctx: Context) -> Composed | None:
    """The position a bulletin writes for the place asked (its figure sentence, the rank in `short`)."""
    if not _POSITION_ASKED.search(ctx.question.text):
        return None
    composed = figure.compose(ctx) or figure.compose(any_unit(ctx))  # 增速居全省开发区首位: no 第N位 to find
    if not composed:
        return _rank_cell(ctx)
    if _POSITION.search(composed.short or "") and not _MOVED.search(_said_before(composed)):
        written = "第" + composed.short  # as the quote writes it (第2位), when it does
        composed.short = written if any(written in ev.quote for ev in composed.evidence) else composed.short
        return composed
    # the short is a figure (进出口总额62.4亿元, …第2；跨境电商交易额79.64亿元): the position its sentence writes
    for k, ev in enumerate(composed.evidence):
        text = ev.chunk["text"]
        end = min((i for i in (text.find(c, ev.start) for c in "。！？\n") if i >= 0), default=len(text))
        written = _WRITTEN.search(text, ev.start, end)
        if written:
            longer = Evidence(ev.chunk, ev.start, max(ev.end, written.end()), ev.period, ev.score)
            composed.answer = composed.answer.replace(ev.quote, longer.quote, 1)
            composed.evidence[k], composed.short = longer, written.group()
            return composed
    return _rank_cell(ctx)


def any_unit(ctx: Context) -> Context:
    """The question asking its figure in any unit: a position written in words (首位, 末位) is no 第N位 figure, so
    its sentence is found by the figure it states."""
    parts = [replace(ask, unit=None, strict_unit=False) for ask in ctx.question.parts]
    return replace(ctx, question=replace(ctx.question, parts=parts))


# a table's rank column (全省排名 16): the position written in the row of the place asked
_RANK_CELL = re.compile(r"(?:全省|全市|全国)?(?:排名|位次|名次)\s*(\d{1,3})(?![\d.%])")


def _rank_cell(ctx: Context) -> Composed | None:
    """The rank a table's row writes for the one place asked, in the period asked (newest first)."""
    known = [p for p in ctx.places if p.known]
    if len(known) != 1:
        return None
    facts = [f for entity, written in ctx.snapshot.facts_by_entity.items()
             if entity and zone_key(entity) == zone_key(known[0].name) for f in written]
    for fact in sorted(facts, key=lambda f: f.get("as_of") or 0, reverse=True):
        rank = _RANK_CELL.search(fact.get("quote") or "")
        if rank and is_table_row(fact["quote"]) and in_period(ctx, fact, ctx.question.period):
            row = Row(fact, 1.0, False, shown_period(ctx, fact))
            ev = evidence(ctx, row)
            if rank.group() in ev.quote:
                return Composed("compare", f"{known[0].name}：{ev.quote}[1]" + (f"（{row.period}）" if row.period else ""),
                                [ev], short=rank.group(1))
    return None
