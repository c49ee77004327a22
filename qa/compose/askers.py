"""Who asked at a press conference (哪些媒体提问了, 整合优化的问题是谁提的, …是哪家媒体问的): a reporter's question turn
names the reporter by the outlet before 记者 (【记者】某某日报记者：问：…); staff call them 媒体. A list is every question
turn's outlet in the transcript's order, once each; who asked one question is the outlet of the question turn
retrieval finds for its topic (or of the turn right before the reply it finds), never the official who answered."""
from __future__ import annotations

import re

from qa.compose.base import Composed, Context, Evidence
from qa.compose.how import in_order
from qa.turns import is_question_turn

# the words staff call the askers of a press conference by (哪些媒体, 新闻单位): no word its passages must write
ASKERS = r"新闻(?:媒体|单位|机构)|媒体|记者"
_WHO = rf"(?:谁|哪一?[位家个名](?:{ASKERS})?)"
ASKED_BY = re.compile(rf"{_WHO}(?:提的问|提问|问)|问题(?:是|由)?{_WHO}提")
LISTED = re.compile(rf"(?:哪些|哪几家?|几家|多少家?)(?:{ASKERS})|(?:媒体|记者)(?:都|有|都有|是)+哪些")
_LABEL = re.compile(r"^\s*(?:【[^】]{1,10}】)?([^：:。，,！？]{0,16}?)[：:]")


def names_askers(word: str) -> bool:
    """Whether a word only names the askers of a press conference (媒体, 新闻单位), which no transcript writes."""
    return bool(re.fullmatch(ASKERS, word))


def _outlet(turn: dict) -> tuple[str, int] | None:
    """The asker a question turn names (泠邑日报记者) and where its label ends; None for a bare 记者：/问：."""
    label = _LABEL.match(turn["text"])
    name = label.group(1).strip() if label else ""
    return (name, label.end()) if len(name.removesuffix("记者")) >= 2 else None


def listed(ctx: Context) -> Composed | None:
    """Every outlet that asked, in the order of the transcript's question turns (of the bulletin chosen or named)."""
    doc = ctx.doc or ctx.named_bulletin
    turns = [c for c in ctx.snapshot.chunks if is_question_turn(c["text"]) and (not doc or c["doc"] == doc)
             and ctx.of_period_asked(c)]
    cited: dict[str, list[Evidence]] = {}
    for turn in turns:
        outlet = _outlet(turn)
        if outlet:
            cited.setdefault(outlet[0], []).append(Evidence(turn, 0, outlet[1], turn.get("period")))
    if not cited:
        return None
    lines, evidence = [], []
    for n, (outlet, said) in enumerate(cited.items(), 1):
        marks = "".join(f"[{len(evidence) + k}]" for k in range(1, len(said) + 1))
        evidence += said
        lines.append(f"{n}. {outlet}{marks}")
    period = evidence[0].period
    return Composed("list", (f"提问的媒体（{period}）：\n" if period else "提问的媒体：\n") + "\n".join(lines), evidence)


def asked_by(ctx: Context) -> Composed | None:
    """The outlet of the question turn asking what the question names."""
    hits = [*ctx.hits, *ctx.retrieve(ctx.text, anywhere=True)] if ctx.question.region else ctx.hits
    for hit in hits:
        chunk = ctx.chunks[hit.node.node_id]
        if not is_question_turn(chunk["text"]):
            ordered, at = in_order(ctx, chunk)
            chunk = ordered[at - 1] if 0 < at < len(ordered) else chunk
        outlet = _outlet(chunk) if is_question_turn(chunk["text"]) else None
        if outlet:
            period = chunk.get("period")
            said = Evidence(chunk, 0, len(chunk["text"]), period, hit.score or 0.0)
            return Composed("name", f"{chunk['text']}[1]" + (f"（{period}）" if period else ""), [said],
                            short=outlet[0])
    return None
