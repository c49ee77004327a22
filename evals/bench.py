"""Side by side: this system and a vanilla llama-index pipeline, same corpus, same questions, one run.

    python -m evals.bench [--json] [--scale] [--rounds R] [--questions N] [--paragraphs N]
    python -m evals.bench --questions 20 --rounds 2 --paragraphs 50 --waits passive,1000,active --during-index
    python -m evals.bench --questions 20 --rounds 2 --paragraphs 50 --waits passive --query-threads 1,2 --during-index

Corpus: the sample bulletin (documents/) plus the first 200 CMRC 2018 dev paragraphs as .txt files.
Questions: the `sample` questions of evals/gold/dev.jsonl. Both systems use the same BulletinEmbedding
(loaded and warmed up once before either indexes) and each indexes into a fresh temporary store, so
the embedding cache is cold for both.

- ours: IndexingPipeline + BulletinQA.ask; graded by evals.grade.grade.
- baseline: SimpleDirectoryReader, default SentenceSplitter, VectorStoreIndex over a Chroma collection
  (ChromaVectorStore + StorageContext); its answer is the text of the top-1 retrieved chunk, graded
  by the same rule (every `must` present, no `must_not`).

answer_acc is over the answerable questions (the baseline cannot abstain). Query times are wall
clock around one call, after a warm-up, over --rounds passes of the question set.

--scale (ours only): copies of the CMRC chunks are added with distinct ids and document names and
their already computed vectors (no re-embedding), the BM25 index and snapshot are rebuilt over all
chunks; each scale is then loaded and queried in a fresh process to measure latency and RSS.

--waits (evals/bench_wait.py): query latency and CPU time of both systems per OpenMP wait setting (and per
--query-threads count), each in a fresh process; with --during-index also while a second process indexes
another corpus copy cold.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from evals.bench_wait import report as wait_report
from evals.bench_wait import run_waits
from evals.cmrc2018 import DATA, load_dataset, write_docs
from evals.goldset import GOLD_DIR, CorpusView, load_gold
from evals.grade import grade
from index.embedding import BulletinEmbedding, load_embedding
from index.pipeline import IndexingPipeline, embed_text
from index.store import IndexStore
from qa.pipeline import BulletinQA
from settings import ROOT, Settings, omp_wait, positive_int

log = logging.getLogger("evals.bench")
N_CMRC = 200
SCALES = (1, 10, 100)
WARMUP = 3


def make_corpus(docs: Path, n_cmrc: int = N_CMRC, data: Path = DATA) -> set[str]:
    """The sample bulletin plus N_CMRC paragraphs; returns the CMRC file names."""
    docs.mkdir(parents=True)
    for path in (ROOT / "documents").iterdir():
        if path.is_file() and path.suffix != ".md":
            shutil.copy2(path, docs / path.name)
    paragraphs = dict(list(load_dataset(data)[0].items())[:n_cmrc])
    write_docs(paragraphs, docs)
    return {f"{pid}.txt" for pid in paragraphs}


def timed(call, questions: list[str], rounds: int) -> list[float]:
    for q in questions[:WARMUP]:
        call(q)
    times = []
    for _ in range(rounds):
        for q in questions:
            started = time.perf_counter()
            call(q)
            times.append((time.perf_counter() - started) * 1000)
    return times


def latency(times: list[float]) -> dict:
    times = sorted(times)
    return {"query_p50_ms": round(statistics.median(times), 1),
            "query_p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1)}


def rss_mb() -> dict:
    status = Path("/proc/self/status").read_text().splitlines()
    kb = {line.split(":")[0]: int(line.split()[1]) for line in status if line.startswith(("VmRSS", "VmHWM"))}
    return {"rss_mb": round(kb["VmRSS"] / 1024, 1), "peak_rss_mb": round(kb["VmHWM"] / 1024, 1)}


def accuracy(verdicts: list[bool]) -> float:
    return round(sum(verdicts) / max(len(verdicts), 1), 4)


def run_ours(docs: Path, store: Path, settings: Settings, embedding: BulletinEmbedding,
             cases: list[dict], rounds: int) -> tuple[dict, BulletinQA]:
    ours = settings.with_overrides(store_dir=store, docs_dir=docs)
    started = time.perf_counter()
    report = IndexingPipeline(ours, embedding).run()
    index_seconds = time.perf_counter() - started
    qa = BulletinQA(ours, embedding)
    times = timed(qa.ask, [c["q"] for c in cases], rounds)
    view = CorpusView.from_snapshot(qa.snapshot)
    grades = [grade(c, qa.ask(c["q"]), view) for c in cases]
    answerable = [g for g in grades if not g["abstain_expected"]]
    abstain = [g for g in grades if g["abstain_expected"]]
    return {"index_seconds": round(index_seconds, 2), **latency(times),
            "answer_acc": accuracy([g["correct"] for g in answerable]),
            "abstain_acc": accuracy([g["abstained"] for g in abstain]),
            "chunks": report.chunks, "embedded": report.embedded}, qa


def run_baseline(docs: Path, store: Path, embedding: BulletinEmbedding, cases: list[dict],
                 rounds: int, view: CorpusView) -> dict:
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
    from llama_index.vector_stores.chroma import ChromaVectorStore

    started = time.perf_counter()
    client = chromadb.PersistentClient(path=str(store), settings=ChromaSettings(anonymized_telemetry=False))
    collection = client.get_or_create_collection("baseline")
    storage = StorageContext.from_defaults(vector_store=ChromaVectorStore(chroma_collection=collection))
    index = VectorStoreIndex.from_documents(SimpleDirectoryReader(str(docs)).load_data(),
                                            storage_context=storage, embed_model=embedding)
    index_seconds = time.perf_counter() - started
    retriever = index.as_retriever(similarity_top_k=1)
    times = timed(retriever.retrieve, [c["q"] for c in cases], rounds)
    verdicts = []
    for case in cases:
        if case.get("abstain"):
            continue
        hits = retriever.retrieve(case["q"])
        top = hits[0].node.get_content() if hits else ""
        result = {"answer": top, "abstained": not hits, "citations": [], "retrieved": [],
                  "timings_ms": {"total": 0.0}}
        verdicts.append(grade(case, result, view)["correct"])
    return {"index_seconds": round(index_seconds, 2), **latency(times), "answer_acc": accuracy(verdicts),
            "abstain_acc": 0.0, "chunks": collection.count()}


# ---- --scale ---------------------------------------------------------------------------------------
def build_scaled(base: Settings, target: Path, factor: int, cmrc_docs: set[str],
                 relabel=lambda copy: {}) -> dict:
    """A store holding the base chunks plus (factor-1) copies of every CMRC chunk, vectors reused;
    `relabel(i)` gives fields copy i changes besides id and doc (e.g. its region)."""
    from llama_index.core.schema import TextNode
    source = IndexStore(base)
    snap = source.load_snapshot()
    got = source.collection().get(include=["embeddings"])
    source.close()
    vectors = dict(zip(got["ids"], got["embeddings"]))
    chunks, manifest = list(snap.chunks), dict(snap.manifest)
    originals = [c for c in snap.chunks if c["doc"] in cmrc_docs]
    for i in range(1, factor):
        for c in originals:
            chunks.append({**c, "id": f"{c['id']}-x{i}", "doc": f"x{i}/{c['doc']}", **relabel(i)})
            manifest[f"x{i}/{c['doc']}"] = snap.manifest[c["doc"]]
    started = time.perf_counter()
    dest = IndexStore(base.with_overrides(store_dir=target))
    base_id = lambda cid: cid.split("-x")[0]  # noqa: E731
    dest.upsert_vectors([TextNode(id_=c["id"], text=c["text"], embedding=list(vectors[base_id(c["id"])]),
                                  metadata={k: c[k] for k in ("doc", "region", "section", "period", "as_of")})
                         for c in chunks])
    dest.write_snapshot(chunks, manifest, [embed_text(c) for c in chunks], embedding=snap.embedding)
    dest.close()
    return {"factor": factor, "chunks": len(chunks), "cmrc_copies": factor,
            "build_seconds": round(time.perf_counter() - started, 1)}


def measure_scale(store: str, questions: list[str], rounds: int) -> dict:
    """In a fresh process: load the store, ask the questions, report latency and memory."""
    settings = Settings.from_env().with_overrides(store_dir=Path(store))
    embedding = load_embedding(settings)
    before = rss_mb()["rss_mb"]
    started = time.perf_counter()
    qa = BulletinQA(settings, embedding)
    load_seconds = time.perf_counter() - started
    times = timed(qa.ask, questions, rounds)
    return {"load_seconds": round(load_seconds, 2), **latency(times), "rss_model_only_mb": before, **rss_mb()}


def run_scale(base: Settings, root: Path, cmrc_docs: set[str], questions: list[str], rounds: int) -> list[dict]:
    rows = []
    for factor in SCALES:
        target = base.store_dir if factor == 1 else root / f"scale{factor}"
        row = {"factor": 1, "chunks": len(IndexStore(base).load_snapshot().chunks), "build_seconds": 0.0} \
            if factor == 1 else build_scaled(base, target, factor, cmrc_docs)
        log.info("scale %d×: %d chunks, measuring", factor, row["chunks"])
        with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
            row.update(pool.submit(measure_scale, str(target), questions, rounds).result())
        rows.append(row)
    return rows


# ---- report ----------------------------------------------------------------------------------------
def verdicts(ours: dict, base: dict) -> list[str]:
    ratio = ours["index_seconds"] / max(base["index_seconds"], 1e-9)
    lines = [f"indexing: ours {ours['index_seconds']} s vs baseline {base['index_seconds']} s = {ratio:.2f}× "
             f"({'within' if ratio <= 1.25 else 'OVER'} the 1.25× goal)"]
    for key, goal in (("query_p50_ms", 60), ("query_p95_ms", 150)):
        slower = ours[key] > base[key]
        lines.append(f"{key}: ours {ours[key]} vs baseline {base[key]}"
                     f"{' (ours SLOWER)' if slower else ''}; goal ≤ {goal}: {'met' if ours[key] <= goal else 'MISSED'}")
    lines.append(f"answer_acc: ours {ours['answer_acc']} vs baseline {base['answer_acc']}: "
                 f"{'ours better' if ours['answer_acc'] > base['answer_acc'] else 'ours NOT better'}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--scale", action="store_true", help="also grow the corpus 10x and 100x (ours)")
    parser.add_argument("--paragraphs", type=int, default=N_CMRC, help="CMRC paragraphs in the corpus")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the questions when timing")
    parser.add_argument("--data", type=Path, default=DATA, help="CMRC 2018 dev JSON")
    parser.add_argument("--questions", type=int, help="only the first N questions (a shorter run)")
    parser.add_argument("--waits", help="comma-separated OpenMP wait settings to compare (passive, active, a spin "
                                        "count), each in a fresh process")
    parser.add_argument("--query-threads", default=str(Settings.query_threads),
                        help="with --waits: comma-separated thread counts embedding one question, each measured")
    parser.add_argument("--during-index", action="store_true", help="with --waits: also during a concurrent index run")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    logging.getLogger("llama_index.core.readers.file.base").setLevel(logging.ERROR)  # no readers-file: fine for .txt
    settings = Settings.from_env()
    cases = [c for c in load_gold(GOLD_DIR / "dev.jsonl") if c["corpus"] == "sample" and c["kind"] == "figure"]
    cases = cases[:args.questions] if args.questions else cases
    embedding = load_embedding(settings)
    embedding.embed_passages(["预热"]), embedding.embed_query("预热")  # model load is neither system's cost
    load_before = round(os.getloadavg()[0], 2)  # other processes on the machine skew every time here
    with tempfile.TemporaryDirectory(prefix="bqa-bench-") as tmp:
        root = Path(tmp)
        cmrc_docs = make_corpus(root / "docs", args.paragraphs, args.data)
        ours, qa = run_ours(root / "docs", root / "ours", settings, embedding, cases, args.rounds)
        log.info("ours: %s", ours)
        baseline = run_baseline(root / "docs", root / "baseline", embedding, cases, args.rounds, CorpusView.from_snapshot(qa.snapshot))
        log.info("baseline: %s", baseline)
        out = {"ours": ours, "baseline": baseline, "corpus": {"sample_files": 1, "cmrc_paragraphs": args.paragraphs},
               "questions": len(cases), "answerable": sum(not c.get("abstain") for c in cases),
               "loadavg_1min": [load_before, round(os.getloadavg()[0], 2)]}
        if args.waits:
            index_docs = None
            if args.during_index:
                index_docs = root / "concurrent-docs"
                make_corpus(index_docs, N_CMRC, args.data)
            out["waits"] = run_waits([omp_wait(w) for w in args.waits.split(",")],
                                     [positive_int("--query-threads", n) for n in args.query_threads.split(",")],
                                     (root / "ours", root / "baseline"), index_docs, [c["q"] for c in cases],
                                     args.rounds)
        if args.scale:
            out["scale"] = run_scale(qa.settings, root, cmrc_docs, [c["q"] for c in cases], args.rounds)
            out["scale_note"] = ("CMRC chunks copied (factor-1)x with distinct ids/doc names, their vectors "
                                 "reused (not re-embedded); BM25 and snapshot rebuilt; each scale measured "
                                 "in a fresh process")
    if not args.json:
        for name in ("ours", "baseline"):
            print(f"{name:9s} " + "  ".join(f"{k}={v}" for k, v in out[name].items()))
        print("\n".join(verdicts(ours, baseline)))
        print("\n".join(wait_report(out.get("waits", []))))
        for row in out.get("scale", []):
            print("scale " + "  ".join(f"{k}={v}" for k, v in row.items()))
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
