"""Items a bulletin numbers under another item of the same section, one ordinal deeper (（二）体制机制改革持续深化 over
1.推行“链长+园长”双长制 and 2.推进标准地出让; 1.用地方面 over （1）…): the outline keeps them side by side, but a list
asked of the upper item's topic (体制机制改革这块有哪些做法) is the items under it."""
from __future__ import annotations

import re
from dataclasses import replace

from qa.compose.sections import Section

# the ordinals of a report's levels, outermost first: 一、 （一） 1. （1） 1） ①
_LEVELS = [re.compile(p) for p in (r"^[一二三四五六七八九十]{1,3}、", r"^[（(][一二三四五六七八九十]{1,3}[)）]",
                                   r"^\d{1,2}[.．、](?!\d)", r"^[（(]\d{1,2}[)）]", r"^\d{1,2}[)）]", r"^[①-⑳]")]


def level(title: str) -> int | None:
    """How deep an item's ordinal numbers it (0 for 一、), or None when it opens with none of them."""
    return next((depth for depth, pattern in enumerate(_LEVELS) if pattern.match(title)), None)


def under(items: list, k: int) -> list:
    """The items after items[k] numbered deeper than it, up to the next item of its level or above."""
    top = level(items[k].title)
    found = []
    for item in items[k + 1:] if top is not None else []:
        depth = level(item.title)
        if depth is None or depth <= top:
            break
        found.append(item)
    return found


def headed_by(sections: list[Section], topic: list[str]) -> list[Section]:
    """Of the sections, the items under each item whose title writes every word of the topic and that heads items
    one ordinal deeper, as a section named by that item's title."""
    found = []
    for section in sections:
        for k, item in enumerate(section.items):
            subs = under(section.items, k) if topic and all(t in item.title for t in topic) else []
            if subs:
                found.append(replace(section, name=item.title, items=subs, more=[], opening=[]))
    return found
