"""figure and name: the figures (or the name) a question asks for, from the retrieved sentences,
through qa/answer.py's selection and wording."""
from __future__ import annotations

from qa.answer import compose_answer, find_facts, select_facts
from qa.compose.base import Composed, Context


def compose(ctx: Context) -> Composed | None:
    facts = select_facts(find_facts(ctx.question, ctx.hits, ctx.corpus), ctx.question, ctx.corpus)
    if not facts:
        return None
    answer, short = compose_answer(facts, ctx.question)
    evidence = [ctx.evidence(f.hit, f.start, f.end, f.period, f.relevance) for f in facts]
    return Composed(ctx.kind, answer, evidence, short)
