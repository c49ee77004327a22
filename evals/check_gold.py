"""Check the gold set against its documents, so that every expectation can be met and every guard guards.

    python -m evals.check_gold [--set FILE ...]

- every `must` and `short` string stands verbatim (figures whole) in a chunk of the region the question is about
  (an overview's clause opening with a city, a zone's table row: the index files them in that region);
- every `must_not` string stands somewhere in the corpus (a forbidden figure no document holds guards nothing);
- every `not_covered` place stands nowhere in the corpus (the answer must say no bulletin covers it);
- ids are unique and each question has a known split and kind.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evals.goldset import SPLITS, CorpusView, alternatives, load_gold
from qa.compose.base import KINDS


def _case_problems(case: dict, view: CorpusView) -> list[str]:
    problems = []
    regions = set(alternatives(case.get("region") or [])) or None
    for expected in case.get("must", []) + ([case["short"]] if case.get("short") else []):
        where = view.regions_holding(expected)
        if not where or (regions and not where & regions):
            problems.append(f"{expected!r} is not in the text of {'/'.join(regions or ['the corpus'])}")
    for forbidden in case.get("must_not", []):
        if not view.regions_holding(forbidden):
            problems.append(f"must_not {forbidden!r} is in no document: it guards nothing")
    for place in case.get("not_covered", []):
        if any(place in c["text"] for c in view.chunks.values()):
            problems.append(f"not_covered {place!r} is in the corpus")
    if case.get("split") not in SPLITS or case.get("kind") not in KINDS:
        problems.append(f"unknown split {case.get('split')!r} or kind {case.get('kind')!r}")
    return [f"{case['id']}: {p}" for p in problems]


def check_gold(cases: list[dict]) -> list[str]:
    """Every inconsistency between the gold set and its documents, as readable lines (none: consistent)."""
    views = {c: CorpusView.build(c) for c in sorted({c["corpus"] for c in cases})}
    seen, problems = set(), []
    for case in cases:
        if case["id"] in seen:
            problems.append(f"{case['id']}: duplicate id")
        seen.add(case["id"])
        problems += _case_problems(case, views[case["corpus"]])
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.check_gold", description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, nargs="+")
    args = parser.parse_args(argv)
    cases = load_gold(*(args.set or ()))
    problems = check_gold(cases)
    print("\n".join(problems) or f"{len(cases)} questions consistent with their documents")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
