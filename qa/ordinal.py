"""Follow-ups that ask for one item of the list answered just before (第二条具体说说, 展开讲讲第3项, 最后一条
是什么): the item is found by the number the asker saw in that answer, so it is the same item whatever the
question's words."""
from __future__ import annotations

import re

from qa.compose.base import Composed, Evidence

_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
NUMBER = r"[零一二两三四五六七八九十\d]{1,3}"
_UNIT = r"(?:条|项|点|个|件|部分|方面)"
_WHAT = r"(?:问题|亮点|计划|打算|安排|举措|措施|做法|不足|短板|困难|成效|成绩|任务|重点|方向)"
_ITEM = rf"(?:{_UNIT}{_WHAT}?|{_WHAT})"
# 第二条 / 第3项 / 第一个问题 / 最后一点 / 头一条; 排第二, 居第3位, 第2期 and 第二季度 are no item
_ORDINAL = re.compile(rf"(?<![排列居位名])第({NUMBER}){_ITEM}|(最后|末尾|头|首)一?{_ITEM}")
# what else a follow-up about an item says (具体说说, 详细讲讲, 是什么内容, 讲的啥): nothing that names a topic
_ABOUT_IT = re.compile(r"[，,。？?！!\s]|那|其中|里|请|再|能否|可以|麻烦|帮我|一下|具体|详细|详细地|展开|说说|讲讲|谈谈|介绍"
                       r"|说|讲|谈|看看|看|内容|是什么|是啥|啥|什么|意思|讲的|说的|写的|指的|是|的|呢|吗|了|怎么|一条|一项")
_NUMBERED_LINE = re.compile(r"^\s*(\d+)\.\s(.*?\[\d+\].*)$", re.M)
_CITED = re.compile(r"\[(\d+)\]")


def number_of(written: str) -> int:
    """一 → 1, 十二 → 12, 二十 → 20, 3 → 3."""
    if written.isdigit():
        return int(written)
    if "十" not in written:
        return _DIGITS.get(written, 0)
    tens, _, ones = written.partition("十")
    return (_DIGITS.get(tens, 0) if tens else 1) * 10 + (_DIGITS.get(ones, 0) if ones else 0)


def item_number(text: str) -> int | None:
    """The item a follow-up asks for, 1-based (-1: the last), when the question asks for nothing else."""
    found = _ORDINAL.search(text)
    if not found or _ABOUT_IT.sub("", text[:found.start()] + text[found.end():]):
        return None
    if found.group(1):
        return number_of(found.group(1)) or None
    return -1 if found.group(2) in ("最后", "末尾") else 1


def numbered_items(composed: Composed | None) -> list[list[Evidence]]:
    """The evidence of each numbered line of a list answer (its title's first, then the rest it cites: its text under
    the places it names), in its numbers' order; [] when the answer is no list, or numbers several lists (one per
    region: 第二条 would not say which)."""
    if composed is None or composed.kind != "list":
        return []
    lines = _NUMBERED_LINE.findall(composed.answer)
    if [int(number) for number, _ in lines] != list(range(1, len(lines) + 1)):
        return []
    return [[composed.evidence[int(n) - 1] for n in _CITED.findall(line)] for _, line in lines]


def item_asked(items: list[list[Evidence]], number: int) -> list[Evidence] | None:
    if number == -1:
        return items[-1] if items else None
    return items[number - 1] if 0 < number <= len(items) else None
