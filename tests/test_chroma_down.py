"""A Chroma server that goes down mid-session: BM25-only answers with a notice, index runs that fail cleanly
and leave the old index answering, and hybrid answers again once the server is back, without a restart.
(A filtered question whose chunks' vectors an earlier question fetched needs no server: qa/dense.py keeps them.
So the questions asked while the server is down are about a region not asked before, or about none.)

Everything is real: `chroma run` started and stopped by the test on a fixed loopback port, the bundled model,
the app served by `python app.py` and asked through its `/ask` API.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from evals.app_server import free_port, running_app, stop
from index.pipeline import IndexingPipeline
from index.store import VectorStoreUnavailable
from qa.pipeline import LEXICAL_NOTICE, BulletinQA
from settings import ROOT, Settings

JINZHONG = "晋中签约项目投资额是多少？"
FIGURE = "126.6亿元"
YANGQUAN = "阳泉签约投资额是多少？"
YANGQUAN_FIGURE = "222.39亿元"
UNFILTERED = "招商引资签约项目投资额一共多少？"  # names no region: its dense search asks the server every time
NOTICE = "向量检索暂不可用，本次仅按关键词检索"


class ChromaServer:
    """`chroma run` on one port and data directory, which the test can stop and start again."""

    def __init__(self, root: Path):
        self.root, self.port, self.proc = root, free_port(), None
        self.chroma = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))

    def start(self) -> None:
        log = (self.root / "chroma.log").open("a")
        self.proc = subprocess.Popen([self.chroma, "run", "--path", str(self.root / "data"), "--port",
                                      str(self.port), "--host", "127.0.0.1"], stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while not self.up():
            assert self.proc.poll() is None and time.monotonic() < deadline, (self.root / "chroma.log").read_text()
            time.sleep(0.2)

    def up(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/api/v2/heartbeat", timeout=1) as response:
                return response.status == 200
        except OSError:
            return False

    def stop(self) -> None:
        if self.proc is not None:
            stop(self.proc)
            self.proc = None


@pytest.fixture
def chroma(tmp_path):
    server = ChromaServer(tmp_path / "chroma")
    server.root.mkdir()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def served_settings(tmp_path, sample_index, chroma) -> Settings:
    """The sample indexed into the Chroma server (its vectors from the session index's embedding cache)."""
    shutil.copytree(sample_index.docs_dir, tmp_path / "docs")
    (tmp_path / "store").mkdir()
    shutil.copy2(sample_index.store_dir / "embeddings.sqlite", tmp_path / "store" / "embeddings.sqlite")
    settings = Settings(store_dir=tmp_path / "store", docs_dir=tmp_path / "docs", chroma_host="127.0.0.1",
                        chroma_port=chroma.port)
    assert IndexingPipeline(settings, sample_index.qa.embedding).run().embedded == 0
    return settings


def until(condition, timeout: float = 30):
    deadline = time.monotonic() + timeout
    while (value := condition()) is None or value is False:
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.3)
    return value


def test_server_down_answers_from_bm25_then_hybrid_again(served_settings, chroma, sample_index, small_bulletin):
    qa = BulletinQA(served_settings, sample_index.qa.embedding)
    before = qa.ask(JINZHONG)
    assert before["retrieval"] == "hybrid" and FIGURE in before["answer"] and NOTICE not in before["answer"]

    chroma.stop()
    kept = qa.ask(JINZHONG)  # its region's vectors were fetched by the question above
    assert kept["retrieval"] == "hybrid" and FIGURE in kept["answer"] and NOTICE not in kept["answer"]
    down = qa.ask(YANGQUAN)
    assert down["retrieval"] == "lexical" and down["answer"].startswith(LEXICAL_NOTICE)
    assert YANGQUAN_FIGURE in down["answer"] and {c["region"] for c in down["citations"]} == {"阳泉"}

    # an index run against the down server fails with a message and switches nothing
    version = qa.snapshot.version
    (served_settings.docs_dir / "2024-taiyuan.txt").write_text(small_bulletin, encoding="utf-8")
    with pytest.raises(VectorStoreUnavailable, match="无法连接.*索引未更新"):
        IndexingPipeline(served_settings, sample_index.qa.embedding).run()
    assert qa.refresh() is False and qa.snapshot.version == version
    assert FIGURE in qa.ask(JINZHONG)["answer"]

    chroma.start()
    again = until(lambda: (r := qa.ask(YANGQUAN))["retrieval"] == "hybrid" and r)
    assert YANGQUAN_FIGURE in again["answer"] and NOTICE not in again["answer"]


def test_cli_index_and_ui_while_the_server_is_down(served_settings, chroma, tmp_path):
    """`python app.py index` exits 3 with the reason; the served UI says it answers by keywords, then recovers."""
    from gradio_client import Client
    from tests.reliability_helpers import app_env

    env = app_env(CHROMA_HOST="127.0.0.1", CHROMA_PORT=str(chroma.port))
    with running_app(served_settings.store_dir, served_settings.docs_dir, tmp_path / "app.log", timeout=300,
                     env=env) as (url, _):
        client = Client(url, verbose=False)
        assert NOTICE not in client.predict(JINZHONG, api_name="/ask")
        chroma.stop()
        down = client.predict(UNFILTERED, api_name="/ask")
        assert NOTICE in down and FIGURE in down
        failed = subprocess.run([sys.executable, str(ROOT / "app.py"), "index", "--store",
                                 str(served_settings.store_dir), "--docs", str(served_settings.docs_dir)],
                                cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert failed.returncode == 3 and "无法连接" in failed.stderr and "Traceback" not in failed.stderr
        chroma.start()
        again = until(lambda: NOTICE not in (a := client.predict(UNFILTERED, api_name="/ask")) and a)
        assert FIGURE in again
        client.close()
