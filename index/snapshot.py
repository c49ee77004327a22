"""One index version on disk (snapshots/<v>/ of the store): chunks.json, manifest.json, bm25/, facts.json and
outline.json, written whole into a new folder and read back as a `Snapshot`. Which version is current, and
the switch to a new one, are index/store.py's."""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path

from index.embedding import identity_of_spec
from index.lexical import LexicalIndex


@dataclass
class Snapshot:
    version: str | None
    chunks: list[dict] = field(default_factory=list)
    manifest: dict[str, dict] = field(default_factory=dict)  # file name -> what was indexed from it
    embedding: dict | None = None  # the model that embedded it: backend, model, dim (see index/embedding.py)
    lexical: LexicalIndex = field(default_factory=lambda: LexicalIndex(None, 0))
    facts: list[dict] = field(default_factory=list)         # every figure, see index/facts.py
    outline: dict[str, dict] = field(default_factory=dict)  # file name -> its outline, see index/outline.py
    has_facts: bool = False  # False for a snapshot written before facts existed: the next run writes them

    @functools.cached_property
    def facts_by_entity(self) -> dict[str, list[dict]]:
        """The facts of each entity (zone or city), in snapshot order: a question reads one entity's rows."""
        found: dict[str, list[dict]] = {}
        for fact in self.facts:
            found.setdefault(fact.get("entity") or "", []).append(fact)
        return found


def read_snapshot(folder: Path, version: str) -> Snapshot:
    """The snapshot in `folder` (FileNotFoundError when the folder is gone)."""
    meta = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    chunks = json.loads((folder / "chunks.json").read_text(encoding="utf-8"))
    has_facts = (folder / "facts.json").exists()
    embedding = meta.get("embedding") or identity_of_spec(meta.get("embed_model"))
    return Snapshot(version, chunks, meta["files"], embedding,
                    LexicalIndex.load(folder / "bm25", len(chunks)),
                    _read_json(folder / "facts.json", []), _read_json(folder / "outline.json", {}), has_facts)


def write_snapshot_files(folder: Path, chunks: list[dict], manifest: dict[str, dict], embed_texts: list[str],
                         facts: list[dict] | None, outline: dict[str, dict] | None, *, embedding: dict) -> None:
    """Write a complete snapshot into the new folder `folder`."""
    folder.mkdir(parents=True)
    LexicalIndex.build(embed_texts).save(folder / "bm25")
    _write_json(folder / "chunks.json", chunks)
    _write_json(folder / "facts.json", facts or [])
    _write_json(folder / "outline.json", outline or {})
    _write_json(folder / "manifest.json", {"embed_model": embedding["model"], "embedding": embedding,
                                           "files": manifest})


def _read_json(path: Path, missing):
    """The file's JSON, or `missing` when the file is absent (a snapshot older than the file kind)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return missing


def _write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
