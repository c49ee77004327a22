"""What the reliability tests (tests/test_reliability*.py) share: running app.py as a process, waiting on it, an index
seeded with the session sample index's embedding cache (so the sample itself is never embedded again; only the new
bulletins each test adds are), the store's consistency, and synthetic bulletins.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from index.store import IndexStore
from settings import ROOT, Settings


LOADER_DATA = ROOT / "tests" / "data" / "loaders"
SAMPLE_NAME = "2024-kaifaqu-tekan-jinzhong-yangquan.txt"
CORPUS = sorted((ROOT / "evals" / "corpus").glob("2024-*"))  # two later issues (txt, docx): 56 chunks to embed
JINZHONG = "晋中签约项目投资额是多少？"
TAIYUAN = "太原开发区规模以上工业增加值完成多少？"  # only the test's small 太原 bulletin answers it
TAIYUAN_FIGURE = "41.7亿元"
BUSY = "另一个索引任务正在写入"



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
