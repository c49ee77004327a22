"""Ordinals a question names a list's items by (“一要二要”都有啥, 一是、二是分别是什么, 第一第二): they say how the
bulletin numbers the items, not what the items are about."""
from __future__ import annotations

import re

_NUMERAL = "一二三四五六七八九十"
# one ordinal word: 一要, 二是, 三抓, 第一, 第二条
_ORDINAL = rf"(?:[{_NUMERAL}]{{1,2}}[是要抓]|第[{_NUMERAL}]{{1,2}}[条点项]?)"
ORDINAL_WORD = re.compile(rf"{_ORDINAL}+")
# two ordinals in a row (一要二要, 一要、二要, “第一”“第二”): the enumeration itself named
ORDINALS_NAMED = re.compile(rf"{_ORDINAL}[、，,和与及“”\"'\s]*{_ORDINAL}")


def is_ordinal(term: str) -> bool:
    """Whether a question's term is only ordinals (一要, 二要, 第一): no topic the items' titles write."""
    return bool(ORDINAL_WORD.fullmatch(term))
