"""The news items of a digest (开发区工作动态, 信息专报): numbered items, each a headline that is itself a fact, a short
body and often a source line (`（XX市商务局供稿）`), one city's items scattered among the others'.

An item is a part of its own: its place is the city its headline or first sentence names, or the city of the zone
named there, never the previous item's; an item naming two cities (槿原、沣屿两市…, A经开区与B经开区签订…) is in no
one city (its clauses opening with a city's zone are placed by `index.owners`), and so is one naming none (全省开发区
工作会议召开). A source line names the unit that reported the item, not the place of its figures: it closes the item
and places nothing. A zone named alone (临港经济开发区, 临港区, 综保区) is its city's when the document writes that
zone after exactly one city's name (蕤阳临港经济开发区, 珩州综合保税区).
"""
from __future__ import annotations

import re

from index.periods import period_spans
from index.places import NO_PARTICULAR, is_place
from index.zones import SHORT_KIND, ZONE_WORD, find_zones

# 【信息3】, 【动态12】, ◆: an item of a digest; 3. / 3、 a numbered headline (an item only at the digest's top level);
# 一、 opening a sentence, not a heading (a 纪要's decision 一、X市加快…（责任单位：…）: each its own city's or none's)
_MARK = r"\s*(?:【[\u4e00-\u9fff]{0,4}\s*\d{1,3}\s*】|[◆◇])"
_NUMBER = r"\s*(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、(?=[^。！？；\n]*[，,][^\n]*[。！？）]$))\s*(?=[\u4e00-\u9fff])"
MARKED_ITEM, NUMBERED_ITEM = re.compile(_MARK), re.compile(_NUMBER)  # used with .match: at the paragraph's start
SOURCE_LINE = re.compile(r"[（(][^（()）\n]{2,30}?供稿[)）]")  # （珩州市商务局供稿）, (据XX日报供稿)
_CITY_WRITTEN = re.compile(r"([\u4e00-\u9fff]{2,3})市(?!场)")
_CITIES_LISTED = re.compile(r"((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2})[两三四五六七八九]市")
_NO_NAME = NO_PARTICULAR | set("两二三四五六七八九十几多")
_BEFORE_A_NAME = set("\n\t 　（(【[|，,。；;：:、从在据于与和及")  # a city's name after these starts a word
_SENTENCE_TOLD = re.compile(r"[\u4e00-\u9fff]{4}[^。！？!?]*[。！？!?]")  # a sentence, not only a source line
_FIRST_SENTENCE = re.compile(r"^[^。！？!?]*[。！？!?]?")
_COUNTY_SHAPED = re.compile(r"^([\u4e00-\u9fff]{2,3})区")  # 临港区…: a zone's short name read like a district's
_LONG_KIND = {short: long for long, short in SHORT_KIND.items()}
_CLAUSE_END = re.compile(r"(?<=[，,。；;！？!?])")
# the period or day a clause opens with, before the place it is about (2025年, 一季度, 4月当月, 1-4月累计, 3月18日)
_PERIOD_FIRST = re.compile(r"^(?:\d{4}年|[一二三四]季度|上半年|全年|\d{1,2}[-—至]\d{1,2}月(?:累计|份)?"
                           r"|\d{1,2}月\d{1,2}日|\d{1,2}月(?:当月|份)?|当月)*[，,]?")
_OPENS_PART = re.compile(rf"{_MARK}|{_NUMBER}|\s*附(?:件|表)")


_BRACKETED_LEAD = re.compile(r"^\s*【([\u4e00-\u9fff]{2,8})】\s*(?=\S)")


def bracketed_lead(para: str, written: set[str]) -> tuple[str | None, int] | None:
    """(the city, where the text starts) of a paragraph led by a bracketed name (【峪川】5月12日，…): the city when the
    document writes the name as a city's (峪川市), written short; None for a name of no city (【省商务厅】, 【全省】)."""
    lead = _BRACKETED_LEAD.match(para)
    return (lead.group(1) if lead.group(1) in written else None, lead.end()) if lead else None


def opens_item(para: str, top_level: bool) -> bool:
    """Whether a paragraph opens a news item: a marked one anywhere outside a city's part, a numbered headline or a
    paragraph its own source line closes (an unmarked 简讯's item, 甲经开区…。（甲市商务局供稿）) only where no city's part
    is open (`top_level`); a source line standing alone closes the item before it, opening none."""
    told = closes_item(para) and _SENTENCE_TOLD.search(SOURCE_LINE.sub("", para))
    return bool(MARKED_ITEM.match(para) or top_level and (NUMBERED_ITEM.match(para) or told))


def closes_item(para: str) -> bool:
    """A paragraph ending with its item's source line: what follows is another item's, or the whole's."""
    return bool(SOURCE_LINE.search(para.rstrip()[-32:]) and para.rstrip().endswith(("）", ")")))


def document_cities(text: str) -> set[str]:
    """The cities a document writes as `X市`: X a place of the gazetteer, a name one of its zones starts with (珩州市
    and 珩州经开区), or a name written where a word starts (（珩州市商务局供稿）, 记者从蕤阳市获悉, 珩州市|…)."""
    zones = {name for _, _, name in find_zones(text)}
    found = set()
    for m in _CITY_WRITTEN.finditer(text):
        for name in {m.group(1), m.group(1)[-2:]}:
            at = m.end() - 1 - len(name)
            if set(name) & _NO_NAME:  # 各市, 两市, 全市: no one city
                continue
            if is_place(name) or any(z.startswith(name) and z != name for z in zones) \
                    or at == 0 or text[at - 1] in _BEFORE_A_NAME:
                found.add(name)
    for listed in _CITIES_LISTED.finditer(text):  # 槿原、沣屿两市: each a city
        found |= {name[-2:] for name in listed.group(1).split("、") if not set(name[-2:]) & _NO_NAME}
    return found


# a news piece's headline on a line of its own: a name, a colon, what happened (XX：双区联动稳开局), no sentence
_HEADLINE = re.compile(r"^([\u4e00-\u9fff]{2,4})[：:]\s*([^。！？；;，,：:\s]{2,24})$")


def headline_places(text: str) -> set[str]:
    """What a headline's name may open a city's part by: the cities the document writes (`document_cities`) and the
    names its zones carry before their kind (XX of XX经济技术开发区, XX临港 of XX临港产业园), places it lists."""
    zones = {name for _, _, name in find_zones(text)}
    return document_cities(text) | {zone[:ZONE_WORD.search(zone).start()] for zone in zones}


def city_of_headline(line: str, places: set[str]) -> str | None:
    """The city a news piece's or a WeChat section's headline opens (XX：双区联动稳开局 -> XX): the name before the colon
    starts one of `places` (`headline_places`) or is a place of the gazetteer; None for any other line (专栏：营商环境)."""
    headline = _HEADLINE.match(line.strip())
    name = headline.group(1) if headline else ""
    known = any(place.startswith(name) for place in places) or is_place(name)
    return name if name and known and not set(name) & _NO_NAME and not ZONE_WORD.search(name) else None


def item_places(head: str, text: str, cities: set[str]) -> set[str]:
    """The cities an item's headline and first sentence (`head`) name, themselves or through a zone. `text`: the
    whole document, where a zone named alone is tied to its city."""
    head = SOURCE_LINE.sub("", MARKED_ITEM.sub("", NUMBERED_ITEM.sub("", head, count=1), count=1))
    named = {city for city in cities if city in head}
    for _, _, zone in find_zones(head):
        if not any(zone.startswith(city) for city in cities):
            named |= _zone_city(zone, text, cities)
    county_shaped = _COUNTY_SHAPED.match(head)
    if county_shaped and not named:
        named |= _zone_city(county_shaped.group(1), text, cities)
    kind = ZONE_WORD.match(head)  # 综保区…: a zone named by its kind alone
    if kind:
        named |= _zone_city(kind.group(0), text, cities)
    return named


def clause_owners(chunk_text: str, named: set[str], text: str, cities: set[str]) -> list[tuple[int, str, str | None]]:
    """(offset, clause run, city) of an item about several cities (`named`): a clause opening with one of them or
    its zone (after the period it is of: 2025年槿原经开区…, 一季度琮山经开区…) is that city's, and so are the clauses
    after it up to the next such one; the clauses before the first, and a clause naming two cities, are no one
    city's."""
    pieces: list[tuple[int, str, str | None]] = []  # see sentence_period for the period a piece goes on in
    at, held = 0, ""  # held: a clause that is only a period (4月当月，), which goes with the place after it
    for clause in filter(None, _CLAUSE_END.split(chunk_text)):
        opening = _PERIOD_FIRST.sub("", SOURCE_LINE.sub("", clause))
        if not opening:
            held += clause
            continue
        places = item_places(clause, text, cities) & named if _opens_with_place(opening, named) else set()
        if places or not pieces:
            pieces.append((at, held + clause, places.pop() if len(places) == 1 else None))
        else:
            pieces[-1] = (pieces[-1][0], pieces[-1][1] + held + clause, pieces[-1][2])
        at += len(held + clause)
        held = ""
    if held:
        pieces.append((at, held, None))
    return pieces


def _opens_with_place(clause: str, named: set[str]) -> bool:
    zones = find_zones(clause[:24])
    return clause.startswith(tuple(named)) or bool(zones and zones[0][0] == 0)


def _zone_city(zone: str, text: str, cities: set[str]) -> set[str]:
    """The city whose name the document writes right before the zone's own name or kind (蕤阳临港经济开发区 for
    临港经济开发区 or 临港区; 珩州综合保税区 for 综保区), when exactly one city's is."""
    kind = ZONE_WORD.search(zone)
    core = zone[:kind.start()] if kind else zone
    forms = {core} if len(core) >= 2 else {zone, _LONG_KIND.get(zone, zone)}
    owners = {city for city in cities for form in forms if city + form in text}
    return owners if len(owners) == 1 else set()


def head_of(para: str, following: str) -> str:
    """An item's headline and first sentence: a headline on its own line reads on into the body's first sentence."""
    head = SOURCE_LINE.sub("", para)
    first = _FIRST_SENTENCE.match(head).group(0)
    return first if first.endswith(("。", "！", "？", "!", "?")) else head + _FIRST_SENTENCE.match(following).group(0)


def item_paragraphs(text: str) -> list[tuple[int, str]]:
    """(start, paragraph) of each line, a line cut after a source line that another item or an appendix follows on
    the same line (`…（珩州市商务局供稿）◆沣屿高新区…`, as text pasted without its line breaks runs them together)."""
    out, at = [], 0
    for line in text.split("\n"):
        cuts = [m.end() for m in SOURCE_LINE.finditer(line) if _OPENS_PART.match(line, m.end())]
        for begin, end in zip([0] + cuts, cuts + [len(line)]):
            out.append((at + begin, line[begin:end]))
        at += len(line) + 1
    return out


def sentence_period(chunk_text: str, at: int) -> str | None:
    """The words of the last period named before `at` in its sentence (4月当月，A经开区…，B经开区… : B's figures are
    of 4月当月 too), for a piece cut there that names none of its own; None when the sentence names none."""
    begin = max(chunk_text.rfind(end, 0, at) for end in "。！？!?") + 1
    spans = period_spans(chunk_text[begin:at])
    return chunk_text[begin + spans[-1][0]:begin + spans[-1][1]] if spans else None
