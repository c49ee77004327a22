"""how, when the item that answers says it in words of its own: a remedy asked of a problem (如何解决职工宿舍等
配套不足的问题 → 加快人才公寓建设; 传统产业占比偏高打算怎么办 → 推动煤化工产业高端化改造), or a plan asked of an aim
(打算怎么提高亩均效益 → 实施“亩均论英雄”改革).

The bulletin states the problem in the question's words, in a section of problems; the item that answers is one
of the sections wanted (plans when plans are asked, else any but problems) of the same place and zone, and it
repeats words of the problem (or of the question's aim). Each candidate scores the share of those words it
repeats plus a part of its retrieval score, times how well its problem matches the question.
"""
from __future__ import annotations

import re
from dataclasses import replace

from qa.compose import listing
from qa.compose.base import Composed, Context
from qa.compose.how import item_answer, next_passage, whole_naming_place
from qa.compose.how_issue import NEWEST_SAID, of_issue_read
from qa.compose.ways_told import AIM, DOING, WAY
from qa.corpus import bigrams
from qa.meanings import (REMEDIES, asks_plans, asks_remedy, names_section, tells_measures, tells_plans,
                         tells_problems)
from qa.relevance import coverage

MIN_PROBLEM = 0.4       # share of the question's words a reported problem holds to be the one asked about
MAX_PROBLEMS = 3
MIN_SHARED = 0.1        # share of the problem's (or aim's) words an item repeats to answer it (one word of ten)
MIN_AIM_SHARED = 0.2    # … of the question's own words, when no problem reported is what it asks about
RETRIEVAL_PART = 0.3    # how much retrieval's score (1.0 the best passage) adds to the words shared
_UNIT = re.compile(r"[^；;。]+[；;。]?")  # a problem or measure: a clause list's part, or a sentence
_CLAUSE = re.compile(r"[^，,；;。]+")
# a target (力争…, 确保…) opening a plan's part
_TARGET = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}是|[①-⑳]|\d{1,2}[.．、])?(?:力争|确保|争取|努力)")


def _weights(text: str, ctx: Context) -> dict[str, float]:
    """IDF weights of the Chinese bigrams of a text, but its cities: a remedy repeats what the problem is about,
    not the city it is in (鹤鸣 in a plan of 鹤鸣高新区 does not answer 鹤鸣经开区's problem), nor its figures."""
    for name in sorted(ctx.corpus.regions, key=len, reverse=True):
        text = text.replace(name, " ")
    pieces = re.sub(r"[^\u4e00-\u9fff]", " ", text).split()
    return {b: ctx.corpus.weight(b) for piece in pieces for b in bigrams(piece)}


def _problems(ctx: Context, asked: dict[str, float], hits=None) -> list[tuple[float, str, dict]]:
    """(how well it matches the question, its text, its chunk) of the problems reported that the question names, among
    `hits` (the question's own by default)."""
    found = []
    for hit in ctx.hits if hits is None else hits:
        chunk = ctx.chunks[hit.node.node_id]
        if not tells_problems(chunk.get("section")):
            continue
        place = f"{chunk.get('region') or ''}{chunk.get('zone') or ''}"
        for unit in _UNIT.findall(chunk["text"]):
            score = coverage(unit + place, asked)
            if score >= MIN_PROBLEM:
                found.append((score, _named_clauses(unit, asked), chunk))
    return sorted(found, key=lambda p: -p[0])[:MAX_PROBLEMS]


def _named_clauses(unit: str, asked: dict[str, float]) -> str:
    """The clauses of a problem that hold words of the question (营业收入持续负增长 of 营业收入持续负增长，传统煤化工
    产业占比偏高): the problem asked, not those stated beside it; the whole when none alone does."""
    named = [c for c in _CLAUSE.findall(unit) if coverage(c, asked) > 0]
    return "，".join(named) or unit


def _fits(chunk: dict, anchor: dict | None, ctx: Context, plans_only: bool, strict: bool) -> bool:
    """Whether a chunk may answer: of a wanted section, and of the problem's place and zone (the question's zone);
    `strict`, only what the problem's own bulletin plans or does about it (an achievement there restates the state
    the problem reports: 实际使用外资…同比下降6.2%)."""
    section = chunk.get("section")
    if tells_problems(section) or (plans_only and not tells_plans(section)):
        return False
    zone = chunk.get("zone")
    if anchor is not None:
        return chunk.get("region") == anchor.get("region") and (not zone or not anchor.get("zone")
                                                                 or zone == anchor["zone"]) and (
            not strict or (chunk.get("doc") == anchor.get("doc") and (tells_plans(section) or tells_measures(section))))
    return not (zone and ctx.question.zone and zone != ctx.question.zone)


def _best(anchors: list, ctx: Context, plans_only: bool, strict: bool) -> tuple | None:
    """(value, hit, start, end) of the unit that best meets a problem (or the aim) among the anchors' hits."""
    best = None
    for score, words, anchor, hits, min_shared in anchors:
        top = max((h.score or 0.0 for h in hits), default=0.0) or 1.0
        for hit in hits:
            chunk = ctx.chunks[hit.node.node_id]
            if not _fits(chunk, anchor, ctx, plans_only, strict):
                continue
            for m in _UNIT.finditer(chunk["text"]):
                shared = coverage(m.group(), words)
                value = score * (shared + RETRIEVAL_PART * (hit.score or 0.0) / top)
                if shared >= min_shared and (best is None or value > best[0]):
                    best = (value, hit, m.start(), m.end())
    return best


def _plans(ctx: Context, asked_alone: bool = False) -> Composed | None:
    """The plans of the places asked; `asked_alone`: of those places alone, not of what else the question names (the
    problem it asks about, whose section is no plan)."""
    places = "、".join(dict.fromkeys(p.name for p in ctx.places if p.known))
    text = f"{places if asked_alone else ctx.text}有哪些打算"
    return listing.compose(replace(ctx, text=text, question=replace(ctx.question, text=text, terms=[])))


def compose(ctx: Context) -> Composed | None:
    plans_only = asks_plans(ctx.text)
    if not (asks_remedy(ctx.text) or plans_only):
        return None
    content = [t for t in ctx.question.terms
               if not (AIM.fullmatch(t) or WAY.fullmatch(t) or t in REMEDIES or names_section(t, ctx.text))]
    asked = _weights(" ".join(content), ctx)
    if not asked:  # 打算怎么解决？ after the problems were listed: what the place plans
        return _plans(ctx) if plans_only else None
    # the problems reported, each with its own retrieval; else the question's aim itself, with its hits
    # the place's own problems, else those the whole's part reports of it (全省开发区实际使用外资…，其中桉平市同比增长
    # -12.4%), met by the whole's plans
    problems = _problems(ctx, asked) or _problems(ctx, asked, whole_naming_place(ctx))
    if ctx.question.period is None and NEWEST_SAID.search(ctx.text):  # 最近打算怎么解决: as the newest issue reports it
        problems = of_issue_read(problems, ctx.text, lambda p: p[0], lambda p: p[2])
    anchors = [(score, _weights(unit, ctx), chunk, ctx.retrieve(unit, anywhere=chunk.get("region") is None), MIN_SHARED)
               for score, unit, chunk in problems]
    if not anchors:  # a problem reported is what is asked about: a passage of other words is no remedy of it
        anchors.append((MIN_PROBLEM, asked, None, ctx.hits, MIN_AIM_SHARED))
    best = _best(anchors, ctx, plans_only, strict=True) or _best(anchors, ctx, plans_only, strict=False)
    if best is None:
        # 主导产业不突出，下步准备怎么办 where no plan repeats the problem's words: what the place plans in the bulletin
        # that reports the problem (its plans cell beside its problems cell); withheld when several bulletins report it
        # (their plans are of different periods)
        reported = [anchor for _, _, anchor, _, _ in anchors if anchor is not None]
        if not plans_only or len({anchor["doc"] for anchor in reported}) != 1:
            return None
        reported = reported[0]
        if reported.get("region") is None:  # the whole's problem: the whole's plans
            ctx = replace(ctx, places=[], question=replace(ctx.question, region=None))
        return _plans(replace(ctx, doc=reported["doc"]), asked_alone=True)
    _, hit, start, end = best
    chunk, then = ctx.chunks[hit.node.node_id], ()
    if _TARGET.match(chunk["text"], start) and not DOING.search(chunk["text"], start, end):
        # a target (一是力争营业收入止跌回稳) says where to get, not how: the measure after it does, unless it meets
        # another problem the bulletin reports (二是推动化工产业高端化改造 of 化工产业占比偏高)
        others = _weights(" ".join(c for a in anchors if a[2] for c in _CLAUSE.findall(a[2]["text"])
                                   if not coverage(c, asked)), ctx)
        following = _UNIT.search(chunk["text"], end)
        measure = following.group() if following else (next_passage(ctx, chunk) or {}).get("text", "")
        if measure and coverage(measure, others) < MIN_SHARED:
            if following:
                end = following.end()
            else:
                then = (next_passage(ctx, chunk),)
    return item_answer(ctx, chunk, start, end, hit.node.metadata.get("period"), best[0], then)
