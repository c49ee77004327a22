"""Part-of-speech tagging (jieba), cached per text: one question's span and relevance functions tag the same
retrieved sentences several times, and the next question that retrieves them tags them again."""
from __future__ import annotations

from functools import lru_cache

import jieba.posseg

TAGGED_TEXTS = 8192  # sentences kept (a few MB)


@lru_cache(maxsize=TAGGED_TEXTS)
def tagged(text: str) -> tuple[jieba.posseg.pair, ...]:
    """jieba.posseg.cut(text), as a tuple that callers share: read it, never change its pairs."""
    return tuple(jieba.posseg.cut(text))
