"""figure and name: the figures (or the name) a question asks for, from the retrieved sentences,
through qa/answer.py's selection and wording."""
from __future__ import annotations

from qa.answer import compose_answer, find_facts, select_facts
from qa.compose.base import Composed, Context
from qa.places import whole_asked


def compose(ctx: Context) -> Composed | None:
    hits = ctx.hits
    whole = whole_asked(ctx.question.text, ctx.places, ctx.question.region) if ctx.kind == "figure" else None
    if whole:
        # 全省开发区…多少: the whole's own figure; a city's (全市开发区…) answers for another region, however alike its
        # words, so bulletins that report city by city withhold it
        hits = [hit for hit in hits if not hit.node.metadata.get("region") and whole in hit.node.get_content()]
    facts = select_facts(find_facts(ctx.question, hits, ctx.corpus), ctx.question, ctx.corpus)
    if not facts:
        return None
    answer, short = compose_answer(facts, ctx.question)
    evidence = [ctx.evidence(f.hit, f.start, f.end, f.period, f.relevance) for f in facts]
    return Composed(ctx.kind, answer, evidence, short)
