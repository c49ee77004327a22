"""The bound of a group an indicator is of (亿元以上项目, 10亿元以上项目, 5000万元以上项目): 其中10亿元以上项目11个 counts a
part of the 亿元以上 ones, not them. A bound written with no number before its unit (亿元以上) is of one of that unit."""
from __future__ import annotations

import re

from qa.figure_roles import bounds_a_group

_MAGNITUDE = {"亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4}
# a numeral in words before it (十亿元以上) is no bound of one unit: not read
_GROUP_BOUND = re.compile(r"(?<![一二两三四五六七八九十百千])(\d+(?:\.\d+)?)?\s*(亿|千万|百万|万)美?元及?(?:以上|以下)")


def bounds(text: str) -> set[float]:
    """The bounds of groups a text writes, in 元 (亿元以上项目: 1e8)."""
    return {float(number or 1) * _MAGNITUDE[unit] for number, unit in _GROUP_BOUND.findall(text)}


def another_group(asked: str, fact: dict) -> bool:
    """Whether a fact is no figure of the group a question asks with its bound (亿元以上项目): the bound itself (the
    10亿元 of 其中10亿元以上项目11个), a figure of no group so bounded (规模以上工业增加值, 集中开工项目), or of a group
    bounded otherwise (10亿元以上项目 written)."""
    said, written = bounds(asked), bounds(fact.get("indicator") or "")
    quote, at = fact.get("quote") or "", fact.get("quote_start", fact["start"])
    return bool(said) and (not said & written or bounds_a_group(quote, fact["start"] - at, fact["end"] - at))
