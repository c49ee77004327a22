"""Where the right sentence ranks on CMRC 2018, by kind of question: a diagnosis for tuning the answer module.

    python -m evals.cmrc_sentences [--limit 800] [--half 1|2] [--store DIR] [--data FILE] [--show CATEGORY]

Asks the questions `evals.cmrc2018` asks (every k-th, to reach --limit; --half 1 the first half of those,
the tuning half, 2 the other, held out) of the index that command built, and for each question reports
whether its paragraph was retrieved, the rank of the first answering sentence (one holding a gold span)
among the sentences the answer module scored (`find_facts`), and whether the first quote holds the answer.
Hybrid retrieval is memoised in <store>/retrieval.json per question text, so reruns after a change to
the answer module take seconds; delete it after changing retrieval.
"""
from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from llama_index.core.schema import NodeWithScore, TextNode

from evals.cmrc2018 import DATA, STORE, every_kth, load_dataset
from qa.answer import find_facts
from qa.pipeline import BulletinQA
from qa.question import analyse_question
from settings import Settings

# the question word decides the category; first match wins
CATEGORIES = (("date", r"什么时候|什么时间|何时|哪一?年|哪一?天|几月|几号|何年|哪个朝代|年代"),
              ("figure", r"多少|几|多大|多高|多长|多重|多远|多久"),
              ("person", r"谁|何人|哪位|哪个人"),
              ("place", r"哪里|哪儿|何地|何处|什么地方|哪个(?:国家|城市|省|地区)|哪国"),
              ("which", r"哪"),
              ("what", r"什么|啥|何"),
              ("how", r"如何|怎么|怎样|为什么|为何"))


def category(question: str) -> str:
    return next((name for name, cue in CATEGORIES if re.search(cue, question)), "other")


class MemoQA(BulletinQA):
    """The pipeline with its hybrid retrieval answered from `memo` for a (text, top_k, region) seen before."""

    def __init__(self, settings: Settings, memo: dict):
        super().__init__(settings)
        self.memo = memo
        self.nodes = {c["id"]: TextNode(id_=c["id"], text=c["text"],
                                        metadata={k: v for k, v in c.items() if k not in ("id", "text")})
                      for c in self.snapshot.chunks}

    def _retriever(self, top_k, region, period, doc, corpus, vector):
        retrieval = super()._retriever(top_k, region, period, doc, corpus, vector)

        def retrieve(text: str, region: str | None = None, period=None) -> list[NodeWithScore]:
            key = f"{text}|{top_k}|{region}"
            if key not in self.memo:
                self.memo[key] = [(h.node.node_id, h.score) for h in retrieval(text, region, period)]
            return [NodeWithScore(node=self.nodes[i], score=s) for i, s in self.memo[key]]
        retrieve.seconds, retrieve.mode = 0.0, "hybrid"
        return retrieve


def diagnose(qa: MemoQA, case: dict) -> dict:
    result = qa.ask(case["q"])
    corpus = qa._state[1]
    q = analyse_question(case["q"], corpus)
    hits = qa._retriever(None, None, None, None, corpus, (None, None))(q.text)
    own = [Path(h.node.metadata.get("doc") or "").stem == case["para"] for h in hits]
    facts = find_facts(q, hits, corpus)
    rank = next((i for i, f in enumerate(facts, 1) if any(a in f.sentence for a in case["answers"])), None)
    quotes = [c["quote"] for c in result["citations"]]
    return {"id": case["id"], "q": case["q"], "answers": case["answers"], "category": category(case["q"]),
            "kind": result["kind"], "own_rank": own.index(True) + 1 if True in own else None,
            "sentence_rank": rank, "sentence_ok": bool(quotes) and any(a in quotes[0] for a in case["answers"]),
            "abstained": result["abstained"], "quote": quotes[0] if quotes else "",
            "gold_sentence": facts[rank - 1].sentence if rank else "",
            "top_sentence": facts[0].sentence if facts else "", "terms": q.terms,
            "second_ratio": facts[1].relevance / facts[0].relevance if len(facts) > 1 and facts[0].relevance else 0.0,
            "focus": q.parts[0].focus if q.parts else None}


def report(rows: list[dict]) -> None:
    by = defaultdict(list)
    for r in rows:
        by[r["category"]].append(r)
    print(f"{'category':9s} {'n':>4s} {'acc':>6s} {'own@1':>6s} {'s@1':>5s} {'s2-3':>5s} {'s>3':>5s} {'none':>5s}")
    for name, group in sorted(by.items(), key=lambda kv: -len(kv[1])) + [("all", rows)]:
        ranks = Counter("1" if r["sentence_rank"] == 1 else "2-3" if (r["sentence_rank"] or 9) <= 3
                        else ">3" if r["sentence_rank"] else "none" for r in group)
        print(f"{name:9s} {len(group):4d} {sum(r['sentence_ok'] for r in group) / len(group):6.3f} "
              f"{sum(r['own_rank'] == 1 for r in group):6d} {ranks['1']:5d} {ranks['2-3']:5d} {ranks['>3']:5d} "
              f"{ranks['none']:5d}")


def margins(rows: list[dict]) -> None:
    """For a margin t between the first and second fact: how often a second fact at least t times as
    relevant as the first exists, and how often it is the answering one while the first is not."""
    print("margin  second_listed  second_answers_first_not")
    for t in (0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        listed = [r for r in rows if r["second_ratio"] >= t]
        print(f"{t:6.2f}  {len(listed):13d}  {sum(r['sentence_rank'] == 2 for r in listed):24d}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.cmrc_sentences", description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=800)
    parser.add_argument("--half", type=int, choices=(1, 2))
    parser.add_argument("--store", type=Path, default=STORE)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--details", type=Path, help="write every question's diagnosis as JSON lines")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    _, questions = load_dataset(args.data)
    cases = every_kth(questions, args.limit, args.half)
    settings = Settings.from_env().with_overrides(store_dir=args.store / "index", docs_dir=args.store / "docs")
    memo_file = args.store / "retrieval.json"
    memo = json.loads(memo_file.read_text(encoding="utf-8")) if memo_file.exists() else {}
    qa = MemoQA(settings, memo)
    rows = [diagnose(qa, case) for case in cases]
    memo_file.write_text(json.dumps(memo, ensure_ascii=False), encoding="utf-8")
    report(rows)
    margins(rows)
    if args.details:
        args.details.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
