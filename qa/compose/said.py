"""said: a superlative or a ranking's top places asked (进步最快的开发区是哪个, 前五名是哪几个) that a sentence answers in
the question's own words, with no figure to rank: `进步最快的是琅埔化工产业园`, `综合考核前五名：甲、乙、丙…`. Tried
after the composers that rank figures or positions have found nothing."""
from __future__ import annotations

import re

from qa.compose.base import Composed, Context, Evidence
from qa.compose.rows import in_period, shown_period
from index.zones import find_zones
from qa.items import name_start

# what the question asks in words a sentence may write: a superlative (进步最快, 增长最多) or the top places (前五名)
_ASKED = re.compile(r"[\u4e00-\u9fff]{2}最(?:快|大|多|高|好|强|明显|突出)|前[一二三四五六七八九十\d]{1,2}(?:名|位|强)")
_SAYS = re.compile(r"(?:的(?:开发区|园区|市|县|区)?)?(?:是|为|依次为|依次是|分别为|分别是|[：:])")
_SENTENCE_END = "。！？；;\n"
# the superlative said of the clause's subject (葭川综保区也是全省规划面积最大的综合保税区): the zone before 是 holds it
_STATED_OF = re.compile(r"(?:是|为|成为)(?:全国|全省|全市|全县)?[\u4e00-\u9fff]{0,4}$")


def compose(ctx: Context) -> Composed | None:
    asked = _ASKED.search(ctx.question.text)
    if not asked:
        return None
    # of the places named, or of the whole (a sentence of another place says it of that place: 乙's 投资最大的 asked of 甲)
    named = {p.region for p in ctx.places if p.known and p.region}
    regions = named | {None} if named else {chunk.get("region") for chunk in ctx.chunks.values()}
    found = []
    for chunk in ctx.chunks.values():
        text = chunk["text"]
        for at in (m.start() for m in re.finditer(re.escape(asked.group()), text)):
            says = _SAYS.match(text, at + len(asked.group()))
            holder = None if says else _holder(text, at)
            if not (says or holder) or not in_period(ctx, chunk, ctx.question.period) \
                    or (ctx.doc and chunk["doc"] != ctx.doc) or chunk.get("region") not in regions:
                continue
            start = max(text.rfind(c, 0, at) for c in _SENTENCE_END) + 1
            end = min((i for i in (text.find(c, says.end() if says else at) for c in _SENTENCE_END) if i >= 0),
                      default=len(text))
            found.append((chunk.get("as_of") or 0, chunk, start, end, says.end() if says else None, holder))
    if len({f[1]["id"] for f in found}) != 1:
        return None  # none, or several sentences saying it: no one answer
    _, chunk, start, end, names_at, holder = max(found, key=lambda f: f[0])
    period = shown_period(ctx, chunk)
    ev = Evidence(chunk, start, end, period)
    named = re.split(r"[、和及]", re.split(r"[，,]", chunk["text"][names_at:end])[0]) if names_at else [holder]
    short = named[0][name_start(named[0]):] if len(named) == 1 else ""  # the names its clause lists
    return Composed(ctx.kind, f"{ev.quote}[1]" + (f"（{period}）" if period else ""), [ev], short=short)


def _holder(text: str, at: int) -> str | None:
    """The zone a clause says the superlative at `at` of (甲综保区也是全省…面积最大的…): the last it names before 是."""
    opens = max(text.rfind(c, 0, at) for c in "，,；;。！？\n") + 1
    said = _STATED_OF.search(text, opens, at)
    zones = find_zones(text[opens:said.start()]) if said else []
    return zones[-1][2] if zones else None
