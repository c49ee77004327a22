"""A change against another period asked (增速比一季度回落了多少, 比1-2月加快了几个百分点): the change a later
period's sentence states against that period (增速比一季度回落2.5个百分点), quoted with the rate it changes. The
bulletin's own words answer, before two rates set side by side."""
from __future__ import annotations

import re

from index.periods import find_periods
from index.zones import ZONE_WORD
from qa.compose.base import Composed, Context, Evidence
from qa.compose.rows import Row, evidence, in_period, newest_best, shown_period
from qa.asking_words import CHANGE_ASKED, MOVE_ASKED
from qa.kinds import is_cue
from qa.places import whole_asked, zone_key

_CHANGES = r"加快|放缓|回落|回升|提高|提升|上升|下降|降低|收窄|扩大|增加|减少|[快慢高低多少]"
# 比一季度回落了多少, 较1-2月加快了几个百分点: the period compared against, then the change asked
CHANGE_AGAINST = re.compile(rf"(?:比|较)(?P<against>[^，,。？?比较]{{2,10}}?)(?:相比)?(?:{_CHANGES})了?(?:多少|几)")
# the period a stated change is against, as an indicator writes it (增速比1-2月加快, 降幅较一季度收窄)
_WRITTEN_AGAINST = re.compile(rf"(?:比|较)([^，,。；;比较]{{2,10}}?)(?:{_CHANGES})")


_MOVE_ASKED = re.compile(MOVE_ASKED)
_CHANGE_ASKED = re.compile(CHANGE_ASKED)


def asked(text: str) -> bool:
    """A change against a period asked (增速比一季度回落了多少), or whether a rate narrowed or turned in the one
    period named (萸江上半年降幅有没有收窄: the change its sentence states, against whichever period it names)."""
    return bool(CHANGE_AGAINST.search(text) or (_MOVE_ASKED.search(text) and len(find_periods(text)) == 1))


def _against(text: str) -> str | None:
    """The label of the period a change is asked or written against, if the words before the change name one."""
    found = [p.label for p in find_periods(text)]
    return found[0] if found else None


def _before(fact: dict) -> str:
    """The words of a fact's sentence up to its figure (…实现营业收入497.94亿元，同比增长5.6%，增速比1-2月加快)."""
    return (fact.get("quote") or "")[:fact["start"] - fact.get("quote_start", fact["start"])]


def _names(ctx: Context) -> list[str]:
    """Whose change: the place asked, then its region; the whole (全省开发区…) when it names none ("")."""
    known = [p for p in ctx.places if p.known]
    if known:
        return list(dict.fromkeys([known[0].name, known[0].region]))
    return [""] if whole_asked(ctx.question.text, ctx.places, ctx.question.region) else [ctx.question.region or ""]


def _of_one_zone(ctx: Context, region: str, states) -> list[dict]:
    """The stated changes of a region with none of its own written by its zones, when one zone states them (泷水 by
    泷水港经济开发区's 增速较一季度提高0.5个百分点), as `rows.place_rows` reads a region reported through its zone."""
    facts = [f for f in ctx.snapshot.facts if f.get("region") == region and f.get("entity") not in (None, region)
             and states(f)] if region in ctx.corpus.regions else []
    return facts if len({zone_key(f["entity"]) for f in facts}) == 1 else []


def compose(ctx: Context) -> Composed | None:
    stated = CHANGE_AGAINST.search(ctx.question.text)
    against = _against(stated.group("against")) if stated else None
    if not against and not asked(ctx.question.text):
        return None
    later = [p for p in find_periods(ctx.question.text) if p.label != against]  # the period it changed by
    # of what is asked: every word of the question (营业收入, 进出口) written before the stated change, not 税收收入's
    # (开发区 of 青岚开发区 is whose, not what: a zone word is no such word)
    words = [t for t in ctx.question.terms if len(t) > 1 and not is_cue(t) and not ZONE_WORD.fullmatch(t)
             and not any(t in p.name for p in ctx.places)]
    def states(f: dict) -> bool:
        stated = _WRITTEN_AGAINST.search(f.get("indicator") or "")
        return "百分点" in (f.get("unit") or "") and (not later or in_period(ctx, f, later[0])) \
            and all(w in _before(f) for w in words) and bool(stated) \
            and (against is None or _against(stated.group(1)) == against)
    for name in _names(ctx):
        facts = [f for entity, written in ctx.snapshot.facts_by_entity.items()
                 if entity == name or (entity and name and zone_key(entity) == zone_key(name)) for f in written
                 if states(f)] or _of_one_zone(ctx, name, states)
        rows = [Row(f, 1.0, True, shown_period(ctx, f)) for f in facts]
        row = newest_best(rows)
        if row:
            ev = evidence(ctx, row)
            return Composed("figure", f"{ev.quote}[1]" + (f"（{row.period}）" if row.period else "") + "。", [ev],
                            short=row.fact["figure"])
    return None


# the change a sentence states right after a figure (，同比下降1.2%  ，与上年同期持平)
_STATED_CHANGE = re.compile(r"[，,]\s*(?:同比|环比|与上年同期|比上年同期|较上年同期|比上年|较上年)?[^，,；;。]{0,4}?"
                            r"(?:增长|下降|上升|回落|持平|增加|减少)[^，,；;。]*")


def with_stated_change(ctx: Context, ev: Evidence) -> Evidence:
    """The evidence with the change its sentence states right after it, when the question asks whether the
    figure rose or fell (涨了还是跌了): the bulletin's own words answer, not two cumulative amounts."""
    change = _STATED_CHANGE.match(ev.chunk["text"], ev.end)
    asked = _CHANGE_ASKED.search(ctx.question.text)
    return Evidence(ev.chunk, ev.start, change.end(), ev.period, ev.score) if change and asked else ev
