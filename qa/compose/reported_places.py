"""list: the places a bulletin reports a figure of (发布会上通报了营收的有哪几个市, 介绍了哪些市的外资): every place
whose own figure of the indicator asked one bulletin writes, in the order it writes them, each cited. Asking which
places were reported on asks no ranking and no condition: the figures are shown, not ordered by size, and a place
named only in passing (a zone's reason for a fall) is no place reported."""
from __future__ import annotations

import re
from collections import Counter

from qa.compose.base import Composed, Context
from qa.compose.compare import ranked
from qa.compose.rows import evidence

# a verb of telling what a bulletin or a speaker reported, and the places asked (哪几个市, 哪些县), either first
_TOLD = r"(?:通报|介绍|公布|发布|提到|提及|讲到|说到|谈到|披露|报告|点到)(?:了|过)?"
_PLACES = r"(?:哪几个|哪几|哪些)(?:城市|地市|市|县|区县)"
ASKED = re.compile(rf"{_TOLD}[^，,。？?]{{0,12}}?{_PLACES}|{_PLACES}[^，,。？?]{{0,12}}?{_TOLD}")
MIN_PLACES = 2  # one place is no list of those reported


def compose(ctx: Context) -> Composed | None:
    rows, _ = ranked(ctx)
    docs = Counter(row.fact.get("doc") for _, row in rows)
    if not docs:
        return None
    doc = docs.most_common(1)[0][0]  # one bulletin's report: the one reporting most of them
    rows = sorted(((name, row) for name, row in rows if row.fact.get("doc") == doc),
                  key=lambda pair: pair[1].fact["start"])
    if len(rows) < MIN_PLACES:
        return None
    cited = [evidence(ctx, row) for _, row in rows]
    periods = list(dict.fromkeys(row.period for _, row in rows if row.period))
    lines = [f"{'、'.join(name for name, _ in rows)}（共{len(rows)}个" + (f"，{periods[0]}" if len(periods) == 1 else "")
             + "）："]
    lines += [f"{k}. {ev.quote}[{k}]" for k, ev in enumerate(cited, 1)]
    return Composed("list", "\n".join(lines), cited)
