"""Which periods a trend question bounds its series to: those it names (从A到B: those between too), the one span of
months it asks year over year, the issues of the kind of bulletin it counts (几期快报), and no figure of one month
alone in an issue on the months up to it."""
from __future__ import annotations

import re

from index.periods import Period, find_periods, parse_period, period_spans
from qa.bulletin_named import documents_of, kinds_counted
from qa.compose.base import Context
from qa.compose.rows import in_period


def of_months_asked(ctx: Context, rows: list) -> list:
    """The rows of the one span of months the question names with no year (上半年营收今年和去年比), where more than one
    year reports it: those months year over year, not every issue between them (2025年全年)."""
    asked = months_asked(ctx)
    own = [row for row in rows if in_period(ctx, row.fact, asked)] if asked else []
    return own if len(own) >= 2 else rows


_OVER_ISSUES = re.compile(r"期|历次|历年|逐月")


def months_asked(ctx: Context):
    """The one span of months the question names, with no year (上半年); None for any other, or where the question
    asks over the issues (上半年营收三期走势, 历次: every issue's figure)."""
    months = {(p.start, p.end) for p in find_periods(ctx.question.text)}
    asked = ctx.question.period
    if _OVER_ISSUES.search(ctx.question.text):
        return None
    return asked if len(months) == 1 and asked and not asked.year and not asked.since else None


_UP_TO = re.compile(r"[到至~～]|[-—－]+")  # 从一季度到上半年, 1-8月至1-10月: the periods between are asked too


def period_asked(ctx: Context, period: Period | None) -> bool:
    """Whether a period is one the question bounds its series to: two or more periods named, `从A到B` asks A, B and
    those between, `B比A` / `A和B` asks those named only (前三季度 is not of 从一季度到上半年). A question naming
    fewer asks every period; a figure of no known period then stays too."""
    text = ctx.question.text
    asked, spans = find_periods(text), period_spans(text)
    if len(asked) < 2 or len(spans) != len(asked):
        return True
    if period is None:
        return False  # withheld rather than placed in a bounded series unchecked
    if not _UP_TO.fullmatch(re.sub(r"[的份底末\s]", "", text[spans[0][1]:spans[-1][0]]) or "_"):
        return any(a.matches(period) for a in asked)
    asked = _range_dated(asked)
    years = {a.year for a in asked} - {None}
    if years and period.year and not min(years) <= period.year <= max(years):
        return False
    key = (lambda p: (p.year or 0, p.end)) if len(years) > 1 else (lambda p: p.end)
    first, last = min(asked, key=key), max(asked, key=key)
    return key(first) <= key(period) <= key(last)


def _range_dated(asked: list[Period]) -> list[Period]:
    """The two ends of 从A到B where one alone is dated: the other in the year that puts B after A (从2025年全年到1-8月:
    1-8月 ends before that 全年 does, so it is 2026's; 从2025年一季度到上半年: the same year's)."""
    first, last = asked[0], asked[-1]
    if bool(first.year) == bool(last.year):
        return asked
    if first.year:
        return [first, last.with_year(first.year + (last.end <= first.end))]
    return [first.with_year(last.year - (first.end >= last.end)), last]


def last_month_only(ctx: Context, fact: dict) -> bool:
    """A figure of the last month alone (4月当月) in a bulletin on the months up to it (1-4月): no point of a series of
    what each bulletin reports, unless that month is asked."""
    own = parse_period(fact.get("period"))
    whole = parse_period((ctx.chunks.get(fact["chunk"]) or {}).get("doc_period"))
    asked = ctx.question.period
    return bool(own and whole and own.start == own.end == whole.end and whole.start < own.start
                and not (asked and asked.matches(own)))


def issues_counted(ctx: Context) -> set[str] | None:
    """The documents of the kind of bulletin whose issues the question counts (几期快报的走势: those titled …快报), the
    series' only issues; None where it counts none, or no title writes the kind."""
    kinds = kinds_counted(ctx.question.text)
    return documents_of(kinds, ctx.snapshot.manifest) or None if kinds else None
