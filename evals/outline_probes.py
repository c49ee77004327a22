"""Probe list answers with the outline: ask each section of ≥ 2 items as staff would, check every item is listed.

    python -m evals.outline_probes --store DIR [--corpus NAME ...] [--save FILE]

For every indexed corpus under --store (as `evals.run --store` leaves it), every section of a bulletin's outline
(index/outline.py: region -> sections -> items) holding two items or more is asked for in three staff wordings of
its heading's meaning (plans, measures, achievements, problems; a heading of none is asked by its own words), with
its period, with and without its region. A probe passes when the answer holds every item's title (its first words
after the ordinal). Printed per corpus and per shape (the heading's meaning, the items' ordinal, region or whole).
No gold is involved: the questions come from the outline, the expected items from the same outline.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

from index.embedding import load_embedding
from index.headings import BULLET, ITEM_ORDINAL
from qa.meanings import tells_measures, tells_plans, tells_problems
from qa.pipeline import BulletinQA
from settings import Settings

WORDINGS = {"plans": ("下一步工作计划有哪些", "下一步有什么打算", "下步安排是啥"),
            "measures": ("采取了哪些工作措施", "主要做法有哪些", "有哪些举措"),
            "achievements": ("取得了哪些成绩", "有哪些亮点", "成效有哪些"),
            "problems": ("存在哪些问题", "遇到了哪些困难", "有哪些短板")}
ACHIEVEMENTS = ("成绩", "成效", "成果", "成就", "亮点", "进展")
TITLE_WORDS = 8  # an item's title is looked for by its first words: a list may shorten a long title
_NUMBER = re.compile(r"^\d{1,2}[.．、]\s*")  # 1.2026年力争…: an item number before a figure, which ITEM_ORDINAL leaves


def meaning(heading: str) -> str:
    """The class of a section's heading, the way staff would name its items."""
    if tells_problems(heading):
        return "problems"
    if tells_plans(heading):
        return "plans"
    if tells_measures(heading):
        return "measures"
    return "achievements" if any(w in heading for w in ACHIEVEMENTS) else "heading"


def ordinal_shape(title: str, text: str) -> str:
    """How the items are numbered: 一是, （一）, 1., ①, a bullet, or not at all."""
    mark = ITEM_ORDINAL.match(text) or BULLET.match(text)
    if not mark:
        return "plain"
    said = mark.group()
    return ("一是" if said[-1] in "是要" else "（一）" if said[0] in "（(" else "1." if said[0].isdigit()
            else "①" if said[0] in "①②③④⑤⑥⑦⑧⑨⑩" else "bullet")


def title_core(title: str) -> str:
    """The first words of an item's title, without its ordinal and the marks around it."""
    bare = _NUMBER.sub("", ITEM_ORDINAL.sub("", BULLET.sub("", title))).strip("。；;：:，, ")
    return bare[:TITLE_WORDS]


def probes(outline: dict, chunks: dict[str, dict]) -> list[dict]:
    """One probe per section of ≥ 2 items, wording and region choice."""
    found = []
    for doc in outline.values():
        period = doc.get("period") or ""
        for region in doc.get("regions", []):
            for section in region.get("sections", []):
                items = section.get("items", [])
                if not section.get("title") or len(items) < 2:
                    continue
                first = chunks.get(items[0]["chunks"][0], {}) if items[0].get("chunks") else {}
                kind = meaning(section["title"])
                wordings = WORDINGS.get(kind) or (f"{section['title']}有哪些", f"{section['title']}包括哪几项",
                                                  f"{section['title']}具体是啥")
                places = [region["title"], ""] if region.get("title") else [""]
                for place in places:
                    for wording in wordings:
                        found.append({"q": f"{period}{place}{wording}？", "doc": doc.get("doc"),
                                      "section": section["title"], "region": place or None,
                                      "items": [title_core(i["title"]) for i in items],
                                      "shape": f"{kind}/{ordinal_shape(items[0]['title'], first.get('text', ''))}/"
                                               f"{'region' if place else 'whole'}"})
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.outline_probes", description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--corpus", nargs="*")
    parser.add_argument("--save", type=Path, help="write each probe with its answer as a JSON line")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    embedding = load_embedding(settings)
    by_corpus: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_shape: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    out = args.save.open("w", encoding="utf-8") if args.save else None
    for corpus_dir in sorted(p for p in args.store.iterdir() if (p / "index").is_dir()):
        if args.corpus and corpus_dir.name not in args.corpus:
            continue
        qa = BulletinQA(settings.with_overrides(store_dir=corpus_dir / "index", docs_dir=corpus_dir / "docs"), embedding)
        snapshot = qa.snapshot
        chunks = {c["id"]: c for c in snapshot.chunks}
        for probe in probes(getattr(snapshot, "outline", None) or {}, chunks):
            answer = qa.ask(probe["q"], generate=False)
            missing = [t for t in probe["items"] if t not in answer["answer"]]
            for tally in (by_corpus[corpus_dir.name], by_shape[probe["shape"]]):
                tally[0] += not missing
                tally[1] += 1
            if out:
                out.write(json.dumps({**probe, "corpus": corpus_dir.name, "kind": answer.get("kind"),
                                      "missing": missing, "answer": answer["answer"]}, ensure_ascii=False) + "\n")
    for name, table in (("corpus", by_corpus), ("shape", by_shape)):
        for key, (passed, n) in sorted(table.items()):
            print(f"{name:7s} {key:32s} {passed:4d}/{n:<4d} {passed / n:.2f}")
    total = [sum(v[i] for v in by_corpus.values()) for i in (0, 1)]
    print(f"all     {total[0]}/{total[1]} {total[0] / max(total[1], 1):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
