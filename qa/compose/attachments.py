"""A bulletin's attachments asked (带了哪些附件, 附了哪些表格): its `附件：` paragraph (index/html.py reads a portal page's
list so) listed item by item, each cited; the bulletin of the period asked, else the newest that lists any."""
from __future__ import annotations

import re

from index.periods import parse_period
from qa.compose.base import Composed, Context, Evidence

ASKED = re.compile(r"附件|附(?:了|带|有|上|的)?(?:哪些|什么|哪几[个张份]?|几[个张份])?(?:表格?|材料|文件)")
_LIST = re.compile(r"^\s*附件\s*[：:]")
_ITEM = re.compile(r"[^；;]+")


def compose(ctx: Context) -> Composed | None:
    lists = [c for c in ctx.snapshot.chunks if _LIST.match(c["text"]) and _of_period(ctx, c)]
    if not lists:
        return None
    chunk = max(lists, key=lambda c: c.get("as_of") or 0)
    body = _LIST.match(chunk["text"]).end()
    evidence = [Evidence(chunk, body + m.start(), body + m.end(), chunk.get("period"))
                for m in _ITEM.finditer(chunk["text"][body:]) if m.group().strip()]
    lines = [f"{n}. {e.quote}[{n}]" for n, e in enumerate(evidence, 1)]
    where = chunk.get("title") or ""
    return Composed(ctx.kind, f"{where}（{chunk.get('period')}）的附件：\n" + "\n".join(lines), evidence)


def _of_period(ctx: Context, chunk: dict) -> bool:
    period = parse_period(chunk.get("doc_period") or chunk.get("period"))
    return ctx.question.period is None or bool(period and ctx.question.period.matches(period))
