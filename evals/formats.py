"""The formats case: one bulletin as .txt, printed PDFs, a 150 dpi scan and a .doc answers the same questions.

    python -m evals.formats [--cache DIR] [--bench-ocr] [--json]

Builds the files of `evals.bulletin_files` from `evals/corpus/2024-07-kaifaqu-tekan-di2qi.txt`, indexes each
with the .txt's companions (documents/ and the other corpus issue) in place of the .txt, asks the gold
questions about that issue (`corpus: issues`, period 2024年1-6月) and reports answer accuracy per format,
OCR seconds per page, and how many figures and characters of the OCR text differ from the text layer.
`--bench-ocr` also times OCR settings (resolution, direction classifier, detector size, threads) on the
scan's pages. The last line printed is one JSON object with `--json`. Exit status 1 when a format misses a
question whose answer its text holds (a question OCR misread the answer of is counted, and listed, not failed).
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from evals.bulletin_files import build_formats
from evals.ocr_quality import bench_ocr, compare_texts
from evals.goldset import GOLD_DIR, CorpusView, holds, load_gold
from evals.grade import grade
from index.embedding import BulletinEmbedding, BundledEmbedding
from index.pipeline import IndexingPipeline
from qa.pipeline import BulletinQA
from settings import ROOT, Settings

SOURCE = ROOT / "evals" / "corpus" / "2024-07-kaifaqu-tekan-di2qi.txt"
COMPANIONS = [ROOT / "documents", SOURCE.parent]
ISSUE_PERIOD = "2024年1-6月"
CACHE = ROOT / "evals" / ".cache" / "formats"


def issue_questions(gold: Path = GOLD_DIR / "dev.jsonl") -> list[dict]:
    """The dev questions answered by the source issue (the held-out split is never read here)."""
    return [c for c in load_gold(gold) if c["corpus"] == "issues" and ISSUE_PERIOD in _periods(c)]


def _periods(case: dict) -> list:
    return case["period"] if isinstance(case.get("period"), list) else [case.get("period")]


def ask(qa: BulletinQA, case: dict) -> dict:
    return qa.ask(case["q"], **({"history": case["history"]} if case.get("history") else {}))


def docs_with(bulletin: Path, docs: Path) -> Path:
    """A documents folder: the companions, with `bulletin` in place of the source .txt."""
    shutil.rmtree(docs, ignore_errors=True)
    docs.mkdir(parents=True)
    for folder in COMPANIONS:
        for path in folder.iterdir():
            if path.is_file() and path.suffix != ".md" and path != SOURCE:
                shutil.copy2(path, docs / path.name)
    shutil.copy2(bulletin, docs / bulletin.name)
    return docs


def index_format(bulletin: Path, root: Path, embedding: BulletinEmbedding, ocr_cache: Path | None,
                 warm: Path | None = None) -> tuple[BulletinQA, dict]:
    """Index the companions plus `bulletin` under `root`; `warm`: an embeddings cache to start from."""
    settings = Settings(store_dir=root / "store", docs_dir=docs_with(bulletin, root / "docs"))
    settings.store_dir.mkdir(parents=True, exist_ok=True)
    if warm and warm.is_file():  # the same chunk texts were embedded for the .txt: do not embed them again
        shutil.copy2(warm, settings.store_dir / "embeddings.sqlite")
    if ocr_cache and ocr_cache.is_dir():  # pages read in an earlier run are not read again
        shutil.copytree(ocr_cache, settings.store_dir / "ocr-cache", dirs_exist_ok=True)
    report = IndexingPipeline(settings, embedding).run()
    if ocr_cache and (settings.store_dir / "ocr-cache").is_dir():
        shutil.copytree(settings.store_dir / "ocr-cache", ocr_cache, dirs_exist_ok=True)
    return BulletinQA(settings, embedding), report.to_dict()


def misread_questions(qa: BulletinQA, cases: list[dict], doc: str) -> list[str]:
    """Ids of the questions with an expected answer that the source issue holds but the indexed text of `doc`
    lacks (OCR misread it); answers from the other bulletins of the corpus do not count."""
    text = "".join(c["text"] for c in qa.snapshot.chunks if c["doc"] == doc)
    source = SOURCE.read_text(encoding="utf-8")
    return [c["id"] for c in cases if any(holds(source, m) and not holds(text, m) for m in c.get("must", []))]


def ask_all(qa: BulletinQA, cases: list[dict], doc: str) -> list[dict]:
    """Graded answers; `pages_ok`: every citation of `doc` names its page."""
    graded = []
    view = CorpusView.from_snapshot(qa.snapshot)
    misread = set(misread_questions(qa, cases, doc))
    for case in cases:
        result = ask(qa, case)
        g = grade(case, result, view)
        own = [c for c in result["citations"] if c["doc"] == doc]
        g["pages_ok"] = all(isinstance(c.get("page"), int) for c in own) if doc.endswith(".pdf") else True
        g["ocr_cited"] = any(c.get("ocr") for c in own)
        g["answer"] = result["answer"]
        g["misread"] = case["id"] in misread
        graded.append(g)
    return graded


def run(cache: Path, bench: bool) -> dict:
    files = {"txt": SOURCE, **build_formats(SOURCE, cache / "files")}
    cases = issue_questions()
    embedding = BundledEmbedding()
    out: dict = {"n": len(cases), "formats": {}}
    with tempfile.TemporaryDirectory(prefix="bqa-formats-") as tmp:
        warm = None
        for name, path in files.items():
            started = time.perf_counter()
            qa, report = index_format(path, Path(tmp) / name, embedding, cache / "ocr-cache", warm)
            warm = warm or Path(tmp) / name / "store" / "embeddings.sqlite"
            graded = ask_all(qa, cases, path.name)
            out["formats"][name] = {
                "answer_acc": round(sum(bool(g.get("correct")) for g in graded) / len(graded), 4),
                "citation_acc": round(sum(bool(g.get("cited")) for g in graded) / len(graded), 4),
                "wrong_region": sum(bool(g.get("wrong_region")) for g in graded),
                "wrong_period": sum(bool(g.get("wrong_period")) for g in graded),
                "pages_cited": all(g["pages_ok"] for g in graded), "ocr_cited": any(g["ocr_cited"] for g in graded),
                "index_seconds": round(time.perf_counter() - started, 1), "ocr_pages": report["ocr_pages"],
                "ocr_seconds_per_page": round(report["ocr_seconds"] / report["ocr_pages"], 1) if report["ocr_pages"] else None,
                "failed": [g["id"] for g in graded if not g.get("correct")],
                "misread": [g["id"] for g in graded if g["misread"]]}
    out["passed"] = all(set(m["failed"]) <= set(m["misread"]) for m in out["formats"].values())
    out["ocr_text"] = compare_texts(files["pdf-2col"], files["scan-150dpi"], cache / "ocr-cache")
    if bench:
        out["ocr_bench"] = bench_ocr(files["pdf-2col"], files["scan-150dpi"])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.formats", description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=CACHE, help="where the built files and OCR results are kept")
    parser.add_argument("--bench-ocr", action="store_true", help="also time OCR settings")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.cache, args.bench_ocr)
    if not args.json:
        for name, m in result["formats"].items():
            print(f"{name:12s} answer_acc {m['answer_acc']:.3f}  citation_acc {m['citation_acc']:.3f}  "
                  f"wrong_region {m['wrong_region']}  pages {m['pages_cited']}  index {m['index_seconds']} s"
                  + (f"  failed {m['failed']}" if m["failed"] else ""))
        print("OCR text:", json.dumps(result["ocr_text"], ensure_ascii=False))
        for row in result.get("ocr_bench", []):
            print("OCR bench:", json.dumps(row, ensure_ascii=False))
    print(json.dumps(result, ensure_ascii=False))
    return 0 if result["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
