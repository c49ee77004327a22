"""Zones' cities over every indexed bulletin: a passage about one zone that its own bulletin leaves in no region.

A bulletin may name its zones without their cities: grouped by tier (一、国家级开发区 / 二、省级开发区, no region),
each zone's paragraph opening with its name (`缙岭经济技术开发区　前三季度实现…`), or a zone's clause in a paragraph of
the whole (`重点园区中，缙岭经开区…`). Each document is cut on its own (`index.structure`, `index.owners`), so such a
passage stays in no region; only once all are read can its zone's city be known. A chunk of no region that opens
with one zone's name (index.owners.zone_opening) goes to
- the region the zone's name starts with, among the regions of every bulletin (缙岭经开区 is 缙岭's), longest first;
- else the one region whose passages name that zone (栖凫综保区 in 邛湄's row or under 栖凫综合保税区（邛湄市）).
Every passage of a zone's own report (index.own_report), its table rows too, goes to its zone's city so, and so does
a row of a table under no city whose first cell is one zone (a province's table of its zones, `甲经开区 营业收入 …`):
the row is that zone's as its prose in other issues is. The facts of a chunk placed so take its region.
"""
from __future__ import annotations

from index.owners import is_table_row, zone_opening
from index.zones import find_zones, written_short


def place_zone_passages(chunks: list[dict], facts: list[dict], manifest: dict[str, dict]) -> None:
    """Give each chunk of no region that opens with a zone's name that zone's city (see the module's docstring),
    its facts that region, and its document that region among its regions."""
    regions = sorted({c["region"] for c in chunks if c.get("region")}, key=len, reverse=True)
    opening = {c["id"]: zone for c in chunks if not c.get("region") and (zone := _zone_of(c))}
    if not opening:
        return
    cities = _cities_naming(chunks, {written_short(zone) for zone, _ in opening.values()})
    placed: dict[str, str] = {}
    for chunk in chunks:
        zone = opening.get(chunk["id"])
        if not zone:
            continue
        named = cities.get(written_short(zone[0]), set())
        city = next((r for r in regions if zone[0].startswith(r)), None) \
            or (next(iter(named)) if len(named) == 1 else None)
        if city:
            chunk["region"] = placed[chunk["id"]] = city
            doc = manifest.get(chunk["doc"])
            if doc is not None:
                doc["regions"] = sorted({*doc.get("regions", []), city})
    for fact in facts:
        fact["region"] = placed.get(fact.get("chunk"), fact.get("region"))


def _zone_of(chunk: dict) -> tuple[str, str | None] | None:
    """(zone, the city its brackets name) of a chunk of no region: the zone of a zone's own report
    (index.own_report), a table row's too, else the zone its prose or its row's first cell opens with."""
    if chunk.get("own_zone"):
        return chunk["zone"], None
    return zone_opening(chunk["text"], not chunk.get("item") and not is_table_row(chunk["text"]))


def _cities_naming(chunks: list[dict], zones: set[str]) -> dict[str, set[str]]:
    """{zone (its kind written short): the regions whose passages name it as a whole name}, for the zones asked."""
    named: dict[str, set[str]] = {}
    for chunk in chunks:
        if chunk.get("region") and any(z[:2] in chunk["text"] for z in zones):
            for _, _, name in find_zones(chunk["text"]):
                if written_short(name) in zones:
                    named.setdefault(written_short(name), set()).add(chunk["region"])
    return named
