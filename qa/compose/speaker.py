"""Who gave a speech (推进会上讲话的是哪位领导, 谁作的讲话): the speaker line a speech prints under its title (its
post, a space, the name: 某省人民政府副省长　某某), never a person its passages name. A speech is a bulletin whose title
ends with 讲话 (…推进会上的讲话); where several are indexed, the one whose title writes a word of the question."""
from __future__ import annotations

import re

from qa.bulletin_named import BYLINE, title_kind
from qa.compose.base import Composed, Context, Evidence

SPEECH = "讲话"
ASKED = re.compile(r"(?:谁|哪一?位|哪个)[^，,。？?]{0,6}讲话|讲话[^，,。？?]{0,3}(?:是谁|是哪一?位|哪一?位|谁)|讲话人"
                   r"|讲话的[^，,。？?的]{1,4}(?:是谁|是哪一?位|哪一?位|谁)")  # 讲话的副省长是谁: the speaker by his post


def compose(ctx: Context) -> Composed | None:
    speeches = {c["doc"]: c.get("title") or "" for c in ctx.snapshot.chunks
                if title_kind(c.get("title") or "").endswith(SPEECH) and (not ctx.doc or c["doc"] == ctx.doc)}
    if len(speeches) > 1:  # 推进会上…: the speech whose title writes a word of the question
        speeches = {doc: title for doc, title in speeches.items() if any(t in title for t in ctx.question.terms)}
    if len(speeches) != 1:
        return None
    doc = next(iter(speeches))
    lines = [c for c in ctx.snapshot.chunks if c["doc"] == doc and BYLINE.match(c["text"].strip())]
    if not lines:
        return None
    line = min(lines, key=lambda c: c.get("start") or 0)  # the line under the title, before any passage
    name = BYLINE.match(line["text"].strip()).group("name")
    period = line.get("period")
    answer = f"{line['text'].strip()}[1]" + (f"（{period}）" if period else "") + "。"
    return Composed("name", answer, [Evidence(line, 0, len(line["text"]), period, 1.0)], short=name)
