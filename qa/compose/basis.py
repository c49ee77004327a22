"""how, asked of how a figure is counted or made up, or what a term means (怎么统计的, 按什么口径, 怎么算的, 怎么界定的,
怎么构成的): the note under its table (注：…), a clause telling its basis or a sentence defining the term tells, before
any passage that merely names the figure."""
from __future__ import annotations

import re

from index.boxes import COUNTED
from qa.compose.base import Composed, Context
from qa.compose.how import composed_from, item_answer, names_asked

# how a figure is counted or a term meant (怎么统计的, 按什么口径, 怎么算的, 怎么界定的): the note under its table tells
# (注：…按…口径统计), or a sentence defining the term (亿元以上项目指计划总投资1亿元及以上的产业项目)
# what a figure is made up of (怎么构成的, 由哪几项组成): the sentence writing its parts (由甲、乙…组成) tells
_MADE_UP_ASKED = re.compile(r"(?:怎么|怎样|如何|咋|由什么|由哪些|由哪几[项个部分]*|哪些|哪几[项个部分]*)(?:构成|组成)")
BASIS_ASKED = re.compile(r"口径|界定|定义|(?:怎么|怎样|如何|咋)(?:统计|计算|算)|" + _MADE_UP_ASKED.pattern)
_PARTS_VERBS = ("组成", "构成")
_MADE_OF = re.compile(r"由[^。；;]{2,80}?(?:%s)" % "|".join(_PARTS_VERBS))
_NOTE = re.compile(r"^\s*注\s*\d?\s*[：:]")
_DEFINES = re.compile(r"^\W*[^。，,；;\s]{2,20}?是?指(?!标|导|出|挥|定|引|南)")  # a footnote's 亿元以上项目指…, not 指标


def told_by_a_note(ctx: Context) -> Composed | None:
    """How a figure is counted, from the notes (注：, or a note's clause telling a basis: 10月数据为快报数) or
    definitions of the place asked or of the whole naming it (蒹塘港物流园营业收入按物流企业营业收入口径统计 under the
    whole's table), before any passage that merely names the figure. A question naming nothing counted but its period
    (1—10月的数据是什么口径) takes the first such note of that period."""
    names = names_asked(ctx)
    regions = {p.region for p in ctx.places if p.known and p.region}

    def fits(chunk: dict) -> bool:
        text = chunk["text"]
        return bool(_NOTE.match(text) or _DEFINES.match(text) or COUNTED.search(text) or _MADE_OF.search(text)) and (
            not names or chunk.get("region") in regions or any(n in text for n in names))
    made_of = _MADE_UP_ASKED.search(ctx.text)
    # 构成 asked, 组成 written (or the other way): either verb of parts is looked for
    query = ctx.text + (" " + " ".join(_PARTS_VERBS) if made_of else "")
    hits = [h for h in ctx.retrieve(query, anywhere=True) if fits(ctx.chunks[h.node.node_id])]
    topic = [t for t in ctx.question.terms if not BASIS_ASKED.search(t) and t not in _PARTS_VERBS]
    defining = [h for h in hits if _defines_asked(ctx.chunks[h.node.node_id]["text"], ctx.text)
                or made_of and _made_of_asked(ctx.chunks[h.node.node_id]["text"], topic)]
    if defining or (hits and not topic):  # the term asked defined (亿元以上项目指…), or the period's note
        best = (defining or hits)[0]
        chunk = ctx.chunks[best.node.node_id]
        return item_answer(ctx, chunk, 0, len(chunk["text"]), chunk.get("period"), best.score or 0.0)
    return composed_from(ctx, hits)


def _defines_asked(text: str, question: str) -> bool:
    """Whether the text defines a term the question writes (亿元以上项目指… asked 亿元以上项目是怎么界定的)."""
    defined = _DEFINES.match(text)
    term = re.sub(r"^\W+", "", defined.group()[:-1].removesuffix("是")) if defined else ""
    term = term.lstrip("①②③④⑤⑥⑦⑧⑨⑩")
    return len(term) >= 2 and term in question


def _made_of_asked(text: str, topic: list[str]) -> bool:
    """Whether the text tells the parts of a thing the question names (综合得分满分100分，由…四项组成 asked 综合考核得分
    是怎么构成的): a term of the question written before its 由…组成."""
    made = _MADE_OF.search(text)
    return bool(made) and any(term in text[:made.start()] for term in topic)
