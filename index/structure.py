"""Bulletin structure: cut the cleaned text (`index.cleaning`) into cited chunks.

`parse_sections` walks the cleaned text: a contribution ends at its `供稿:` line, a city line opens a
region's part, sections start at 【…】, `xxx:` or `一、xxx` headings, items at ordinals (`index.headings`).
Items restart with each section and region. A chunk is one item or one paragraph, never crosses a
contribution or region, and satisfies `cleaned[start:end] == text`. A table row naming a zone is placed
in the region whose text names that zone (a summary table after the last city's part holds every city's).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# clean_text is re-exported: a bulletin is read through this module (clean_text, then parse_sections)
from index.boxes import BOX_LABEL, box_title, place_cards
from index.cleaning import (BRACKET_HEADING, COLON_HEADING, CREDIT, DISTRIBUTION, CleanedDoc,  # noqa: F401
                            clean_text)
from index.entries import city_entries_of_their_zone, place_zone_entries, short_zone_names
from index.headings import (city_of_line, city_of_title, county_zone_of_line, inline_city, inline_section, inline_zone, is_subtitle,
                            item_pieces, meaning_of_line, section_of_line, sections_within, subsection_of_line,
                            top_number, whole_of_line, zone_of_line)
from index.long_paragraphs import MAX_CHUNK_CHARS, split_long  # noqa: F401 (MAX_CHUNK_CHARS: read through here)
from index.news_items import (bracketed_lead, city_of_headline, clause_owners, closes_item, document_cities, head_of,
                               headline_places, item_paragraphs, item_places, opens_item, sentence_period)
from index.owners import (cell_heading, close_contribution, is_table_row, place_table_rows, split_by_region_clauses,
                          whole_paragraphs)

_APPENDIX = re.compile(r"^附(?:表|件|录)")
# a paragraph addressing every place (下一步，市商务局将会同各县市区…; 各市要…) after the last place's part: the whole's
_TO_EVERY_PLACE = re.compile(r"(?:会同|组织|指导|督促|要求|请|推动|带领)各(?:县市区|县区|市县|设区市|市|县|地)"
                             r"|^[^。，,]{0,12}各(?:县市区|县区|设区市|市|地)要")
# a paragraph whose subject is the whole province or country after its period (四季度，全省开发区将…): the whole's
_WHOLE_SUBJECT = re.compile(r"^(?:[^，,。；;：:]{1,10}[，,])?全[省国][\u4e00-\u9fff]{0,6}?(?:将|要|实现|完成)")
_EDITOR = re.compile(r"^[（(]?(?:责任编辑|编辑|校对)[:：]")  # a web article's editor credit closes the last part
_PART_MARKER = re.compile(r"0([1-9])")  # a web article's part number on its own line, its title on the next


@dataclass
class Chunk:
    text: str
    start: int
    end: int
    region: str | None
    section: str | None
    item: str | None
    zone: str | None = None  # the zone whose entry holds the chunk (bulletins reported zone by zone)
    county: str | None = None  # the county or district its zone's heading names (（一）XX开发区（XX区）)
    period: str | None = None  # the period words of the sentence a piece was cut from (index.news_items)



@dataclass
class _Position:
    """Where the reader stands: the region a city line opened, the zone a zone line opened, the section and
    item, and whether a top heading (一、…, 【…】, …：) opened the section, under which （一）… lines are items,
    not sections. `city_written`: the zone's line named its city (else the region is resolved from the text).
    `outer`: the number of the last top heading (二、各市工作进展) or numbered city line outside a region's part;
    `inner`: a top-numbered heading was seen inside the current part (its own 一、二、 sections).
    `theme`: the section the last top heading opened; `themes`: (city, theme) of each city part opened under one;
    `theme_first`: the bulletin is written theme by theme (a city's parts under several top headings: 一、招商引资
    枫城市：… 二、项目建设 （枫城市）…), so a city's part is in the theme it sits under, not in no section."""
    region: str | None = None
    zone: str | None = None
    county: str | None = None
    city_written: bool = True
    section: str | None = None
    item: str | None = None
    top: bool = False
    outer: int = 0
    inner: bool = False
    theme: str | None = None
    themes: set = field(default_factory=set)
    theme_first: bool = False
    lined: bool = False  # the part was opened by a city's or zone's line, so its items are its own
    news: bool = False  # the part is a news item of a digest (index.news_items)
    led_by: str | None = None  # the city a bracketed lead (【X市】…) opened, whose sibling leads are parts of their own
    box: bool = False  # the line before was a box's label (专栏1　典型案例): a title line under it is its case's

    several: frozenset = frozenset()  # the cities a news item about several names (its clauses are theirs)
    whole_item: str | None = None  # the last item of the whole's part under the current top heading, and its section
    whole_section: str | None = None

    def open_item(self, places: set[str]) -> None:
        """Enter a news item: its own part, in the one city its headline names (none or several: no one city's). An
        item naming no place stays under the numbered heading above it (四、对策建议 … 1.编制… then （二）…: a
        sibling of its （一）, no section of its own)."""
        self.region = next(iter(places)) if len(places) == 1 else None
        self.several = frozenset(places) if len(places) > 1 else frozenset()
        self.zone, self.item, self.news, self.inner = None, None, True, False
        self.top = self.top and not places

    def passes(self, para: str, places: set[str]) -> bool:
        """Move past a city or zone line, headline (`places`: what a headline may name), heading or subtitle (True);
        False for a paragraph, which stays."""
        city = city_of_line(para) or city_of_title(para) or city_of_headline(para, places)
        zone, county_zone = zone_of_line(para), county_zone_of_line(para)
        top = BRACKET_HEADING.match(para) or COLON_HEADING.match(para)
        sub = None if self.top else subsection_of_line(para)
        cell = cell_heading(para)  # 青崖高新区 青崖市 存在问题: a prose cell's row and column, its text below
        boxed, self.box = self.box, False
        if cell:
            self._cell(*cell)
        elif BOX_LABEL.match(para.strip()):  # a box's label: a section of its own, or an item of the open one
            self.section, self.item = (self.section, para.strip()) if self.section else (para.strip(), None)
            self.box = True
        elif boxed and box_title(para):  # the case's title: the item of its text (no chunk of its own), and
            own = self.item is None  # the heading, label and title, of the box that opened a section of its own
            self.item = " ".join(filter(None, [self.item, para.strip()]))
            self.section = f"{self.section} {para.strip()}" if own else self.section
        elif city:  # the same city again is a running header (on each page), no new part
            self._open(city, top_number(para))
            self.lined, self.news = True, False
        elif county_zone:  # a zone's part of a city's brief: the zone is its region
            self.region = self.zone = county_zone[0]
            self.county = county_zone[2]
            self.city_written, self.section, self.item, self.top, self.inner = True, county_zone[1], None, False, False
            self.lined, self.news = True, False
        elif zone:  # a zone's entry: its own part, in its city's region
            self.zone, self.region = zone[0], zone[1] or self.region
            self.lined, self.news = True, False
            self.city_written, self.section, self.item, self.top = zone[1] is not None, None, None, False
            self.inner = False
        elif self.region and whole_of_line(para) and not (top or section_of_line(para)):  # 全省小结 after the cities
            self.region = self.zone = None
            self.section, self.item, self.lined = whole_of_line(para), None, False
        elif top or section_of_line(para):
            self.number(top_number(para))
            self.section, self.item, self.top = section_of_line(para) or top.group(1).strip(), None, True
            self.theme = self.section
            self.whole_item = None
        elif sub or meaning_of_line(para):
            self.section, self.item = sub or meaning_of_line(para), None
        elif is_subtitle(para):
            self.item = para  # the title of the paragraph after it, not a chunk of its own
        else:
            return False
        return True

    def _open(self, city: str, number: int | None = None) -> None:
        """Enter a city's part (`number`: its line's top number, 三、晋中市); the same city again opens none."""
        if city != self.region or self.zone:
            theme = self.theme if self.top else None
            self.themes.add((city, theme))
            kept = theme if self.theme_first else None
            self.region, self.zone, self.section, self.item, self.top = city, None, kept, None, kept is not None
            self.inner, self.outer = False, number or self.outer

    def enters(self, para: str, written: set[str]) -> int:
        """Open the region of a paragraph that starts with its city (青崖市：…, 【白沙市】…, 【白沙】… of a document
        writing 白沙市: `written`), or the entry of one that starts with its zone (青崖经开区：…); where its text starts."""
        if is_table_row(para):  # 青崖市开发区 营业收入 …: a table's row
            return 0
        names = para.split(" ", 3)  # 青崖高新区 青崖市 主要指标完成情况 实现…: a prose row's sentence (index.tables)
        lead = cell_heading(" ".join(names[:3])) if len(names) == 4 else None
        lead = lead or (cell_heading(" ".join(names[:2])) if len(names) >= 3 else None)
        if lead:
            self._cell(*lead)
            self.section = meaning_of_line(lead[2])  # 存在问题 names a part; 主要指标完成情况 no more than the row does
            return 0
        city, zone, lead = inline_city(para), inline_zone(para), bracketed_lead(para, written)
        city = city or (lead if lead and lead[0] else None)
        if city:
            self._open(city[0])
            self.led_by = city[0] if lead else None
        elif lead and not zone and self.region and self.region == self.led_by:  # 【省商务厅】 after 【X市】…: no city's
            self.region = self.zone = self.section = self.item = None
        elif zone and zone[0] != self.zone:
            self.zone, self.city_written, self.section, self.item, self.top = zone[0], False, None, None, False
        return (city or zone or (None, 0))[1]

    def _cell(self, zone: str | None, city: str | None, column: str) -> None:
        """Enter a prose cell of a table (see index.tables): its row's city and zone, its column the section."""
        if city:
            self._open(city)
        self.zone, self.city_written = zone, city is not None or zone is None
        self.section, self.item, self.top = column, None, False
        self.lined, self.news, self.several = True, False, frozenset()  # a row's cell, no news item's

    def chunks_of(self, para: str, start: int) -> list[Chunk]:
        """The chunks of a paragraph's text (starting at `start`): its items, each part a sentence opens by naming
        what it tells (下一步，…) in that section; the paragraph after it is in the section it began in."""
        chunks, section = [], self.section
        for part_at, part, named in sections_within(para):
            self.section, self.item = (named, None) if named else (self.section, self.item)
            for piece_at, piece, title in item_pieces(part):
                self.item = title or self.item
                if title and not self.region:
                    self.whole_item, self.whole_section = title, self.section
                county = self.county if self.zone and self.zone == self.region else None
                chunks += [Chunk(text, at, at + len(text), self.region, self.section, self.item, self.zone, county)
                           for at, text in split_long(start + part_at + piece_at, piece)]
        if self.section != section:
            self.section, self.item = section, None
        return chunks

    def number(self, number: int | None) -> None:
        """A top heading numbered next after the one the region parts came under (三、 after 二、各市工作进展)
        closes the last part: what follows is the whole bulletin's again. A part's own 一、二、 sections do not, but
        any closes a zone's part numbered under one (（一）XX开发区（XX县）)."""
        own = self.zone and self.zone == self.region  # a zone's part numbered （N） under a part: 三、 closes it
        if number and self.region and (own or not self.inner and self.outer and number == self.outer + 1):
            self.region = self.zone = None
        elif number and self.region:
            self.inner = True
        if number and not self.region:
            self.outer = number


_TITLE_LINE = re.compile(r"^[（(]([一二三四五六七八九十])[)）][^，,；;：:。]{2,15}。?$")
_OPENING = re.compile(r"^[（(]([一二三四五六七八九十])[)）]")
_NUMERALS = "一二三四五六七八九十"


def next_sibling(para: str, item: str | None) -> bool:
    """Whether a paragraph is only the title of the item numbered next after `item` (（二）开放型经济回稳。 after
    （一）项目建设提速): a title line, no place's text."""
    line, before = _TITLE_LINE.match(para), _OPENING.match(item or "")
    return bool(line and before) and _NUMERALS.index(line.group(1)) == _NUMERALS.index(before.group(1)) + 1


def parse_sections(doc: CleanedDoc) -> list[Chunk]:
    """Chunks with region, section and item, in document order; read again theme by theme when a city's parts
    turn out to sit under several themes."""
    themes: set = set()
    chunks = _parse(doc, themes, False)
    opened = [city for city, theme in themes if theme]
    return _parse(doc, set(), True) if len(set(opened)) < len(opened) else chunks


def _parse(doc: CleanedDoc, themes: set, theme_first: bool) -> list[Chunk]:
    chunks: list[Chunk] = []
    pending: list[Chunk] = []  # chunks of the contribution being read; its region is known at its end
    unplaced: set[str] = set()  # zones whose entry line does not name their city
    at = _Position(themes=themes, theme_first=theme_first)
    cities: set[str] | None = None  # the cities a digest's items may name (read at its first item)
    begin = 0  # where the contribution being read started (after the previous credit)
    placed = item_paragraphs(doc.text)
    places, written = headline_places(doc.text), document_cities(doc.text)
    paras = [para for _, para in placed]
    for k, (start, para) in enumerate(placed):
        offset = start + len(para) + 1
        marker = _PART_MARKER.fullmatch(para)
        if marker and is_subtitle(next((p for p in paras[k + 1:] if p.strip()), "")):
            at.number(int(marker.group(1)))  # 03 over 下步打算: a web article's numbered part
            continue
        credit = CREDIT.match(para)
        if credit or _APPENDIX.match(para) or _EDITOR.match(para) \
                or (_TO_EVERY_PLACE.search(para) and not inline_city(para)):
            at = _Position(themes=themes, theme_first=theme_first)  # a credit closes a contribution; an appendix, an editor line or the whole's plans the last part
        if credit:
            close_contribution(pending, chunks, credit.group(1), doc.region_labels, begin, start)
            pending, begin = [], offset
        elif DISTRIBUTION.match(para):  # the footer is no part's; a scan's reading order may put it before the last
            pending += [Chunk(text, pos, pos + len(text), None, None, None)  # part's text, which stays that part's
                        for pos, text in split_long(start, para)]
        elif at.region and not at.lined and next_sibling(para, at.whole_item):
            # （二）开放型经济回稳。 after （一）项目建设提速。 and its places' lines (朔溪市：…): the whole's next item
            at.region = at.zone = None
            at.section, at.item = at.whole_section, None
            pending += at.chunks_of(para, start)
        elif at.passes(para, places):
            pass
        elif at.region and _WHOLE_SUBJECT.match(para):  # the whole's paragraph after the last part: no city's
            at.region = at.zone = None
            at.lined = False
            pending += at.chunks_of(para, start)
        elif not at.lined and opens_item(para, at.region is None or at.news):  # a digest's news item: a part
            cities = document_cities(doc.text) if cities is None else cities
            following = next((p for p in paras[k + 1:] if p.strip()), "")
            at.open_item(item_places(head_of(para, following), doc.text, cities))
            pending += _among(at.chunks_of(para, start), at.several, doc.text, cities)
        else:
            skip = at.enters(para, written)
            inline = inline_section(para[skip:])  # ■困难问题　…: the section opens, the rest is its text
            if inline:
                at.section, at.item = inline[0], None
            skip += inline[1] if inline else 0
            pending += _among(at.chunks_of(para[skip:], start + skip), at.several, doc.text, cities)
            if at.zone and not at.city_written:
                unplaced.add(at.zone)
        if at.news and closes_item(para):
            at.region, at.several = None, frozenset()  # the item's source line: what follows is not the item's
    close_contribution(pending, chunks, None, doc.region_labels, begin, len(doc.text))
    chunks = split_by_region_clauses(chunks, {c.region for c in chunks if c.region})
    place_cards(chunks, doc.text)
    place_table_rows(chunks, doc.text)
    whole_paragraphs(chunks)
    place_zone_entries(chunks, unplaced)
    city_entries_of_their_zone(chunks)
    short_zone_names(chunks)
    return chunks


def _among(chunks: list[Chunk], several: frozenset, text: str, cities: set[str] | None) -> list[Chunk]:
    """The chunks of a news item about several cities, cut where a clause opens with one of them (index.news_items)."""
    if not several:
        return chunks
    return [Chunk(piece, c.start + at, c.start + at + len(piece), owner, c.section, c.item, c.zone, c.county,
                  sentence_period(c.text, at))
            for c in chunks for at, piece, owner in clause_owners(c.text, set(several), text, cities or set())]
