"""The gist a summary gives of an item or of a section written as prose: up to the first clause that holds a
figure, when that clause ends close enough (招商引资提质增效 → 前三季度新签约项目47个，总投资312.8亿元)."""
from __future__ import annotations

import re

from index.figures import FIGURE
from index.headings import ITEM_ORDINAL

GIST_MAX = 60  # characters from where the gist starts: a summary line, not a paragraph
# a comma between digits groups thousands (23,518.6亿元): no clause ends there
CLAUSE_MARK = r"[，；;。！？!?]|,(?!\d{3}(?!\d))|(?<!\d),"
_CLAUSE_END = re.compile(CLAUSE_MARK + "|$")
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


ITEM_MAX = 120  # characters of an item's figures after its title: what a reader takes in as one line


PARAGRAPH_MAX = 200  # characters of a section's only item (a place's one paragraph): the section's whole say


def item_figures_end(text: str, start: int, reach: int = ITEM_MAX) -> int | None:
    """End of what an outline item gives after its title: from its first figures (gist_end) on to its sentence's
    end (figures_on), and on over the item's next sentences that end within `reach` (…实际使用外资0.62亿美元。汽车零部件
    产业受整车订单下滑影响较大: a place's paragraph read whole when short); None when gist_end is."""
    end = gist_end(text, start)
    return None if end is None else sentences_on(text, start, figures_on(text, start, end), reach)


def figures_on(text: str, start: int, end: int) -> int:
    """`end` moved on to its sentence's end when that ends within ITEM_MAX of `start` (…同比下降2.1%，主要受龙头企业停产
    检修影响: what follows the figures says why, or what was done); else to the end of the sentence's last clause
    holding a figure within reach, past clauses of none (由市口岸办牵头争取…试点，…产值3.85亿元); `end` when none is."""
    at = end
    for mark in _CLAUSE_END.finditer(text, end):
        if mark.start() - start > ITEM_MAX:
            break
        if FIGURE.search(text, at, mark.start()):
            end = mark.start()
        if mark.start() == len(text) or text[mark.start()] in "。！？!?":
            return mark.start()
        at = mark.end()
    return end


_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")


def sentences_on(text: str, start: int, end: int, reach: int = ITEM_MAX) -> int:
    """`end`, a sentence's end, moved on over the whole sentences after it that end within `reach` of `start`, up to
    one opening another item (2.…); `end` when it ends no sentence."""
    if end < len(text) and text[end] not in "。！？!?":
        return end
    for sentence in _SENTENCE.finditer(text, end + 1):
        close = sentence.end() - (sentence.group()[-1] in "。！？!?")
        if close - start > reach or ITEM_ORDINAL.match(sentence.group().lstrip()):
            break
        end = close
    return end


_PART_OR_SENTENCE_END = re.compile(r"[；;。！？!?]")
LEAD_MAX = 100  # characters of a prose section's lead: the figures its first sentence gives (营收…；规上工业增加值…)


def lead_end(text: str, limit: int = LEAD_MAX) -> int:
    """Where the lead of a prose section ends: the clauses of its first sentence that hold figures, else its first
    clause."""
    first = _CLAUSE_END.search(text).start()
    end = gist_end(text, 0, GIST_MAX)
    if end is None:
        return min(first, GIST_MAX)
    while limit - end > 1:  # the sentence's next part of figures, past its part's clauses of none (同比增长近一倍；…)
        stop = _PART_OR_SENTENCE_END.search(text, end)
        if not stop or stop.group() not in "；;" or limit - stop.end() < 1:
            break
        following = gist_end(text, stop.end(), limit - stop.end())
        if following is None:
            break
        end = following
    return end
