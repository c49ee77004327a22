"""A zone's own report: a document whose title names one zone and no other place (XX经济技术开发区2025年工作总结,
XX高新区上半年自查报告). It is written in the first person (我区, 本区, 园区): the zone's name stands only in the
title and the 落款, its city nowhere, so no passage opens with a place and every one would stay in no region.
Every passage of no region is that zone's (its facts take the zone as entity, index.facts); its city is the one
the zone's name starts with, known once every bulletin is read (index.zone_cities)."""
from __future__ import annotations

import re

from index.zones import find_zones

# a place's name in a title beside the zone's (XX市, XX省, XX县): a report on more than the one zone
_OTHER_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}?[省市县州盟旗]")


def own_zone(title_lines: list[str]) -> str | None:
    """The one zone the title lines name, when they name no other place (no 全省…, no XX市 beside it)."""
    zones = {name for line in title_lines for _, _, name in find_zones(line)}
    if len(zones) != 1:
        return None
    zone = zones.pop()
    rest = " ".join(title_lines).replace(zone, " ")
    return None if _OTHER_PLACE.search(rest) or "全" in rest else zone


def mark_own_zone(chunks: list[dict], title_lines: list[str]) -> None:
    """Give every chunk of no region the zone of a zone's own report (see the module's docstring), marked
    `own_zone` for index.zone_cities: its table rows and 落款 are the zone's too."""
    if any(c["region"] for c in chunks):
        return
    zone = own_zone(title_lines)
    for chunk in chunks if zone else []:
        chunk["zone"], chunk["own_zone"] = chunk["zone"] or zone, True
