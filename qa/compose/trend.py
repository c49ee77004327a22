"""trend: one entity's figure for what is asked, one per bulletin, oldest first; of each place when the
question names several (晋中和阳泉工业投资这三期各是多少)."""
from __future__ import annotations

import re

from index.periods import parse_period
from index.zones import ZONE_WORD
from qa.asked import rate_only_by_whether
from qa.asking_words import BETWEEN_PERIODS_ONLY, PERIODS_SET_SIDE
from qa.colloquial import verbs_written_otherwise
from qa.compose import each
from qa.compose.base import Composed, Context
from qa.compose.entities import one_name_per_zone, same_zone
from qa.compose.fact_text import carried_zone
from qa.compose.rows import evidence, matching_rows, table_row
from qa.compose.stated_change import with_stated_change
from qa.compose.question_terms import question_weights
from qa.compose.trend_periods import issues_counted, last_month_only, months_asked, of_months_asked, period_asked
from qa.compose.trend_units import amount, one_per_period, one_unit, without_bare_twins
from qa.corpus import bigrams
from qa.group_bound import another_group
from qa.places import whole_asked


def _entity(ctx: Context, place=None) -> list[str]:
    """The place asked about, then its region (晋中开发区 may mean the zone or 晋中's zones); a province-wide
    question (全省开发区…) asks the figures of no region's part ("")."""
    known = [place] if place else [p for p in ctx.places if p.known]
    names = [known[0].name, known[0].region or _opening_region(ctx, known[0].name)] if known else [ctx.question.region]
    if whole_asked(ctx.question.text, ctx.places, ctx.question.region):
        return [""]
    return [n for n in dict.fromkeys(names) if n]


def _by_match(ctx: Context, rows: list) -> list:
    """Rows best first; a unit only guessed from the change asked (比上期涨了多少: %) gives way to the amounts on a
    tie, since a trend's change is read off its figures, not from a rate one period states."""
    part = ctx.question.parts[0] if ctx.question.parts else None
    return rows if not part or part.strict_unit else sorted(rows, key=lambda r: (r.score, not r.unit_ok), reverse=True)


def _rows_of(ctx: Context, name: str, series: list | None = None) -> list:
    """The entity's best row per period, oldest first, in one unit (qa/compose/trend_units.py); a zone's rows under its name written in full too
    (赭岭综保区: a table's 赭岭综合保税区). A region asked: not the rows of a passage no region holds (a table row
    the indexer could not place), which would show a figure as that region's unchecked; nor a group bounded otherwise
    (其中10亿元以上项目 of the 亿元以上 ones asked: qa/group_bound.py)."""
    written = [e for e in ctx.snapshot.facts_by_entity if e == name or (e and name and same_zone(ctx, e, name))]
    issues = issues_counted(ctx)
    rows = sorted((r for r in _carried_over(ctx, name, written)
                   if not (ctx.question.region and r.fact.get("region") is None)  # no region's part: withheld
                   and not another_group(ctx.question.text, r.fact)  # 10亿元以上 of 亿元以上
                   and not _another_change(ctx, r.fact)
                   and not last_month_only(ctx, r.fact) and (issues is None or r.fact["doc"] in issues)),
                  key=lambda r: (r.unit_ok, r.score), reverse=True)

    def slot(row) -> str:
        return _slot(ctx, row.fact)

    kept = one_unit(without_bare_twins(_by_match(ctx, rows), slot), series, ctx.extra.get("amount_first", False))
    per_period = one_per_period(kept, slot)
    bounded = sorted((row for key, row in per_period.items() if period_asked(ctx, parse_period(key))), key=_when)
    return of_months_asked(ctx, bounded)


def _carried_over(ctx: Context, name: str, written: list[str]) -> list:
    """The rows of the entity written `written`, with those its region's passage states of it in a sentence with no
    subject of its own (qa/compose/fact_text.carried_zone), and without those such a sentence states of a zone."""
    weights = _series_weights(ctx)
    regions = {f.get("region") for e in written for f in ctx.snapshot.facts_by_entity[e]} - {None, *written}
    rows = [r for e in written for r in matching_rows(ctx, e, period_filter=False, weights=weights)]
    rows = [r for r in rows if r.fact.get("entity") not in ctx.corpus.regions
            or not _of_another_zone(ctx, carried_zone(ctx, r.fact), r.fact["entity"])]
    # the few facts a region's subjectless sentences state of the zone, found before any row is scored (scoring every
    # fact of a city costs a question tens of milliseconds)
    carried = {id(f) for region in regions for f in ctx.snapshot.facts_by_entity.get(region, [])
               for zone in [carried_zone(ctx, f)] if zone and same_zone(ctx, zone, name)}
    return rows + [r for region in regions if carried
                   for r in matching_rows(ctx, region, period_filter=False, weights=weights) if id(r.fact) in carried]


def _of_another_zone(ctx: Context, zone: str | None, entity: str) -> bool:
    return bool(zone) and not same_zone(ctx, zone, entity)


_CHANGES = ("同比", "环比")  # against the same period a year before, against the period before: neither is the other
_BETWEEN_ISSUES = re.compile(BETWEEN_PERIODS_ONLY)


def _another_change(ctx: Context, fact: dict) -> bool:
    """Whether the fact is a change of the other kind than the one asked (环比 asked: not a 同比增长7.3%)."""
    text = _BETWEEN_ISSUES.sub("", ctx.question.text)  # 环比变化: the change from issue to issue, no rate asked
    asked = [c for c in _CHANGES if c in text]
    return len(asked) == 1 and any(c in (fact.get("indicator") or "") for c in _CHANGES if c != asked[0])


def _series_weights(ctx: Context) -> dict[str, float]:
    """The question's term weights, less the verb of a measure the bulletins write with another verb of it too
    (实际使用外资 one year, 实际利用外资 the next): a series follows the measure, however each issue words it."""
    if "series_weights" not in ctx.extra:
        weights = question_weights(ctx)
        worded = {b for words in verbs_written_otherwise(ctx.question.text, ctx.corpus) for b in bigrams(words)}
        ctx.extra["series_weights"] = {b: w for b, w in weights.items() if b not in worded} or weights
    return ctx.extra["series_weights"]


def _slot(ctx: Context, fact: dict) -> str:
    """The period a figure stands for in a series: its own when bulletins report on it (a table of periods gives
    each column's), else its bulletin's (2023年以来的签约 in the 上半年 issue competes for 上半年)."""
    period = parse_period(fact.get("period"))
    if period and ctx.corpus.reports_on(period):
        return period.label
    return (ctx.chunks.get(fact["chunk"]) or {}).get("doc_period") or fact["doc"]


def _when(row) -> tuple:
    """When a row's figure is of: its bulletin, then its own period within it (上半年 before 1-11月 in one table)."""
    period = parse_period(row.fact.get("period"))
    return row.fact.get("as_of") or 0, (period.year or 0, period.end) if period else (0, 0)


def _zones_of(ctx: Context, region: str) -> list[str]:
    return [entity for entity, facts in ctx.snapshot.facts_by_entity.items()
            if entity != region and any(f.get("region") == region for f in facts)]


def _series(ctx: Context, place=None) -> list[tuple[str, list]]:
    """The series of what is asked (`_series_asked`); where an amount asked by its noun alone (固投 → 元, no 多少亿元)
    is reported by one issue only, the indicator's rate over the issues that report it (固投一期比一期怎么样: 同比
    -1.6%, -0.8%), rather than one figure. A rate asked only as whether it rose (外资有没有增长) where the rates leave
    out an issue that writes the amount, or leave out none that the amounts do: the amounts, each with the change its
    sentence states (a rate's own sentence may write no amount)."""
    found = _series_asked(ctx, place)
    part = ctx.question.parts[0] if ctx.question.parts else None
    if part and part.unit == "%" and rate_only_by_whether(ctx.question.text):
        ctx.extra["amount_first"] = True
        try:
            amounts = _read_as(ctx, place, part, None)
        finally:
            del ctx.extra["amount_first"]
        return amounts if _points(amounts) >= _points(found) else found
    if found or not part or part.unit in (None, "%") or part.unit in ctx.question.text:
        return found
    return _read_as(ctx, place, part, "%")


def _read_as(ctx: Context, place, part, unit: str | None) -> list[tuple[str, list]]:
    """The series read with `unit` asked instead of the question's (None: whichever most issues report)."""
    asked, part.unit, part.strict_unit = (part.unit, part.strict_unit), unit, part.strict_unit and unit is not None
    try:
        return _series_asked(ctx, place)
    finally:
        part.unit, part.strict_unit = asked


def _points(series: list[tuple[str, list]]) -> int:
    return sum(len(rows) for _, rows in series)


def _series_asked(ctx: Context, place=None) -> list[tuple[str, list]]:
    """[(the entity, its best row per bulletin oldest first)], of the first entity with two or more; when the place
    reports none, of the zones of it that do, each by its name (白河人才公寓: its 高新区's; 榉口区: 榉口高新区's and
    榉口临港物流园's), never one picked among several."""
    names = _entity(ctx, place)
    for name in names:
        rows = _with_lone_zone(ctx, name, _rows_of(ctx, name)) if name == names[-1] \
            else _with_region_of_one(ctx, name, names[-1], _rows_of(ctx, name))
        if len(rows) >= 2:
            return [(name, rows)]
    if names and names[0] != names[-1] and names[0] in ctx.snapshot.facts_by_entity:
        return []  # a zone named that reports it once: not a sibling zone's series
    zones = one_name_per_zone(_zones_of(ctx, names[-1]), names[-1]) if names else []
    found = [(zone, rows) for zone in zones for rows in [_rows_of(ctx, zone)] if len(rows) >= 2]
    if len(found) >= 2:
        ctx.extra.setdefault("by_zones", []).append(names[-1])
    return found


def _with_lone_zone(ctx: Context, region: str, rows: list) -> list:
    """A region's rows, with the row of its one zone where a bulletin writes no figure of the region's own and no zone
    of the region but that one (a year's 考核通报 lists 甲经济开发区 alone, the monthly issues 甲市开发区): a city of one
    开发区 there, so the series keeps every issue, in its unit. Not a year's figure where the months are asked (这几个月:
    the issues of months)."""
    if not rows or region not in ctx.snapshot.facts_by_entity:
        return rows
    slots, lone = {_slot(ctx, row.fact) for row in rows}, {}
    for zone in _own_zones(ctx, region):
        zone_rows = _rows_of(ctx, zone, rows)
        if _counted_apart(ctx, rows, zone_rows):
            continue
        for row in zone_rows:
            period = parse_period(row.fact.get("period"))
            if _slot(ctx, row.fact) not in slots and len(_zones_in(ctx, region, row.fact["doc"])) == 1 \
                    and not (_MONTHS_ASKED.search(ctx.question.text) and period and period.start == 1 and period.end == 12):
                lone[_slot(ctx, row.fact)] = row
    return sorted(rows + list(lone.values()), key=_when)


def _with_region_of_one(ctx: Context, zone: str, region: str, rows: list) -> list:
    """A zone's rows, with its region's row of each issue that writes none of the zone's: where the bulletins name no
    other zone of the region, its city's 开发区 figure (泷安市开发区, a table's 泷安市) is that zone's."""
    zones = _own_zones(ctx, region)
    if not rows or region not in ctx.snapshot.facts_by_entity or len(zones) != 1 or not same_zone(ctx, zones[0], zone):
        return rows
    region_rows = _rows_of(ctx, region, rows)
    if _counted_apart(ctx, rows, region_rows):
        return rows
    slots = {_slot(ctx, row.fact) for row in rows}
    return sorted(rows + [row for row in region_rows if _slot(ctx, row.fact) not in slots], key=_when)


def _counted_apart(ctx: Context, rows: list, others: list) -> bool:
    """Whether an issue writing both series' figures of one period gives two different ones (a 快报's 甲市 748.9亿元
    beside 甲经开区 521.6亿元): then the city's 开发区 count more than its named zone, and neither stands for the
    other in an issue that writes only one of them."""
    own = {_slot(ctx, row.fact): amount(row) for row in rows}
    return any(_slot(ctx, row.fact) in own and own[_slot(ctx, row.fact)] != amount(row) for row in others)


def _own_zones(ctx: Context, region: str) -> list[str]:
    """The zones of a region, one name each; not a zone whose name opens with another region's (琅埔化工产业园 named in
    泷安's part beside 泷安's own zone is 琅埔's)."""
    zones = [zone for zone in _zones_of(ctx, region)
             if ZONE_WORD.search(zone) and not _named_after_other(ctx, zone, region)]
    return one_name_per_zone(zones, region)


def _named_after_other(ctx: Context, zone: str, region: str) -> bool:
    return _opening_region(ctx, zone) not in (None, region)


def _opening_region(ctx: Context, name: str) -> str | None:
    """The region a zone's name opens with (蕖阳高新区: 蕖阳), as zones are named after their city: the zone's region
    where documents of several regions write the zone."""
    return max((r for r in ctx.corpus.regions if r and name.startswith(r) and r != name), key=len, default=None)


_MONTHS_ASKED = re.compile(r"[几两三四五六七八九十]个月")


def _zones_in(ctx: Context, region: str, doc: str) -> list[str]:
    """The zones of a region a bulletin writes figures of, one name each."""
    named = [e for e, facts in ctx.snapshot.facts_by_entity.items() if e != region and e and ZONE_WORD.search(e)
             and not _named_after_other(ctx, e, region)
             and any(f.get("region") == region and f["doc"] == doc for f in facts)]
    return one_name_per_zone(named, region)


def _unreported(ctx: Context, rows: list) -> list[str]:
    """A line naming the issues of the series' years whose bulletins give no such figure (三期走势 of a park the 上半年
    issue leaves out): a gap said, not passed over."""
    slots = {_slot(ctx, row.fact) for row in rows}
    years = {_when(row)[1][0] for row in rows}
    asked, issues = months_asked(ctx), issues_counted(ctx)
    counted = {ctx.snapshot.manifest[doc].get("period") for doc in issues or ()}
    gaps = [p.label for p in ctx.corpus.reported if p.label not in slots and not p.since
            and min(years) <= (p.year or 0) <= max(years) and (not asked or asked.matches(p)) and period_asked(ctx, p)
            and (issues is None or p.label in counted)]
    return [f"（{'、'.join(gaps)}的公报中没有找到这项数字。）"] if gaps else []


def compose(ctx: Context) -> Composed | None:
    places = list({p.name: p for p in ctx.places if p.known}.values())
    series = [_series(ctx, p) for p in places] if len(places) >= 2 else [_series(ctx)]
    found = [one for s in series for one in s]
    if not found:
        return None
    missing = [p.name for p, s in zip(places, series) if not s] if len(places) >= 2 else []
    lines, cited, table = [], [], []
    for name, rows in found:
        lines.append(f"{name or whole_asked(ctx.question.text, [], None) or ''}，按期（从早到晚）：")
        for row in rows:
            cited.append(with_stated_change(ctx, evidence(ctx, row)))
            table.append(table_row(row, len(cited)))
            lines.append(f"{row.period or '时期不明'}：{cited[-1].quote}[{len(cited)}]")
        lines += _unreported(ctx, rows)
    if missing:
        lines.append(f"公报中没有找到{'、'.join(missing)}的这项数字。")
    by_zones = list(dict.fromkeys(ctx.extra.get("by_zones", [])))
    if by_zones:  # a region of several zones with no series of its own
        lines.append(f"公报没有给出{'、'.join(by_zones)}的合计，按其各开发区列出。")
    return Composed("trend", "\n".join(lines), cited, table=table)


_SET_SIDE = re.compile(PERIODS_SET_SIDE)


def over_periods_set_side(ctx: Context) -> Composed | None:
    """Two periods set side by side (2025年全年和2026年前三季度相比) where fewer than two report the figure: each period's
    figure found, the other said missing (qa/compose/each.py), rather than nothing."""
    return each.compose(ctx) if _SET_SIDE.search(ctx.question.text) else None
