"""A follow-up whose subject points back (这个是哪个单位牵头的？ 这项改革由谁负责？ after 某县“…”机制是怎么做的？):
the pointer stands for what the previous question asked about, its words before its own question words. A pointer
with a noun of its own (这个指标, 这个开发区) is left to qa/conversation.py and qa/places.py; so is one before 的
(它的投资额: the thing the previous answer named, which no question wrote)."""
from __future__ import annotations

import re

# the pointer, a noun the previous question writes (改革 in 这项改革), then what is said of it (是…, 由…, 在…)
_POINTER = re.compile(r"^(?:那么?)?(?:这个|这项|这一|该|此|它|其)(?P<noun>[\u4e00-\u9fff]{1,4}?)??"
                      r"(?=是|由|在|归|靠|要|有|都|主要|具体)")
# where a question's own asking starts (是怎么做的, 有哪些, 是多少)
_OWN_ASK = re.compile(r"(?:是|都|主要|具体)*(?:怎么|怎样|如何|多少|几|哪|什么|啥|谁|有没有|是否|吗)")


def pointed_back(text: str, previous: str) -> str | None:
    """`text` with its pointer replaced by what `previous` asked about, or None when it has none."""
    found = _POINTER.match(text.strip())
    if not found or (found["noun"] and found["noun"] not in previous):
        return None
    ask = _OWN_ASK.search(previous)
    subject = (previous[:ask.start()] if ask else previous.rstrip("？?。！! ")).rstrip("的，,、 ")
    return subject + text.strip()[found.end():] if len(subject) >= 2 else None


# a pointer to what the previous question asked for by name (它, 该园区, 这家企业 after 哪个园区…？): no question wrote it,
# the previous answer did
_TO_ANSWER = re.compile(r"^(?:那么?)?(?:它|该|这个|这家|这一)(?P<noun>[\u4e00-\u9fff]{0,3}?(?:开发区|园区|园|区|市|县|企业"
                        r"|公司|项目|单位|部门))?(?![\u4e00-\u9fff]{0,1}(?:些|们|期|次|季度|月))")
_NAME_ASKED = re.compile(r"哪|谁")


def points_to_answer(text: str, previous: str) -> int:
    """Where the pointer of `text` ends when it stands for the name `previous` asked (该园区 after 哪个园区获批了…？),
    else 0; a noun of its own (该园区) must be the kind the previous question asked (哪个园区)."""
    found = _TO_ANSWER.match(text.strip())
    asked = _NAME_ASKED.search(previous)
    if not found or not asked:
        return 0
    noun = found["noun"]
    return found.end() if not noun or noun[-2:] in previous[asked.start():] or noun[-1] in previous[asked.start():] \
        else 0
