"""The place a passage is filed under, as the answer to 哪个开发区/哪个市/哪个县区 when the sentence itself names none.

A bulletin reporting place by place names the place once, in its heading or lead-in (【榉口区】, （三）琮州高新技术
产业开发区（蕙山区）), and the sentences under it do not repeat it: 翎芯光电…项目签约 stands in 琮州高新区's entry, so
翎芯光电项目落户在哪个园区 is answered by that entry's zone. Pure: reads the passage's metadata and the corpus.
"""
from __future__ import annotations

import re

from index.zones import find_zones
from qa.zone_span import ZONE_ASKED

# 哪个市, 哪个县区, 什么县市区: the levels of place asked (a county-level city is a 市, a district a 区)
_LEVELS_ASKED = re.compile(r"(?:哪|什么)[一个座]?(?:城市|地市|([市县区]{1,3}))(?![\u4e00-\u9fff]{0,2}(?:开发区|园区?))")


def passage_place(question: str, sentence: str, meta: dict, corpus) -> str | None:
    """The zone (哪个开发区/园区) or the city, county or district (哪个市/县区) whose entry holds the sentence, as
    the documents write it, when the sentence names none and the question does not name it; else None."""
    if ZONE_ASKED.search(question):
        zone = meta.get("zone")
        others = [name for _, _, name in find_zones(sentence) if name not in question]  # its park asked about is none
        if zone and not others and zone not in question:
            return zone
        return None
    levels = _LEVELS_ASKED.search(question)
    region = meta.get("region") or ""
    if not levels or not region or region in question:
        return None
    asked = levels.group(1) or "市"
    if region[-1] in asked:
        return region if region not in sentence else None
    heading = (meta.get("place_line") or {}).get("text", "")  # 【蓼渡县】: the level its own lead-in writes
    written = [region + level for level in asked if region + level in heading or corpus.contains(region + level)]
    if any(w in sentence for w in written):
        return None  # the sentence writes the place itself: its own name was no answer there
    if len(written) == 1:
        return written[0]
    # 哪个县区 of a place its lead-in alone names with its level (【芷口区】): the place as the index names it; one
    # level asked (哪个市) is not answered by a place of unknown level
    return region if not written and len(asked) > 1 else None
