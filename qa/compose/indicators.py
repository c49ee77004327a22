"""each, over indicators: one figure per indicator a question joins for one place (阳泉一季度工业投资和开工率
分别是多少？), each answered as a question of its own by the figure composer; an indicator nothing answers is
said so."""
from __future__ import annotations

import re
from dataclasses import replace

from index.periods import period_spans
from qa.compose import figure
from qa.compose.base import Composed, Context
from qa.compose.entities import asks_across_zones
from index.zones import ZONE_WORD
from qa.places import whole_asked
from qa.question import PLACE_SET, analyse_question

_JOINER = re.compile(r"以及|[和与及、]")
_WHOLE_SUBJECT = re.compile(rf"全[省国市县区](?:各?(?:{ZONE_WORD.pattern}))?(?=.)")  # 全省开发区 before what it reports
# what a question asks of each indicator, at its end
_ASKED = re.compile(r"(?:分别|各自?|都)?(?:是|为|有)?(?:多少|几[个家项]?)(?:呢)?[？?。!！\s]*$")


def indicators_joined(ctx: Context) -> tuple[str, list[str]]:
    """(the words before the indicators: place, period; the indicators) of a question joining two or more
    indicators of at most one place (工业投资和开工率); ("", []) for any other question."""
    text = ctx.question.text
    asked = _ASKED.search(text)
    if not asked or len(ctx.places) > 1 or asks_across_zones(text) or PLACE_SET.search(text):
        return "", []  # several places (各开发区, 两市): each place's figure, not each indicator
    body = text[:asked.start()]
    named_ends = [p.end for p in ctx.places] + [end for _, end in period_spans(body)]
    lead = max([end for end in named_ends if end <= len(body)], default=0)
    pieces = [p.strip("的 ") for p in _JOINER.split(body[lead:])]
    subject = _WHOLE_SUBJECT.match(pieces[0]) if whole_asked(text, ctx.places, ctx.question.region) else None
    if subject:  # 全省开发区营收、外资…: the whole is every indicator's, not the first one's alone
        lead, pieces[0] = lead + len(subject.group()), pieces[0][subject.end():].strip("的 ")
    if len(pieces) < 2 or any(len(p) < 2 for p in pieces):
        return "", []
    return body[:lead], pieces


def compose(ctx: Context) -> Composed | None:
    lead, pieces = indicators_joined(ctx)
    if not pieces:
        return None
    lines, cited, missing = [], [], []
    for piece in pieces:
        text = f"{lead}{piece}是多少？"
        sub = replace(ctx, text=text, question=analyse_question(text, ctx.corpus, ctx.question.region),
                      kind="figure", extra={})
        answered = figure.compose(sub)
        if not answered or not answered.evidence:
            missing.append(piece)
            continue
        best = answered.evidence[0]
        cited.append(best)
        period = best.period or best.chunk.get("period")
        lines.append(f"{piece}：{best.quote}[{len(cited)}]" + (f"（{period}）" if period else ""))
    if not cited:
        return None
    answer = "；\n".join(lines) + "。" + (f"\n公报中没有找到{'、'.join(missing)}的数字。" if missing else "")
    return Composed("each", answer, cited)
