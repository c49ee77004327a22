"""Follow-ups that point at the periods the conversation asked (这两期数据比较一下, 那三个季度的增速呢): those periods,
not every issue the bulletins report, nor the last one asked alone."""
from __future__ import annotations

import re

from qa.corpus import Corpus
from qa.places import named_places
from qa.reasked import LEAD, PREVIOUS_ASK, asked_periods

# 这两期, 那三个季度, 这几期的数据: the issues just asked of, pointed at (近两期, 历次 name issues of the series instead)
_THESE_PERIODS = re.compile(r"(?:这|那)(?:些|(?P<n>[两二三四五几])个?)(?:期|季度?)的?(?:数据|数字|指标|情况)?")
_HOW_MANY = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
_PARTICLES = "的，,、 呢啊？?。!！"


def over_thread_periods(text: str, thread: list[str], corpus: Corpus) -> str | None:
    """The last question of the thread asked over the periods its questions named, when a follow-up points at them
    and names no other period nor place (这两期数据比较一下增速变化 after 一季度…多少？ and 上半年…多少？ →
    一季度和上半年…比较一下增速变化？). None when the thread named fewer periods than the follow-up counts."""
    these = _THESE_PERIODS.search(text)
    if not these or not thread:
        return None
    rest = (text[:these.start()] + text[these.end():]).strip(_PARTICLES)
    rest = rest[LEAD.match(rest).end():].strip(_PARTICLES)  # 那这两个季度谁快: 那 points back too
    if asked_periods(rest) or named_places(rest, corpus):
        return None  # 这两期和全年比, 榆川这两期呢: a period or a place of its own besides them
    named = [question[s:e] for question in thread for s, e in asked_periods(question)]
    periods = list(dict.fromkeys(named))
    n = _HOW_MANY.get(these["n"] or "", len(periods))
    last = thread[-1]
    spans = asked_periods(last)
    if n < 2 or len(periods) < n or not spans:
        return None
    asked = periods[-n:]
    stem = PREVIOUS_ASK.sub("", last[:spans[0][0]] + "、".join(asked[:-1]) + "和" + asked[-1] + last[spans[-1][1]:])
    said = next((k for k in range(len(rest), 1, -1) if stem.endswith(rest[:k])), 0)  # 营收 + 营收增速: said once
    return f"{stem}{rest[said:]}？"
