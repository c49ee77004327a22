"""The gist a summary gives of an item or of a section written as prose: up to the first clause that holds a
figure, when that clause ends close enough (招商引资提质增效 → 前三季度新签约项目47个，总投资312.8亿元)."""
from __future__ import annotations

import re

from index.figures import FIGURE

GIST_MAX = 60  # characters from where the gist starts: a summary line, not a paragraph
_CLAUSE_END = re.compile(r"[，,；;。！？!?]|$")
_SENTENCE_END = "；;。！？!?"


def gist_end(text: str, start: int, limit: int = GIST_MAX) -> int | None:
    """End of the first clauses of text[start:] that hold figures (项目47个，总投资312.8亿元), within `limit`
    characters and one sentence; None when no clause within reach holds one."""
    at, end = start, None
    for mark in _CLAUSE_END.finditer(text, start):
        if mark.start() - start > limit or not FIGURE.search(text, at, mark.start()):
            if end is not None or mark.start() - start > limit:
                return end
        else:
            end = mark.start()
        if mark.start() == len(text) or (end is not None and text[mark.start()] in _SENTENCE_END):
            return end
        at = mark.end()
    return end


def lead_end(text: str, limit: int = GIST_MAX) -> int:
    """Where the lead of a prose section ends: its first figure's clause, else its first clause."""
    first = _CLAUSE_END.search(text).start()
    return gist_end(text, 0, limit) or min(first, limit)
