"""The corpus answers "do the documents write this phrase, and in which regions" from the BM25 postings,
exactly as a scan of every text would, on the real sample index."""
from __future__ import annotations

import random

import jieba
import pytest

from qa.corpus import Corpus


@pytest.fixture(scope="module")
def corpus(sample_index) -> Corpus:
    return sample_index.qa._state[1]


def phrases(texts: list[str]) -> list[str]:
    """Words and substrings the documents write, the same with one character changed, and text across
    punctuation and chunk ends."""
    rng = random.Random(3)
    found = [w for t in texts[:20] for w in jieba.lcut(t) if w.strip()]
    for _ in range(300):
        text = rng.choice(texts)
        start = rng.randrange(max(len(text) - 8, 1))
        piece = text[start:start + rng.randint(1, 8)]
        found += [piece, piece[:-1] + "魑", texts[0][-3:] + texts[1][:3]]
    return found + ["", "没有这个词", "，", "2024年", "亿元"]


def test_contains_agrees_with_a_scan_of_every_text(corpus):
    texts = corpus.texts
    for phrase in phrases(texts):
        assert corpus.contains(phrase) == any(phrase in t for t in texts), phrase


def test_regions_writing_agrees_with_a_scan_of_every_region(corpus):
    for phrase in phrases(corpus.texts)[::7]:
        scanned = sorted({r for r, t in zip(corpus.chunk_regions, corpus.texts) if r and phrase in t})
        assert corpus.regions_writing(phrase) == scanned, phrase
    assert len(corpus.regions_writing("开发区")) > 1
