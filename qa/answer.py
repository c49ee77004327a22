"""Extractive answers: pick the sentences that answer, quote the shortest span holding the figure, cite it.

Relevance of a sentence = share of the question's term bigrams (IDF-weighted) it contains, its
item title counting as context. The quote is the shortest run of clauses in that sentence that keeps
the best coverage and a figure; figures are never rewritten, only quoted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from llama_index.core.schema import NodeWithScore

from index.figures import FIGURE
from index.periods import find_periods
from qa.question import Ask, Corpus, Question, bigrams
from qa.span import aligned_span, asks_name

_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
_CLAUSE = re.compile(r"[^，,；;：:、 ]+[，,；;：:、 ]*")  # spaces separate the cells of a table row
MIN_RELEVANCE = 0.5     # under this share of the question's terms, a passage does not answer it
MIN_SENTENCE_RELEVANCE = 0.35  # … nor a sentence of it
SAME_SUBJECT_RATIO = 0.5  # … or, when counting the same subject with the asked unit, this relevant
ALSO_RATIO = 0.85       # further facts are listed when at least this relevant as the best one
MAX_FACTS = 3
MAX_QUOTE = 90
MAX_STATEMENT = 200     # a quote that answers 怎么/什么 rather than 多少


@dataclass
class Fact:
    hit: NodeWithScore
    relevance: float
    start: int          # quote offsets inside the chunk text
    end: int
    sentence: str       # the whole sentence the quote comes from
    target: "Target | None" = None  # the (first) figure asked for; None for 怎么/什么 questions
    name: str | None = None         # what a 哪/谁/什么 question asks for, cut from the sentence

    @property
    def short(self) -> str | None:
        return self.target.figure if self.target else self.name

    @property
    def meta(self) -> dict:
        return self.hit.node.metadata

    @property
    def quote(self) -> str:
        return self.hit.node.get_content()[self.start:self.end]

    @property
    def period(self) -> str | None:
        """The last period the passage names up to the quote (全年; 2023年以来 as of the bulletin's
        period: a figure after 其中 belongs to the period its sentence continues), else the section's
        or bulletin's."""
        year = (self.meta.get("as_of") or 0) // 100 or None
        named = find_periods(self.hit.node.get_content()[:self.end], year)
        if not named:
            return self.meta.get("period")
        as_of = self.meta.get("doc_period")
        return f"{named[-1].label}，截至{as_of}" if named[-1].since and as_of else named[-1].label


FOCUS_WEIGHT = 3.0       # the attribute asked for (开工率 in '…开工率多少') outweighs the other terms


@dataclass
class Target:
    """The figure answering one part of a question, inside one sentence."""
    match: float        # coverage of the question's terms by what the figure counts
    clause: int         # index of the figure's clause in the sentence
    figure: str
    unit_ok: bool       # it has the unit the question asks for
    counts: str         # the text saying what it counts: its clause and the one before


def _weights(terms: list[str], corpus: Corpus, focus: str | None = None) -> dict[str, float]:
    weights = {b: corpus.weight(b) for term in terms for b in bigrams(term)}
    for b in bigrams(focus or ""):
        weights[b] = weights.get(b, corpus.weight(b)) * FOCUS_WEIGHT
    return weights


def _coverage(text: str, weights: dict[str, float]) -> float:
    total = sum(weights.values())
    return sum(w for b, w in weights.items() if b in text) / total if total else 0.0


def _spans(pattern: re.Pattern, text: str, offset: int = 0) -> list[tuple[int, int]]:
    return [(m.start() + offset, m.end() + offset) for m in pattern.finditer(text) if m.group().strip()]


def _target(text: str, clauses: list[tuple[int, int]], weights: dict[str, float],
            ask: Ask, near: int | None = None) -> Target | None:
    """The figure answering one part of the question, or None when the sentence holds none.

    What a figure counts is written just before it: its own clause and the clause before
    (`“投产一批”项目109个,总投资285.8亿元`, or a table row's `工业投资 7.61亿元`); `near` is the
    clause of the figure the question asked first, to which a follow-up ('总投资多少') stays close.
    """
    scored = []
    for k, (s, e) in enumerate(clauses):
        for m in FIGURE.finditer(text[s:e]):
            figure = m.group().strip()
            unit_ok = bool(ask.unit) and ask.unit in figure.lstrip("0123456789.-/～~ ")
            if ask.strict_unit and not unit_ok:
                continue  # asked 多少人次, this figure counts something else
            counts = text[clauses[max(k - 1, 0)][0]:s + m.end()]
            match = (_coverage(counts, weights) + _coverage(text[s:e], weights)) / 2
            # nearest to the first figure asked, and after it rather than before at equal distance
            nearness = (-abs(k - near), k) if near is not None else (-k,)
            scored.append(((unit_ok, round(match, 3), *nearness), Target(match, k, figure, unit_ok, counts)))
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def _best_window(text: str, start: int, end: int, question: Question,
                 corpus: Corpus) -> tuple[int, int, list[Target]] | None:
    """(quote start, quote end, the figures asked for) inside the sentence text[start:end], or None
    when a figure question finds no figure there.

    For a figure question the quote ends on the clause of the (last) figure asked for and reaches
    back as far as adds coverage of the question's terms; the first part's figure is the short answer.
    """
    clauses = _spans(_CLAUSE, text[start:end], start)
    weights = _weights(question.terms, corpus)
    targets: list[Target] = []
    first, last = 0, len(clauses) - 1
    if question.wants_figure:
        for ask in question.parts:
            near = targets[0].clause if targets else None
            target = _target(text, clauses, _weights(ask.terms, corpus, ask.focus), ask, near)
            if target is None:
                return None
            targets.append(target)
        first, last = min(t.clause for t in targets), max(t.clause for t in targets)
    best, best_key = None, None
    for j in ([last] if question.wants_figure else range(len(clauses))):
        for i in range(min(first, j), -1, -1):
            s, e = clauses[i][0], clauses[j][1]
            if e - s > MAX_QUOTE and i < min(first, j):
                break
            key = (round(_coverage(text[s:e], weights), 3), -(e - s))
            if best_key is None or key > best_key:
                best, best_key = (s, e), key
    s, e = best
    if not question.wants_figure:  # 怎么/什么/哪些: the measures are the sentence and those after it
        s, e = start, max(e, _extend(text, start, MAX_STATEMENT))
    s += len(text[s:e]) - len(text[s:e].lstrip())
    while e > s and text[e - 1] in "，,；;：:、。！？!? ":
        e -= 1
    return s, e, targets


def _extend(text: str, start: int, limit: int) -> int:
    """End of the last whole sentence after `start` within `limit` characters."""
    end = start
    for s, e in _spans(_SENTENCE, text[start:], start):
        if e - start > limit and end > start:
            break
        end = e
    return end


def find_facts(question: Question, hits: list[NodeWithScore], corpus: Corpus) -> list[Fact]:
    """Every sentence of the retrieved chunks that answers the question, most relevant first."""
    weights = _weights(question.terms, corpus)
    if not weights:
        return []
    facts = []
    for hit in hits:
        text = hit.node.get_content()
        context = (hit.node.metadata.get("item") or "")
        if _coverage(text + "\n" + context, weights) < MIN_RELEVANCE:
            continue  # the passage as a whole does not speak of what is asked
        for s, e in _spans(_SENTENCE, text):
            # the item title ("二是持续破局招商引资") is context: it counts, but less than the sentence
            coverage = 0.75 * _coverage(text[s:e], weights) + 0.25 * _coverage(text[s:e] + "\n" + context, weights)
            if coverage < MIN_SENTENCE_RELEVANCE:
                continue
            window = _best_window(text, s, e, question, corpus)
            if window:
                qs, qe, targets = window
                match = sum(t.match for t in targets) / len(targets) if targets else 1.0
                name = aligned_span(question.text, text[s:e]) if not targets and asks_name(question.text) else None
                facts.append(Fact(hit, round(0.5 * coverage + 0.5 * match, 4), qs, qe, text[s:e],
                                  targets[0] if targets else None, name))
    # the zone asked about (in the sentence), a quoted name such as “投产一批” (in the passage)
    if question.zone and any(question.zone in f.sentence for f in facts):
        facts = [f for f in facts if question.zone in f.sentence]
    for name in question.quoted:
        if any(name in f.hit.node.get_content() for f in facts):
            facts = [f for f in facts if name in f.hit.node.get_content()]
    if any(f.target and f.target.unit_ok for f in facts):  # a figure of the kind asked beats any other
        facts = [f for f in facts if f.target and f.target.unit_ok]
    facts.sort(key=lambda f: f.relevance, reverse=True)
    return facts


def _subject(question: Question, corpus: Corpus) -> str | None:
    """The question's most specific term besides the attribute asked (签约 in 签约项目投资额)."""
    ask = question.parts[0] if question.parts else None
    terms = [t for t in question.terms if not ask or not ask.focus or t not in ask.focus]
    return max(terms, key=lambda t: sum(map(corpus.weight, bigrams(t))) / len(bigrams(t)), default=None)


def select_facts(facts: list[Fact], question: Question, corpus: Corpus) -> list[Fact]:
    """The best fact, those nearly as relevant, and other figures of the asked kind counting the same
    subject (签约 in three contexts); with no period named, only from the newest bulletin."""
    if not facts:
        return []
    subject = _subject(question, corpus)
    best = facts[0].relevance
    pool = [f for f in facts if f.relevance >= ALSO_RATIO * best or (
        subject and f.target and f.target.unit_ok and subject in f.target.counts
        and f.relevance >= SAME_SUBJECT_RATIO * best)]
    dated = [f for f in pool if f.meta.get("doc_period")]  # bulletins that say which period they report
    if question.period is None and dated:
        newest = max(f.meta["as_of"] for f in dated)
        pool = [f for f in pool if not f.meta.get("doc_period") or f.meta["as_of"] == newest]
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
        where = "，".join(filter(None, [fact.meta.get("region"), fact.period]))
        lines.append(f"{fact.quote}[{n}]" + (f"（{where}）" if where else ""))
    return "；\n".join(lines) + "。", (facts[0].short or "")
