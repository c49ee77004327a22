"""Dense retrieval from Chroma, restricted to the chunks a question may use.

Unfiltered, it is one nearest-neighbour query. Filtered (a mask over the snapshot's chunks, see filters.py):
- up to EXACT_ROWS allowed chunks (a bulletin, a region, a period among many), an exact search over their
  vectors, each fetched from Chroma once and then kept. Chroma's HNSW graph is approximate, and an over-fetch
  through it missed nearest allowed chunks where many chunks are near-copies (the same passage in many issues);
- more allowed chunks than that, an over-fetch of top_k / share × OVERFETCH that grows until top_k allowed
  chunks are found, unless it would exceed MAX_FETCH (Chroma's own `where` filter costs 25-50x an unfiltered
  query at 100,000 chunks, see MODELS.md).
"""
from __future__ import annotations

import math
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from index.embedding import BulletinEmbedding
from index.store import IndexStore, VectorStoreUnavailable

RETRY_SECONDS = 2.0  # after the vector store failed, questions skip it this long (a dead host costs a timeout)
OVERFETCH = 2.0      # fetch twice what the allowed share predicts, so one query usually suffices
MAX_FETCH = 2000     # nearest neighbours worth one query (top-2,000 costs ~10x top-50 at 100,000 chunks)
EXACT_ROWS = 20_000  # an exact search over this many kept vectors costs ~5 ms, about a top-500 query
# the model's C engine releases the GIL: a question's embedding runs here while its thread analyses it
_EMBEDDER = ThreadPoolExecutor(max_workers=8, thread_name_prefix="query-embedding")
# how long a question's thread waits for its embedding to start: the embedding thread needs the GIL to reach
# the engine, and the question's analysis (pure Python) held it for most of its ~3 ms; a busy pool is not waited for
START_WAIT_S = 0.005


class DenseRetriever(BaseRetriever):
    """Nearest chunks by vector. Raises VectorStoreUnavailable when Chroma cannot be reached, and then
    for RETRY_SECONDS without trying again, so a dead server costs one timeout, not one per question."""

    def __init__(self, store: IndexStore, embedding: BulletinEmbedding, nodes: dict[str, TextNode],
                 top_k: int = 50):
        super().__init__()
        self._store, self._embedding, self._nodes, self._top_k = store, embedding, nodes, top_k
        self._position = {node_id: k for k, node_id in enumerate(nodes)}  # the snapshot's order
        self._kept = _KeptVectors(store, list(nodes))
        self._failed_at = -RETRY_SECONDS
        self._failed_lock = threading.Lock()

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return self.search(query_bundle)

    def embed_soon(self, question: str) -> Future:
        """The question's vector, computed in the background (pass it to HybridRetriever as `vector`); returns
        once the embedding has started, so the question's analysis runs beside it, not before it."""
        started = threading.Event()

        def embed() -> list[float]:
            started.set()
            return self._embedding.get_query_embedding(question)

        future = _EMBEDDER.submit(embed)
        started.wait(START_WAIT_S)
        return future

    def search(self, query_bundle: QueryBundle, allowed: np.ndarray | None = None) -> list[NodeWithScore]:
        """The top_k nearest chunks among those `allowed` (a boolean mask in snapshot order; None: all)."""
        if not self._nodes or (allowed is not None and not allowed.any()):
            return []
        with self._failed_lock:
            if time.monotonic() - self._failed_at < RETRY_SECONDS:
                raise VectorStoreUnavailable(self._store.unreachable_message())
        vector = query_bundle.embedding or self._embedding.get_query_embedding(query_bundle.query_str)
        try:
            found = self._nearest(vector, allowed)
        except VectorStoreUnavailable:
            with self._failed_lock:
                self._failed_at = time.monotonic()
            raise
        return [NodeWithScore(node=self._nodes[i], score=s) for i, s in found]

    def _nearest(self, vector: list[float], allowed: np.ndarray | None) -> list[tuple[str, float]]:
        total = len(self._nodes)
        if allowed is None:
            return self._query(vector, min(self._top_k, total), None)
        share = int(allowed.sum())
        fetch = math.ceil(self._top_k * total / share * OVERFETCH)
        if share <= EXACT_ROWS or fetch > MAX_FETCH:
            return self._kept.nearest(vector, allowed, self._top_k)
        wanted = min(self._top_k, share)
        while True:
            fetch = min(fetch, total)
            found = self._query(vector, fetch, allowed)
            if len(found) >= wanted or fetch == total:
                return found[:self._top_k]
            fetch *= 4

    def _query(self, vector: list[float], k: int, allowed: np.ndarray | None) -> list[tuple[str, float]]:
        """Chroma's k nearest, keeping only chunks of this snapshot (and of the mask)."""
        ids, similarities = self._store.query_vectors(vector, k)
        found = []
        for node_id, similarity in zip(ids, similarities):
            position = self._position.get(node_id)
            if position is not None and (allowed is None or allowed[position]):
                found.append((node_id, similarity))
        return found


class _KeptVectors:
    """Exact nearest neighbours within a set of chunks. A chunk's vector is fetched from Chroma the first time
    a filtered search needs it and kept for the snapshot's life (1.5 KB a chunk at 384 dimensions); the matrix
    is allocated zeroed, so rows never needed take no memory."""

    def __init__(self, store: IndexStore, ids: list[str]):
        self._store, self._ids = store, ids
        self._matrix: np.ndarray | None = None
        self._fetched = np.zeros(len(ids), dtype=bool)
        self._stored = np.zeros(len(ids), dtype=bool)  # a chunk Chroma lacks is not found by a plain query either
        self._lock = threading.Lock()

    def nearest(self, vector: list[float], allowed: np.ndarray, k: int) -> list[tuple[str, float]]:
        rows = np.flatnonzero(allowed)
        self._fetch(rows[~self._fetched[rows]])
        rows = rows[self._stored[rows]]
        if not len(rows):
            return []
        similarities = self._matrix[rows] @ np.asarray(vector, dtype=np.float32)
        top = np.argpartition(-similarities, k - 1)[:k] if len(rows) > k else np.arange(len(rows))
        top = top[np.argsort(-similarities[top], kind="stable")]
        return [(self._ids[rows[j]], float(similarities[j])) for j in top]

    def _fetch(self, rows: np.ndarray) -> None:
        if not len(rows):
            return
        stored = self._store.vectors_of([self._ids[r] for r in rows])
        with self._lock:
            for r in rows:
                found = stored.get(self._ids[r])
                if found is not None:
                    if self._matrix is None:
                        self._matrix = np.zeros((len(self._ids), len(found)), dtype=np.float32)
                    self._matrix[r] = found
                    self._stored[r] = True
            self._fetched[rows] = True
