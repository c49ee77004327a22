"""said: a superlative or a ranking's top places asked (进步最快的开发区是哪个, 前五名是哪几个) that a sentence of the
bulletin states: `进步最快的是琅埔化工产业园`, `…为全省进步最大的开发区`, `协议投资额增速居前三位的是甲、乙、丙`. `stated`
quotes such a sentence before any ranking worked out from a table (the bulletin's own words name the zone as it is
known, and may weigh more than one column); `compose`, tried last, any sentence in the question's own words."""
from __future__ import annotations

import re

from qa.answer import coverage
from qa.compose.base import Composed, Context, Evidence, place_evidence
from qa.compose.question_terms import question_weights
from qa.compose.rows import MIN_MATCH, in_period, shown_period
from qa.compose.standings import FIRST_FEW, UP_ASKED, count
from qa.question import RATE_SYNONYMS
from index.zones import find_zones
from qa.items import name_start

# what the question asks in words a sentence may write: a superlative (进步最快, 增长最多) or the top places (前五名)
_ASKED = re.compile(r"[\u4e00-\u9fff]{2}最(?:快|大|多|高|好|强|明显|突出)|前[一二三四五六七八九十\d]{1,2}(?:名|位|强)")
_SAYS = re.compile(r"(?:的(?:开发区|园区|市|县|区)?)?(?:是|为|依次为|依次是|分别为|分别是|[：:])")
_SENTENCE_END = "。！？；;\n"
# the superlative said of the clause's subject (葭川综保区也是全省规划面积最大的综合保税区): the zone before 是 holds it
_STATED_OF = re.compile(r"(?:是|为|成为)(?:全国|全省|全市|全县)?[\u4e00-\u9fff]{0,4}$")
# the largest move up a ranking, however asked (排名提升最多, 进步幅度最大), as a bulletin states it: 进步最快 (最大…)
_UP_SAID = re.compile(r"进步(?:幅度)?最(?:快|大|多|明显)")
_NUMERALS = "一二三四五六七八九十"


def compose(ctx: Context) -> Composed | None:
    asked = _ASKED.search(ctx.question.text)
    return _said(ctx, re.compile(re.escape(asked.group()))) if asked else None


def stated(ctx: Context) -> Composed | None:
    """The largest move up asked (进步最大, 位次上升最多), or the first N of a measure (协议投资额增速排前三), that one
    sentence of the period asked states; the first N only of the measure asked (its words before the claim)."""
    if UP_ASKED.search(ctx.text):
        return _said(ctx, _UP_SAID)
    first = FIRST_FEW.search(ctx.question.text)  # 排前三的, 前三位 (not 前三季度)
    if not first:
        return None
    n = count(first.group(1))
    written = "|".join({str(n), _NUMERALS[n - 1] if n <= len(_NUMERALS) else str(n)} | ({"两"} if n == 2 else set()))
    weights = question_weights(ctx, also_skip=first.group())
    return _said(ctx, re.compile(rf"(?<!倒数)前(?:{written})(?:[名位强])?(?![\d季个月])"),
                 lambda sentence: bool(weights) and coverage(_rates_said_alike(sentence), weights) >= MIN_MATCH)


def _rates_said_alike(text: str) -> str:
    """增速居前三位 read as the question's terms read 增幅, 增速 (增长)."""
    for said, term in RATE_SYNONYMS.items():
        text = text.replace(said, term)
    return text


def _said(ctx: Context, claim: re.Pattern, of_measure=None) -> Composed | None:
    """The one sentence of the period and places asked writing `claim` of a place (`of_measure`: the words before
    it hold what is asked): its names after 是 (…的是甲、乙), or the zone it is said of (甲…，为全省进步最快的开发区)."""
    # of the places named, or of the whole (a sentence of another place says it of that place: 乙's 投资最大的 asked of 甲)
    named = {p.region for p in ctx.places if p.known and p.region}
    regions = named | {None} if named else {chunk.get("region") for chunk in ctx.chunks.values()}
    found = []
    for chunk in ctx.chunks.values():
        text = chunk["text"]
        if not in_period(ctx, chunk, ctx.question.period) or (ctx.doc and chunk["doc"] != ctx.doc) \
                or chunk.get("region") not in regions:
            continue
        for m in claim.finditer(text):
            says = _SAYS.match(text, m.end())
            start = max(text.rfind(c, 0, m.start()) for c in _SENTENCE_END) + 1
            clause = max(text.rfind(c, 0, m.start()) for c in "，,；;。！？\n") + 1
            of_subject = None if says else _STATED_OF.search(text, clause, m.start())
            holder = _holder(text, start, clause, of_subject) if of_subject else None
            if not (says or holder or of_subject and chunk.get("place_line")) \
                    or (of_measure and not of_measure(text[start:m.start()])):
                continue
            end = min((i for i in (text.find(c, says.end() if says else m.end()) for c in _SENTENCE_END) if i >= 0),
                      default=len(text))
            found.append((chunk, start, end, says.end() if says else None, holder))
    if len({f[0]["id"] for f in found}) != 1:
        return None  # none, or several sentences saying it: no one answer
    chunk, start, end, names_at, holder = found[0]
    period = shown_period(ctx, chunk)
    ev = Evidence(chunk, start, end, period)
    if names_at:
        named = re.split(r"[、和及]", re.split(r"[，,]", chunk["text"][names_at:end])[0])
        short = named[0][name_start(named[0]):] if len(named) == 1 else ""  # the names its clause lists
        return Composed(ctx.kind, f"{ev.quote}[1]" + (f"（{period}）" if period else ""), [ev], short=short)
    line = None if holder else place_evidence(chunk, ctx.chunks)  # 葳山经开区：| 综合得分…，为全省进步最大的开发区
    zones = find_zones(line.quote) if line else []
    name = holder or (zones[0][2] if zones else "")
    if not name:
        return None
    cited, mark = ([ev, line], "[2]") if line else ([ev], "")
    return Composed(ctx.kind, f"{name}{mark}：{ev.quote}[1]" + (f"（{period}）" if period else ""), cited, short=name)


def _holder(text: str, opens: int, clause: int, said: re.Match) -> str | None:
    """The zone a sentence says a superlative of (`said`: 是 before it in the clause opening at `clause`): the last
    that clause names (甲综保区也是全省…面积最大的…), else the sentence's subject, the first zone it names
    (甲经开区得分93.2分，…，为全省进步最快的开发区)."""
    zones = find_zones(text[clause:said.start()])
    subject = find_zones(text[opens:clause])
    return zones[-1][2] if zones else subject[0][2] if subject else None
