"""How marked or common the things asked are (比较突出, 较为明显, 最集中): a degree that picks from a list's items, names
none of them and ranks no places. Staff write it after the items asked (哪些问题比较突出) or before them (突出问题)."""
from __future__ import annotations

import re

# how marked or common a thing is said to be: no word of what the things are
MARKED = ("突出", "明显", "集中", "普遍", "严重", "常见", "显著", "亮眼", "关注", "关心")
# which of the things are asked, written before their noun (突出问题, 主要举措, 重点任务): no noun of their own
QUALIFIERS = ("主要", "重点", "关键", "核心", "具体", "典型", *MARKED)
# the adverbs of degree before it (比较 as "rather", not "compare")
_ADVERBS = r"(?:比较|较为|较|相对|相当|特别|尤其|更加|更为|更|很|最为|最)"
# 比较 as "rather" before how marked a thing is, closing its clause or before 的 (比较突出的短板, 哪些问题比较突出,
# 反映比较多的问题): no comparison asked (比较一下, 比较哪个高 are)
RATHER = rf"比较(?=(?:多|{'|'.join(MARKED)})的|(?:{'|'.join(MARKED)})(?=[？?。，,！!呢吗啊]|$))"
# how marked, as a question writes it after the things (做法比较突出, 问题较为集中)
DEGREE = rf"{_ADVERBS}?(?:{'|'.join(MARKED)})"
_DEGREE = re.compile(rf"{DEGREE}|{_ADVERBS}")


def is_degree(term: str) -> bool:
    """Whether a question's term says only how marked the things asked are (比较突出, 明显, 比较): no topic."""
    return bool(_DEGREE.fullmatch(term))
