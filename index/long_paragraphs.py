"""A paragraph too long for one chunk, cut at its sentence ends (index.structure: a chunk is at most one paragraph)."""
from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])")
MAX_CHUNK_CHARS = 600


def split_long(start: int, text: str) -> list[tuple[int, str]]:
    """Cut a paragraph longer than MAX_CHUNK_CHARS at sentence ends."""
    if len(text) <= MAX_CHUNK_CHARS:
        return [(start, text)]
    pieces, current, pos = [], "", start
    for sentence in filter(None, _SENTENCE_END.split(text)):
        if current and len(current) + len(sentence) > MAX_CHUNK_CHARS:
            pieces.append((pos, current))
            pos += len(current)
            current = ""
        current += sentence
    pieces.append((pos, current))
    return pieces
