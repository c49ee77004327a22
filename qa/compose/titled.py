"""The bulletin a question names by its subject: a word of one bulletin's title that no other bulletin writes
(督查 of …重点工作督查情况的通报 beside monthly 快报 that never mention one) asks about that bulletin alone."""
from __future__ import annotations

from index.periods import parse_period
from qa.compose.base import Context

MIN_WORD = 2  # one character names no subject


def bulletin_named(ctx: Context) -> str | None:
    """The one bulletin whose title holds a word of the question that no other bulletin writes in its title or text,
    and of the period asked if one is (一季度督查); None when the asker chose a bulletin, the question names a place
    (its bulletins are chosen by it), or no word names one bulletin alone."""
    if ctx.doc or any(p.known for p in ctx.places):
        return None
    asked = ctx.question.period
    titles = {c["doc"]: c.get("title") or "" for c in ctx.snapshot.chunks
              if not asked or any(asked.matches(p) for p in filter(None, [parse_period(c.get("doc_period"))]))}
    for word in (t for t in ctx.question.terms if len(t) >= MIN_WORD):
        titled = [doc for doc, title in titles.items() if word in title]
        if len(titled) == 1 and not any(word in c["text"] or word in (c.get("title") or "")
                                        for c in ctx.snapshot.chunks if c["doc"] != titled[0]):
            return titled[0]
    return None
