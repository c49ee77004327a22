"""Extractive answers: pick the sentences that answer, quote the shortest span holding the figure, cite it.

Relevance of a sentence = share of the question's term bigrams (IDF-weighted) it contains, its
item title counting as context. The quote is the shortest run of clauses in that sentence that keeps
the best coverage and a figure; figures are never rewritten, only quoted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import jieba
from llama_index.core.schema import NodeWithScore

from index.figures import FIGURE
from index.periods import Period, find_periods, parse_period
from qa.question import Ask, Corpus, Question, bigrams
from qa.short import short_span
from qa.span import DATE, date_in

FIGURE_UNIT = re.compile(r"^[\d.\s～~-]+")  # a figure's number, leaving its unit
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
_CLAUSE = re.compile(r"[^，,；;：:、 ]+[，,；;：:、 ]*")  # spaces separate the cells of a table row
MIN_RELEVANCE = 0.5     # under this share of the question's terms, a passage does not answer it
MIN_SENTENCE_RELEVANCE = 0.35  # … nor a sentence of it
SAME_SUBJECT_RATIO = 0.5  # … or, when counting the same subject with the asked unit, this relevant
ALSO_RATIO = 0.85       # further facts are listed when at least this relevant as the best one
MAX_FACTS = 3
MAX_QUOTE = 90
MAX_STATEMENT = 200     # a quote that answers 怎么/什么 rather than 多少
MAX_SINGLE_ANSWER = 116  # one fact asked: quote, marker, where and when within 120 characters
MAX_SINGLE_QUOTE = 110
UNDATED = 0.8           # a 什么时候 question: a sentence without a date is worth this much of its relevance
_RATE = re.compile(r"增长|增速|增幅|下降|降幅|同比|环比|提高|减少")  # a rate of change: a share does not answer it
_TOPIC = re.compile(r"[^，,。；;（(]*")  # a passage's first clause: what it is about
_REFERS_BACK = re.compile(r"^[^，,。]{0,6}?(?:其|该|此|这|它|他|她|上述)")  # 其总部…, 该站…: subject in the sentence before


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
        short = self.target.figure if self.target else self.name
        return short if short and short in self.quote else None  # always read in the quote

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
    named: bool | None = None  # its clauses name the attribute asked (None: the question names none)


def _weights(terms: list[str], corpus: Corpus, focus: str | None = None) -> dict[str, float]:
    weights = {b: corpus.weight(b) for term in terms for b in bigrams(term)}
    for b in bigrams(focus or ""):
        if b in corpus.idf:  # 资占 of 投资占: a cut no document writes weighs nothing
            weights[b] = weights.get(b, corpus.weight(b)) * FOCUS_WEIGHT
    return weights


def coverage(text: str, weights: dict[str, float]) -> float:
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
            named = _names_focus(text[clauses[max(k - 1, 0)][0]:e], ask.focus, weights)  # 229个[重点项目]
            if _RATE.search(ask.focus or "") and not _RATE.search(counts):
                continue  # not a rate of change (占全市32% asked 增长多少)
            match = (coverage(counts, weights) + coverage(text[s:e], weights)) / 2
            # nearest to the first figure asked, and after it rather than before at equal distance
            nearness = (-abs(k - near), k) if near is not None else (-k,)
            scored.append(((unit_ok, round(match, 3), bool(named), *nearness), Target(match, k, figure, unit_ok, counts, named)))
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


@lru_cache(maxsize=1024)
def _head(focus: str) -> str:
    """The last word of an attribute (增长 of 增加值增长), or the whole when that is one character."""
    words = jieba.lcut(focus)
    return words[-1] if words and len(words[-1]) > 1 else focus


def _names_focus(counts: str, focus: str | None, weights: dict[str, float]) -> bool | None:
    """Whether what a figure counts names the attribute asked for (a bigram the documents write of its
    head word: 增长 of 增加值增长); None when the question names none the documents write."""
    known = [b for b in bigrams(_head(focus or "")) if b in weights]
    return any(b in counts for b in known) if known else None


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
            if i < min(first, j) and (e - s > MAX_QUOTE or _competes(text[s:clauses[i][1]], targets)):
                break
            key = (round(coverage(text[s:e], weights), 3), -(e - s))
            if best_key is None or key > best_key:
                best, best_key = (s, e), key
    s, e = best
    if not question.wants_figure:  # 怎么/什么/哪些: the measures are the sentence and those after it
        s, e = start, max(e, _extend(text, start, MAX_STATEMENT))
    return *_trim(text, s, e), targets


def _competes(clause: str, targets: list[Target]) -> bool:
    """A clause before the figure asked holds another figure of its unit (占全市32% before 占全市49%):
    quoting it would put two answers in one quote."""
    units = {FIGURE_UNIT.sub("", t.figure) for t in targets} & {"%", "‰"}  # shares and rates
    return any(FIGURE_UNIT.sub("", m.group().strip()) in units for m in FIGURE.finditer(clause))


def _extend(text: str, start: int, limit: int) -> int:
    """End of the last whole sentence after `start` within `limit` characters."""
    end = start
    for s, e in _spans(_SENTENCE, text[start:], start):
        if e - start > limit and end > start:
            break
        end = e
    return end


def _sentence_coverage(text: str, sentences: list[tuple[int, int]], k: int, context: str,
                       weights: dict[str, float]) -> float:
    """How much of the question a sentence answers. Its item title counts as context, less than the
    sentence; a sentence that refers back (其, 该, 此) takes its subject from the sentence before, and
    every later sentence keeps the passage's topic (its first clause), which it need not repeat."""
    s, e = sentences[k]
    own = text[s:e]
    if k > 0 and _REFERS_BACK.match(own):
        own = text[sentences[k - 1][0]:sentences[k - 1][1]] + own
    if k > 0:
        own = _TOPIC.match(text).group() + "\n" + own
    return 0.75 * coverage(own, weights) + 0.25 * coverage(own + "\n" + context, weights)


def _single_window(text: str, start: int, end: int, weights: dict[str, float],
                   core: tuple[int, int] | None, limit: int) -> tuple[int, int]:
    """The clauses of the sentence text[start:end] that answer a one-thing question: the whole sentence
    when short, else the run of clauses within `limit` holding `core` (the name asked for) with the
    best coverage of the question, the longer at equal coverage."""
    if end - start <= limit:
        return start, end
    clauses = _spans(_CLAUSE, text[start:end], start)
    best, best_key = None, None
    for i in range(len(clauses)):
        for j in range(i, len(clauses)):
            s, e = clauses[i][0], clauses[j][1]
            if e - s > limit:
                break
            if core and not (s <= core[0] and core[1] <= e):
                continue
            key = (round(coverage(text[s:e], weights), 3), e - s)
            if best_key is None or key > best_key:
                best, best_key = (s, e), key
    if best is None:  # one clause longer than the limit: cut it around what it holds
        s = max(start, core[0] - 20) if core else start
        best = (s, min(end, s + limit))
    return best


def _single_fact(hit: NodeWithScore, relevance: float, text: str, s: int, e: int,
                 question: Question, weights: dict[str, float]) -> Fact:
    """A fact answering a one-thing 什么/哪/谁/何时 question: its clause(s), and the name or date as short."""
    sentence = text[s:e]
    name = short_span(question.text, sentence)
    at = sentence.find(name) if name else -1
    core = (s + at, s + at + len(name)) if at >= 0 else None
    meta = hit.node.metadata
    where = len(meta.get("region") or "") + 2 * len(meta.get("period") or "") + 3  # （晋中，…）
    limit = min(MAX_SINGLE_QUOTE, MAX_SINGLE_ANSWER - where)
    qs, qe = _single_window(text, s, e, weights, core, limit)
    if (qs, qe) == (s, e):  # a short sentence: the next ones too, while within the limit (它分布于…)
        qe = _extend(text, s, limit)
    qs, qe = _trim(text, qs, qe)
    quote = text[qs:qe]
    if question.asks_date and not (name and DATE.search(name) and name in quote):
        name = date_in(quote, (core[0] - qs) if core else 0) or (name if name and DATE.search(name) else None)
    if name and name not in quote:
        name = None  # the short answer is always read in the first quote
    return Fact(hit, relevance, qs, qe, sentence, None, name)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    s += len(text[s:e]) - len(text[s:e].lstrip())
    while e > s and text[e - 1] in "，,；;：:、。！？!? ":
        e -= 1
    return s, e


def find_facts(question: Question, hits: list[NodeWithScore], corpus: Corpus) -> list[Fact]:
    """Every sentence of the retrieved chunks that answers the question, most relevant first."""
    weights = _weights(question.terms, corpus)
    if not weights:
        return []
    facts = []
    for hit in hits:
        text = hit.node.get_content()
        context = (hit.node.metadata.get("item") or "")
        if coverage(text + "\n" + context, weights) < MIN_RELEVANCE:
            continue  # the passage as a whole does not speak of what is asked
        sentences = _spans(_SENTENCE, text)
        for k, (s, e) in enumerate(sentences):
            relevance = _sentence_coverage(text, sentences, k, context, weights)
            if question.asks_date and not DATE.search(text[s:e]):
                relevance *= UNDATED
            if relevance < MIN_SENTENCE_RELEVANCE:
                continue
            if question.single and not question.wants_figure:
                facts.append(_single_fact(hit, round(relevance, 4), text, s, e, question, weights))
                continue
            window = _best_window(text, s, e, question, corpus)
            if window:
                qs, qe, targets = window
                match = sum(t.match for t in targets) / len(targets) if targets else 1.0
                name = short_span(question.text, text[s:e]) if not targets else None
                facts.append(Fact(hit, round(0.5 * relevance + 0.5 * match, 4), qs, qe, text[s:e],
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


def _other_context(fact: Fact, best: Fact, subject: str | None, context: list[str]) -> bool:
    """A figure of the asked kind counting the same subject as the best fact in another context
    (签约 as 签约项目投资额 and as “签约一批”总投资): listed beside it, since the question does not
    tell the two apart. A context word of the question the best fact has and this one lacks (全市 of
    a city's total against its zones' rows) tells them apart."""
    return bool(subject and fact.target and fact.target.unit_ok and best.target
                and subject in fact.target.counts and fact.short != best.short
                and (fact.target.named or not best.target.named)
                and all(t in fact.quote for t in context if t in best.quote))


def _newer(fact: Fact, than: Fact) -> bool:
    return bool(fact.meta.get("doc_period")) and (fact.meta.get("as_of") or 0) > (than.meta.get("as_of") or 0)


def _period_conflicts(fact: Fact, asked: Period | None) -> bool:
    """The passage names another period for this figure (全年 target, asked 一季度)."""
    if asked is None:
        return False
    named = find_periods(fact.period or "")
    return bool(named) and not any(p.since or asked.matches(p) for p in named)


def select_facts(facts: list[Fact], question: Question, corpus: Corpus) -> list[Fact]:
    """The best fact, and further ones: for a question after one thing, only figures of the asked kind
    counting the same subject in other contexts; else also those nearly as relevant. With no period
    named, only from the newest bulletin; with one named, none that the passage dates otherwise."""
    facts = [f for f in facts if not _period_conflicts(f, question.period)]
    if not facts:
        return []
    subject = _subject(question, corpus)
    focus = question.parts[0].focus if question.parts else None
    context = [t for t in question.terms if not focus or t not in focus]
    best = facts[0]
    pool = [f for f in facts if f is best or (
        f.relevance >= SAME_SUBJECT_RATIO * best.relevance and _other_context(f, best, subject, context)) or (
        f.relevance >= ALSO_RATIO * best.relevance and (not question.single or _newer(f, best)))]
    dated = [f for f in pool if f.meta.get("doc_period")]  # bulletins that say which period they report
    if question.period is None and dated:
        newest = max(f.meta["as_of"] for f in dated)
        pool = [f for f in pool if not f.meta.get("doc_period") or f.meta["as_of"] == newest]
    if question.single:  # the best of what is left, and the same subject in other contexts
        pool = [pool[0]] + [f for f in pool[1:] if _other_context(f, pool[0], subject, context)]
    chosen, seen = [], set()
    for fact in pool:
        if fact.quote not in seen and (fact.short is None or fact.short not in seen):
            chosen.append(fact)  # the same figure twice is one fact
            seen.update({fact.quote, fact.short})
    return chosen[:MAX_FACTS]


SEVERAL_CONTEXTS = "公报在不同口径下各有一个数字："


def compose_answer(facts: list[Fact], question: Question | None = None) -> tuple[str, str]:
    """(answer with [n] markers, stating region and period of each figure; short answer). A question
    after one thing answered with several facts says why it lists them."""
    lines = []
    for n, fact in enumerate(facts, 1):
        where = "，".join(filter(None, [fact.meta.get("region"), fact.period]))
        lines.append(f"{fact.quote}[{n}]" + (f"（{where}）" if where else ""))
    why = SEVERAL_CONTEXTS + "\n" if question and question.single and len(facts) > 1 else ""
    return why + "；\n".join(lines) + "。", (facts[0].short or "")


def period_not_reported(question: Question, corpus: Corpus) -> str | None:
    """When a question names a period and nothing answers it: which periods the bulletins do report
    for its region, so staff see why the figure is withheld."""
    if question.period is None:
        return None
    reported = corpus.periods_of(question.region)
    if not reported or any(question.period.matches(p) for p in map(parse_period, reported) if p):
        return None  # the period is reported: what is missing is the figure, not the period
    whose = f"{question.region}的" if question.region else ""
    return (f"已索引的公报中没有{whose}“{question.period.label}”的这项内容，不作回答；"
            f"公报报告的{whose}期间是：{'、'.join(reported)}。")
