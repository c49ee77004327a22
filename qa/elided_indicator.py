"""The indicator a clause leaves out: in a chain of parallel clauses (重点园区中，甲经开区实现营业收入852.7亿元，同比增长8.9%；
乙经开区521.6亿元，同比增长6.1%；丙高新区436.2亿元…): each later place is written with its figure alone, the indicator
said once, by the first clause. Read at answer time from the facts the indexer found, so that a question of the later
places (乙和丙的营收分别多少) finds their figures as it finds the first one's. Likewise a clause restating its place's
figure at its level after the change or the round bound the clause before wrote (甲经开区营收突破两千亿元，达到2046.5亿元;
乙高新区营收增长两成，达到612.4亿元), and a change written after such an amount (…，同比增长9.2%: the amount's change)."""
from __future__ import annotations

import re

from index.periods import period_spans
from qa.compose.base import Context

# what may stand between a place's name and its figure when the clause leaves the indicator out (乙经开区521.6亿元,
# 乙经开区为521.6亿元, 乙经开区完成521.6亿元): no word naming what is counted
_BARE = re.compile(r"[\s，,]*(?:实现|完成|达到?|为)?\s*")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
# a clause of a verb and its figure alone, after a clause of its place (…突破两千亿元，达到2046.5亿元): the level reached
_LEVEL = re.compile(r"\s*(?:达到|达|实现|为|至)\s*")
# where a clause stops naming what it counts: its change, its bound, its verb or its figure (营收|增长两成, 营收|突破…)
_INDICATOR_END = re.compile(r"同比|环比|比上年|增长|下降|提高|提升|减少|突破|超过|跨越|迈上|站上|达到|实现|完成|为"
                            r"|[\d一二两三四五六七八九十百千万]")
# a change whose indicator names no measure (达到2046.5亿元，同比增长9.2%): the change of the amount before it
_BARE_CHANGE = re.compile(r"(?:同比|环比|比上年|较上年)?(?:增长|下降|增幅|降幅|减少|提高|回落)")


def elided_indicator(ctx: Context, fact: dict) -> str:
    """What `fact` counts when its clause leaves it out, else "": for a change of no measure (同比增长), the change of
    the amount its clause follows; for a figure of no indicator, the one of the clause before when its own clause is
    a verb and the figure (`_level_of`), else the chain's (`_of_chain`)."""
    indicator, chunk = fact.get("indicator") or "", ctx.chunks.get(fact["chunk"])
    if not fact.get("entity") or not chunk:
        return ""
    if _names_place_only(ctx, indicator):
        indicator = ""  # 分市看，甲市…营业收入合计2848.7亿元；乙市2227.3亿元: 乙市 names no measure, the chain's does
    if indicator:
        amount = _amount_before(ctx, chunk, fact) if _BARE_CHANGE.fullmatch(indicator) else None
        measured = amount and not amount.get("indicator") and elided_indicator(ctx, amount)
        return measured + indicator if measured else ""
    return _level_of(ctx, chunk, fact) or _of_chain(ctx, fact)


def _clauses_before(chunk: dict, fact: dict) -> list[str]:
    """The clauses of the fact's sentence up to its figure, the figure's own last (its text before the figure)."""
    text = chunk["text"][:fact["start"] - chunk["start"]]
    return re.split(r"[，,；;：:]", _SENTENCE_END.split(text)[-1])


def _amount_before(ctx: Context, chunk: dict, fact: dict) -> dict | None:
    """The figure of the same place written last in the clause right before the fact's (its amount), if any."""
    clauses = _clauses_before(chunk, fact)
    if len(clauses) < 2:
        return None
    begin = fact["start"] - len(clauses[-1]) - 1 - len(clauses[-2])
    before = [f for f in ctx.snapshot.facts_by_entity.get(fact["entity"], [])
              if f["chunk"] == fact["chunk"] and begin <= f["start"] and f["end"] <= fact["start"] - len(clauses[-1])]
    return max(before, key=lambda f: f["start"], default=None)


def _level_of(ctx: Context, chunk: dict, fact: dict) -> str:
    """The indicator of the clause before, when the fact's clause is a verb and its figure (达到612.4亿元) and the clause
    before names its place: that clause's figure's, or the words after the place's name up to its change, bound or
    figure, periods aside (乙高新区营收增长两成 → 营收)."""
    clauses = _clauses_before(chunk, fact)
    if len(clauses) < 2 or not _LEVEL.fullmatch(clauses[-1]) or fact["entity"] not in clauses[-2]:
        return ""
    amount = _amount_before(ctx, chunk, fact)
    if amount and amount.get("indicator") and amount.get("unit") == fact.get("unit"):
        return amount["indicator"]
    after = clauses[-2][clauses[-2].rfind(fact["entity"]) + len(fact["entity"]):]
    for start, end in reversed(period_spans(after)):
        after = after[:start] + after[end:]
    named = after[:m.start()] if (m := _INDICATOR_END.search(after)) else ""
    return named if len(named) >= 2 else ""


def _of_chain(ctx: Context, fact: dict) -> str:
    """The indicator of the chain's nearest earlier figure of the same unit, when the fact's clause is its place's name
    then its figure and no sentence ends between the two; else ""."""
    if not _names_then_figure(ctx, fact):
        return ""
    chunks = {c["id"]: c for c in ctx.chunks.values() if c["doc"] == fact["doc"]}
    earlier = sorted((f for f in ctx.snapshot.facts if f["chunk"] in chunks and f["end"] <= fact["start"]
                      and f.get("unit") == fact.get("unit")), key=lambda f: f["start"], reverse=True)
    reached = fact["start"]
    for before in earlier:
        if _SENTENCE_END.search(_between(chunks.values(), before["end"], reached)):
            return ""
        if before.get("indicator") and not _names_place_only(ctx, before["indicator"]):
            return before["indicator"]
        reached = before["start"]  # a chain of three: the one before left it out too (or wrote its place only)
    return ""


def _names_then_figure(ctx: Context, fact: dict) -> bool:
    """Whether the fact's clause writes its place's name right before its figure (乙经开区521.6亿元, 乙市2227.3亿元)."""
    chunk = ctx.chunks.get(fact["chunk"])
    if not chunk:
        return False
    text, at = chunk["text"], fact["start"] - chunk["start"]
    clause = re.split(r"[，,；;：:。]", text[:at])[-1]
    named = clause.rfind(fact["entity"])
    return named >= 0 and bool(_BARE.fullmatch(_PLACE_WORD.sub("", clause[named + len(fact["entity"]):], count=1)))


# the word of a place's level after its name (乙市, 乙县): still its name
_PLACE_WORD = re.compile(r"^[市县区]")


def _names_place_only(ctx: Context, indicator: str) -> bool:
    """Whether what the indexer read as a fact's indicator only names a place, its own or the chain's first one's, after
    any lead-in (乙市 of 乙市2227.3亿元; 分市看，甲市 of a chain whose first figure counts 甲市's zones: 两家)."""
    last = re.split(r"[，,；;：:]", indicator)[-1]
    return bool(last) and (last in ctx.corpus.regions or re.sub(r"[市县区]$", "", last) in ctx.corpus.regions)


def _between(chunks, start: int, end: int) -> str:
    """The document's text from `start` to `end` as its chunks hold it, with a line break where none holds it (a
    paragraph's end)."""
    held = "".join(c["text"][max(0, start - c["start"]):max(0, end - c["start"])]
                   for c in chunks if c["start"] < end and c["start"] + len(c["text"]) > start)
    return held if len(held) >= end - start else held + "\n"
