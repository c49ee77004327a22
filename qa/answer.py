"""Extractive answers: pick the sentences that answer, quote the part holding the figure or name, cite it.

Relevance of a sentence (`qa/relevance.py`) = share of the question's term bigrams (IDF-weighted) it
contains, its item title counting as context; the figure asked is chosen in `qa/targets.py`, the quote
cut in `qa/quote.py`, the facts shown chosen in `qa/select.py`. This module ties them together.
"""
from __future__ import annotations

import re
from dataclasses import replace

from llama_index.core.schema import NodeWithScore

from index.figures import FIGURE
from index.periods import parse_period
from index.zones import find_zones
from qa.corpus import Corpus
from qa.deed_verbs import worded_as_passage
from qa.asked_part import read_from_asked
from qa.fact import Fact, with_fall
from qa.question import Question
from qa.quote import (MAX_SINGLE_ANSWER, MAX_SINGLE_QUOTE, SENTENCE, best_window, ends_point, extend, points,
                      single_window, spans, trim, with_notes)
from qa.relevance import cannot_name, coverage, lacks_what_is_asked, sentence_coverage, term_weights
from qa.select import select_facts
from qa.passage_place import passage_place
from qa.citys_row import zone_word_of_title
from qa.zone_facts import after_another_zone, city_zones, of_zone
from qa.labelled import labelled_span
from qa.short import short_span
from qa.zone_span import lacks_zone
from qa.dates import DATE, date_in

__all__ = ["FIGURE", "Fact", "coverage", "find_facts", "select_facts", "compose_answer",
           "period_not_reported", "SEVERAL_CONTEXTS"]

MAX_ZONE = 16  # characters of a sentence's opening that may hold the zone it is about
MIN_RELEVANCE = 0.4     # under this share of the question's terms, a passage does not answer it (0.5 withheld
                        # answers on CMRC; the eval set abstains as before)
MIN_SENTENCE_RELEVANCE = 0.35  # … nor a sentence of it
UNLIKELY = 0.8          # a sentence without the kind of answer asked (a date, a name) is worth this much
SEVERAL_CONTEXTS = "公报在不同口径下各有一个数字："


def _single_fact(hit: NodeWithScore, relevance: float, text: str, s: int, e: int,
                 question: Question, weights: dict[str, float], corpus: Corpus) -> Fact:
    """A fact answering a one-thing 什么/哪/谁/何时 question: its clause(s), and the name or date as short; a place
    asked of a sentence naming none is the place whose entry holds it (the answer states it after the quote)."""
    sentence = text[s:e]
    name = short_span(question.text, sentence)
    meta = hit.node.metadata
    where = len(meta.get("region") or "") + 2 * len(meta.get("period") or "") + 3  # （晋中，…）
    limit = min(MAX_SINGLE_QUOTE, MAX_SINGLE_ANSWER - where)
    core, (qs, qe) = _name_window(text, s, e, name, weights, limit)
    if (qs, qe) == (s, e) and not ends_point(text, e):  # a short sentence: the next ones too, within the limit
        qe = extend(text, s, limit)
    qs, qe = trim(text, qs, qe)
    quote = text[qs:qe]
    if qe > e:  # 组织…招商。（责任单位：…）: the name in the sentence the quote goes on to; the label asked (由谁负责) first
        name = labelled_span(question.text, text[e:qe]) or name or short_span(question.text, text[e:qe])
    if question.asks_date and not (name and DATE.search(name) and name in quote):
        name = date_in(quote, (core[0] - qs) if core else 0) or (name if name and DATE.search(name) else None)
    if name and name not in quote:
        name = None  # the short answer is always read in the first quote
    # a place asked of a sentence naming none: the place of its entry, not another name the sentence gives (1．)
    entry = None if name and not lacks_zone(question.text, sentence) else passage_place(question.text, sentence, meta,
                                                                                        corpus)
    return Fact(hit, relevance, qs, qe, sentence, None, None if entry else name, entry, dated=question.asks_date)


def _name_window(text: str, s: int, e: int, name: str | None, weights: dict[str, float],
                 limit: int) -> tuple[tuple[int, int] | None, tuple[int, int]]:
    """(where the name stands, the quote window holding it) in the sentence text[s:e]: of the name's
    occurrences, the one whose window answers most of the question (a zone written again with the
    project asked, not its first mention with another project)."""
    cores = [(s + m.start(), s + m.end()) for m in re.finditer(re.escape(name), text[s:e])] if name else []
    windows = [(core, single_window(text, s, e, weights, core, limit)) for core in cores or [None]]
    return max(windows, key=lambda pair: coverage(text[pair[1][0]:pair[1][1]], weights))


def _sentence_facts(hit: NodeWithScore, question: Question, corpus: Corpus,
                    weights: dict[str, float]) -> list[Fact]:
    """The facts of one retrieved chunk: each of its sentences relevant enough, with its quote."""
    text = hit.node.get_content()
    # the item's title, and a caption naming what the chunk counts (a table's: 本期 | 上年同期, index/period_columns.py;
    # a listed place's clause's: 乙市开发区954.3亿元 under a speaker's turn, index/listed_places.py), which is its topic
    # as a heading on a line of its own is
    caption = hit.node.metadata.get("caption") or ""
    headings = "\n".join(filter(None, [hit.node.metadata.get("item"),  # 骊塘市开发区 asked of the row 骊塘市 营业收入…
                                       zone_word_of_title(text, hit.node.metadata, question.text)]))
    context = "\n".join(filter(None, [headings, caption]))
    alone = bool(caption) or corpus.heading_alone(headings)
    if coverage(text + "\n" + context, weights) < MIN_RELEVANCE:
        return []  # the passage as a whole does not speak of what is asked
    facts = []
    whole = points(text, with_notes(text, spans(SENTENCE, text)))
    sentences = read_from_asked(text, whole, question.period, question.zone)
    for k, ((s, e), (opens, _)) in enumerate(zip(sentences, whole)):
        relevance = sentence_coverage(text, sentences, k, context, weights, alone)
        if cannot_name(question, text[s:e]) and not passage_place(question.text, text[s:e], hit.node.metadata, corpus):
            continue  # a name asked, and the sentence only restates the question or names no firm asked
        if lacks_what_is_asked(question, text[s:e]):
            relevance *= UNLIKELY
        if relevance < MIN_SENTENCE_RELEVANCE:
            continue
        if question.single and not question.wants_figure:
            facts.append(_single_fact(hit, round(relevance, 4), text, s, e, question, weights, corpus))
            continue
        window = best_window(text, s, e, question, corpus, caption)
        if window:
            qs, qe, targets = window
            match = sum(t.match for t in targets) / len(targets) if targets else 1.0
            name = short_span(question.text, text[s:e]) if not targets or _asks_which(question) else None
            at = text.find(name, s, e) if name and name not in text[qs:qe] else -1
            if at >= 0:  # 甲综保区…同比增长21.6%，增速居全省首位 asked 哪一个: the quote holds the name it gives
                qs, qe = min(qs, at), max(qe, at + len(name))
            entry = None if name or targets else passage_place(question.text, text[s:e], hit.node.metadata, corpus)
            # the sentence whole, though read from the period asked: the place it opens with is the figure's
            facts.append(Fact(hit, round(0.5 * relevance + 0.5 * match, 4), qs, qe, text[opens:e],
                              targets[0] if targets else None, name, entry))
    return facts


def _passage_facts(hit: NodeWithScore, question: Question, corpus: Corpus, weights: dict[str, float]) -> list[Fact]:
    """The facts of one retrieved chunk, the question asked as the chunk words the deed it asks of (签约 for 引进)."""
    worded = worded_as_passage(question, hit.node.get_content())
    return _sentence_facts(hit, worded, corpus, weights if worded is question else term_weights(worded.terms, corpus))


# 哪个市/哪家/谁 with no amount asked (增速升至全省第一的是哪个市): the figure words qualify what is named
_WHICH = re.compile(r"哪|谁")
_AMOUNT = re.compile(r"多少|(?<!哪)几|多大|多高|多长|多久")


def _asks_which(question: Question) -> bool:
    return bool(_WHICH.search(question.text)) and not _AMOUNT.search(question.text) and not question.asks_date


def find_facts(question: Question, hits: list[NodeWithScore], corpus: Corpus) -> list[Fact]:
    """Every sentence of the retrieved chunks that answers the question, most relevant first."""
    weights = term_weights(question.terms, corpus)
    if not weights:
        return []
    facts = [fact for hit in hits for fact in _passage_facts(hit, question, corpus, weights)]
    facts = of_zone(facts, question, corpus) if question.zone else _of_region(facts, question, corpus)
    park = None if question.zone else _park_asked(question, corpus)
    if park:  # 榉口临港物流园上半年营收 ↔ 榉口高新区实现营业收入186.4亿元…；榉口临港物流园完成…: the zone's, not the park's
        facts = [f for f in facts if not after_another_zone(f, park, corpus)]
    facts = _of_quoted(facts, question.quoted)
    facts = [f for f in facts if all(_stands_in(figure, f.sentence) for figure in question.given)]
    facts = [f for f in facts if all(day in f.sentence for day in _days_given(question))]
    if any(f.target and f.target.unit_ok for f in facts):  # a figure of the kind asked beats any other
        facts = [f for f in facts if f.target and f.target.unit_ok]
    facts.sort(key=lambda f: f.relevance, reverse=True)
    return facts


def _park_asked(question: Question, corpus: Corpus) -> str | None:
    """The longest park of the region asked that the question names (a table's or its prose's, corpus.parts)."""
    named = [p for p, region in corpus.parts.items() if region and region == question.region and p in question.text]
    return max(named, key=len, default=None)


_DAY = re.compile(r"(?<!\d)\d{1,2}月\d{1,2}(?=[日号])")


def _days_given(question: Question) -> list[str]:
    """The days a question states of what it asks (3月8日开工的项目): its answer's sentence states them too;
    not when a date is what it asks."""
    return [] if question.asks_date else [m.group() + "日" for m in _DAY.finditer(question.text)]


def _stands_in(figure: str, sentence: str) -> bool:
    """A figure the question states (10亿元以上项目) stands whole in the sentence (not 110亿元)."""
    return bool(re.search(rf"(?<![\d.]){re.escape(figure)}", sentence))


def _of_region(facts: list[Fact], question: Question, corpus: Corpus) -> list[Fact]:
    """A figure question about a region (no zone named): not the figures of a sentence about one of its
    zones (a table row 晋中开发区 规模以上工业增加值 62.35亿元 …, 阳泉高新区…扩充至61人): a zone's
    figure is not its city's. Only when none of the city's own answers are its zones' quoted, from their names."""
    if not (question.region and question.wants_figure):
        return facts
    led = [f for f in facts if f.target and _zone_led(f.sentence, corpus, question.text)]
    named = [f for f in led if f.target.named]  # a figure of what is asked by name, none of another indicator
    return [f for f in facts if f not in led] or [f for f in map(_from_zone_name, named) if f]


def _from_zone_name(fact: Fact) -> Fact | None:
    """A zone's fact quoted from the zone's name, when the region asked reports no figure of its own: the
    answer then says whose figure it is (白河高新区…引进各类人才1360名); None when that quote runs too long."""
    start = fact.hit.node.get_content().find(fact.sentence)
    if start < 0 or fact.end - start > MAX_SINGLE_QUOTE:
        return None
    return replace(fact, start=min(start, fact.start))


def _zone_led(sentence: str, corpus: Corpus, asked: str = "") -> bool:
    """Whether a sentence opens with a zone's name: a table row's (晋中开发区 规模以上工业增加值 …), or one that
    is no city's zones as a whole (朔州开发区…引进项目 is the city's), or with a park the tables list as a part of a
    region (骊塘临空产业园 所在市 骊塘市 营业收入 …, 骊塘临空产业园营业收入74.2亿元: a name the zone finder misses),
    unless the question names that park (`asked`): then the sentence is the one asked of."""
    if any(sentence.startswith(part) and part not in asked and not city_zones(part, corpus) for part in corpus.parts):
        return True
    zones = find_zones(sentence[:MAX_ZONE])
    if not zones or zones[0][0] != 0:
        return False
    _, end, name = zones[0]
    return sentence[end:end + 1].isspace() or not city_zones(name, corpus)


def _of_quoted(facts: list[Fact], quoted: list[str]) -> list[Fact]:
    """The facts of the names the question quotes (“开工一批”): none of a figure written with a sibling's
    name (“签约一批”项目101个,总投资506.2亿元); then those in a passage naming it."""
    if any(f.target and f.target.anchored is False for f in facts):
        facts = [f for f in facts if not (f.target and f.target.anchored is False)] or facts
    for name in quoted:  # a passage under an item titled by the name (（一）“链长+园长”双长制。) tells of it
        if any(_names(f, name) for f in facts):
            facts = [f for f in facts if _names(f, name)]
    return facts


def _names(fact: Fact, name: str) -> bool:
    return name in fact.hit.node.get_content() or name in (fact.meta.get("item") or "")


def compose_answer(facts: list[Fact], question: Question | None = None,
                   marks: dict[int, int] | None = None, shown: list[str] | None = None) -> tuple[str, str]:
    """(answer with [n] markers, stating region and period of each figure; short answer). A question
    after one thing answered with several facts says why it lists them. `marks`: fact position -> the [n] of the
    line naming the place stated for it (榉口区[2]); `shown`: what each line shows of its quote, when not all of it."""
    lines = []
    for n, fact in enumerate(facts, 1):
        entry = fact.entry and fact.entry + (f"[{marks[n - 1]}]" if marks and n - 1 in marks else "")
        where = "，".join(filter(None, [entry or fact.meta.get("region"), fact.period]))
        lines.append(f"{shown[n - 1] if shown else fact.quote}[{n}]" + (f"（{where}）" if where else ""))
    why = SEVERAL_CONTEXTS + "\n" if question and question.single and len(facts) > 1 else ""
    short = with_fall(facts[0].short, facts[0], question.text) if question else facts[0].short
    return why + "；\n".join(lines) + "。", (short or "")


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
