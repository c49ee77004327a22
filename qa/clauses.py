"""Clauses of a sentence, as the span extractors cut them. Pure functions."""
from __future__ import annotations

import re

STOP = "，,。；;！？!?（(：:"           # ends a span that runs to the end of its clause
CLAUSE = re.compile(r"[^，,。；;！？!?]+")


def clause_from(sentence: str, start: int, stops: str = STOP) -> str:
    """sentence[start:] up to the next mark in `stops`."""
    end = next((i for i in range(start, len(sentence)) if sentence[i] in stops), len(sentence))
    return sentence[start:end]
