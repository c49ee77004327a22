"""list: one place's things asked out of a sentence that lists several places' things by name (…新投产亿元以上项目共5个，
分别为甲市A项目、乙市B产业园、甲市C项目…, asked 甲市新投产了哪些亿元以上项目): the names the sentence lists that start
with the place's name (or its zone's), each cited. A bulletin names a thing by its place first (甲高纯硅项目), so
the place's share of the list is read off the names; the sentence's own figures (共5个) are the whole's, not shown."""
from __future__ import annotations

import re

from qa.compose.base import Composed, Context, Evidence
from qa.corpus import bigrams
from qa.places import zone_key

# the names after the word that announces them (分别为, 分别是, 包括), up to the clause's end or the 等 closing them
_NAMES = re.compile(r"(?:分别为|分别是|包括)[：:]?((?:[^。；;，,、：:]+、)+[^。；;，,、：:]+?)(?:等|[。；;，,]|$)")
_LAST_JOINED = re.compile(r"(?<=[\u4e00-\u9fff])(?:和|及|与|以及)(?=[\u4e00-\u9fff])")  # A、B和C: C is a name too
_SENTENCE_START = re.compile(r"[。！？!?\n]")
MIN_NAMES = 3  # a list of several places' things, not a pair
MIN_SHARED = 0.6  # share of the question's words (bigrams) the words before the list must write
MAX_HITS = 8


def compose(ctx: Context) -> Composed | None:
    regions = {p.region for p in ctx.places if p.known and p.region}
    keys = {k for p in ctx.places if p.known for k in (p.name, zone_key(p.name), p.region) if k}
    if len(regions) != 1 or not keys:
        return None
    asked = set().union(*(bigrams(t) for t in ctx.question.terms if t not in keys and not t.isdigit())) or set()
    for hit in ctx.retrieve(ctx.text, anywhere=True)[:MAX_HITS]:  # the sentence is the whole's, of no region
        chunk = ctx.chunks[hit.node.node_id]
        for listed in _NAMES.finditer(chunk["text"]):
            evidence = _own_names(chunk, listed, keys)
            lead = chunk["text"][_sentence_start(chunk["text"], listed.start()):listed.start()]
            if evidence and asked and sum(g in lead for g in asked) / len(asked) >= MIN_SHARED:
                place = next(iter(regions))
                lines = [f"{place}（{chunk.get('period')}）：" if chunk.get("period") else f"{place}："]
                lines += [f"{k}. {ev.quote}[{k}]" for k, ev in enumerate(evidence, 1)]
                return Composed("list", "\n".join(lines), evidence)
    return None


def _own_names(chunk: dict, listed: re.Match, keys: set[str]) -> list[Evidence]:
    """The listed names starting with one of the place's names, each cited where it stands; none unless the list
    names several things and some of another place."""
    names, at = [], listed.start(1)
    for piece in listed.group(1).split("、"):
        joined = _LAST_JOINED.search(piece)
        for part in ([piece[:joined.start()], piece[joined.end():]] if joined else [piece]):
            start = chunk["text"].index(part, at)
            names.append((start, part))
            at = start + len(part)
    own = [(start, name) for start, name in names if any(name.startswith(k) for k in keys)]
    if len(names) < MIN_NAMES or not own or len(own) == len(names):
        return []
    return [Evidence(chunk, start, start + len(name), chunk.get("period"), 1.0) for start, name in own]


def _sentence_start(text: str, at: int) -> int:
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, at)]
    return starts[-1] if starts else 0
