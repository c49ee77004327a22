"""Checks a generated answer against the citations it was written from, before anything of it is final.

Pure functions. `first_failure` returns the reason of the first failed check, or None when the text
may be shown:

- every `[n]` names a citation; for a list, summary or comparison, every citation is cited (no item lost);
- per sentence: every figure (the project's figure pattern; a Chinese-numeral count with its unit)
  equals a figure of a quote that sentence cites, and every other number stands in such a quote or in
  the period or issue its citation carries;
- per sentence: every place named (region, zone, or a place name the documents never mention) is written
  in a quote it cites or lies in the region of a citation it cites;
- per sentence: every period named matches the period of a citation it cites or is written in its quote;
- the short answer (the figure or name asked for) is still in the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from index.figures import CN_FIGURE
from index.periods import find_periods
from qa.answer import FIGURE
from qa.places import writes_zone

MARKER = re.compile(r"\[(\d+)\]")
_MARKER_GROUP = re.compile(r"[\[【]\s*(\d+(?:\s*[,，、]\s*\d+)*)\s*[\]】]")  # [1,2] 【1】 → [1][2] [1]
_SENTENCE_END = re.compile(r"(?<=[。！？!?\n])")
_LEADING_MARKERS = re.compile(r"^(?:\s*\[\d+\])+")
_NUMBER = re.compile(r"\d+(?:[.．]\d+)?")  # half- or full-width (２８６４．７)
KEEP_EVERY_CITATION = ("each", "compare", "trend", "list", "summary")  # kinds whose every item must stay


Places = Callable[[str], list]  # text -> the places it names (objects with name and region)


@dataclass(frozen=True)
class Sentence:
    text: str           # without its [n] markers
    cites: tuple[int, ...]


def normalise_markers(text: str) -> str:
    """Citation markers in the one form verification and display read: [1,2] and 【1】 become [1][2] and [1]."""
    return _MARKER_GROUP.sub(lambda m: "".join(f"[{n}]" for n in re.findall(r"\d+", m.group(1))), text)


def sentences(text: str) -> list[Sentence]:
    """The text cut after 。！？ and line ends; markers written just after the stop belong to its sentence."""
    pieces = [p for p in _SENTENCE_END.split(text) if p]
    merged: list[str] = []
    for piece in pieces:
        lead = _LEADING_MARKERS.match(piece)
        if lead and merged:
            merged[-1] += lead.group()
            piece = piece[lead.end():]
        if piece.strip():
            merged.append(piece)
    return [Sentence(MARKER.sub("", s).strip(), tuple(int(n) for n in MARKER.findall(s))) for s in merged]


def _figures(text: str) -> list[str]:
    return [re.sub(r"\s+", "", m.group()) for m in FIGURE.finditer(text)]


def _has_number(text: str, number: str) -> bool:
    return re.search(rf"(?<![\d.．]){re.escape(number)}(?![\d]|[.．]\d)", text) is not None


def _carried_periods(cited: list[dict]) -> list:
    """The periods the cited citations carry (their period labels) or their quotes name."""
    # each read alone: joined, the label's 1-4月 would swallow the quote's own 4月份
    return [p for c in cited for text in (c.get("period") or "", c.get("quote") or "") for p in find_periods(text)]


def _figure_failure(sentence: Sentence, cited: list[dict]) -> str | None:
    quotes = [c.get("quote") or "" for c in cited]
    quoted_figures = {f for q in quotes for f in _figures(q)}
    for figure in _figures(sentence.text):
        if figure not in quoted_figures:
            return f"figure_not_in_quote: {figure}"
    for m in CN_FIGURE.finditer(sentence.text):
        if not any(m.group() in q for q in quotes):
            return f"figure_not_in_quote: {m.group()}"
    return None


def _number_failure(sentence: Sentence, cited: list[dict]) -> str | None:
    quotes = [c.get("quote") or "" for c in cited]
    # a period may be written another way (上半年 for 1-6月): its months count as carried
    labels = " ".join([str(c.get(k) or "") for c in cited for k in ("period", "issue")]
                      + [f"{p.label} {p.start}-{p.end}月" for p in _carried_periods(cited)])
    for number in _NUMBER.findall(sentence.text):
        if not any(_has_number(t, number) for t in (*quotes, labels)):
            return f"number_not_in_quote: {number}"
    return None


def _place_failure(sentence: Sentence, cited: list[dict], places: Places) -> str | None:
    carried = {c.get("region") for c in cited} - {None}
    zones = {c.get("zone") for c in cited} - {None}  # a citation carries its zone as it carries its region
    for place in places(sentence.text):
        written = sentence.text[place.start:place.end]  # 琮东区 naming its zones: the county as the quote writes it
        quoted = [c.get("quote") or "" for c in cited]
        if place.region not in carried and written not in zones and not any(place.name in q or written in q
                                                                             for q in quoted):
            return f"region_not_cited: {place.name}"
    return None


def _period_failure(sentence: Sentence, cited: list[dict]) -> str | None:
    carried = _carried_periods(cited)
    for named in find_periods(sentence.text):
        if not any(named.matches(p) for p in carried):
            return f"period_not_cited: {named.label}"
    return None


def first_failure(text: str, citations: list[dict], places: Places, short: str = "",
                  kind: str | None = None) -> str | None:
    """Why `text` (markers normalised) may not be shown, or None when every check passes.
    `places(text)`: the places a text names, each with `name` and `region` (qa.places.named_places)."""
    if not text.strip():
        return "empty_answer"
    by_n = {int(c["n"]): c for c in citations}
    used = [int(n) for n in MARKER.findall(text)]
    missing = [n for n in used if n not in by_n]
    if missing:
        return f"unknown_citation: [{missing[0]}]"
    unused = [n for n in by_n if n not in used]
    if kind in KEEP_EVERY_CITATION and unused:
        return f"citation_dropped: [{unused[0]}]"
    for sentence in sentences(text):
        cited = [by_n[n] for n in sentence.cites]
        reason = (_figure_failure(sentence, cited) or _place_failure(sentence, cited, places)
                  or _period_failure(sentence, cited) or _number_failure(sentence, cited))
        if reason:
            return f"{reason}（{sentence.text[:40]}）"
    shown = MARKER.sub("", text)
    # a list of names may be restated apart, and a zone named in full (沅港经济技术开发区 for 沅港经开区)
    if short and not all(writes_zone(shown, part) for part in short.split("、")):
        return f"short_answer_missing: {short}"
    return None
