"""Clauses of a sentence, as the span extractors cut them. Pure functions."""
from __future__ import annotations

import re

from index.figures import SEPARATOR

STOP = "，,。；;！？!?（(：:"           # ends a span that runs to the end of its clause
CLAUSE = re.compile(rf"(?:[^，,。；;！？!?]|{SEPARATOR})+")  # 18,642.7: one figure
_SEPARATOR = re.compile(SEPARATOR)


def clause_from(sentence: str, start: int, stops: str = STOP) -> str:
    """sentence[start:] up to the next mark in `stops`."""
    end = next((i for i in range(start, len(sentence))
                if sentence[i] in stops and not _SEPARATOR.match(sentence, i)), len(sentence))
    return sentence[start:end]
