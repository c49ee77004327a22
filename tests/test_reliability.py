"""Reliability with real components: bad files, kill -9 during indexing, two runs at once, an index run while
the UI serves, concurrent questions, and a real Chroma server.

Every index run here starts from a copy of the session sample index's embedding cache, so the sample itself
is never embedded again; only the new bulletins each test adds are.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from llama_index.core.schema import TextNode

from evals.app_server import AppDidNotStart, free_port, running_app, stop
from index.embedding import BundledEmbedding, omp_environment
from index.pipeline import IndexingPipeline, embed_text
from index.store import COLLECTION, IndexStore
from qa.pipeline import BulletinQA
from settings import ROOT, Settings

LOADER_DATA = ROOT / "tests" / "data" / "loaders"
SAMPLE_NAME = "2024-kaifaqu-tekan-jinzhong-yangquan.txt"
CORPUS = sorted((ROOT / "evals" / "corpus").glob("2024-*"))  # two later issues (txt, docx): 56 chunks to embed
JINZHONG = "晋中签约项目投资额是多少？"
TAIYUAN = "太原开发区规模以上工业增加值完成多少？"  # only the test's small 太原 bulletin answers it
TAIYUAN_FIGURE = "41.7亿元"
BUSY = "另一个索引任务正在写入"


# --- helpers -----------------------------------------------------------------------------------------

def app_env(**extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BQA_", "CHROMA_"))}
    return {**env, "GRADIO_ANALYTICS_ENABLED": "False", **extra}


def run_app(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "app.py"), *args], cwd=ROOT, env=env or app_env(),
                          capture_output=True, text=True, timeout=timeout)


def start_app(*args: str, log: Path, out: Path | None = None, env: dict | None = None) -> subprocess.Popen:
    """`python app.py ARGS` in the background, stderr to `log` (and stdout to `out`)."""
    return subprocess.Popen([sys.executable, str(ROOT / "app.py"), *args], cwd=ROOT, env=env or app_env(),
                            stdout=out.open("w") if out else subprocess.DEVNULL, stderr=log.open("w"))


def json_lines(done: subprocess.CompletedProcess) -> list[dict]:
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def summary_of(done: subprocess.CompletedProcess) -> dict:
    return json_lines(done)[-1]


def wait_for(condition, timeout: float, what: str, proc: subprocess.Popen | None = None, log: Path | None = None):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"{what}: the process ended ({proc.returncode}) first\n"
                        + (log.read_text(errors="replace")[-3000:] if log else ""))
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: timed out after {timeout} s\n"
                        + (log.read_text(errors="replace")[-3000:] if log else ""))
        time.sleep(0.05)


def seeded(root: Path, sample_index, **settings) -> Settings:
    """docs/ with the sample bulletin, and a store/ that holds only the sample's embedding cache."""
    shutil.copytree(sample_index.docs_dir, root / "docs")
    (root / "store").mkdir(parents=True)
    shutil.copy2(sample_index.store_dir / "embeddings.sqlite", root / "store" / "embeddings.sqlite")
    return Settings(store_dir=root / "store", docs_dir=root / "docs", **settings)


def cache_rows(store_dir: Path) -> int:
    try:
        with sqlite3.connect(store_dir / "embeddings.sqlite", timeout=10) as db:
            return db.execute("SELECT count(*) FROM vectors").fetchone()[0]
    except sqlite3.OperationalError:  # being created or locked by the writer this instant
        return -1


def assert_consistent(settings: Settings) -> list[dict]:
    """No duplicate chunk (by id, nor by doc+offset+text) and Chroma holds exactly the snapshot's chunks."""
    store = IndexStore(settings)
    try:
        snapshot = store.load_snapshot()
        chunks = snapshot.chunks
        assert len({c["id"] for c in chunks}) == len(chunks)
        assert len({(c["doc"], c["start"], c["text"]) for c in chunks}) == len(chunks)
        assert snapshot.lexical.size == len(chunks)
        assert sum(entry["chunks"] for entry in snapshot.manifest.values()) == len(chunks)
        collection = store.collection()
        got = collection.get(include=[])["ids"]
        assert collection.count() == len(chunks), "orphaned or missing vectors"
        assert len(set(got)) == len(got) and set(got) == {c["id"] for c in chunks}
        return chunks
    finally:
        store.close()


def bulletin(city: str, n: int, seed: int) -> str:
    """A synthetic 特刊 issue of one city: n numbered items with figures, a few thousand characters."""
    rng = np.random.default_rng(seed)
    items = []
    for i in range(n):
        a, b, c = rng.integers(10, 99, size=3)
        items.append(f"{'一二三四五六七八九十'[i % 10]}是第{i + 1}项重点工作扎实推进。{city}开发区围绕产业链延链补链强链，"
                     f"新建项目{a}个，完成投资{b}.{c}亿元，同比增长{rng.integers(2, 30)}.{rng.integers(0, 9)}%，"
                     f"带动就业{a * 37}人；同时推进亩均论英雄改革，盘活低效用地{b * 3}亩，服务企业{c}家。")
    return (f"全省开发区\n\n“项目建设向‘新’突破 改革能级持续提升”特刊（2024年第{seed}期）\n\n"
            f"【2024年上半年工作成绩】\n\n" + "\n\n".join(items) + f"\n\n供稿：{city}市商务局\n")


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
