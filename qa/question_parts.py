"""A question cut into its parts, as a follow-up is read against the question before it: the lead that refers back
(那, 这个指标), its body and its own question words at the end (是多少呢？); the body's places, periods and
indicator (the longest run of words between them and the question words)."""
from __future__ import annotations

import re

from index.zones import ZONE_WORD
from qa.corpus import Corpus
from qa.asking_words import CHANGE_ASKED, RANK_ASKED
from qa.kinds import is_cue
from qa.places import named_places, zone_by_short_name
from qa.question import PLACE_SET
from qa.question_period import BARE_YEAR
from qa.reasked import LEAD, asked_periods

# a question's own question words at its end (多少, 有哪些 …) and its closing particles
_OWN_TAIL = re.compile(r"(?:(?:是|有|为)?(?:多少钱?|几[个家项人]?|多大|多高)|是什么|是啥|叫什么|叫啥|有哪些|有什么|怎么样|咋样|如何|"
                       r"(?:相|对|(?<![同环]))比(?:较)?(?:一下)?(?:呢|的话)?(?:[，,]?(?:哪个|哪家|谁)的?(?:更|最|较)?(?:高|低|多|少|快|慢|大|小)"
                       r"(?:一些|一点)?)?)?(?:的情况|情况)?(?:呢|啊|呀)?[？?。!！\s]*$")
# a follow-up that adds a place to compare with (和平定经开区比哪个高？): the previous places stay
ADDS = re.compile(r"^(?:再?和|与|跟|同(?![比期样]))")  # not 同比, 同期
# question words anywhere in a question: what is left between them, places and periods is the indicator
ASK_WORDS = re.compile(r"[这近前]?[几两三四五]期(?:下来|以来)?|[各每历]期|历次|走势|趋势|变化|变动|分别|各自|是多少|是什么|多少|几|"
                       rf"(?:哪|各|每)[个家些里位]?(?:{ZONE_WORD.pattern}|市|县|区)?|什么|谁|怎么?样?|如何|咋样?|有何|有哪些|"
                       r"[最更较](?:高|低|多|少|快|慢|大|小)|[？?。!！]|目标|今年|本年|" + CHANGE_ASKED + "|" + RANK_ASKED
                       + "|" + PLACE_SET.pattern)  # 两市: who is asked, no indicator
# a set of zones (三个重点开发区, 各开发区): narrows the previous place, does not replace it
_ZONE_SET = re.compile(rf"^((?:[各每几两三四五六七八九十]个?|所有|全部)?(?:重点)?)的?(?:{ZONE_WORD.pattern})(?:分别|各自)?$")
FILLER = "的之、和与及跟 "
_SAME_PERIOD = re.compile(r"^(?:同期|同一时期|同时期|同一期|这一期|该期)$")
_THERE = re.compile(r"(?:那|这)(?:边|里|儿|块)|方面")  # a word pointing at the place before it: where, not what
# those words asked of each thing named (一季度和上半年分别多少？): no indicator of the body; after 这三期/历次
# they ask over the issues (qa/reasked.py: RANK_ONLY)
_ASKED_TAIL = re.compile(r"(?:(?<![期次])(?:分别|各自?))?" + _OWN_TAIL.pattern)  # 榴城和萁阳呢？各是多少

THEN_ASKED = re.compile(r"呢[？?，,\s]*(?=.)")  # 全年呢？概括一下: the period named, then what is asked of it


def named_spans(text: str, corpus: Corpus) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(place spans, period spans) of a text; a region's span with the 市, 县 or 区 written after its name (岚溪市,
    榉口区; not the 区 of 区域); a year named alone (2025年全省…) is a period a follow-up's period replaces."""
    periods = asked_periods(text)
    periods = sorted(periods + [m.span() for m in BARE_YEAR.finditer(text)
                                if not any(s <= m.start() < e for s, e in periods)])
    return [(p.start, p.end + (p.name == p.region and text[p.end:p.end + 1] in ("市", "县", "区")
                               and text[p.end:p.end + 2] != "区域"))
            for p in named_places(text, corpus)], periods


def _indicator(text: str, marks: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The longest run of text outside `marks` and the question words, fillers trimmed (None: none)."""
    cuts = sorted(marks + [m.span() for m in ASK_WORDS.finditer(text)])
    runs, at = [], 0
    for s, e in cuts + [(len(text), len(text))]:
        if s > at:
            runs.append((at, s))
        at = max(at, e)
    trimmed = []
    for s, e in runs:
        while s < e and text[s] in FILLER:
            s += 1
        while e > s and text[e - 1] in FILLER:
            e -= 1
        if e - s >= 2 and not is_cue(text[s:e]):  # 谁更胜一筹: how the figures are compared, no indicator
            trimmed.append((s, e))
    return max(trimmed, key=lambda span: span[1] - span[0], default=None)


_WHOLE = re.compile(r"全[省市国]")  # 全省开发区营业收入: the whole is whose figure, not part of what it counts


def slots_of(text: str, corpus: Corpus, whole: bool = False) -> dict[str, tuple[int, int] | None]:
    """(start, end) of the places, the periods and the indicator of a question (None: absent); with `whole`, the
    whole named (全省开发区…) is its place, which a place the follow-up names replaces."""
    places, periods = named_spans(text, corpus)
    if whole and not places:
        places = [m.span() for m in _WHOLE.finditer(text)][:1]
    return {"place": (places[0][0], places[-1][1]) if places else None,
            "period": (periods[0][0], periods[-1][1]) if periods else None,
            "indicator": _indicator(text, places + periods)}


def _periods_written(body: str, periods: list[tuple[int, int]]) -> str:
    """The periods a follow-up names, with the word joining two of them (上半年和前三季度: both asked, not one
    period 上半年前三季度)."""
    text = ""
    for k, (s, e) in enumerate(periods):
        joiner = body[periods[k - 1][1]:s] if k else ""
        text += (joiner if re.fullmatch(r"[和与及、跟]", joiner) else "") + body[s:e]
    return text


def parts_of(body: str, corpus: Corpus) -> dict[str, str]:
    """What a follow-up's body names: its places, its periods, and the rest (an indicator)."""
    places = named_places(body, corpus)
    spans, periods = named_spans(body, corpus)
    rest = body
    for s, e in sorted(spans + periods, reverse=True):
        rest = rest[:s] + rest[e:]
    rest = _SAME_PERIOD.sub("", rest.strip(FILLER)).strip(FILLER)  # 桑陵同期呢: the previous period, no indicator
    rest = "" if places and _THERE.fullmatch(rest) else rest  # 阳泉那边, 晋中这块, 平定方面: the place pointed at
    short_zone = None if places else zone_by_short_name(rest, corpus)
    if short_zone:  # 平定呢: the one zone of that name
        return {"place": short_zone, "period": _periods_written(body, periods), "indicator": "", "zones": ""}
    zones = _ZONE_SET.match(rest)  # 三个重点开发区; a bare 开发区 (晋中的开发区呢) only names the place's zones
    return {"place": "、".join(p.name for p in places), "period": _periods_written(body, periods),
            "indicator": "" if zones else rest, "zones": rest if zones and zones.group(1) else ""}


def cut(text: str) -> tuple[str, str, bool]:
    """(body, own question words, whether it adds places) of a question: the lead that refers back, a
    joiner that adds (和…比) and the particles dropped."""
    text = text[LEAD.match(text).end():]
    tail = _ASKED_TAIL.search(text)
    body, adds = THEN_ASKED.sub("", text[:tail.start()]), ADDS.match(text)  # 上半年呢，增长多少: 上半年增长
    body = body[adds.end():] if adds else body
    return body.strip(FILLER + "呢？?，,"), re.sub(r"的?情况|[呢啊呀？?。!！\s，,]", "", tail.group()), bool(adds)
