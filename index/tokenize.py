"""Chinese tokens for BM25: characters, character bigrams and jieba search-mode words.

Characters and bigrams find figures and names whatever the word segmentation; jieba words add
whole terms (招商引资, 开工率). Punctuation and spaces are dropped.
"""
from __future__ import annotations

import logging
import re

import jieba

jieba.setLogLevel(logging.WARNING)
_SKIP = re.compile(r"[\s\W_]+")  # punctuation, symbols and whitespace, full- and half-width


def tokenize(text: str) -> list[str]:
    chars = [c for c in text if not _SKIP.fullmatch(c)]
    tokens = list(chars)
    tokens += [a + b for a, b in zip(chars, chars[1:])]
    tokens += [w for w in jieba.lcut_for_search(text) if len(w) > 1 and not _SKIP.search(w)]
    return tokens
