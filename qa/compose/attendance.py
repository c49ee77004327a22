"""Who attended a meeting (哪些单位出席了分析会, 参会的有谁, 列席人员有哪些): a 纪要 closes with the line its label opens
(出席：甲、乙处、丙局负责同志；列席：…), whose parts, parted by 、 and ，, are the attendees; quoted whole and each part
listed. A meeting's other lines (记录：…, 主持召开…) tell who recorded or chaired it, not who attended."""
from __future__ import annotations

import re

from qa.compose.base import Composed, Context, Evidence

_DEED = r"出席|参加|参会|与会|列席"
ASKED = re.compile(rf"(?:谁|哪些|哪几|哪个|什么)[^，,。？?]{{0,6}}(?:{_DEED})|(?:{_DEED})[^，,。？?]{{0,6}}(?:谁|哪|什么|啥)")
# the label opening an attendance line (出席：, 参会单位：, 列席人员：), at a line's start
_LINE = re.compile(rf"^\s*(?:{_DEED})(?:单位|人员|领导)?[：:]")
_PARTS = re.compile(r"[、，,；;]")


def asked(text: str) -> bool:
    """Whether a question asks who attended a meeting (会 named: 分析会, 参会; 哪些企业参加了招商活动 is no meeting's)."""
    return bool(ASKED.search(text)) and "会" in text


def compose(ctx: Context) -> Composed | None:
    """The attendance lines of the bulletin chosen or named (else of the period asked), each quoted and its parts
    listed."""
    doc = ctx.doc or ctx.named_bulletin
    lines = [c for c in ctx.snapshot.chunks if _LINE.match(c["text"]) and (not doc or c["doc"] == doc)
             and ctx.of_period_asked(c)]
    if not lines:
        return None
    texts, evidence = [], []
    for n, line in enumerate(lines, 1):
        text = line["text"].strip()
        label = _LINE.match(text)
        parts = [p.strip("。 ") for p in _PARTS.split(text[label.end():]) if p.strip("。 ")]
        evidence.append(Evidence(line, 0, len(line["text"]), line.get("period")))
        where = f"（{line['period']}）" if line.get("period") else ""
        texts.append(f"{text}[{n}]{where}\n" + "\n".join(f"{k}. {p}" for k, p in enumerate(parts, 1)))
    return Composed("list", "\n".join(texts), evidence)
