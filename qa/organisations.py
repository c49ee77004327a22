"""Names of organisations and firms in bulletin sentences: where a name starts after the verbs and the zone
written before it, and the body a 谁 question asks for when the sentence names no person (谁负责统筹协调 ↔
充分发挥市开发区建设工作领导小组办公室的统筹协调作用). Pure functions (jieba only)."""
from __future__ import annotations

import re

from index.zones import find_zones
from qa.words import tagged

_LEAD_POS = ("v", "d", "p", "c", "u", "m", "q", "f", "t", "r")  # verbs and function words before a name
# what the name of a body ends with (领导小组办公室, 商务局, 管委会)
_BODY_END = re.compile(r"(?:办公室|局|委员会|委|管委会|中心|小组|政府|部门|公司|集团|协会|商会|平台|队伍)$")
# the verb before a body whose role the sentence names (充分发挥…的作用, 依托…的平台), which jieba may tag a noun
_OWNER_VERB = re.compile(r"^(?:.*?(?:充分|积极|切实|进一步))?(?:发挥|依托|依靠|通过|借助|由)")
MIN_ECHO = 3  # characters of the question the sentence writes after the body's 的


def name_start(text: str) -> int:
    """Where a name starts after the verbs, function words and zone written before it (加快推动阳泉高新区…)."""
    words = list(tagged(text))
    start = 0
    while len(words) > 1 and (words[0].flag.startswith(_LEAD_POS) or words[0].word in "等及和与"):
        start += len(words.pop(0).word)
    zones = find_zones(text[start:])
    return start + zones[0][1] if zones and zones[0][0] == 0 and start + zones[0][1] < len(text) else start


def owner_span(question: str, sentence: str) -> str | None:
    """谁负责X ↔ …发挥Y的X作用: Y, the body whose X the sentence names, when Y reads as a body's name."""
    for size in range(len(question), MIN_ECHO - 1, -1):
        for at in range(len(question) - size + 1):
            echo = question[at:at + size]
            found = sentence.find("的" + echo)
            if found < 0:
                continue
            clause = re.split(r"[，,。；;：:、]", sentence[:found])[-1]
            clause = _OWNER_VERB.sub("", clause)
            name = clause[name_start(clause):]
            return name if _BODY_END.search(name) else None
    return None


_SEGMENT = re.compile(r"[^，,；;。、：:]+")
_FIRM_WORD = re.compile(r"企业|公司|集团")
# a size written between a firm and its product (湖大特塑年产10000吨聚酰胺…)
_SIZE_AFTER = re.compile(r"(?:年产|年处理|年加工|总投资)?[\d.,/A-Za-z万亿吨套台个件]+$")


def firm_span(question: str, sentence: str) -> str | None:
    """哪家企业做X ↔ …湖大特塑年产10000吨X…: the name written just before what the question says, in the
    part of the sentence sharing most with it, when that part names no 企业/公司 (firms are often written
    by name alone); the size between them and the verbs, zone and 的 before it left out."""
    def shared(seg: str) -> int:
        return sum(a + b in question for a, b in zip(seg, seg[1:]))
    best = max((m.group() for m in _SEGMENT.finditer(sentence)), key=shared, default="")
    if not best or _FIRM_WORD.search(best):
        return None
    echo = next((question[at:at + size] for size in range(len(question), MIN_ECHO - 1, -1)
                 for at in range(len(question) - size + 1) if question[at:at + size] in best), None)
    if not echo:
        return None
    before = _SIZE_AFTER.sub("", best[:best.find(echo)]).rsplit("的", 1)[-1]
    name = before[name_start(before):]
    zones = find_zones(name)
    whole_zone = bool(zones) and zones[0][:2] == (0, len(name))  # 平定经开区年产…: no firm written
    return name if 2 <= len(name) <= 12 and not whole_zone else None
