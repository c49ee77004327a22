"""The indexing pipeline: documents folder -> chunks -> embeddings -> Chroma + snapshot.

Incremental by content hash: unchanged files keep their chunks, changed files are re-chunked and
only texts the cache has never seen are embedded, removed files leave the store.
"""
from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from llama_index.core.schema import TextNode

from index.chunking import chunk_document
from index.continued_pages import continue_pages
from index.embedding import (BulletinEmbedding, EmbeddingCache, EmbeddingMismatch, load_embedding, mismatch_message,
                             same_model)
from index.facts import extract_facts
from index.loaders import LoadError, is_documentation, load_file
from index.ocr import OcrOptions, OcrReader
from index.outline import build_outlines
from index.read_alike import restore_regions
from index.reader_version import READER_VERSION
from index.store import IndexStore, VectorStoreUnavailable
from index.zone_cities import place_zone_passages
from settings import Settings

log = logging.getLogger(__name__)
Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass
class IndexReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: int = 0
    chunks: int = 0
    embedded: int = 0
    seconds: float = 0.0
    errors: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)  # {file, warning}: e.g. an OCR page of low confidence
    ocr_pages: int = 0  # pages read by OCR in this run (pages found in the OCR cache not counted)
    ocr_seconds: float = 0.0
    files: list[dict] = field(default_factory=list)  # per file: {file, status, reason?}
    documentation: list[str] = field(default_factory=list)  # files left out as the folder's documentation (README.md)

    def to_dict(self) -> dict:
        return asdict(self)


def embed_text(chunk: dict) -> str:
    """What the models see: the chunk with its region, zone and section, so all are searchable, and the heading of
    the item it stands under when its text does not hold it (专栏：营商环境, 典型案例: a box's passage says what it is
    about only by its heading), and the indicator a table's caption names for its rows (本期 | 上年同期: see
    index.period_columns)."""
    item = chunk.get("item")
    item = item if item and item not in chunk["text"] else None
    context = " ".join(filter(None, [chunk.get("region"), chunk.get("zone"), chunk.get("section"), item,
                                     chunk.get("caption")]))
    return f"{context}：{chunk['text']}" if context else chunk["text"]


def _by_doc(rows: list[dict]) -> dict[str, list[dict]]:
    """Chunks or facts grouped by their document's file name."""
    grouped: dict[str, list[dict]] = {}
    for row in rows:
        grouped.setdefault(row["doc"], []).append(row)
    return grouped


def _placing(chunk: dict) -> tuple:
    """What a chunk's vector and stored metadata say of its place (see embed_text and _write), and its text (a scan's
    misread name restored, index.read_alike)."""
    return tuple(chunk.get(k) for k in ("region", "zone", "section", "period", "as_of", "text"))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class IndexingPipeline:
    def __init__(self, settings: Settings, embedding: BulletinEmbedding | None = None):
        self.settings = settings
        self.store = IndexStore(settings)
        self._embedding = embedding

    @property
    def embedding(self) -> BulletinEmbedding:
        if self._embedding is None:
            self._embedding = load_embedding(self.settings)
        return self._embedding

    def run(self, docs_dir: Path | None = None, rebuild: bool = False,
            progress: Progress | None = None) -> IndexReport:
        started = time.perf_counter()
        docs_dir = Path(docs_dir or self.settings.docs_dir)
        try:
            with self.store.writer_lock():
                report = self._run_locked(docs_dir, rebuild, progress or (lambda *a: None))
        except VectorStoreUnavailable as err:  # before the snapshot switch: the old index stays as it was
            raise type(err)(f"{err}索引未更新，现有索引照常回答。") from err  # keeps the kind (e.g. EmbeddingUnavailable)
        finally:
            self.store.close()
        report.seconds = round(time.perf_counter() - started, 2)
        return report

    def _run_locked(self, docs_dir: Path, rebuild: bool, progress: Progress) -> IndexReport:
        report = IndexReport()
        self.store.collection()  # a Chroma server that cannot be reached fails the run before any work
        old = self.store.load_snapshot()
        model_changed = old.version is not None and not same_model(old.embedding, self.embedding.identity)
        if model_changed and not rebuild:  # vectors of two models in one index would answer nonsense
            raise EmbeddingMismatch(mismatch_message(old.embedding, self.embedding.identity))
        old_by_doc = _by_doc(old.chunks)
        placed = {c["id"]: _placing(c) for c in old.chunks}  # before restore_regions places kept chunks anew
        old_facts = _by_doc(old.facts)
        files = sorted(p for p in docs_dir.rglob("*") if p.is_file() and not p.name.startswith("."))
        report.documentation = [p.relative_to(docs_dir).as_posix() for p in files if is_documentation(p)]
        files = [p for p in files if not is_documentation(p)]
        chunks: list[dict] = []
        facts: list[dict] = []
        manifest: dict[str, dict] = {}
        ocr = OcrReader(self.store.root / "ocr-cache", OcrOptions(workers=self.settings.ocr_workers),
                        progress=progress)  # scans read once, cached by page image
        for i, path in enumerate(files, 1):
            progress("读取文件", i, len(files))
            name = path.relative_to(docs_dir).as_posix()
            entry = self._index_file(path, name, old.manifest.get(name), rebuild, report, ocr)
            if entry is None and name in old.manifest and name in old_by_doc:
                entry = old.manifest[name], None  # unreadable now: keep what was indexed from it before
            if entry is None:
                continue
            manifest[name], new_chunks = entry
            doc_chunks = old_by_doc[name] if new_chunks is None else new_chunks
            chunks += doc_chunks
            kept = new_chunks is None and old.has_facts and not rebuild
            facts += old_facts.get(name, []) if kept else extract_facts(doc_chunks)
        restore_regions(chunks, facts, manifest)  # a scan's misread region: the one other documents write
        continue_pages(chunks, facts, manifest)  # x-p2.png of no period: x-p1.png's title and period
        place_zone_passages(chunks, facts, manifest)  # a zone's passage of no region: its city, known from any bulletin
        moved = {c["id"] for c in chunks if c["id"] in placed and placed[c["id"]] != _placing(c)}
        report.removed = sum(1 for name in old.manifest if name not in manifest)
        report.ocr_pages, report.ocr_seconds = ocr.stats.pages, round(ocr.stats.seconds, 1)
        texts = [embed_text(c) for c in chunks]
        cache = EmbeddingCache(self.store.root / "embeddings.sqlite", self.embedding.cache_key)
        try:
            vectors, report.embedded = cache.embed(self.embedding, texts,
                                                   progress=lambda d, t: progress("向量化", d, t))
        finally:
            cache.close()
        identity = self._identity(old.embedding if old.version and not rebuild else None, vectors)
        progress("写入索引", 0, 1)
        changed = rebuild or bool(report.added or report.updated or report.removed or moved)
        changed = changed or (old.version is not None and not old.has_facts)  # an index from before facts
        derived = {"facts": facts, "outline": build_outlines(chunks, facts), "embedding": identity}
        self._write(chunks, vectors, manifest, texts, changed, None if rebuild else moved, model_changed, derived)
        report.chunks = len(chunks)
        progress("写入索引", 1, 1)
        return report

    def _identity(self, stored: dict | None, vectors) -> dict:
        """The model's identity with its dimension, to record; refused when the index holds vectors of
        another dimension (the endpoint now serves another model under the same name)."""
        dim = int(vectors.shape[1]) if len(vectors) else (stored or {}).get("dim")
        identity = {**self.embedding.identity, "dim": dim}
        if stored and stored.get("dim") and dim != stored["dim"]:
            raise EmbeddingMismatch(mismatch_message(stored, identity))
        return identity

    def _index_file(self, path: Path, name: str, before: dict | None, rebuild: bool,
                    report: IndexReport, ocr: OcrReader) -> tuple[dict, list[dict] | None] | None:
        """(manifest entry, new chunks or None when unchanged), or None when the file is skipped."""
        try:
            digest = _sha256(path)
            if before and before["sha256"] == digest and before.get("reader") == READER_VERSION and not rebuild:
                report.unchanged += 1
                report.files.append({"file": name, "status": "unchanged"})
                return before, None
            warned = len(ocr.stats.warnings)
            chunks, doc = chunk_document(load_file(path, self.settings.max_file_bytes, ocr), name)
            report.warnings += [{"file": name, "warning": w} for w in ocr.stats.warnings[warned:]]
            if not chunks:
                raise LoadError("没有可索引的正文")
        except (LoadError, OSError) as err:
            reason = str(err) if isinstance(err, LoadError) else \
                "没有读取权限" if isinstance(err, PermissionError) else f"无法读取文件（{err.strerror or err}）"
            log.warning("skipped %s: %s", name, reason)
            report.skipped += 1
            report.errors.append({"file": name, "reason": reason})
            report.files.append({"file": name, "status": "skipped", "reason": reason})
            return None
        status = "updated" if before else "added"
        setattr(report, status, getattr(report, status) + 1)
        report.files.append({"file": name, "status": status})
        entry = {"sha256": digest, "reader": READER_VERSION, **doc, "chunks": len(chunks),
                 "indexed_at": time.strftime("%Y-%m-%d %H:%M:%S")}
        return entry, chunks

    def _write(self, chunks: list[dict], vectors, manifest: dict, texts: list[str], changed: bool,
               stale: set[str] | None, model_changed: bool, derived: dict) -> None:
        """Vectors first, then the snapshot switch, then removal of vectors no snapshot names. `stale`: the ids
        of chunks of unchanged files that another file placed anew (a region a scan misread, restored once a
        bulletin writes it), whose stored vector and metadata are rewritten; None: every one (a rebuild).

        A run killed at any point leaves the old snapshot answering with all its vectors in place (only a
        model change drops the collection first: the old vectors are another model's). Chroma is checked
        against the chunks even when no file changed, so a later run completes a killed one: it re-adds
        missing vectors (also after a Chroma server lost its data) and deletes orphans.
        """
        if model_changed:
            self.store.drop_vectors()
        existing = self.store.vector_ids()
        wanted = {c["id"] for c in chunks}
        orphans = sorted(existing - wanted)
        nodes = [TextNode(id_=c["id"], text=c["text"], embedding=v.tolist(),
                          metadata={k: c[k] for k in ("doc", "region", "section", "period", "as_of")})
                 for c, v in zip(chunks, vectors)
                 if stale is None or c["id"] not in existing or c["id"] in stale]
        if not (changed or nodes or orphans):
            return
        if nodes:
            if not changed:
                log.warning("Chroma lacked %d vectors of the current index; re-added", len(nodes))
            self.store.upsert_vectors(nodes)
        if changed or nodes:  # re-added vectors switch too, so serving processes reopen Chroma and see them
            self.store.write_snapshot(chunks, manifest, texts, derived["facts"], derived["outline"],
                                      embedding=derived["embedding"])
        if orphans:
            try:
                self.store.delete_vectors(orphans)
            except VectorStoreUnavailable as err:  # harmless: readers ignore them, the next run deletes them
                log.warning("%d vectors no snapshot names are left for the next run: %s", len(orphans), err)
