"""A region's row in a bulletin on development zones (`骊塘市 营业收入 392.7亿元 …` under the title 瀚岷省开发区经济运行
统计监测通报): the figures of the city's zones as a whole, which a question names with the city and the generic zone
word (骊塘市开发区营业收入). The row never writes the word; its bulletin's title does."""
from __future__ import annotations

import re

from index.entries import the_citys_zones


def zone_word_of_title(passage: str, meta: dict, question: str) -> str:
    """The generic zone word the question writes right after the passage's region (骊塘市开发区) when the passage
    opens with that region's name (a row of it) and its bulletin's title writes the word; else ''."""
    region, title = meta.get("region") or "", meta.get("title") or ""
    if not region or not passage.startswith(region):
        return ""
    for m in re.finditer(re.escape(region) + r"市?([\u4e00-\u9fff]{2,3})", question):
        word = m.group(1)
        for end in range(len(word), 1, -1):
            if the_citys_zones(word[:end]) and word[:end] in title:
                return word[:end]
    return ""
