"""Who an each/compare question is about: the places it names, else the zones of its region when it asks
across zones (各开发区, 哪个开发区), else the regions; each zone once, of the kind asked."""
from __future__ import annotations

import re

from index.zones import AFTER_NAME_ONLY, ZONE_WORD, is_zone, peer_zone
from qa.compose.base import Context
from qa.places import without_region, zone_key

# 哪个开发区, 各园区; not 哪个市的开发区 (the cities are ranked, by their zones' figures)
# 各设区市开发区: the cities' (设区市, 设区的市: a city divided into districts), not every zone
ACROSS_ZONES = re.compile(r"(?:哪个|哪家|哪些|哪几个?|各|每个|[几两三四五六七八九十]个|重点|所有|全部)"
                          r"(?!个?(?:设区的?)?城?市|个?省|个?县|个?地区)[^，,。？?]{0,4}"
                          f"(?:{ZONE_WORD.pattern})|(?:各|每个|[几两三四五六七八九十]个)区"
                          # 开发区中营业收入垫底的是哪个; not 各市开发区中 nor …中哪个市 (the cities are ranked)
                          f"|(?<![市县])(?:{ZONE_WORD.pattern})(?:里|中|当中|之中)(?=[，,]?(?![^，,。？?]*哪个?城?市)"
                          r"[^，,。？?]{0,12}?(?:谁|哪))"
                          # 增速最高的开发区是哪个
                          f"|最[高低多少快慢大小]的(?:{ZONE_WORD.pattern})|(?:{ZONE_WORD.pattern})(?:是|有)哪"
                          f"|[前后][两二三四五六七八九十][名位]?的(?:{ZONE_WORD.pattern})"  # 排名前三的开发区, 后三位的
                          # 超过800亿元的开发区有几个: the zones past a figure given, counted
                          f"|\\d[^，,。？?]{{0,6}}?的(?:{ZONE_WORD.pattern})(?=(?:有|共有|一共有)?(?:几|多少)[个家])"
                          # 全省开发区综合考核谁排第一; not 全省开发区中哪个市
                          f"|(?:全省|全市|全国)(?:{ZONE_WORD.pattern})(?![^，,。？?]*?(?:哪个?城?市|哪个?县|各[市县]))"
                          r"(?=[^，,。？?]*?(?:谁|哪))")



def asks_across_zones(text: str) -> bool:
    """Whether a question asks over the zones of a place (各开发区, 哪个开发区)."""
    return bool(ACROSS_ZONES.search(text))


def compared_places(ctx: Context) -> list:
    """The places a question names to compare, not a city named only as the set its zones are picked from
    (阳泉三个开发区里平定经开区…排第几: 阳泉 is the scope)."""
    if not asks_across_zones(ctx.question.text):
        return ctx.places
    zone_regions = {p.region for p in ctx.places if p.known and p.name != p.region}
    return [p for p in ctx.places if not (p.known and p.name == p.region and p.name in zone_regions)]


def entities(ctx: Context) -> list[str]:
    """What an each/compare question is about: the places it names (two or more), else the zones of
    its region when it asks across zones (各开发区, 哪个开发区), else the regions."""
    places = compared_places(ctx)
    named = [p.name for p in places if p.known]
    if len(places) >= 2:
        return list(dict.fromkeys(named))
    facts = ctx.snapshot.facts
    scope = ctx.question.region
    if asks_across_zones(ctx.question.text):
        return zone_entities(ctx)
    found = [f["region"] for f in facts if f.get("region") and (scope is None or f["region"] == scope)]
    return list(dict.fromkeys(found))


def zone_entities(ctx: Context) -> list[str]:
    """The zones of the question's region (every zone when it names none), each once; of the kind asked (see
    `peer_zone`)."""
    scope = ctx.question.region
    return of_kind_asked(ctx.question.text, one_name_per_zone(
        [f["entity"] for f in ctx.snapshot.facts
         if peer_zone(f, scope) and (scope is None or f.get("region") == scope)], scope))


def of_kind_asked(text: str, zones: list[str]) -> list[str]:
    """The zones of the kind a set of zones names (所有综保区, 几个高新区, 哪个经开区最多: 综保区, 高新区, 经开区); all of
    them when the set names zones in general (各开发区, 哪个园区)."""
    words = [w for m in ACROSS_ZONES.finditer(text) for w in ZONE_WORD.findall(m.group()) if w in AFTER_NAME_ONLY]
    kind = zone_key(words[-1]) if words else ""
    return [zone for zone in zones if zone_key(zone).endswith(kind)]


def one_name_per_zone(names: list[str], region: str | None = None) -> list[str]:
    """The names, a zone written in full in a table and short in prose (赭岭综合保税区, 赭岭综保区) once, by its
    first name; of a region's zones, one written with and without the region's name (泓浦临空经济区, 临空经济区) once
    too, by the name that writes it."""
    first: dict[str, str] = {}
    for name in names:
        key = without_region(name, region) if region else zone_key(name)
        if first.setdefault(key, name) != name and region and name.startswith(region) \
                and not first[key].startswith(region):
            first[key] = name
    return list(first.values())


def standing_zone(ctx: Context, name: str, fact: dict) -> str | None:
    """The zone whose figure stands for the region `name` when that region has several zones (临江 by 临江综保区's
    进出口总额, 临江 reporting three): the answer names it, since it is no total of the region's zones. None for a
    region of one zone (雁丘 by 雁丘经开区), or a figure of the region itself."""
    zone = fact.get("entity") or ""
    if name not in ctx.corpus.regions or zone in ("", name) or not is_zone(zone):
        return None
    zones = {zone_key(f["entity"]) for f in ctx.snapshot.facts
             if f.get("region") == name and f.get("entity") not in (None, name) and is_zone(f["entity"])}
    return zone if len(zones) >= 2 else None


def region_zones(ctx: Context, name: str) -> list[str]:
    """The zones of the region `name` its facts name, each once (榉口区: 榉口高新区, 榉口临港物流园); none for a name
    that is no region."""
    if name not in ctx.corpus.regions:
        return []
    zones = dict.fromkeys(f["entity"] for f in ctx.snapshot.facts if f.get("region") == name
                          and f.get("entity") not in (None, name))
    return one_name_per_zone(list(zones), name)


def same_zone(ctx: Context, entity: str, name: str) -> bool:
    """Whether two names write one zone: its kind short or in full (赭岭综保区, 赭岭综合保税区), or with and without
    its region's name before it (蕤阳临港经济开发区 and, in 蕤阳's passages, 临港经济开发区: a digest writes both; or
    asked of 蕤阳 without it, a name no passage writes alone)."""
    if entity == name or zone_key(entity) == zone_key(name):
        return True
    regions = [_region_of(ctx, entity), _region_of(ctx, name) or ctx.question.region]
    return regions[0] == regions[1] is not None and without_region(entity, regions[0]) == without_region(name, regions[0])


def _region_of(ctx: Context, name: str) -> str | None:
    """The region a passage files the name under (a passage no region holds says nothing of it)."""
    return next((f["region"] for f in ctx.snapshot.facts_by_entity.get(name) or [] if f.get("region")), None)


