"""The position a comparison asks of its ranking: the first (last) N (前三, 后三位), the Nth (排第二的, 倒数第二), a
tie (并列第二); read from the question's words."""
from __future__ import annotations

import re


# a place asked by its position in the ranking (排第二的, 第三名, 倒数第二): not the first one
# (第2位 in digits is the position a bulletin writes: answered as written, not by ranking)
ORDINAL = re.compile(r"第([二三四五六七八九十])(?![次期批季届轮个项条家年])|倒数第(\d{1,2})")  # 倒数第2: no bulletin writes
NUMERALS = "一二三四五六七八九十"


# 排名前三的开发区, 外资前三名, 后三位, 倒数三名: the first (last) three, named first
TOP = re.compile(r"(前|后|倒数)([两二三四五六七八九十])(?:[名位]?(?:的|是|有|分别)|[名位](?=[？?。呢]|$))")


def top_count(text: str, rows: list) -> int:
    """N when the question asks the first N (排名前三的开发区) and at least N are ranked, else 0."""
    m = TOP.search(text)
    n = NUMERALS.index(m.group(2).replace("两", "二")) + 1 if m else 0
    return n if 1 < n <= len(rows) else 0


def top_asked(text: str, rows: list) -> str:
    """前三：A、B、C — the first N named, when the question asks the first N."""
    n = top_count(text, rows)
    return f"{''.join(TOP.search(text).groups())}：{'、'.join(name for name, _ in rows[:n])}。\n" if n else ""


TIE_ASKED = re.compile(r"并列")


def position_asked(text: str) -> int:
    """The position asked in the ranking, 1 (the first) unless the question names another."""
    m = ORDINAL.search(text)
    return (NUMERALS.index(m.group(1)) + 1 if m.group(1) else int(m.group(2))) if m else 1
