"""Follow-ups: a question that names only a place, a period or an indicator (阳泉呢？ 上半年呢？
投产率呢？ 那平定经开区呢？) takes the rest from the previous question of the conversation.

The previous question is cut into its places, its periods and its indicator (the words between them
and the question words); the follow-up's part replaces the same part, or is added when it had none.
"""
from __future__ import annotations

import re

from index.periods import period_spans
from qa.places import named_places
from qa.question import Corpus

_FOLLOW_UP = re.compile(r"^(?:那么?|还有|再看看?|换成)?(?P<body>.{1,16}?)(?:的情况|情况)?(?:呢|怎么样|咋样|如何)?[？?。!！\s]*$")
_ENDS_LIKE_FOLLOW_UP = re.compile(r"^(?:那|还有|再看|换成)|(?:呢|怎么样|咋样)[？?。!！\s]*$")
_ASKS_ITSELF = re.compile(r"多少|几|哪|什么|谁|怎|如何|吗|有没有|是否|总结|概括|介绍")
# where the question words start: the indicator ends here
_TAIL = re.compile(r"这[几两三四五]期|[各每历]期|历次|分别|各自|各(?=是|为|有|多|完|达)|是多少|是什么|多少|几|哪|什么|"
                   r"怎|如何|咋|有何|[？?]|$")
_FILLER = "的之"


def _slots(text: str, corpus: Corpus) -> dict[str, tuple[int, int] | None]:
    """(start, end) of the places, the periods and the indicator of a question (None: absent)."""
    places = [(p.start, p.end) for p in named_places(text, corpus)]
    periods = period_spans(text)
    marks = sorted(places + periods)
    tail = _TAIL.search(text).start()
    before = [e for s, e in marks if e <= tail]
    start = max(before, default=0)
    while start < tail and text[start] in _FILLER + "、和与及":
        start += 1
    indicator = (start, tail) if tail > start else None
    return {"place": (places[0][0], places[-1][1]) if places else None,
            "period": (periods[0][0], periods[-1][1]) if periods else None,
            "indicator": indicator}


def _replace(text: str, span: tuple[int, int] | None, new: str, at: int) -> str:
    if span:
        return text[:span[0]] + new + text[span[1]:]
    return text[:at] + new + text[at:]


def _changes(body: str, corpus: Corpus) -> list[tuple[str, str]]:
    """(slot, new text) for what the follow-up names: its places, its periods, and the rest (an indicator)."""
    places = named_places(body, corpus)
    periods = period_spans(body)
    rest = body
    for s, e in sorted([(p.start, p.end) for p in places] + periods, reverse=True):
        rest = rest[:s] + rest[e:]
    changes = [("place", "、".join(p.name for p in places)), ("period", "".join(body[s:e] for s, e in periods)),
               ("indicator", rest.strip(_FILLER + "、和与及 "))]
    return [(slot, new) for slot, new in changes if new]


def resolve(text: str, previous: str, corpus: Corpus) -> str | None:
    """`text` as a whole question when it is a follow-up of `previous`, else None."""
    text, resolved = text.strip(), previous.strip()
    m = _FOLLOW_UP.match(text)
    if not resolved or not m or not _ENDS_LIKE_FOLLOW_UP.search(text) or _ASKS_ITSELF.search(m.group("body")):
        return None
    slots = _slots(resolved, corpus)
    insert_at = {"place": 0, "period": slots["place"][1] if slots["place"] else 0,
                 "indicator": _TAIL.search(resolved).start()}
    # replaced right to left, so the spans found in `previous` stay valid
    changes = sorted(_changes(m.group("body").strip(_FILLER), corpus),
                     key=lambda change: (slots[change[0]] or (insert_at[change[0]],))[0], reverse=True)
    for slot, new in changes:
        resolved = _replace(resolved, slots[slot], new, insert_at[slot])
    return resolved if resolved != previous.strip() else None


def resolve_history(text: str, history: list[str] | None, corpus: Corpus) -> str | None:
    """The question as understood from the conversation (each earlier question resolved in turn), or
    None when it is not a follow-up."""
    previous = None
    for earlier in history or []:
        if earlier and earlier.strip():
            previous = resolve(earlier, previous, corpus) or earlier.strip() if previous else earlier.strip()
    return resolve(text, previous, corpus) if previous else None
