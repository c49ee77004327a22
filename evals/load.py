"""Load test of the web UI's `/ask` endpoint (loopback only), closed or open loop.

    python -m evals.load                                   # starts the app on a free port (temporary store)
    python -m evals.load --url http://127.0.0.1:7860/ --pid 1234   # a running app (--pid: to read its CPU)
    python -m evals.load --clients 8 --questions 25 --json          # closed loop
    python -m evals.load --staff 30 --every 5 --seconds 120         # open loop: a bureau's staff

Closed loop: N clients ask M questions each, back to back, all starting together: throughput (answered
questions per second of wall time) and latency. Open loop: N staff each ask at random times, on average one
question every --every seconds (Poisson arrivals, seeded), for --seconds; a question is sent when it arrives,
whether or not earlier answers came back, as people would. Both ask the sample bulletin's questions of
evals/gold/dev.jsonl through Gradio's HTTP API (`/gradio_api/call/ask`, one asyncio client, so the load
generator costs little of the machine it shares); `--client gradio` asks through `gradio_client.Client`s
(closed loop only), one per client, as before. Prints p50/p95/p99/max, the errors, the server process's CPU
(when its pid is known) and the load generator's own. With --json the last line is one JSON object. Exit
status 1 when any question failed.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import shutil
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

from evals.app_server import running_app
from settings import LOOPBACK_HOSTS

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "evals" / "gold" / "dev.jsonl"


def sample_questions() -> list[str]:
    """The gold questions about the sample bulletin in documents/ (the index the started app builds)."""
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row["q"] for row in rows if row.get("corpus") == "sample"]


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))  # ceil(n * p / 100), at least 1
    return ordered[int(rank) - 1]


def cpu_seconds(pid: int | None) -> float | None:
    """User + system CPU seconds a process has used so far (Linux /proc), None when unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, TypeError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def own_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Recorder:
    """Latencies and errors of one run, with the CPU the server and this process used meanwhile."""

    def __init__(self, pid: int | None):
        self.pid, self.latencies, self.errors = pid, [], []
        self._lock = threading.Lock()

    def __enter__(self):
        self.began, self.cpu, self.own = time.perf_counter(), cpu_seconds(self.pid), own_cpu_seconds()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.began
        after = cpu_seconds(self.pid)
        self.server_cpu = None if after is None or self.cpu is None else after - self.cpu
        self.own_cpu = own_cpu_seconds() - self.own

    def answered(self, began: float) -> None:
        with self._lock:
            self.latencies.append((time.perf_counter() - began) * 1000)

    def failed(self, question: str, err: Exception) -> None:
        with self._lock:
            self.errors.append(f"{question}: {type(err).__name__}: {err}"[:300])

    def summary(self) -> dict:
        lat, n = self.latencies, len(self.latencies) + len(self.errors)
        figures = {f"p{p}_ms": round(percentile(lat, p), 1) if lat else None for p in (50, 95, 99)}
        return {"n": n, "answered": len(lat), "errors": len(self.errors), "error_samples": self.errors[:5],
                "seconds": round(self.seconds, 2), "throughput_qps": round(len(lat) / self.seconds, 2),
                **figures, "max_ms": round(max(lat), 1) if lat else None,
                "server_cpu_percent": None if self.server_cpu is None else round(100 * self.server_cpu / self.seconds, 1),
                "client_cpu_percent": round(100 * self.own_cpu / self.seconds, 1)}


async def ask_http(client, url: str, question: str) -> str:
    """One question through Gradio's HTTP API: POST the call, then read its event stream to the end."""
    posted = await client.post(f"{url}gradio_api/call/ask", json={"data": [question, "全部", "全部", []]})
    posted.raise_for_status()
    event = None
    async with client.stream("GET", f"{url}gradio_api/call/ask/{posted.json()['event_id']}") as stream:
        async for line in stream.aiter_lines():
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:") and event in ("complete", "error"):
                data = json.loads(line[5:])
                if event == "error" or not isinstance(data, list) or not str(data[0]).strip():
                    raise ValueError(f"{event}: {str(data)[:200]}")
                return data[0]
    raise ValueError(f"the stream ended without an answer (last event {event})")


async def _timed_ask(client, url: str, question: str, recorder: Recorder) -> None:
    began = time.perf_counter()
    try:
        await ask_http(client, url, question)
    except Exception as err:  # count every failure, keep going
        recorder.failed(question, err)
        return
    recorder.answered(began)


def _http_client():
    import httpx
    return httpx.AsyncClient(timeout=120, limits=httpx.Limits(max_connections=200, max_keepalive_connections=200))


async def _closed_loop(url: str, clients: int, per_client: int, questions: list[str], recorder: Recorder) -> None:
    async with _http_client() as client:
        async def worker(i: int) -> None:
            for k in range(per_client):
                await _timed_ask(client, url, questions[(i * per_client + k) % len(questions)], recorder)
        with recorder:
            await asyncio.gather(*(worker(i) for i in range(clients)))


async def _open_loop(url: str, staff: int, every: float, seconds: float, questions: list[str],
                     recorder: Recorder, seed: int) -> None:
    rng = random.Random(seed)
    arrivals = []
    for person in range(staff):
        at = rng.expovariate(1 / every)
        while at < seconds:
            arrivals.append((at, person))
            at += rng.expovariate(1 / every)
    arrivals.sort()
    async with _http_client() as client:
        with recorder:
            start, tasks = time.perf_counter(), []
            for k, (at, person) in enumerate(arrivals):
                await asyncio.sleep(max(0.0, start + at - time.perf_counter()))
                question = questions[(person * 7 + k) % len(questions)]
                tasks.append(asyncio.create_task(_timed_ask(client, url, question, recorder)))
            await asyncio.gather(*tasks)


def run_load(url: str, clients: int, per_client: int, questions: list[str], pid: int | None = None) -> dict:
    """Closed loop through gradio_client.Client, one per client (its own session, as a browser would be)."""
    from gradio_client import Client

    connections = [Client(url, verbose=False) for _ in range(clients)]  # connecting is not timed
    recorder = Recorder(pid)
    start = threading.Barrier(clients + 1)

    def worker(i: int) -> None:
        start.wait()
        for k in range(per_client):
            question = questions[(i * per_client + k) % len(questions)]
            began = time.perf_counter()
            try:
                answer = connections[i].predict(question, api_name="/ask")
                if not isinstance(answer, str) or not answer.strip():
                    raise ValueError(f"empty answer: {answer!r}")
            except Exception as err:  # count every failure, keep going
                recorder.failed(question, err)
                continue
            recorder.answered(began)

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    with recorder:
        start.wait()
        for thread in threads:
            thread.join()
    for connection in connections:
        connection.close()
    return {"url": url, "mode": "closed", "client": "gradio", "clients": clients,
            "questions_per_client": per_client, **recorder.summary()}


def run_closed(url: str, clients: int, per_client: int, questions: list[str], pid: int | None = None) -> dict:
    recorder = Recorder(pid)
    asyncio.run(_closed_loop(url, clients, per_client, questions, recorder))
    return {"url": url, "mode": "closed", "client": "http", "clients": clients,
            "questions_per_client": per_client, **recorder.summary()}


def run_open(url: str, staff: int, every: float, seconds: float, questions: list[str], pid: int | None = None,
             seed: int = 1) -> dict:
    recorder = Recorder(pid)
    asyncio.run(_open_loop(url, staff, every, seconds, questions, recorder, seed))
    return {"url": url, "mode": "open", "staff": staff, "every_s": every, "duration_s": seconds,
            **recorder.summary()}


@contextmanager
def served(url: str | None, pid: int | None, timeout: float = 180):
    """(url, pid) of the given app, or of a fresh `python app.py` on a free port over a copy of documents/."""
    if url:
        yield url, pid
        return
    with tempfile.TemporaryDirectory(prefix="bqa-load-") as tmp:
        docs = Path(tmp) / "docs"
        shutil.copytree(ROOT / "documents", docs)
        with running_app(Path(tmp) / "store", docs, Path(tmp) / "server.log", timeout) as (started, proc):
            yield started, proc.pid


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running app on this machine (default: start one)")
    parser.add_argument("--pid", type=int, help="the running app's process id, to report its CPU")
    parser.add_argument("--clients", type=int, default=8, help="closed loop: clients asking back to back")
    parser.add_argument("--questions", type=int, default=25, help="closed loop: questions per client")
    parser.add_argument("--client", choices=["http", "gradio"], default="http", help="closed loop: how to ask")
    parser.add_argument("--staff", type=int, help="open loop: this many staff (instead of the closed loop)")
    parser.add_argument("--every", type=float, default=5.0, help="open loop: mean seconds between one's questions")
    parser.add_argument("--seconds", type=float, default=120.0, help="open loop: duration")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.url and urlparse(args.url).hostname not in LOOPBACK_HOSTS:
        parser.error(f"--url must be a loopback address ({', '.join(sorted(LOOPBACK_HOSTS))}): this is a load test")
    if not 1 <= args.clients <= 64 or not 1 <= args.questions <= 1000 or not 1 <= (args.staff or 1) <= 500:
        parser.error("--clients must be 1..64, --questions 1..1000 and --staff 1..500")
    url = args.url and (args.url if args.url.endswith("/") else args.url + "/")
    with served(url, args.pid) as (url, pid):
        if args.staff:
            result = run_open(url, args.staff, args.every, args.seconds, sample_questions(), pid)
            head = f"open loop, {result['staff']} staff × 1 question / {args.every} s for {args.seconds} s"
        else:
            run = run_load if args.client == "gradio" else run_closed
            result = run(url, args.clients, args.questions, sample_questions(), pid)
            head = f"closed loop, {result['clients']} clients ({args.client})"
    result["loadavg_1min"] = round(os.getloadavg()[0], 2)  # other processes on the machine skew every figure
    print(f"{head}: {result['answered']}/{result['n']} answered in {result['seconds']} s, "
          f"{result['throughput_qps']} questions/s, p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, "
          f"p99 {result['p99_ms']} ms, max {result['max_ms']} ms, {result['errors']} errors; "
          f"server CPU {result['server_cpu_percent']}%, load generator CPU {result['client_cpu_percent']}%")
    for sample in result["error_samples"]:
        print(f"  error: {sample}")
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
