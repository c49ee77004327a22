"""Query latency by OpenMP wait setting and query threads, idle and beside a concurrent index run
(`evals.bench --waits … [--query-threads …]`).

libgomp reads how its threads wait once, when the model's engine loads, so each setting (settings.omp_wait:
passive, active or a spin count) is measured in a fresh process over the stores the bench built: ours
(BulletinQA.ask) and the baseline's top-1 retriever, question by question in turn, so both see the same load.
Both embed their questions with the same model object, so the number of threads embedding one question
(settings.query_threads) applies to both.
Per question: wall time, and CPU time of the whole process (every thread: spinning shows there).
With --during-index the same is measured again while a second process (`python app.py index`, the same wait
setting, as one deployment would run both) indexes another corpus into a store of its own, embedding it cold.
"""
from __future__ import annotations

import logging
import os
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import get_context
from pathlib import Path

from settings import ROOT, Settings

log = logging.getLogger("evals.bench")
OMP_VARIABLES = ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT")
INDEX_WARMUP_S = 10  # the index run loads its model and reads its files before it embeds


def _timed(call, question: str) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    call(question)
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _summary(times: list[tuple[float, float]]) -> dict:
    walls = sorted(w for w, _ in times)
    return {"p50_ms": round(statistics.median(walls), 1),
            "p95_ms": round(walls[min(len(walls) - 1, int(0.95 * len(walls)))], 1),
            "cpu_p50_ms": round(statistics.median(c for _, c in times), 1)}


def _baseline_retriever(store: Path, embedding):
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.core import VectorStoreIndex
    from llama_index.vector_stores.chroma import ChromaVectorStore

    client = chromadb.PersistentClient(path=str(store), settings=ChromaSettings(anonymized_telemetry=False))
    vectors = ChromaVectorStore(chroma_collection=client.get_collection("baseline"))
    return VectorStoreIndex.from_vector_store(vectors, embed_model=embedding).as_retriever(similarity_top_k=1)


def measure(wait: str, threads: int, ours_store: str, baseline_store: str, questions: list[str],
            rounds: int) -> dict:
    """In a fresh process: both systems' query latency under the wait setting `wait`, questions embedded on
    `threads` threads."""
    from index.embedding import load_embedding
    from qa.pipeline import BulletinQA

    for name in OMP_VARIABLES:  # inherited from the parent, they would override the setting measured
        os.environ.pop(name, None)
    settings = Settings.from_env().with_overrides(store_dir=Path(ours_store), omp_wait=wait, query_threads=threads)
    embedding = load_embedding(settings)
    systems = {"ours": BulletinQA(settings, embedding).ask,
               "baseline": _baseline_retriever(Path(baseline_store), embedding).retrieve}
    for question in questions[:3]:
        for call in systems.values():
            call(question)
    times: dict[str, list] = {name: [] for name in systems}
    for _ in range(rounds):
        for question in questions:
            for name, call in systems.items():
                times[name].append(_timed(call, question))
    return {name: _summary(t) for name, t in times.items()} | {"loadavg_1min": round(os.getloadavg()[0], 2)}


@contextmanager
def index_run(docs: Path, store: Path, wait: str):
    """A concurrent `python app.py index` of `docs` into `store` (cold), under the same wait setting; yields a
    function telling whether it is still running."""
    shutil.rmtree(store, ignore_errors=True)
    env = {k: v for k, v in os.environ.items() if k not in OMP_VARIABLES} | {"BQA_OMP_WAIT": wait}
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--store", str(store), "--docs", str(docs),
                             "index"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(INDEX_WARMUP_S)
        yield lambda: proc.poll() is None
    finally:
        proc.terminate()
        proc.wait()


def run_waits(waits: list[str], threads: list[int], stores: tuple[Path, Path], index_docs: Path | None,
              questions: list[str], rounds: int) -> list[dict]:
    """One row per wait setting and query thread count: idle, and (with `index_docs`) beside an index run."""
    rows = []
    for wait, n in ((wait, n) for wait in waits for n in threads):
        row = {"omp_wait": wait, "query_threads": n, "idle": _in_fresh_process(wait, n, stores, questions, rounds)}
        if index_docs:
            with index_run(index_docs, stores[0].parent / "concurrent-index", wait) as running:
                row["during_index"] = _in_fresh_process(wait, n, stores, questions, rounds)
                row["during_index"]["index_run_lasted"] = running()
            row["slowdown"] = round(row["during_index"]["ours"]["p50_ms"] / row["idle"]["ours"]["p50_ms"], 2)
        log.info("omp_wait %s, query threads %d: %s", wait, n, row)
        rows.append(row)
    return rows


def _in_fresh_process(wait: str, threads: int, stores: tuple[Path, Path], questions: list[str],
                      rounds: int) -> dict:
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(measure, wait, threads, str(stores[0]), str(stores[1]), questions, rounds).result()


def report(rows: list[dict]) -> list[str]:
    lines = []
    for row in rows:
        for when in ("idle", "during_index"):
            if when in row:
                got = row[when]
                lines.append(f"{_setting(row)} {when:12s} " + "  ".join(
                    f"{name} p50 {got[name]['p50_ms']} p95 {got[name]['p95_ms']} cpu {got[name]['cpu_p50_ms']} ms"
                    for name in ("ours", "baseline")) + f"  load {got['loadavg_1min']}"
                    + ("" if got.get("index_run_lasted", True) else "  (index run ended early)"))
        if "slowdown" in row:
            lines.append(f"{_setting(row)} ours during an index run / idle: {row['slowdown']}×")
    return lines


def _setting(row: dict) -> str:
    return f"omp_wait={row['omp_wait']:8s} query_threads={row['query_threads']}"
