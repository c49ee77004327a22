"""A question that names only places or periods: nothing asked about them (晋中？ 阳泉高新区), which is withheld, or
only how they are doing (晋中的情况, 阳泉怎么样), which is a summary."""
from __future__ import annotations

import re

from qa.question_parts import FILLER, cut, named_spans
from qa.corpus import Corpus
from qa.question_period import BARE_YEAR

_DIVISIONS = ("市", "县", "区")
# how a place is doing as a whole (情况怎么样, 概貌, 基本面, 进展如何, 总的看), or a report asked of it (汇报一下, 给我讲一下,
# 捋一捋, 工作小结)
_OVERVIEW = re.compile(r"总体|整体|大体|大致|大概|综合|全面|总的看?|情况|状况|概况|概貌|全貌|概要|简要|简介|基本面|一览|小结"
                       r"|进展|成效|(?:工作|运行|发展)得?|怎么样|咋样|如何|怎样"
                       r"|汇报|通报|[讲说捋](?:一[讲说捋])?|[讲说捋]?一下|请(?!问)|[给帮]我|简单"
                       # the newest it is (最近情况怎么样, 最新情况, 今年以来的情况): no topic, the newest bulletin's
                       r"|最近|最新|近期|近况|目前|当前|眼下|现在|(?:今年)?以来")
# the zones of the place named, which every bulletin reports on (蒲渚市开发区情况怎么样, 汇报一下晋中开发区工作): no
# topic of their own
_ITS_ZONES = re.compile(r"的?(?:各|全市|全县|全区)?(?:开发区|园区)(?:的|工作)?")


def _named_alone(text: str, corpus: Corpus, zones: bool = False, titles: str = "") -> tuple[list[str], str]:
    """(the places and periods a question names when its body names nothing else but how it is doing (`zones`:
    or their zones as a whole, or the subject of a bulletin whose title `titles` holds), else []; the rest of the
    question, its own question words and closing words)."""
    text = text.strip()
    body, own_words, _ = cut(text)
    places, periods = named_spans(body, corpus)
    # a year written alone (2025年芮溪产业园情况怎么样) names a period as much as 一季度 does
    periods += [m.span() for m in BARE_YEAR.finditer(body) if not any(s <= m.start() < e for s, e in periods)]
    # 芷川区 of the region 芷川: the division written after the name is the place's own
    places = [(s, e + (body[e:e + 1] in _DIVISIONS and e < len(body))) for s, e in places]
    rest = body
    for s, e in sorted(places + periods, reverse=True):
        rest = rest[:s] + rest[e:]
    rest = _ITS_ZONES.sub("", rest) if zones and places else rest
    rest = _without_title_words(rest, titles) if zones and (places or periods) else rest
    named = [] if _OVERVIEW.sub("", rest).strip(FILLER) else [body[s:e] for s, e in sorted(places + periods)]
    return named, rest + (text[text.find(body) + len(body):] if body else text)


def _without_title_words(text: str, titles: str) -> str:
    """`text` without the runs of two characters or more that a bulletin's title writes (综合发展水平评价结果 of
    …综合发展水平评价结果通报): asked how a place did in it, the bulletin's subject is no topic of its own."""
    at, kept = 0, []
    while at < len(text):
        end = next((e for e in range(len(text), at + 1, -1) if text[at:e] in titles), None)
        kept.append("" if end else text[at])
        at = end or at + 1
    return "".join(kept)


def names_only(text: str, corpus: Corpus) -> list[str]:
    """The places (or periods) a question names when it says nothing else about them (晋中？ 阳泉高新区):
    it does not say what it asks about. [] for a question that does."""
    named, tail = _named_alone(text, corpus)
    return named if not _OVERVIEW.search(tail) and not cut(text.strip())[1] else []


def asks_overview(text: str, corpus: Corpus, titles: str = "") -> bool:
    """Whether a question asks how a place is doing as a whole (晋中的情况, 阳泉怎么样), or in a bulletin as its title
    names it (蓥江市2025年的评价结果怎么样, `titles` holding …综合发展水平评价结果通报): a summary."""
    named, tail = _named_alone(text, corpus, zones=True, titles=titles)
    return bool(named) and bool(_OVERVIEW.search(tail))
