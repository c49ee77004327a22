"""What every composer receives and returns.

A composer answers one kind of question (figure, each, compare, trend, list, summary, how, name):
`compose(ctx: Context) -> Composed | None` (None: it cannot answer, the pipeline abstains). It never
writes a figure of its own: every figure in `answer` stands in the quote of an `Evidence` its
sentence cites with `[n]` (n = 1-based position in `evidence`). The pipeline turns `Composed` into
the answer JSON of CONTRACT.md (citations, table, kind, short) and merges overlapping quotes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable

from llama_index.core.schema import NodeWithScore

from index.periods import parse_period
from index.snapshot import Snapshot
from qa.bulletin_named import bulletin_named
from qa.corpus import Corpus
from qa.question import Question

KINDS = ("figure", "each", "compare", "trend", "list", "summary", "how", "name")


@dataclass
class Evidence:
    """One cited passage: chunk[\"text\"][start:end] is the quote."""
    chunk: dict                 # a snapshot chunk (id, text, doc, region, section, item, start, end, period, …)
    start: int
    end: int
    period: str | None = None   # the period the quote's figures cover, when it differs from the chunk's
    score: float = 0.0

    @property
    def quote(self) -> str:
        return self.chunk["text"][self.start:self.end]


def place_evidence(chunk: dict, chunks: dict[str, dict], score: float = 0.0, name: str = "") -> Evidence | None:
    """The line naming the place of the chunk's part (【榉口区】, 五、桉平市; index/place_lines.py) as evidence of its
    own, for an answer that states the place of a sentence naming none; a lead a chunk holds (枫渡市 全市开发区…) is
    quoted from that chunk. None when the index found no such line. When that line writes the place otherwise than the
    answer states it (`name`: the short 鹤鸣经开区 under a heading ◆ 鹤鸣经济技术开发区), the nearest sentence of its
    bulletin and region writing `name` as stated is cited instead, so that the name shown stands in a quote."""
    line = _place_line(chunk, chunks, score)
    if line and name and name not in line.quote:
        return _writing(chunk, chunks, name, score) or line
    return line


_SENTENCE_END = "。！？；;\n"


def _writing(chunk: dict, chunks: dict[str, dict], name: str, score: float) -> Evidence | None:
    """The sentence writing `name` nearest the chunk, of the same bulletin and region; None when none writes it."""
    same = [c for c in chunks.values() if c.get("doc") == chunk.get("doc") and c.get("region") == chunk.get("region")
            and name in c["text"]]
    if not same:
        return None
    holder = min(same, key=lambda c: abs(c["start"] - chunk["start"]))
    text = holder["text"]
    at = text.find(name)
    begin = max(text.rfind(mark, 0, at) for mark in _SENTENCE_END) + 1
    ends = [i for i in (text.find(mark, at) for mark in _SENTENCE_END) if i >= 0]
    return Evidence(holder, begin, min(ends, default=len(text)), chunk.get("period"), score)


def _place_line(chunk: dict, chunks: dict[str, dict], score: float) -> Evidence | None:
    """The line naming the place of the chunk's part, as the index found it (index/place_lines.py)."""
    line = chunk.get("place_line")
    if not line:
        return None
    holder = chunks.get(line.get("chunk") or "")
    if holder:
        at = line["start"] - holder["start"]
        return Evidence(holder, at, at + len(line["text"]), chunk.get("period"), score)
    heading = {k: v for k, v in chunk.items() if k not in ("place_line", "page", "page_starts", "ocr")}
    heading.update({k: v for k, v in line.items() if k != "chunk"}, id=f"{chunk['id']}:place", end=line["start"] + len(line["text"]), section=None, item=None)
    return Evidence(heading, 0, len(line["text"]), chunk.get("period"), score)


@dataclass
class Composed:
    kind: str
    answer: str                                     # with [n] markers into `evidence`
    evidence: list[Evidence]
    short: str = ""
    table: list[dict] | None = None                 # rows {entity, region, indicator, value, unit, period, n}


@dataclass
class Context:
    """Everything a composer may read for one question; all of it is one immutable index state."""
    text: str                                       # the question as resolved (follow-ups expanded)
    question: Question
    snapshot: Snapshot                              # chunks, manifest (and facts, outline once indexed)
    corpus: Corpus
    retrieve: Callable[..., list[NodeWithScore]]    # retrieve(text, region=None, period=None) for sub-questions
    kind: str = "figure"                            # what the question asks for (qa/kinds.py)
    places: list = field(default_factory=list)      # qa.places.Place named by the question, in order
    chunks: dict[str, dict] = field(default_factory=dict)  # the snapshot's chunks by id
    doc: str | None = None                          # only this bulletin (file name), when the asker chose one
    extra: dict = field(default_factory=dict)

    @cached_property
    def hits(self) -> list[NodeWithScore]:
        """Hybrid retrieval for `text`, already filtered; run on first use (outline and fact composers
        may answer without it)."""
        return self.retrieve(self.text)

    @cached_property
    def named_bulletin(self) -> str | None:
        """The one bulletin the question names (qa/bulletin_named.py) when the asker chose none and it names no place
        (a place's bulletins are chosen by it)."""
        if self.doc or any(p.known for p in self.places):
            return None
        q = self.question
        return bulletin_named(q.text, self.snapshot.manifest, self.snapshot.chunks, q.terms, q.period)

    @property
    def retrieved(self) -> list[NodeWithScore] | None:
        """The hits when retrieval ran, else None."""
        return self.__dict__.get("hits")

    def of_period_asked(self, chunk: dict) -> bool:
        """Whether a passage is of the period asked (its own or its bulletin's), or no period is asked."""
        asked = self.question.period
        return not asked or any(p is not None and asked.matches(p)
                                for p in map(parse_period, (chunk.get("period"), chunk.get("doc_period"))))

    def evidence(self, hit: NodeWithScore, start: int, end: int, period: str | None = None,
                 score: float = 0.0) -> Evidence:
        """Evidence for chunk-text offsets [start, end) of a retrieved passage."""
        return Evidence(self.chunks[hit.node.node_id], start, end, period, score)
