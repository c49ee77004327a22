"""Where the index lives: Chroma for vectors, plus a snapshot of chunks, manifest and BM25 index.

Layout of the store directory:
    chroma/            embedded Chroma (unless CHROMA_HOST points at a server)
    embeddings.sqlite  the embedding cache (text hash -> vector)
    snapshots/<v>/     chunks.json, manifest.json, bm25/   (one complete index version)
    CURRENT            the name of the snapshot in use, replaced atomically

Chroma is keyed by chunk id and may briefly hold vectors no snapshot names (an interrupted run);
readers only trust ids of the CURRENT snapshot, and the next run deletes the others. So a run
killed at any moment leaves the previous index answering.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import chromadb
from chromadb.config import Settings as ChromaSettings
from llama_index.vector_stores.chroma import ChromaVectorStore

from index.lexical import LexicalIndex
from settings import Settings

COLLECTION = "bulletins"


class StoreBusyError(RuntimeError):
    """Another index run holds the store."""


@dataclass
class Snapshot:
    version: str | None
    chunks: list[dict] = field(default_factory=list)
    manifest: dict[str, dict] = field(default_factory=dict)  # file name -> what was indexed from it
    embed_model: str | None = None
    lexical: LexicalIndex = field(default_factory=lambda: LexicalIndex(None, 0))


class IndexStore:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.root = Path(settings.store_dir)
        self._client = None

    # --- snapshots -------------------------------------------------------------------------
    def current_version(self) -> str | None:
        try:
            return (self.root / "CURRENT").read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None

    def load_snapshot(self) -> Snapshot:
        version = self.current_version()
        if version is None:
            return Snapshot(None)
        folder = self.root / "snapshots" / version
        meta = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        chunks = json.loads((folder / "chunks.json").read_text(encoding="utf-8"))
        return Snapshot(version, chunks, meta["files"], meta["embed_model"],
                        LexicalIndex.load(folder / "bm25", len(chunks)))

    def write_snapshot(self, chunks: list[dict], manifest: dict[str, dict], embed_texts: list[str]) -> str:
        """Write a complete snapshot beside the old one, then switch CURRENT to it in one rename."""
        version = f"{time.strftime('%Y%m%d-%H%M%S')}-{time.time_ns() % 10**9:09d}-{os.getpid()}"
        folder = self.root / "snapshots" / version
        folder.mkdir(parents=True)
        LexicalIndex.build(embed_texts).save(folder / "bm25")
        _write_json(folder / "chunks.json", chunks)
        _write_json(folder / "manifest.json", {"embed_model": self.settings.embed_model, "files": manifest})
        tmp = self.root / f"CURRENT.{os.getpid()}"
        tmp.write_text(version, encoding="utf-8")
        os.replace(tmp, self.root / "CURRENT")
        for old in (self.root / "snapshots").iterdir():
            if old.name != version:
                shutil.rmtree(old, ignore_errors=True)
        return version

    # --- vectors ---------------------------------------------------------------------------
    def client(self):
        if self._client is None:
            telemetry = ChromaSettings(anonymized_telemetry=False)
            if self.settings.chroma_host:
                self._client = chromadb.HttpClient(host=self.settings.chroma_host,
                                                   port=self.settings.chroma_port, settings=telemetry)
            else:
                self._client = chromadb.PersistentClient(path=str(self.root / "chroma"), settings=telemetry)
        return self._client

    def vector_store(self) -> ChromaVectorStore:
        collection = self.client().get_or_create_collection(COLLECTION, metadata={"hnsw:space": "cosine"})
        return ChromaVectorStore(chroma_collection=collection)

    def drop_vectors(self) -> None:
        if COLLECTION in [c.name for c in self.client().list_collections()]:
            self.client().delete_collection(COLLECTION)

    def reset_client(self) -> None:
        """Forget the client, so the next use reopens it and sees other processes' writes."""
        self._client = None

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


def _write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
