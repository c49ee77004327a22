"""A headline's round bound beside the amount its body states (超40亿元 over 41.7亿元 of the same period): the amount
answers, the bound only where no amount of the same place, period and unit bears it out."""
from __future__ import annotations

import re

# a word right before a figure saying the amount is more (超40亿元, 突破8亿元) or less (近3亿元) than it
_MORE = re.compile(r"(?:超过|(?<!赶)超|逾|突破|超出)$")
_LESS = re.compile(r"(?:将近|接近|(?<![最附将接])近|不到|不足)$")
_NEAR = 0.25  # a bound is rounded from the amount: within a quarter of it


def _bound(fact: dict) -> str | None:
    """"more" or "less" when the fact's figure is written as a bound, else None."""
    quote, figure = fact.get("quote") or "", fact.get("figure") or ""
    at = quote.find(figure)
    before = quote[:at] if at >= 0 else ""
    return "more" if _MORE.search(before) else "less" if _LESS.search(before) else None


def borne_out(bounded: dict, exact: dict) -> bool:
    """Whether `exact` is the amount `bounded` rounds: same period and unit, on the bound's side, near it."""
    bound, amount = bounded.get("number"), exact.get("number")
    if bound is None or amount is None or bound <= 0 or (bounded.get("period"), bounded.get("unit")) != (
            exact.get("period"), exact.get("unit")):
        return False
    side = amount > bound if _bound(bounded) == "more" else amount < bound
    return side and abs(amount - bound) <= _NEAR * bound


def exact_over_bounds(rows: list) -> list:
    """The rows (best first) without a bound whose amount another row nearly as good states."""
    exact = [r for r in rows if _bound(r.fact) is None]
    return [r for r in rows if _bound(r.fact) is None or not any(
        e.score >= 0.9 * r.score and e.unit_ok >= r.unit_ok and borne_out(r.fact, e.fact) for e in exact)]
