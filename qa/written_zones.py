"""The question with its zones named as the documents write them: a zone word shared by a list of names given to
each, a kind of zone alone named as the city's own or as the place's of the zone before it, a zone's place alone as
that zone, and each zone name as written (`qa/places.py`'s written_zone)."""
from __future__ import annotations

import re

from index.periods import period_spans
from index.zones import AFTER_NAME_ONLY, ZONE_WORD, find_zones
from qa.corpus import Corpus
from qa.places import ZONE_END, written_zone


# bare place names listed before one zone word they share (祁县、榆社两个经开区, 平定和盂县经开区)
_SHARED_ZONE_WORD = re.compile(r"((?:[\u4e00-\u9fff]{2,4}[、和与及跟])+[\u4e00-\u9fff]{2,4}?)"
                               rf"(?:这?[两三四五六七八九几]个)?({ZONE_WORD.pattern})")
_LIST_JOINER = re.compile(r"[、和与及跟]")
_CITIES_COUNTED = re.compile(r"[两三四五六七八九几]个?(?:城)?市$")  # 鹤鸣和澄湖两市开发区: the cities' zones, no zone's name


def _as_zone(name: str, word: str, corpus: Corpus) -> str | None:
    if ZONE_WORD.search(name) or "区" in name:
        return None  # 盂县经开区和平定经开区: each already a zone
    zone = name + word
    return zone if corpus.contains(zone) else written_zone(zone, corpus)


def _ends_with_region(text: str, corpus: Corpus) -> bool:
    return any(text.endswith(region) for region in corpus.regions)


def _shared_zone_word(names: str, word: str, corpus: Corpus) -> tuple[int, list[str]] | None:
    """(where the first name starts in `names`, each listed name with the zone word as the documents write
    it); the first name's text may start before the name (对比祁县). None unless every name is a zone."""
    first, *rest = _LIST_JOINER.split(names)
    skipped = 0
    # 阳泉高新区、平定、盂县经开区: a zone named whole before the bare names keeps its name (not a district: 榉口区)
    while rest and (ZONE_WORD.search(first) or (first.endswith("区") and not _ends_with_region(first[:-1], corpus))):
        skipped += len(first) + 1
        first, *rest = rest
    head = next((n for n in (first[-k:] for k in (4, 3, 2) if len(first) >= k) if _as_zone(n, word, corpus)), None)
    zones = [_as_zone(n, word, corpus) for n in ([head] if head else []) + rest]
    if not head or not all(zones):
        return None
    return skipped + len(first) - len(head), zones


def _with_shared_zone_word(text: str, corpus: Corpus) -> str:
    """祁县、榆社两个经开区 → 祁县经开区、榆社经开区: the zone word of a list given to each name in it. A period
    before the list is no part of its first name (前10个月朔溪市和榴城市开发区: not 月朔溪…)."""
    masked = text
    for start, end in period_spans(text):
        masked = masked[:start] + " " * (end - start) + masked[end:]
    for m in reversed(list(_SHARED_ZONE_WORD.finditer(masked))):
        found = None if _CITIES_COUNTED.search(m.group(1)) else _shared_zone_word(m.group(1), m.group(2), corpus)
        if found:
            text = text[:m.start() + found[0]] + "、".join(found[1]) + text[m.end():]
    return text


# a kind of zone written alone, no whole's (全省综保区, 各经开区, 省级高新区): the home zone of that kind
_BARE_KIND = re.compile(r"(?<![全各省级家国])(?:" + "|".join(sorted(AFTER_NAME_ONLY, key=len, reverse=True)) + ")")


def _with_home_zones(text: str, corpus: Corpus) -> str:
    """高新区呢 → 琮州高新区呢: in a city's briefs by zone, a kind of zone alone is the city's own zone of that kind
    (`Corpus.home_zones`), as its staff call it."""
    periods = period_spans(text)  # 一季度高新区: a period before the kind, no zone's name
    named = [(start, end, name) for start, end, name in find_zones(text)
             if not any(s <= start and start < e for s, e in periods)]
    for m in reversed(list(_BARE_KIND.finditer(text)) if corpus.home_zones else []):
        home = corpus.home_zones.get(m.group())
        if home and not any(start < m.end() and m.start() < end for start, end, _ in named):
            text = text[:m.start()] + home + text[m.end():]
    return text


_JOINED_KIND = re.compile(r"[、和与及跟同](?:" + "|".join(sorted(AFTER_NAME_ONLY, key=len, reverse=True)) + ")")


def _with_shared_place(text: str, corpus: Corpus) -> str:
    """珩州经开区和高新区 → 珩州经开区和珩州高新区: a kind of zone listed alone after a zone named whole is that zone's
    place's zone of the kind, when the documents write it so."""
    zones = find_zones(text)
    for m in reversed(list(_JOINED_KIND.finditer(text))):
        before = next((name for _, end, name in zones if end == m.start()), None)
        kind = ZONE_END.search(before or "")
        if not kind or any(start < m.end() and m.start() + 1 < end for start, end, _ in zones):
            continue  # no zone right before; or the kind is itself a zone's name's end (和平经开区)
        zone = before[:kind.start()] + m.group()[1:]
        if corpus.contains(zone) or written_zone(zone, corpus):
            text = text[:m.start() + 1] + zone + text[m.end():]
    return text


# what may follow a zone's place written alone (萸江呢, 萸江和…, 萸江一季度): not 萸江港, 萸江县, 萸江经开区
_AFTER_BARE_PLACE = re.compile(r"$|[呢和与及跟同、，,？?。的在\s]")


def _with_zone_places(text: str, corpus: Corpus) -> str:
    """萸江呢 → 萸江经开区呢: in a brief whose regions are zones, a zone's place written alone is that zone, when no
    other zone region has that place."""
    zones: dict[str, list[str]] = {}
    for region in corpus.regions:
        kind = ZONE_END.search(region)
        if kind and kind.start() >= 2 and find_zones(region) == [(0, len(region), region)]:
            zones.setdefault(region[:kind.start()], []).append(region)
    periods = {start for start, _ in period_spans(text)}
    for place, (zone, *others) in zones.items():
        for m in [] if others else reversed(list(re.finditer(re.escape(place), text))):
            if text.startswith(zone, m.start()) or not (m.end() in periods or _AFTER_BARE_PLACE.match(text, m.end())):
                continue
            text = text[:m.start()] + zone + text[m.end():]
    return text


def with_written_zones(text: str, corpus: Corpus) -> str:
    """The question with each zone name the documents never write put as they write it (see written_zone),
    a zone word shared by a list of names given to each (see _with_shared_zone_word), a kind of zone alone
    named as the city's own (see _with_home_zones) or as the place's of the zone listed before it (see
    _with_shared_place) and a zone's place alone as that zone (see _with_zone_places)."""
    text = _with_home_zones(_with_shared_zone_word(_with_zone_places(text, corpus), corpus), corpus)
    text = _with_shared_place(text, corpus)
    for start, end, name in reversed(find_zones(text)):
        written = written_zone(name, corpus)
        text = text[:start] + written + text[end:] if written else text
    return text
