"""Entries of bulletins reported zone by zone (◆ XX高新技术产业开发区（XX市）): the region and zone of their chunks.

A zone's entry opens its city's region (the city in its brackets) and names the zone; these functions settle
what the line alone cannot: the city of an entry naming none, a city's own entry among zones', and the name the
entry's text writes for its zone. They work on `index.structure.Chunk`s in place."""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from index.zones import AFTER_NAME_ONLY, SHORT_KIND, ZONE_WORD, abbreviates, find_zones, written_short

if TYPE_CHECKING:
    from index.structure import Chunk


def place_zone_entries(chunks: list[Chunk], zones: set[str]) -> None:
    """The entry of a zone whose line names no city goes to the one region whose other text names the zone; in a
    brief that reports zones and no city at all (a city bureau's brief by zone: 一、XX高新区), each zone's entry is
    its own region, as a zone's line with its county makes it (（一）XX经开区（XX区））."""
    if not any(c.region for c in chunks):
        for chunk in chunks:
            chunk.region = chunk.zone if chunk.zone in zones else None
        return
    for zone in zones:  # in either form of its kind (蓥江经开区 of a table's 蓥江经济技术开发区); a row it leads first
        named = [c for c in chunks if c.region and c.zone != zone and written_short(zone) in written_short(c.text)]
        led = {c.region for c in named if written_short(c.text).startswith(written_short(zone))}
        owners = led if len(led) == 1 else {c.region for c in named}
        if len(owners) == 1:
            region = owners.pop()
            for chunk in chunks:
                chunk.region = region if chunk.zone == zone else chunk.region


def city_entries_of_their_zone(chunks: list[Chunk]) -> None:
    """In a bulletin reported zone by zone, a city's entry (◆ 雁丘市) reports through the zone of its own name that
    its first sentence naming one is about (2025年，雁丘经开区实现营业收入…): that zone's entry."""
    if not any(c.zone for c in chunks):
        return
    runs: list[list[Chunk]] = []
    for previous, chunk in zip([None, *chunks], chunks):
        if chunk.region and not chunk.zone:
            if previous is None or previous.zone or previous.region != chunk.region or not runs:
                runs.append([])
            runs[-1].append(chunk)
    entries = {c.zone for c in chunks if c.zone}
    for run in runs:
        named = next((zones[0][2] for c in run for zones in [find_zones(c.text)] if zones), None)
        city = run[0].region
        if (named and named.startswith(city) and not the_citys_zones(named[len(city):])
                and not any(named == e or abbreviates(named, e) for e in entries)
                and any(c.zone for c in chunks[:chunks.index(run[0])])):
            for chunk in run:  # not 桐川市开发区 (the city's zones as a whole), nor a zone with an entry of its own
                chunk.zone = named


def the_citys_zones(after_city: str) -> bool:
    """Whether what follows a city's name is a generic zone word (市开发区, 开发区): its zones as a whole."""
    rest = after_city.lstrip("市")
    return bool(ZONE_WORD.fullmatch(rest)) and rest not in AFTER_NAME_ONLY


def short_zone_names(chunks: list[Chunk]) -> None:
    """A zone entry's chunks name the zone as its text writes it most (鹤鸣经开区 under ◆ 鹤鸣经济技术开发区); so
    does the region of a zone that is its own (a city's brief by zone), as staff name it: when its text writes no
    short name (a scan misread it), the usual short form of its kind (琮州高新技术产业开发区 -> 琮州高新区)."""
    for zone in {c.zone for c in chunks if c.zone}:
        entry = [c for c in chunks if c.zone == zone]
        short = re.compile(re.escape(zone[:2]) + r"[\u4e00-\u9fff]{1,%d}?" % len(zone) + re.escape(zone[-1]))
        written = Counter(m.group() for c in entry for m in short.finditer(c.text) if abbreviates(m.group(), zone))
        name = written.most_common(1)[0][0] if written else zone
        if name == zone and any(c.region == zone for c in entry):
            name = next((zone[:-len(k)] + short for k, short in SHORT_KIND.items() if zone.endswith(k)), zone)
        for chunk in chunks:
            chunk.region = name if chunk.region == zone else chunk.region
        for chunk in entry:
            chunk.zone = name
