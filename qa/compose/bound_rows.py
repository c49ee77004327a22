"""list: the rows of a table whose amount meets the bound the question writes (亿元以上项目有哪些, 10亿元以上的项目都有
哪些, 超过5000万的项目): an amount with 以上 after it, or 超过/高于/大于/不低于 before it, filters the rows by their own
figure; it is no phrase to find. Each row meeting it is quoted whole and cited under the table's caption; a table
whose rows' amounts meet none of it says so (withheld: no row is shown for a bound it does not meet)."""
from __future__ import annotations

import re

from qa.compose.base import Composed, Context, Evidence
from qa.compose.table_items import of_period
from qa.kinds import thing_asked
from qa.table_runs import row_runs

_AMOUNT = r"(\d+(?:\.\d+)?)?\s*(亿|万)元?"
# 亿元以上, 10亿元及以上; 超过5000万, 不低于1亿元
BOUND = re.compile(rf"{_AMOUNT}(?:及)?以上|(?:超过|高于|大于|多于|不低于|不少于){_AMOUNT}")
_ROW_AMOUNT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)(亿|万)元")
_YUAN = {"亿": 1e8, "万": 1e4}
_TOTAL_ROW = re.compile(r"^(?:合计|总计|小计|共计)\s")
_THING = re.compile(r"的?([\u4e00-\u9fff]{2})")  # what the bound is of: 项目 of 亿元以上项目, 超过5000万的项目


def asked(text: str) -> bool:
    return bool(BOUND.search(text))


def _bound(text: str) -> tuple[float, str] | None:
    """The bound in yuan, and as the question writes it."""
    m = BOUND.search(text)
    number, unit = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
    return (float(number or 1) * _YUAN[unit], m.group()) if unit else None


def compose(ctx: Context) -> Composed | None:
    bound = _bound(ctx.question.text)
    if not bound:
        return None
    names = [ctx.question.text[p.start:p.end] for p in ctx.places if p.known]
    after = _THING.match(ctx.question.text, BOUND.search(ctx.question.text).end())
    thing = after.group(1) if after else thing_asked(ctx.question.text)  # 哪些项目总投资超过20亿元: asked before it
    titles, held = [], []
    for caption, rows in row_runs(ctx.snapshot.chunks, lambda chunk: of_period(ctx, chunk)):
        amounts = [_ROW_AMOUNT.findall(row["text"]) for row in rows]
        things = [caption or ""] + [row["text"] for row in rows]
        if len(rows) < 2 or any(len(found) != 1 for found in amounts) or not thing \
                or not (thing in things[0] or all(thing in text for text in things[1:])):
            continue  # a table of one amount per row, of the things asked (项目 in its caption or every row)
        mine = [(row, found[0]) for row, found in zip(rows, amounts) if all(n in row["text"] for n in names)
                and not _TOTAL_ROW.match(row["text"])]  # the table's sum (合计 …): no thing of its own
        titles += [caption or "表中"] if mine else []
        held += [row for row, (number, unit) in mine if float(number) * _YUAN[unit] >= bound[0]]
    if not titles:
        return None
    if not held:
        ctx.extra["withheld_final"] = f"已索引的公报中，{titles[0]}里没有{bound[1]}的，不作回答。"
        return None
    evidence = [Evidence(row, 0, len(row["text"].rstrip("。")), row.get("period"), 1.0) for row in held]
    lines = [f"{titles[0]}中{bound[1]}的有{len(held)}个："]
    lines += [f"{k}. {ev.quote}[{k}]" for k, ev in enumerate(evidence, 1)]
    return Composed("list", "\n".join(lines), evidence)
