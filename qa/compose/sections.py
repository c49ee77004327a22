"""The outline list and summary answers read: per bulletin and region, its sections and their items
(the snapshot's outline, index/outline.py; paragraphs under no heading as a section with no name, by their
sentences' leads, qa/compose/leads.py), and which of them a question names (by their headings' words:
qa/compose/section_names.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from index.headings import ITEM_ORDINAL
from index.periods import parse_period, period_spans
from qa.compose.base import Context
from qa.compose.leads import (
    MAX_LEADS,
    MAX_PART_TITLE,
    Item,
    is_prose,
    prose_items,
    sentence_leads,
    with_sentences,
)
from qa.compose.ordinal_parts import nth_part, part_number
from qa.compose.section_names import (
    ASPECT,
    FILLER,
    PARTS,
    SECTION_WORDS,
    best_named,
    generic_words,
    without_work_under_way,
    work_under_way,
)
from qa.meanings import MEANINGS, MEASURES, asks_plans
from qa.places import OF_THE_WHOLE, THE_BUREAU, whole_asked, zone_key
from qa.plans import precedes

OVERVIEW = "概况"  # the heading shown over a zone's untitled opening paragraph
_PART_END = re.compile(r"[。；;]")


@dataclass
class Section:
    doc: str
    region: str | None
    name: str
    period: str | None
    items: list[Item]
    zone: str | None = None  # the zone whose entry it is in a bulletin reported zone by zone (◆ XX高新区（XX市）)
    more: list[Item] = field(default_factory=list)  # a prose section's further paragraphs, by their sentences' leads
    # a section's paragraphs before its first item (全省小结's key figures over its bullets), by their sentences' leads
    opening: list[Item] = field(default_factory=list)


def outline(snapshot_outline: dict[str, dict], chunks: dict[str, dict]) -> list[Section]:
    """Sections of the snapshot's outline (index/outline.py), in document order, each with the items
    whose title opens their first chunk."""
    sections = []
    for doc in snapshot_outline.values():
        order = sorted((chunks[c] for region in doc.get("regions", []) for c in region.get("chunks", []) if c in chunks),
                       key=lambda c: c["start"])
        for region in doc.get("regions", []):
            for k, part in enumerate(region.get("sections", [])):
                items = [_item(item, chunks[item["chunks"][0]], order) for item in part.get("items", [])
                         if item.get("title_end") and item.get("chunks") and item["chunks"][0] in chunks]
                prose = [chunks[c] for c in part.get("chunks", []) if c in chunks and is_prose(chunks[c]["text"])]
                more = [] if items else [lead for chunk in prose[1:] for lead in sentence_leads(chunk)]
                first = min((i.chunk["start"] for i in items), default=0)
                opening = [lead for chunk in prose if chunk["start"] < first for lead in sentence_leads(chunk)]
                if part.get("title"):
                    lead = [] if items else prose_items(part, chunks)
                    if len(lead) == 1 and prose and lead[0].chunk is prose[0]:  # its other sentences by their leads
                        lead, further = with_sentences(lead[0], sentence_leads(prose[0]))
                        more = further + more
                    elif lead and lead[0].lead and prose and lead[-1].chunk is prose[0]:  # after its parts: the same
                        said = lead[-1].start + len(lead[-1].title)
                        more = [s for s in sentence_leads(prose[0]) if s.start >= said] + more
                    if len({id(i.chunk) for i in lead}) > 1:  # paragraphs numbered （1）（2）: each led already
                        more = [m for m in more if not any(m.chunk is i.chunk for i in lead)]
                    items = items or lead
                else:  # paragraphs under no heading (青崖市：1-4月，…; a city's own lead): their sentences' leads
                    items, more = [lead for chunk in prose for lead in sentence_leads(chunk)][:MAX_LEADS], []
                # a zone's entry opening with its figures before its first section title: its overview
                title = part.get("title") or (OVERVIEW if k == 0 and items and items[0].chunk.get("zone") else "")
                if items:
                    sections.append(Section(doc.get("doc"), region.get("title"), title,
                                            items[0].chunk.get("period"), items, items[0].chunk.get("zone"),
                                            more[:MAX_LEADS], opening[:MAX_LEADS]))
    return sections


MAX_CONTINUED = 6  # places' paragraphs shown under one item of the whole


def _continued(chunk: dict, title: str, order: list[dict]) -> tuple:
    """Of an item of the whole's part whose chunk is its title alone ((一)“链长+园长”双长制。 or 二是投资增长乏力。), the
    chunks after it that go on with it: its text names a place and so went to that place's part (菱渡县由县领导任链长…,
    萁阳市开发区固定资产投资同比下降1.6%), as did the places' lines under it (朔溪市：…, 榴城市：…), or its paragraph of no
    place the index files under its title ((一)主导产业加快集聚 / 各开发区围绕主导产业精准招商，…); they end where the
    whole's part, another item or another section begins."""
    if chunk.get("region") or not chunk["text"].startswith(title) or chunk["text"][len(title):].strip("。；;：:，, "):
        return ()
    after = [c for c in order if c["start"] >= chunk["end"]]
    following = []
    for c in after[:MAX_CONTINUED]:
        if c.get("item") not in (title,) + ((None,) if c.get("region") else ()) \
                or c.get("section") not in (None, chunk.get("section")) or not is_prose(c["text"]):
            break
        following.append(c)
    return tuple(following)


def _item(item: dict, chunk: dict, order: list[dict]) -> Item:
    """The item of the outline whose first chunk is `chunk`, titled where its title stands (after a bullet's mark)."""
    at = item["title_end"] - chunk["start"] - len(item["title"])
    return Item(_title(item["title"], chunk["text"][at:]), chunk, start=at,
                continued=_continued(chunk, item["title"], order))


def _title(lead: str, text: str) -> str:
    """An item's title: its lead clause; for a part of a list with no ordinals (主要是：A；B；C。), which is one
    statement, not a titled item (青山高新区营收下降2.4%，主导产业支撑不强), the whole part when short."""
    part = _PART_END.split(text, 1)[0]
    return part if not ITEM_ORDINAL.match(text) and len(part) <= MAX_PART_TITLE else lead


_CACHE: dict[str | None, tuple[list[Section], set[str]]] = {}


def _outline_of(ctx: Context) -> tuple[list[Section], set[str]]:
    """The snapshot's outline and its generic heading words, worked out once per index version."""
    version = ctx.snapshot.version
    cached = _CACHE.get(version)
    if cached is None:
        sections = outline(getattr(ctx.snapshot, "outline", None) or {}, ctx.chunks)
        cached = (sections, generic_words(sections))
        _CACHE.clear()  # only the current index is asked
        _CACHE[version] = cached
    return cached


def containing(ctx: Context, sections: list[Section]) -> set[str]:
    """The headings (or items' titles) of the sections' bulletins the question writes whole as what holds the part it
    asks (全省小结里下半年重点: a slide's title over its sub-heading, which the outline keeps apart from it)."""
    docs = {s.doc for s in sections}
    names = {name for doc in (getattr(ctx.snapshot, "outline", None) or {}).values() if doc.get("doc") in docs
             for region in doc.get("regions", []) for part in region.get("sections", [])
             for name in (part.get("title"), *(item.get("title") for item in part.get("items", [])))}
    return {name for name in names if name and re.search(re.escape(name) + "(?:里|中|的|上)", ctx.question.text)}


def sections_for(ctx: Context, regions: list[str | None], named: bool = False, keep=None) -> list[Section]:
    """The sections of each region, from the bulletin of the period asked (else the newest covering it);
    `named`: only the sections the question names, from the newest bulletin that has them (a heading
    such as 亮点 that the newest issue dropped is still found in an earlier one); `keep`: only the sections it
    keeps, from the newest bulletin that has them."""
    everything = _outline_of(ctx)[0]
    chosen = []
    for region in regions:
        own = [s for s in everything if (region is None or (s.region or "") == region) and (not ctx.doc or s.doc == ctx.doc)]
        if ctx.question.period:  # then the zone's: a bulletin of that period may report the city's entry alone
            own = _newest_year(ctx, _of_period(ctx, own))
        own = _of_zone(ctx, own)
        if named:
            own = named_sections(ctx, own)
        if keep:
            own = [s for s in own if keep(s)]
        if not own:
            continue
        newest = max(s.items[0].chunk.get("as_of") or 0 for s in own)
        chosen += [s for s in own if (s.items[0].chunk.get("as_of") or 0) == newest]
    return chosen


def _of_zone(ctx: Context, sections: list[Section]) -> list[Section]:
    """In a bulletin reported zone by zone, the sections of the zone asked about (of the city's own entry when
    it has none); any section when no zone is asked or no entry is a zone's."""
    asked = {zone_key(p.name) for p in ctx.places if p.known and p.region and p.name != p.region}
    if not asked or not any(s.zone for s in sections):
        return sections
    return [s for s in sections if s.zone and zone_key(s.zone) in asked] or [s for s in sections if not s.zone]


def _newest_year(ctx: Context, sections: list[Section]) -> list[Section]:
    """Of the sections of a period asked with no year (上半年 where two years' issues report one), the newest year's:
    before the zone's entries are looked for, so that an older issue's zone table does not stand for the newest's."""
    if ctx.question.period.year:
        return sections
    newest = max((p.year or 0 for s in sections for p in _periods(s)), default=0)
    return [s for s in sections if any((p.year or 0) == newest for p in _periods(s))]


def _periods(section: Section) -> list:
    return [p for p in (parse_period(section.period), parse_period(section.items[0].chunk.get("doc_period"))) if p]


def _of_period(ctx: Context, sections: list[Section]) -> list[Section]:
    """The sections of the period asked; for plans asked for a period no bulletin reports (下半年有啥打算), those of
    the bulletin whose period ends just before it: its plans are for that period."""
    asked = ctx.question.period
    reported = [s for s in sections if any(asked.matches(p) for p in _periods(s))] or _period_in_name(ctx, sections)
    if reported or not asks_plans(ctx.question.text):
        return reported
    return [s for s in sections if any(precedes(p, asked) for p in _periods(s))]



MIN_NAMED_AFTER = 2  # characters a heading and the question share after the period word (下半年|重点)


def _period_in_name(ctx: Context, sections: list[Section]) -> list[Section]:
    """The sections whose heading writes the period word the question writes, followed by what the question writes
    after it (下半年重点 asked of a 上半年 issue's heading 下半年重点, 明年打算, 一季度亮点): the word names the section,
    it is no period asked of the bulletin."""
    text, found = ctx.question.text, []
    for start, end in period_spans(text):
        word, after = text[start:end], text[end:end + MIN_NAMED_AFTER]
        found += [s for s in sections if len(after) == MIN_NAMED_AFTER and word + after in s.name and s not in found]
    return found


_DONE = re.compile(r"[做干抓搞]了")  # what was done asked by its verb, no word of what came of it (成绩, 亮点)



def named_sections(ctx: Context, sections: list[Section], asked: str | None = None) -> list[Section]:
    """The sections the question (or `asked`, its words that may name one) names by heading words, the best of each
    meaning it names (做了哪些工作，有什么计划: what was done and what is planned), [] when it names none."""
    everything, generic = _outline_of(ctx)
    asked = ctx.question.text if asked is None else asked
    number = part_number(asked)
    if number:  # 讲话的第三部分: the part under its third heading, whatever its words
        return nth_part(everything, sections, number, ctx.doc or ctx.named_bulletin)
    # 工作重点: a plan's word whole (not the 重点工作 of 重点工作推进, work under way)
    kept = [w for w in SECTION_WORDS if w in without_work_under_way(asked) and any(f in w for f in FILLER)] \
        + work_under_way(asked)
    for filler in FILLER:  # 主要做法: no 要做 of a plan
        asked = asked.replace(filler, "")
    asked = " ".join([asked, *kept])
    found = best_named(asked, sections, generic)
    if not found and any(word in asked for word in MEASURES):  # 采取了哪些举措 where no heading says 措施: what was done
        found = best_named(asked + MEANINGS[0][1], sections, generic)
    if not found and any(word in asked for word in MEANINGS[0]):  # 有什么亮点 where the headings say 主要做法: the same
        found = best_named(asked + MEASURES[2], sections, generic)
    elif _DONE.search(asked) and not any(w in asked for w in MEASURES):
        # 做了哪些工作 where a bulletin heads both what it achieved and how (工作成绩, 工作措施): the work done is both
        found += [s for s in best_named(MEASURES[2], sections, generic) if s not in found]
    if not found:  # 在招商和外资方面: the parts whose headings write those words (招商引资, 外贸外资)
        aspects = [w for m in ASPECT.finditer(asked) for w in PARTS.split(m.group(1)) if len(w) >= 2]
        found = [s for s in sections if any(w in s.name for w in aspects)]
    return found



def joined(sections: list[Section]) -> list[Section]:
    """A section cut in parts (its middle clauses filed under the cities they name: 其中，瑞川市…; its items' text under
    the places it names) as one."""
    together: list[Section] = []
    for section in sections:
        last = together[-1] if together else None
        if last and section.name and (last.doc, last.region, last.zone, last.name) == \
                (section.doc, section.region, section.zone, section.name):
            together[-1] = replace(last, items=last.items + section.items)
        else:
            together.append(section)
    return together


def question_regions(ctx: Context) -> list[str | None]:
    """The regions asked about: those the question names (or the filter), else the whole's own part ("": 全省…,
    the part of a bulletin that is no region's) when asked of the whole, else every region."""
    named = [p.region for p in ctx.places if p.known and p.region]
    if ctx.question.region and ctx.question.region not in named:
        named.insert(0, ctx.question.region)
    asked = OF_THE_WHOLE.search(ctx.question.text) or whole_asked(ctx.question.text, ctx.places, ctx.question.region) \
        or THE_BUREAU.search(ctx.question.text)
    whole = [""] if asked else []  # 全市开发区总体运行情况 in a city's brief, 全市园区 of a city's bulletin: its own part
    return list(dict.fromkeys(named)) or whole or sorted(ctx.corpus.regions) or [None]
