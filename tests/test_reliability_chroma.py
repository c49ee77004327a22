"""Reliability with real components: indexing and asking against a real Chroma server, and the store lock released
when a writer is killed.
"""
from __future__ import annotations

import fcntl
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from evals.app_server import free_port, stop
from index.pipeline import IndexingPipeline
from index.store import COLLECTION, IndexStore
from qa.pipeline import BulletinQA
from settings import ROOT, Settings
from tests.reliability_helpers import (JINZHONG, TAIYUAN, TAIYUAN_FIGURE, app_env, run_app, json_lines, summary_of,
                                       wait_for, seeded, assert_consistent)


# --- 5. a Chroma server ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """`chroma run` (the chromadb package's CLI) on a free loopback port; yields (host, port, seconds to come up)."""
    chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    root = tmp_path_factory.mktemp("chroma-server")
    port, log = free_port(), root / "chroma.log"
    started = time.monotonic()
    proc = subprocess.Popen([chroma, "run", "--path", str(root / "data"), "--port", str(port),
                             "--host", "127.0.0.1"], stdout=log.open("w"), stderr=subprocess.STDOUT)

    def up() -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1) as response:
                return response.status == 200
        except OSError:
            return False
    try:
        wait_for(up, 60, "the Chroma server starts", proc, log)
        yield "127.0.0.1", port, round(time.monotonic() - started, 2)
    finally:
        stop(proc)


def test_index_and_ask_against_a_chroma_server(tmp_path, chroma_server, sample_index, embedding, small_bulletin,
                                                record_property):
    host, port, startup = chroma_server
    record_property("chroma_server_startup_seconds", startup)
    settings = seeded(tmp_path, sample_index, chroma_host=host, chroma_port=port)
    env = app_env(CHROMA_HOST=host, CHROMA_PORT=str(port))
    store = ["--docs", str(settings.docs_dir), "--store", str(settings.store_dir)]

    summary = summary_of(run_app("index", "--json", *store, env=env))
    assert summary["added"] == 1 and summary["embedded"] == 0
    assert not (settings.store_dir / "chroma").exists(), "vectors went to the server, not an embedded store"
    assert (settings.store_dir / "CURRENT").exists()  # snapshot, manifest and BM25 stay local
    chunks = assert_consistent(settings)
    answer = json_lines(run_app("ask", "--json", *store, JINZHONG, env=env))[0]
    assert "126.6亿元" in answer["answer"] and answer["citations"]

    # orphan cleanup over HTTP: a bulletin added, then removed
    (settings.docs_dir / "2024-taiyuan.txt").write_text(small_bulletin, encoding="utf-8")
    assert IndexingPipeline(settings, embedding).run().added == 1
    qa = BulletinQA(settings, embedding)
    assert TAIYUAN_FIGURE in qa.ask(TAIYUAN)["answer"]
    (settings.docs_dir / "2024-taiyuan.txt").unlink()
    assert IndexingPipeline(settings, embedding).run().removed == 1
    assert assert_consistent(settings) == chunks

    # the server lost its data while the local snapshot survived: the next run, with no file changed, re-adds
    import chromadb
    server = chromadb.HttpClient(host=host, port=port)
    server.delete_collection(COLLECTION)
    report = IndexingPipeline(settings, embedding).run()
    assert (report.added, report.updated, report.removed, report.embedded) == (0, 0, 0, 0)
    assert assert_consistent(settings) == chunks
    assert qa.refresh() is True  # the repair switched the snapshot: the reader takes the new collection
    assert "126.6亿元" in qa.ask(JINZHONG)["answer"]


def test_store_lock_is_released_when_a_writer_is_killed(tmp_path):
    """flock belongs to the process: a SIGKILLed writer leaves no stale lock behind."""
    settings = Settings(store_dir=tmp_path / "store", docs_dir=tmp_path)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from index.store import IndexStore; from settings import Settings\n"
        "with IndexStore(Settings(store_dir=sys.argv[1])).writer_lock():\n"
        "    print('held', flush=True); time.sleep(600)"), str(settings.store_dir)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with open(settings.store_dir / "index.lock") as handle:
            with pytest.raises(BlockingIOError):
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
        with IndexStore(settings).writer_lock():
            pass
    finally:
        stop(holder)
