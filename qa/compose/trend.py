"""trend: one entity's figure for what is asked, one per bulletin, oldest first."""
from __future__ import annotations

from qa.compose.base import Composed, Context
from qa.compose.rows import evidence, matching_rows, table_row


def _entity(ctx: Context) -> list[str]:
    """The place asked about, then its region (晋中开发区 may mean the zone or 晋中's zones)."""
    known = [p for p in ctx.places if p.known]
    names = [known[0].name, known[0].region] if known else [ctx.question.region]
    return [n for n in dict.fromkeys(names) if n]


def _one_unit(rows: list) -> list:
    """The rows of the unit most bulletins report the figure in (亿元 each period, not a % one period
    has), best first: a trend compares like with like."""
    issues: dict[str | None, set[str]] = {}
    for row in rows:
        issues.setdefault(row.fact.get("unit"), set()).add(row.fact["doc"])
    unit = max(issues, key=lambda u: len(issues[u]), default=None)  # ties: the best row's unit (dicts keep order)
    return [row for row in rows if row.fact.get("unit") == unit]


def compose(ctx: Context) -> Composed | None:
    for name in _entity(ctx):
        per_issue: dict[str, object] = {}
        for row in _one_unit(matching_rows(ctx, name, period_filter=False)):  # best first: the first per bulletin stays
            per_issue.setdefault(row.fact["doc"], row)
        rows = sorted(per_issue.values(), key=lambda r: r.fact.get("as_of") or 0)
        if len(rows) >= 2:
            break
    else:
        return None
    lines = [f"{name}，按期（从早到晚）："]
    cited = [evidence(ctx, row) for row in rows]
    lines += [f"{row.period or '时期不明'}：{ev.quote}[{k}]" for k, (row, ev) in enumerate(zip(rows, cited), 1)]
    return Composed("trend", "\n".join(lines), cited,
                    table=[table_row(row, k) for k, row in enumerate(rows, 1)])
