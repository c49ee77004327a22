"""A file indexed by older reading code is read again on the next run, though its bytes did not change; its vectors
come from the embedding cache. Real pipeline, real bundled model, real Chroma store."""
from __future__ import annotations

from index import pipeline
from index.pipeline import IndexingPipeline
from index.reader_version import READER_VERSION, reader_version
from index.store import IndexStore

NAME = "2025-lanshui-di1qi.txt"


def test_an_upgraded_reader_reads_unchanged_files_again(fresh_settings, embedding, small_bulletin, monkeypatch):
    (fresh_settings.docs_dir / NAME).write_text(small_bulletin, encoding="utf-8")
    monkeypatch.setattr(pipeline, "READER_VERSION", "an-older-reader")
    first = IndexingPipeline(fresh_settings, embedding).run()
    assert (first.added, first.errors) == (1, [])
    monkeypatch.setattr(pipeline, "READER_VERSION", READER_VERSION)

    upgraded = IndexingPipeline(fresh_settings, embedding).run()
    assert (upgraded.updated, upgraded.unchanged, upgraded.embedded) == (1, 0, 0)  # read again, nothing re-embedded
    assert IndexStore(fresh_settings).load_snapshot().manifest[NAME]["reader"] == READER_VERSION

    again = IndexingPipeline(fresh_settings, embedding).run()
    assert (again.updated, again.unchanged) == (0, 1)


def test_the_version_follows_the_sources(tmp_path):
    (tmp_path / "facts.py").write_text("A = 1\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a source\n", encoding="utf-8")
    before = reader_version(tmp_path)
    (tmp_path / "notes.txt").write_text("edited\n", encoding="utf-8")
    assert reader_version(tmp_path) == before
    (tmp_path / "facts.py").write_text("A = 2\n", encoding="utf-8")
    assert reader_version(tmp_path) != before
