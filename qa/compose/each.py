"""each: one figure per place (or zone, or 各开发区) the question names, or per period it names (一季度和
上半年), from the fact rows; a named place or period no row answers is said so."""
from __future__ import annotations

import re
from dataclasses import replace

from index.indicators import PLANNED
from index.periods import Period, find_periods, period_spans
from qa.compose.base import Composed, Context
from qa.compose.bounded import exact_over_bounds
from qa.compose.entities import entities, region_zones, same_zone, standing_zone
from qa.compose.rows import (Row, evidence, in_period, matching_rows, newest_best, place_rows, same_zone_rows,
                             shown_period, table_row)
from qa.compose.question_terms import question_weights
from qa.compose.row_cells import shown_cells
from qa.asked import DONE_ASKED
from qa.places import whole_asked
from qa.question import PLACE_SET, analyse_question

# what joins one place's indicator to the next place, or ends the question (…和Y的B分别是多少？)
_TAIL = re.compile(r"(?:以及|[和与及、，,])$|(?:分别|各自?|都)?(?:是|为|有)?(?:多少|几[个家项]?)?(?:呢)?[？?。!！\s]*$")


def _per_period(ctx: Context, periods: list) -> dict[str, object]:
    """The best row of the one place asked about (else the question's region, else the whole asked: 全省开发区,
    whose figures are no entity's) for each period named; of its region instead when that answers more of them
    (晋中开发区 may mean 晋中's zones as a whole)."""
    known = [p for p in ctx.places if p.known]
    names = [known[0].name, known[0].region] if known else [ctx.question.region]
    if whole_asked(ctx.question.text, ctx.places, ctx.question.region):
        names = [""]  # 全省开发区…1-10月、1-11月分别多少: the figures of no region's part, as a trend reads them
    tries = []
    for name in dict.fromkeys(n for n in names if n is not None):
        rows = sorted(matching_rows(ctx, name, period_filter=False) + same_zone_rows(ctx, name, period_filter=False),
                      key=lambda r: (r.unit_ok, r.score), reverse=True)  # the zone however written (…县经济技术开发区)
        tries.append({p.label: newest_best(exact_over_bounds([r for r in rows if in_period(ctx, r.fact, p)]))
                      for p in periods})
    return max(tries, key=lambda best: sum(bool(row) for row in best.values()), default={})


def _own_periods(ctx: Context) -> dict[str, Period]:
    """Each place's own period when the question pairs them (瑞川上半年和沅港1-11月): the period written after a
    place and before the next one; none unless two places are given different periods."""
    text, places = ctx.question.text, [p for p in ctx.places if p.known]
    spans = period_spans(text)
    own = {}
    for place, following in zip(places, [*places[1:], None]):
        after = [found for a, b in spans if place.end <= a < (following.start if following else len(text))
                 for found in find_periods(text[a:b])[:1]]
        if after:
            own[place.name] = after[0]
    return own if len({p.label for p in own.values()}) >= 2 else {}


def _own_indicators(ctx: Context) -> dict[str, str]:
    """Each place's own indicator when the question gives every place one (X的A和Y的B): the words after the
    的 that follows a place, up to the next place; none unless every place has one and they differ."""
    text, places = ctx.question.text, [p for p in ctx.places if p.known]
    own = {}
    for place, following in zip(places, [*places[1:], None]):
        between = text[place.end:following.start if following else len(text)]
        words = _TAIL.sub("", _TAIL.sub("", between)).rpartition("的")
        if not words[1] or len(words[2]) < 2:
            return {}
        own[place.name] = words[2]
    return own if len(places) >= 2 and len(set(own.values())) >= 2 else {}


def _rows_of(ctx: Context, name: str, period: Period | None, indicator: str | None = None):
    """The best row of a place, in its own period when the question gives it one, of its own indicator
    when it has one (asked as a question of its own: that place's indicator in the question's period)."""
    asked = ctx
    if indicator:  # its own weights too: not those of the whole question, kept in `extra`
        text = f"{name}的{indicator}是多少？"
        question = replace(analyse_question(text, ctx.corpus, ctx.question.region), period=ctx.question.period)
        asked = replace(ctx, text=text, question=question, extra={})
    if period:
        asked = replace(asked, question=replace(asked.question, period=period))
    rows = place_rows(asked, name)
    if DONE_ASKED.search(ctx.question.text):  # 各完成投资多少: a plan's figure (本年计划投资) is not what was done
        rows = [r for r in rows if not PLANNED.search(r.fact.get("indicator") or "")] or rows
    return newest_best(rows) or _lead_row(asked, name)


# a verb of achieving whose object is left out (各完成多少, 分别实现了多少): each place's headline amount is asked
_ELIDED = re.compile(r"(?:各自?|分别)(?:完成|实现|达到)了?(?:多少|几)")


def _lead_row(ctx: Context, name: str) -> Row | None:
    """各完成多少, 各实现多少, naming no indicator: the first amount the place's newest passage of the period reports
    (…综合保税区上半年完成进出口额203.5亿元), its quote saying what it counts; none when an indicator is named."""
    if question_weights(ctx) or not _ELIDED.search(ctx.question.text):
        return None
    order = {chunk_id: k for k, chunk_id in enumerate(ctx.chunks)}
    facts = [f for entity, facts in ctx.snapshot.facts_by_entity.items()
             if entity == name or (entity and same_zone(ctx, entity, name)) for f in facts
             if in_period(ctx, f, ctx.question.period) and not (ctx.doc and f["doc"] != ctx.doc)
             and f.get("unit") and not f["unit"].endswith(("%", "百分点"))]  # an amount, not a rate
    if not facts:
        return None
    newest = max(f.get("as_of") or 0 for f in facts)
    lead = min((f for f in facts if (f.get("as_of") or 0) == newest), key=lambda f: (order.get(f["chunk"], 0), f["start"]))
    return Row(lead, 1.0, False, shown_period(ctx, lead))


def _of_place(ctx: Context, name: str, period: Period | None, indicator: str | None) -> list[tuple[str, object]]:
    """[(the place, its best row)]; for a region with no figure of its own whose zones report it (榉口区 of
    榉口高新区 and 榉口临港物流园), each of those zones by its name: no one zone stands for the region."""
    row = _rows_of(ctx, name, period, indicator)
    if row or name not in ctx.corpus.regions:
        return [(name, row)]
    found = [(row.fact.get("entity") or zone, row) for zone in region_zones(ctx, name)
             for row in [_rows_of(ctx, zone, period, indicator)] if row]
    return found if len(found) >= 2 else [(name, None)]


def _by_zone(ctx: Context, name: str, row) -> str:
    """（临江综保区） after 临江 when that zone's figure is the one its region of several zones reports."""
    zone = standing_zone(ctx, name, row.fact)
    return f"（{zone}）" if zone else ""


def compose(ctx: Context) -> Composed | None:
    periods = list(dict.fromkeys(find_periods(ctx.question.text)))
    if len(periods) >= 2 and len(ctx.places) < 2:
        best, named = _per_period(ctx, periods), True
    else:
        own, indicators = _own_periods(ctx), _own_indicators(ctx)
        shared = periods if len(periods) >= 2 and not own else [None]  # X和Y一季度、上半年: each place in each
        best = {place + (period.label if period else ""): row
                for name in entities(ctx) for period in shared
                for place, row in _of_place(ctx, name, own.get(name) or period, indicators.get(name))}
        named = len(ctx.places) >= 2 or bool(PLACE_SET.search(ctx.question.text))  # 两市: every city, by name
    found = [(name, row) for name, row in best.items() if row]
    if len(found) < (1 if named else 2):
        return None
    cited = [evidence(ctx, row) for _, row in found]
    lines = [f"{name}{_by_zone(ctx, name, row)}：{shown_cells(ev, row.fact, ctx.question.text)}[{n}]" + (f"（{row.period}）" if row.period else "")
             for n, ((name, row), ev) in enumerate(zip(found, cited), 1)]
    missing = [name for name, row in best.items() if not row and named]  # named, not found
    answer = "；\n".join(lines) + "。"
    if missing:
        answer += f"\n公报中没有找到{'、'.join(missing)}的这项数字。"
    return Composed("each", answer, cited,
                    table=[table_row(row, n) for n, (_, row) in enumerate(found, 1)])
