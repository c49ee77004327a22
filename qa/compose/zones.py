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

_ZONE_KINDS = AFTER_NAME_ONLY | {"开发区", "示范区"}  # what 开发区 means, said generically
_CLAUSE = re.compile(r"[，,；;。！？!?\n]")


def _asks_zones(ctx: Context) -> str | None:
    """The zone word the question asks the zones of, when that is all it asks (开发区干了啥 asks a section)."""
    if asks_section(ctx.text):
        return None
    words = [t for t in ctx.question.terms if t not in {p.name for p in ctx.places}]
    return words[0] if len(words) == 1 and ZONE_WORD.fullmatch(words[0]) else None


def _kind_fits(name: str, asked: str) -> bool:
    """A zone of the kind asked: 开发区 (or 园区) asked generically takes every kind of development zone."""
    return name.endswith(tuple(_ZONE_KINDS if asked in ("开发区", "园区") else {asked}))


def _newest(ctx: Context, region: str | None) -> list[dict]:
    """The chunks of the region's bulletin the question asks (the newest covering it by default)."""
    own = [c for c in ctx.chunks.values() if c.get("region") == region and (not ctx.doc or c.get("doc") == ctx.doc)]
    if ctx.question.period:
        own = [c for c in own if (p := parse_period(c.get("doc_period"))) and ctx.question.period.matches(p)]
    newest = max((c.get("as_of") or 0 for c in own), default=None)
    return sorted((c for c in own if (c.get("as_of") or 0) == newest), key=lambda c: c["start"])


def _first_mentions(chunks: list[dict], asked: str, region: str) -> list[tuple[str, Evidence]]:
    found: dict[str, Evidence] = {}
    for chunk in chunks:
        text = chunk["text"]
        for start, end, name in find_zones(text):
            if name in found or name == region or not _kind_fits(name, asked):
                continue
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
        zones = _first_mentions(_newest(ctx, region), asked, region or "")
        if not zones:
            continue
        period = zones[0][1].chunk.get("period")
        lines.append(f"{region or ''}公报提到的{asked}" + (f"（{period}）" if period else "") + "：")
        for name, ev in zones:
            evidence.append(ev)
            lines.append(f"{len(evidence)}. {name}[{len(evidence)}]")
    return Composed("list", "\n".join(lines), evidence) if evidence else None
