"""zones: the zones of a region, asked as such (某市的开发区有哪些, 某市有哪几个开发区): every zone its newest
bulletin names, in the order it names them, each cited by the clause that first names it.

Only a question about the zones themselves: one whose content, places and question words aside, is a zone
word alone (哪些开发区签约了项目 asks something else of them).
"""
from __future__ import annotations

import re

from index.periods import parse_period
from index.zones import AFTER_NAME_ONLY, ZONE_WORD, find_zones
from qa.compose.base import Composed, Context, Evidence
from qa.compose.sections import question_regions
from qa.meanings import asks_section
from qa.places import zone_key

_ZONE_KINDS = AFTER_NAME_ONLY | {"开发区", "示范区"}  # what 开发区 means, said generically
_PARKS = ("园区", "产业园")
_CLAUSE = re.compile(r"[，,；;。！？!?\n]")


# taking part in what a bulletin is about (参加评价, 纳入监测): the zones it covers, nothing asked of them
_TAKES_PART = re.compile(r"参加|参与|参评|纳入|列入|入选|入围|上榜")


def _asks_zones(ctx: Context) -> str | None:
    """The zone word the question asks the zones of, when that is all it asks (开发区干了啥 asks a section), or
    with the zones taking part in what the bulletins are titled by (有哪些开发区参加综合评价: those the 评价 lists)."""
    if asks_section(ctx.text):
        return None
    words = [t for t in ctx.question.terms if t not in {p.name for p in ctx.places}]
    if any(_TAKES_PART.fullmatch(t) for t in words):
        titles = "".join(m.get("title") or "" for m in ctx.snapshot.manifest.values())
        words = [t for t in words if not (_TAKES_PART.fullmatch(t) or (t in titles and not ZONE_WORD.fullmatch(t)))]
    return words[0] if len(words) == 1 and ZONE_WORD.fullmatch(words[0]) else None


def _kind_fits(name: str, asked: str, region: str) -> bool:
    """A zone of the kind asked: 开发区 (or 园区) asked generically takes every kind of development zone, and in a
    city's bulletins a park of no zone's name (港口物流园区; not 甲高新区生物医药产业园, nor a park of a zone's own
    bulletins: the zone's parks)."""
    if asked not in ("开发区", "园区"):
        return name.endswith(asked)
    return name.endswith(tuple(_ZONE_KINDS)) or (name.endswith(_PARKS) and not any(k in name for k in _ZONE_KINDS)
                                                 and not ZONE_WORD.search(region))


def _newest(ctx: Context, region: str | None) -> list[dict]:
    """The chunks of the region's bulletin the question asks (the newest covering it by default)."""
    own = [c for c in ctx.chunks.values() if c.get("region") == region and (not ctx.doc or c.get("doc") == ctx.doc)]
    if ctx.question.period:
        own = [c for c in own if (p := parse_period(c.get("doc_period"))) and ctx.question.period.matches(p)]
    newest = max((c.get("as_of") or 0 for c in own), default=None)
    return sorted((c for c in own if (c.get("as_of") or 0) == newest), key=lambda c: c["start"])


def _of_another(name: str, region: str, regions: set[str]) -> bool:
    """Whether a zone's name opens with another region's name than the one listed."""
    return any(name.startswith(r) for r in regions if r != region and not region.startswith(r))


def _first_mentions(chunks: list[dict], asked: str, region: str, regions: set[str]) -> list[tuple[str, Evidence]]:
    found: dict[str, Evidence] = {}
    keys: set[str] = set()
    for chunk in chunks:
        text = chunk["text"]
        for start, end, name in find_zones(text):
            if zone_key(name) in keys or name == region or not _kind_fits(name, asked, region) \
                    or _of_another(name, region, regions):
                continue  # a zone named again (蓥江经开区 of 蓥江经济技术开发区), or another city's (与乙市高新区并列)
            keys.add(zone_key(name))
            before = [m.end() for m in _CLAUSE.finditer(text, 0, start)]
            stop = _CLAUSE.search(text, end)
            found[name] = Evidence(chunk, before[-1] if before else 0, stop.start() if stop else len(text),
                                   chunk.get("period"), 1.0)
    return list(found.items())


def compose(ctx: Context) -> Composed | None:
    asked = _asks_zones(ctx)
    if not asked:
        return None
    lines, evidence = [], []
    for region in question_regions(ctx):
        zones = _first_mentions(_newest(ctx, region), asked, region or "", ctx.corpus.regions)
        if not zones:
            continue
        period = zones[0][1].chunk.get("period")
        lines.append(f"{region or ''}公报提到的{asked}" + (f"（{period}）" if period else "") + "：")
        for name, ev in zones:
            evidence.append(ev)
            lines.append(f"{len(evidence)}. {name}[{len(evidence)}]")
    return Composed("list", "\n".join(lines), evidence) if evidence else None
