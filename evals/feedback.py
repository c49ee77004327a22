"""Staff feedback as candidate eval questions.

    python -m evals.feedback [--store DIR]                    # list the feedback, newest first
    python -m evals.feedback --export FILE [--all] [--store DIR]

`--export` writes the 👎 items (with `--all`, every item) as JSON lines in the gold-set format, newest
first, for a maintainer to correct and append to evals/gold/dev.jsonl. What the answer was and what staff
said ride along in `feedback`; `split` is left null for the maintainer to set. A 👍 answer is taken as
right: its short figure becomes `must` and `short`, its cited regions and periods `region` and `period`.
A 👎 answer is not: its short figure goes to `must_not`, and `must`, `region` and `period` stay empty.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from qa.feedback import Feedback, FeedbackStore
from settings import Settings

# the later issues that only the "issues" corpus of the gold set holds (evals/run.py, CORPORA)
ISSUE_DOCS = {p.name for p in Path(__file__).with_name("corpus").iterdir() if p.suffix != ".md"}


def _one_or_many(values: list[str]) -> str | list[str] | None:
    return values[0] if len(values) == 1 else (values or None)


def candidate(item: Feedback) -> dict:
    """One gold line (COMMON format) from a feedback item."""
    result, cites, up = item.result, item.citations, item.rating == "up"
    short = result.get("short") or None
    line = {"id": f"feedback-{item.id}", "split": None, "kind": result.get("kind") or "figure",
            "corpus": "issues" if any(c.get("doc") in ISSUE_DOCS for c in cites) else "sample",
            "q": item.question}
    if item.history:
        line["history"] = item.history
    line.update({
        "must": [short] if up and short else [],
        "must_not": [short] if short and not up else [],
        "region": _one_or_many(sorted({c["region"] for c in cites if c.get("region")})) if up else None,
        "period": _one_or_many(sorted({c["period"] for c in cites if c.get("period")})) if up else None,
        "short": short if up else None,
        "single": bool(up and short and line["kind"] == "figure"),
        "abstain": bool(up and result.get("abstained")),
        "feedback": {"rating": item.rating, "comment": item.comment, "answer": item.answer,
                     "created_at": item.created_at, "index_version": item.index_version},
    })
    return line


def export(store: FeedbackStore, path: Path, everything: bool) -> int:
    """Write the candidate lines to `path`; how many."""
    items = store.items(rating=None if everything else "down")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(candidate(i), ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    return len(items)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="the index directory (BQA_STORE)")
    parser.add_argument("--export", type=Path, metavar="FILE", help="write candidate gold lines here")
    parser.add_argument("--all", action="store_true", help="export 👍 items too, not only 👎")
    args = parser.parse_args(argv)
    settings = Settings.from_env().with_overrides(store_dir=args.store)
    if not settings.feedback_path.exists():
        print(f"{settings.store_dir} 中还没有反馈。", file=sys.stderr)
        return 1
    store = FeedbackStore(settings.feedback_path)
    if args.export:
        n = export(store, args.export, args.all)
        print(f"wrote {n} candidate lines to {args.export}")
        return 0
    for item in store.items():
        mark = "👍" if item.rating == "up" else "👎"
        print(f"{item.created_at} {mark} {item.question}  {item.comment}".rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
