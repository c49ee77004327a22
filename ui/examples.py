"""Example questions built from the indexed bulletins, never written into the code.

Each clause of a chunk that states a figure ("签约项目23个", "共涉及投资额126.6亿元") becomes a
question about it with the chunk's region ("晋中投资额是多少？"); only questions the system answers
with that very figure are kept, so every example shown works.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator

import jieba.posseg

_CLAUSE = re.compile(r"[^，,。；;：:！？!?\n]+")
_FIGURE = re.compile(r"^(?P<subject>[\u4e00-\u9fff]{2,12}?)(?P<number>\d+(?:\.\d+)?)(?P<unit>亿元|万元|个|家|项|场次|人)")
_VERB = re.compile(r"^.*?(?:实现|完成|达到|涉及|累计)")  # "开发区实现进出口额" -> "进出口额"
_LEADING = re.compile(r"^(?:其中|今年|目前|当前|全年|全市|我市|本市|各开发区|共计|共|累计|完成|实现|涉及|达到|预计|总计|新增|引进|举办|建立了)+")
_TRAILING = re.compile(r"(?:共计|总计|共|达|为|约|分别)$")
_COMPARISON = re.compile(r"比|增加|增长|减少|下降|同比|环比|提高|扩充|占")
_COUNTERS = {"个", "家", "项", "场次", "人"}


def _subject(text: str, region: str) -> str | None:
    """What the figure measures, as a noun phrase ("投资额"), or None when the clause is no such phrase."""
    if region and text.startswith(region):
        text = text[len(region):]
    subject = _TRAILING.sub("", _LEADING.sub("", _VERB.sub("", text)))
    if len(subject) < 2 or _COMPARISON.search(subject):
        return None
    words = list(jieba.posseg.cut(subject))
    return subject if words and words[-1].flag.startswith(("n", "vn")) else None


def candidate_questions(chunks: list[dict]) -> Iterator[tuple[str, str, str]]:
    """(question, expected figure, region) for figure-stating clauses, regions taken in turn."""
    by_region: dict[str, list[tuple[str, str, str]]] = {}
    for chunk in chunks:
        region = chunk.get("region") or ""
        for clause in _CLAUSE.findall(chunk.get("text") or ""):
            m = _FIGURE.match(clause.strip())
            if not m:
                continue
            subject = _subject(m.group("subject"), region)
            if subject is None:
                continue
            unit = m.group("unit")
            ask = f"有多少{unit}？" if unit in _COUNTERS else "是多少？"
            by_region.setdefault(region, []).append((f"{region}{subject}{ask}", m.group("number") + unit, region))
    queues = list(by_region.values())
    while any(queues):
        for queue in queues:
            if queue:
                yield queue.pop(0)


def example_questions(chunks: list[dict], ask: Callable[[str], dict], limit: int = 4,
                      max_tries: int = 40) -> list[str]:
    """Up to `limit` questions whose answer's short figure is the one the clause states."""
    found: list[str] = []
    for tries, (question, figure, _region) in enumerate(candidate_questions(chunks)):
        if len(found) >= limit or tries >= max_tries:
            break
        if question in found:
            continue
        result = ask(question)
        if not result.get("abstained") and figure in (result.get("short") or ""):
            found.append(question)
    return found
