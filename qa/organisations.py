"""The body a 谁 question asks for when the answering sentence names no person (谁负责统筹协调 ↔
充分发挥市开发区建设工作领导小组办公室的统筹协调作用). Pure functions (jieba only)."""
from __future__ import annotations

import re

from qa.items import name_start
from qa.words import tagged

# what the name of a body ends with (领导小组办公室, 商务局, 管委会)
_BODY_END = re.compile(r"(?:办公室|办|局|委员会|委|管委会|中心|小组|政府|部门|公司|集团|协会|商会|平台|队伍|海关|银行|大学|学院"
                       r"|研究院)$")  # 口岸办: 办公室 short
# the verb before a body whose role the sentence names (充分发挥…的作用, 依托…的平台), which jieba may tag a noun
_OWNER_VERB = re.compile(r"^(?:.*?(?:充分|积极|切实|进一步))?(?:发挥|依托|依靠|通过|借助|由)")
MIN_ECHO = 3  # characters of the question the sentence writes after the body's 的
# a public body asked by its kind (由哪个部门牵头, 哪些单位参与): the answer names one
BODY_ASKED = re.compile(r"(?:哪个|哪一个|哪些|哪几个|哪家|什么|啥)(?:部门|单位|机构)")
# a body's name as sentences write it: a name, then what kind of body it is (市商务局, 领导小组办公室, 市政府)
_BODY_NAME = re.compile(r"[\u4e00-\u9fff]{2,}?(?:办公室|局|厅|委员会|管委会|委|中心|小组|政府|公司|集团|海关|银行|大学|学院|研究院"
                        r"|协会|商会)")  # 琮州海关: a body named by what it is


# a public body written short by its level (省厅, 市局, 县政府): the bulletin's issuer or one like it, no place's name
_OFFICE_SHORT = re.compile(r"[省市县区州][\u4e00-\u9fff]{0,2}?(?:厅|局|委|办|政府)")


# a post a person holds, by its level or body (副省长, 市长, 厅长, 党工委书记, 管委会主任): who spoke or signed, no place's
# name a bulletin must write (副省长讲话里的重点工作: the speech is asked, whether or not its speaker's line is read)
_POST = re.compile(r"(?:常务)?副?(?:[省市县区州镇乡厅局处科部]长|秘书长|(?:[省市县区]委|党委|党工委|党组)?书记"
                   r"|(?:管委会)?(?:常务)?副?主任|主席|总理)")


def is_office(word: str) -> bool:
    """Whether a question's word names a public body by its level (省厅) or a post a person holds (副省长)."""
    return bool(_OFFICE_SHORT.fullmatch(word) or _POST.fullmatch(word))


def lacks_body(question: str, sentence: str) -> bool:
    """Whether a question asks a public body by its kind and the sentence names none the question does not."""
    return bool(BODY_ASKED.search(question)) and not any(
        m.group() not in question for m in _BODY_NAME.finditer(sentence))


def owner_span(question: str, sentence: str) -> str | None:
    """谁负责X ↔ …发挥Y的X作用: Y, the body whose X the sentence names, when Y reads as a body's name."""
    for size in range(len(question), MIN_ECHO - 1, -1):
        for at in range(len(question) - size + 1):
            found = sentence.find("的" + question[at:at + size])
            if found < 0:
                continue
            clause = _OWNER_VERB.sub("", re.split(r"[，,。；;：:、]", sentence[:found])[-1])
            name = clause[name_start(clause):]
            return name if _BODY_END.search(name) else None
    return None


def body_span(question: str, sentence: str) -> str | None:
    """哪个部门牵头 ↔ 县发展改革局牵头，…: the first body the sentence names that the question does not, from where
    its name starts in its clause (由市交通运输局… -> 市交通运输局)."""
    for m in _BODY_NAME.finditer(sentence):
        clause = _after_bodies(re.split(r"[，,。；;：:、]", sentence[:m.end()])[-1])
        name = _BY.sub("", clause[name_start(clause):])
        if len(name) > 1 and name not in question:
            return name
    return None


_JOINER = re.compile(r"[和与及]")


def _after_bodies(clause: str) -> str:
    """The clause after the bodies listed before the last one (甲局和[乙委], 甲高新区与[乙海关]); a 和 after no body's name
    is part of the name (市[工业和信息化局]: not 信息化局)."""
    joins = [m.end() for m in _JOINER.finditer(clause) if m.group() != "和" or _BODY_END.search(clause[:m.start()])]
    return clause[joins[-1]:] if joins else clause


_DOER_ASKED = re.compile(r"由?谁(?:来|来?负责)?")
_MANNER = re.compile(r"(?:共同|联合|一起|统一|具体|主要|负责)+$")  # 由甲局和乙委[共同]牵头: how, not who
_BY = re.compile(r"^由(?=[\u4e00-\u9fff]{3})")  # [由]岚溪高新区管委会牵头: jieba may join 由 to the name (由岚溪/nr)


def doer_span(question: str, sentence: str) -> str | None:
    """谁牵头/由谁负责 ↔ 县营商环境服务中心牵头，…: the body the sentence writes right before the question's verb
    (after 由, without 共同 and the like), when it reads as a body's name."""
    asked = _DOER_ASKED.search(question)
    verb = next((w.word for w in tagged(question[asked.end():]) if len(w.word) >= 2), None) if asked else None
    for m in re.finditer(re.escape(verb), sentence) if verb else ():
        clause = _after_agent(_MANNER.sub("", re.split(r"[，,。；;：:]", sentence[:m.start()])[-1]))
        name = _BY.sub("", clause[name_start(clause):])
        if len(name) > 1 and _BODY_END.search(name) and name not in question:
            return name
    return None


_AGENT = {"由", "经", "被"}  # the word before who did it in a passive clause (方案经[省政府]批复, 由[市商务局]牵头)


def _after_agent(clause: str) -> str:
    """The clause after its last agent word when jieba reads it as a word of its own (not the 经 of 经开区)."""
    at, cut = 0, 0
    for w in tagged(clause):
        at += len(w.word)
        if w.word in _AGENT and at < len(clause):
            cut = at
    return clause[cut:]
