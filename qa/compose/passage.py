"""passage: the last resort, tried after every composer of the kind read. A question no section, table row or
figure answers (对亩均税收低的企业采取了什么办法, 和哪国合作建的是什么园区, 营收为啥下降了) is answered by the one
sentence of the best retrieved passages that writes most of its words, of the places and period it names, and holds
the kind of thing asked (a name, a date, a person: qa/relevance.py). A question whose topic no passage writes (园区在
人才引进上有什么新举措, where the bulletins write none) abstains as before.

A figure, a ranking, a comparison, a series or each of several places is never answered so: one passage that
writes the question's words is not those figures set side by side (its composers answer them, or none does)."""
from __future__ import annotations

import re

from qa.asking_words import RANK_ASKED
from qa.compose.base import Composed, Context, Evidence
from qa.compose.question_terms import question_weights
from qa.fact import Fact
from qa.quote import MAX_STATEMENT, SENTENCE, points, single_window, spans, trim, with_notes
from qa.relevance import cannot_name, lacks_what_is_asked, sentence_coverage
from qa.short import short_span
from qa.zone_facts import of_zone

TOP_PASSAGES = 3     # the passages retrieval ranks first: further down, a sentence shares words, not the topic
MIN_COVERAGE = 0.6   # of the question's terms (IDF-weighted) the sentence writes; under it, it tells of something else
_SEVERAL_FIGURES = ("compare", "each", "trend")
# a ranking asked (哪个投资最多, 排第几): the figures ranked, or a sentence saying it (said.py), never the likeliest one
_RANKING = re.compile(r"最(?:高|低|多|少|快|慢|大|小|强|好|差)|第几|" + RANK_ASKED)
_ASKS = re.compile(r"[？?]\s*$")  # a transcript's question turn repeats the question's words and answers nothing


def compose(ctx: Context) -> Composed | None:
    q = ctx.question
    if ctx.kind in _SEVERAL_FIGURES or q.wants_figure or _RANKING.search(q.text):
        return None
    weights = question_weights(ctx)
    if not weights:
        return None
    named = {p.region for p in ctx.places if p.known and p.region}
    for hit in ctx.hits[:TOP_PASSAGES]:
        chunk = ctx.chunks[hit.node.node_id]
        if (named and chunk.get("region") not in named) or not ctx.of_period_asked(chunk):
            continue
        found = _answering_sentence(ctx, chunk, weights)
        # a zone asked: a sentence of that zone (naming it, in its entry or its passage), not of its city's other zones
        if found and (not q.zone or of_zone([Fact(hit, 0.0, *found, chunk["text"][slice(*found)])], q, ctx.corpus)):
            return _answer(ctx, chunk, *found, weights, hit.score or 0.0)
    return None


def _answering_sentence(ctx: Context, chunk: dict, weights: dict[str, float]) -> tuple[int, int] | None:
    """The sentence of the passage covering most of the question, when it covers enough and holds what is asked."""
    text = chunk["text"]
    heading = chunk.get("item") or chunk.get("section") or ""
    counted = [(f["start"] - chunk["start"], f.get("indicator") or "") for f in ctx.snapshot.facts
               if f.get("chunk") == chunk["id"]]
    sentences = with_notes(text, points(text, spans(SENTENCE, text)))
    # what the sentence's figures count, as the index read them, is context too: a chain of places writes it once
    # (甲市开发区实现营业收入…；乙市214.9亿元，同比下降3.2%，主要受…影响)
    scored = [(sentence_coverage(text, sentences, k, heading + "".join(i for at, i in counted if s <= at < e),
                                 weights), k)
              for k, (s, e) in enumerate(sentences) if not _ASKS.search(text[s:e])]
    if not scored:
        return None
    cover, k = max(scored)
    sentence = text[sentences[k][0]:sentences[k][1]]
    if cover < MIN_COVERAGE or lacks_what_is_asked(ctx.question, sentence) or cannot_name(ctx.question, sentence):
        return None
    return sentences[k]


def _answer(ctx: Context, chunk: dict, start: int, end: int, weights: dict[str, float], score: float) -> Composed:
    """The sentence quoted (its best clauses when too long), with the place and period of its passage."""
    text = chunk["text"]
    start, end = trim(text, *single_window(text, start, end, weights, None, MAX_STATEMENT))
    evidence = Evidence(chunk, start, end, chunk.get("period"), score)
    where = "，".join(filter(None, [chunk.get("region"), chunk.get("period")]))
    short = (short_span(ctx.question.text, evidence.quote) or "") if ctx.kind == "name" else ""
    return Composed(ctx.kind, f"{evidence.quote}[1]" + (f"（{where}）" if where else ""), [evidence], short)
