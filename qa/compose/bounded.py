"""A headline's round bound beside the amount its body states (超40亿元 over 41.7亿元 of the same period): the amount
answers, the bound only where no amount of the same place, period and unit bears it out."""
from __future__ import annotations

from index.figures import split_figure
from qa.figure_roles import borne_out, bound_side


def _figure(fact) -> tuple[str | None, float | None, str, str | None]:
    """(side, number, unit, period) of a fact row (a dict of the snapshot) or an answering Fact."""
    if isinstance(fact, dict):
        number, unit = fact.get("number"), fact.get("unit") or ""
        return bound_side(fact.get("quote") or "", fact.get("figure") or ""), number, unit, fact.get("period")
    try:
        number, unit = split_figure(fact.target.figure)
    except (AttributeError, ValueError):  # a figure no number reads (二期): neither a bound nor an amount
        return None, None, "", fact.period
    return bound_side(fact.quote, fact.target.figure), number, unit, fact.period


def _stated(bounded, exact) -> bool:
    side, bound, unit, period = _figure(bounded)
    _, amount, its_unit, its_period = _figure(exact)
    return None not in (bound, amount) and (unit, period) == (its_unit, its_period) and borne_out(side, bound, amount)


def exact_over_bounds(rows: list) -> list:
    """Rows (best first) without a bound whose amount another row nearly as good states."""
    exact = [r for r in rows if _figure(r.fact)[0] is None]
    return [r for r in rows if _figure(r.fact)[0] is None or not any(
        e.score >= 0.9 * r.score and e.unit_ok >= r.unit_ok and _stated(r.fact, e.fact) for e in exact)]


def exact_facts(facts: list) -> list:
    """Answering facts without a bound whose amount another fact of what is asked states, nearly as well."""
    figures = [f for f in facts if f.target]
    exact = [f for f in figures if _figure(f)[0] is None]
    return [f for f in facts if not f.target or _figure(f)[0] is None or not any(
        e.target.match >= 0.9 * f.target.match and e.target.unit_ok >= f.target.unit_ok and _stated(f, e)
        for e in exact)]
