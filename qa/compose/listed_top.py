"""listed_top: the place at a position asked (排第一, 头名, 第二名) where a bulletin ranks no place by itself but lists
the first N in one sentence (甲、乙、丙位列全省…前三位): bulletins write such a list in the order of the positions, so
the place written n-th holds position n, and the sentence is quoted whole so the reader sees what it says."""
from __future__ import annotations

import re

from index.figures import cn_number
from index.zones import find_zones
from qa.answer import coverage
from qa.compose.base import Composed, Context
from qa.compose.question_terms import question_weights
from qa.compose.rows import MIN_MATCH, in_period, named_quote

# …位列2025年度全省开发区综合发展水平前五位, 排名全省前3名: the first N, after a word of ranking in the same clause
_TOP = re.compile(r"(?:位列|位居|排名|排在|名列|跻身|进入|列|居)([^，,；;。！？\n]{0,30}?)前([二三四五六七八九十]{1,2}|\d{1,2})(?:位|名|强)")
_CLAUSE_START = re.compile(r"[，,；;。！？：:\n]")


def at_position(ctx: Context, n: int) -> Composed | None:
    """The n-th of the places a sentence lists as the first N (N of them named, n ≤ N), in the period asked, whose
    ranking shares the question's words (综合发展水平) as much as ranked's written positions must."""
    weights = question_weights(ctx)
    found = []
    for chunk in ctx.chunks.values():
        text = chunk["text"]
        for top in _TOP.finditer(text):
            size = int(top.group(2)) if top.group(2).isdigit() else int(cn_number(top.group(2)))
            opened = max((m.end() for m in _CLAUSE_START.finditer(text, 0, top.start())), default=0)
            places = find_zones(text[opened:top.start()])
            if not 1 <= n <= size or len(places) != size or not in_period(ctx, chunk, ctx.question.period) \
                    or (ctx.doc and chunk["doc"] != ctx.doc):
                continue  # a list that is not the whole top N names no order of them
            score = coverage(text[opened:top.end()], weights) if weights else 1.0
            if score >= MIN_MATCH:
                found.append((score, chunk.get("as_of") or 0, chunk, opened, top.end(), places[n - 1][2]))
    if not found:
        return None
    _, _, chunk, start, end, name = max(found, key=lambda x: x[:2])
    return named_quote(ctx, name, chunk, start, end)
