"""summary: each section's items as an outline (region, section, numbered item titles with their first figures, a
section of prose by its lead and its further paragraphs' sentence leads, paragraphs under no heading by their
sentences' leads), each cited; only the sections the question names, when it names some. A place's summary ends with
its rows of the tables of the bulletins summarised (their figures, which the prose leaves to the table)."""
from __future__ import annotations

import re
from dataclasses import replace

from index.owners import is_table_row
from index.zones import ZONE_WORD, find_zones, is_zone, written_short
from qa.compose.base import Composed, Context
from qa.compose.leads import Item
from qa.compose.outline_text import heading, outline_answer
from qa.compose.sections import Section, joined, named_sections, question_regions, sections_for

_OVERALL = re.compile(r"总体|整体|大体")  # 总体情况如何: the whole asked, no heading 总体情况 named
# how a topic is going asked (招商引资进展如何, 项目建设情况怎么样): the section whose heading names that topic
STATE_ASKED = re.compile(r"(?:进展|进度|情况)(?:怎么样|咋样|如何|怎样)[？?。呢]*$")
# what a heading says of its topic (项目建设进展, 招商引资情况, 一、主要工作成效): its topic is the rest
_HEADING_FRAME = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）])\s*"
                            r"|(?:工作)?(?:进展|进度|情况|成效)(?:情况)?$")
# a bulletin asked of as a whole, by its kind (那期专报讲了啥, 评价通报简单介绍一下, 发布会主要内容): its own part (the
# whole's: 总体情况, the opening's figures) before its places'
_A_BULLETIN = re.compile(r"通报|专报|简报|快报|月报|报告|材料|纪要|讲话|发布会|答记者问|台账|清单|工作总结|工作动态")
_CAPTION = re.compile(r"^附?表\s*\d*\s*[：:]?\s*(.+)")  # 表1  一季度各开发区主要指标: the table its rows follow
TABLE = "表"
_SENTENCE_END = re.compile(r"[。！？!?]")  # the heading of a place's table rows when no caption precedes them
_MARKS_MAX = 3  # characters of bullets and ordinals before the zone a line opens with (▪ , 1., （一）)


def compose(ctx: Context) -> Composed | None:
    regions = question_regions(ctx)
    # chosen by the asker or named by its kind (讲话里…), asked of no place; or named by its subject
    titled = (ctx.doc if not any(p.known for p in ctx.places) else None) or ctx.named_bulletin
    asked = _OVERALL.sub("", ctx.question.text)
    if titled:  # 督查情况概括一下: that bulletin's summary, its own part (the whole's) first, then its regions'
        ctx, regions = replace(ctx, doc=titled), list(dict.fromkeys(["", *regions]))
    sections = sections_for(ctx, regions)
    named = named_sections(ctx, sections, asked)
    if not {"", None} & set(regions) and not any(p.known for p in ctx.places):  # None: every part read already
        # a part asked of no place (外贸外资方面的情况, a theme the bulletin tells city by city): the whole's own lead
        # under that heading too, and every part in the bulletin's order; a part only the whole has (存在的问题, 对策建议
        # of a bulletin whose cities' parts tell their figures alone) is the whole's alone
        named = sorted(named_sections(ctx, sections_for(ctx, [""]), asked) + named,
                       key=lambda s: (s.doc, s.items[0].chunk.get("start") or 0))
    # 那期专报讲了啥, asked of no place: the bulletins of the period as wholes, their own parts first
    whole = sections_for(ctx, [""]) if not ({"", None} & set(regions) or any(p.known for p in ctx.places)) \
        and _A_BULLETIN.search(asked) else []
    sections = named or whole + sections + _rows(ctx, sections)
    if not sections:
        return None
    # every paragraph's lead: those before the section's items too (the whole's key figures over its bullets)
    sections = _zones_own(ctx, joined([replace(s, items=s.opening + s.items + s.more) for s in sections]))
    answer, evidence = outline_answer(sections, lambda section: f"【{heading(section)}】", gist=True)
    return Composed("summary", answer, evidence)


def _zones_own(ctx: Context, sections: list[Section]) -> list[Section]:
    """A zone asked, not its city (青磬化工园区 of 栾江): of the city's sections, the items whose sentence names the zone,
    each to its sentence's end (a zone's lines are few, and what it did follows its figures: …增长3.8%；完成封闭化管理
    改造, quoted whole); the sections as they are when none names it."""
    zones = {written_short(p.name) for p in ctx.places
             if p.known and p.region and is_zone(p.name) and written_short(p.name) != written_short(p.region)}
    if not zones:
        return sections

    def sentence(item: Item) -> str:
        text = item.chunk["text"]
        end = _SENTENCE_END.search(text, item.start)
        return text[item.start:end.end() if end else len(text)]
    # the city's other zones: those its lines open with or that bear its name (not 智慧化工园区二期, a project's)
    regions = {p.region for p in ctx.places if p.known and p.region}
    named = {written_short(n) for s in sections for i in s.items for start, _, n in find_zones(sentence(i))
             if start <= _MARKS_MAX or any(r in n for r in regions)}
    others = {n for n in named if n not in zones and not any(_kind_alone(n, z) for z in zones)}

    def names_zone(text: str) -> bool:
        return any(z in written_short(text) for z in zones) or any(
            _kind_alone(written_short(n), z) and not any(_kind_alone(written_short(n), o) for o in others)
            for _, _, n in find_zones(text) for z in zones)
    own = [replace(s, items=[replace(i, title=sentence(i), lead=True) for i in s.items if names_zone(sentence(i))])
           for s in sections]
    return [s for s in own if s.items] or sections


def _kind_alone(name: str, zone: str) -> bool:
    """Whether a zone's name as a city's own part writes it, its kind without the place (物流园区 of 蓥江港口物流园区,
    临空经济区, 化工园区 in 蓥江's or 泓浦's part: the city's one zone of that kind); a bare zone word (园区) is none."""
    kind = ZONE_WORD.search(name)
    return name != zone and zone.endswith(name) and kind is not None and kind.start() >= 2


def _rows(ctx: Context, sections: list[Section]) -> list[Section]:
    """The table rows of each place asked (枫城高新区 枫城市 营业收入 612.4亿元 …) in the bulletins of the periods its
    sections are summarised from, under their table's caption: a place's figures spread over prose and a table."""
    places = {p.region for p in ctx.places if p.known and p.region}
    # the bulletins of the periods summarised: an issue may come as several files (photographed pages)
    periods = {item.chunk.get("doc_period") for s in sections if s.region in places for item in s.items[:1]} \
        or _periods_asked(ctx, places)
    found: list[Section] = []
    captions: dict[str, str] = {}  # per bulletin, the last caption read
    for chunk in ctx.snapshot.chunks:
        if chunk.get("doc_period") not in periods or (ctx.doc and chunk["doc"] != ctx.doc):
            continue
        named = _CAPTION.match(chunk["text"])
        if named:  # 表1 2025年各县（市、区）开发区主要指标, spaced as cells are: no row opens with 表
            captions[chunk["doc"]] = named.group(1).strip()
        caption = captions.get(chunk["doc"])
        if chunk.get("region") in places and is_table_row(chunk["text"]):
            if found and (found[-1].doc, found[-1].region, found[-1].name) == (chunk["doc"], chunk["region"],
                                                                                caption or TABLE):
                found[-1].items.append(Item(chunk["text"], chunk))
            else:
                found.append(Section(chunk["doc"], chunk["region"], caption or TABLE, chunk.get("period"),
                                     [Item(chunk["text"], chunk)], chunk.get("zone")))
    return found


def _periods_asked(ctx: Context, places: set[str]) -> set[str]:
    """The newest bulletin's period among those of the period asked holding a row of the places, where no section of
    theirs is (a ranking table's rows are all a bulletin writes of a place its comments file under none)."""
    if not ctx.question.period:
        return set()
    held = [c for c in ctx.snapshot.chunks if c.get("region") in places and ctx.of_period_asked(c)
            and is_table_row(c["text"])]
    newest = max((c.get("as_of") or 0 for c in held), default=None)
    return {c.get("doc_period") for c in held if (c.get("as_of") or 0) == newest}


def of_topic(ctx: Context) -> Composed | None:
    """How a topic is going (项目建设进展怎么样, 招商引资进展如何), where a section's heading names that topic whole
    (项目建设进展, 招商引资情况): that section of each place asked (of every place and the whole's part when none is),
    as a summary; None when no heading names it (聚酰胺项目进展咋样: one project, no part of a bulletin)."""
    if not STATE_ASKED.search(ctx.text):
        return None
    regions = question_regions(ctx)
    if not any(p.known for p in ctx.places):
        regions = list(dict.fromkeys(["", *regions]))
    sections = [s for s in sections_for(ctx, regions) if _topic(s.name) and _topic(s.name) in ctx.text]
    if not sections:
        return None
    sections = joined(sorted([replace(s, items=s.opening + s.items + s.more) for s in sections],
                             key=lambda s: (s.doc, s.items[0].chunk.get("start") or 0)))
    answer, evidence = outline_answer(sections, lambda section: f"【{heading(section)}】", gist=True)
    return Composed("summary", answer, evidence)


def _topic(name: str) -> str:
    """A heading's topic (项目建设 of 项目建设进展); a heading of no topic of its own (工作进展) none ("")."""
    topic = _HEADING_FRAME.sub("", name.strip())
    return topic if len(topic) >= 2 else ""
