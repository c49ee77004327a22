"""Who answered a question put at a press conference or an interview (…的问题是谁回答的, 谁答的记者提问, 回答的那位局长叫
什么): the speaker of the answer turn right after the question turn that asks it (邸家宁：答：…, 某市商务局局长某某：…),
never the reporter whose question turn words it and which retrieval finds first, worded as the question is. A speaker
labelled with a post (某市商务局局长某某) is the name after the post: titles come before names. A place the question
names is the topic of the question put (郗阳营收下降的问题是谁答的), not only a filter: a transcript's question turn is
of no region, so it is also looked for in every region's passages."""
from __future__ import annotations

import re

from qa.compose.base import Composed, Context, Evidence
from qa.compose.how import answer_turn, in_order
from qa.turns import is_question_turn, is_reply_turn

# 回答的那位局长: the one who answered, pointed at (那位, 这位) as the asker names him by the deed
ASKED = re.compile(r"(?:谁|哪一?位)[^，,。？?]{0,3}(?:回答|答复|作答|解答|答)"
                   r"|(?:回答|答复|作答|解答)[^，,。？?]{0,4}(?:是谁|[哪那这]一?位|谁)")
# the speaker of a reply turn, before its colon and the 答： it may write (邸家宁：答：, 某市商务局局长某某：…)
_SPEAKER = re.compile(r"^\s*([^：:。，,！？]{2,16}?)[：:]\s*(?:答[：:])?")
# a post before the speaker's name (省商务厅副厅长邬明哲, 某市商务局局长某某): the name is what follows it
_POSTED_NAME = re.compile(r"(?:长|主任|书记|主席|专员|经理|总监|秘书|巡视员|调研员|发言人)([\u4e00-\u9fff]{2,3})$")
_CLAUSE_END = "，,；;。！？!?"  # the reply's first clause shows who speaks; the rest is not asked


def compose(ctx: Context) -> Composed | None:
    """The first exchange retrieval finds, then its answer turn's first clause, its speaker the short."""
    hits = [*ctx.hits, *ctx.retrieve(ctx.text, anywhere=True)] if ctx.question.region else ctx.hits
    asked, reply, score = next(filter(None, (_exchange(ctx, hit) for hit in hits)), (None, None, 0.0))
    speaker = _SPEAKER.match(reply["text"]) if reply else None
    if not speaker:
        return None
    text = reply["text"]
    end = next((i for i in range(speaker.end(), len(text)) if text[i] in _CLAUSE_END), len(text))
    period = reply.get("period") or (asked or {}).get("period")
    where = "，".join(filter(None, [reply.get("region"), period]))
    said = Evidence(reply, 0, end, period, score)
    if asked is None:  # the answer found under its place: the reporter's turn, of no place, is not cited for it
        return Composed("name", f"{text[:end]}[1]" + (f"（{where}）" if where else ""), [said], short=_name(speaker))
    evidence = [Evidence(asked, 0, len(asked["text"]), period, score), said]
    answer = f"{asked['text']}[1]\n{text[:end]}[2]" + (f"（{where}）" if where else "")
    return Composed("name", answer, evidence, short=_name(speaker))


def _name(speaker: re.Match) -> str:
    posted = _POSTED_NAME.search(speaker.group(1))
    return posted.group(1) if posted else speaker.group(1)


def _exchange(ctx: Context, hit) -> tuple[dict | None, dict, float] | None:
    """(question turn, its answer turn, the hit's score) of a hit that is either: a question turn followed by its
    answer, or an answer right after a question turn (None for the question: the answer was found itself). A reporter's
    turn names no place, so a question asking of a place (记者问某市…时) retrieves the official's answer, filed under
    that place, and not the question."""
    chunk = ctx.chunks[hit.node.node_id]
    if is_question_turn(chunk["text"]):
        reply = answer_turn(ctx, chunk)
        return (chunk, reply, hit.score or 0.0) if reply else None
    if not is_reply_turn(chunk["text"]):
        return None
    ordered, at = in_order(ctx, chunk)
    before = ordered[at - 1] if 0 < at < len(ordered) else None
    return (None, chunk, hit.score or 0.0) if before and is_question_turn(before["text"]) else None
