"""The lexical index: BM25 (bm25s) over Chinese tokens, built at index time, read at query time."""
from __future__ import annotations

import logging
from pathlib import Path

import bm25s
import numpy as np

from index.tokenize import character_tokens, tokenize

logging.getLogger("bm25s").setLevel(logging.WARNING)


class LexicalIndex:
    """BM25 scores for every chunk, in the order the chunks were given to `build`."""

    def __init__(self, bm25: bm25s.BM25 | None, size: int):
        self._bm25 = bm25
        self.size = size

    @classmethod
    def build(cls, texts: list[str]) -> "LexicalIndex":
        if not texts:
            return cls(None, 0)
        bm25 = bm25s.BM25()
        bm25.index([tokenize(t) for t in texts], show_progress=False)
        return cls(bm25, len(texts))

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        if self._bm25 is not None:
            self._bm25.save(str(directory), show_progress=False)

    @classmethod
    def load(cls, directory: Path, size: int) -> "LexicalIndex":
        if size == 0:
            return cls(None, 0)
        return cls(bm25s.BM25.load(str(directory), show_progress=False), size)

    def scores(self, query: str) -> np.ndarray:
        if self._bm25 is None:
            return np.zeros(0, dtype=np.float32)
        vocab = self._bm25.vocab_dict
        tokens = [t for t in tokenize(query) if t in vocab]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return self._bm25.get_scores(tokens)

    def candidates(self, phrase: str) -> np.ndarray:
        """The chunks that may contain `phrase`: those holding its rarest character bigram (a superset; check
        the text). From the postings BM25 already keeps, so no scan of every text (but for punctuation)."""
        if self._bm25 is None:
            return np.zeros(0, dtype=np.int64)
        vocab, postings = self._bm25.vocab_dict, self._bm25.scores
        ids = [vocab.get(token) for token in set(character_tokens(phrase))]
        if not ids:  # punctuation and spaces only: BM25 keeps none of it
            return np.arange(self.size)
        if None in ids:
            return np.zeros(0, dtype=np.int64)  # a bigram no chunk has
        starts, ends = postings["indptr"][ids], postings["indptr"][np.asarray(ids) + 1]
        rarest = int(np.argmin(ends - starts))
        return postings["indices"][starts[rarest]:ends[rarest]]
