"""Embeddings from an OpenAI-compatible endpoint (infinity-emb, vLLM, Xinference, TEI …), for corpora too big
for this machine's CPU: `POST {BQA_EMBED}/embeddings` a batch at a time, with timeouts, retried with backoff.

An endpoint that cannot be reached raises EmbeddingUnavailable, a kind of VectorStoreUnavailable: an index run
then fails before its snapshot switch (the old index keeps answering), and a question is answered from BM25
alone with the notice that vector search is unavailable, as when the Chroma server is down.
"""
from __future__ import annotations

import logging
import time
from typing import Any, ClassVar

import httpx
import numpy as np
from pydantic import PrivateAttr

from index.embedding import BulletinEmbedding
from index.store import VectorStoreUnavailable

log = logging.getLogger(__name__)
INDEX_ATTEMPTS = 4   # a batch of an index run: waits 0.5, 1 and 2 s between tries (a server restarting)
QUERY_ATTEMPTS = 2   # a question's: better answered by keywords soon than by vectors late
QUERY_PAUSE_SECONDS = 5.0  # after a question's embedding failed, questions skip the endpoint this long
BACKOFF_SECONDS = 0.5
CONNECT_SECONDS = 5.0
RETRIED_STATUS = frozenset({408, 429, 500, 502, 503, 504})  # busy or restarting; any other error is final


class EmbeddingUnavailable(VectorStoreUnavailable):
    """The embeddings endpoint cannot be reached or refuses the request; the message says so for staff."""


class RemoteEmbedding(BulletinEmbedding):
    """The model `model` served at `endpoint` (a base URL such as http://10.0.0.5:7997/v1)."""

    backend: ClassVar[str] = "openai"
    _endpoint: str = PrivateAttr()
    _client: httpx.Client = PrivateAttr()
    _query_failure: tuple[float, str] = PrivateAttr(default=(-QUERY_PAUSE_SECONDS, ""))  # (when, message)

    def __init__(self, endpoint: str, model: str, api_key: str | None = None, timeout: float = 60.0,
                 **kwargs: Any):
        super().__init__(model_name=model, embed_batch_size=16, **kwargs)
        self._endpoint = endpoint.rstrip("/")
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(base_url=self._endpoint, headers=headers,
                                    timeout=httpx.Timeout(timeout, connect=min(timeout, CONNECT_SECONDS)))

    @property
    def cache_key(self) -> str:
        # by model, not by address: the same model moved to another host keeps its cached vectors
        return f"{self.backend}:{self.model_name}"

    def embed_query(self, text: str) -> np.ndarray:
        """A question's vector. A host that does not answer costs one round of timeouts, not one per question."""
        failed_at, message = self._query_failure
        if time.monotonic() - failed_at < QUERY_PAUSE_SECONDS:
            raise EmbeddingUnavailable(message)
        try:
            return self._embed([text], QUERY_ATTEMPTS)[0]
        except EmbeddingUnavailable as err:
            self._query_failure = (time.monotonic(), str(err))
            raise

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._embed(texts, INDEX_ATTEMPTS)

    def _embed(self, texts: list[str], attempts: int) -> np.ndarray:
        body = {"model": self.model_name, "input": texts, "encoding_format": "float"}
        for attempt in range(1, attempts + 1):
            try:
                response = self._client.post("/embeddings", json=body)
            except httpx.TransportError as err:
                failure = f"无法连接（{type(err).__name__}）"
            else:
                if response.status_code not in RETRIED_STATUS:
                    return self._vectors(response, len(texts))
                failure = f"暂时无法服务（HTTP {response.status_code}）"
            log.warning("embeddings endpoint %s, try %d of %d: %s", self._endpoint, attempt, attempts, failure)
            if attempt < attempts:
                time.sleep(BACKOFF_SECONDS * 2 ** (attempt - 1))
        raise EmbeddingUnavailable(f"向量模型服务 {self._endpoint} {failure}，已试 {attempts} 次。"
                                   "请确认它已启动，且 BQA_EMBED 的地址无误。")

    def _vectors(self, response: httpx.Response, expected: int) -> np.ndarray:
        """The response's vectors in input order, L2-normalised (the store compares by cosine)."""
        if response.is_error:
            raise EmbeddingUnavailable(
                f"向量模型服务 {self._endpoint} 拒绝了请求（HTTP {response.status_code}：{response.text[:200]}）。"
                f"请确认它提供名为“{self.model_name}”的模型（BQA_EMBED_MODEL）。")
        try:
            body = response.json()
            rows = sorted(body["data"], key=lambda row: row["index"])
            vectors = np.asarray([row["embedding"] for row in rows], dtype=np.float32)
        except (ValueError, KeyError, TypeError) as err:
            raise EmbeddingUnavailable(f"向量模型服务 {self._endpoint} 的回复不是 OpenAI 格式的向量（{err!r}）。") from err
        served = body.get("model") if isinstance(body, dict) else None
        if served and served != self.model_name:  # a one-model server (infinity, TEI) answers any name asked
            raise EmbeddingUnavailable(f"向量模型服务 {self._endpoint} 提供的是模型“{served}”，"
                                       f"不是 BQA_EMBED_MODEL 所写的“{self.model_name}”。")
        if vectors.ndim != 2 or len(vectors) != expected:
            raise EmbeddingUnavailable(f"向量模型服务 {self._endpoint} 送回 {len(vectors)} 个向量，应为 {expected} 个。")
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
