"""Which periods a trend question bounds its series to: those it names (从A到B: those between too), the one span of
months it asks year over year, the issues of the kind of bulletin it counts (几期快报), and no figure of one month
alone in an issue on the months up to it."""
from __future__ import annotations

import re

from index.figures import cn_number
from index.periods import Period, find_periods, parse_period, period_spans
from qa.bulletin_named import documents_of, kinds_counted
from qa.compose.base import Context
from qa.compose.fact_text import text_around
from qa.compose.rows import in_period
from qa.question_period import YEAR_ALONE


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


_UP_TO = re.compile(r"[到至~～]|截至|截止到?|[-—－]+")  # 从一季度到上半年, 1-8月至1-10月: the periods between are asked too
# what stands between two periods beside the word joining them: 的, 份, and the first one's own figure asked before the
# asker goes on to the later one (一季度多少，到1-4月呢: up to it, as 从一季度到1-4月 is)
_BESIDE_JOIN = re.compile(r"[的份底末\s]|(?:是|有)?(?:多少|几)[，,](?:那么?)?(?:再|又)?")


# 今年 said of the series (今年以来, 今年每期, 今年这几期, 从年初到现在), no other year beside it (今年和去年比)
_THIS_YEAR = re.compile(r"今年|本年|年初")
_OTHER_YEAR = re.compile(r"去年|上年|前年|上一年|20\d\d年")
_SINCE = re.compile(r"以来|来(?![看说讲])")
# a month the asker goes on to after the period named (一季度多少，到5月呢): the months up to it
_ON_TO_MONTH = re.compile(r"(?:到|至|截至|截止到?)了?(\d{1,2}|[一二三四五六七八九十]{1,3})月")


def _bounds_asked(ctx: Context) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """Where the series a question asks starts and ends, as (year, last month) of its first and last periods (None: the
    newest): a period named once before 以来 (一季度以来: that period of the newest year reporting it, and the issues
    after it) or before a month gone on to (一季度多少，到5月呢: up to 1-5月), or 今年 with no period or other year named
    (今年以来: the newest bulletin's year from its first month); None for any other."""
    text, reported = ctx.question.text, [p for p in ctx.corpus.reported if p.year and not p.since]
    asked, spans = find_periods(text), period_spans(text)
    if not reported:
        return None
    if len(asked) == 1 and len(spans) == 1 and not asked[0].since:
        start, later = asked[0], _ON_TO_MONTH.search(text, spans[0][1])
        year = start.year or max((p.year for p in reported if (p.start, p.end) == (start.start, start.end)),
                                 default=None)
        if year and later:
            month = later.group(1)
            return (year, start.end), (year, int(month) if month.isdigit() else int(cn_number(month)))
        return ((year, start.end), None) if year and _SINCE.match(text, spans[0][1]) else None
    if not asked and _THIS_YEAR.search(text) and not _OTHER_YEAR.search(text):
        return (reported[-1].year, 1), None
    return None


def period_asked(ctx: Context, period: Period | None) -> bool:
    """Whether a period is one the question bounds its series to: two or more periods named, `从A到B` asks A, B and
    those between, `B比A` / `A和B` asks those named only (前三季度 is not of 从一季度到上半年); `A以来`, 今年以来 those
    from its start on. A question naming fewer asks every period; a figure of no known period then stays too."""
    text = ctx.question.text
    years = _years_asked(text, ctx.question.period)
    if years:
        first, last = years
        return period is not None and first <= (period.year or 0) <= (last or period.year or 0)
    bounds = _bounds_asked(ctx)
    if bounds:
        first, last = bounds
        when = (period.year or 0, period.end) if period else None
        return when is not None and first <= when <= (last or when)
    asked, spans = find_periods(text), period_spans(text)
    if len(asked) < 2 or len(spans) != len(asked):
        return True
    if period is None:
        return False  # withheld rather than placed in a bounded series unchecked
    if not _UP_TO.fullmatch(_BESIDE_JOIN.sub("", text[spans[0][1]:spans[-1][0]]) or "_"):
        return any(a.matches(period) for a in asked)
    asked = _range_dated(asked)
    years = {a.year for a in asked} - {None}
    if years and period.year and not min(years) <= period.year <= max(years):
        return False
    key = (lambda p: (p.year or 0, p.end)) if len(years) > 1 else (lambda p: p.end)
    first, last = min(asked, key=key), max(asked, key=key)
    return key(first) <= key(period) <= key(last)


def _years_asked(text: str, asked: Period | None) -> tuple[int, int | None] | None:
    """The years a series is bounded to where the question names years alone, no part of one and no span from them
    (2025年营收走势, 去年营收走势: that year's issues, not the next year's; 2025年以来: from it on, last None), so that
    a year no bulletin reports (2024年各季度) has no series; None where it names no year alone."""
    named = find_periods(text)
    since = [p.year for p in named if p.since and p.year and (p.start, p.end) == (1, 12)]
    if since and len(named) == 1:
        return since[0], None
    years = [int(y) for y in YEAR_ALONE.findall(text)]
    if named or _UP_TO.search(text) or _SINCE.search(text):
        return None  # 去年到5月, 去年以来: a span from the year on (period_asked's other bounds)
    if years:
        return min(years), max(years)
    whole_year = asked and asked.year and not asked.since and (asked.start, asked.end) == (1, 12)
    return (asked.year, asked.year) if whole_year else None  # 去年: the year the question analysis dated


def _range_dated(asked: list[Period]) -> list[Period]:
    """The two ends of 从A到B where one alone is dated: the other in the year that puts B after A (从2025年全年到1-8月:
    1-8月 ends before that 全年 does, so it is 2026's; 从2025年一季度到上半年: the same year's)."""
    first, last = asked[0], asked[-1]
    if bool(first.year) == bool(last.year):
        return asked
    if first.year:
        return [first, last.with_year(first.year + (last.end <= first.end))]
    return [first.with_year(last.year - (first.end >= last.end)), last]


# a month written alone before a figure (槿原经开区4月跨境电商进出口额约2.1亿元), not a span's end (1-4月), a date (4月26日)
# nor the month a bulletin is dated (4月份工作动态)
_MONTH_ALONE = re.compile(r"(?<![\d\-—－~至到])(\d{1,2})月(?![\d日底末份初中下旬])")


def last_month_only(ctx: Context, fact: dict) -> bool:
    """A figure of the last month alone (4月当月, or the month written bare before it in its own clause) in a bulletin
    on the months up to it (1-4月): no point of a series of what each bulletin reports, unless that month is asked, or
    环比 is (a month against the one before: its own)."""
    own = parse_period(fact.get("period"))
    whole = parse_period((ctx.chunks.get(fact["chunk"]) or {}).get("doc_period"))
    asked = ctx.question.period
    if whole and own and (own.start, own.end) == (whole.start, whole.end):
        own = _month_written(ctx, fact, whole) or own
    return bool(own and whole and own.start == own.end == whole.end and whole.start < own.start
                and not (asked and asked.matches(own)) and "环比" not in ctx.question.text)


def issues_counted(ctx: Context) -> set[str] | None:
    """The documents of the kind of bulletin whose issues the question counts (几期快报的走势: those titled …快报), the
    series' only issues; None where it counts none, or no title writes the kind."""
    kinds = kinds_counted(ctx.question.text)
    return documents_of(kinds, ctx.snapshot.manifest, ctx.snapshot.chunks) or None if kinds else None


def _month_written(ctx: Context, fact: dict, whole):
    """The bulletin's last month, where the figure's own clause writes it alone before the figure."""
    clause = text_around(ctx, fact, "，,；;。！？\n")
    before = clause[:max(clause.find(fact["figure"]), 0)]
    months = {int(m.group(1)) for m in _MONTH_ALONE.finditer(before)}
    return Period(whole.year, whole.end, whole.end) if months == {whole.end} and whole.start < whole.end else None
