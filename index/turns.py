"""A press conference's transcript as bulletins publish it: its speakers' turns, `主持人：…`, a reporter's question
(`【记者】某报记者：问：…`) and an answer (`某某：答：…`). A question turn holds no answer; an answer's own text starts
after its speaker's lead, where it may open with the place it is about (某某：答：分市看，甲市开发区…)."""
from __future__ import annotations

import re

from index.headings import city_of_line

# an official's lead before their words: an office, a title, a name (省商务厅副厅长某某：, 甲市商务局局长某某：)
_TITLE = "厅长|局长|主任|书记|市长|县长|区长|镇长|部长|处长|科长|司长|主席|秘书长|负责人|发言人"
SPEAKER_LEAD = re.compile(rf"^(?P<office>[\u4e00-\u9fff]{{1,14}}?(?:厅|局|委|办|部|处|司|会|市|县|区|镇|政府))"
                          rf"(?:有关|新闻)?(?:常务)?副?(?:{_TITLE})[\u4e00-\u9fff]{{0,3}}[：:]")
# the lead of an answer turn: the speaker's name, 答 (某某：答：), or an official's lead
ANSWER_LEAD = re.compile(rf"^[\u4e00-\u9fff]{{2,4}}[：:]答[：:]|{SPEAKER_LEAD.pattern[1:]}")
_OFFICE_CITY = re.compile(r"^[\u4e00-\u9fff]{2,4}?[市县]")  # 甲市商务局 -> 甲市


def speaker_city(text: str) -> str | None:
    """The city or county whose office the turn's speaker holds (甲市商务局局长某某：… -> 甲): they answer for it."""
    lead = SPEAKER_LEAD.match(text)
    office = _OFFICE_CITY.match(lead.group("office")) if lead else None
    return city_of_line(office.group()) if office else None


def after_answer_lead(clause: str) -> str:
    """The clause after an answer turn's lead (某某：答：甲市… -> 甲市…); any other clause as it is."""
    lead = ANSWER_LEAD.match(clause)
    return clause[lead.end():] if lead else clause


def in_paragraph(chunk) -> bool:
    """Whether a chunk's text runs as a paragraph of its own, not an item's under a title: one of no item, or an
    answer turn (its speaker's lead is no item's title), whose enumerated points (一是…) run inside it."""
    return chunk.item is None or bool(ANSWER_LEAD.match(chunk.text))
