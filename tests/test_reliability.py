"""Reliability with real components: bad files and the settings guarding reading and embedding; kill -9 during
indexing, two runs at once, an interrupted run repaired. (Serving while indexing and concurrency:
tests/test_reliability_serving.py; a real Chroma server and the store lock: tests/test_reliability_chroma.py.)

Every index run here starts from a copy of the session sample index's embedding cache (tests/reliability_helpers.py).
"""
from __future__ import annotations

import json
import os
import shutil
import signal
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from llama_index.core.schema import TextNode

from evals.app_server import stop
from index.embedding import BundledEmbedding, omp_environment
from index.pipeline import IndexingPipeline, embed_text
from index.store import IndexStore
from qa.pipeline import BulletinQA
from settings import Settings
from tests.reliability_helpers import (LOADER_DATA, SAMPLE_NAME, CORPUS, JINZHONG, TAIYUAN, TAIYUAN_FIGURE, BUSY,
                                       app_env, run_app, start_app, summary_of, wait_for, seeded, cache_rows,
                                       assert_consistent)


# --- 1. bad input ------------------------------------------------------------------------------------

def test_bad_files_are_reported_and_the_good_ones_indexed(tmp_path, sample_index, small_bulletin, embedding, write_only_file):
    settings = seeded(tmp_path, sample_index)
    docs = settings.docs_dir
    good = {SAMPLE_NAME, "gbk_report.txt", "新 公报 文件夹/2024年 太原 第2期.txt"}
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.pdf").write_bytes(bytes(range(256)) * 64)
    (docs / "text.docx").write_text("这是一个普通文本文件，只是扩展名写成了 docx。\n" * 20, encoding="utf-8")
    shutil.copy2(LOADER_DATA / "scanned_image_only.pdf", docs / "scanned.pdf")
    shutil.copy2(LOADER_DATA / "gbk_report.txt", docs / "gbk_report.txt")
    (docs / "huge.txt").write_text(small_bulletin * (1_600_000 // len(small_bulletin.encode())), encoding="utf-8")
    assert (docs / "huge.txt").stat().st_size > 1024 * 1024
    (docs / "新 公报 文件夹").mkdir()
    (docs / "新 公报 文件夹" / "2024年 太原 第2期.txt").write_text(small_bulletin, encoding="utf-8")
    expected_errors = {"empty.txt": "文件为空", "binary.pdf": "PDF", "text.docx": "docx",
                       "scanned.pdf": "没有文字层", "huge.txt": "文件过大"}
    (docs / "locked.txt").symlink_to(write_only_file)  # unreadable even by root
    expected_errors["locked.txt"] = "权限"

    summary = summary_of(run_app("index", "--json", "--docs", str(docs), "--store", str(settings.store_dir),
                                 "--max-mb", "1"))

    errors = {e["file"]: e["reason"] for e in summary["errors"]}
    assert set(errors) == set(expected_errors), errors
    for name, reason in errors.items():
        assert expected_errors[name] in reason, (name, reason)
        assert "Traceback" not in reason and "\n" not in reason
        assert any("\u4e00" <= ch <= "\u9fff" for ch in reason), f"{name}: a reason in plain (Chinese) words"
    assert (summary["added"], summary["skipped"]) == (len(good), len(expected_errors))
    chunks = assert_consistent(settings)
    assert {c["doc"] for c in chunks} == good
    gbk = " ".join(c["text"] for c in chunks if c["doc"] == "gbk_report.txt")
    assert "全县地区生产总值70.3亿元" in gbk  # decoded, not mojibake
    qa = BulletinQA(settings, embedding)
    result = qa.ask(TAIYUAN)
    assert TAIYUAN_FIGURE in result["answer"]
    assert result["citations"][0]["doc"] == "新 公报 文件夹/2024年 太原 第2期.txt"


def test_unreadable_file_is_reported(fresh_settings, embedding, small_bulletin, write_only_file):
    docs = fresh_settings.docs_dir
    (docs / "2024-taiyuan.txt").write_text(small_bulletin, encoding="utf-8")
    (docs / "locked.txt").symlink_to(write_only_file)
    report = IndexingPipeline(fresh_settings, embedding).run()
    assert report.added == 1 and [e["file"] for e in report.errors] == ["locked.txt"]
    assert "权限" in report.errors[0]["reason"]


def test_size_limit_setting():
    assert Settings.from_env({}).max_file_bytes == 50 * 1024 * 1024
    assert Settings.from_env({"BQA_MAX_FILE_MB": "0.5"}).max_file_bytes == 512 * 1024
    for bad in ("0", "-1", "abc", "inf"):
        with pytest.raises(ValueError, match="MB"):
            Settings.from_env({"BQA_MAX_FILE_MB": bad})
    done = run_app("index", "--max-mb", "0")
    assert done.returncode == 2 and "--max-mb" in done.stderr and "Traceback" not in done.stderr



def test_omp_wait_setting():
    assert Settings.from_env({}).omp_wait == Settings.omp_wait
    assert Settings.from_env({"BQA_OMP_WAIT": " Active "}).omp_wait == "active"
    assert Settings.from_env({"BQA_OMP_WAIT": "1000"}).omp_wait == "1000"
    assert omp_environment("1000") == {"GOMP_SPINCOUNT": "1000"}
    assert omp_environment("passive") == {"OMP_WAIT_POLICY": "PASSIVE"}
    for bad in ("fast", "-5", "1e3"):
        with pytest.raises(ValueError, match="BQA_OMP_WAIT"):
            Settings.from_env({"BQA_OMP_WAIT": bad})
    done = run_app("index", env={**app_env(), "BQA_OMP_WAIT": "fast"})
    assert done.returncode == 2 and "BQA_OMP_WAIT" in done.stderr and "Traceback" not in done.stderr

def test_query_threads_setting_and_vectors(embedding):
    assert Settings.from_env({}).query_threads == Settings.query_threads
    assert Settings.from_env({"BQA_QUERY_THREADS": "2"}).query_threads == 2
    for bad in ("0", "-1", "two", "1.5"):
        with pytest.raises(ValueError, match="BQA_QUERY_THREADS"):
            Settings.from_env({"BQA_QUERY_THREADS": bad})
    # a question embedded on one thread in a worker, passages on every core here: the vectors are the model's
    question, passage = "某市签约项目投资额是多少？", "签约项目投资额126.6亿元。"
    with ThreadPoolExecutor(1) as worker:
        one_thread = worker.submit(embedding.embed_query, question).result()
    wide = BundledEmbedding(query_threads=os.cpu_count() or 1)
    assert np.allclose(one_thread, wide.embed_query(question), atol=1e-5)
    assert np.allclose(embedding.embed_passages([passage]), wide.embed_passages([passage]), atol=1e-5)

# --- 2. kill -9 during indexing, two runs at once ----------------------------------------------------------

def test_kill_during_indexing_then_two_runs_at_once(tmp_path, sample_index, embedding):
    settings = seeded(tmp_path, sample_index)
    store_dir, docs = settings.store_dir, settings.docs_dir
    IndexingPipeline(settings, embedding).run()  # the sample index: all from the cache
    before = IndexStore(settings).current_version()
    old_chunks = assert_consistent(settings)
    for path in CORPUS:
        shutil.copy2(path, docs / path.name)
    rows = cache_rows(store_dir)

    # a run killed while it embeds, after at least one batch of vectors was committed to the cache
    log = tmp_path / "killed.log"
    killed = start_app("index", "--docs", str(docs), "--store", str(store_dir), log=log)
    try:
        wait_for(lambda: cache_rows(store_dir) > rows, 180, "embedding under way", killed, log)
        killed.send_signal(signal.SIGKILL)
        assert killed.wait(timeout=30) == -signal.SIGKILL
    finally:
        stop(killed)
    kept = cache_rows(store_dir) - rows
    assert kept > 0

    # (a) the store still answers from the index that was there before
    assert IndexStore(settings).current_version() == before
    assert assert_consistent(settings) == old_chunks
    qa = BulletinQA(settings, embedding)
    assert "126.6亿元" in qa.ask(JINZHONG)["answer"]

    # (b) two runs at once: one completes the killed run's work, the other is refused with a clear message
    logs = [tmp_path / "first.log", tmp_path / "second.log"]
    outs = [tmp_path / "first.json", tmp_path / "second.json"]
    runs = [start_app("index", "--json", "--docs", str(docs), "--store", str(store_dir), log=log, out=out)
            for log, out in zip(logs, outs)]
    for run in runs:
        try:
            run.wait(timeout=300)
        finally:
            stop(run)
    codes = [run.returncode for run in runs]
    assert sorted(codes) == [0, 2], [log.read_text(errors="replace")[-2000:] for log in logs]
    refused = logs[codes.index(2)].read_text(encoding="utf-8")
    assert BUSY in refused and "Traceback" not in refused
    done = json.loads(outs[codes.index(0)].read_text(encoding="utf-8").strip().splitlines()[-1])
    assert (done["added"], done["unchanged"], done["errors"]) == (len(CORPUS), 1, [])

    # (c) the index is complete, with no duplicate chunks and no orphaned vectors
    chunks = assert_consistent(settings)
    new = [c for c in chunks if c["doc"] != SAMPLE_NAME]
    assert {c["doc"] for c in new} == {p.name for p in CORPUS} and len(chunks) == len(old_chunks) + len(new)
    texts = {embed_text(c) for c in new}
    assert cache_rows(store_dir) == rows + len(texts)
    assert done["embedded"] == len(texts) - kept  # what the killed run embedded was kept, not redone
    assert qa.refresh() is True and len(qa.snapshot.manifest) == 3
    assert "357.9亿元" in qa.ask(JINZHONG)["answer"]  # now from the latest issue (1-9月)
    assert "76.45%" in qa.ask("一季度阳泉“签约一批”项目开工率多少？")["answer"]  # and still the first one
    summary = summary_of(run_app("index", "--json", "--docs", str(docs), "--store", str(store_dir)))
    assert (summary["embedded"], summary["unchanged"], summary["added"]) == (0, 3, 0)
    assert assert_consistent(settings) == chunks


def test_next_run_repairs_what_an_interrupted_run_left_in_chroma(tmp_path, sample_index, embedding):
    """The states a kill can leave in Chroma, made directly: vectors no snapshot names (killed after adding
    vectors, or after the switch but before the cleanup) and snapshot vectors missing (a Chroma that lost
    data). The old snapshot still answers, only from its own chunks; the next run, with no file changed,
    deletes the orphans and re-adds the missing vectors without switching the snapshot."""
    settings = seeded(tmp_path, sample_index)
    IndexingPipeline(settings, embedding).run()
    chunks = assert_consistent(settings)
    version = IndexStore(settings).current_version()
    store = IndexStore(settings)
    collection = store.collection()
    collection.delete(ids=[c["id"] for c in chunks[-3:]])
    orphans = ["晋中签约项目投资额是多少？一段已不在索引中的旧文字，投资额999亿元。", "另一段旧文字"]
    vectors = embedding.embed_passages(orphans)
    store.upsert_vectors([TextNode(id_=f"orphan-{i}", text=t, embedding=v.tolist(),
                                   metadata={"doc": "old.txt", "region": "晋中", "section": "", "period": "",
                                             "as_of": 0})
                          for i, (t, v) in enumerate(zip(orphans, vectors))])
    store.close()

    qa = BulletinQA(settings, embedding)
    result = qa.ask(JINZHONG)
    assert "126.6亿元" in result["answer"] and "999亿元" not in result["answer"]
    assert set(result["retrieved"]) <= {c["id"] for c in chunks}

    report = IndexingPipeline(settings, embedding).run()
    assert (report.added, report.updated, report.removed, report.embedded) == (0, 0, 0, 0)
    assert assert_consistent(settings) == chunks
    repaired = IndexStore(settings).current_version()
    assert repaired != version, "re-added vectors switch the snapshot, so serving processes reopen Chroma"
    assert qa.refresh() is True and "126.6亿元" in qa.ask(JINZHONG)["answer"]
    IndexingPipeline(settings, embedding).run()  # nothing to repair any more: no switch
    assert IndexStore(settings).current_version() == repaired
