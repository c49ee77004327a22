"""list: the examples a passage gives of what it claims (特别是重点园区带动作用明显，比如甲经开区…；乙经开区…；丙高新区…。),
asked as examples (举了哪几个园区的例子, 举例说明了哪些). A speech names its places in passing this way: the claim is
no place's, each example went to its place's chunk, and no heading or ordinal marks them as items. The answer is the
claim, then each example to its ；, on through the chunks after until the sentence ends."""
from __future__ import annotations

import re

from qa.compose.announced import parts
from qa.compose.base import Composed, Context, Evidence

ASKED = re.compile(r"例子|事例|举例|实例|举了(?:哪|什么|啥)")
_FOR_EXAMPLE = re.compile(r"(?:比如|例如|譬如)[，,：:]?")
_SENTENCE_END = re.compile(r"[。！？!?]")
_CLAUSE_START = re.compile(r"[。！？!?；;]")
_TOP_HITS = 5  # the passages retrieved for the question that may hold the claim
_MAX_CHUNKS = 6  # the chunks an example run may go on through


def compose(ctx: Context) -> Composed | None:
    chunks = ctx.snapshot.chunks
    order = {c["id"]: k for k, c in enumerate(chunks)}
    for hit in ctx.hits[:_TOP_HITS]:
        chunk = ctx.chunks.get(hit.node.node_id)
        found = _examples(chunks, order[chunk["id"]]) if chunk is not None and chunk["id"] in order else None
        if found:
            return Composed(ctx.kind, _text(*found), [found[0], *found[1]])
    return None


def _examples(chunks: list[dict], k: int) -> tuple[Evidence, list[Evidence]] | None:
    """(the claim, the examples) of the 比如 in chunk k, or opening chunk k + 1 (the claim is then the sentence before
    it, the end of chunk k): two examples at least, after a claim."""
    doc = chunks[k]["doc"]
    run = [c for c in chunks[k:k + _MAX_CHUNKS] if c["doc"] == doc]
    mark = _FOR_EXAMPLE.search(run[0]["text"])
    if mark and mark.start() > 0:
        claim_chunk, claim_end, begin = run[0], mark.start(), mark.end()
    elif len(run) > 1 and _FOR_EXAMPLE.match(run[1]["text"]):
        run, claim_chunk = run[1:], run[0]
        claim_end, begin = len(claim_chunk["text"].rstrip().rstrip("，,。")), _FOR_EXAMPLE.match(run[0]["text"]).end()
    else:
        return None
    claim_start = max((m.end() for m in _CLAUSE_START.finditer(claim_chunk["text"], 0, claim_end)), default=0)
    claim = Evidence(claim_chunk, claim_start, claim_end, claim_chunk.get("period"), 1.0)
    items = []
    for chunk in run:
        end = _SENTENCE_END.search(chunk["text"], begin)
        items += parts(chunk, begin, end.start() if end else len(chunk["text"].rstrip()))
        if end:
            break
        begin = 0
    items = [e for e in items if e.quote.strip("，, ")]
    return (claim, items) if len(items) >= 2 and claim.quote.strip("，, ") else None


def _text(claim: Evidence, items: list[Evidence]) -> str:
    lines = [f"{claim.quote.rstrip('，,')}[1]："] + [f"{k}. {e.quote}[{k + 1}]" for k, e in enumerate(items, 1)]
    return "\n".join(lines)
