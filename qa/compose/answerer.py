"""Who answered a question put at a press conference (…的问题是谁回答的, 谁答的记者提问): the speaker of the answer
turn right after the question turn that asks it (邸家宁：答：…), never the reporter whose question turn words it
and which retrieval finds first, worded as the question is. A place the question names is the topic of the question
put (郗阳营收下降的问题是谁答的), not a filter: a transcript's question turn is of no region."""
from __future__ import annotations

import re

from qa.compose.base import Composed, Context, Evidence
from qa.compose.how import answer_turn
from qa.turns import is_question_turn

ASKED = re.compile(r"(?:谁|哪一?位)[^，,。？?]{0,3}(?:回答|答复|作答|解答|答)|(?:回答|答复|作答|解答)[^，,。？?]{0,4}(?:是谁|哪一?位|谁)")
# the speaker before 答： (邸家宁：答：, 省商务厅副厅长邬明哲：答：)
_SPEAKER = re.compile(r"^\s*([^：:。，,！？]{2,16}?)[：:]\s*答[：:]")
_CLAUSE_END = "，,；;。！？!?"  # the reply's first clause shows who speaks; the rest is not asked


def compose(ctx: Context) -> Composed | None:
    """The question turn retrieval ranks first, then its answer turn's first sentence, its speaker the short."""
    hits = ctx.retrieve(ctx.text, anywhere=True) if ctx.question.region else ctx.hits
    turn = next((hit for hit in hits if is_question_turn(ctx.chunks[hit.node.node_id]["text"])), None)
    reply = answer_turn(ctx, ctx.chunks[turn.node.node_id]) if turn else None
    speaker = _SPEAKER.match(reply["text"]) if reply else None
    if not speaker:
        return None
    asked = ctx.chunks[turn.node.node_id]
    text = reply["text"]
    end = next((i for i in range(speaker.end(), len(text)) if text[i] in _CLAUSE_END), len(text))
    period = reply.get("period") or asked.get("period")
    evidence = [Evidence(asked, 0, len(asked["text"]), period, turn.score or 0.0),
                Evidence(reply, 0, end, period, turn.score or 0.0)]
    where = "，".join(filter(None, [reply.get("region"), period]))
    answer = f"{asked['text']}[1]\n{text[:end]}[2]" + (f"（{where}）" if where else "")
    return Composed("name", answer, evidence, short=speaker.group(1))
