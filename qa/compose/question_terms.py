"""The terms a figure question asks to be counted, as bigram weights: not its places, set of zones, kind words nor
the words that only say how figures are set side by side (跌得最厉害) or over which issues (三个季度下来)."""
from __future__ import annotations

import re

from index.zones import ZONE_WORD
from qa.asked import FALL_SIZE
from qa.compose.base import Context
from qa.compose.entities import ACROSS_ZONES
from qa.corpus import bigrams
from qa.asking_words import CHANGE_ASKED, CHANGE_BETWEEN_PERIODS, CHANGED_ASKED, MORE_OR_LESS, MOVE_ASKED, SPAN_OF_ISSUES
from qa.kinds import is_cue
from qa.words import tagged

_CHANGE_ASKED = re.compile(CHANGE_ASKED)
_BETWEEN_PERIODS = re.compile(CHANGE_BETWEEN_PERIODS)  # 环比变化: a trend asked, no word the row writes
_CHANGED_ASKED = re.compile(CHANGED_ASKED)  # 回升了吗: whether, not what
_MORE_OR_LESS = re.compile(MORE_OR_LESS)  # 多了还是少了: whether, not what
_MOVE_ASKED = re.compile(MOVE_ASKED)  # 有没有起色, 好转了吗: whether it fared better, not what
_FALL_SIZE = re.compile(FALL_SIZE)  # 降幅最大: how much it fell, no word the row writes
_SPAN_OF_ISSUES = re.compile(SPAN_OF_ISSUES)  # 三个季度下来: over the issues, no word the row writes
# 筠塘两个重点项目各完成多少: how many things the figures are asked of, no word their rows write
_THINGS_COUNTED = re.compile(r"[两二三四五六七八九十几][个家项](?=[^，,。？?]{0,12}?(?:各|分别))")


def question_weights(ctx: Context, also_skip: str = "") -> dict[str, float]:
    """The bigram weights of the question's terms; not of its places, set of zones, change asked (一路增加的吗)
    nor `also_skip`: they say whose figure and what kind, not what it counts."""
    asked = ctx.question.text
    counties = [w for p in ctx.places for w in [asked[p.start:p.end]] if w in ctx.corpus.counties]  # 琮东区的两个开发区
    skip = also_skip + "".join(p.name for p in ctx.places) + "".join(counties) + "".join(
        m.group() for pattern in (ACROSS_ZONES, _CHANGE_ASKED, _CHANGED_ASKED, _MORE_OR_LESS, _MOVE_ASKED, _FALL_SIZE,
                                  _BETWEEN_PERIODS, _SPAN_OF_ISSUES, _THINGS_COUNTED)
        for m in pattern.finditer(asked))
    terms = [_JOINED.sub("", _without_places(t, ctx.places, asked)) for t in ctx.question.terms]  # 和栖凤: a cut across a name
    terms = [_without_new(t) for t in terms
             if len(t) > 1 and t not in skip and not is_cue(t) and not ZONE_WORD.fullmatch(t)
             and not _how_said(ctx, t)]
    return {b: ctx.corpus.weight(b) for t in terms for b in bigrams(t)}


_NOT_THINGS = {"a", "ad", "d", "i", "l"}  # adjectives, adverbs, idioms (a verb may be counted: 就业; a year withheld: 2024)


def _how_said(ctx: Context, term: str) -> bool:
    """Whether a term only says how the figures are set side by side (跌得最厉害, 一并列出): an adjective, adverb or idiom
    no bulletin writes. What a row counts is a noun or a verb (新增就业), or words the bulletins write."""
    return not ctx.corpus.contains(term) and all(w.flag in _NOT_THINGS for w in tagged(term))


def _without_new(term: str) -> str:
    """新签约 → 签约: 新 before a verb says 'newly', which a period's figure is anyway (签约项目98个 of 1-11月)."""
    rest = term[1:]
    newly = term.startswith("新") and len(rest) >= 2 and [w.flag for w in tagged(rest)] == ["v"]
    return rest if newly else term


# 和栖凤: a cut across a name; 的市 of 超过8%的市: the particle of what stands before it, no word of what is counted
_JOINED = re.compile(r"^[和与及跟、的]|[和与及跟、]$")


_DIVISION = "市县区"


def _without_places(term: str, places: list, asked: str) -> str:
    """The term without the places' names, nor the 市 (县, 区) a term opens with right after a place (芗岙|市开发区, as
    jieba cuts a name no bulletin writes): that is the place's, not what is counted."""
    for place in places:
        term = term.replace(place.name, "")
        if term[:1] in _DIVISION and asked.startswith(term, place.end):
            term = term[1:]
    return term
