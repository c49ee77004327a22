"""Filtered retrieval at scale: how exact and how fast region and bulletin filters are at ~100,000 chunks.

    python -m evals.filters [--chunks 100000] [--questions 40] [--json]

Corpus as `evals.bench --scale` builds it: the sample bulletin plus 200 CMRC 2018 paragraphs, indexed once
(kept in evals/.cache/filters/), then copied with their vectors reused until the store holds --chunks chunks.
Each copy belongs to one of REGIONS synthetic regions (so one region holds ~1/REGIONS of the chunks) and is
its own bulletin (a few chunks). CMRC questions are asked filtered to a random region, and to a random copy
of their paragraph's bulletin; the sample's questions filtered to their own city (a few dozen chunks).

Every option ranks the same question with the same query vector; the reference is an exact filtered search
(BM25 over the allowed chunks, brute-force cosine over all allowed vectors, fused the same way). recall@5 is
the share of the reference top 5 an option returns in its own top 5, counting copies of one passage as one.
- post_filter: the unfiltered top 50 of each side, filtered afterwards (what retrieval did before);
- chroma_where: Chroma's `where` metadata filter for the dense side;
- ours: HybridRetriever (exact BM25 mask; dense over-fetch, or exact over cached vectors when few).
Also `ask_p50_ms`: the whole filtered question (embedding, retrieval, answer) through BulletinQA.ask, and
`ask_cpu_p50_ms` its CPU time (every thread of the process), which a busy machine inflates less.
"""
from __future__ import annotations

import argparse
import json
import logging
import math
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np
from llama_index.core.schema import QueryBundle

from evals.bench import build_scaled, make_corpus
from evals.cmrc2018 import DATA, load_dataset
from evals.goldset import GOLD_DIR, load_gold
from index.pipeline import IndexingPipeline
from index.store import IndexStore
from qa.pipeline import BulletinQA
from qa.retrieve import HybridRetriever, score_fusion
from settings import ROOT, Settings

log = logging.getLogger("evals.filters")
CACHE = ROOT / "evals" / ".cache" / "filters"
REGIONS = 20
TOP = 50   # per side, as retrieval fetches
K = 5      # recall@K of the fused ranking


def base_id(node_id: str) -> str:
    return node_id.split("-x")[0]  # copies of one passage count as one


def build(chunks: int, settings: Settings, data: Path) -> tuple[Settings, set[str]]:
    """The scaled store (built once, then reused) and the CMRC bulletin names."""
    base = settings.with_overrides(store_dir=CACHE / "base", docs_dir=CACHE / "docs")
    if not (CACHE / "docs").exists():
        make_corpus(CACHE / "docs", data=data)
    cmrc_docs = {p.name for p in (CACHE / "docs").glob("*.txt") if not p.name.startswith("2024-")}
    if IndexStore(base).current_version() is None:
        IndexingPipeline(base).run()
    scaled = settings.with_overrides(store_dir=CACHE / f"scaled-{chunks}")
    if IndexStore(scaled).current_version() is None:
        per_copy = sum(1 for c in IndexStore(base).load_snapshot().chunks if c["doc"] in cmrc_docs)
        factor = math.ceil(chunks / per_copy)
        log.info("building %d copies of %d CMRC chunks", factor - 1, per_copy)
        build_scaled(base, scaled.store_dir, factor, cmrc_docs, relabel=lambda i: {"region": f"区{i % REGIONS}"})
    return scaled, cmrc_docs


def cases(qa: BulletinQA, cmrc_docs: set[str], n: int, data: Path, seed: int = 7) -> list[dict]:
    """Filtered questions: {q, region | doc, kind}."""
    rng = random.Random(seed)
    docs = sorted({c["doc"] for c in qa.snapshot.chunks if c["doc"].startswith("x")})
    _, questions = load_dataset(data)
    cmrc = [q for q in questions if f"{q['para']}.txt" in cmrc_docs]
    rng.shuffle(cmrc)
    out = [{"q": q["q"], "region": f"区{rng.randrange(REGIONS)}", "kind": "region"} for q in cmrc[:n]]
    for q in cmrc[n:2 * n]:
        copies = [d for d in docs if d.endswith(f"/{q['para']}.txt")]
        out.append({"q": q["q"], "doc": rng.choice(copies), "kind": "bulletin"})
    sample = [c for c in load_gold(GOLD_DIR / "dev.jsonl")
              if c["corpus"] == "sample" and isinstance(c.get("region"), str)]
    out += [{"q": c["q"], "region": c["region"], "kind": "sample_city"} for c in sample[:n]]
    return out


class Options:
    """The ways to rank one filtered question, all over the same loaded index."""

    def __init__(self, qa: BulletinQA):
        self.dense, self.lexical = qa._state[2], qa._state[3]
        self.store = qa.store
        got = self.store.collection().get(include=["embeddings"])
        position = {c["id"]: k for k, c in enumerate(qa.snapshot.chunks)}
        self.ids = [c["id"] for c in qa.snapshot.chunks]
        self.matrix = np.zeros((len(self.ids), len(got["embeddings"][0])), dtype=np.float32)
        for node_id, vector in zip(got["ids"], got["embeddings"]):
            if node_id in position:
                self.matrix[position[node_id]] = vector

    def _fuse(self, dense: list[tuple[str, float]], lexical: list[tuple[str, float]]) -> list[str]:
        fused = score_fusion(dense, lexical)
        return sorted(fused, key=fused.get, reverse=True)[:K]

    def _lexical(self, bundle: QueryBundle, allowed) -> list[tuple[str, float]]:
        return [(h.node.node_id, h.score) for h in self.lexical.search(bundle, allowed)]

    def exact(self, bundle: QueryBundle, allowed, case) -> list[str]:
        rows = np.flatnonzero(allowed)
        sims = self.matrix[rows] @ np.asarray(bundle.embedding, dtype=np.float32)
        dense = [(self.ids[rows[j]], float(sims[j])) for j in np.argsort(-sims)[:TOP]]
        return self._fuse(dense, self._lexical(bundle, allowed))

    def post_filter(self, bundle: QueryBundle, allowed, case) -> list[str]:
        keep = set(np.asarray(self.ids)[allowed])
        dense = [(h.node.node_id, h.score) for h in self.dense.search(bundle) if h.node.node_id in keep]
        lexical = [(h.node.node_id, h.score) for h in self.lexical.search(bundle) if h.node.node_id in keep]
        return self._fuse(dense, lexical)

    def chroma_where(self, bundle: QueryBundle, allowed, case) -> list[str]:
        where = {"region": case["region"]} if case.get("region") else {"doc": case["doc"]}
        ids, similarities = self.store.query_vectors(bundle.embedding, TOP, where=where)
        return self._fuse(list(zip(ids, similarities)), self._lexical(bundle, allowed))

    def ours(self, bundle: QueryBundle, allowed, case) -> list[str]:
        hybrid = HybridRetriever(self.dense, self.lexical, K, region=case.get("region"), doc=case.get("doc"))
        return [h.node.node_id for h in hybrid.retrieve(bundle)]


def measure(qa: BulletinQA, questions: list[dict]) -> dict:
    options = Options(qa)
    names = ("post_filter", "chroma_where", "ours")
    recall = {name: [] for name in names}
    times = {name: [] for name in (*names, "exact")}
    by_kind: dict[str, list[float]] = {}
    for case in questions:
        bundle = QueryBundle(case["q"], embedding=qa.embedding.get_query_embedding(case["q"]))
        allowed = options.lexical.filters.mask(case.get("region"), case.get("doc"))
        started = time.perf_counter()
        reference = {base_id(i) for i in options.exact(bundle, allowed, case)}
        times["exact"].append((time.perf_counter() - started) * 1000)
        for name in names:
            started = time.perf_counter()
            got = {base_id(i) for i in getattr(options, name)(bundle, allowed, case)}
            times[name].append((time.perf_counter() - started) * 1000)
            recall[name].append(len(got & reference) / max(len(reference), 1))
        by_kind.setdefault(case["kind"], []).append(recall["ours"][-1])
    ask, cpu = [], []  # CPU time (all threads of the process) tells the cost apart from a busy machine's waits
    for case in questions:
        started, started_cpu = time.perf_counter(), time.process_time()
        qa.ask(case["q"], region=case.get("region"), doc=case.get("doc"))
        ask.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    out = {f"{name}_recall@{K}": round(statistics.mean(recall[name]), 4) for name in names}
    out.update({f"{name}_p50_ms": round(statistics.median(times[name]), 1) for name in times})
    out.update({f"ours_recall@{K}_{kind}": round(statistics.mean(v), 4) for kind, v in by_kind.items()})
    out["ask_p50_ms"] = round(statistics.median(ask), 1)
    out["ask_p95_ms"] = round(sorted(ask)[int(0.95 * (len(ask) - 1))], 1)
    out["ask_cpu_p50_ms"] = round(statistics.median(cpu), 1)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.filters", description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=40, help="per kind of filter")
    parser.add_argument("--data", type=Path, default=DATA, help="CMRC 2018 dev JSON")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    scaled, cmrc_docs = build(args.chunks, Settings.from_env(), args.data)
    qa = BulletinQA(scaled)
    questions = cases(qa, cmrc_docs, args.questions, args.data)
    for case in questions[:3]:  # warm-up: model, caches of the first filters
        qa.ask(case["q"], region=case.get("region"), doc=case.get("doc"))
    out = {"chunks": len(qa.snapshot.chunks), "questions": len(questions), **measure(qa, questions)}
    if not args.json:
        print("  ".join(f"{k}={v}" for k, v in out.items()))
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
