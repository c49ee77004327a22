"""The part of a sentence a question reads: from the clause naming the period or the zone it asks, when the sentence
writes another period's or another place's figures before it.

`A经开区4月当月实现营业收入52.4亿元，…；1-4月累计实现营业收入203.8亿元` asked 1-4月 (or the reverse), and
`全市开发区…外贸进出口352.9亿元，…，其中甲综保区进出口241.6亿元` asked 甲综保区: the figure before the clause naming what
is asked is of the other period or place, so the sentence is read from that clause on. The fact still keeps the
whole sentence (its opening names whose it is). One rule for periods and places, for every kind of question.
"""
from __future__ import annotations

import re

from index.facts import JOINED
from index.figures import FIGURE
from index.owners import is_table_row
from index.periods import Period, find_periods, period_spans
from index.zones import find_zones
from qa.places import zone_key

_CLAUSE_MARK = re.compile(r"[，,；;]")
_CELL_MARK = re.compile(r"\s")


def read_from_asked(text: str, sentences: list[tuple[int, int]], period: Period | None,
                    zone: str | None) -> list[tuple[int, int]]:
    """Each sentence (s, e) of `text` from the clause naming the period or zone asked on, when it writes another
    period or a figure before that clause; else whole."""
    read = []
    for s, e in sentences:
        sentence = text[s:e]
        at = max(_period_asked_at(sentence, period), _zone_asked_at(sentence, zone))
        if at > 0:  # a table row's cells are its clauses
            marks = _CELL_MARK if is_table_row(sentence.rstrip("。")) else _CLAUSE_MARK
            s = max((m.end() for m in marks.finditer(text, s, s + at)), default=s)
        read.append((s, e))
    return read


def _period_asked_at(sentence: str, asked: Period | None) -> int:
    """Where the sentence first names the period asked after naming another one it reports (not one it compares
    with); -1 when it does not."""
    if asked is None:
        return -1
    # a table row's period cell stands alone (甲市 5月 131.2亿元); one inside a column's name (固定资产投资1-9月完成
    # 122.6亿元, 1-9月完成 38900万元) is what that column counts, no period the row's other cells are read from: the row is read whole,
    # its header with it (qa/targets.py tells the done column from the plan's by the question's verb)
    row = is_table_row(sentence.rstrip("。"))
    named = [(a, asked.matches(p)) for a, b in period_spans(sentence, bases=False) for p in find_periods(sentence[a:b])
             if not row or _cell_alone(sentence, a, b)]
    at = next((a for a, fits in named if fits), -1)
    # a month alone named after a figure (…营业收入3472.5亿元，同比增长7.0%；5月当月实现…), or a table row's cell of the
    # period asked after another column's figure (甲市 5月 131.2亿元 1-5月 612.7亿元): the figures before are of other months
    after_figure = at > 0 and FIGURE.search(sentence, 0, at)
    other_months = after_figure and (asked.start == asked.end or is_table_row(sentence.rstrip("。")))
    return at if other_months or any(a < at and not fits for a, fits in named) else -1


def _cell_alone(row: str, start: int, end: int) -> bool:
    """Whether row[start:end] is a cell of its own (甲市 5月 131.2亿元), not inside a column's name (1-9月完成)."""
    return (start == 0 or row[start - 1].isspace()) and (end == len(row) or row[end].isspace())


def _zone_asked_at(sentence: str, zone: str | None) -> int:
    """Where the sentence first names the zone asked after a figure (the city's or another place's); -1 when it
    names it first, or not at all."""
    if not zone:
        return -1
    zones = find_zones(sentence)
    named = [k for k, (_, _, name) in enumerate(zones) if zone_key(name) == zone_key(zone)]
    # named first only as one of zones joined as one subject (甲经开区和乙高新区两区合计…，其中甲经开区708.2亿元): the
    # figures after are their sum's, the zone's own come where it is named again
    while len(named) > 1 and _joined(sentence, zones, named[0]):
        named.pop(0)
    at = zones[named[0]][0] if named else -1
    return at if at > 0 and _figure_before(sentence, at) else -1


def _figure_before(sentence: str, at: int) -> bool:
    """Whether a figure stands before offset `at`; in a table row, one inside a cell: a serial number then the next
    column's name (序号 11 所在开发区 甲经开区) is no figure of another place (11所), the row is of one thing."""
    row = is_table_row(sentence.rstrip("。"))
    return any(not (row and _CELL_MARK.search(m.group())) for m in FIGURE.finditer(sentence, 0, at))


def _joined(sentence: str, zones: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the k-th zone named is joined to the zone before or after it as one subject (甲和乙, 甲与乙, 甲、乙)."""
    return any(JOINED.fullmatch(sentence[a[1]:b[0]]) for j, (a, b) in enumerate(zip(zones, zones[1:])) if k in (j, j + 1))
