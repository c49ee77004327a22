"""Reliability with real components: an index run while the UI serves, another process's index run seen on refresh,
and concurrent questions. Every index run starts from a copy of the session sample index's embedding cache
(tests/reliability_helpers.py).
"""
from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from evals.app_server import AppDidNotStart, running_app
from index.pipeline import IndexingPipeline
from index.store import IndexStore
from qa.pipeline import BulletinQA
from settings import ROOT, Settings
from tests.reliability_helpers import (JINZHONG, TAIYUAN, TAIYUAN_FIGURE, app_env, run_app, summary_of, seeded)


# --- 3. index while serving ------------------------------------------------------------------------------

def test_a_reopened_client_sees_vectors_another_process_wrote(tmp_path):
    """Chroma's embedded client: after another process writes, only a reopened store returns its vectors."""
    settings = Settings(store_dir=tmp_path / "store", docs_dir=tmp_path)
    reader = IndexStore(settings)
    base = np.eye(384, dtype=np.float32)[1:41]
    reader.collection().add(ids=[f"old-{i}" for i in range(40)], embeddings=base.tolist())
    query = np.eye(384, dtype=np.float32)[0].tolist()
    assert "new" not in reader.collection().query(query_embeddings=[query], n_results=3)["ids"][0]
    writer = ("import sys; from index.store import IndexStore; from settings import Settings; "
              "s = IndexStore(Settings(store_dir=sys.argv[1])); "
              "s.collection().add(ids=['new'], embeddings=[[1.0] + [0.0] * 383]); s.close()")
    subprocess.run([sys.executable, "-c", writer, str(settings.store_dir)], cwd=ROOT, check=True, timeout=120)
    assert reader.collection().count() == 41
    reader.reset_client()
    assert reader.collection().query(query_embeddings=[query], n_results=3)["ids"][0][0] == "new"
    # a second store in this process opens its own instance and sees the write as well
    other = IndexStore(settings)
    assert other.collection().query(query_embeddings=[query], n_results=1)["ids"][0] == ["new"]
    other.close()
    reader.close()


def test_refresh_answers_from_an_index_run_of_another_process(tmp_path, sample_index, embedding, small_bulletin):
    settings = seeded(tmp_path, sample_index)
    IndexingPipeline(settings, embedding).run()
    qa = BulletinQA(settings, embedding)
    assert qa.ask(TAIYUAN)["abstained"] is True
    assert qa.refresh() is False
    (settings.docs_dir / "2024-taiyuan.txt").write_text(small_bulletin, encoding="utf-8")
    summary = summary_of(run_app("index", "--json", "--docs", str(settings.docs_dir),
                                 "--store", str(settings.store_dir)))
    assert summary["added"] == 1

    assert qa.refresh() is True
    snapshot, dense = qa.snapshot, qa._state[2]
    ids = {c["id"] for c in snapshot.chunks}
    new_ids = {c["id"] for c in snapshot.chunks if c["doc"] == "2024-taiyuan.txt"}
    hits = [h.node.node_id for h in dense.retrieve(TAIYUAN)]
    assert set(hits) <= ids and set(hits[:3]) & new_ids, "the dense side returns the new vectors"
    assert snapshot.lexical.size == len(snapshot.chunks)
    result = qa.ask(TAIYUAN)
    assert TAIYUAN_FIGURE in result["answer"] and result["citations"][0]["doc"] == "2024-taiyuan.txt"
    assert "126.6亿元" in qa.ask(JINZHONG)["answer"]


@pytest.fixture(scope="module")
def ui_server(tmp_path_factory, sample_index):
    """The real UI (python app.py) over a store of its own; yields (url, settings, process)."""
    root = tmp_path_factory.mktemp("reliability-ui")
    settings = seeded(root, sample_index)
    try:
        with running_app(settings.store_dir, settings.docs_dir, root / "server.log", timeout=240,
                         env=app_env()) as (url, proc):
            yield url, settings, proc
    except AppDidNotStart as err:
        pytest.fail(str(err))


def test_ui_answers_from_an_index_run_made_while_it_serves(ui_server, small_bulletin):
    from gradio_client import Client
    url, settings, proc = ui_server
    client = Client(url, verbose=False)
    assert TAIYUAN_FIGURE not in client.predict(TAIYUAN, api_name="/ask")
    (settings.docs_dir / "2024-taiyuan.txt").write_text(small_bulletin, encoding="utf-8")
    summary = summary_of(run_app("index", "--json", "--docs", str(settings.docs_dir),
                                 "--store", str(settings.store_dir)))
    assert summary["added"] == 1
    answer = client.predict(TAIYUAN, api_name="/ask")
    assert TAIYUAN_FIGURE in answer and "太原" in answer
    assert "126.6亿元" in client.predict(JINZHONG, api_name="/ask")
    assert proc.poll() is None  # the same server process, never restarted
    client.close()


# --- 4. concurrency ----------------------------------------------------------------------------------------

def test_eight_concurrent_askers_get_the_sequential_answers(sample_index):
    qa = sample_index.qa
    questions = [JINZHONG, "阳泉签约一批项目的开工率", "平定经开区湖大特塑年产多少吨聚酰胺系列产品",
                 "晋中农高区对农业科技投入多少？", "阳泉高新区服务队伍扩充至多少人？", "阳泉签约投资额是多少？",
                 "晋中开发区工业投资是多少？", "招商引资情况如何？", "长治签约项目投资额是多少？", "？！。"]

    def key(result: dict) -> str:
        return json.dumps({k: v for k, v in result.items() if k != "timings_ms"}, ensure_ascii=False, sort_keys=True)

    sequential = {q: key(qa.ask(q)) for q in questions}
    with ThreadPoolExecutor(max_workers=8) as pool:
        concurrent = list(pool.map(lambda q: (q, key(qa.ask(q))), questions * 4))
    assert len(concurrent) == 4 * len(questions)
    assert all(got == sequential[q] for q, got in concurrent)


def test_load_script_against_the_running_ui(ui_server):
    url, _, proc = ui_server
    done = subprocess.run([sys.executable, "-m", "evals.load", "--url", url, "--clients", "8", "--questions", "2",
                           "--json"], cwd=ROOT, env=app_env(), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert (result["n"], result["answered"], result["errors"]) == (16, 16, 0)
    assert result["throughput_qps"] > 0 and result["p95_ms"] >= result["p50_ms"] > 0
    opened = subprocess.run([sys.executable, "-m", "evals.load", "--url", url, "--pid", str(proc.pid), "--staff", "4",
                             "--every", "1", "--seconds", "4", "--json"], cwd=ROOT, env=app_env(), capture_output=True,
                            text=True, timeout=300)
    assert opened.returncode == 0, opened.stdout + opened.stderr[-3000:]
    result = json.loads(opened.stdout.strip().splitlines()[-1])
    assert result["mode"] == "open" and result["answered"] == result["n"] > 0 and result["server_cpu_percent"] > 0
    assert result["p99_ms"] >= result["p95_ms"] >= result["p50_ms"] > 0
    refused = subprocess.run([sys.executable, "-m", "evals.load", "--url", "http://example.com/"], cwd=ROOT,
                             env=app_env(), capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and "loopback" in refused.stderr
