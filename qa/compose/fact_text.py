"""The text around a fact's figure that says what it counts and whose it is: its clause, its sentence, and the whole
(全省) a sentence with no subject of its own carries on from the one before it."""
from __future__ import annotations

import re

from index.zones import ZONE_WORD
from qa.compose.base import Context
from qa.compose.row_cells import RELATIVE, figure_cells, row_header
from qa.mark_positions import mark_positions

SENTENCE_MARKS = "。！？\n"
# the whole a sentence reports on (全省开发区…); a sentence after it that names no place of its own goes on about it
_WHOLE = re.compile(r"全[省市县区国]")
_SENTENCE_END = re.compile(r"[。！？!?]")


def text_around(ctx: Context, fact: dict, marks: str, relative: bool = False) -> str:
    """The text around the fact's figure up to the nearest of `marks` either side; with `relative`, from
    the mark before when the figure is read against the one before it (占全市49% after 工业投资22亿元:
    what it counts is written there)."""
    chunk = ctx.chunks.get(fact["chunk"])
    if not chunk:
        return fact.get("quote") or ""
    text, at = chunk["text"], fact["start"] - chunk["start"]
    cells = figure_cells(text, at) if "，" in marks else None
    if cells:  # a table row has no clause marks: a figure's clause is the row's header and its own cells
        if relative and RELATIVE.match(text, cells[0]):
            cells = figure_cells(text, at, before=True)
        header = row_header(text, at)
        own = text[cells[0]:cells[1]]
        return own if own.startswith(header) else f"{header} {own}"
    found = mark_positions(text, marks)
    begin = max((i for i in found if i < at), default=-1) + 1
    if relative and begin > 0 and RELATIVE.match(text, begin):
        begin = max((i for i in found if i < begin - 1), default=-1) + 1
    return text[begin:min((i for i in found if i >= at), default=len(text))]


def sentence_of(ctx: Context, fact: dict) -> str:
    """The fact's sentence; one that names no place nor whole of its own (…环比增长2.6%。实际使用外资4.95亿美元，…)
    goes on about the whole the sentence before it opens with (1—5月，全省开发区实现…), which it is written after."""
    sentence = text_around(ctx, fact, SENTENCE_MARKS)
    chunk = ctx.chunks.get(fact["chunk"])
    if not chunk or _WHOLE.search(sentence) or _names_place(ctx, sentence):
        return sentence
    text, at = chunk["text"], fact["start"] - chunk["start"]
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    if not ends:
        return sentence
    before = text[ends[-2] if len(ends) >= 2 else 0:ends[-1]]
    whole = _WHOLE.search(before)
    return f"{whole.group()}{sentence}" if whole and not _names_place(ctx, before[:whole.start()]) else sentence


def _names_place(ctx: Context, text: str) -> bool:
    return any(name and name in text for name in ctx.corpus.regions) or bool(ZONE_WORD.search(text))


def carried_zone(ctx: Context, fact: dict) -> str | None:
    """The zone a sentence that names no place nor whole of its own goes on about: the one zone the nearest sentence
    before it naming any writes (珩州经济技术开发区2025年实现营业收入…。全年新签约亿元以上项目63个: the zone's 63个, though
    the indexer files it under the city the passage is of); None where that sentence names another place or several."""
    chunk = ctx.chunks.get(fact["chunk"])
    sentence = text_around(ctx, fact, SENTENCE_MARKS)
    if not chunk or _WHOLE.search(sentence) or _names_place(ctx, sentence):
        return None
    text, at = chunk["text"], fact["start"] - chunk["start"]
    ends = [0] + [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    for begin, end in reversed(list(zip(ends, ends[1:]))):
        before = text[begin:end]
        if _WHOLE.search(before) or _names_place(ctx, before):
            zones = {e for e in ctx.snapshot.facts_by_entity if e and ZONE_WORD.search(e) and e in before}
            longest = {z for z in zones if not any(z != o and z in o for o in zones)}
            return next(iter(longest)) if len(longest) == 1 and not _WHOLE.search(before) else None
    return None
