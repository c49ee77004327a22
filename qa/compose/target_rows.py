"""name, list and compare: the rows of a table of indicators against their targets (`指标 | 单位 | 完成值 | 目标 | 完成率`) asked by
their completion rate: the indicator whose rate is highest or lowest (完成率最低的指标), or the indicators that missed
their target, met it, or reached less than half of it (没完成目标的指标, 完成了目标的, 完成率没过半的). The rate is a
row's cell under the column named 完成率; the rows are those of the question's place, in the bulletin of its period,
each quoted whole and cited."""
from __future__ import annotations

import re

from qa.compose.base import Composed, Context, Evidence
from qa.compose.table_items import of_period
from qa.table_runs import cell_after, column_names, row_name, row_runs

ASKED = re.compile(r"指标(?=.*(?:完成率|目标|达标|过半|一半))|(?:完成率|目标|达标|过半|一半).*指标")
_RATE_COLUMN = re.compile(r"完成率")
_HIGHEST, _LOWEST = re.compile(r"最高|最大|最好"), re.compile(r"最低|最小|最差")
# a bound of the rate, as staff say it: missed first (没完成目标 writes 完成目标 too)
_BOUNDS = ((re.compile(r"(?:没有?|未|尚未)(?:能)?(?:完成|达到|实现)(?:年度|全年)?(?:目标|任务)|(?:没有?|未)达标"),
            lambda rate: rate < 100, "不到100%"),
           (re.compile(r"(?:没有?|未|不)(?:过半|超过一半|到一半|达到一半)|不足一半"), lambda rate: rate < 50, "不到50%"),
           (re.compile(r"(?:完成|达到|实现)了?(?:年度|全年)?(?:目标|任务)|超额完成|达标"), lambda rate: rate >= 100,
            "达到100%及以上"))
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _rates(ctx: Context) -> tuple[str, list[tuple[dict, float]]] | None:
    """(the rate column, [(row, its rate)]) of the first table of the question's place and period with a 完成率 column."""
    for _, rows in row_runs(ctx.snapshot.chunks, lambda chunk: of_period(ctx, chunk)):
        rows = [row for row in rows if not ctx.question.region or row.get("region") == ctx.question.region]
        columns = column_names(rows) if len(rows) >= 2 else set()
        column = next((c for c in columns if _RATE_COLUMN.search(c)), None)
        cells = [(row, _NUMBER.match(cell_after(row["text"], column, columns) or "")) for row in rows] if column else []
        rated = [(row, float(cell.group())) for row, cell in cells if cell]
        if len(rated) >= 2:
            return column, rated
    return None


def compose(ctx: Context) -> Composed | None:
    found, asked = _rates(ctx), ctx.question.text
    if not found:
        return None
    column, rated = found
    bound = next(((keep, said) for pattern, keep, said in _BOUNDS if pattern.search(asked)), None)
    if _HIGHEST.search(asked) or _LOWEST.search(asked):
        highest = bool(_HIGHEST.search(asked))
        held = [(max if highest else min)(rated, key=lambda pair: pair[1])[0]]
        lead = f"{column}{'最高' if highest else '最低'}的是"
    elif bound:
        held = [row for row, rate in rated if bound[0](rate)]
        lead = f"{column}{bound[1]}的有{len(held)}项："
    else:
        return None
    if not held:
        return None  # none under the bound: what the bulletin says of it is for the other composers
    evidence = [Evidence(row, 0, len(row["text"].rstrip("。")), row.get("period"), 1.0) for row in held]
    names = [row_name(row["text"]) for row in held]
    lines = [f"{k}. {ev.quote}[{k}]" for k, ev in enumerate(evidence, 1)]
    return Composed(ctx.kind, f"{lead}{'、'.join(names)}：\n" + "\n".join(lines), evidence,
                    names[0] if len(names) == 1 else "")
