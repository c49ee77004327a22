"""A question that names only places or periods: nothing asked about them (晋中？ 阳泉高新区), which is withheld, or
only how they are doing (晋中的情况, 阳泉怎么样), which is a summary."""
from __future__ import annotations

import re

from qa.conversation import FILLER, cut, named_spans
from qa.corpus import Corpus

_OVERVIEW = re.compile(r"总体|整体|大体|情况|概况|怎么样|咋样|如何|怎样")  # how a place is doing as a whole
_ZONES = re.compile(r"开发区|园区")  # 青山开发区怎么样: the place's zones as a whole, nothing inside them


def _named_alone(text: str, corpus: Corpus) -> tuple[list[str], str]:
    """(the places and periods a question names when its body names nothing else but how it is doing,
    else []; the rest of the question, its own question words and closing words as written)."""
    text = text.strip()
    body, own_words, _ = cut(text)
    places, periods = named_spans(body, corpus)
    rest = body
    for s, e in sorted(places + periods, reverse=True):
        rest = rest[:s] + rest[e:]
    named = [] if _OVERVIEW.sub("", _ZONES.sub("", rest)).strip(FILLER) else [body[s:e] for s, e in sorted(places + periods)]
    return named, rest + (text[text.find(body) + len(body):] if body else text)


def names_only(text: str, corpus: Corpus) -> list[str]:
    """The places (or periods) a question names when it says nothing else about them (晋中？ 阳泉高新区):
    it does not say what it asks about. [] for a question that does."""
    named, tail = _named_alone(text, corpus)
    return named if not _OVERVIEW.search(tail) and not cut(text.strip())[1] else []


def asks_overview(text: str, corpus: Corpus) -> bool:
    """Whether a question asks how a place is doing as a whole (晋中的情况, 阳泉怎么样): a summary."""
    named, tail = _named_alone(text, corpus)
    return bool(named) and bool(_OVERVIEW.search(tail))
