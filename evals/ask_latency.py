"""`ask` latency per kind of question: wall and CPU milliseconds, p50 and p95, over a gold subset in one process.

    python -m evals.ask_latency --set FILE [--store DIR] [--warmup N] [--save FILE] [--profile FILE] [--json]

Each corpus of the set is indexed as `evals.run` does (into --store, reused, or a temporary directory); then
--warmup questions are asked untimed, then every question once. CPU time (`time.process_time`, every thread of
the process) is the measure on a shared machine, where wall time is mostly other processes' load. Kinds are the
gold lines' kinds. --save writes the answers (as `evals.run --save` does) to diff two versions' answers;
--profile writes cProfile stats (CPU time) of the timed questions (read them with `python -m pstats FILE`).
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from evals.goldset import load_gold
from evals.run import build_index
from index.embedding import load_embedding
from settings import Settings


def _percentiles(values: list[float]) -> dict:
    ordered = sorted(values)
    return {"p50": round(statistics.median(ordered), 1), "p95": round(ordered[int(0.95 * (len(ordered) - 1))], 1)}


def measure(cases: list[dict], root: Path, settings: Settings, warmup: int,
            profiler: cProfile.Profile | None = None) -> tuple[list[dict], list[dict]]:
    """(answers, one {kind, wall_ms, cpu_ms} per question), in the set's order."""
    embedding = load_embedding(settings)
    systems = {c: build_index(c, root, settings, embedding) for c in sorted({c["corpus"] for c in cases})}

    def ask(case: dict) -> dict:
        return systems[case["corpus"]].ask(case["q"], **({"history": case["history"]} if case.get("history") else {}))

    for case in cases[:warmup]:
        ask(case)
    answers, times = [], []
    for case in cases:
        wall, cpu = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        answers.append(ask(case))
        if profiler:
            profiler.disable()
        times.append({"kind": case.get("kind", "figure"), "wall_ms": (time.perf_counter() - wall) * 1000,
                      "cpu_ms": (time.process_time() - cpu) * 1000})
    return answers, times


def report(times: list[dict]) -> dict:
    kinds = sorted({t["kind"] for t in times})
    rows = {k: [t for t in times if t["kind"] == k] for k in kinds} | {"all": times}
    return {"loadavg_1min": round(os.getloadavg()[0], 2),
            "by_kind": {k: {"n": len(r), "wall_ms": _percentiles([t["wall_ms"] for t in r]),
                            "cpu_ms": _percentiles([t["cpu_ms"] for t in r])} for k, r in rows.items()}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.ask_latency", description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, nargs="+", required=True, help="gold files (JSON lines)")
    parser.add_argument("--store", type=Path)
    parser.add_argument("--warmup", type=int, default=10, help="questions asked untimed first")
    parser.add_argument("--save", type=Path, help="write the answers to this file, one JSON line each")
    parser.add_argument("--profile", type=Path, help="write cProfile stats of the timed questions to this file")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    cases = load_gold(*args.set)
    profiler = cProfile.Profile(time.process_time) if args.profile else None  # CPU: others' load left out
    with tempfile.TemporaryDirectory(prefix="bqa-latency-") as tmp:
        answers, times = measure(cases, args.store or Path(tmp), Settings.from_env(), args.warmup, profiler)
    if profiler:
        profiler.dump_stats(args.profile)
    if args.save:
        args.save.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in answers), encoding="utf-8")
    result = report(times)
    if not args.json:
        for kind, row in result["by_kind"].items():
            print(f"{kind:8s} n={row['n']:4d}  cpu p50 {row['cpu_ms']['p50']:7.1f} p95 {row['cpu_ms']['p95']:7.1f}"
                  f"  wall p50 {row['wall_ms']['p50']:7.1f} p95 {row['wall_ms']['p95']:7.1f} ms")
        print(f"load average (1 min) {result['loadavg_1min']}")
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
