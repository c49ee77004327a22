"""Run the gold set and report the metrics of CONTRACT.md (Measurement JSON).

    python -m evals.run [--set FILE] [--store DIR] [--json] [--llm]

Each question names its corpus: `sample` (documents/) or `issues` (documents/ plus the synthetic
later issues in evals/corpus/). Each corpus is indexed once, into --store (reused between runs) or a
temporary directory. Exit status 1 when a metric misses its threshold (evals/thresholds.py).
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from contextlib import nullcontext
from pathlib import Path

from evals.scripted_llm import generation_rates, restating_llm
from evals.thresholds import CEILINGS, FLOORS
from index.embedding import BulletinEmbedding
from index.periods import parse_period
from index.pipeline import IndexingPipeline
from qa.pipeline import BulletinQA
from settings import ROOT, Settings

GOLD_DIR = Path(__file__).with_name("gold")
GOLD = GOLD_DIR / "dev.jsonl"
CORPORA = {"sample": [ROOT / "documents"], "issues": [ROOT / "documents", Path(__file__).with_name("corpus")]}
MAX_CONCISE = 120


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _contains(text: str, expected) -> bool:
    return any(alt in text for alt in (expected if isinstance(expected, list) else [expected]))


def build_index(corpus: str, store: Path, settings: Settings, embedding: BulletinEmbedding) -> BulletinQA:
    docs = store / corpus / "docs"
    shutil.rmtree(docs, ignore_errors=True)
    docs.mkdir(parents=True)
    for folder in CORPORA[corpus]:
        for path in folder.iterdir():
            if path.is_file() and path.suffix != ".md":
                shutil.copy2(path, docs / path.name)
    corpus_settings = settings.with_overrides(store_dir=store / corpus / "index", docs_dir=docs)
    IndexingPipeline(corpus_settings, embedding).run()
    return BulletinQA(corpus_settings, embedding)


def grade(case: dict, result: dict, qa: BulletinQA) -> dict:
    """Per-question verdicts behind the metrics (CONTRACT.md, Measurement JSON)."""
    answer, cites = result["answer"], result["citations"]
    must, must_not = case.get("must", []), case.get("must_not", [])
    g = {"id": case["id"], "abstain_expected": case.get("abstain", False), "abstained": result["abstained"],
         "ms": result["timings_ms"]["total"]}
    if g["abstain_expected"]:
        return g
    g["correct"] = not result["abstained"] and all(_contains(answer, m) for m in must) \
        and not any(n in answer for n in must_not)
    if case.get("single"):
        g["concise"] = g["correct"] and len(answer) <= MAX_CONCISE
    if case.get("short"):
        g["short_ok"] = result.get("short") == case["short"]
    region, period = case.get("region"), parse_period(case.get("period"))
    manifest = qa.snapshot.manifest
    g["wrong_region"] = any(region and c["region"] != region for c in cites)
    g["wrong_period"] = any(period and not any(p and period.matches(p) for p in (
        parse_period(c["period"]), parse_period(manifest.get(c["doc"], {}).get("period")))) for c in cites)
    g["cited"] = bool(cites) and not g["wrong_region"] and all(
        any(_contains(c["quote"], m) for c in cites) for m in must)
    texts = {c["id"]: c for c in qa.snapshot.chunks}
    ranks = [i for i, cid in enumerate(result.get("retrieved", []), 1)
             if any(_contains(texts[cid]["text"], m) for m in must) and (not region or texts[cid]["region"] == region)]
    g["rank"] = ranks[0] if ranks else None
    return g


def summarise(grades: list[dict]) -> dict:
    def rate(key: str, rows: list[dict]) -> float:
        rows = [r for r in rows if key in r]
        return round(sum(bool(r[key]) for r in rows) / len(rows), 4) if rows else 1.0
    answerable = [g for g in grades if not g["abstain_expected"]]
    abstain = [g for g in grades if g["abstain_expected"]]
    ranks = [g.get("rank") for g in answerable]
    times = sorted(g["ms"] for g in grades)
    m = {"n": len(grades), "n_abstain": len(abstain),
         "answer_acc": rate("correct", answerable), "concise_acc": rate("concise", answerable),
         "short_em": rate("short_ok", answerable), "citation_acc": rate("cited", answerable),
         "hit@1": round(sum(r == 1 for r in ranks) / max(len(ranks), 1), 4),
         "hit@3": round(sum(bool(r and r <= 3) for r in ranks) / max(len(ranks), 1), 4),
         "mrr": round(sum(1 / r for r in ranks if r) / max(len(ranks), 1), 4),
         "abstain_acc": rate("abstained", abstain),
         "false_abstain_rate": rate("abstained", answerable) if answerable else 0.0,
         "wrong_region": sum(bool(g.get("wrong_region")) for g in answerable),
         "wrong_period": sum(bool(g.get("wrong_period")) for g in answerable),
         "p50_ms": round(statistics.median(times), 1) if times else 0.0,
         "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1) if times else 0.0}
    m["failed"] = [k for k, floor in FLOORS.items() if m[k] < floor] + \
                  [k for k, ceiling in CEILINGS.items() if m[k] > ceiling]
    m["passed"] = not m["failed"]
    return m


def run(gold_path: Path, store: Path | None, settings: Settings) -> tuple[dict, list[dict], list[dict]]:
    cases = load_gold(gold_path)
    embedding = BulletinEmbedding(settings.embed_model)
    with tempfile.TemporaryDirectory(prefix="bqa-eval-") as tmp:
        root = store or Path(tmp)
        systems = {c: build_index(c, root, settings, embedding) for c in sorted({c["corpus"] for c in cases})}
        results = [systems[c["corpus"]].ask(c["q"]) for c in cases]
        grades = [grade(c, r, systems[c["corpus"]]) for c, r in zip(cases, results)]
    return summarise(grades), grades, results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.run", description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=GOLD)
    parser.add_argument("--store", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--llm", action="store_true",
                        help="generated answers from the scripted test server, restating the evidence it is sent")
    args = parser.parse_args(argv)
    with restating_llm(Settings.from_env()) if args.llm else nullcontext(Settings.from_env()) as settings:
        metrics, grades, results = run(args.set, args.store, settings)
    if args.llm:
        metrics.update(generation_rates(results))
    if not args.json:
        for g, r in zip(grades, results):
            bad = (g["abstain_expected"] != g["abstained"]) or g.get("correct") is False or g.get("short_ok") is False \
                or g.get("concise") is False or g.get("wrong_region") or g.get("wrong_period") or g.get("cited") is False
            if bad:
                print(f"FAIL {g['id']} {r['question']}\n     -> {r['answer'][:200]} | short={r.get('short')}")
        for k, v in metrics.items():
            print(f"{k:20s} {v}")
    print(json.dumps(metrics, ensure_ascii=False))
    return 0 if metrics["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
