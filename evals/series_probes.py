"""Trend questions nobody wrote: every series the facts hold, asked in plain staff wordings, checked point by point.

    python -m evals.series_probes --store DIR [--corpus NAME ...] [--save FILE] [--limit N]

For every indexed corpus of more than one bulletin in --store (as `python -m evals.run --store` leaves it), the facts
of what was achieved (a fact's stance: no target, plan or rank) are grouped by region, entity (a zone's kind written
short: 蒿岭经济开发区 and 蒿岭经开区 are one), indicator (as the facts read it) and unit's measure; each group reported by
two bulletins or more is asked in three wordings (`X的Y这几期分别是多少`, `X的Y变化趋势`, `X的Y历次数据`). A probe passes when its answer holds one of each bulletin's
figures of the group and cites no other region. Failures are sorted by cause: the kind misread, an abstention, a
bulletin's point missing (and whether that bulletin was cited at all), a wrong region. The facts themselves may be
misread: a failure says which bulletin's point is missing, to be read.
"""
from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from index.embedding import load_embedding
from index.zones import written_short
from qa.pipeline import BulletinQA
from settings import Settings

WORDINGS = ("{x}的{y}这几期分别是多少", "{x}的{y}变化趋势", "{x}的{y}历次数据")
_WHOLES = ("全省", "全市", "全县")  # the whole a figure of no region is of, as its bulletins say it
_MEASURES = {"亿元": "元", "万元": "元", "元": "元", "亿美元": "美元", "万美元": "美元", "美元": "美元"}
_PLAIN_INDICATOR = re.compile(r"^[\u4e00-\u9fff]{2,10}$")  # a name staff would say, no figure or mark inside


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "")


def series_of(facts: list[dict]) -> list[dict]:
    """The groups of facts one series would show: [{region, subject, indicator, points: {doc: [figures]}}]."""
    groups: dict[tuple, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    whole = max(_WHOLES, key=lambda w: sum(w in (f.get("quote") or "") for f in facts if not f.get("region"))) + "开发区"
    for fact in facts:
        indicator = _plain(fact.get("indicator"))
        if not _PLAIN_INDICATOR.match(indicator) or not fact.get("figure") or fact.get("stance") != "achieved":
            continue  # no series point: a target, a plan or a rank (index/aims.py)
        region = fact.get("region")
        subject = written_short(fact.get("entity") or region or whole)
        if region and indicator.startswith(region):
            continue  # a place read as an indicator: the facts' misreading, no series
        measure = _MEASURES.get(fact.get("unit"), fact.get("unit"))
        groups[(region, subject, indicator, measure)][fact["doc"]].add(_plain(fact["figure"]))
    return [{"region": region, "subject": subject, "indicator": indicator, "measure": measure,
             "points": {doc: sorted(figures) for doc, figures in points.items()}}
            for (region, subject, indicator, measure), points in sorted(groups.items(), key=str) if len(points) >= 2]


def _written(figure: str, text: str) -> bool:
    """Whether the answer writes the figure, its sign perhaps in words (-4.6% as 下降4.6%) or its unit in a header."""
    number = re.match(r"[-−]?([\d.,]+)", figure)
    if not number:
        return figure in text
    return bool(re.search(rf"(?<![\d.]){re.escape(number.group(1))}(?![\d])", text))


def judge(series: dict, answer: dict) -> tuple[str, list[str]]:
    """('pass' or the cause, the bulletins whose point the answer leaves out). A point of a bulletin outside the group
    is no failure (a city's one zone stands for it in an issue without the city's figure): the gate's periods judge
    those."""
    if answer.get("abstained"):
        return "abstained", list(series["points"])
    text = _plain(answer.get("answer", ""))
    missing = [doc for doc, figures in series["points"].items() if not any(_written(f, text) for f in figures)]
    regions = {c.get("region") for c in answer.get("citations", [])}
    if series["region"] and regions - {series["region"], None}:
        return "wrong region", missing
    if not missing:
        return "pass", []
    if answer.get("kind") != "trend":
        return f"read as {answer.get('kind')}", missing
    cited = {c.get("doc") for c in answer.get("citations", [])}
    return ("point missing, its bulletin cited" if set(missing) & cited else "point missing"), missing


def probe(store: Path, corpora: list[str], limit: int | None) -> list[dict]:
    settings = Settings.from_env()
    embedding = load_embedding(settings)
    results = []
    for corpus in corpora:
        qa = BulletinQA(settings.with_overrides(store_dir=store / corpus / "index", docs_dir=store / corpus / "docs"),
                        embedding)
        facts = qa.snapshot.facts
        if len({f["doc"] for f in facts}) < 2:
            continue
        for series in series_of(facts)[:limit]:
            for wording in WORDINGS:
                question = wording.format(x=series["subject"], y=series["indicator"])
                answer = qa.ask(question, generate=False)
                cause, missing = judge(series, answer)
                results.append({"corpus": corpus, "q": question, "cause": cause, "missing": missing, **series,
                                "answer": answer["answer"], "kind": answer["kind"]})
    return results


def report(results: list[dict]) -> str:
    by_corpus: dict[str, Counter] = defaultdict(Counter)
    for r in results:
        by_corpus[r["corpus"]][r["cause"] == "pass"] += 1
    lines = [f"{c:12s} {n[True]}/{n[True] + n[False]}" for c, n in sorted(by_corpus.items())]
    passed = sum(r["cause"] == "pass" for r in results)
    lines.append(f"{'all':12s} {passed}/{len(results)}  causes: {dict(Counter(r['cause'] for r in results))}")
    lines += [f"{r['cause']:34s} {r['corpus']:10s} {r['q']}  missing {r['missing']}" for r in results
              if r["cause"] != "pass"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.series_probes", description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--corpus", nargs="*")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    corpora = args.corpus or sorted(p.name for p in args.store.iterdir() if (p / "index").is_dir())
    results = probe(args.store, corpora, args.limit)
    if args.save:
        args.save.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results), encoding="utf-8")
    print(report(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
