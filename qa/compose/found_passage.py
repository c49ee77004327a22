"""A passage retrieval found that writes every word of what is asked, of the place and period asked, quoted when no
composer answered: a list, a way or a state a bulletin tells in a paragraph of its own words (考核通报对各市提了哪些要求:
the 有关要求 paragraph, no numbered item nor figure) is still told there, though no composer's reading held it."""
from __future__ import annotations

import re
from dataclasses import replace

from qa.bulletin_named import topic_beyond_the_bulletin
from qa.compose.base import Composed, Context
from qa.compose.how import MAX_HOW, item_answer, passages_under, topic_words
from qa.meanings import asks_problems, names_section, tells_problems
from qa.places import whole_asked
from qa.unwritten_places import PLACE_SET

MIN_TEXT = 12  # characters a passage needs to tell something (not a heading line alone)
# the words of a question that say how it is asked or whose it is, not what a passage must write
_NOT_TOPIC = ("哪些", "什么", "哪个", "哪家", "情况", "简单", "介绍", "说说", "列一下", "一下", "怎么样", "如何", "咋样")


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
    """A passage of the region asked, or of no region when the question names none (a whole's passage)."""
    region = ctx.question.region
    if region:
        return chunk.get("region") == region
    return chunk.get("region") is None and (not any(p.known for p in ctx.places)
                                            or bool(whole_asked(ctx.question.text, ctx.places, None)))


# a name asked (都是哪几家, 是谁): a passage writing the topic need not write it (新引进食品加工企业6家)
_NAME_ASKED = re.compile(r"哪[几一]?[家个位所]|谁")


def compose(ctx: Context) -> Composed | None:
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
