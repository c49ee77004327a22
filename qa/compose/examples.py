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
        if chunk is None or chunk["id"] not in order:
            continue
        k = order[chunk["id"]]
        run = [c for c in chunks[k:k + _MAX_CHUNKS] if c["doc"] == chunk["doc"]]
        found = _examples(run)
        if found:
            return Composed(ctx.kind, _text(*found), [found[0], *found[1]])
    return None


def _examples(run: list[dict]) -> tuple[Evidence, list[Evidence]] | None:
    """(the claim, the examples) when the first chunk's text, or the next chunk's start after the first's unfinished
    sentence, says 比如: two examples at least."""
    first = run[0]
    mark = _FOR_EXAMPLE.search(first["text"])
    if mark:
        begin, chunk_at = mark.end(), 0
    elif len(run) > 1 and not _SENTENCE_END.search(first["text"].rstrip()[-1:]) \
            and _FOR_EXAMPLE.match(run[1]["text"]):
        mark, begin, chunk_at = None, _FOR_EXAMPLE.match(run[1]["text"]).end(), 1
    else:
        return None
    claim_end = mark.start() if mark else len(first["text"].rstrip().rstrip("，,"))
    claim_start = max((m.end() for m in _CLAUSE_START.finditer(first["text"], 0, claim_end)), default=0)
    claim = Evidence(first, claim_start, claim_end, first.get("period"), 1.0)
    items = []
    for chunk in run[chunk_at:]:
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
