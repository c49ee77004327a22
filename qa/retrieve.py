"""Hybrid retrieval: dense (Chroma) and lexical (BM25) rankings fused by reciprocal rank.

Region, bulletin and period restrict both searches (a mask, see filters.py): BM25 ranks only the allowed
chunks and the dense search finds the nearest allowed ones (dense.py). Only ids of the current snapshot are
trusted, so vectors an interrupted index run left behind never surface. When the Chroma server cannot be
reached, the answer rests on BM25 alone and says so (`mode`).
"""
from __future__ import annotations

import logging
from concurrent.futures import Future

import numpy as np
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from index.lexical import LexicalIndex
from index.periods import Period
from index.store import VectorStoreUnavailable
from qa.dense import DenseRetriever
from qa.filters import ChunkFilters

__all__ = ["DenseRetriever", "HybridRetriever", "LexicalRetriever", "reciprocal_rank_fusion"]
RRF_K = 60
log = logging.getLogger(__name__)


def reciprocal_rank_fusion(rankings: list[list[str]], k: int = RRF_K) -> dict[str, float]:
    """Sum of 1/(k + rank) over the rankings each id appears in."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, node_id in enumerate(ranking, 1):
            scores[node_id] = scores.get(node_id, 0.0) + 1.0 / (k + rank)
    return scores


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
        scores = self._lexical.scores(query_bundle.query_str)
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
        fused = reciprocal_rank_fusion([[h.node.node_id for h in hits] for hits in rankings])
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
