"""The places a question names: regions and zones as the documents write them, and place names the
documents never mention (for partial coverage: answer the others, say which one no bulletin covers).

A name counts as a place when jieba tags it one (ns), or when it stands in an enumeration with a
known place (晋中、大同 / 阳泉和忻州): parallel items of one list are of one kind.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import jieba.posseg

from qa.question import _NOT_A_NAME, _ZONE, Corpus

_JOINER = set("、和与及跟同")
# words that qualify a kind of zone rather than name one (重点开发区, 省级开发区)
_QUALIFIER = re.compile(r"^(?:重点|主要|所有|全部|其他|其余|相关|有关|各类|部分|省级|国家级|工业类|农业类)")


@dataclass(frozen=True)
class Place:
    name: str
    start: int
    end: int
    region: str | None      # the region whose documents name it; None when none or several do
    known: bool             # some document mentions it


def _zones(text: str, corpus: Corpus) -> list[Place]:
    found = []
    for m in _ZONE.finditer(text):
        zone = m.group(0)
        for i in range(len(zone) - len(m.group(1)) - 1):  # leading words off until the documents' name
            if zone[i] in _NOT_A_NAME or _QUALIFIER.match(zone[i:]):
                continue
            owners = [r for r, t in corpus.region_texts.items() if r and zone[i:] in t]
            if owners:
                found.append(Place(zone[i:], m.start() + i, m.end(), owners[0] if len(owners) == 1 else None, True))
                break
    return found


def _unknown(text: str, corpus: Corpus, known: list[Place]) -> list[Place]:
    """Place names no document mentions: tagged as places, or listed beside a known place."""
    words, pos = [], 0
    for w in jieba.posseg.cut(text):
        words.append((w.word, w.flag, pos))
        pos += len(w.word)
    starts, ends = {p.start for p in known}, {p.end for p in known}
    found = []
    for k, (word, flag, at) in enumerate(words):
        if len(word) < 2 or word in corpus.all_text or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
            continue
        before = k > 0 and words[k - 1][0] in _JOINER and words[k - 1][2] in ends
        after = k + 1 < len(words) and words[k + 1][0] in _JOINER and words[k + 1][2] + 1 in starts
        if flag == "ns" or before or after:
            found.append(Place(word, at, at + len(word), None, False))
    return found


def named_places(text: str, corpus: Corpus) -> list[Place]:
    """Zones, regions and unknown place names of `text`, in order of appearance (a region inside a
    zone's name, 晋中 in 晋中开发区, is part of the zone)."""
    places = _zones(text, corpus)
    for region in sorted(corpus.regions, key=len, reverse=True):
        for m in re.finditer(re.escape(region), text):
            if not any(p.start <= m.start() < p.end for p in places):
                places.append(Place(region, m.start(), m.end(), region, True))
    places.sort(key=lambda p: p.start)
    places += _unknown(text, corpus, places)
    return sorted(places, key=lambda p: p.start)
