"""Start the real app (`python app.py`) on a free loopback port and wait until it serves.

Shared by the browser tests, the reliability tests and the UI benchmarks, which all need the real server.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from settings import ROOT


class AppDidNotStart(RuntimeError):
    """The app exited or did not answer in time; the message ends with its log."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answers_http(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@contextmanager
def running_app(store: Path, docs: Path, log: Path, timeout: float = 180,
                env: dict | None = None) -> Iterator[tuple[str, subprocess.Popen]]:
    """(url, process) of `python app.py` serving `docs` from `store`; stopped on exit."""
    port = free_port()
    env = {**(env if env is not None else os.environ), "GRADIO_ANALYTICS_ENABLED": "False"}
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, str(ROOT / "app.py"), "--port", str(port), "--store", str(store),
                                 "--docs", str(docs)], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}/"
        try:
            deadline = time.monotonic() + timeout
            while not answers_http(url):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AppDidNotStart(f"the app did not start on {url}:\n"
                                         + log.read_text(errors="replace")[-3000:])
                time.sleep(0.5)
            yield url, proc
        finally:
            stop(proc)


def stop(proc: subprocess.Popen) -> None:
    """Terminate, then kill if it does not end within 15 s."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
