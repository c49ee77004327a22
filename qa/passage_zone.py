"""A zone's passage: one whose first sentence (or its title) names the zone and no other (珩州经济技术开发区2025年实现营业收入…。全年
新签约亿元以上项目63个，协议投资额512.3亿元。). Its later sentences tell of that zone without naming it again, unless
they speak of a whole (全市, 全省) or name another zone."""
from __future__ import annotations

import re

from index.zones import find_zones
from qa.places import writes_zone, zone_key

_FIRST_SENTENCE = re.compile(r"[^。！？!?\n]*")
_WHOLE = re.compile(r"全[省市县区]|各[市县区]|我[省市县区]")


def of_zones_passage(passage: str, sentence: str, zone: str, region: str | None) -> bool:
    """Whether `sentence` of `passage` tells of `zone`: the passage opens naming it, names no other zone, and the
    sentence speaks of no whole."""
    first = _FIRST_SENTENCE.match(passage.lstrip()).group()
    return writes_zone(first, zone, region) and _of_it_alone(passage, sentence, zone, region)


def under_zones_title(passage: str, sentence: str, zone: str, meta: dict) -> bool:
    """Whether `sentence` of `passage` tells of `zone` by the title it stands under (its item, a box's: 专栏２
    柘泉经开区“链长制”招商; else the line naming its place, a slide's: 葳山市 | 葳山经开区上半年运行情况): the title names
    the zone and no other, as the passage does, and the sentence speaks of no whole. Such a title names its zone as a
    sentence would."""
    region = meta.get("region")
    title = meta.get("item") or (meta.get("place_line") or {}).get("text") or ""
    return writes_zone(title, zone, region) and not any(_another(name, zone, region) for _, _, name in find_zones(title)) \
        and _of_it_alone(passage, sentence, zone, region)


def _of_it_alone(passage: str, sentence: str, zone: str, region: str | None) -> bool:
    return not any(_another(name, zone, region) for _, _, name in find_zones(passage)) and not _WHOLE.search(sentence)


def _another(name: str, zone: str, region: str | None) -> bool:
    return not writes_zone(name, zone, region) and zone_key(name) != zone_key(zone)
