"""list: the items a lead announces. A sentence saying that its items follow (会议议定以下事项：, …等问题，具体见下表,
仍面临不少困难：一是…；二是…) answers nothing by itself when a question asks those items (议定了哪些事项, 发现了哪些问题,
指出了哪些困难); its items do: the parts it numbers after its colon, the numbered paragraphs after it, or the rows of
the table below it, each quoted whole and cited after the lead. The lead asked is one writing the noun the question
asks for (事项 of 哪些事项), in the bulletin the question names if it names one (推进会讲话里…). A bulletin's opening
(现将…通报如下) announces the whole bulletin, no items."""
from __future__ import annotations

import re

from index.periods import parse_period, period_spans
from index.zones import ZONE_WORD
from qa.closing_nouns import DECIDED_ITEMS
from qa.compose.base import Composed, Context, Evidence
from qa.compose.sections import question_regions, sections_for
from qa.degree_words import QUALIFIERS

# the noun a question asks items of: 哪些事项, 什么问题, 啥困难, 哪几项任务; counted after what produced them (议定了几个
# 事项, 提了几条要求; not 有几个项目, which a table lists); before the question word: 事项有哪些; before a request to list
# them: 议定事项列一下; after what produced them, before their count: 议定的事项一共几条; after what produced them,
# closing the question: 会议议定的事项; a qualifier before it is none (哪些主要举措: 举措)
_ASKED_NOUN = re.compile(r"(?:哪些|哪几[个项条件类]?|什么|啥|(?<=了)几[个项条件])(?:" + "|".join(QUALIFIERS) + r")?"
                         r"([\u4e00-\u9fff]{2})"
                         r"|([\u4e00-\u9fff]{2})(?:都|还|主要)?(?:有|是)(?:哪些|什么|啥)"
                         r"|([\u4e00-\u9fff]{2})(?:给我|帮我)?列(?:一下|一列|举|出来)"
                         r"|(?<=的)([\u4e00-\u9fff]{2})(?:一共|总共|共)?有?几[个项条件]|" + DECIDED_ITEMS)
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
# a part numbered inline after the lead's colon: 一是…, 第一，…, （一）…, 1、…, 1）… (a closing bracket alone), ①…
_INLINE_ORDINAL = (r"(?:[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十]{1,2}[，,、]|[（(][一二三四五六七八九十\d]{1,2}[)）]"
                   r"|\d{1,2}[、.．)）]|[①-⑳])")
_INLINE_LEAD = re.compile(r"[：:](?=" + _INLINE_ORDINAL + ")")
_PART_END = re.compile(r"[；;]")
# items announced to follow the sentence: 以下事项：, 下列问题：, …如下：
_FOLLOWING = re.compile(r"(?:以下|下列)[\u4e00-\u9fff]{0,6}[：:]$|如下[：:]?$")
_TABLE_BELOW = re.compile(r"(?:见|如)(?:下|附)表")
_NUMBERED = re.compile(r"^(?:" + _INLINE_ORDINAL + r"|[一二三四五六七八九十]{1,2}[、.．])")  # 一、 as 一是, （一）
_PLACE_KINDS = "市县区省"  # 哪些市县, 哪些区县: places
_OPENING = re.compile(r"^现将")  # 现将有关情况通报如下: the whole bulletin follows
_ROW_CELLS = 4  # cells (column names and values) a table row writes at least
_ABOVE_TABLE = 2  # chunks between a lead and its table's first row (a caption, a unit line)


def asked_noun(text: str, places: list[str] = ()) -> str | None:
    """The noun a question asks the items of (事项 of 会议议定了哪些事项), None when it names none or a kind of place
    (哪些开发区…印发了: places that did something, no items a lead announces). The places it names and its periods
    are no such noun (2024年前三季度晋中有哪些举措 asks 举措, not 晋中 or 季度): they are left out first."""
    for start, end in [*period_spans(text), *((m.start(), m.end()) for p in places if p
                                              for m in re.finditer(re.escape(p), text))]:
        text = text[:start] + " " * (end - start) + text[end:]
    m = _ASKED_NOUN.search(text)
    if not m:
        return None
    group = next(k for k in (1, 2, 3, 4, 5) if m.group(k))
    noun, at = m.group(group), m.start(group)
    return None if ZONE_WORD.match(text, at) or noun[0] in _PLACE_KINDS else noun


def places_named(ctx: Context) -> list[str]:
    """The places a question names, as it writes them (晋中, 琮州高新区) and as their regions."""
    return [n for p in ctx.places for n in (p.name, p.region)] + [ctx.question.region or ""]


def _heading_written(ctx: Context) -> bool:
    """Whether the question writes whole the heading of a section of the places asked (桐溪主要做法有哪些): that
    section's items are asked (qa/compose/listing.py), not those a lead inside it announces (具体做法：1）…2）…)."""
    return any(len(s.name) > 1 and s.name in ctx.question.text for s in sections_for(ctx, question_regions(ctx)))


def compose(ctx: Context) -> Composed | None:
    noun = asked_noun(ctx.question.text, places_named(ctx))
    if not noun or _heading_written(ctx):
        return None
    order = {c["id"]: k for k, c in enumerate(ctx.snapshot.chunks)}
    named = ctx.named_bulletin  # 推进会讲话里…: that bulletin's leads alone, retrieved over its period
    for hit in _of_bulletin(ctx, named) if named else ctx.hits:
        chunk = ctx.chunks.get(hit.node.node_id)
        if chunk is None or chunk["id"] not in order or named and chunk["doc"] != named:
            continue
        for sentence in _SENTENCE.finditer(chunk["text"]):
            text = sentence.group().rstrip("。！？!?")
            if noun not in text or _OPENING.match(text.strip()):
                continue
            inline = _inline(ctx, order[chunk["id"]], sentence.start(), text, noun)
            items = inline or _after(ctx, order[chunk["id"]], text)
            if items:  # the lead up to the colon its inline parts follow
                end = items[0].start - 1 if inline else sentence.start() + len(text.rstrip("：:"))
                return _answer(ctx, Evidence(chunk, sentence.start(), end, chunk.get("period"), 1.0), items)
    return None


def _of_bulletin(ctx: Context, doc: str) -> list:
    """The hits of the question retrieved over the period of the bulletin named, that bulletin's alone."""
    period = next((c.get("doc_period") for c in ctx.snapshot.chunks if c["doc"] == doc), None)
    return ctx.retrieve(ctx.text, period=parse_period(period) if period else None)


def _inline(ctx: Context, k: int, at: int, text: str, noun: str) -> list[Evidence]:
    """The parts a sentence numbers after a colon following the noun (困难：一是…；二是…), each to its ；, on into the
    chunks after when the sentence runs on there (a part naming a place is cut into that place's chunk)."""
    colon = _INLINE_LEAD.search(text, text.find(noun))
    if not colon:
        return []
    chunks = ctx.snapshot.chunks
    items = parts(chunks[k], at + colon.end(), at + len(text))
    runs_on = at + len(text) == len(chunks[k]["text"].rstrip())  # no sentence end in this chunk
    for chunk in chunks[k + 1:] if runs_on else []:
        if chunk["doc"] != chunks[k]["doc"]:
            break
        first = _SENTENCE.match(chunk["text"])
        end = len(first.group().rstrip("。！？!?")) if first else len(chunk["text"])
        items += parts(chunk, 0, end)
        if first and first.group().endswith(("。", "！", "？", "!", "?")):
            break
    return items if len(items) >= 2 else []


def parts(chunk: dict, begin: int, end: int) -> list[Evidence]:
    """The parts of chunk text [begin, end) between its ；."""
    found = []
    for stop in [m.start() for m in _PART_END.finditer(chunk["text"], begin, end)] + [end]:
        if stop > begin:
            found.append(Evidence(chunk, begin, stop, chunk.get("period"), 1.0))
        begin = stop + 1
    return found


def _after(ctx: Context, k: int, text: str) -> list[Evidence]:
    """The numbered paragraphs after a lead ending 以下事项： (each to its first sentence's end), or the rows of the
    table below a lead pointing to it (见下表), each whole."""
    chunks, doc = ctx.snapshot.chunks, ctx.snapshot.chunks[k]["doc"]
    following = [c for c in chunks[k + 1:] if c["doc"] == doc]
    if _TABLE_BELOW.search(text):
        start = next((j for j, c in enumerate(following[:_ABOVE_TABLE + 1]) if _row(c["text"])), None)
        rows = [] if start is None else _run(following[start:], lambda c: _row(c["text"]))
        return [Evidence(c, 0, len(c["text"].rstrip("。")), c.get("period"), 1.0) for c in rows]
    if not _FOLLOWING.search(text.strip()) and not text.rstrip().endswith(("：", ":")):
        return []
    numbered = _run(following, lambda c: bool(_NUMBERED.match(c["text"].strip())))
    items = []
    for c in numbered:  # each paragraph's first sentence, cut at its ； (二是…；三是… run on in one chunk)
        first = _SENTENCE.match(c["text"])
        items += parts(c, 0, len(first.group().rstrip("。！？!?")) if first else len(c["text"]))
    return items if len(items) >= 2 else []


def _row(text: str) -> bool:
    """Whether a chunk is a table row as the index writes one: its cells joined by spaces, one sentence at most (a
    cell may hold a comma: 土地未及时供应，开工滞后)."""
    return len(text.rstrip("。").split(" ")) >= _ROW_CELLS and "。" not in text.rstrip("。")


def _run(chunks: list[dict], belongs) -> list[dict]:
    """The chunks from the first on while they belong."""
    run = []
    for c in chunks:
        if not belongs(c):
            break
        run.append(c)
    return run


def _answer(ctx: Context, lead: Evidence, items: list[Evidence]) -> Composed:
    evidence = [lead, *items]
    lines = [f"{lead.quote}[1]："] + [f"{k}. {ev.quote}[{k + 1}]" for k, ev in enumerate(items, 1)]
    return Composed(ctx.kind, "\n".join(lines), evidence)
