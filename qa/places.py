"""The places a question names: regions and zones as the documents write them, and place names the
documents never mention (`qa/unwritten_places.py`); the question with zone names as the documents write them is
`qa/written_zones.py`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from weakref import WeakKeyDictionary

import jieba.posseg

from index.places import is_place
from index.zones import AFTER_NAME_ONLY, SHORT_KIND, ZONE_WORD, find_zones, written_short
from qa.corpus import Corpus
from qa.own_part import before_own_part
from qa.per_index import per_index
from qa.unwritten_places import unwritten_places

OF_THE_WHOLE = re.compile(r"全省|全国")  # the whole a bulletin reports on, whose part and figures are no region's
# the bureau that writes a bulletin (市商务局二季度准备做哪些工作, 省商务厅的打算): the whole's own part says what it does
THE_BUREAU = re.compile(r"(?<![\u4e00-\u9fff])[市省]商务[局厅]|^[市省]商务[局厅]|(?<=[中里内])[市省]商务[局厅]|[我本][局厅]")
# the whole as what is asked about (全省开发区营业收入, 全市园区… in a city's bulletin), not as a measure of a place
# (居全省第3位, 占全省比重, 全省平均)
_WHOLE_ASKED = re.compile(r"(?<![居列占排位于比超过])全[省国市县区](?![第平排])")

ZONE_END = re.compile(f"(?:{ZONE_WORD.pattern})$")
_NO_NAME_FLAGS = ("r", "m", "q", "p", "c", "u", "d", "t", "f")  # jieba's pronouns, numerals, measures, times …


@dataclass(frozen=True)
class Place:
    name: str
    start: int
    end: int
    region: str | None      # the region whose documents name it; None when none or several do
    known: bool             # some document mentions it


def _zones(text: str, corpus: Corpus) -> list[Place]:
    """Zones as index/zones.py reads them that some region's documents name, and the parts of regions their
    tables list (`Corpus.parts`); a region's name with a generic zone word that no document writes (阳泉开发区)
    means the region's zones: the region; with the word of one kind of zone (晋中高新区), it names a zone no
    bulletin covers. (A question's other zone-like phrases, 晋中今年开发区, are no names; unknown place names
    come from `unwritten_places`.)"""
    found = []
    for start, end, name in find_zones(text):
        owners = corpus.regions_writing(name)
        region = next((r for r in corpus.regions if name.startswith(r) and ZONE_WORD.fullmatch(name[len(r):])), None)
        if owners:
            # 苘沙高新区 is 苘沙's, though only a passage of 杉浦 writes it (杉浦经开区…，苘沙高新区…, one clause naming both)
            found.append(Place(name, start, end, region or (owners[0] if len(owners) == 1 else None), True))
        elif region and name[len(region):] not in AFTER_NAME_ONLY:
            found.append(Place(region, start, start + len(region), region, True))
        elif corpus.contains(name):  # a zone only parts of no region write (a brief's table of its zones)
            found.append(Place(name, start, end, None, True))
        elif region or is_place(ZONE_END.sub("", name)) or _named_by_kind(name, corpus):
            found.append(Place(name, start, end, None, False))  # 寿阳开发区, 晋中高新区: a zone no bulletin writes
    # 榴城高新区生物医药产业园: a park of the zone, one place (the whole), not two
    found = [p for p in found if not any(o.start <= p.start and p.end <= o.end and o.end - o.start > p.end - p.start
                                         for o in found)]
    written = (name for name in corpus.parts if name in text)  # a substring test first: a question names few of them
    for name in sorted(written, key=len, reverse=True):  # 芷川高新园: a park by a name no zone word ends
        region = corpus.parts[name]
        for m in re.finditer(re.escape(name), text):
            another = any(text[:m.start()].endswith(r) for r in corpus.regions - {region})  # 甲市乙园: not 丙市's 乙园
            if not another and not any(p.start < m.end() and m.start() < p.end for p in found):
                found.append(Place(name, m.start(), m.end(), region, True))
    return found


def _named_by_kind(name: str, corpus: Corpus) -> bool:
    """Whether `name` ends in a kind of zone only a place's name stands before (霁原经开区, 霁原高新区) and no document
    writes that place: a zone of a place the bulletins do not cover, though jieba knows no such place."""
    kind = ZONE_END.search(name)
    place = name[:kind.start()]
    if kind.group() not in AFTER_NAME_ONLY or not 2 <= len(place) <= 4 or corpus.contains(place[-2:]) \
            or any(place[-2:] in region for region in corpus.regions):
        return False  # 时候荇湾经开区, 晋中榆社经开区: a written zone with words before it; a zone that is a region
    return not any(w.flag.startswith(_NO_NAME_FLAGS) for w in jieba.posseg.cut(place))  # 这个, 几个, 哪个: none named


def named_places(text: str, corpus: Corpus) -> list[Place]:
    """Zones, regions and unknown place names of `text`, in order of appearance (a region inside a
    zone's name, 晋中 in 晋中开发区, is part of the zone); in a city's briefs by zone, a county names the zones its
    headings place in it."""
    return list(_places_named(corpus, text))


@per_index(maxsize=4096)  # a question's text is read for its places several times while it is analysed
def _places_named(corpus: Corpus, text: str) -> tuple[Place, ...]:
    places = _zones(text, corpus)
    for region in sorted(corpus.regions, key=len, reverse=True):
        for m in re.finditer(re.escape(region), text):
            if not any(p.start <= m.start() < p.end for p in places):
                places.append(Place(region, m.start(), m.end(), region, True))
    for county, zones in corpus.counties.items():  # 琮东区的两个开发区: the zones it holds
        for m in re.finditer(re.escape(county), text):
            if not any(p.start < m.end() and m.start() < p.end for p in places):
                places += [Place(zone, m.start(), m.end(), zone, True) for zone in zones]
    places = [p for p in places if not before_own_part(p, places, text, corpus)]
    places.sort(key=lambda p: p.start)
    places += [Place(name, start, end, None, False)
               for name, start, end in unwritten_places(text, corpus, [(p.start, p.end) for p in places])]
    return tuple(sorted(places, key=lambda p: p.start))


def whole_asked(text: str, places: list[Place], region: str | None) -> str | None:
    """The whole a question asks about, naming no place of it (全省 in 全省开发区…, 全市 in 全市园区…), else None;
    its passages are those of no region that name it (a city's bulletin reports 全市, a province's 全省)."""
    found = None if region or any(p.known for p in places) else _WHOLE_ASKED.search(text)
    return found.group() if found else None


_ZONE_WORDS = ZONE_WORD.pattern.split("|")


def zone_by_short_name(name: str, corpus: Corpus) -> str | None:
    """The zone a bare place name stands for (平定 for 平定经开区) when the documents write exactly one zone
    of that name; None for a region, or a name of no zone or of several."""
    if name in corpus.regions or not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", name):
        return None
    zones = [name + word for word in _ZONE_WORDS if corpus.regions_writing(name + word)]
    return zones[0] if len(zones) == 1 else None


_LONG_KIND = {short: long for long, short in reversed(SHORT_KIND.items())}  # 经开区 -> 经济技术开发区, the first
_COUNTY_END = re.compile(r"(?<=..)[县市]$")


# a county's 县 before the kind of its zone (菱渡县经开区): written in the zone's full name, dropped in its short one
_COUNTY_BEFORE_KIND = re.compile(r"(?<=[\u4e00-\u9fff]{2})县(?=%s)" % "|".join(sorted(set(SHORT_KIND.values()))))


def writes_zone(text: str, zone: str, region: str | None = None) -> bool:
    """Whether `text` names `zone` in any of its forms (in full, short, with or without its county's 县); a text's
    other words may stand before a county of one character (在盂县经开区), so both keys are tried. A text of the
    zone's own region (`region`) may name it without the region's name (临港经开区 in 蕤阳's passages)."""
    if zone_key(zone) in zone_key(text) or written_short(zone) in written_short(text):
        return True
    own = without_region(zone, region) if region and zone.startswith(region) else None
    return bool(own) and own != zone_key(zone) and own in zone_key(text)


def without_region(name: str, region: str) -> str:
    """zone_key of a zone's name without its region's name before it, when a name of its own is left (临港经开区 of
    蕤阳临港经济开发区; 蕤阳高新区 stays whole)."""
    rest = name[len(region):] if name.startswith(region) else name
    return zone_key(rest if len(ZONE_WORD.sub("", rest)) >= 2 else name)


def zone_key(name: str) -> str:
    """A zone's name with its kind written short and its county's 县 dropped (澄湖高新技术产业开发区 → 澄湖高新区,
    菱渡县经济技术开发区 → 菱渡经开区): every form names one zone."""
    return _COUNTY_BEFORE_KIND.sub("", written_short(name))


# index state -> (region, document or None for all) -> the one zone they name (None: none or several)
_SOLE: WeakKeyDictionary[Corpus, dict[tuple[str, str | None], str | None]] = WeakKeyDictionary()


def sole_zone(region: str, corpus: Corpus, doc: str | None = None) -> str | None:
    """The one zone a region's documents name (a city that reports one 经开区), as zone_key writes it; None
    when they name none or several. `doc`: the one zone the region's passages of that document name (a digest's row
    of the city, whose other issues name a park or a partner's zone too). Read once per index state, region and doc."""
    known = _SOLE.setdefault(corpus, {})
    if (region, doc) not in known:
        docs = corpus.chunk_docs or [""] * len(corpus.texts)
        zones = {zone_key(name) for text, owner, of in zip(corpus.texts, corpus.chunk_regions, docs)
                 if owner == region and doc in (None, of) for _, _, name in find_zones(text)}
        known[(region, doc)] = zones.pop() if len(zones) == 1 else None
    return known[(region, doc)]


def written_zone(name: str, corpus: Corpus) -> str | None:
    """The zone the documents write for a zone name they never write (祁县开发区 → 祁县经开区, 平定县经开区 →
    平定经开区, 左权示范区 → 左权生态文化旅游示范区, 阳泉高新技术产业开发区 → 阳泉高新区 and back): the one zone they
    write after the same place name; None when they write none or several, or the name is a city's."""
    word = ZONE_END.search(name)
    if not word or corpus.contains(name):
        return None
    stem = name[:word.start()]
    same = SHORT_KIND.get(word.group()) or _LONG_KIND.get(word.group())
    if same and corpus.contains(stem + same):
        return stem + same
    if stem in corpus.regions:
        return None  # 阳泉开发区: the city's zones as a whole
    stem = _COUNTY_END.sub("", stem)
    if len(stem) < 2 or stem in corpus.regions:
        return None  # 渡 of 渡县园区, a cut through 菱渡县: no place's name; 苇溪县园区: the county's zones as a whole
    written = re.compile(re.escape(stem) + rf"[\u4e00-\u9fff]{{0,10}}?(?:{ZONE_WORD.pattern})")
    found = {m.group() for k in corpus.lexical.candidates(stem) for m in written.finditer(corpus.texts[k])}
    return found.pop() if len(found) == 1 else None


def names_apart(text: str, names: list[str]) -> str:
    """The text with each name it writes (a zone, a park a table lists) set apart from the words around it, so that
    cutting its region out (菱渡 of 菱渡新材料园营业收入) leaves no fragment joined to the next word (园营)."""
    for name in sorted({n for n in names if len(n) > 2 and n in text}, key=len, reverse=True):
        text = re.sub(rf"(?<! ){re.escape(name)}(?! )", f" {name} ", text)
    return text
