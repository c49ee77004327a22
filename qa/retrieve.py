"""Hybrid retrieval: dense (Chroma) and lexical (BM25) rankings fused by reciprocal rank.

Region and period act as filters after an unfiltered top-k (Chroma's own metadata filter costs
10-70x the plain query, see MODELS.md). Only ids of the current snapshot are trusted, so vectors
an interrupted index run left behind never surface.
"""
from __future__ import annotations

import logging
import threading
import time

import numpy as np
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from index.embedding import BulletinEmbedding
from index.lexical import LexicalIndex
from index.periods import Period, find_periods, parse_period
from index.store import IndexStore, VectorStoreUnavailable

RRF_K = 60
RETRY_SECONDS = 2.0  # after the vector store failed, questions skip it this long (a dead host costs a timeout)
log = logging.getLogger(__name__)


def reciprocal_rank_fusion(rankings: list[list[str]], k: int = RRF_K) -> dict[str, float]:
    """Sum of 1/(k + rank) over the rankings each id appears in."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, node_id in enumerate(ranking, 1):
            scores[node_id] = scores.get(node_id, 0.0) + 1.0 / (k + rank)
    return scores


def period_matches(node: TextNode, period: Period, in_text: bool = False) -> bool:
    """The chunk's period or its bulletin's is the one asked for; with `in_text` (a period no
    bulletin reports on, such as 2023年以来 or 全年), the chunk's text names it."""
    if in_text:
        year = (node.metadata.get("as_of") or 0) // 100 or None  # a bare 全年 in a 2024 bulletin is 2024
        return any(period.matches(p) for p in find_periods(node.get_content(), year))
    return any(p is not None and period.matches(p)
               for p in (parse_period(node.metadata.get("period")), parse_period(node.metadata.get("doc_period"))))


class DenseRetriever(BaseRetriever):
    """Nearest chunks by vector. Raises VectorStoreUnavailable when Chroma cannot be reached, and then
    for RETRY_SECONDS without trying again, so a dead server costs one timeout, not one per question."""

    def __init__(self, store: IndexStore, embedding: BulletinEmbedding, nodes: dict[str, TextNode],
                 top_k: int = 50):
        super().__init__()
        self._store, self._embedding, self._nodes, self._top_k = store, embedding, nodes, top_k
        self._failed_at = -RETRY_SECONDS
        self._failed_lock = threading.Lock()

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        if not self._nodes:
            return []
        with self._failed_lock:
            if time.monotonic() - self._failed_at < RETRY_SECONDS:
                raise VectorStoreUnavailable(self._store.unreachable_message())
        vector = query_bundle.embedding or self._embedding.get_query_embedding(query_bundle.query_str)
        try:
            ids, similarities = self._store.query_vectors(vector, min(self._top_k, len(self._nodes)))
        except VectorStoreUnavailable:
            with self._failed_lock:
                self._failed_at = time.monotonic()
            raise
        return [NodeWithScore(node=self._nodes[i], score=s) for i, s in zip(ids, similarities) if i in self._nodes]


class LexicalRetriever(BaseRetriever):
    def __init__(self, lexical: LexicalIndex, nodes: list[TextNode], top_k: int = 50):
        super().__init__()
        self._lexical, self._nodes, self._top_k = lexical, nodes, top_k

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        scores = self._lexical.scores(query_bundle.query_str)
        if not len(scores):
            return []
        top = np.argsort(-scores)[: self._top_k]
        return [NodeWithScore(node=self._nodes[i], score=float(scores[i])) for i in top if scores[i] > 0]


class HybridRetriever(BaseRetriever):
    """Fused dense + lexical ranking, optionally restricted to one region, one period and one bulletin.

    Cheap to build: make one per question (the shared dense and lexical retrievers hold no per-query
    state), so concurrent questions never see each other's filters.
    """

    def __init__(self, dense: DenseRetriever, lexical: LexicalRetriever, top_k: int = 8,
                 region: str | None = None, period: Period | None = None, period_in_text: bool = False,
                 doc: str | None = None):
        super().__init__()
        self._dense, self._lexical, self.top_k = dense, lexical, top_k
        self.region, self.period, self.period_in_text, self.doc = region, period, period_in_text, doc
        self.mode = "hybrid"  # "lexical" after a retrieval the vector store could not serve

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        rankings, nodes = [], {}
        for retriever in (self._dense, self._lexical):
            try:
                found = retriever.retrieve(query_bundle)
            except VectorStoreUnavailable as err:
                log.warning("answering from BM25 alone: %s", err)
                self.mode = "lexical"
                continue
            hits = [h for h in found if self._keep(h.node)]
            rankings.append([h.node.node_id for h in hits])
            nodes.update({h.node.node_id: h.node for h in hits})
        fused = reciprocal_rank_fusion(rankings)
        best = sorted(fused, key=fused.get, reverse=True)[: self.top_k]
        return [NodeWithScore(node=nodes[i], score=fused[i]) for i in best]

    def _keep(self, node: TextNode) -> bool:
        if self.region and node.metadata.get("region") != self.region:
            return False
        if self.doc and node.metadata.get("doc") != self.doc:
            return False
        return self.period is None or period_matches(node, self.period, self.period_in_text)
