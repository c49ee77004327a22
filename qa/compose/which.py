"""which: the places whose figure is the one the question gives (哪个开发区增速是14.5%？) or above or below it
(晋中哪些开发区增速超过10%？ 工业投资低于10亿元的开发区有哪几个？), from the fact rows; the places in `short`."""
from __future__ import annotations

import re

from index.figures import split_figure
from qa.compose.base import Composed, Context
from qa.compose.rows import entities, evidence, matching_rows, newest_best, question_weights, table_row

_ASKS_WHICH = re.compile(r"哪[个家些几一]|谁")
_ABOVE = re.compile(r"超过|高于|大于|多于|以上|不低于|不少于")
_BELOW = re.compile(r"低于|小于|少于|不到|不足|以下")


# what follows a figure given as the value asked (…14.5%？ …7.06亿元的是哪个), not as a qualifier of a noun
# (10亿元以上项目, 年产10000吨聚酰胺)
_VALUE_END = re.compile(r"(?:以上|以下)?(?:的是|是|说的是|指的是|的(?=[？?。，,]|$)|呢|[？?。，,]|$)")


def _given_value(text: str, figure: str) -> bool:
    """Whether the question gives `figure` as the value it asks about, compared with (超过10%) or stated; a position
    (排名第1位的是哪个) is none."""
    at = text.find(figure)
    return not text[max(0, at - 1):at] == "第" and bool(_ABOVE.search(text, max(0, at - 3), at) or _BELOW.search(text, max(0, at - 3), at)
                or _VALUE_END.match(text, at + len(figure)))


def _passes(number: float, given: float, text: str) -> bool:
    if _ABOVE.search(text):
        return number > given or (number == given and "以上" in text)
    if _BELOW.search(text):
        return number < given or (number == given and "以下" in text)
    return number == given


def compose(ctx: Context) -> Composed | None:
    text, given = ctx.question.text, ctx.question.given
    if len(given) != 1 or not _ASKS_WHICH.search(text) or not _given_value(text, given[0]):
        return None
    number, unit = split_figure(given[0])
    skip = given[0] + "".join(m.group() for pattern in (_ABOVE, _BELOW) for m in pattern.finditer(text))
    weights = question_weights(ctx, skip)
    if not weights:
        return None
    found = []
    for name in entities(ctx):
        rows = [r for r in matching_rows(ctx, name, weights=weights) if r.fact.get("unit") == unit]
        row = next((r for r in rows if r.fact["figure"] == given[0]), None) if not (
            _ABOVE.search(text) or _BELOW.search(text)) else newest_best(rows)
        if row and _passes(row.fact["number"], number, text):
            found.append((name, row))
    if not found:
        return None
    cited = [evidence(ctx, row) for _, row in found]
    lines = [f"{k}. {name}：{ev.quote}[{k}]" + (f"（{row.period}）" if row.period else "")
             for k, ((name, row), ev) in enumerate(zip(found, cited), 1)]
    return Composed(ctx.kind, "\n".join(lines), cited, short="、".join(name for name, _ in found),
                    table=[table_row(row, k) for k, (_, row) in enumerate(found, 1)])
