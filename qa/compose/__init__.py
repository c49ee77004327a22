"""One composer per question kind (see base.py for the protocol they share).

`compose` tries the composer of the question's kind, then the figure composer: a question that reads
like a list or a comparison but that the bulletins answer in one sentence still gets that sentence.
"""
from __future__ import annotations

from qa.compose import compare, each, figure, how, listing, summary, trend
from qa.compose.base import Composed, Context

COMPOSERS = {"figure": figure.compose, "name": figure.compose, "list": listing.compose,
             "summary": summary.compose, "how": how.compose, "each": each.compose, "compare": compare.compose,
             "trend": trend.compose}


def compose(ctx: Context) -> Composed | None:
    own = COMPOSERS.get(ctx.kind, figure.compose)
    return own(ctx) or (figure.compose(ctx) if own is not figure.compose else None)
