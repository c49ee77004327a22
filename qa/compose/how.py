"""how: the content of the item that best answers 如何/怎样, quoted from its start (its title says
what the measure is) through the sentences after the best one, within MAX_HOW characters."""
from __future__ import annotations

import re
from dataclasses import replace

from qa.answer import find_facts, select_facts
from qa.compose.base import Composed, Context, Evidence
from qa.meanings import asks_plans, tells_measures, tells_plans, tells_problems

MAX_HOW = 320
# the aim a how question names (靠什么提高审批效率, 如何加快项目建设): the measure that answers it is written
# by its own verbs, so only what the aim is about is looked for
_AIM = re.compile(r"提高|提升|增强|加快|加强|促进|推动|推进|优化|改善|降低|减少|扩大|做好|抓好|解决|实现"
                  r"|缩短|压缩|压减|[压降]下来|提上来")
# the words that ask for the way itself (通过哪些途径, 采取了什么办法): no topic the measure's text holds
_WAY = re.compile(r"通过|途径|办法|方式|手段|做法|经验|采取|采用|凭借|靠")


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
    # a way is asked, not a figure (审批效率 is no rate to quote)
    terms = [t for t in ctx.question.terms if not (_AIM.fullmatch(t) or _WAY.fullmatch(t))] or ctx.question.terms
    question = replace(ctx.question, terms=terms, wants_figure=False, single=False, parts=[])
    # a problem the bulletin reports is no way of doing (怎么管控安全风险 ↛ 安全风险管控任务较重)
    facts = [f for f in find_facts(question, ctx.hits, ctx.corpus) if not tells_problems(f.meta.get("section"))]
    if asks_plans(ctx.question.text):  # 打算怎么提高: what is planned, not what was done (qa/compose/remedy.py)
        facts = [f for f in facts if tells_plans(f.meta.get("section"))]
    else:  # a way asked: where the bulletin says how (工作措施) before what it achieved, as relevant
        facts.sort(key=lambda f: (-f.relevance, not tells_measures(f.meta.get("section"))))
    facts = select_facts(facts, question, ctx.corpus)
    if not facts:
        return None
    best = facts[0]
    return item_answer(ctx, ctx.chunks[best.hit.node.node_id], best.start, best.end,
                       best.meta.get("period") or best.period, best.relevance)


def item_answer(ctx: Context, chunk: dict, start: int, end: int, period: str | None, score: float) -> Composed:
    """The way chunk text[start:end] tells, quoted from its item's start when within reach (its title says
    what the measure is) through the sentences after it, within MAX_HOW characters."""
    text = chunk["text"]
    start = 0 if end <= MAX_HOW else start  # from the item's start when the sentence lies within reach of it
    end = max(end, _sentence_end(text, start, MAX_HOW))
    while end > start and text[end - 1] in "，,；;：: ":
        end -= 1
    # the passage's period; a period inside a measure is its deadline
    where = "，".join(filter(None, [chunk.get("region"), period]))
    answer = f"{text[start:end]}[1]" + (f"（{where}）" if where else "")
    return Composed("how", answer, [Evidence(chunk, start, end, period, score)])
