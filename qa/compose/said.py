"""said: a superlative or a ranking's top places asked (进步最快的开发区是哪个, 前五名是哪几个) that a sentence answers in
the question's own words, with no figure to rank: `进步最快的是琅埔化工产业园`, `综合考核前五名：甲、乙、丙…`. Tried
after the composers that rank figures or positions have found nothing."""
from __future__ import annotations

import re

from qa.compose.base import Composed, Context, Evidence
from qa.compose.rows import in_period, shown_period
from qa.items import name_start

# what the question asks in words a sentence may write: a superlative (进步最快, 增长最多) or the top places (前五名)
_ASKED = re.compile(r"[\u4e00-\u9fff]{2}最(?:快|大|多|高|好|强|明显|突出)|前[一二三四五六七八九十\d]{1,2}(?:名|位|强)")
_SAYS = re.compile(r"(?:的(?:开发区|园区|市|县|区)?)?(?:是|为|依次为|依次是|分别为|分别是|[：:])")
_SENTENCE_END = "。！？；;\n"


def compose(ctx: Context) -> Composed | None:
    asked = _ASKED.search(ctx.question.text)
    if not asked:
        return None
    found = []
    for chunk in ctx.chunks.values():
        text = chunk["text"]
        for at in (m.start() for m in re.finditer(re.escape(asked.group()), text)):
            says = _SAYS.match(text, at + len(asked.group()))
            if not says or not in_period(ctx, chunk, ctx.question.period) or (ctx.doc and chunk["doc"] != ctx.doc):
                continue
            start = max(text.rfind(c, 0, at) for c in _SENTENCE_END) + 1
            end = min((i for i in (text.find(c, says.end()) for c in _SENTENCE_END) if i >= 0), default=len(text))
            found.append((chunk.get("as_of") or 0, chunk, start, end, says.end()))
    if len({f[1]["id"] for f in found}) != 1:
        return None  # none, or several sentences saying it: no one answer
    _, chunk, start, end, names_at = max(found, key=lambda f: f[0])
    period = shown_period(ctx, chunk)
    ev = Evidence(chunk, start, end, period)
    named = re.split(r"[、和及]", re.split(r"[，,]", chunk["text"][names_at:end])[0])  # the names its clause lists
    short = named[0][name_start(named[0]):] if len(named) == 1 else ""
    return Composed(ctx.kind, f"{ev.quote}[1]" + (f"（{period}）" if period else ""), [ev], short=short)
