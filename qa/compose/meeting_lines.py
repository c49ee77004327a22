"""Who attended or recorded a meeting, as its 纪要's closing lines say: the line its label opens (出席：甲、乙处、丙局负责
同志；列席：…) lists the attendees (哪些单位出席了分析会, 参会的有谁), its parts parted by 、 and ，, quoted whole and each
listed; `记录：开发区处　某某` names who recorded it (纪要是谁记录的), the name last. The meeting's own words (分析会, 纪要)
need not stand in those lines, which name no meeting."""
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


def attendance(ctx: Context) -> Composed | None:
    """The attendance lines of the bulletin chosen or named (else of the period asked), each quoted and its parts
    listed."""
    lines = _lines(ctx, _LINE)
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


RECORDER_ASKED = re.compile(r"(?:谁|哪位|哪个)[^，,。？?]{0,4}记录|记录(?:人|员)(?:是|为)?(?:谁|哪位)")
_RECORDER_LINE = re.compile(r"^\s*记录(?:人|员)?[：:]")
_PARTS_OF_NAME = re.compile(r"[\s　、，,]+")


def recorder(ctx: Context) -> Composed | None:
    """The 记录： line of the bulletin chosen or named (else of the period asked), its last name the short."""
    line = next(iter(_lines(ctx, _RECORDER_LINE)), None)
    if line is None:
        return None
    text = line["text"].strip()
    names = [n for n in _PARTS_OF_NAME.split(text[_RECORDER_LINE.match(text).end():]) if n.strip("。")]
    where = f"（{line['period']}）" if line.get("period") else ""
    return Composed("name", f"{text}[1]{where}", [Evidence(line, 0, len(line["text"]), line.get("period"))],
                    short=names[-1].strip("。") if names else "")


def _lines(ctx: Context, label: re.Pattern) -> list[dict]:
    doc = ctx.doc or ctx.named_bulletin
    return [c for c in ctx.snapshot.chunks if label.match(c["text"]) and (not doc or c["doc"] == doc)
            and ctx.of_period_asked(c)]
