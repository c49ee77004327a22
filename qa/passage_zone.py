"""A zone's passage: one whose first sentence names the zone and no other (珩州经济技术开发区2025年实现营业收入…。全年
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
    others = [name for _, _, name in find_zones(passage) if not writes_zone(name, zone, region)
              and zone_key(name) != zone_key(zone)]
    return writes_zone(first, zone, region) and not others and not _WHOLE.search(sentence)
