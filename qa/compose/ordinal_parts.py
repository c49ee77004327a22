"""A bulletin's part asked by its place in the order (讲话的第三部分, 第二点意见, 最后一部分讲了什么): the part under its
n-th heading, counted in the bulletin's order. A speech or report says how many parts it has (我讲三点意见) and staff
recall them by number, not by their headings' words. An address opening a speech (同志们：) heads no part; where the
first part's heading was read into the address's paragraph (同志们：…我讲三点意见。一、充分肯定…), the address's section
from that heading on is the first part."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from qa.ordinal import NUMBER, number_of

if TYPE_CHECKING:
    from qa.compose.sections import Section

# 第三部分 / 第二点意见 / 第2大部分 / 最后一部分; 第二点 alone may be an item of a part (第一，…第二，…): not read here
_PART = r"(?:大?部分|点意见|大点)"
_ASKED = re.compile(rf"(?<![排列居位名])第({NUMBER})个?{_PART}|(最后|末尾)一?个?{_PART}")
_ADDRESS = re.compile(r"^(?:同志们|各位|女士们|先生们|朋友们)")
_PART_HEAD = re.compile(r"^[一二三四五六七八九十]{1,2}、")  # 一、充分肯定…: a part's heading, however it was read


def part_number(question: str) -> int | None:
    """The part a question asks by its number, 1-based (-1: the last); None when it asks none."""
    found = _ASKED.search(question)
    if not found:
        return None
    return (number_of(found.group(1)) or None) if found.group(1) else -1


def nth_part(everything: list[Section], sections: list[Section], number: int, doc: str | None) -> list[Section]:
    """Of the bulletin `doc` (chosen or named; else the one `sections` are from, the newest when several), its
    sections under its `number`-th heading (every region's part of it: a theme told city by city); [] when it has
    fewer headings."""
    docs = {s.doc: s.items[0].chunk.get("as_of") or 0 for s in sections}
    doc = doc or (max(docs, key=docs.get) if docs else None)
    own: list[Section] = []
    for section in sorted((s for s in everything if s.doc == doc and s.name),
                          key=lambda s: s.items[0].chunk.get("start") or 0):
        # an address cut in pieces (its middle filed under the places it names): the first part goes on in them
        started = any(s.name == section.name for s in own)
        own += [section] if started else _as_part(section)
    names = list(dict.fromkeys(s.name for s in own))
    if not names or number > len(names):
        return []
    asked = names[number - 1] if number > 0 else names[-1]
    return [s for s in own if s.name == asked]


def _as_part(section: Section) -> list[Section]:
    """The section as a part of the bulletin: an address none, unless a part's heading stands among its sentences
    (then from there on)."""
    if not _ADDRESS.match(section.name):
        return [section]
    said = section.opening + section.items + section.more
    head = next((k for k, item in enumerate(said) if _PART_HEAD.match(item.title)), None)
    return [] if head is None else [replace(section, opening=[], items=said[head:], more=[])]
