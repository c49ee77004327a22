"""CMRC 2018 dev as open-domain QA: every paragraph indexed, every question asked of the whole index.

    python -m evals.cmrc2018 [--limit N] [--half 1|2] [--store DIR] [--data FILE] [--json] [--details FILE]

Each of the 848 paragraphs becomes one .txt document (name = paragraph id) in <store>/docs/, indexed
through the project's own IndexingPipeline into <store>/index (incremental: a second run embeds
nothing). Questions: every k-th, to reach --limit (default: all 3,219). Rules are tuned on the first
half of those (--half 1) and checked on the second (--half 2, held out); a run over both also reports
each half's headline figures (`halves`), so overfitting to the tuning half shows.

Metrics: recall@1/5/20 and MRR of the question's own paragraph in `retrieved` (asked with top_k=20;
an abstention retrieves nothing), and retriever_recall@k / retriever_mrr of the same fused retriever
called directly (so the answer module's abstentions do not hide retrieval);
sentence accuracy (the first citation's quote holds a gold span; also: any citation's quote) and the
official CMRC 2018 character F1/EM of `short`, from the system's default ask (top_k as configured);
answer length: the median answer in characters and the share of answers of 120 characters or less.
short_f1/short_em count a missing short answer as 0 (as the official script does); *_given only
over the questions that got one.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import re
import statistics
import sys
import time
from pathlib import Path

from llama_index.core.schema import TextNode

from index.embedding import BulletinEmbedding, load_embedding
from index.pipeline import IndexingPipeline
from index.store import IndexStore
from qa.pipeline import BulletinQA
from qa.retrieve import DenseRetriever, HybridRetriever, LexicalRetriever
from settings import ROOT, Settings

log = logging.getLogger("evals.cmrc2018")
DATA = ROOT.parent / "shared" / "benchmarks" / "cmrc2018" / "cmrc2018_dev.json"
STORE = ROOT / "evals" / ".cache" / "cmrc2018"
RETRIEVE_K = 20

# ---- official CMRC 2018 scoring (cmrc2018_evaluate.py, v5) ---------------------------------------
_PUNCT = set("-:_*^/\\~`+=，。：？！“”；’《》·、「」（）－～『』") | {"……"}
_CJK = re.compile(r"[\u4e00-\u9fa5]")
try:  # the official script uses nltk.word_tokenize on non-Chinese runs; its word tokenizer needs no data
    from nltk.tokenize import NLTKWordTokenizer
    _word_tokenize = NLTKWordTokenizer().tokenize
except ImportError:  # pragma: no cover
    def _word_tokenize(text: str) -> list[str]:
        return re.findall(r"\w+(?:[-.,']\w+)*|[^\w\s]", text)


def mixed_segmentation(text: str, rm_punc: bool = False) -> list[str]:
    """Chinese characters one by one, other runs as words."""
    segs, run = [], ""
    for char in str(text).lower().strip():
        if rm_punc and char in _PUNCT:
            continue
        if _CJK.match(char) or char in _PUNCT:
            if run:
                segs.extend(_word_tokenize(run))
                run = ""
            segs.append(char)
        else:
            run += char
    if run:
        segs.extend(_word_tokenize(run))
    return segs


def _lcs_len(a: list[str], b: list[str]) -> int:
    """Length of the longest common substring (contiguous), as the official find_lcs."""
    best, prev = 0, [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b):
            if x == y:
                cur[j + 1] = prev[j] + 1
                best = max(best, cur[j + 1])
        prev = cur
    return best


def cmrc_f1(answers: list[str], prediction: str) -> float:
    pred = mixed_segmentation(prediction, rm_punc=True)
    scores = [0.0]
    for ans in answers:
        gold = mixed_segmentation(ans, rm_punc=True)
        common = _lcs_len(gold, pred)
        if common:
            p, r = common / len(pred), common / len(gold)
            scores.append(2 * p * r / (p + r))
    return max(scores)


def _strip_punct(text: str) -> str:
    return "".join(c for c in str(text).lower().strip() if c not in _PUNCT)


def cmrc_em(answers: list[str], prediction: str) -> float:
    return float(any(_strip_punct(a) == _strip_punct(prediction) for a in answers))


# ---- corpus and questions --------------------------------------------------------------------------
def load_dataset(path: Path) -> tuple[dict[str, str], list[dict]]:
    """(paragraph id -> text, questions [{id, q, para, answers}]) in file order."""
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    paragraphs, questions = {}, []
    for article in data:
        for para in article["paragraphs"]:
            paragraphs[para["id"]] = para["context"]
            questions += [{"id": qa["id"], "q": qa["question"], "para": para["id"],
                           "answers": [a["text"] for a in qa["answers"]]} for qa in para["qas"]]
    return paragraphs, questions


def write_docs(paragraphs: dict[str, str], docs: Path) -> None:
    """One UTF-8 .txt per paragraph; files already holding the same text are left alone."""
    docs.mkdir(parents=True, exist_ok=True)
    for pid, text in paragraphs.items():
        path = docs / f"{pid}.txt"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


def every_kth(questions: list[dict], limit: int | None, half: int | None = None) -> list[dict]:
    """Every k-th question to reach `limit`; of those, the first (1) or second (2) half when asked."""
    if limit and limit < len(questions):
        questions = questions[::max(1, len(questions) // limit)][:limit]
    middle = len(questions) // 2
    return {None: questions, 1: questions[:middle], 2: questions[middle:]}[half]


HEADLINE = ("n", "sentence_acc", "recall@1", "short_f1", "short_em", "answer_chars_p50")


def halves(grades: list[dict]) -> dict:
    """The headline figures of the tuning half and of the held-out half."""
    middle = len(grades) // 2
    return {name: {k: v for k, v in summarise(part).items() if k in HEADLINE}
            for name, part in (("tuning", grades[:middle]), ("held_out", grades[middle:]))}


# ---- grading ---------------------------------------------------------------------------------------
def _rank(ids: list[str], para: str, doc_of: dict[str, str]) -> int | None:
    return next((i for i, cid in enumerate(ids, 1) if Path(doc_of.get(cid, "")).stem == para), None)


def grade(case: dict, wide: dict, result: dict, doc_of: dict[str, str], hybrid: list[str]) -> dict:
    """Verdicts for one question: `wide` is ask(top_k=20) (retrieval), `result` the default ask (answer),
    `hybrid` the retriever's own top 20 (which `retrieved` hides when the answer module abstains)."""
    rank = _rank(wide.get("retrieved", []), case["para"], doc_of)
    quotes = [c["quote"] for c in result["citations"]]
    has_gold = [any(a in q for a in case["answers"]) for q in quotes]
    short = result.get("short") or ""
    return {"id": case["id"], "rank": rank, "retriever_rank": _rank(hybrid, case["para"], doc_of),
            "abstained": result["abstained"],
            "sentence_ok": bool(has_gold and has_gold[0]), "any_sentence_ok": any(has_gold),
            "cited_own": bool(result["citations"]) and Path(result["citations"][0]["doc"]).stem == case["para"],
            "wide_sentence_ok": any(any(a in c["quote"] for a in case["answers"]) for c in wide["citations"][:1]),
            "short": short, "f1": cmrc_f1(case["answers"], short) if short else 0.0,
            "em": cmrc_em(case["answers"], short) if short else 0.0,
            "answer_chars": len(result["answer"]), "ms": result["timings_ms"]["total"]}


def summarise(grades: list[dict]) -> dict:
    n = max(len(grades), 1)
    ranks = [g["rank"] for g in grades]
    given = [g for g in grades if g["short"]]
    times = sorted(g["ms"] for g in grades) or [0.0]
    frac = lambda k: round(sum(bool(g[k]) for g in grades) / n, 4)  # noqa: E731
    return {"n": len(grades),
            **{f"recall@{k}": round(sum(bool(r and r <= k) for r in ranks) / n, 4) for k in (1, 5, 20)},
            "mrr": round(sum(1 / r for r in ranks if r) / n, 4),
            **{f"retriever_recall@{k}": round(sum(bool(g["retriever_rank"] and g["retriever_rank"] <= k)
                                                   for g in grades) / n, 4) for k in (1, 5, 20)},
            "retriever_mrr": round(sum(1 / g["retriever_rank"] for g in grades if g["retriever_rank"]) / n, 4),
            "sentence_acc": frac("sentence_ok"), "any_sentence_acc": frac("any_sentence_ok"),
            "sentence_acc_top20": frac("wide_sentence_ok"), "cited_own_paragraph": frac("cited_own"),
            "short_f1": round(sum(g["f1"] for g in grades) / n, 4),
            "short_em": round(sum(g["em"] for g in grades) / n, 4),
            "short_given": round(len(given) / n, 4),
            "short_f1_given": round(sum(g["f1"] for g in given) / max(len(given), 1), 4),
            "short_em_given": round(sum(g["em"] for g in given) / max(len(given), 1), 4),
            "abstain_rate": frac("abstained"),
            "answer_chars_p50": statistics.median(g["answer_chars"] for g in grades) if grades else 0,
            "answer_le_120": round(sum(g["answer_chars"] <= 120 for g in grades) / n, 4),
            "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1)}


# ---- run -------------------------------------------------------------------------------------------
def build(paragraphs: dict[str, str], store: Path, settings: Settings,
          embedding: BulletinEmbedding) -> tuple[BulletinQA, dict]:
    write_docs(paragraphs, store / "docs")
    cmrc = settings.with_overrides(store_dir=store / "index", docs_dir=store / "docs")
    report = IndexingPipeline(cmrc, embedding).run(
        progress=lambda stage, done, total: done % 200 == 0 and log.info("%s %d/%d", stage, done, total))
    log.info("indexed: %d chunks, %d embedded, %.1f s", report.chunks, report.embedded, report.seconds)
    return BulletinQA(cmrc, embedding), report.to_dict()


def hybrid_retriever(settings: Settings, qa: BulletinQA, embedding: BulletinEmbedding) -> HybridRetriever:
    """The project's fused retriever over the same index, without the answer module in front of it."""
    nodes = [TextNode(id_=c["id"], text=c["text"], metadata={"doc": c["doc"]}) for c in qa.snapshot.chunks]
    dense = DenseRetriever(IndexStore(settings), embedding, {n.node_id: n for n in nodes})
    return HybridRetriever(dense, LexicalRetriever(qa.snapshot.lexical, nodes), RETRIEVE_K)


def run(args: argparse.Namespace, settings: Settings) -> tuple[dict, list[dict], list[dict]]:
    paragraphs, questions = load_dataset(args.data)
    embedding = load_embedding(settings)
    qa, report = build(paragraphs, args.store, settings, embedding)
    doc_of = {c["id"]: c["doc"] for c in qa.snapshot.chunks}
    retriever = hybrid_retriever(qa.settings, qa, embedding)
    cases, grades, rows = every_kth(questions, args.limit, args.half), [], []
    started = time.perf_counter()
    for i, case in enumerate(cases, 1):
        wide, result = qa.ask(case["q"], top_k=RETRIEVE_K), qa.ask(case["q"])
        hybrid = [h.node.node_id for h in retriever.retrieve(case["q"])]
        grades.append(grade(case, wide, result, doc_of, hybrid))
        rows.append({**case, **grades[-1], "answer": result["answer"],
                     "quotes": [c["quote"] for c in result["citations"]],
                     "cited_docs": [c["doc"] for c in result["citations"]]})
        if i % 100 == 0:
            log.info("asked %d/%d", i, len(cases))
    metrics = summarise(grades)
    if args.half is None:
        metrics["halves"] = halves(grades)
    metrics.update(paragraphs=len(paragraphs), chunks=report["chunks"], embedded=report["embedded"],
                   index_seconds=report["seconds"], ask_seconds=round(time.perf_counter() - started, 1),
                   loadavg_1min=round(os.getloadavg()[0], 2))  # times mean little on a busy machine
    return metrics, grades, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.cmrc2018", description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="ask every k-th question to reach N (default: all)")
    parser.add_argument("--half", type=int, choices=(1, 2), help="only the first (tuning) or second (held-out) half")
    parser.add_argument("--store", type=Path, default=STORE)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--details", type=Path, help="write every question's result as JSON lines")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    metrics, grades, rows = run(args, Settings.from_env())
    if args.details:
        args.details.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    if not args.json:
        for key, value in metrics.items():
            print(f"{key:22s} {value}")
    print(json.dumps(metrics, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
