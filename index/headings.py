"""What a bulletin's own lines say about its structure, whatever the layout:

- a city line opens a region's part: a short line that is a place name, alone as `XX市` or decorated
  (■XX市, ●XX, 【XX市】, 一、XX市, XX市：); the region is the city's short name (XX), as staff and credit lines
  name it;
- a zone line opens a zone's entry (bulletins reported zone by zone): a zone's full name alone on a decorated
  line, with its city in brackets (◆ XX高新技术产业开发区（XX市）), which opens that city's region;
- a numbered heading opens a section: `一、主要成效` (a Chinese numeral and 、, short, no sentence), or
  `（一）主要成效` where no such heading is above it (一、临江市 / （一）主要成效 / 1.…);
- an item opens with an ordinal, `一是…`, `（一）…` or `1.…`; its title is its lead clause; a paragraph
  that is itself an enumeration (`一是…；二是…；三是…`, or `主要是：A；B；C。`) holds one item per part;
- a title line naming what its part tells (主要做法, 存在的不足, 下阶段重点; index/meanings.py) opens a section;
- a subtitle is a short line of ideographs only, no place (重点项目): the title over the paragraph after it;
- a bulleted paragraph (▪ ● → • ➤) is an item of its own, titled by its lead clause after the mark, as a slide's bullets
  under 亮点 or 下一步 list them; the mark stays in its text.
"""
from __future__ import annotations

import logging
import re

import jieba
import jieba.posseg

from index.figures import COMMA
from index.meanings import LATER_FOCUS, MEANINGS
from index.places import NO_PARTICULAR, ZONE_SUFFIX, is_place, place_label
from index.zones import SHORT_KIND, ZONE_WORD, find_zones

jieba.setLogLevel(logging.WARNING)
# the numbering of a city's part: 一、 （一） （1） 1.
_CITY_NUMBER = r"[一二三四五六七八九十]{1,3}、|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}[.．、](?!\d)"
# marks and numbering around a city's name: ■XX市, 【XX市】, 一、XX市, （一）XX市, 1.XX市, XX市：
_DECORATION = re.compile(rf"^(?:[■□●○◆◇▲△★☆▶►◼▪•·【\s]|{_CITY_NUMBER})+|[\s:：】]+$")
_CITY = re.compile(r"^([\u4e00-\u9fff]{2,4})市$")
_COUNTY = re.compile(r"^([\u4e00-\u9fff]{2,3})[县区旗]$")  # a city's bulletin reports by county or district
_COMMON_FLAGS = ("n", "v", "a", "d", "vn", "an", "ad", "m", "q", "t", "f")  # 核心区, 功能区: no place's name
_NUMBERED_HEADING = re.compile(r"^[一二三四五六七八九十]{1,3}、\s*([^。！？；!?;，,:：]{1,20})$")
_BRACKETED_HEADING = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[)）]\s*([^。！？；!?;，,:：]{1,20})$")
ITEM_ORDINAL = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[是要]|[①-⑳]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、](?=\D))")
SUB_ORDINAL = re.compile(r"^\d{1,2}[)）]")  # 1）2）: the steps of the item above, which they stay in
# a lead phrase titling its paragraph (抓招商。…, 拓开放：…), not a connective opening a list (主要是：, 编者按：)
_LEAD_PHRASE = re.compile(r"^([\u4e00-\u9fff]{2,6})[。：:](?=.*[，,；;。])")
_CONNECTIVE_END = tuple("是为有括下按如")
_LEAD_END = re.compile(rf"[。，；;：:]|{COMMA}")  # not a figure's thousands separator (1,500—2,000人)
_INLINE_ORDINAL = re.compile(r"(?<=[；;。])(?=[二三四五六七八九十]{1,3}[是要]|[②-⑩]|\d{1,2}[.．](?=\D))")
_COLON_LIST = re.compile(r"^[\u4e00-\u9fff]{1,6}[：:](?=[^。]*[；;][^。]*[。]?$)")  # 主要是：A；B。
BULLET = re.compile(r"^[▪●•→➤➢◦]\s*(?=\S)")  # not ■ ◆ ★, which open cities, zones and news items
_ZONE_ENTRY = re.compile(r"^([\u4e00-\u9fff]{2,24})[（(]([\u4e00-\u9fff]{2,8})[)）]$")  # zone (its city)
_ZONE_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,20}}(?:{ZONE_SUFFIX}|{ZONE_WORD.pattern})")
_SUBTITLE = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}[：:])?[\u4e00-\u9fff]{2,10}$")  # 重点项目, 专栏：营商环境
MAX_TITLE = 30
_NUMERALS = " 一二三四五六七八九十"
_CIRCLED = " ①②③④⑤⑥⑦⑧⑨⑩"
_ARABIC = [str(n) for n in range(10)]  # 1.…；2.…: a table cell's items


def _names_place(word: str) -> bool:
    """A place of the gazetteer, or a word jieba's lexicon tags as one (ns), that is no zone."""
    if ZONE_WORD.search(word):
        return False
    if is_place(word):
        return True
    tagged = list(jieba.posseg.cut(word, HMM=False))
    return len(tagged) == 1 and tagged[0].flag == "ns"


def city_of_line(line: str) -> str | None:
    """The region a city line opens (■临江市 -> 临江), None for any other line."""
    core = _DECORATION.sub("", line)
    if not 2 <= len(core) <= 8 or not re.fullmatch(r"[\u4e00-\u9fff]+", core):
        return None
    city = _CITY.match(core)
    if city:  # XX市 is a city's name in itself, known to any lexicon or not; 所在市, 所属市: a column's header
        return None if [w.flag for w in jieba.posseg.cut(city.group(1), HMM=False)] == ["b"] else city.group(1)
    if core != line and _names_place(core):
        return place_label(core) or core
    return _county(core)


# a slide's title: its city, a bar, what the slide tells (蓥江市 | 开发区上半年运行情况（续）)
_SLIDE_TITLE = re.compile(r"^([\u4e00-\u9fff]{2,8})\s*[|｜丨]\s*[\u4e00-\u9fff][\u4e00-\u9fff（）()0-9]{1,29}$")
# a title line over the whole (全省小结, 三、全省开发区总体情况), or a table's caption naming the whole (全省开发区主要指标,
# 表1 全省开发区主要指标完成情况): what follows is no city's
_WHOLE_TITLE = re.compile(r"^(?:附?表\s*[\d一二三四五六七八九十]+\s*)?"
                          r"全[省国][\u4e00-\u9fff]{0,12}?(?:小结|总结|概况|综述|情况|指标|统计表|一览表)$")


def city_of_title(line: str) -> str | None:
    """The region a slide's title opens (蓥江市 | 开发区上半年运行情况 -> 蓥江): the city before the bar, named as a city
    line names it; None for any other line."""
    titled = _SLIDE_TITLE.match(line.strip())
    return titled and city_of_line(f"■{titled.group(1)}")  # the bar sets the name apart as a mark does


def whole_of_line(line: str) -> str | None:
    """The title of a line over the whole a bulletin reports on (全省小结 -> 全省小结), closing the last city's part."""
    core = _DECORATION.sub("", line)
    return core if _WHOLE_TITLE.match(core) and not city_of_line(line) else None


def _county(core: str) -> str | None:
    """The region a county's or district's line opens (芷川区 -> 芷川, as staff name it): a name of two or three
    characters holding no common word of the lexicon before 县/区/旗, and no zone (高新区, 园区); a county of the
    gazetteer keeps its own label."""
    county = _COUNTY.match(core)
    if not county or ZONE_WORD.search(core) or re.search(f"{ZONE_SUFFIX}$", core) or core[0] in NO_PARTICULAR:
        return None
    if place_label(core):
        return place_label(core)
    words = jieba.posseg.cut(county.group(1), HMM=False)  # 招生地区, 核心区: words of the language, no name
    return None if any(len(w.word) > 1 and w.flag in _COMMON_FLAGS for w in words) else county.group(1)


def zone_of_line(line: str) -> tuple[str, str | None] | None:
    """(zone, region of its city) when the line opens a zone's entry: ◆ XX经济技术开发区（XX市） -> (XX经济技术开发区,
    XX); a decorated zone name without its city (◆ XX经开区) -> (XX经开区, None), and so a full name alone on its line
    (XX高新技术产业开发区). None for any other line."""
    core = _DECORATION.sub("", line)
    entry = _ZONE_ENTRY.match(core)
    if entry:  # the city written beside it makes any name ending in a zone word a zone (…产业园)
        city = _city_name(entry.group(2))
        return (entry.group(1), city) if city and _ZONE_NAME.fullmatch(entry.group(1)) else None
    named = find_zones(core)  # alone, it must read as a zone's proper name; undecorated, its full name (XX经济技术开发区)
    whole = bool(named) and named[0][:2] == (0, len(core))
    return (core, None) if whole and (core != line or core.endswith(tuple(SHORT_KIND))) else None


# a zone's part of a city's brief that reports its zones, numbered under one of the brief's parts (二、各开发区运行情况):
# the zone in full and the county or district it sits in, （一）XX经济技术开发区（XX区）; a scan may read the title of
# the zone's first section (主要指标) onto the same line
_COUNTY_ZONE = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[)）]\s*([\u4e00-\u9fff]{2,24})[（(]([\u4e00-\u9fff]{2,8})[)）]"
                          r"\s*([\u4e00-\u9fff]{2,6})?$")


def county_zone_of_line(line: str) -> tuple[str, str | None, str] | None:
    """(zone, the title of its first section when on the same line, county) when the line opens a zone's part of a
    city's brief: （一）XX经济技术开发区（XX区） -> (XX经济技术开发区, None, XX区). Several zones may sit in one
    county: the zone, not the county, is the part's region. None for any other line."""
    m = _COUNTY_ZONE.match(line)
    if not m or not _ZONE_NAME.fullmatch(m.group(1)) or not (_county(m.group(2)) or place_label(m.group(2))):
        return None
    return (m.group(1), m.group(3), m.group(2)) if not m.group(3) or is_subtitle(m.group(3)) else None


def _city_name(text: str) -> str | None:
    """The region a city's name in brackets names (XX市 -> XX), known to a lexicon or not."""
    city = _CITY.match(text)
    return city.group(1) if city else place_label(text) if _names_place(text) else None


def section_of_line(line: str) -> str | None:
    """The section a numbered heading opens (一、主要成效 -> 主要成效)."""
    m = _NUMBERED_HEADING.match(line)
    return m.group(1).strip() if m else None


def top_number(line: str) -> int | None:
    """The number of a line numbered at the top rank (三、下一步工作安排 -> 3, 十二、… -> 12), None for others."""
    m = re.match(r"^([一二三四五六七八九十]{1,3})、", line)
    if not m:
        return None
    tens, _, units = m.group(1).rpartition("十")
    if "十" not in m.group(1):
        return _NUMERALS.find(units) if len(units) == 1 else None
    return (_NUMERALS.find(tens) if tens else 1) * 10 + (_NUMERALS.find(units) if units else 0)


def subsection_of_line(line: str) -> str | None:
    """The section a bracketed numbered heading opens (（一）主要成效 -> 主要成效) where no 一、 heading is above it."""
    m = _BRACKETED_HEADING.match(line)
    return m.group(1).strip() if m else None


def meaning_of_line(line: str) -> str | None:
    """The section a title line opens when it names what its part tells (主要做法, 存在的不足, 下阶段重点, 下半年重点),
    not a paragraph's topic (重点项目)."""
    title = line.rstrip(":：")
    named = is_subtitle(title) and (any(word in title for group in MEANINGS for word in group)
                                    or bool(LATER_FOCUS.match(title)))
    return title if named else None


# a section named inline at a paragraph's start, after a marker or ordinal (■困难问题　…, ★下步举措：…, （3）困难问题。…)
_INLINE_SECTION = re.compile(r"^(?:[■□●○◆◇▲△★☆▶►◼▪•·]\s*|[（(][一二三四五六七八九十\d]{1,2}[)）]\s*)"
                             r"(?P<title>[\u4e00-\u9fff]{2,5})(?:\s+|[:：。])\s*(?=\S)")  # a part's name, no item's lead


_HOW_IT_RUNS = re.compile(r"(?:运行|总体|基本|发展)(?:情况|态势|概况)$")  # 运行情况: how things ran, a part of its own


def inline_section(paragraph: str) -> tuple[str, int] | None:
    """(the section, where the paragraph's own text starts) when it opens by naming what its part tells."""
    inline = _INLINE_SECTION.match(paragraph)
    title = inline and (meaning_of_line(inline.group("title")) or _HOW_IT_RUNS.search(inline.group("title"))
                        and inline.group("title"))
    return (title, inline.end()) if title else None


# a city's report opening its paragraph, numbered or not: 【青崖市】…, 青崖市：…, （青崖市）…, （一）青崖市。…, or the city as the
# subject of what it did, when a zone word, a time or a space (after a bold run) follows (青崖市开发区1-2月…,
# 青崖市　1-2月…; not 青崖市商务局, nor 成纪县，中国古县名… defining a place)
_CITY_LEAD = re.compile(rf"^(?:{_CITY_NUMBER})?\s*"
                        r"(?:【(?P<bracketed>[^】]{2,24})】\s*(?=\S)|[（(](?P<paren>[\u4e00-\u9fff]{2,8}[市县区旗州盟])[)）]\s*(?=\S)"
                        r"|(?P<colon>[\u4e00-\u9fff]{2,24}?)[:：。]\s*(?=\S)"
                        r"|(?P<subject>[\u4e00-\u9fff]{2,4}[市县区旗])(?=(?:各|全市|全县|全区)?(?:开发区|园区|经开区|高新区)"
                        r"|\d|[一二三四五六七八九十]{1,2}(?:季度|月)|[上下]半年|前三季度|今年|\s))")


def inline_city(paragraph: str) -> tuple[str, int] | None:
    """(the region, where the paragraph's own text starts) when a paragraph opens with the city it reports on, as
    bulletins that give each city a paragraph, not a heading line, write it; a city as subject stays in the text."""
    lead = _CITY_LEAD.match(paragraph) if re.search("[，,。；;]", paragraph) else None  # a caption reports nothing
    name = lead and next(g for g in lead.groups() if g)
    region = name and city_of_line(name)
    return (region, 0 if lead.group("subject") else lead.end()) if region else None


def inline_zone(paragraph: str) -> tuple[str, int] | None:
    """(the zone, where the paragraph's own text starts) when a paragraph opens with the zone it reports on, in
    brackets or before a colon (【XX高新区】…, XX经开区：…), as a brief that gives each zone a paragraph writes it."""
    lead = _CITY_LEAD.match(paragraph) if re.search("[，,。；;]", paragraph) else None
    name = lead and (lead.group("bracketed") or lead.group("colon"))
    zones = find_zones(name) if name else []
    return (name, lead.end()) if zones and zones[0][:2] == (0, len(name)) else None


_MEANING_WORDS = "|".join(sorted({w for group in MEANINGS for w in group if len(w) > 1}, key=len, reverse=True))
# a sentence that opens by naming what the rest tells, inside a paragraph (从存在问题看，…, 下一步，…, 在工作成效方面，…)
_SENTENCE_CUE = re.compile(rf"(?:^|(?<=[。；;！？]))(?P<from>从|在|就)?(?P<name>(?P<before>[\u4e00-\u9fff]{{0,4}}?)"
                           rf"(?:{_MEANING_WORDS}))(?P<frame>来看|看|方面|上)?[，,：:](?=.)")  # 具体做法： closing a paragraph leads in what follows
# what a cue may write before its section word unframed (存在问题：, 主要做法：); other words make it a statement
# (创新投入不足，研发经费投入仅3.9亿元: a problem stated, no section named)
_CUE_QUALIFIERS = frozenset({"", "存在", "主要", "当前", "目前", "工作", "发展", "具体", "存在的", "主要的"})


def _names_section(cue: re.Match) -> bool:
    return bool(cue.group("from") or cue.group("frame")) or cue.group("before") in _CUE_QUALIFIERS


def sections_within(paragraph: str) -> list[tuple[int, str, str | None]]:
    """(offset, text, the section it opens or None) of each part of a paragraph cut where a sentence opens by naming
    what it tells, as bulletins that give each city one paragraph write their sections; else the whole. A part's
    text starts after its cue (从存在问题看，), as a section's after its heading."""
    cues = [cue for cue in _SENTENCE_CUE.finditer(paragraph) if _names_section(cue)]
    bounds = [(0, 0, None)] if not cues or cues[0].start() > 0 else []
    bounds += [(m.start(), m.end(), m.group("name")) for m in cues]
    ends = [start for start, _, _ in bounds[1:]] + [len(paragraph)]
    return [(text_at, paragraph[text_at:end], name) for (_, text_at, name), end in zip(bounds, ends)]


def is_subtitle(line: str) -> bool:
    """A short title line (重点项目) that is no place and no heading."""
    return bool(_SUBTITLE.match(line)) and city_of_line(line) is None and not _names_place(line)


def item_title(paragraph: str) -> str | None:
    """The lead clause of a paragraph that opens with an ordinal (（一）经济指标稳中有进)."""
    if not ITEM_ORDINAL.match(paragraph):
        return None
    return _lead(paragraph)


def _lead(text: str) -> str:
    return _LEAD_END.split(text, maxsplit=1)[0][:MAX_TITLE]


def item_pieces(paragraph: str) -> list[tuple[int, str, str | None]]:
    """(offset, text, item title) of each item of a paragraph, else of the whole paragraph. An enumeration in
    order (一是…；二是…；三是…, or ①…；②…) holds one item per ordinal, a list nested in an item (二是抓好…其中一是…二是…)
    stays in it; a list after a lead and a colon (主要是：A；B；C。) holds one item per part, the lead
    (a connective, like a heading) in none; a paragraph opening with a short lead phrase (抓招商。…, 拓开放：A；B。)
    is one item titled by it; a bulleted paragraph (→ 推动…投产，…) one item titled by its lead clause."""
    bullet = BULLET.match(paragraph)
    if bullet:  # its title starts after the mark, which stays in its text (● 甲市…: no clause the city opens)
        return [(0, paragraph, _lead(paragraph[bullet.end():]))]
    lead = _LEAD_PHRASE.match(paragraph)
    if lead and not lead.group(1).endswith(_CONNECTIVE_END):
        return [(0, paragraph, lead.group(1))]
    listed = _COLON_LIST.match(paragraph)
    if listed:
        offsets = [listed.end()] + [m.end() for m in re.finditer(r"[；;]", paragraph) if m.end() < len(paragraph)]
        return [(at, piece, _lead(piece)) for at, end in zip(offsets, offsets[1:] + [len(paragraph)])
                for piece in [paragraph[at:end]]]
    pieces = [piece for piece in _INLINE_ORDINAL.split(paragraph) if piece]
    ordinals = [re.match(r"[①-⑩]|\d{1,2}(?=[.．])|[一二三四五六七八九十]{0,3}", piece).group() for piece in pieces]
    if len(pieces) >= len(_NUMERALS) or all(ordinals != [counting[n] for n in range(1, len(pieces) + 1)]
                                            for counting in (_NUMERALS, _CIRCLED, _ARABIC)):
        pieces = [paragraph]
    offsets = [sum(map(len, pieces[:k])) for k in range(len(pieces))]
    counted = len(pieces) > 1 and ordinals[0] == _ARABIC[1]  # 1.2026年力争…；2.…: the 1. is an ordinal, no 1.2026
    return [(at, piece, _lead(piece) if counted else item_title(piece)) for at, piece in zip(offsets, pieces)]
