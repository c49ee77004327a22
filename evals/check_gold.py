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
import re
import sys
from pathlib import Path

from evals.goldset import SPLITS, CorpusView, alternatives, holds, load_gold
from qa.compose.base import KINDS

# Corpora added before the indexer read their regions (a city's brief whose regions are its zones and their
# counties: evals/corpus_scan/README.md). For these only, a `must`/`short` string in a chunk of no region also
# checks for the region of the zone heading `（一）某开发区（某县）` above it in the same file (the zone and its
# county), or of the zone a table row opens with. Drop a corpus from here once the indexer reads its regions.
HEADED_CORPORA = {"scan"}
_ZONE_HEADING = re.compile(r"（[一二三四五六七八九十]+）\s*(\S{2,16}?(?:开发区|保税区|园区))（(\S{2,5}?[县区市])）")
_PART = re.compile(r"(?:^|\n)\s*[一二三四五六七八九十]、")
_ROW_ZONE = re.compile(r"^(\S{2,10}?(?:开发区|经开区|综保区|高新区|园区)) ")


def headed_regions(view: CorpusView) -> dict[str, set[str]]:
    """For each chunk of no region: the zone and county of the zone heading above it (or in it), or the zone
    its table row opens with (nothing after a part line such as `三、…`)."""
    out, current, doc = {}, set(), None
    for cid, chunk in view.chunks.items():
        if chunk["doc"] != doc:
            current, doc = set(), chunk["doc"]
        text = chunk["text"]
        heads = list(_ZONE_HEADING.finditer(text))
        part = list(_PART.finditer(text))
        names = set(current)
        if part and (not heads or part[-1].start() > heads[-1].start()):
            current = set()
        elif heads:
            current = {heads[-1].group(1), heads[-1].group(2)}
        names |= {name for m in heads for name in m.groups()}
        row = _ROW_ZONE.match(text)
        if row:
            names = {row.group(1)}
        if chunk.get("region") is None:
            out[cid] = names
    return out


def _regions_holding(view: CorpusView, headed: dict[str, set[str]] | None, expected) -> set[str | None]:
    where = view.regions_holding(expected)
    if headed:
        where |= {name for cid, names in headed.items() if holds(view.chunks[cid]["text"], expected) for name in names}
    return where


def _case_problems(case: dict, view: CorpusView, headed: dict[str, set[str]] | None = None) -> list[str]:
    problems = []
    regions = set(alternatives(case.get("region") or [])) or None
    for expected in case.get("must", []) + ([case["short"]] if case.get("short") else []):
        where = _regions_holding(view, headed, expected)
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
    headed = {c: headed_regions(view) for c, view in views.items() if c in HEADED_CORPORA}
    seen, problems = set(), []
    for case in cases:
        if case["id"] in seen:
            problems.append(f"{case['id']}: duplicate id")
        seen.add(case["id"])
        problems += _case_problems(case, views[case["corpus"]], headed.get(case["corpus"]))
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
