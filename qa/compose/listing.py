"""list: the items of the section a question names (下一步工作计划有哪些？), numbered, each cited by
its title, grouped by region. A question about something inside a section (开发区改革上有啥举措)
is not a section list: it is left to the figure composer."""
from __future__ import annotations

import math
import re
from dataclasses import replace

from qa.bulletin_named import in_bylines_only
from qa.compose.base import Composed, Context
from qa.compose.how import asks_way_alone, item_answer, topic_terms, topic_words
from qa.compose.how import compose as how_compose
from qa.compose.outline_text import heading, outline_answer
from qa.compose.ways_told import tells_a_way
from qa.compose.sections import Section, containing, joined, question_regions, sections_for
from qa.compose.except_items import besides, set_aside, titles_aside
from qa.compose.sub_items import headed_by
from qa.compose.section_names import tells_progress
from qa.corpus import bigrams
from qa.degree_words import is_degree
from qa.meanings import MEANINGS, MEASURES, NEWS, PROBLEMS, asks_plans, tells_measures, tells_plans, tells_problems
from qa.places import OF_THE_WHOLE, THE_BUREAU, whole_asked, zone_key
from index.zones import ZONE_WORD
from qa.ordinal_words import is_ordinal

# verbs that frame a list question (取得了哪些成绩, 采取了哪些措施) without naming a topic, among them the verbs of telling
# what a bulletin reports (反映的困难, 指出的问题, 提出的建议) and of assigning the work it lists (讲话部署的重点工作)
_FRAMING = {"取得", "采取", "开展", "进行", "做", "做了", "具体", "主要", "开发区", "工作", "存在", "面临", "遇到", "出现",
            "反映", "提到", "指出", "提出", "发现", "暴露", "查出", "谈到", "说到", "讲到", "部署", "布置"}
TOPIC_IDF = math.log(3)  # a word in under half of the passages names a topic
_DIVISIONS = "市县区"  # 芷川区 of the region 芷川: the place asked, written whole
# every place asked of (各地, 各市, 每个县区): each city's part under the section named, after the whole's
_EVERY_PLACE = re.compile(r"[各每](?:个|一个)?(?:城市|地市|地区|地方|县市区|县区|市|地|县)")
# every place as whom the whole's words go to (对各地提了哪些要求, 向各市布置了什么任务, 给各县的任务): the whole's own list,
# no place's part
_ADDRESSED = re.compile(r"[对向给]" + _EVERY_PLACE.pattern)
# how many items are asked (哪三件事, 抓好三件事, 五项任务): their count, no topic
_ITEM_COUNT = re.compile(r"[一二两三四五六七八九十几\d]+(?:件|项|条|点|个方面|方面)事?")
# a bulletin's own name: its title before a headline or publisher after ｜ or _ (…工作专报｜园区经济稳中有进, …完成情况_XX省商务厅)
_TITLE_TAIL = re.compile(r"[｜|_].*$")
# places as the noun a question word asks (哪些开发区, 哪几个市, 什么单位)
_PLACES_ASKED = re.compile(rf"[个家座所]?(?:{ZONE_WORD.pattern}|城市|地市|单位|[市县区])")


def asks_topic(ctx: Context, sections: list[Section]) -> bool:
    """Whether the question names something more specific than the sections (a topic inside them)."""
    return bool(topics(ctx, sections))


def topics(ctx: Context, sections: list[Section]) -> list[str]:
    """The question's words naming something more specific than the sections (a topic inside them); the places
    asked, the whole asked (全市 in a city's bulletin), a zone whose own entry is listed (◆ XX高新区（XX市）), a number
    (the year in 2026年有哪些打算), a count of the items (哪三件事) and their ordinals (一要二要) are none, nor is a word of a bulletin's own name
    (运行 of 开发区经济运行监测, 简报 of 工作简报) that no item's title writes: it tells what the whole bulletin is; nor is how
    marked the items are (比较突出, 明显: qa/degree_words.py), which picks from them."""
    names = ({s.name for s in sections} | containing(ctx, sections) | {p.name for p in ctx.places if p.known}
             | {z for s in sections if s.zone for z in (s.zone, zone_key(s.zone))}
             | {m.group() for pattern in (OF_THE_WHOLE, THE_BUREAU) for m in pattern.finditer(ctx.question.text)}
             | {whole_asked(ctx.question.text, ctx.places, ctx.question.region) or ""})  # 全市园区 of a city's bulletin
    heading_text = "".join(names) + "".join(w for group in (*MEANINGS, NEWS) for w in group)
    titles = [_TITLE_TAIL.sub("", m.get("title") or "") for m in ctx.snapshot.manifest.values()]
    titled = "".join(item.title for s in sections for item in s.items)  # 加快开发区改革: a word of the name an item takes
    found = []
    for term in ctx.question.terms:
        if len(term) < 2 or term.isdigit() or _ITEM_COUNT.fullmatch(term) or is_ordinal(term) or term in _FRAMING \
                or term in heading_text \
                or any(term in t for t in titles) and term not in titled or term[:-1] in names and term[-1] in _DIVISIONS \
                or not ctx.corpus.contains(term) or _asking_verb(term, ctx.question.text) or own_place(ctx, term) \
                or _superlative(term, ctx.question.text) or is_degree(term) or in_bylines_only(term, ctx.snapshot.chunks):
            continue
        grams = bigrams(term)
        if sum(map(ctx.corpus.weight, grams)) / len(grams) > TOPIC_IDF:
            found.append(term)
    return found


def _superlative(term: str, question: str) -> bool:
    """Whether a term is a degree said with 最 (最大的亮点, 最突出的问题): it picks from the items, names none of them."""
    return term.startswith("最") or f"最{term}" in question


def own_place(ctx: Context, term: str) -> bool:
    """Whether a term names the city whose own bulletins these are (蔺岗 of 蔺岗市开发区一季度主要做法 in the city's
    report, whose whole is written 全市): no region, written as a city (X市) only in passages of no region, of
    bulletins that write 全市. It is the whole asked, no topic inside its sections."""
    city = term[:-1] + "市" if term.endswith("市") else term + "市"
    return len(city) >= 3 and city[:-1] not in ctx.corpus.regions and ctx.corpus.contains(city) \
        and not ctx.corpus.regions_writing(city) and ctx.corpus.contains("全市")


def _titled_by(sections: list[Section], topic: list[str], most: bool = False) -> list[Section]:
    """Of the sections, the items of the whole titled by the topic asked whose text went to the places it names
    ((一)项目建设提速。 over 朔溪市：… 榴城市：…, asked 项目建设方面各市有哪些进展): that item and its places' lines.
    `most`: those whose title writes the most of the topic's words, one at least (综合考核受到表扬的 → （一）予以表扬：
    the bulletin's own subject, 综合考核, is no item's title)."""
    def written(item) -> int:
        return sum(t in item.title for t in topic) if any(c.get("region") for c in item.continued) else 0
    best = max((written(i) for s in sections for i in s.items), default=0) if most else len(topic)
    found = [replace(s, items=[i for i in s.items if best and written(i) == best], more=[]) for s in sections]
    return [s for s in found if s.items]


def _asking_verb(term: str, asked: str) -> bool:
    """Whether a term is the verb a list is asked with (提了哪些要求, 抓了什么工作: the verb before 了 and the question
    word; 是怎么部署的: the verb a way ends the question with), no topic inside the section. Before places asked
    (表扬了哪些开发区, 批评了哪几个市) the verb is what picks them out, the topic."""
    verb = re.search(re.escape(term) + r"了(?:哪些|什么|啥|哪几)", asked)
    return verb is not None and not _PLACES_ASKED.match(asked, verb.end()) \
        or re.search(r"(?:怎么|怎样|如何)" + re.escape(term) + r"的?[？?。]*$", asked) is not None


def _unheaded(ctx: Context) -> list[Section]:
    """What was done or achieved, asked of a region that reports it under no heading (青崖市：1-4月，…; 有哪些亮点,
    采取了哪些措施): its paragraphs' sentences, and of the whole its overview; never problems or plans, which a bulletin
    says it has."""
    asked = ctx.question.text
    if not any(word in asked for word in (*MEANINGS[0], *MEASURES, *NEWS)) or asks_plans(asked) \
            or any(word in asked for word in PROBLEMS):
        return []
    regions = question_regions(ctx)
    own = [s for s in sections_for(ctx, [r for r in regions if r]) if not s.name]
    # the whole asked (全市开发区取得了哪些成绩) where its own part names no achievement: what its overview reports
    whole = [s for s in sections_for(ctx, [""]) if not (tells_problems(s.name) or tells_plans(s.name))] \
        if "" in regions else []
    return own + whole


def _with_unheaded(ctx: Context, named: list[Section]) -> list[Section]:
    """What was achieved, asked of a place whose bulletin heads no achievements, only ways (亮点 found as a 经验做法
    section the place's example went to): the place's own paragraphs under no heading, which tell its results, first."""
    if not named or not any(word in ctx.question.text for word in MEANINGS[0]) \
            or any(word in s.name for s in named for word in MEANINGS[0]):
        return named
    docs = {s.doc for s in named}
    return [s for s in _unheaded(ctx) if s.region and s.doc in docs] + named


def _of_the_whole(ctx: Context) -> list[Section]:
    """The section named in the whole's own part (a city's plans after its counties' parts, its 经验做法 told by a
    county's example each), when the question names no place: the bulletin's own list, before any region's. Asked of
    every place (各地都有哪些做法) in a bulletin written theme by theme, each region's part under the same heading of the
    same bulletin, in the bulletin's order (the whole's lead there is the province's, no place's), else each region's
    part the question names in that bulletin under a heading of its own."""
    if any(p.known for p in ctx.places) or ctx.question.region:
        return []
    whole = sections_for(ctx, [""], named=True)
    if not whole or not _EVERY_PLACE.search(ctx.question.text) or _ADDRESSED.search(ctx.question.text):
        return whole
    named = {(s.doc, s.name) for s in whole}
    parts = sections_for(ctx, sorted(ctx.corpus.regions), named=True)
    places = [s for s in parts if (s.doc, s.name) in named]
    # a bulletin heading each place's part its own way (下阶段重点 under each city, 下一步工作安排 the province's): those
    own = [s for s in parts if s.doc in {doc for doc, _ in named}]
    return sorted(places or own, key=lambda s: (s.doc, s.items[0].chunk.get("start") or 0)) or whole


def compose(ctx: Context) -> Composed | None:
    sections = _of_the_whole(ctx) or _with_unheaded(ctx, sections_for(ctx, question_regions(ctx), named=True)) \
        or _unheaded(ctx)
    if not sections and (ctx.kind == "list" or _EVERY_PLACE.search(ctx.question.text)):
        # 各市开放型经济情况怎么样, 被通报批评的有哪些, naming no section: an item of the whole titled by the topic whose
        # text went to the places it names (（二）予以通报批评。甲经开区…；乙园区…), over every section; a name question
        # (居全省首位的是哪一个) asks one, which no such item's title says
        topic = topics(ctx, sections_for(ctx, [None]))
        aside = set_aside(ctx.question.text, topic)
        if aside:  # 除了红榜黑榜，其他开发区都有哪几家: the items beside those titled by the words set aside
            docs = {s.doc for s in sections_for(ctx, [None], keep=lambda s: titles_aside(s, aside))}
            beside = besides(sections_for(ctx, [None], keep=lambda s: s.doc in docs), aside)
            return _listed(ctx, beside) if beside else None
        # from the newest bulletin (of the period asked) with such an item: 红榜 asked with no period, of the 考核通报
        every = sections_for(ctx, [None], keep=lambda s: bool(_titled_by([s], topic, most=True)))
        titled = _titled_by(every, topic) or _titled_by(every, topic, most=True) \
            or headed_by(sections_for(ctx, question_regions(ctx)), topic)  # 体制机制改革这块有哪些做法: the items under it
        return _listed(ctx, titled) if titled else None
    topic = topics(ctx, sections) if sections else []
    aside = set_aside(ctx.question.text, topic)
    if aside:  # 除了招商引资，还采取了哪些举措: the section's other items
        sections = besides(sections, aside)
    elif topic:
        sections = _titled_by(sections, topic) or headed_by(sections, topic)
    return _listed(ctx, sections) if sections else None


def measures(ctx: Context, earlier: bool = False) -> Composed | None:
    """A way asked of a place that no passage tells by the question's topic (琮州高新区一季度推进重点项目有什么做法, 是怎么
    推进项目落地的, where its 主要做法 writes neither word whole): the place's own measures section in the bulletin asked,
    when its items write a piece of the topic (项目) or it names none (具体怎么抓的), listed as a list is; never its plans
    (打算怎么…). `earlier`: from the newest bulletin that has such a section, where the bulletin asked has none."""
    regions = list(dict.fromkeys(p.region for p in ctx.places if p.known and p.region))
    if not regions or asks_plans(ctx.question.text):
        return None
    pieces = set(bigrams("".join(topic_terms(ctx.question, ctx.corpus))))  # 盘活低|效用, as jieba cuts it: 低效
    alone = asks_way_alone(ctx.question)  # 具体怎么抓的: every measure it took
    topic = topic_words(ctx.question)

    def telling(section: Section) -> bool:  # 重点工作推进: what was done, where no heading says 做法
        return (tells_measures(section.name) or tells_progress(section.name)) and not tells_plans(section.name) and (
            alone or any(gram in item.chunk["text"] for item in section.items for gram in pieces))
    # a way asked of a theme the place's part is written under (在营商环境上有啥好做法): that part, whose passages need
    # not repeat their heading
    sections = [s for s in sections_for(ctx, regions, named=True) if topic and all(t in s.name for t in topic)
                and not (tells_plans(s.name) or tells_problems(s.name))] \
        or [s for s in sections_for(ctx, regions, keep=telling if earlier else None) if telling(s)]
    if not sections:  # none of its measures writes a piece of the topic (审批时限): nothing of it is told
        return None
    composed = _listed(ctx, sections)
    return Composed("how", composed.answer, composed.evidence)


def _listed(ctx: Context, sections: list[Section]) -> Composed:
    """The sections' items numbered, each with its first figures, and a prose section's further paragraphs (or pieces
    its clauses naming the place again were cut into) by their leads; a section of one item quoted whole."""
    sections = joined([replace(s, items=s.items + s.more, more=[]) for s in sections])
    if len(sections) == 1 and len(sections[0].items) == 1 and not sections[0].items[0].continued:
        # a list of one: its title alone says little
        item = sections[0].items[0]
        whole = item_answer(ctx, item.chunk, item.start, item.start + len(item.title), item.chunk.get("period"), 1.0)
        return Composed("list", f"{heading(sections[0])}：\n{whole.answer}", whole.evidence)
    # each item's title, then its first figures (抓招商：新签约项目21个; 研发投入不足：…仅1.1%)
    answer, evidence = outline_answer(sections, lambda section: heading(section) + "：", gist=True)
    return Composed("list", answer, evidence)


def way_or_measures(ctx: Context) -> Composed | None:
    """The how composer's way; when it is one measure of the place's measures section and does not write every topic
    word of the question (怎么抓科技创新的 → 推行“科技副总”制度, no 创新: one of two measures), every measure of that section."""
    way = how_compose(ctx)
    quoted = "".join(e.quote for e in way.evidence) if way else ""
    if way is None or all(t in quoted for t in topic_words(ctx.question)) and not _result_alone(way):
        return way
    if _result_alone(way):
        return measures(ctx, earlier=True) or way
    listed = measures(ctx)
    held = listed and {e.chunk["id"] for e in way.evidence} <= {e.chunk["id"] for e in listed.evidence}
    return listed if held and len(listed.evidence) > len(way.evidence) else way


def _result_alone(way: Composed) -> bool:
    """Whether a way found is only what came of the work (累计盘活低效用地528亩，提前完成全年目标): quoted from no section
    of ways, it tells no way (`tells_a_way`); the place's measures then tell how."""
    return not any(tells_measures(e.chunk.get("section")) for e in way.evidence) \
        and not tells_a_way("".join(e.quote for e in way.evidence))
