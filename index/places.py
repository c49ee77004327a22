"""Place names from a maintained gazetteer: China's provinces, cities, counties and districts.

The names come from the `cpca` package's bundled adcodes table (read as data, offline: importing
cpca itself needs the removed `pkg_resources`). A region label is a place (晋中, 晋中市 -> 晋中) or a
development zone named with its place (阳泉高新区, 平定经开区); a heading like 法学 or 首页 is neither.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import metadata

# what a place's formal name ends with, and what a development zone's name ends with
_ADMIN_SUFFIX = re.compile(r"(?:省|市|自治区|特别行政区|自治州|地区|盟|县|自治县|旗|区)$")
ZONE_SUFFIX = r"(?:经济技术开发区|高新技术产业开发区|经开区|高新区|开发区|农高区|示范区|产业园|工业园|园区|新区|综保区|保税区|合作区)"
NO_PARTICULAR = frozenset("各全本该这其此每")  # 各开发区, 全市开发区, 各县区: no particular zone or place
MAX_ZONE_MIDDLE = 10     # 左权 + 生态文化旅游 + 示范区
_PART_OF = re.compile(r"[市县区旗]?([\u4e00-\u9fff]{2,10})")
_TOTAL_WORDS = frozenset("合计 总计 小计 全部 平均".split())


def names_part(name: str, region: str | None) -> bool:
    """Whether a table's row header names a part of its region (芷川高新园 of 芷川, 蓼城集中区 of 蓼城): the
    region's name, then a name of two or more characters that is no total (芷川合计) and not the region's own
    name in full (芷川区). Tables list a region's parks so, by names no zone word need end."""
    rest = _PART_OF.fullmatch(name[len(region):]) if region and name.startswith(region) else None
    return bool(rest) and rest.group(1) not in _TOTAL_WORDS


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, str], dict[str, str]]:
    """(formal or common name -> the label used for it, short form -> label) from cpca's table.

    Provinces and prefecture-level cities are labelled without their suffix (晋中市 -> 晋中), as
    cpca matches them; counties and districts keep it (平定县), since their short forms are
    often ordinary words. Short forms of those serve only before a zone word (平定 + 经开区).
    """
    path = metadata.distribution("cpca").locate_file("cpca/resources/adcodes.csv")
    names: dict[str, str] = {}
    short: dict[str, str] = {}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name, code = row["name"], row["adcode"][:6]
            stem = _ADMIN_SUFFIX.sub("", name)
            county = not code.endswith("00")
            label = name if county or len(stem) < 2 else stem
            names[name] = label
            if len(stem) >= 2:
                short.setdefault(stem, label)
                if not county:
                    names.setdefault(stem, label)
    return names, short


def place_label(text: str) -> str | None:
    """The region label when `text` is exactly a place or a development zone named with its place."""
    text = text.strip()
    names, short = _gazetteer()
    if text in names:
        return names[text]
    for prefix in _place_prefixes(text):
        rest = text[len(prefix):]
        m = re.fullmatch(rf"([\u4e00-\u9fff]{{0,{MAX_ZONE_MIDDLE}}}?){ZONE_SUFFIX}", rest)
        if m and not (set(m.group(1)) & NO_PARTICULAR):
            return text
    return None


def unit_place(unit: str) -> str | None:
    """The place a unit's name starts with (晋中市商务局 -> 晋中; 阳泉高新区管委会 -> 阳泉高新区)."""
    names, _ = _gazetteer()
    for prefix in _place_prefixes(unit):
        zone = re.match(rf"{re.escape(prefix)}[\u4e00-\u9fff]{{0,{MAX_ZONE_MIDDLE}}}?{ZONE_SUFFIX}", unit)
        if zone and place_label(zone.group(0)):
            return zone.group(0)
        if prefix in names:
            return names[prefix]
    return None


def is_place(word: str) -> bool:
    """A word that names a place of the gazetteer (formal name or its short form)."""
    names, short = _gazetteer()
    return word in names or word in short


def _place_prefixes(text: str) -> list[str]:
    """Gazetteer names (formal or short) that `text` starts with, longest first."""
    names, short = _gazetteer()
    return [text[:n] for n in range(min(len(text), 12), 1, -1) if text[:n] in names or text[:n] in short]
