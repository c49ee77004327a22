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
    chars = _chars(text)
    tokens = chars + _bigrams(chars)
    tokens += [w for w in jieba.lcut_for_search(text) if len(w) > 1 and not _SKIP.search(w)]
    return tokens


def character_tokens(text: str) -> list[str]:
    """The character bigrams `tokenize` makes of `text` (its character, when it has one): every text that
    contains `text` has all of them among its tokens."""
    chars = _chars(text)
    return _bigrams(chars) or chars


def _chars(text: str) -> list[str]:
    return [c for c in text if not _SKIP.fullmatch(c)]


def _bigrams(chars: list[str]) -> list[str]:
    return [a + b for a, b in zip(chars, chars[1:])]
