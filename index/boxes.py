"""What a bulletin sets apart from its running text: key-figure cards, boxed cases and notes.

- A **key-figure card** (a 数读 box's `枳川化工园区营业收入86.4亿元。`, see index.layout_cards: a label naming what is
  counted, no period and no verb of a sentence, then its figures) of no region whose label opens with a zone's name is the place that zone is named after: the region of the document the zone's name starts
  with, else the place its name opens with (its first word when jieba knows it as a place, else its first two
  characters: 枳川 of 枳川化工园区). Its own words say whose figure it is; a card of the whole (全省开发区…) names
  no zone and stays the whole's.
- A **boxed case** (`专栏1　典型案例`, `案例`, `延伸阅读` …) is a part of its own: its label line and the short title line
  under it (no sentence) are the section of the text below, the title its item, so label, title and body are one
  passage and the title's words are found as a heading's are. A box set under an open section (工作亮点 / 专栏：营商环境)
  is an item of it, its title too.
- A **note** (`注：…`, `备注：…`) in a place's part that names no place and tells how an indicator is counted
  (口径, 不含, 按…统计, 下同) speaks of the indicator wherever it is written: it is the whole's. A note naming a place
  stays in that place's part.
"""
from __future__ import annotations

import re

import jieba.posseg

from index.figures import FIGURE
from index.headings import city_of_line
from index.periods import period_spans
from index.places import NO_PARTICULAR
from index.zones import ZONE_WORD, find_zones

# a card as index.layout_cards writes it: a label of words, its figure(s), one full stop; nothing else
_CARD = re.compile(rf"(?P<label>[\u4e00-\u9fff]{{4,24}}?)(?:{FIGURE.pattern})(?:，[\u4e00-\u9fff+＋\-－−↑↓]{{0,8}}"
                   rf"(?:{FIGURE.pattern}))*。")
# a verb of a sentence before its figure (实现营业收入, 完成, 达到, 超, 突破, 累计): no card's label writes one
_PROSE = re.compile(r"实现|完成|达到?|超过?|突破|累计|共计?|合计|约|为|是")
# a box's label line: its kind, a number, a short title (专栏1　典型案例, 案例2：…, 延伸阅读, 小贴士)
# or the label numbered with the case's title on its line (专栏２　柘泉经开区“链长制”招商: no sentence)
BOX_LABEL = re.compile(r"^(?:专栏|案例|典型案例|经验交流|延伸阅读|知识链接|背景链接|小贴士)\s*(?:[0-9０-９一二三四五六七八九十]{0,2}"
                       r"\s*(?:[：:]\s*)?[\u4e00-\u9fff]{0,8}|[0-9０-９一二三四五六七八九十]{1,2}\s*(?:[：:]\s*)?[^。！？；;，,]{6,32})$")
# a case's title: a short line that is no sentence (no full stop, no clause break)
_BOX_TITLE = re.compile(r"^[^。！？；;，,\s]{6,32}$")
_NOTE = re.compile(r"^(?:注|备注|说明)\s*\d?\s*[:：]")
# how an indicator is counted: its 口径, what it leaves out or takes in, the rule it is counted by
COUNTED = re.compile(r"口径|不含|不包括|包含|含有|按[^。；]{1,20}(?:统计|计算|核算)|下同|快报数|以[^。；]{1,12}为准")


def card_place(text: str, regions: list[str]) -> str | None:
    """The place a key-figure card's label names through its zone (see the module's docstring), or None."""
    card = _CARD.fullmatch(text.strip())
    if not card or _PROSE.search(card.group("label")) or period_spans(card.group("label")):
        return None  # 一季度实现营业收入…: a sentence, which says its period and its verb; a card's label says neither
    zones = find_zones(card.group("label"))
    zone = card.group("label")[:zones[0][1]] if zones else ""  # from the label's start: 新 of 蓠江新材料园区 is its name's
    if not zone or zone[0] in NO_PARTICULAR:
        return None
    known = next((r for r in sorted(regions, key=len, reverse=True) if zone.startswith(r)), None)
    if known:
        return known
    head = zone[:ZONE_WORD.search(zone).start()]
    first = next(iter(jieba.posseg.cut(head, HMM=False)), None)
    place = first.word if first and first.flag == "ns" and len(first.word) >= 2 else head[:2]
    return place if len(head) >= 2 else None


def place_cards(chunks: list, text: str) -> None:
    """Give each key-figure card of no region the place its label names (card_place). A card is a paragraph of its
    own (`text`: the cleaned document); a clause cut from a paragraph (…；栖凫综保区进出口总额392.4亿元。) is none."""
    regions = sorted({c.region for c in chunks if c.region})
    for chunk in chunks:
        if chunk.region is None and chunk.zone is None and text[chunk.start - 1:chunk.start] in ("", "\n"):
            chunk.region = card_place(chunk.text, regions)


def box_title(line: str) -> bool:
    """Whether a line under a box's label is the title of the case it tells (no sentence, no place's line)."""
    return bool(_BOX_TITLE.match(line.strip())) and city_of_line(line) is None


def whole_note(text: str, regions: list[str]) -> bool:
    """Whether a note tells how an indicator is counted and names no place (none of `regions`, no zone)."""
    return bool(_NOTE.match(text) and COUNTED.search(text)) and not any(r in text for r in regions) \
        and not find_zones(text)
