"""Part-of-speech tagging (jieba), cached per text: one question's span and relevance functions tag the same
retrieved sentences several times, and the next question that retrieves them tags them again."""
from __future__ import annotations

import re
from functools import lru_cache

import jieba
import jieba.posseg

from index.periods import period_spans
from index.zones import find_zones

TAGGED_TEXTS = 8192  # sentences kept (a few MB)
_YEAR = re.compile(r"(?:19|20)\d{2}年")


@lru_cache(maxsize=TAGGED_TEXTS)
def tagged(text: str) -> tuple[jieba.posseg.pair, ...]:
    """jieba.posseg.cut(text), as a tuple that callers share: read it, never change its pairs."""
    return tuple(jieba.posseg.cut(text))


@lru_cache(maxsize=4096)  # a question is cut several times while it is analysed
def word_bounds(text: str) -> frozenset[int]:
    """Offsets where jieba puts a word boundary in `text` (its start and end among them), where a period
    stands (栖凤前三季度: jieba cuts 栖凤前 / 三季度, the period is 前三季度), where a year ends (2025年琮山: jieba cuts
    年琮山) and where a zone's name ends (桑陵经开区营收: jieba cuts 桑陵经 / 开区营 / 收差, 营收 starts a word)."""
    return (cut_bounds(text) | {edge for span in period_spans(text) for edge in span}
            | {edge for m in _YEAR.finditer(text) for edge in m.span()} | {end for _, end, _ in find_zones(text)})


def cut_bounds(text: str) -> frozenset[int]:
    """word_bounds, uncached: for the documents' texts, read once."""
    bounds, pos = {0}, 0
    for word in jieba.lcut(text):
        pos += len(word)
        bounds.add(pos)
    return frozenset(bounds)
