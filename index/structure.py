"""Bulletin structure: clean the extracted text, then cut it into cited chunks.

`clean_text` removes the repeated page-header blocks (title lines that recur on every page, with
the city label printed under them), rejoins lines a page break cut (`平` + `定经开区`) and keeps
headings and item starts as boundaries. Nothing inside a line is rewritten, so figures stay verbatim.

`parse_sections` walks the cleaned text: a contribution ends at its `供稿:` line, a city line opens a
region's part, sections start at 【…】, `xxx:` or `一、xxx` headings, items at ordinals (`index.headings`).
Items restart with each section and region. A chunk is one item or one paragraph, never crosses a
contribution or region, and satisfies `cleaned[start:end] == text`. A table row naming a zone is placed
in the region whose text names that zone (a summary table after the last city's part holds every city's).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from index.headings import (ITEM_ORDINAL, SUB_ORDINAL, city_of_line, county_zone_of_line, inline_city,
                            inline_section, is_subtitle, item_pieces, meaning_of_line, section_of_line, sections_within, subsection_of_line,
                            top_number, zone_of_line)
from index.owners import is_table_row, place_table_rows, row_cities, split_by_region_clauses
from index.places import is_place, place_label, unit_place
from index.entries import city_entries_of_their_zone, place_zone_entries, short_zone_names

_TERMINAL = tuple("。！？；!?;")
_BRACKET_HEADING = re.compile(r"^【(.+)】$")
_COLON_HEADING = re.compile(r"^(\S.{0,14})[:：]$")
_ITEM_START = re.compile(f"{ITEM_ORDINAL.pattern}|{SUB_ORDINAL.pattern}")  # where a line never continues another
_CREDIT = re.compile(r"^(?:供稿|来源|供稿单位)\s*[:：]\s*(.+)$")
_LABEL = re.compile(r"^(?!.*[刊报期])[\u4e00-\u9fff]{2,8}$")  # a city, not a publication name
_SHORT_LINE = re.compile(r"^[\u4e00-\u9fff]{2,12}$")  # what may name a region: a place or a zone
_APPENDIX = re.compile(r"^附(?:表|件|录)")
DISTRIBUTION = re.compile(r"^(?:抄送|抄报|主送|报送|报|送|发)[:：]"  # the 报：…送：…发：… footer after the last part,
                          r"|^[\u4e00-\u9fff]{2,20}\s*\d{4}年\d{1,2}月\d{1,2}日\s*印发$")  # and its …办公室 X年X月X日印发
# a paragraph addressing every place (下一步，市商务局将会同各县市区…; 各市要…) after the last place's part: the whole's
_TO_EVERY_PLACE = re.compile(r"(?:会同|组织|指导|督促|要求|请|推动|带领)各(?:县市区|县区|市县|设区市|市|县|地)"
                             r"|^[^。，,]{0,12}各(?:县市区|县区|设区市|市|地)要")
_EDITOR = re.compile(r"^[（(]?(?:责任编辑|编辑|校对)[:：]")  # a web article's editor credit closes the last part
_PROSE_MARK = re.compile(r"[。，,；、]")
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])")
MAX_CHUNK_CHARS = 600


@dataclass
class CleanedDoc:
    text: str
    title: str | None
    region_labels: list[tuple[int, str]] = field(default_factory=list)  # (offset, city) from page headers


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


def _is_heading(line: str) -> bool:
    return bool(_BRACKET_HEADING.match(line) or _COLON_HEADING.match(line) or _CREDIT.match(line)
                or section_of_line(line) or subsection_of_line(line) or city_of_line(line) or zone_of_line(line)
                or county_zone_of_line(line) or meaning_of_line(line))


def _is_prose(paragraph: str) -> bool:
    """A sentence, not a caption or title line: long, or holding punctuation, or an item."""
    return len(paragraph) > 25 or bool(_PROSE_MARK.search(paragraph) or _ITEM_START.match(paragraph))


def _front_matter(lines: list[str]) -> list[str]:
    """Title lines before the first heading, item or sentence (none when nothing follows them)."""
    for i, line in enumerate(lines):
        if _is_heading(line) or _ITEM_START.match(line) or line.endswith(_TERMINAL):
            return lines[:i]
    return []


def _titles_paragraphs(lines: list[str], line: str) -> bool:
    """A recurring subtitle (重点项目), no page header: each time between a finished paragraph and the
    paragraph it titles; a publication's name (…简报, …刊) stays a header."""
    at = [i for i, l in enumerate(lines) if l == line]
    return is_subtitle(line) and not re.search("[刊报期]", line) and all(
        0 < i < len(lines) - 1 and lines[i - 1].endswith(_TERMINAL) and lines[i + 1].endswith(_TERMINAL)
        and _is_prose(lines[i + 1]) for i in at)


def _header_lines(lines: list[str], title_hint: str | None) -> set[str]:
    """Lines of the page-header block: short lines that recur, the front matter, the document title."""
    counts = Counter(lines)
    headers = {l for l, n in counts.items()
               if n >= 2 and len(l) <= 60 and not _is_heading(l) and not _ITEM_START.match(l)
               and not l.endswith(_TERMINAL) and not _titles_paragraphs(lines, l)}
    headers.update(l for l in _front_matter(lines) if not _LABEL.match(l) or counts[l] > 1)
    if title_hint:
        headers.add(title_hint.strip())
    return headers


def _title(lines: list[str], headers: set[str], title_hint: str | None) -> str | None:
    """The longest header line naming the publication (…特刊, …简报), with the header line before it
    when that one is not part of it (全省开发区 + “…”特刊)."""
    named = [i for i, l in enumerate(lines) if l in headers and ("刊" in l or "报" in l) and not DISTRIBUTION.match(l)]
    if not named:
        return title_hint
    i = max(named, key=lambda k: len(lines[k]))
    before = lines[i - 1] if i > 0 else ""
    if before in headers and before not in lines[i] and not any(c in before for c in "刊报期"):
        return before + lines[i]
    return lines[i]


def _credit_regions(lines: list[str]) -> set[str]:
    """Places named by the credit lines (供稿:晋中市商务局 -> 晋中)."""
    credits = (_CREDIT.match(line) for line in lines)
    return {region for c in credits if c for region in [unit_place(c.group(1))] if region}


def _region_label(line: str) -> str | None:
    """The region a short line names, when it is a place (晋中, 晋中市, 平定经开区); a section title
    such as 法学 or 首页 names none."""
    return place_label(line) if _SHORT_LINE.match(line) else None


def clean_text(raw: str, title_hint: str | None = None) -> CleanedDoc:
    lines = [l.strip() for l in raw.replace("\r\n", "\n").replace("\u3000", " ").split("\n")]
    lines = [l for l in lines if l]
    headers = _header_lines(lines, title_hint)
    title = _title(lines, headers, title_hint)
    cities = _credit_regions(lines)
    paragraphs: list[str] = []
    labels: list[tuple[int, str]] = []
    offset, in_header, joinable = 0, False, False
    for i, line in enumerate(lines):
        closes_block = i + 1 == len(lines) or lines[i + 1] not in headers
        if line in headers and not (in_header and closes_block and _LABEL.match(line)):
            in_header = True
            continue
        region = _region_label(line)
        if region and (in_header or region in cities):
            labels.append((offset, region))  # a place under the page header, or a credited one as a heading
            in_header = False
            continue
        in_header = False
        if joinable and not _is_heading(line) and not _ITEM_START.match(line) and not is_table_row(line):
            paragraphs[-1] += line  # a page break cut this sentence (a table's row starts its own line)
            offset += len(line)
        else:
            if paragraphs:
                offset += 1  # the "\n" between paragraphs
            paragraphs.append(line)
            offset += len(line)
        joinable = not _is_heading(line) and not line.endswith(_TERMINAL) and _is_prose(paragraphs[-1])
    return CleanedDoc("\n".join(paragraphs), title, labels)


def _split_long(start: int, text: str) -> list[tuple[int, str]]:
    """Cut a paragraph longer than MAX_CHUNK_CHARS at sentence ends."""
    if len(text) <= MAX_CHUNK_CHARS:
        return [(start, text)]
    pieces, current, pos = [], "", start
    for sentence in filter(None, _SENTENCE_END.split(text)):
        if current and len(current) + len(sentence) > MAX_CHUNK_CHARS:
            pieces.append((pos, current))
            pos += len(current)
            current = ""
        current += sentence
    pieces.append((pos, current))
    return pieces


def _contribution_region(credit: str | None, labels: list[str]) -> str | None:
    """The place of the credited unit; for a zone's unit (晋中经开区管委会) the city of the page
    header when there is one, else the zone."""
    place = unit_place(credit) if credit else None
    if place and is_place(place):
        return place
    return labels[0] if labels else place


@dataclass
class _Position:
    """Where the reader stands: the region a city line opened, the zone a zone line opened, the section and
    item, and whether a top heading (一、…, 【…】, …：) opened the section, under which （一）… lines are items,
    not sections. `city_written`: the zone's line named its city (else the region is resolved from the text).
    `outer`: the number of the last top heading (二、各市工作进展) or numbered city line outside a region's part;
    `inner`: a top-numbered heading was seen inside the current part (its own 一、二、 sections)."""
    region: str | None = None
    zone: str | None = None
    county: str | None = None
    city_written: bool = True
    section: str | None = None
    item: str | None = None
    top: bool = False
    outer: int = 0
    inner: bool = False

    def passes(self, para: str) -> bool:
        """Move past a city or zone line, heading or subtitle (True); False for a paragraph, which stays."""
        city, zone, county_zone = city_of_line(para), zone_of_line(para), county_zone_of_line(para)
        top = _BRACKET_HEADING.match(para) or _COLON_HEADING.match(para)
        sub = None if self.top else subsection_of_line(para)
        if city:  # the same city again is a running header (on each page), no new part
            self._open(city, top_number(para))
        elif county_zone:  # a zone's part of a city's brief: the zone is its region
            self.region = self.zone = county_zone[0]
            self.county = county_zone[2]
            self.city_written, self.section, self.item, self.top, self.inner = True, county_zone[1], None, False, False
        elif zone:  # a zone's entry: its own part, in its city's region
            self.zone, self.region = zone[0], zone[1] or self.region
            self.city_written, self.section, self.item, self.top = zone[1] is not None, None, None, False
            self.inner = False
        elif top or section_of_line(para):
            self._number(top_number(para))
            self.section, self.item, self.top = section_of_line(para) or top.group(1).strip(), None, True
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
            self.region, self.zone, self.section, self.item, self.top = city, None, None, None, False
            self.inner, self.outer = False, number or self.outer

    def enters(self, para: str) -> int:
        """Open the region of a paragraph that starts with its city (青崖市：…, 【白沙市】…); where its text starts."""
        city = None if is_table_row(para) else inline_city(para)  # 青崖市开发区 营业收入 …: a table's row
        if city:
            self._open(city[0])
        return city[1] if city else 0

    def chunks_of(self, para: str, start: int) -> list[Chunk]:
        """The chunks of a paragraph's text (starting at `start`): its items, each part a sentence opens by naming
        what it tells (下一步，…) in that section; the paragraph after it is in the section it began in."""
        chunks, section = [], self.section
        for part_at, part, named in sections_within(para):
            self.section, self.item = (named, None) if named else (self.section, self.item)
            for piece_at, piece, title in item_pieces(part):
                self.item = title or self.item
                county = self.county if self.zone and self.zone == self.region else None
                chunks += [Chunk(text, at, at + len(text), self.region, self.section, self.item, self.zone, county)
                           for at, text in _split_long(start + part_at + piece_at, piece)]
        if self.section != section:
            self.section, self.item = section, None
        return chunks

    def _number(self, number: int | None) -> None:
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


def parse_sections(doc: CleanedDoc) -> list[Chunk]:
    """Chunks with region, section and item, in document order."""
    chunks: list[Chunk] = []
    pending: list[Chunk] = []  # chunks of the contribution being read; its region is known at its end
    unplaced: set[str] = set()  # zones whose entry line does not name their city
    at = _Position()
    offset = begin = 0  # begin: where the contribution being read started (after the previous credit)
    for para in doc.text.split("\n"):
        start, offset = offset, offset + len(para) + 1
        credit = _CREDIT.match(para)
        if credit or _APPENDIX.match(para) or _EDITOR.match(para) \
                or (_TO_EVERY_PLACE.search(para) and not inline_city(para)):
            at = _Position()  # a credit closes a contribution; an appendix, an editor line or the whole's plans the last part
        if credit:
            _close(pending, chunks, credit.group(1), doc.region_labels, begin, start)
            pending, begin = [], offset
        elif DISTRIBUTION.match(para):  # the footer is no part's; a scan's reading order may put it before the last
            pending += [Chunk(text, pos, pos + len(text), None, None, None)  # part's text, which stays that part's
                        for pos, text in _split_long(start, para)]
        elif not at.passes(para):
            skip = at.enters(para)
            inline = inline_section(para[skip:])  # ■困难问题　…: the section opens, the rest is its text
            if inline:
                at.section, at.item = inline[0], None
            skip += inline[1] if inline else 0
            pending += at.chunks_of(para[skip:], start + skip)
            if at.zone and not at.city_written:
                unplaced.add(at.zone)
    _close(pending, chunks, None, doc.region_labels, begin, len(doc.text))
    chunks = split_by_region_clauses(chunks, {c.region for c in chunks if c.region} | row_cities(chunks))
    place_table_rows(chunks)
    place_zone_entries(chunks, unplaced)
    city_entries_of_their_zone(chunks)
    short_zone_names(chunks)
    return chunks


def _close(pending: list[Chunk], out: list[Chunk], credit: str | None,
           labels: list[tuple[int, str]], begin: int, end: int) -> None:
    """Give a finished contribution its region: from its credit line, else the page labels in or after it;
    a chunk under a city line keeps that city."""
    if not pending:
        return
    inside = [city for pos, city in labels if begin - 1 <= pos <= end]  # a label sits before the "\n"
    after = [city for pos, city in labels if pos > end]
    region = _contribution_region(credit, inside or after[:1])
    for chunk in pending:
        chunk.region = chunk.region or region
        out.append(chunk)
