"""A press conference's transcript as bulletins publish it: its speakers' turns, `主持人：…`, a reporter's question
(`【记者】某报记者：问：…`) and an answer (`某某：答：…`). A question turn holds no answer; an answer's own text starts
after its speaker's lead, where it may open with the place it is about (某某：答：分市看，甲市开发区…)."""
from __future__ import annotations

import re

# the lead of an answer turn: the speaker's name, 答 (某某：答：)
ANSWER_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,4}[：:]答[：:]")


def after_answer_lead(clause: str) -> str:
    """The clause after an answer turn's lead (某某：答：甲市… -> 甲市…); any other clause as it is."""
    lead = ANSWER_LEAD.match(clause)
    return clause[lead.end():] if lead else clause


def in_paragraph(chunk) -> bool:
    """Whether a chunk's text runs as a paragraph of its own, not an item's under a title: one of no item, or an
    answer turn (its speaker's lead is no item's title), whose enumerated points (一是…) run inside it."""
    return chunk.item is None or bool(ANSWER_LEAD.match(chunk.text))
