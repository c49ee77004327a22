"""What a term is, as a sentence defines it: X的定义是什么 / X指什么 / 什么是X ↔ X是指[…]. Pure functions
(jieba tagging); the extractor qa/short.py uses for definitions.
"""
from __future__ import annotations

import re

from qa.clauses import CLAUSE, clause_from
from qa.span import tidy
from qa.words import tagged

MAX_DEFINITION = 60
_QUOTED = re.compile(r"[「“《『\"][^「」“”《》『』\"]+[」”》』\"]")
_DEFINES = re.compile(r"是指|指的是|意为|意思是|意即|定义为|系指|即是|乃是|是")
_TERM_AFTER = re.compile(r"(?:什么是|何为|何谓)(.+?)[么吗呢]?$")  # 能介绍一下什么是BCPL么
_TERM = re.compile(r"^(?:什么是|何为|何谓)?(.+?)(?:的(?:定义|意思|含义|涵义))?(?:是|指|为)?(?:指)?什么")


def definition_span(question: str, sentence: str) -> str | None:
    """X的定义是什么 / X指什么 / 什么是X ↔ X是指…的场地: the rest of the sentence after the term's
    defining verb (a definition runs on over commas: 是指从事劳动工作，以付出劳力来维生的廉价劳工)."""
    asked = question.strip("？?。 ")
    m = _TERM_AFTER.search(asked) or _TERM.match(asked)
    term = m.group(1) if m else ""
    at = sentence.find(term[-4:]) if term else -1
    found = _DEFINES.search(sentence, at + len(term[-4:])) if at >= 0 else None
    if not found:
        return None
    first = clause_from(sentence, found.end(), "，,。；;！？!?").strip()
    if _QUOTED.fullmatch(first):  # 意为「最初的冈瓦那大陆」，是个史前大陆: the quoted words
        return tidy(first)
    definition = tidy(sentence[found.end():_noun_phrase_end(sentence, found.end())])
    return definition if len(definition) <= MAX_DEFINITION else tidy(first) or None  # too long: its first clause


def _noun_phrase_end(sentence: str, start: int) -> int:
    """The end of the first clause from `start` that ends with a noun (the head a definition names:
    是指从事劳动工作，以付出劳力来维生的[廉价劳工]), else of the sentence."""
    for clause in CLAUSE.finditer(sentence, start):
        words = tagged(clause.group())
        if words and words[-1].flag.startswith(("n", "s")):
            return clause.end()
    return len(sentence)
