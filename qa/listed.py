"""The names a 哪几 question asks for (哪几家企业, 哪几个项目, 哪两种产品), as the answering sentence lists
them: `甲、乙、丙等` in the clause that shares most with the question. Pure functions (jieba only)."""
from __future__ import annotations

import re

from index.zones import find_zones
from qa.clauses import CLAUSE
from qa.items import LEAD_POS
from qa.words import tagged

ASKS_LISTED = re.compile(r"哪[几两三四]")
_LISTED = re.compile(r"[^、]+(?:、[^、]+)+?(?=等)")  # 甲、乙、丙 before the 等 that closes the list
_PROPER = ("nr", "ns", "nt", "nz", "j", "eng")  # jieba's tags of names: where the first item starts
MIN_SHARED = 2
MAX_LISTED = 80


def listed_span(question: str, sentence: str) -> str | None:
    """The items of the list closed by 等 in the clause sharing most with the question (its own
    words, not the items'), from where the first item's name starts."""
    scored = []
    for k, clause in enumerate(CLAUSE.finditer(sentence)):
        listed = _LISTED.match(clause.group())
        if listed:
            rest = clause.group()[listed.end():]
            shared = sum(a + b in question for a, b in zip(rest, rest[1:]))
            scored.append((shared, -k, listed.group()))
    if not scored:
        return None
    shared, _, listed = max(scored)
    items = listed[_first_name(listed.split("、")[0]):]
    return items if shared >= MIN_SHARED and len(items) <= MAX_LISTED else None


def _first_name(lead: str) -> int:
    """Where the first item's name starts in `lead` (要全力保障欧冶链金, 还多出了绩分战): at its first proper
    name, else after its last verb, else after the function words opening it; then after the zone that
    may stand before it."""
    words = list(tagged(lead))
    starts = [sum(len(x.word) for x in words[:k]) for k in range(len(words) + 1)]
    proper = [starts[k] for k, w in enumerate(words) if w.flag in _PROPER]
    verbs = [starts[k + 1] for k, w in enumerate(words) if w.flag.startswith("v") and k + 1 < len(words)]
    opening = next((starts[k] for k, w in enumerate(words) if not w.flag.startswith(LEAD_POS)), 0)
    at = proper[0] if proper else (verbs[-1] if verbs else opening)
    zones = find_zones(lead[at:])
    return at + zones[0][1] if zones and zones[0][0] == 0 and at + zones[0][1] < len(lead) else at
