"""Where the index lives: Chroma for vectors, plus a snapshot of chunks, manifest and BM25 index.

Layout of the store directory:
    chroma/            embedded Chroma (unless CHROMA_HOST points at a server)
    embeddings.sqlite  the embedding cache (text hash -> vector)
    snapshots/<v>/     chunks.json, manifest.json, bm25/, facts.json, outline.json   (one complete index version,
                       index/snapshot.py)
    CURRENT            the name of the snapshot in use, replaced atomically

Chroma is keyed by chunk id and may briefly hold vectors no snapshot names (an interrupted run);
readers only trust ids of the CURRENT snapshot, and the next run deletes the others. So a run
killed at any moment leaves the previous index answering.

Every `IndexStore` opens its own embedded Chroma instance, and `reset_client` opens a new one: chromadb
shares one instance per path within a process, and that instance keeps a stale vector index after
another process writes the directory (`count()` sees new rows, `query()` never returns them).
"""
from __future__ import annotations

import fcntl
import functools
import logging
import os
import shutil
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import chromadb
import httpx
import numpy as np
from chromadb.api.shared_system_client import SharedSystemClient
from chromadb.config import Settings as ChromaSettings
from llama_index.core.schema import BaseNode, MetadataMode
from llama_index.core.vector_stores.utils import node_to_metadata_dict
from llama_index.vector_stores.chroma import ChromaVectorStore

from index.snapshot import Snapshot, read_snapshot, write_snapshot_files
from settings import Settings

COLLECTION = "bulletins"
RETIRED_GRACE_SECONDS = 60.0  # a replaced Chroma instance stays open this long for questions still running on it
log = logging.getLogger(__name__)
_OPEN_LOCK = threading.Lock()  # guards chromadb's per-path instance cache while a private instance is opened


class StoreBusyError(RuntimeError):
    """Another index run holds the store."""


class VectorStoreUnavailable(RuntimeError):
    """The Chroma server cannot be reached; the message says so in words for staff."""


def _remote(method):
    """Turn a Chroma server that cannot be reached (refused, timed out, reset) into VectorStoreUnavailable."""
    @functools.wraps(method)
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except httpx.TransportError as err:
            self._collection = None  # reconnect from scratch on the next call
            raise VectorStoreUnavailable(self.unreachable_message()) from err
    return call


class IndexStore:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.root = Path(settings.store_dir)
        self._client = None
        self._collection = None
        self._system = None  # the embedded Chroma instance this store opened (None for a server)
        self._retired: list[tuple[float, object]] = []  # (when, instance) replaced by reset_client
        self._lock = threading.Lock()

    # --- snapshots -------------------------------------------------------------------------
    def current_version(self) -> str | None:
        try:
            return (self.root / "CURRENT").read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None

    def load_snapshot(self) -> Snapshot:
        """The CURRENT snapshot. A writer deletes the snapshot it replaces right after the switch, so a
        reader that read CURRENT just before may find the folder gone: it then reads CURRENT again."""
        while True:
            version = self.current_version()
            if version is None:
                return Snapshot(None)
            try:
                return read_snapshot(self.root / "snapshots" / version, version)
            except FileNotFoundError:
                if self.current_version() == version:
                    raise  # no switch under our feet: the snapshot itself is broken

    def write_snapshot(self, chunks: list[dict], manifest: dict[str, dict], embed_texts: list[str],
                       facts: list[dict] | None = None, outline: dict[str, dict] | None = None, *,
                       embedding: dict) -> str:
        """Write a complete snapshot beside the old one, then switch CURRENT to it in one rename.
        `embedding`: the identity of the model that embedded the chunks, recorded so queries use the same."""
        version = f"{time.strftime('%Y%m%d-%H%M%S')}-{time.time_ns() % 10**9:09d}-{os.getpid()}"
        write_snapshot_files(self.root / "snapshots" / version, chunks, manifest, embed_texts, facts, outline,
                             embedding=embedding)
        tmp = self.root / f"CURRENT.{os.getpid()}"
        tmp.write_text(version, encoding="utf-8")
        os.replace(tmp, self.root / "CURRENT")
        for old in (self.root / "snapshots").iterdir():
            if old.name != version:
                shutil.rmtree(old, ignore_errors=True)
        return version

    # --- vectors ---------------------------------------------------------------------------
    def unreachable_message(self) -> str:
        return (f"向量库（Chroma 服务 {self.settings.chroma_host}:{self.settings.chroma_port}）无法连接，"
                "请确认它已启动。")

    @_remote
    def client(self):
        with self._lock:
            if self._client is None:
                telemetry = ChromaSettings(anonymized_telemetry=False)
                if self.settings.chroma_host:
                    try:
                        self._client = chromadb.HttpClient(host=self.settings.chroma_host,
                                                           port=self.settings.chroma_port, settings=telemetry)
                    except ValueError as err:  # chromadb's "Could not connect to a Chroma server"
                        raise VectorStoreUnavailable(self.unreachable_message()) from err
                else:
                    self._client, self._system = _open_private_client(self.root / "chroma", telemetry)
            return self._client

    def vector_store(self) -> ChromaVectorStore:
        return ChromaVectorStore(chroma_collection=self.collection())

    @_remote
    def collection(self):
        """The collection (looked up once per client: a server round trip saved on every question)."""
        collection = self._collection
        if collection is None:
            collection = self.client().get_or_create_collection(COLLECTION, metadata={"hnsw:space": "cosine"})
            self._collection = collection
        return collection

    @_remote
    def query_vectors(self, vector: list[float], k: int, where: dict | None = None) -> tuple[list[str], list[float]]:
        """(ids, cosine similarities) of the k nearest vectors, best first; only distances cross the wire."""
        found = self.collection().query(query_embeddings=[vector], n_results=k, where=where, include=["distances"])
        return found["ids"][0], [1.0 - d for d in found["distances"][0]]

    @_remote
    def vectors_of(self, ids: list[str]) -> dict[str, np.ndarray]:
        """The stored vectors of these ids (those Chroma holds)."""
        collection, size, found = self.collection(), self._batch_size(), {}
        for i in range(0, len(ids), size):
            got = collection.get(ids=ids[i:i + size], include=["embeddings"])
            found.update(zip(got["ids"], np.asarray(got["embeddings"], dtype=np.float32)))
        return found

    @_remote
    def drop_vectors(self) -> None:
        self._collection = None
        if COLLECTION in [c.name for c in self.client().list_collections()]:
            self.client().delete_collection(COLLECTION)

    @_remote
    def vector_ids(self) -> set[str]:
        """The ids Chroma holds (read from its metadata store, which is never stale)."""
        return set(self.collection().get(include=[])["ids"])

    @_remote
    def upsert_vectors(self, nodes: list[BaseNode]) -> None:
        """Add or replace vectors by id, in batches Chroma accepts (it refuses more than ~5,461 at once).
        The stored metadata is what llama-index's ChromaVectorStore.add writes, so its query reads it."""
        collection, size = self.collection(), self._batch_size()
        for i in range(0, len(nodes), size):
            part = nodes[i:i + size]
            metadatas = [{k: "" if v is None else v
                          for k, v in node_to_metadata_dict(n, remove_text=True, flat_metadata=True).items()}
                         for n in part]
            collection.upsert(ids=[n.node_id for n in part], embeddings=[n.get_embedding() for n in part],
                              metadatas=metadatas,
                              documents=[n.get_content(metadata_mode=MetadataMode.NONE) for n in part])

    @_remote
    def delete_vectors(self, ids: list[str]) -> None:
        collection, size = self.collection(), self._batch_size()
        for i in range(0, len(ids), size):
            collection.delete(ids=ids[i:i + size])

    def _batch_size(self) -> int:
        return max(1, min(5000, self.client().get_max_batch_size()))

    def reset_client(self) -> None:
        """Reopen on next use, so this process sees what other processes wrote.

        Embedded mode opens a new private Chroma instance (a new client on the same path would share the
        old, stale one). The replaced instance is closed after RETIRED_GRACE_SECONDS, so questions that
        started on it finish. A server needs no reopening, but the collection is looked up again: an index
        run may have recreated it (after the server lost its data, or for another model).
        """
        with self._lock:
            self._collection = None
            if self._system is None:
                return
            self._retired.append((time.monotonic(), self._system))
            self._client = self._system = self._collection = None
            self._close_retired(RETIRED_GRACE_SECONDS)

    def close(self) -> None:
        """Release the Chroma instances (or the server connection) this store opened."""
        with self._lock:
            if self._system is not None:
                self._retired.append((time.monotonic(), self._system))
            elif self._client is not None:
                self._client.close()  # an HttpClient: its cached instance is its own (keyed by a uuid)
            self._client = self._system = self._collection = None
            self._close_retired(0.0)

    def _close_retired(self, older_than: float) -> None:
        now, keep = time.monotonic(), []
        for when, system in self._retired:
            if now - when >= older_than:
                try:
                    system.stop()
                except Exception as err:  # never fail a question over closing an old instance
                    log.warning("closing a replaced Chroma instance: %r", err)
            else:
                keep.append((when, system))
        self._retired = keep

    # --- one writer at a time --------------------------------------------------------------
    @contextmanager
    def writer_lock(self):
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / "index.lock", "w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreBusyError(f"另一个索引任务正在写入 {self.root}，请等它结束后再试。") from None
            yield


def _open_private_client(path: Path, settings: ChromaSettings):
    """(client, its instance): an embedded Chroma client with an instance of its own.

    chromadb keeps one instance per path in a class-level cache that every PersistentClient on that path
    shares; that instance never sees other processes' later writes. So the cache entry is set aside while
    the client opens, and the new instance is taken out of it afterwards (the client holds its own
    reference; chromadb only looks the cache up again in Client.close(), which is never called here).
    Relies on chromadb 1.5's SharedSystemClient internals (requirements pin chromadb<1.6); the
    tests check that a reopened client returns vectors another process wrote.
    """
    key = str(path)
    cache, counts = SharedSystemClient._identifier_to_system, SharedSystemClient._identifier_to_refcount
    with _OPEN_LOCK:
        saved = cache.pop(key, None), counts.pop(key, None)
        try:
            client = chromadb.PersistentClient(path=key, settings=settings)
        finally:
            system = cache.pop(key, None)
            counts.pop(key, None)
            if saved[0] is not None:
                cache[key] = saved[0]
            if saved[1] is not None:
                counts[key] = saved[1]
    return client, system
