"""Extractive answers: pick the sentences that answer, quote the shortest span holding the figure, cite it.

Relevance of a sentence = share of the question's term bigrams (IDF-weighted) it contains, its
item title counting as context. The quote is the shortest run of clauses in that sentence that keeps
the best coverage and a figure; figures are never rewritten, only quoted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from llama_index.core.schema import NodeWithScore

from qa.question import Corpus, Question, bigrams

FIGURE = re.compile(
    r"\d+(?:\.\d+)?(?:[-/～~]\d+(?:\.\d+)?)?\s*"
    r"(?:%|‰|亿美元|万美元|亿千瓦时|万千瓦时|亿元|万元|千元|元|万吨|万平方米|平方米|平方公里|公里|万亩|亩|万标米|标米|"
    r"MWh|GWh|kWh|GW|MW|kW|万人|万套|万户|万家|场次|万|亿|个|家|人|件|次|项|户|套|台|辆|座|名|场|批|条|吨|倍|米)"
)
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
_CLAUSE = re.compile(r"[^，,；;：:、]+[，,；;：:、]?")
MIN_RELEVANCE = 0.5     # under this share of the question's terms, a sentence does not answer it
ALSO_RATIO = 0.75       # further facts are listed when at least this relevant as the best one
MAX_FACTS = 3
MAX_QUOTE = 90


@dataclass
class Fact:
    hit: NodeWithScore
    relevance: float
    start: int          # quote offsets inside the chunk text
    end: int
    short: str | None

    @property
    def meta(self) -> dict:
        return self.hit.node.metadata

    @property
    def quote(self) -> str:
        return self.hit.node.get_content()[self.start:self.end]


def _weights(question: Question, corpus: Corpus) -> dict[str, float]:
    return {b: corpus.weight(b) for term in question.terms for b in bigrams(term)}


def _coverage(text: str, weights: dict[str, float]) -> float:
    total = sum(weights.values())
    return sum(w for b, w in weights.items() if b in text) / total if total else 0.0


def _spans(pattern: re.Pattern, text: str, offset: int = 0) -> list[tuple[int, int]]:
    return [(m.start() + offset, m.end() + offset) for m in pattern.finditer(text) if m.group().strip()]


def _best_window(text: str, start: int, end: int, question: Question,
                 weights: dict[str, float]) -> tuple[int, int, str | None] | None:
    """The quote inside text[start:end] and its figure.

    For a figure question the quote ends on the clause whose figure answers (the asked unit first,
    then the clause matching most of the question) and reaches back as far as adds coverage.
    """
    clauses = _spans(_CLAUSE, text[start:end], start)
    short, last = None, len(clauses) - 1
    if question.wants_figure:
        scored = []
        for k, (s, e) in enumerate(clauses):
            for m in FIGURE.finditer(text[s:e]):
                figure = m.group().strip()
                unit_ok = bool(question.unit) and figure.endswith(question.unit)
                scored.append((unit_ok, _coverage(text[s:e], weights), -k, figure))
        if not scored:
            return None
        _, _, neg_k, short = max(scored)
        last = -neg_k
    ends = [last] if question.wants_figure else range(len(clauses))
    best, best_key = None, None
    for j in ends:
        for i in range(j, -1, -1):
            s, e = clauses[i][0], clauses[j][1]
            if e - s > MAX_QUOTE and i < j:
                break
            key = (round(_coverage(text[s:e], weights), 3), -(e - s))
            if best_key is None or key > best_key:
                best, best_key = (s, e), key
    s, e = best
    s += len(text[s:e]) - len(text[s:e].lstrip())
    while e > s and text[e - 1] in "，,；;：:、。！？!? ":
        e -= 1
    return s, e, short


def find_facts(question: Question, hits: list[NodeWithScore], corpus: Corpus) -> list[Fact]:
    """Every sentence of the retrieved chunks that answers the question, most relevant first."""
    weights = _weights(question, corpus)
    if not weights:
        return []
    facts = []
    for hit in hits:
        text = hit.node.get_content()
        context = (hit.node.metadata.get("item") or "")
        for s, e in _spans(_SENTENCE, text):
            # the item title ("二是持续破局招商引资") is context: it counts, but less than the sentence
            relevance = 0.75 * _coverage(text[s:e], weights) + 0.25 * _coverage(text[s:e] + "\n" + context, weights)
            if relevance < MIN_RELEVANCE:
                continue
            window = _best_window(text, s, e, question, weights)
            if window:
                facts.append(Fact(hit, relevance, *window))
    facts.sort(key=lambda f: f.relevance, reverse=True)
    return facts


def select_facts(facts: list[Fact], period_named: bool) -> list[Fact]:
    """The best fact and those nearly as relevant; with no period named, only from the newest bulletin."""
    if not facts:
        return []
    pool = [f for f in facts if f.relevance >= ALSO_RATIO * facts[0].relevance]
    if not period_named:
        newest = max(f.meta.get("as_of") or 0 for f in pool)
        pool = [f for f in pool if (f.meta.get("as_of") or 0) == newest]
    chosen, seen = [], set()
    for fact in pool:
        if fact.quote not in seen and (fact.short is None or fact.short not in seen):
            chosen.append(fact)  # the same figure twice is one fact
            seen.update({fact.quote, fact.short})
    return chosen[:MAX_FACTS]


def compose_answer(facts: list[Fact]) -> tuple[str, str]:
    """(answer with [n] markers, stating region and period of each figure; short answer)."""
    lines = []
    for n, fact in enumerate(facts, 1):
        where = "，".join(filter(None, [fact.meta.get("region"), fact.meta.get("period")]))
        lines.append(f"{fact.quote}[{n}]" + (f"（{where}）" if where else ""))
    return "；\n".join(lines) + "。", (facts[0].short or "")
