"""Run the gold set and report the metrics of CONTRACT.md (Measurement JSON), per split and per kind.

    python -m evals.run [--set FILE ...] [--store DIR] [--answers FILE | --save FILE] [--json] [--llm]

By default every split of evals/gold/ is asked (dev and test; evals/gold/README.md). Each corpus is
indexed once, into --store (reused between runs) or a temporary directory. `--answers FILE` grades
saved answer JSON lines (one per question, in order, as `ask --json` prints them) instead of asking.
Before anything is asked, the gold set is checked against the documents (evals/check_gold.py).
Exit status 1 when a metric misses its threshold (evals/thresholds.py) or the gold set is inconsistent.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from contextlib import nullcontext
from pathlib import Path

from evals.check_gold import check_gold
from evals.goldset import CorpusView, corpus_files, load_gold
from evals.grade import grade, summarise
from evals.scripted_llm import generation_rates, restating_llm
from index.embedding import BulletinEmbedding, load_embedding
from index.pipeline import IndexingPipeline
from qa.pipeline import BulletinQA
from settings import Settings


def build_index(corpus: str, store: Path, settings: Settings, embedding: BulletinEmbedding) -> BulletinQA:
    docs = store / corpus / "docs"
    shutil.rmtree(docs, ignore_errors=True)
    docs.mkdir(parents=True)
    for path in corpus_files(corpus):
        shutil.copy2(path, docs / path.name)
    corpus_settings = settings.with_overrides(store_dir=store / corpus / "index", docs_dir=docs)
    IndexingPipeline(corpus_settings, embedding).run()
    return BulletinQA(corpus_settings, embedding)


def ask_all(cases: list[dict], store: Path | None, settings: Settings) -> list[dict]:
    embedding = load_embedding(settings)
    with tempfile.TemporaryDirectory(prefix="bqa-eval-") as tmp:
        root = store or Path(tmp)
        systems = {c: build_index(c, root, settings, embedding) for c in sorted({c["corpus"] for c in cases})}
        return [systems[c["corpus"]].ask(c["q"], **({"history": c["history"]} if c.get("history") else {}))
                for c in cases]


def run(cases: list[dict], results: list[dict]) -> tuple[dict, list[dict]]:
    views = {c: CorpusView.build(c) for c in sorted({c["corpus"] for c in cases})}
    grades = [grade(c, r, views[c["corpus"]]) for c, r in zip(cases, results)]
    return summarise(grades), grades


def _print_report(metrics: dict, grades: list[dict], results: list[dict], show_test: bool) -> None:
    for g, r in zip(grades, results):
        if g["split"] == "test" and not show_test:
            continue  # held out: its questions are not shown to whoever tunes
        bad = (g["abstain_expected"] != g["abstained"]) or g.get("correct") is False or g.get("short_ok") is False \
            or g.get("concise") is False or g.get("wrong_region") or g.get("wrong_period") or g.get("cited") is False
        if bad:
            cited_wrong = "".join(f" [{k.replace('_', ' ')}]" for k in ("wrong_region", "wrong_period") if g.get(k))
            print(f"FAIL {g['id']} [{g['split']}/{g['kind']}]{cited_wrong} {r['question']}\n"
                  f"     -> {r['answer'][:200]} | short={r.get('short')}")
    for key, value in metrics.items():
        if key not in ("splits", "by_kind"):
            print(f"{key:20s} {value}")
    for split, m in metrics["splits"].items():
        kinds = "  ".join(f"{k} {row['acc']} (n={row['n']}, p50 {row['p50_ms']} ms)" for k, row in m["by_kind"].items())
        print(f"[{split}] n={m['n']} answer_acc={m['answer_acc']} abstain_acc={m['abstain_acc']} "
              f"short_em={m['short_em']} citation_acc={m['citation_acc']}\n       {kinds}\n"
              f"       failures by cause: {m['failure_causes']}; kind misread: {m['kind_misread']}")
    if metrics["overfitting"]:
        print(f"OVERFITTING: dev answer accuracy exceeds test's by {metrics['dev_test_gap']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.run", description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, nargs="+", help="gold files (default: evals/gold/dev.jsonl and test.jsonl)")
    parser.add_argument("--store", type=Path)
    parser.add_argument("--answers", type=Path, help="grade these saved answers instead of asking")
    parser.add_argument("--save", type=Path, help="write the answers asked to this file (for --answers)")
    parser.add_argument("--show-test", action="store_true",
                        help="also print the failing questions of the held-out test split (not while tuning)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--llm", action="store_true",
                        help="generated answers from the scripted test server, restating the evidence it is sent")
    args = parser.parse_args(argv)
    cases = load_gold(*(args.set or ()))
    problems = check_gold(cases)
    if problems:
        print("the gold set does not match the documents:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    if args.answers:
        results = [json.loads(line) for line in args.answers.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        with restating_llm(Settings.from_env()) if args.llm else nullcontext(Settings.from_env()) as settings:
            results = ask_all(cases, args.store, settings)
        if args.save:
            args.save.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results), encoding="utf-8")
    if len(results) != len(cases):
        print(f"{len(results)} answers for {len(cases)} questions", file=sys.stderr)
        return 1
    metrics, grades = run(cases, results)
    if args.llm:
        metrics.update(generation_rates(results))
    if not args.json:
        _print_report(metrics, grades, results, args.show_test)
    print(json.dumps(metrics, ensure_ascii=False))
    return 0 if metrics["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
