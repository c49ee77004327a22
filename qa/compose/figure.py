"""figure and name: the figures (or the name) a question asks for, from the retrieved sentences,
through qa/answer.py's selection and wording."""
from __future__ import annotations

from qa.answer import compose_answer, find_facts, select_facts
from qa.compose.base import Composed, Context, Evidence, place_evidence
from qa.compose.bounded import exact_facts
from qa.compose.row_cells import shown_cells
from qa.other_indicator import another_than_written, indicator_terms, names_indicator, of_the_indicator, place_asked, withheld_message, \
    written_of
from qa.places import whole_asked


def compose(ctx: Context) -> Composed | None:
    hits = ctx.hits
    whole = whole_asked(ctx.question.text, ctx.places, ctx.question.region) if ctx.kind == "figure" else None
    if whole:
        # 全省开发区…多少: the whole's own figure; a city's (全市开发区…) answers for another region, however alike its
        # words, so bulletins that report city by city withhold it
        # a part titled for the whole (全省小结) names it for its cards too (规上工业企业3,456家)
        hits = [hit for hit in hits if not hit.node.metadata.get("region")
                and whole in hit.node.get_content() + (hit.node.metadata.get("section") or "")]
    found = find_facts(ctx.question, hits, ctx.corpus)
    if ctx.kind == "trend":
        # a series found in no two issues: the figure of the indicator asked, never another sentence of the place
        found = [f for f in _of_the_indicator(ctx, found) if f.target]
    elif ctx.kind == "figure" and ctx.question.wants_figure and not whole:
        found = _of_the_indicator(ctx, found)
    another = another_than_written(ctx.question.text, ctx.corpus) if ctx.kind == "figure" else None
    if another:  # an indicator no document writes, only one it is not: withheld, saying which they write
        found = [f for f in found if not f.target]
        place = whole or place_asked(ctx.question, ctx.corpus) or ""
        ctx.extra["withheld_final"] = withheld_message(place, [], ctx.snapshot.facts, another=another)
    facts = select_facts(exact_facts(found), ctx.question, ctx.corpus)
    if not facts:
        return None
    evidence = [ctx.evidence(f.hit, f.start, f.end, f.period, f.relevance) for f in facts]
    marks = {}  # a place stated after a quote that does not write it: the line naming it is cited too
    for k, fact in enumerate(facts):
        heading = place_evidence(ctx.chunks[fact.hit.node.node_id], ctx.chunks, fact.relevance, fact.entry) \
            if fact.entry else None
        if heading:
            evidence.append(heading)
            marks[k] = len(evidence)
    shown = [_shown(ev, fact, ctx.question.text) for ev, fact in zip(evidence, facts)]
    answer, short = compose_answer(facts, ctx.question, marks, shown)
    return Composed(ctx.kind, answer, evidence, short)


def _shown(ev: Evidence, fact, asked: str) -> str:
    """What the line of a fact shows: of a table row quoted for one figure, the row's header and that figure's own
    cells (甲市 … 当月环比增长 -1.2%), as a ranking's lines do; the row's other columns (累计同比增长 2.9%) count other
    things a reader would take for the figure asked. The citation quotes the row whole."""
    at = fact.quote.find(fact.target.figure) if fact.target else -1
    if at < 0 or fact.quote.find(fact.target.figure, at + 1) >= 0:
        return fact.quote  # no figure asked, or written twice: which cells are its own is not known
    return shown_cells(ev, {"chunk": ev.chunk["id"], "start": ev.chunk.get("start", 0) + fact.start + at}, asked)


def _of_the_indicator(ctx: Context, found: list) -> list:
    """The facts of the indicator asked. When the place's passages write none (only another indicator's figures, or
    no figure at all), a zone's or park's figure in a passage of the whole that names it; else none, and the answer
    withheld says what the bulletins report for the place (period_not_reported's message goes first)."""
    question = ctx.question
    kept = of_the_indicator(found, question, ctx.places, ctx.corpus)
    if kept and any(f.target for f in kept):
        return kept
    place = place_asked(question, ctx.corpus)
    if place and question.region and place != question.region:
        terms = indicator_terms(question, ctx.places)
        elsewhere = find_facts(question, written_of(place, ctx.retrieve(ctx.text, anywhere=True)), ctx.corpus)
        elsewhere = [f for f in elsewhere if f.target and place in f.sentence and names_indicator(f, terms, ctx.corpus)]
        if elsewhere:
            return elsewhere
    if place and not kept:
        period = question.period.label if question.period else ""
        ctx.extra["withheld"] = withheld_message(place, indicator_terms(question, ctx.places, kind=True),
                                                 ctx.snapshot.facts, period, instead=bool(found))
    return kept
