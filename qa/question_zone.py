"""The zone a question names, as the documents write it, and the one region whose documents name it."""
from __future__ import annotations

import re

from index.periods import period_spans
from index.places import NO_PARTICULAR, ZONE_SUFFIX
from index.zones import find_zones
from qa.corpus import Corpus
from qa.question_period import BARE_YEAR

_ZONE = re.compile(rf"[\u4e00-\u9fff]{{2,12}}?({ZONE_SUFFIX}(?:区(?!域))?)")  # 工业园区 whole, not 工业园
_NOT_A_NAME = NO_PARTICULAR | set("市省县区")  # 各开发区, 全市开发区: no particular zone


def zone_of(question: str, corpus: Corpus) -> tuple[str | None, str | None]:
    """(zone as the documents write it, the one region whose documents name it)."""
    periods = period_spans(question) + [m.span() for m in BARE_YEAR.finditer(question)]
    for m in _ZONE.finditer(question):
        zone = m.group(0)
        for i in range(len(zone) - len(m.group(1)) - 1):  # drop leading words until the documents' name
            if zone[i] in _NOT_A_NAME or not find_zones(zone[i:]):
                continue  # 重点开发区: a kind of zone, no zone's name
            if any(s <= m.start() + i < e for s, e in periods):
                continue  # 上半年岚溪综保区, 2025年槿原经开区: no zone's name starts inside a period or a year (年槿原经开区)
            owners = corpus.regions_writing(zone[i:])
            if owners:
                return zone[i:], owners[0] if len(owners) == 1 else None
    return None, None
