"""Load test of the web UI's `/ask` endpoint: N concurrent clients, each asking M questions (loopback only).

    python -m evals.load                                   # starts the app on a free port (temporary store)
    python -m evals.load --url http://127.0.0.1:7860/      # a running app
    python -m evals.load --clients 8 --questions 25 --json

Each client is its own `gradio_client.Client` (its own session, as a browser would be) asking the sample
bulletin's questions of evals/gold/dev.jsonl, starting at a different one. All clients start together; prints
throughput (answered questions per second of wall time), p50/p95/max latency per question and the errors.
With --json the last line is one JSON object. Exit status 1 when any question failed.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

from evals.ui_latency import app_url

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "evals" / "gold" / "dev.jsonl"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def sample_questions() -> list[str]:
    """The gold questions about the sample bulletin in documents/ (the index the started app builds)."""
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [row["q"] for row in rows if row.get("corpus") == "sample"]


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))  # ceil(n * p / 100), at least 1
    return ordered[int(rank) - 1]


def run_load(url: str, clients: int, per_client: int, questions: list[str]) -> dict:
    from gradio_client import Client

    connections = [Client(url, verbose=False) for _ in range(clients)]  # connecting is not timed
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
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
                with lock:
                    errors.append(f"{question}: {type(err).__name__}: {err}"[:300])
                continue
            with lock:
                latencies.append((time.perf_counter() - began) * 1000)

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - began
    for connection in connections:
        connection.close()
    return {
        "url": url, "clients": clients, "questions_per_client": per_client,
        "n": clients * per_client, "answered": len(latencies), "errors": len(errors),
        "error_samples": errors[:5], "seconds": round(seconds, 2),
        "throughput_qps": round(len(latencies) / seconds, 2) if seconds else 0.0,
        "p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "p95_ms": round(percentile(latencies, 95), 1) if latencies else None,
        "max_ms": round(max(latencies), 1) if latencies else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running app on this machine (default: start one)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--questions", type=int, default=25, help="questions per client")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.url and urlparse(args.url).hostname not in LOOPBACK:
        parser.error(f"--url must be a loopback address ({', '.join(sorted(LOOPBACK))}): this is a load test")
    if not 1 <= args.clients <= 64 or not 1 <= args.questions <= 1000:
        parser.error("--clients must be 1..64 and --questions 1..1000")
    with app_url(args.url) as url:
        result = run_load(url, args.clients, args.questions, sample_questions())
    print(f"{result['answered']}/{result['n']} answered by {result['clients']} clients in {result['seconds']} s: "
          f"{result['throughput_qps']} questions/s, p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms, "
          f"max {result['max_ms']} ms, {result['errors']} errors")
    for sample in result["error_samples"]:
        print(f"  error: {sample}")
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
