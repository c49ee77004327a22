"""The last resort, tried after every composer of the kind read, in two tiers; both quote only passages of the
places and period the question names.

1. `whole_passage` (how, list, summary): a passage retrieval found that writes every word of what is asked is quoted
   whole. A list, a way or a state a bulletin tells in a paragraph of its own words (考核通报对各市提了哪些要求: the
   有关要求 paragraph, no numbered item nor figure) is still told there, though no composer's reading held it.
2. `best_sentence` (every kind but the several-figure ones): a question no section, table row or figure answers
   (对亩均税收低的企业采取了什么办法, 和哪国合作建的是什么园区, 营收为啥下降了) is answered by the one sentence of the best
   retrieved passages that writes most of its words and holds the kind of thing asked (a name, a date, a person:
   qa/relevance.py). A question whose topic no passage writes (园区在人才引进上有什么新举措, where the bulletins write
   none) abstains as before.

A figure, a ranking, a comparison, a series or each of several places is never answered so: one passage that
writes the question's words is not those figures set side by side (its composers answer them, or none does)."""
from __future__ import annotations

import re
from dataclasses import replace

from qa.asking_words import RANK_ASKED
from qa.bulletin_named import topic_beyond_the_bulletin
from qa.compose.base import Composed, Context, Evidence
from qa.compose.how import MAX_HOW, item_answer, passages_under, topic_words
from qa.compose.question_terms import question_weights
from qa.fact import Fact
from qa.meanings import asks_problems, names_section, tells_problems
from qa.places import whole_asked
from qa.quote import MAX_STATEMENT, SENTENCE, points, single_window, spans, trim, with_notes
from qa.relevance import cannot_name, lacks_what_is_asked, sentence_coverage
from qa.short import short_span
from qa.unwritten_places import PLACE_SET
from qa.zone_facts import of_zone

# --- tier 1: a whole passage writing every word of the topic ---

MIN_TEXT = 12  # characters a passage needs to tell something (not a heading line alone)
# the words of a question that say how it is asked or whose it is, not what a passage must write
_NOT_TOPIC = ("哪些", "什么", "哪个", "哪家", "情况", "简单", "介绍", "说说", "列一下", "一下", "怎么样", "如何", "咋样")
# a name asked (都是哪几家, 是谁): a passage writing the topic need not write it (新引进食品加工企业6家)
_NAME_ASKED = re.compile(r"哪[几一]?[家个位所]|谁")


def topic(ctx: Context) -> list[str]:
    """The question's words of what is asked about: no asking words, section names, sets of places or words naming the
    bulletin itself (调研报告); none when one is written in no bulletin (招商引资 where none writes it: not told)."""
    text = ctx.question.text
    titles = {c.get("title") or "" for c in ctx.snapshot.chunks}
    words = [t for t in topic_words(ctx.question) if not names_section(t, text)
             and not PLACE_SET.fullmatch(t) and not any(w in t for w in _NOT_TOPIC)]
    if not all(ctx.corpus.contains(t) for t in words):
        return []
    return topic_beyond_the_bulletin(words, titles, text) if words else []


def _of_place_asked(ctx: Context, chunk: dict) -> bool:
    """A passage of the region asked (a zone's counts), or of no region when the question names none (a whole's
    passage): quoted whole, it is the place's answer, so it must be of that place exactly."""
    region = ctx.question.region
    if region:
        return chunk.get("region") == region
    return chunk.get("region") is None and (not any(p.known for p in ctx.places)
                                            or bool(whole_asked(ctx.question.text, ctx.places, None)))


def whole_passage(ctx: Context) -> Composed | None:
    """The first retrieved passage of the place and period asked writing every word of the topic, quoted whole."""
    words = topic(ctx)
    if not words or _NAME_ASKED.search(ctx.question.text):
        return None
    problems = asks_problems(ctx.question.text)
    for hit in ctx.hits:
        chunk = ctx.chunks[hit.node.node_id]
        # a heading line alone ((二)强化要素保障) tells what its passages under it do, as they are quoted after it
        under = passages_under(ctx, chunk, MAX_HOW) if chunk["text"].strip() == chunk.get("item") else []
        own = [chunk.get("section") or "", chunk.get("item") or "", chunk["text"]]
        told = "".join(own + [c["text"] for c in under])
        if len(told) - len(chunk.get("section") or "") < MIN_TEXT or not _of_place_asked(ctx, chunk) \
                or not ctx.of_period_asked(chunk) or tells_problems(chunk.get("section")) != problems \
                or not all(w in told for w in words):
            continue
        composed = item_answer(ctx, chunk, 0, len(chunk["text"]), chunk.get("period"), hit.score or 0.0)
        return replace(composed, kind=ctx.kind)
    return None


# --- tier 2: the one sentence writing most of the question ---

TOP_PASSAGES = 3     # the passages retrieval ranks first: further down, a sentence shares words, not the topic
MIN_COVERAGE = 0.6   # of the question's terms (IDF-weighted) the sentence writes; under it, it tells of something else
_SEVERAL_FIGURES = ("compare", "each", "trend")
# a ranking asked (哪个投资最多, 排第几): the figures ranked, or a sentence saying it (said.py), never the likeliest one
_RANKING = re.compile(r"最(?:高|低|多|少|快|慢|大|小|强|好|差)|第几|" + RANK_ASKED)
_ASKS = re.compile(r"[？?]\s*$")  # a transcript's question turn repeats the question's words and answers nothing


def best_sentence(ctx: Context) -> Composed | None:
    """The sentence of the top passages writing enough of the question, when it holds what is asked."""
    q = ctx.question
    if ctx.kind in _SEVERAL_FIGURES or q.wants_figure or _RANKING.search(q.text):
        return None
    weights = question_weights(ctx)
    if not weights:
        return None
    # a sentence is quoted with its own place: one of the places named, any when none is
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
