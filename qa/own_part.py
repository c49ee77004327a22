"""A region's name right before a part of that region its tables list (甲的乙项目, 甲那个乙产业园: a project or park
of a list by city filed under its city): it tells where the part is, and the part is the one place asked, not a second
place beside it (an each question over the city and its project)."""
from __future__ import annotations

import re

from qa.corpus import Corpus

# what may stand between a region's name and its own part's (甲市的乙项目, 甲那个乙园)
_BEFORE_PART = re.compile(r"(?:市|县|区)?(?:的|那个|这个)?")


def before_own_part(place, places: list, text: str, corpus: Corpus) -> bool:
    """Whether `place` (a question's place: name, start, end) is a region named right before its own part in `text`."""
    return place.name in corpus.regions and any(
        corpus.parts.get(p.name) == place.name and p.start >= place.end
        and _BEFORE_PART.fullmatch(text[place.end:p.start]) for p in places)
