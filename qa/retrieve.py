"""Hybrid retrieval: dense (Chroma) and lexical (BM25) rankings fused by their scores.

Region, bulletin and period restrict both searches (a mask, see filters.py): BM25 ranks only the allowed
chunks and the dense search finds the nearest allowed ones (dense.py). Only ids of the current snapshot are
trusted, so vectors an interrupted index run left behind never surface. When the Chroma server cannot be
reached, the answer rests on BM25 alone and says so (`mode`).
"""
from __future__ import annotations

import logging
import re
from concurrent.futures import Future

import numpy as np
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from index.lexical import LexicalIndex
from index.periods import Period
from index.store import VectorStoreUnavailable
from qa.dense import DenseRetriever
from qa.filters import ChunkFilters

__all__ = ["DenseRetriever", "HybridRetriever", "LexicalRetriever", "score_fusion"]
# BM25's share of the fused score. Rank fusion (RRF) threw away how far apart the scores are: a paragraph
# first by BM25 by a wide margin and second by a hair in the dense ranking lost to the reverse (CMRC 2018,
# README). Tuned on the first half of the CMRC 2018 questions: 0.55-0.75 score alike.
LEXICAL_WEIGHT = 0.6
# question words and particles are written in no passage that answers: their characters and bigrams (什么 of
# 为什么, 哪一 of 哪一年) only match passages at random, so BM25 does not score them
_ASKING_WORDS = re.compile(r"什么|哪|怎么?样?|为何|何时|多少|几|谁|是否|吗|呢|吧")
log = logging.getLogger(__name__)


def score_fusion(dense: list[tuple[str, float]], lexical: list[tuple[str, float]],
                 lexical_weight: float = LEXICAL_WEIGHT) -> dict[str, float]:
    """A convex combination of the two rankings' scores, each scaled to [0, 1] over its own list (its best
    1, its last 0; all alike: 1), so neither's scale dominates; an id a ranking lacks scores 0 there."""
    fused: dict[str, float] = {}
    for ranking, weight in ((dense, 1.0 - lexical_weight), (lexical, lexical_weight)):
        if not ranking:
            continue
        low, high = min(s for _, s in ranking), max(s for _, s in ranking)
        for node_id, score in ranking:
            scaled = (score - low) / (high - low) if high > low else 1.0
            fused[node_id] = fused.get(node_id, 0.0) + weight * scaled
    return fused


class LexicalRetriever(BaseRetriever):
    """BM25 over the snapshot's chunks; `filters` gives the masks a question's restrictions make."""

    def __init__(self, lexical: LexicalIndex, nodes: list[TextNode], top_k: int = 50):
        super().__init__()
        self._lexical, self._nodes, self._top_k = lexical, nodes, top_k
        self.filters = ChunkFilters(nodes)

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return self.search(query_bundle)

    def search(self, query_bundle: QueryBundle, allowed: np.ndarray | None = None) -> list[NodeWithScore]:
        """The top_k chunks by BM25 among those `allowed` (a boolean mask in snapshot order; None: all)."""
        scores = self._lexical.scores(_ASKING_WORDS.sub(" ", query_bundle.query_str))
        if not len(scores):
            return []
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        k = min(self._top_k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [NodeWithScore(node=self._nodes[i], score=float(scores[i])) for i in top if scores[i] > 0]


class HybridRetriever(BaseRetriever):
    """Fused dense + lexical ranking, optionally restricted to one region, one period and one bulletin.

    Cheap to build: make one per question (the shared dense and lexical retrievers hold no per-query
    state), so concurrent questions never see each other's filters.
    """

    def __init__(self, dense: DenseRetriever, lexical: LexicalRetriever, top_k: int = 8,
                 region: str | None = None, period: Period | None = None, period_in_text: bool = False,
                 doc: str | None = None, vector: Future | None = None):
        super().__init__()
        self._dense, self._lexical, self.top_k, self._vector = dense, lexical, top_k, vector
        self.region, self.period, self.period_in_text, self.doc = region, period, period_in_text, doc
        self.mode = "hybrid"  # "lexical" after a retrieval the vector store could not serve

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        allowed = self._lexical.filters.mask(self.region, self.doc, self.period, self.period_in_text)
        lexical = self._lexical.search(query_bundle, allowed)  # first, while a `vector` may still be computing
        rankings = [self._dense_hits(query_bundle, allowed), lexical]
        nodes = {h.node.node_id: h.node for hits in rankings for h in hits}
        fused = score_fusion(*[[(h.node.node_id, h.score) for h in hits] for hits in rankings])
        best = sorted(fused, key=fused.get, reverse=True)[: self.top_k]
        return [NodeWithScore(node=nodes[i], score=fused[i]) for i in best]

    def _dense_hits(self, query_bundle: QueryBundle, allowed: np.ndarray | None) -> list[NodeWithScore]:
        """The dense ranking; none, and `mode` lexical, when the vector store or the embeddings endpoint
        cannot be reached."""
        try:  # the question's vector too: an embeddings endpoint may be unreachable (EmbeddingUnavailable)
            if self._vector is not None:
                query_bundle = QueryBundle(query_bundle.query_str, embedding=self._vector.result())
            return self._dense.search(query_bundle, allowed)
        except VectorStoreUnavailable as err:
            log.warning("answering from BM25 alone: %s", err)
            self.mode = "lexical"
            return []
