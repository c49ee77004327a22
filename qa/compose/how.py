"""how: the content of the item that best answers 如何/怎样, quoted from its start (its title says
what the measure is) through the sentences after the best one, within MAX_HOW characters."""
from __future__ import annotations

from qa.answer import find_facts, select_facts
from qa.compose.base import Composed, Context

MAX_HOW = 320


def _sentence_end(text: str, start: int, limit: int) -> int:
    """End of the last whole sentence of text[start:] within `limit` characters (at least one)."""
    end = start
    for i, ch in enumerate(text[start:], start):
        if ch in "。！？；!?;" or i + 1 == len(text):
            if end > start and i + 1 - start > limit:
                break
            end = i + 1
    return end


def compose(ctx: Context) -> Composed | None:
    facts = select_facts(find_facts(ctx.question, ctx.hits, ctx.corpus), ctx.question, ctx.corpus)
    if not facts:
        return None
    best = facts[0]
    text = best.hit.node.get_content()
    # from the item's start when the best sentence lies within reach of it, else from that sentence
    start = 0 if best.end <= MAX_HOW else best.start
    end = max(best.end, _sentence_end(text, start, MAX_HOW))
    while end > start and text[end - 1] in "，,；;：: ":
        end -= 1
    period = best.meta.get("period") or best.period  # the passage's; a period inside a measure is its deadline
    where = "，".join(filter(None, [best.meta.get("region"), period]))
    answer = f"{text[start:end]}[1]" + (f"（{where}）" if where else "")
    return Composed("how", answer, [ctx.evidence(best.hit, start, end, period, best.relevance)])
