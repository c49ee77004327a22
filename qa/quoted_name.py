"""The quoted name a figure is of (“签约一批”项目48个，总投资506.2亿元): the name right after the figure or the last one
before it, told against the quoted names a question asks. Pure functions."""
from __future__ import annotations

import re

from index.figures import FIGURE
from qa.corpus import QUOTED

_SENTENCE_END = re.compile(r"[。！？!?\n]")
_JOINERS = "的之"  # 6个的“签而未落”: the name after a figure, joined to it


def quoted_name(text: str, begin: int, start: int, end: int, quoted: list[str] | None) -> bool | None:
    """Whether the figure text[start:end], in a sentence from `begin`, is of a quoted name the question
    asks (None: it asks none, or no name is written with the figure). A figure's name stands right after
    it (6个“签而未落”) or is the last one before it (“开工一批”项目109个,总投资250亿元 is of “开工一批”,
    not of “签约一批”), unless the name asked is written, unquoted, after that one (“…”改革,实行承诺制项目30个)
    or is the whole that one is part of."""
    if not quoted:
        return None
    after = QUOTED.match(text, end + (text[end:end + 1] in _JOINERS))
    if after:
        return after.group(1) in quoted
    last = None
    for last in QUOTED.finditer(text, begin, start):
        pass
    if last is None:
        return None
    if last.group(1) in quoted or any(name in text[last.end():start] for name in quoted):
        return True
    stop = _SENTENCE_END.search(text, end)
    later = text[end:stop.start() if stop else len(text)]
    if any(name in later for name in quoted):
        return False  # the name asked comes later in the sentence with its own figures
    return None if _umbrella(text[begin:last.start()], quoted) else False


def _umbrella(before: str, quoted: list[str]) -> bool:
    """The name asked stands before the figure's own name with no figure between: it is the whole that
    name is a part of (“三个一批”项目中,“签约一批”项目48个), not a sibling with figures of its own."""
    at = max((before.rfind(name) for name in quoted), default=-1)
    return at >= 0 and not FIGURE.search(before, at)
