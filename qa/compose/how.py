"""how: the content of the item that best answers 如何/怎样, quoted from its start (its title says
what the measure is) through the sentences after the best one, within MAX_HOW characters."""
from __future__ import annotations

import re
from dataclasses import replace

from index.owners import is_table_row
from index.zones import written_short
from qa.answer import find_facts, select_facts
from qa.bulletin_named import topic_beyond_the_bulletin
from qa.compose.base import Composed, Context, Evidence
from qa.compose.field_words import as_written
from qa.compose.how_issue import one_issue
from qa.compose.ways_told import AIM, DOING, WAY, tells_a_way
from qa.demands import DEMAND_ASKED, demand_topic, demanded
from qa.asking_words import WHY
from qa.meanings import asks_plans, tells_measures, tells_plans, tells_problems
from qa.turns import is_question_turn, is_reply_turn

MAX_HOW = 320
_ANNOUNCE = ("：", ":")  # 具体做法： what follows is the way
# an aim's verb opening a word jieba keeps whole (吸引外资, 提高效率): the word's object is the topic
_AIM_OPENING = re.compile(AIM.pattern + r"|吸引|招引|引进")
# the words a bulletin names a way with (X市的做法是…, 扭转下滑主要靠“一企一策”帮扶)
_WAYS = ("做法", "经验", "办法", "举措", "措施", "模式", "靠")
# of sentences nearly as relevant, the one doing something (DOING) says the way
DOING_PART = 0.05
TITLE_PART = 0.1  # an item whose title the question writes (抓项目靠的什么 → the item 抓项目) does what is asked
MEASURES_PART = 0.1  # a section of ways (经验做法) tells a way before an achievement nearly as relevant restates it
_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[是要、]|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、)）])")

# a way asked by a verb of doing or a way's word (是怎么抓的, 靠的啥, 有啥经验): not how a figure stands (增长如何, 怎么样) or is
# counted (怎么算的: its note), why (为什么), what is demanded (提了什么要求)
WAY_ASKED = re.compile(r"(?:怎么|怎样|如何|咋)(?!样|么样|回事|统计|计算|算|界定|构成|组成)[\u4e00-\u9fff]|[靠凭](?:的是?|着)?(?:什么|啥)"
                       r"|通过(?:什么|啥)|(?:什么|啥|哪些)(?:好的?)?(?:办法|方法|做法|经验|措施|举措|途径|方式|手段|招|功夫)")


def asks_way_done(text: str) -> bool:
    return bool(WAY_ASKED.search(text)) and not (WHY.search(text) or DEMAND_ASKED.search(text))


def _of_ways(section: str | None) -> bool:
    """A section telling ways done (经验做法, 主要做法), not plans (下步举措)."""
    return tells_measures(section) and not tells_plans(section)


def _tells_way(fact) -> bool:
    """Whether what would be quoted of a fact (from its item's start, or from it, within MAX_HOW: the sentences after a
    result may tell the way, 我们的做法是…), its item's title or its section tells a way."""
    return tells_a_way(_quoted(fact)) or tells_a_way(fact.meta.get("item") or "") or _of_ways(fact.meta.get("section"))


def _quoted(fact) -> str:
    """What would be quoted of a fact: from its item's start, or from it, within MAX_HOW."""
    text = fact.hit.node.get_content()
    start = 0 if fact.end <= MAX_HOW else fact.start
    return text[start:start + MAX_HOW]


def _titled(item: str | None, question: str) -> bool:
    title = _ORDINAL.sub("", (item or "").strip()).rstrip("。：:，,")
    return len(title) >= 2 and title in question
# what a way is worth to the asker (有啥经验可推广, 值得借鉴): the asking, not what the measure is about
# a way asked of what was done (是怎么扩大的, 怎么做到的): a plan is no answer
_DONE = re.compile(r"是(?:怎么|怎样|如何|咋|靠什么|通过什么)[^？?，,。]*的|(?:做到|实现|取得|完成)的"
                   r"|用了(?:哪些|哪几|什么|啥)(?:招|办法|方法|措施|举措|手段)"  # 用了哪些招: what was done
                   r"|(?:怎么|怎样|如何|咋)[^？?，,。]*的[？?。呢]*$")  # 怎么做起来的: what was done, asked after it
_WORTH = re.compile(r"(?:可以?|值得|能)(?:推广|复制|借鉴|学习|参考)")


def topic_terms(question, corpus, passages: tuple[str, ...] = ()) -> list[str]:
    """The question's words a measure's text may hold: not its aim's verb nor the words asking the way, nor
    one no bulletin writes (咋搞, 怎么弄: how it is asked; a name no bulletin writes was withheld before).
    `passages`: the texts retrieved for the question, whose word for a way is looked for first."""
    worth = "".join(_WORTH.findall(question.text))
    objects = [_object(t) for t in question.terms]  # 吸引外资, one word to jieba: the aim's object 外资
    terms = [t for t in objects if not (AIM.fullmatch(t) or WAY.fullmatch(t) or t in worth)
             and corpus.contains(t) and len(t) > 1]  # 有什么好经验: 好 says what is asked, no topic
    return terms or _way_written(question, corpus, passages) or question.terms


_SAYS_NOTHING = ("具体", "主要", "工作", "一些", "有效")  # 具体怎么抓的: how, not what
_ASKING = re.compile(r"[怎咋啥]|如何|什么|做到|办到|达到|做成")  # 咋搞 (one word to jieba), 做到的: how it is asked


def topic_words(question) -> list[str]:
    """The question's words of what the way is about, written or not: not the asking (an aim's verb, a way word, 具体)."""
    return [t for t in question.terms if len(t) > 1 and not (AIM.fullmatch(t) or WAY.fullmatch(t) or _ASKING.search(t))
            and t not in _SAYS_NOTHING]


def asks_way_alone(question) -> bool:
    """Whether a way is asked of a place and nothing else (琮州高新区上半年具体怎么抓的, 用了什么招, 有什么经验做法)."""
    return not topic_words(question)


def _object(term: str) -> str:
    """A term opening with an aim's verb (吸引外资, 提高效率) as its object (外资, 效率): the measure is written by its
    own verbs."""
    aim = _AIM_OPENING.match(term)
    return term[aim.end():] if aim and len(term) - aim.end() >= 2 else term


def _way_written(question, corpus, passages: tuple[str, ...] = ()) -> list[str]:
    """Of a way asked of a place and nothing else (柘山有什么经验做法), the word for it the place's text writes (柘山市的
    做法是…): the question's own first, else another word that says the same; one the passages retrieved (of the
    period asked) write before one only another period's write."""
    region = question.region
    words = list(dict.fromkeys([w for w in _WAYS if w in question.text] + list(_WAYS)))
    written = [w for w in words if region and region in corpus.regions_writing(w)]
    return next(([w] for w in written if any(w in text for text in passages)), written[:1])


def _sentence_end(text: str, start: int, limit: int) -> int:
    """End of the last whole sentence of text[start:] within `limit` characters (at least one)."""
    end = start
    for i, ch in enumerate(text[start:], start):
        if ch in "。！？；!?;" or i + 1 == len(text):
            if end > start and i + 1 - start > limit:
                break
            end = i + 1
    return end


def compose(ctx: Context) -> Composed | None:
    # a way is asked, not a figure (审批效率 is no rate to quote)
    passages = tuple(h.node.get_content() for h in ctx.hits)
    titles = {c.get("title") or "" for c in ctx.snapshot.chunks}
    terms = as_written(topic_terms(ctx.question, ctx.corpus, passages), passages)  # 招商 written 招引…
    terms = demand_topic(terms, titles, ctx.question.text, passages) if DEMAND_ASKED.search(ctx.question.text) \
        else topic_beyond_the_bulletin(terms, titles, ctx.question.text)
    question = replace(ctx.question, terms=terms, wants_figure=False, single=False, parts=[])
    # a problem the bulletin reports is no way of doing (怎么管控安全风险 ↛ 安全风险管控任务较重), nor is a table's row
    # (表里的合计是怎么算的: the note under it tells)
    facts = [f for f in find_facts(question, ctx.hits, ctx.corpus)
             if not (tells_problems(f.meta.get("section")) or is_table_row(f.hit.node.get_content()))]
    # 打算怎么提高, 下半年怎么抓 (months after the bulletin's): what is planned, not what was done (qa/compose/remedy.py)
    if asks_plans(ctx.question.text) or ctx.question.planned:
        facts = [f for f in facts if tells_plans(f.meta.get("section"))]
        # a period inside a planned measure is its deadline (确保三季度末…), no other period's figure; the
        # passages retrieved are already those of the period asked
        question = replace(question, period=None)
    else:  # a way asked: where the bulletin says how (工作措施) before what it achieved, as relevant
        if _DONE.search(ctx.question.text):  # 是怎么扩大…的: what was done, not what is planned
            facts = [f for f in facts if not tells_plans(f.meta.get("section"))]
        facts.sort(key=lambda f: (-f.relevance - DOING_PART * bool(DOING.search(f.sentence))
                                  - TITLE_PART * _titled(f.meta.get("item"), ctx.question.text)
                                  - MEASURES_PART * _of_ways(f.meta.get("section")),
                                  not tells_measures(f.meta.get("section"))))
        # a sentence of results alone says no way where another tells one (增速居全省首位 ↛ 我们的做法是…)
        if asks_way_done(ctx.question.text):  # a practice the question names (以商招商, 3+ characters) is told where written
            named = "".join(terms)
            facts = [f for f in facts if _tells_way(f) or len(named) >= 3 and named in f.sentence] or facts
        if question.period is None:  # no period named: one bulletin's, the best's or the newest said
            facts = one_issue(facts, ctx.question.text)
    facts, question = demanded(facts, question, ctx.question.text)  # 提了什么要求: the sentences demanding it
    facts = select_facts(facts, question, ctx.corpus)
    if not facts:
        return None
    best = facts[0]
    return item_answer(ctx, ctx.chunks[best.hit.node.node_id], best.start, best.end,
                       best.meta.get("period") or best.period, best.relevance)


def told_by_the_whole(ctx: Context) -> Composed | None:
    """A way or plan asked of a place that only the whole's part tells, naming it (推动菱渡新材料园申报省级开发区 in the
    city's own plans): retrieval kept to the place never reads the whole's passages, so they are read apart, those
    naming the place only."""
    return composed_from(ctx, whole_naming_place(ctx))


def whole_naming_place(ctx: Context) -> list:
    """The hits, retrieved in every part, of the whole's passages that name a place asked, a zone in either form of
    its kind (栖凫综合保税区 for 栖凫综保区); none when none is asked."""
    names = {written_short(n) for n in names_asked(ctx)}
    hits = ctx.retrieve(ctx.text, anywhere=True) if names else []
    return [h for h in hits if ctx.chunks[h.node.node_id].get("region") is None
            and any(n in written_short(ctx.chunks[h.node.node_id]["text"]) for n in names)]


def names_asked(ctx: Context) -> set[str]:
    return {n for p in ctx.places if p.known for n in (p.name, p.region) if n}


def composed_from(ctx: Context, hits: list) -> Composed | None:
    """The way the how composer finds among `hits` in place of the question's own retrieval."""
    if not hits:
        return None
    read = replace(ctx)
    read.__dict__["hits"] = hits  # the cached retrieval, as Context.hits would hold it
    return compose(read)


def item_answer(ctx: Context, chunk: dict, start: int, end: int, period: str | None, score: float,
                then: tuple[dict, ...] = ()) -> Composed:
    """The way chunk text[start:end] tells, quoted from its item's start when within reach (its title says
    what the measure is) through the sentences after it, within MAX_HOW characters; a quote that ends
    announcing what follows (具体做法：) goes on with the passages of the item after it, each cited, and so does
    one followed by the passages `then` (a target's measure). A transcript's question turn, worded as the question
    is, answers nothing: the reply after it is quoted whole."""
    reply = answer_turn(ctx, chunk) if is_question_turn(chunk["text"]) else None
    if reply:
        chunk, start, end, then = reply, 0, len(reply["text"]), ()
    text = chunk["text"]
    # from the item's (or section's) start when the sentence lies within reach of it; a paragraph under no heading
    # (青崖市：1-4月，营业收入…。青崖市的做法是…) opens with what the place achieved, not with the way asked
    start = 0 if end <= MAX_HOW and (chunk.get("item") or chunk.get("section")) else start
    end = max(end, _sentence_end(text, start, MAX_HOW))
    announces = text[start:end].rstrip().endswith(_ANNOUNCE)
    while end > start and text[end - 1] in "，,；;：: ":
        end -= 1
    title = _title_line(ctx, chunk) if start == 0 else None
    evidence = [Evidence(title, 0, len(title["text"]), period, score)] if title else []
    evidence.append(Evidence(chunk, start, end, period, score))
    lines = [f"{title['text']}[1]"] if title else []
    lines.append(f"{text[start:end]}[{len(evidence)}]")
    room = MAX_HOW - (end - start)
    heading = text.strip() == chunk.get("item")  # （二）强化要素保障 alone: the way is told under it
    under = passages_under(ctx, chunk, room) if heading else then
    for following in _following(ctx, chunk, room) if announces else under:
        evidence.append(Evidence(following, 0, len(following["text"]), period, score))
        lines.append(f"{following['text']}[{len(evidence)}]")
    # the passage's period; a period inside a measure is its deadline
    where = "，".join(filter(None, [chunk.get("region"), period]))
    answer = "\n".join(lines) + (f"（{where}）" if where else "")
    return Composed("how", answer, evidence)


def in_order(ctx: Context, chunk: dict) -> tuple[list[dict], int]:
    """The passages of `chunk`'s bulletin in order, and where it stands among them (their count when nowhere)."""
    ordered = [c for c in ctx.snapshot.chunks if c["doc"] == chunk["doc"]]
    return ordered, next((i for i, c in enumerate(ordered) if c["id"] == chunk["id"]), len(ordered))


def _title_line(ctx: Context, chunk: dict) -> dict | None:
    """The line right before `chunk` that is its item's title alone (（二）“标准地+承诺制”供地。 over the paragraph telling
    it): what the way is called, which its text need not repeat."""
    item = chunk.get("item")
    if not item or chunk["text"].startswith(item):
        return None
    ordered, at = in_order(ctx, chunk)
    before = ordered[at - 1] if 0 < at < len(ordered) else None
    same = before and before.get("item") == item and before.get("section") == chunk.get("section")
    # the title heads the item its passage tells, whose place it is
    return {**before, "region": chunk.get("region"), "zone": chunk.get("zone")} \
        if same and before["text"].rstrip("。：:. ") == item else None


def next_passage(ctx: Context, chunk: dict) -> dict | None:
    """The passage right after `chunk` in its bulletin when it is of the same region and section (the next part of
    a list written one part a passage)."""
    ordered, at = in_order(ctx, chunk)
    after = ordered[at + 1] if at + 1 < len(ordered) else None
    same = after and (after.get("region"), after.get("section")) == (chunk.get("region"), chunk.get("section"))
    return after if same else None


def answer_turn(ctx: Context, chunk: dict) -> dict | None:
    """The reply (樊蕴：答：…, 某局长：…) right after a transcript's question turn `chunk`, if it is one."""
    ordered, at = in_order(ctx, chunk)
    after = ordered[at + 1] if at + 1 < len(ordered) else None
    return after if after and is_reply_turn(after["text"]) else None


def passages_under(ctx: Context, heading: dict, room: int) -> list[dict]:
    """The passages after a heading line in its section, up to the next heading line, within `room` characters."""
    ordered, at = in_order(ctx, heading)
    found = []
    for c in ordered[at + 1:]:
        room -= len(c["text"])
        if c.get("section") != heading.get("section") or c["text"].strip() == c.get("item") or room < 0:
            break
        found.append(c)
    return found


def _following(ctx: Context, chunk: dict, room: int) -> list[dict]:
    """The passages right after `chunk` in its bulletin that belong to the same item (its list announced by a
    colon: 1）…, 2）…), within `room` characters."""
    ordered, at = in_order(ctx, chunk)
    found = []
    for c in ordered[at + 1:]:
        room -= len(c["text"])
        if c.get("item") != chunk.get("item") or c.get("section") != chunk.get("section") or room < 0:
            break
        found.append(c)
    return found
