"""The gold set and the documents it is about.

`evals/gold/dev.jsonl` is tuned on freely; `evals/gold/test.jsonl` is written from the documents before
the code it exercises and never read while tuning (evals/gold/README.md). Each question names its
corpus: `sample` (documents/), `issues` (documents/ plus the synthetic later issues in evals/corpus/),
`other` (only the two synthetic issues of another province's bulletin in evals/corpus_other/), `pdf` (only
the two PDF issues of a third province's zone-first bulletin in evals/corpus_pdf/), `word` (only the two Word
issues of a fourth province's overview-and-table-first bulletin in evals/corpus_word/), `web` (only the two
saved web pages of a city's park bulletin, its counties as regions, in evals/corpus_web/) or `inline` (only the
three issues, .doc/.docx/PDF, of another province's bulletin whose cities open their paragraphs inline, in
evals/corpus_inline/).

`CorpusView` is what grading and the gold check read of a corpus: its chunks (by id, as the indexer
cuts them, so ids match an index's) and which regions' text holds a string. It needs no embedding.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from index.loaders import LoadError, load_file
from index.pipeline import chunk_document
from settings import ROOT

GOLD_DIR = Path(__file__).with_name("gold")
# a paragraph opening with a place, inline (`【X市】…`, `X市：…`, `X市开发区…`, a bold `X市` run), or a table row
# opening with it (after the table's caption, if the row is read with it)
PLACE_LEAD = re.compile(r"^(?:附表.*?）)?【?([\u4e00-\u9fff]{2,4}[市县])(?=】|：|\s|开发区)")
SPLITS = ("dev", "test")
CORPORA = {"sample": [ROOT / "documents"], "issues": [ROOT / "documents", Path(__file__).with_name("corpus")],
           "other": [Path(__file__).with_name("corpus_other")], "pdf": [Path(__file__).with_name("corpus_pdf")],
           "word": [Path(__file__).with_name("corpus_word")], "web": [Path(__file__).with_name("corpus_web")],
           "inline": [Path(__file__).with_name("corpus_inline")]}


def load_gold(*paths: Path) -> list[dict]:
    """The questions of the given files (default: every split), each with its `split` and `kind`."""
    paths = paths or tuple(GOLD_DIR / f"{s}.jsonl" for s in SPLITS)
    cases = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                case.setdefault("split", Path(path).stem if Path(path).stem in SPLITS else "dev")
                case.setdefault("kind", "figure")
                cases.append(case)
    return cases


def corpus_files(corpus: str) -> list[Path]:
    """The bulletins of a corpus: not its README, the script that writes one of them nor its sources (`.in`)."""
    return sorted(p for folder in CORPORA[corpus] for p in folder.iterdir()
                  if p.is_file() and p.suffix not in (".md", ".py", ".in") and not p.name.startswith("."))


def alternatives(expected) -> list[str]:
    return list(expected) if isinstance(expected, list) else [expected]


def _pattern(alt: str) -> re.Pattern:
    """A figure matches only whole: no digit or decimal point right before or after it (3个 is not in 23个)."""
    before = r"(?<![\d.])" if alt[:1].isdigit() else ""
    after = r"(?![\d.]?\d)" if alt[-1:].isdigit() else ""
    return re.compile(before + re.escape(alt) + after)


def holds(text: str, expected) -> bool:
    """Whether `text` holds one of the alternatives of `expected`, figures matched whole."""
    return any(_pattern(alt).search(text or "") for alt in alternatives(expected) if alt)


@dataclass
class CorpusView:
    chunks: dict[str, dict]                          # chunk id -> chunk dict (text, doc, region, period, …)
    manifest: dict[str, dict] = field(default_factory=dict)
    leads: dict[str, str] = field(default_factory=dict)    # chunk id of no region -> the place it runs under

    @classmethod
    def from_snapshot(cls, snapshot) -> "CorpusView":
        return cls({c["id"]: c for c in snapshot.chunks}, dict(snapshot.manifest))

    @classmethod
    def build(cls, corpus: str) -> "CorpusView":
        """The corpus as the indexer cuts it, without embedding anything."""
        chunks, manifest, leads = {}, {}, {}
        for path in corpus_files(corpus):
            try:
                doc_chunks, doc = chunk_document(load_file(path), path.name)
            except LoadError:
                continue
            manifest[path.name] = doc
            chunks.update({c["id"]: c for c in doc_chunks})
            leads.update(_place_leads(doc_chunks))
        return cls(chunks, manifest, leads)

    def regions_holding(self, expected) -> set[str | None]:
        """The regions whose chunks hold `expected` (None: a chunk of no region)."""
        return {c.get("region") for c in self.chunks.values() if holds(c["text"], expected)}

    def filed_by_reader(self, expected, names: set[str]) -> bool:
        """Whether a chunk the indexer filed in no region holds `expected` where a reader files it under one of
        `names`: it opens with the place inline, or follows (in the same section) a chunk that does."""
        return any(c.get("region") is None and holds(c["text"], expected)
                   and self.leads.get(cid, "\0").startswith(tuple(names))
                   for cid, c in self.chunks.items())


def _place_leads(doc_chunks: list[dict]) -> dict[str, str]:
    """For each chunk of no region, the place it runs under: the place its text opens with, else that of the chunk
    before it in the same section (a city's second paragraph, the next rows of its merged table cell)."""
    leads, lead, section = {}, None, object()
    for c in doc_chunks:
        if c.get("section") != section:
            lead, section = None, c.get("section")
        opening = PLACE_LEAD.match(c["text"].lstrip())
        lead = opening.group(1) if opening else lead
        if c.get("region") is None and lead:
            leads[c["id"]] = lead
    return leads
