"""how, asked why (为什么下降, 原因是什么, 为啥26天就能开工): the sentence that says it, quoted whole so that its
cause (主要是…, 受…影响, 由于…) or the way before a colon (推行“标准地+承诺制”供地：…) stays with what it explains.
Of sentences nearly as relevant, one writing a cause answers, whichever issue it is in. A cause may be a problem
the bulletin reports (存在问题), unlike a way of doing."""
from __future__ import annotations

import re
from dataclasses import replace

import jieba

from index.periods import period_spans
from index.zones import written_short
from qa.abbreviations import spelled_out
from qa.answer import FIGURE, find_facts, select_facts
from qa.compose.base import Composed, Context, Evidence
from qa.compose.how import MAX_HOW
from qa.asking_words import WHY
from qa.short import short_span

_CAUSE = re.compile(r"主要是|主要受|受[^，,；;。]{1,20}影响|由于|得益于|因为|原因是|原因在于|带动|拉动|导致|造成|归功于")
CAUSED_PART = 0.75  # a sentence writing a cause answers when it is this relevant beside the best one
_PART_END = re.compile(r"[；;]")


def asks_cause(text: str) -> bool:
    return bool(WHY.search(text))


def _quoted(text: str, sentence: str, near: int) -> tuple[int, int]:
    """Where the sentence (the fact's, found nearest `near`) stands in the chunk text, up to the end of its part
    (up to a semicolon) writing the cause, else of its first part: the next part tells another thing."""
    starts = [m.start() for m in re.finditer(re.escape(sentence), text)] or [near]
    start = min(starts, key=lambda at: abs(at - near))
    cause = _CAUSE.search(sentence)
    stop = _PART_END.search(sentence, cause.end() if cause else 0)
    return start, start + (stop.start() if stop else len(sentence.rstrip("。！？!?")))


def compose(ctx: Context) -> Composed | None:
    why = "".join(WHY.findall(ctx.question.text))
    terms = [t for t in ctx.question.terms if t not in why] or ctx.question.terms
    question = replace(ctx.question, terms=terms, wants_figure=False, single=False, parts=[])
    facts = find_facts(question, ctx.hits, ctx.corpus)
    caused = [f for f in facts if _CAUSE.search(f.sentence) and f.relevance >= CAUSED_PART * facts[0].relevance]
    facts = select_facts(caused or facts, question, ctx.corpus)  # a cause is no figure a newer issue updates
    if not caused:  # 营收为什么增长这么快: the sentence writing why, whether or not it holds the figure asked
        written = _cause_sentence(ctx, why)
        if written:
            return written
    if not facts:
        return None
    best = facts[0]
    chunk = ctx.chunks[best.hit.node.node_id]
    start, end = _quoted(chunk["text"], best.sentence, best.start)
    start = max(start, end - MAX_HOW)
    text = chunk["text"][start:end].strip()
    period = best.meta.get("period") or best.period
    where = "，".join(filter(None, [chunk.get("region"), period]))
    return Composed("how", f"{text}[1]" + (f"（{where}）" if where else ""),
                    [Evidence(chunk, start, end, period, best.relevance)],
                    short=_cause_written(text) or _read_short(ctx.question.text, text))


def _read_short(question: str, text: str) -> str:
    """The short-answer reader's span (qa/short.py) when it is no bare figure: a figure says how much, not why."""
    short = short_span(question, text)
    return short if short and short in text and not FIGURE.fullmatch(short) else ""


def _cause_written(text: str) -> str:
    """The cause a quote writes, as the short answer: its clause after the cause word (主要是[龙头企业停产检修]), or
    the whole of 受…影响."""
    cause = _CAUSE.search(text)
    if cause and cause.group().startswith("受"):
        return cause.group()  # 受海外订单减少影响: the cause is inside
    clause = re.match(r"[^，,；;。！？!?]+", text[cause.end():]) if cause else None
    return clause.group().strip("：: ") if clause else ""


_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")


def _asked_words(ctx: Context, why: str) -> list[str]:
    """The words of the question, but its places, periods and the asking why: each a word some document writes."""
    text = ctx.question.text
    spans = [(p.start, p.end) for p in ctx.places] + period_spans(text)
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " * (end - start) + text[end:]
    text = text.replace(why, " ")
    return [w for w in jieba.lcut(text) if len(w) > 1 and ctx.corpus.contains(w)]


def _cause_sentence(ctx: Context, why: str) -> Composed | None:
    """Among the passages retrieved, the first sentence writing a cause and every word the question asks it of
    (荇州经开区营收增长较快，主要得益于… for 营收为什么增长这么快), of the zone asked when one is: a cause is told in
    words, often beside no figure of what it explains. A zone's sentence may stand in the whole's part (存在的问题:
    青磬化工园区受…影响，营业收入增速低于全省平均), so it is looked for there too."""
    words = _asked_words(ctx, why)  # the question as read: 营收 spelled out 营业收入
    zones = [written_short(ctx.question.text[p.start:p.end]) for p in ctx.places
             if p.known and p.region and p.name != p.region]
    if not words:
        return None
    # a zone's sentence in the whole's part, or written with its kind in full (桑陵经济技术开发区受…影响)
    hits = ctx.hits + (ctx.retrieve(f"{ctx.question.text} {' '.join(words)}", anywhere=True) if zones else [])
    for hit in hits:
        chunk = ctx.chunks[hit.node.node_id]
        if chunk.get("region") not in (None, "", ctx.question.region) and ctx.question.region:
            continue
        for m in _SENTENCE.finditer(chunk["text"]):
            sentence = m.group()
            if not _CAUSE.search(sentence) or not all(zone in written_short(sentence) for zone in zones):
                continue
            read = spelled_out(sentence, ctx.corpus)  # 营收 written, as the question's 营收 was read: 营业收入
            if all(w in sentence or w in read or _same_change(w, sentence) for w in words):
                start, end = _quoted(chunk["text"], sentence, m.start())
                period = chunk.get("period")
                where = "，".join(filter(None, [chunk.get("region"), period]))
                text = chunk["text"][start:end]
                return Composed("how", f"{text}[1]" + (f"（{where}）" if where else ""),
                                [Evidence(chunk, start, end, period, hit.score or 0.0)], short=_cause_written(text))
    return None


# the words of a change, by its direction: a question's 下滑 is the bulletin's 下降
_CHANGES = (("下降", "下滑", "下跌", "回落", "减少", "降低", "走低", "负增长"), ("增长", "上升", "提高", "增加", "提升", "回升", "上涨"))


def _same_change(word: str, sentence: str) -> bool:
    return any(word in change and any(w in sentence for w in change) for change in _CHANGES)
