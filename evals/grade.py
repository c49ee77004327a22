"""Per-question verdicts and the metrics of CONTRACT.md (Measurement JSON), per split and per kind.

A question is graded on its answer JSON alone plus the corpus it is about (`CorpusView`), so the
same grading runs on live answers and on a saved answer file (`python -m evals.run --answers`).
"""
from __future__ import annotations

import statistics
from collections import Counter

from evals.goldset import CorpusView, alternatives, holds
from evals.thresholds import CEILINGS, FLOORS, KIND_FLOOR, MIN_COUNTS, OVERFIT_GAP
from index.periods import parse_period

MAX_CONCISE = 120


def _as_set(value) -> set:
    return {v for v in alternatives(value) if v} if value else set()


def _forbidden(case: dict, result: dict, view: CorpusView) -> tuple[bool, bool]:
    """(a forbidden figure is in the answer, one of them comes from another region).

    From another region: a citation of another region quotes it, or no citation does and only other
    regions' text holds it. A forbidden figure of the right region (another zone, indicator or period of it)
    makes the answer wrong without counting as wrong_region."""
    regions = _as_set(case.get("region"))
    found = other_region = False
    for forbidden in case.get("must_not", []):
        if not holds(result["answer"], forbidden):
            continue
        found = True
        quoting = [c for c in result["citations"] if holds(c["quote"], forbidden)]
        if regions and (any(c["region"] not in regions for c in quoting)
                        or (not quoting and not view.regions_holding(forbidden) & regions)):
            other_region = True
    return found, other_region


def _rank(case: dict, result: dict, view: CorpusView) -> int | None:
    """Rank of the first retrieved chunk of the right region holding every expected string."""
    regions, must = _as_set(case.get("region")), case.get("must", [])
    for rank, cid in enumerate(result.get("retrieved", []), 1):
        chunk = view.chunks.get(cid)
        if chunk and all(holds(chunk["text"], m) for m in must) and (not regions or chunk.get("region") in regions):
            return rank
    return None


def _wrong_period(case: dict, cites: list[dict], view: CorpusView) -> bool:
    periods = [p for p in (parse_period(x) for x in alternatives(case.get("period") or [])) if p]
    if not periods:
        return False
    def fits(cite: dict) -> bool:
        stated = [parse_period(cite.get("period")), parse_period(view.manifest.get(cite["doc"], {}).get("period"))]
        return any(p and want.matches(p) for p in stated for want in periods)
    return not all(fits(c) for c in cites)


def grade(case: dict, result: dict, view: CorpusView) -> dict:
    answer, cites = result["answer"], result["citations"]
    must = case.get("must", [])
    forbidden, other_region = _forbidden(case, result, view)
    g = {"id": case["id"], "split": case.get("split", "dev"), "kind": case.get("kind", "figure"),
         "abstain_expected": case.get("abstain", False), "abstained": result["abstained"],
         "ms": result["timings_ms"]["total"], "kind_ok": result.get("kind", "figure") == case.get("kind", "figure")}
    regions = _as_set(case.get("region"))
    g["wrong_region"] = other_region or any(regions and c["region"] not in regions for c in cites)
    g["wrong_period"] = _wrong_period(case, cites, view)
    if g["abstain_expected"]:
        return g
    causes = {"abstained": result["abstained"],
              "missing": not all(holds(answer, m) for m in must),
              "not_covered": not all(holds(answer, place) for place in case.get("not_covered", [])),
              "unresolved": case.get("resolved", "") not in (result.get("resolved_question") or ""),
              "forbidden": forbidden}
    g["causes"] = [cause for cause, failed in causes.items() if failed]
    g["correct"] = not g["causes"]
    if case.get("single"):
        g["concise"] = g["correct"] and len(answer) <= MAX_CONCISE
    if case.get("short"):
        g["short_ok"] = result.get("short") in alternatives(case["short"])
    g["cited"] = bool(cites) and not g["wrong_region"] and all(
        any(holds(c["quote"], m) for c in cites) for m in must)
    g["rank"] = _rank(case, result, view) if must else None
    return g


def _rate(key: str, rows: list[dict]) -> float | None:
    rows = [r for r in rows if key in r]
    return round(sum(bool(r[key]) for r in rows) / len(rows), 4) if rows else None


def metrics(grades: list[dict]) -> dict:
    """The CONTRACT metrics over some questions (a rate over no question is None, never a free 1.0)."""
    answerable = [g for g in grades if not g["abstain_expected"]]
    abstain = [g for g in grades if g["abstain_expected"]]
    ranked = [g for g in answerable if "rank" in g and g["kind"] in ("figure", "name")]
    ranks = [g["rank"] for g in ranked]
    times = sorted(g["ms"] for g in grades)
    n_ranked = max(len(ranks), 1)
    return {"n": len(grades), "n_abstain": len(abstain), "n_short": sum("short_ok" in g for g in grades),
            "answer_acc": _rate("correct", answerable), "concise_acc": _rate("concise", answerable),
            "short_em": _rate("short_ok", answerable), "citation_acc": _rate("cited", answerable),
            "hit@1": round(sum(r == 1 for r in ranks) / n_ranked, 4),
            "hit@3": round(sum(bool(r and r <= 3) for r in ranks) / n_ranked, 4),
            "mrr": round(sum(1 / r for r in ranks if r) / n_ranked, 4),
            "abstain_acc": _rate("abstained", abstain),
            "false_abstain_rate": _rate("abstained", answerable) or 0.0,
            "kind_acc": _rate("kind_ok", grades),
            "kind_misread": sum(not g["kind_ok"] for g in grades),
            # why answerable questions failed, counted (a held-out split's failures are told by cause, not by question)
            "failure_causes": dict(Counter(c for g in grades for c in g.get("causes", ()))),
            "wrong_region": sum(bool(g.get("wrong_region")) for g in grades),
            "wrong_period": sum(bool(g.get("wrong_period")) for g in grades),
            "p50_ms": round(statistics.median(times), 1) if times else 0.0,
            "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1) if times else 0.0,
            "by_kind": {k: {"n": len(rows), "acc": _rate("correct", rows) if any("correct" in r for r in rows)
                            else _rate("abstained", rows),
                            "p50_ms": round(statistics.median(r["ms"] for r in rows), 1)}
                        for k in sorted({g["kind"] for g in grades})
                        for rows in [[g for g in grades if g["kind"] == k]]}}


def _failures(dev: dict, counts: dict) -> list[str]:
    failed = [k for k, floor in FLOORS.items() if dev[k] is None or dev[k] < floor]
    failed += [k for k, ceiling in CEILINGS.items() if dev[k] > ceiling]
    failed += [f"kind:{k}" for k, row in dev["by_kind"].items() if row["acc"] is None or row["acc"] < KIND_FLOOR]
    failed += [f"too few questions: {k} {counts.get(k, 0)} < {floor}" for k, floor in MIN_COUNTS.items()
               if counts.get(k, 0) < floor]
    return failed


def summarise(grades: list[dict]) -> dict:
    """Metrics over every question and per split. The thresholds hold on dev, the split tuned on; test is
    measured and reported, never gated, so that nobody tunes on it; a dev-test gap is flagged."""
    m = metrics(grades)
    m["splits"] = {s: metrics(rows) for s in ("dev", "test") for rows in [[g for g in grades if g["split"] == s]]}
    dev, test = (m["splits"][s]["answer_acc"] for s in ("dev", "test"))
    m["dev_test_gap"] = round(dev - test, 4) if dev is not None and test is not None else None
    m["overfitting"] = bool(m["dev_test_gap"] is not None and m["dev_test_gap"] > OVERFIT_GAP)
    counts = {"n": m["n"], "n_abstain": m["n_abstain"], "n_short": m["n_short"], "n_test": m["splits"]["test"]["n"],
              **{f"n_{k}": row["n"] for k, row in m["by_kind"].items()}}
    m["failed"] = _failures(m["splits"]["dev"], counts)
    m["passed"] = not m["failed"]
    return m
