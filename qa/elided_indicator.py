"""The indicator a clause leaves out in a chain of parallel clauses (重点园区中，甲经开区实现营业收入852.7亿元，同比增长8.9%；
乙经开区521.6亿元，同比增长6.1%；丙高新区436.2亿元…): each later place is written with its figure alone, the indicator
said once, by the first clause. Read at answer time from the facts the indexer found, so that a question of the later
places (乙和丙的营收分别多少) finds their figures as it finds the first one's."""
from __future__ import annotations

import re

from qa.compose.base import Context

# what may stand between a place's name and its figure when the clause leaves the indicator out (乙经开区521.6亿元,
# 乙经开区为521.6亿元, 乙经开区完成521.6亿元): no word naming what is counted
_BARE = re.compile(r"[\s，,]*(?:实现|完成|达到?|为)?\s*")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def elided_indicator(ctx: Context, fact: dict) -> str:
    """The indicator of the chain's nearest earlier figure of the same unit, when `fact` has none, its clause is its
    place's name then its figure, and no sentence ends between the two; else ""."""
    if fact.get("indicator") or not fact.get("entity") or not _names_then_figure(ctx, fact):
        return ""
    chunks = {c["id"]: c for c in ctx.chunks.values() if c["doc"] == fact["doc"]}
    earlier = sorted((f for f in ctx.snapshot.facts if f["chunk"] in chunks and f["end"] <= fact["start"]
                      and f.get("unit") == fact.get("unit")), key=lambda f: f["start"], reverse=True)
    reached = fact["start"]
    for before in earlier:
        if _SENTENCE_END.search(_between(chunks.values(), before["end"], reached)):
            return ""
        if before.get("indicator"):
            return before["indicator"]
        reached = before["start"]  # a chain of three: the one before left it out too
    return ""


def _names_then_figure(ctx: Context, fact: dict) -> bool:
    """Whether the fact's clause writes its place's name right before its figure (乙经开区521.6亿元)."""
    chunk = ctx.chunks.get(fact["chunk"])
    if not chunk:
        return False
    text, at = chunk["text"], fact["start"] - chunk["start"]
    clause = re.split(r"[，,；;：:。]", text[:at])[-1]
    named = clause.rfind(fact["entity"])
    return named >= 0 and bool(_BARE.fullmatch(clause[named + len(fact["entity"]):]))


def _between(chunks, start: int, end: int) -> str:
    """The document's text from `start` to `end` as its chunks hold it, with a line break where none holds it (a
    paragraph's end)."""
    held = "".join(c["text"][max(0, start - c["start"]):max(0, end - c["start"])]
                   for c in chunks if c["start"] < end and c["start"] + len(c["text"]) > start)
    return held if len(held) >= end - start else held + "\n"
