"""list, summary: what a transcript's reply says to the question put as the question asks it (企业遇到问题，怎么反映？ ↔
邸家宁：答：企业可通过“泠企通”平台或拨打12345热线提交诉求…). Retrieval finds the reporter's turn, worded as the
question is, which answers nothing; the items asked stand in the reply after it, in prose, under no heading."""
from __future__ import annotations

from qa.compose.base import Composed, Context, Evidence
from qa.compose.how import answer_turn
from qa.turns import is_question_turn

_TOP_HITS = 3  # the passages retrieved first that may be the question put
_SHARED_TERMS = 2  # words of the question the reporter's turn writes at least: it asks the same thing
_MAX_REPLY = 200  # characters of the reply quoted: its first sentences


def compose(ctx: Context) -> Composed | None:
    named = {p.region for p in ctx.places if p.known and p.region}
    for hit in ctx.hits[:_TOP_HITS]:
        asked = ctx.chunks.get(hit.node.node_id)
        if asked is None or not is_question_turn(asked["text"]):
            continue
        shared = {t for t in ctx.question.terms if len(t) >= 2 and t in asked["text"]}
        reply = answer_turn(ctx, asked) if len(shared) >= _SHARED_TERMS else None
        if reply is None or reply.get("region") and named and reply["region"] not in named:
            continue  # a reply filed under another place than the one asked answers for that place
        end = _sentences_end(reply["text"])
        period = reply.get("period") or asked.get("period")
        evidence = [Evidence(asked, 0, len(asked["text"]), period, hit.score or 0.0),
                    Evidence(reply, 0, end, period, hit.score or 0.0)]
        return Composed(ctx.kind, f"{asked['text']}[1]\n{reply['text'][:end]}[2]", evidence)
    return None


def _sentences_end(text: str) -> int:
    """Where the reply's last sentence ending within _MAX_REPLY characters ends, else its first sentence's end."""
    ends = [i + 1 for i, ch in enumerate(text) if ch in "。！？!?"] or [len(text)]
    return max([e for e in ends if e <= _MAX_REPLY] or ends[:1])
