"""Chunks of no region placed by what they name, once the regions of a bulletin are known:

- a finished contribution (a city's or zone's text up to its `供稿:` line): the place of its credited unit, else the
  page labels in or after it; a chunk under a city line keeps that city;

- an overview paragraph of no region (`其中，A市开发区…；B市开发区…。`): a clause that opens with a region's name
  (after a short connective such as 其中，) is that region's, so each such clause is a chunk of its own in that
  region; the clauses before the first one stay in no region, the clauses after one stay with it. One sentence
  listing several places' figures of one indicator (`A市开发区实际利用外资0.68亿美元，B市0.41亿美元，C市0.33亿美元`)
  is cut so too, before each comma clause that is another region's name and its figure only (index.facts gives it
  the sentence's indicator);
- a table row led by a zone: the one region whose prose names the zone, else the region the zone's name starts
  with (瑞川高新技术产业开发区 is 瑞川's when 瑞川 is a region the bulletin reports), else the region a cell of the
  row names (`所在市 瑞川市`); a row led by a city (瑞川市) is that city's. A row is no item's;
- a table whose rows are several regions' is the whole's: its total row (全省, 合计), its caption (`表1 …`) and the
  note under it (`注：…`) are in no region, whatever city line came before the table;
- a paragraph in a city's part that names two or more other regions and not its own (`增速居前三位的是A、B、C。`
  after the last city) speaks of them, not of that city: it is the whole's; so is a footnote's text
  (`①亿元以上项目指…`), wherever the page's foot put it, and a note telling how an indicator is counted that names
  no place (`注：实际使用外资按…口径…，下同。`: index.boxes.whole_note).
"""
from __future__ import annotations

import re

from index.boxes import whole_note
from index.figures import SEPARATOR, WRITTEN_FIGURE
from index.headings import ITEM_ORDINAL, city_of_line
from index.listed_city import listed_city
from index.places import ZONE_SUFFIX, is_place, unit_place
from index.turns import after_answer_lead, in_paragraph, speaker_city
from index.tables import TOTAL_ROWS  # noqa: F401 (read through here by index.facts)
from index.zones import ZONE_WORD, find_zones, written_short

# `<row> <col> <cell> ...。` (index.tables); a row header opens with a word, not a marker (■ 某园新增12家。 is prose)
_CELL = rf"(?:[^\s，,；;。！？]|{SEPARATOR})+"  # a cell: no clause mark, but a figure's thousands separator (18,642.7)
TABLE_ROW = re.compile(rf"(?=\w){_CELL}(?: {_CELL})+。?")
# a row header that names a zone; in a table of zones a name ending in 园 is a park too (高新园, 食品园)
_ZONE_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,}}(?:{ZONE_SUFFIX}|园)$")
_LED_BY_ZONE = re.compile(rf"[\u4e00-\u9fff]{{2,}}(?:{ZONE_SUFFIX}|园|{ZONE_WORD.pattern})$")
_HEADER_WORD = re.compile(r"[\u4e00-\u9fff]{2,12}")  # a column's header over prose: 存在问题, 主要指标完成情况
_REGION_CELL = re.compile(r"[市县区旗州盟]?")  # a cell that is a region's name (青崖, 青崖市)
# a clause ends at a full stop or semicolon, at the colon before enumerated points (问题：一是…), and before an example
# (…带动作用明显，比如甲经开区…: the example is the zone's statement, not the sentence's opening)
_CLAUSE_END = re.compile(r"(?<=[。；;！？!?])|(?<=[：:])(?=[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、])"
                         r"|(?<=[，,])(?=比如|例如|譬如)")
# an example's marker, or an enumerated point with its short topic inside a paragraph, before the place it is about
# (比如甲经开区…, …问题：一是发展不平衡，甲经开区…); a point that is an item of its own (一是外资到位偏慢，甲园…) stays
# an item of the whole's list
_EXAMPLE = re.compile(r"^(?:比如|例如|譬如)[，,]?")
_POINT = re.compile(r"^[一二三四五六七八九十]是[^，,。；;：:]{0,10}[，,]")
# a clause of the whole (全省开发区高新技术企业达到…): after a place's clause it is no longer that place's
_OF_THE_WHOLE = re.compile(r"^全[省国市][\u4e00-\u9fff]{0,4}?(?:开发区|园区)")
# 其中，/ 此外，/ 同时，; a topic's lead (重点园区方面，/ 从重点园区看，/ 重点园区中，); the day it happened (3月18日，)
_CONNECTIVE = re.compile(r"^(?:[\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]{2,8}(?:方面|看|中)|\d{1,2}月\d{1,2}日)[，,]")
# the city written in brackets right after a zone's name (青磬化工园区（栾江市）)
_BRACKETED = re.compile(r"[（(]([\u4e00-\u9fff]{2,8})[)）]")
# a clause's first words naming a city's zones or figure (甲市开发区…, 乙市0.41亿美元); an enumerated point (一是甲市…)
# states the whole's, no city's clause
_CITY_OPENING = re.compile(r"(?![一二三四五六七八九十]是)[\u4e00-\u9fff]{2,4}?市(?=各?开发区|园区|[0-9])")
_DIGIT = re.compile(r"[0-9０-９]")
_COMMA_CUT = re.compile(r"(?<=[，,])")
# what may stand between a listed region's name and its figure (B市0.41亿美元, B市开发区0.41亿美元)
_LISTED_AFTER_NAME = re.compile(r"[市县区旗州盟]?(?:各?开发区|园区)?")
_ENUMERATION = "、和与及同"  # 甲经开区、乙经开区…: zones listed together, no one zone's clause
CAPTION = re.compile(r"附?表\s*[\d一二三四五六七八九十]+(?:[-－—]\d+)?(?=\s|$)")  # 表1 2025年1—8月各市主要指标
_FOOTNOTE = re.compile(r"^[①-⑳][^，。；]{1,30}?(?:是指|系指|指)")  # ①亿元以上项目指…: a footnote defining a term
_NOTE = re.compile(r"(?:注|备注|说明|资料来源|数据来源)\s*\d?\s*[:：]")  # the note under a table


def is_table_row(text: str) -> bool:
    return bool(TABLE_ROW.fullmatch(text)) and not ITEM_ORDINAL.match(text)  # 1. 某某。 is an item


def _core(clause: str, in_paragraph: bool = False) -> str:
    """The clause after a short connective, a topic's lead or an example's (其中，/ 重点园区中，/ 比如), or a point's
    (一是…，) when it runs inside a paragraph; in a transcript's answer turn, after its speaker's lead (index.turns)."""
    clause = after_answer_lead(clause)
    lead = _EXAMPLE.match(clause) or (in_paragraph and _POINT.match(clause)) or _CONNECTIVE.match(clause)
    return clause[lead.end():] if lead else clause


def region_opening(clause: str, regions: list[str], in_paragraph: bool = False) -> str | None:
    """The region whose name opens the clause, after a short connective (其中，瑞川市… -> 瑞川); longest first."""
    core = _core(clause, in_paragraph)
    return next((r for r in regions if core.startswith(r)), None)


def zone_opening(clause: str, in_paragraph: bool = False) -> tuple[str, str | None] | None:
    """(zone, the city its brackets name) when the clause opens with one zone's name, after a short connective
    (重点园区中，甲经开区…; 乙化工园区（丙市）　…), and reports a figure: a statement of that zone. Zones listed together
    (甲经开区、乙经开区…) open none, nor does a plan's clause with no figure (用好综合保税区政策，支持…: a verb's object)."""
    core = _core(clause, in_paragraph)
    zones = find_zones(core[:30]) if _DIGIT.search(core) else []
    if not zones or zones[0][0] != 0:
        return None
    end = zones[0][1]
    bracketed = _BRACKETED.match(core, end)
    after = core[bracketed.end() if bracketed else end:][:1]
    if after and after in _ENUMERATION:
        return None
    return zones[0][2], city_of_line(bracketed.group(1)) if bracketed else None


def clause_owner(clause: str, regions: list[str], in_paragraph: bool = False) -> tuple[bool, str | None]:
    """(whether the clause opens with a place, the region it is then of): a region's name (瑞川市…, 瑞川经开区…), or a
    zone's, of the city in its brackets; a zone of no city the bulletin names is a clause of its own, of no region
    yet (index.zone_cities places it once every bulletin is read), never the city of the clause before it."""
    region = region_opening(clause, regions, in_paragraph)
    zone = None if region else zone_opening(clause, in_paragraph)
    return bool(region or zone), region or (zone[1] if zone else None)


def split_by_region_clauses(chunks: list, regions: set[str]) -> list:
    """Chunks of no region cut before each clause that opens with a region's name, which then holds it."""
    ordered = sorted(regions | row_cities(chunks) | (set() if regions else opening_cities(chunks)), key=len, reverse=True)
    out = []
    for chunk in chunks:
        out += _region_pieces(chunk, ordered) if chunk.region is None and not is_table_row(chunk.text) else [chunk]
    return out


def opening_cities(chunks: list) -> set[str]:
    """The cities (XX市) that open clauses of a bulletin with no city heading (分市看，甲市开发区…；乙市开发区…), when two
    or more do: each such clause is that city's, as under a heading."""
    found = {city for c in chunks if not is_table_row(c.text) for clause in _CLAUSE_END.split(c.text)
             if (named := _CITY_OPENING.match(_core(clause, in_paragraph(c)))) and (city := city_of_line(named.group()))}
    return found if len(found) >= 2 else set()


def _listed_figure(clause: str, regions: list[str]) -> bool:
    """Whether a comma clause is a region's name and its figure only (B市0.41亿美元，): a place listed after another's."""
    region = next((r for r in regions if clause.startswith(r)), None)
    after = _LISTED_AFTER_NAME.match(clause, len(region)).end() if region else 0
    return bool(region) and bool(WRITTEN_FIGURE.match(clause, after))


def _listed_clauses(sentence: str, regions: list[str]) -> list[str]:
    """The sentence cut before each comma clause that lists another region's figure (see _listed_figure)."""
    parts = [p for p in _COMMA_CUT.split(sentence) if p]
    clauses = parts[:1]
    for part in parts[1:]:
        if _listed_figure(part, regions):
            clauses.append(part)
        else:
            clauses[-1] += part
    return clauses


def _region_pieces(chunk, regions: list[str]) -> list:
    clauses = [c for s in _CLAUSE_END.split(chunk.text) if s for c in _listed_clauses(s, regions)]
    owners = [clause_owner(c, regions, in_paragraph(chunk)) for c in clauses]
    speaker = speaker_city(chunk.text)  # a city's official answers for their city till a clause names another place
    owners[0] = (owners[0][0], owners[0][1] or speaker)
    if not any(opens for opens, _ in owners):
        return [_piece(chunk, chunk.start, chunk.text, speaker)] if speaker else [chunk]
    pieces: list = []
    at = 0
    placed = False  # whether the piece under way opens with a place
    for clause, (opens, owner) in zip(clauses, owners):
        whole = placed and not opens and bool(_OF_THE_WHOLE.match(_core(clause, in_paragraph(chunk))))
        if opens or whole or not pieces:
            pieces.append(_piece(chunk, chunk.start + at, clause, owner))
            placed = opens
        else:
            pieces[-1] = _piece(chunk, pieces[-1].start, pieces[-1].text + clause, pieces[-1].region)
        at += len(clause)
    return pieces


def _piece(chunk, start: int, text: str, region: str | None):
    return type(chunk)(text, start, start + len(text), region, chunk.section, chunk.item, chunk.zone, chunk.county)


def row_cities(chunks: list) -> set[str]:
    """The regions whose names lead table rows (朔溪市 营业收入累计 5,836.4亿元 …), or stand beside the zone leading
    them (`朔溪高新区 朔溪市 …`, a city's cell merged over its zones' rows: see index.tables): a row of a table of
    cities is that city's, whether or not a paragraph of the bulletin opens with it."""
    return {city for c in chunks if is_table_row(c.text) and (city := _row_city(c.text.split(" ")))}


def cell_heading(line: str) -> tuple[str | None, str | None, str] | None:
    """(zone, city, column) of the heading line index.tables writes over a prose cell: the row's names and the
    column's header, nothing else (`青崖市 存在问题`; `青崖高新区 青崖市 下步打算`, a city's cell merged over its zones'
    rows; `青崖高新区 重点项目进展`)."""
    names = line.split(" ")
    column = names[-1]
    if not 2 <= len(names) <= 3 or not _HEADER_WORD.fullmatch(column) or city_of_line(column) \
            or _ZONE_NAME.search(column):
        return None
    zone = names[0] if _ZONE_NAME.search(names[0]) else None
    if len(names) == 3:
        city = city_of_line(names[1]) if zone else None
        return (zone, city, column) if city else None
    city = city_of_line(names[0])
    return (None, city, column) if city else (zone, None, column) if zone else None


def _row_city(cells: list[str]) -> str | None:
    """The city leading a row, or the one in the first cells of a row led by a zone (`XX高新区 XX市 …`, `XX高新区 3 所在市
    XX市 …`: its city's cell after its rank and the column's header)."""
    if not _ZONE_NAME.search(cells[0]):
        return city_of_line(cells[0])
    return next((city for cell in cells[1:5] if (city := city_of_line(cell))), None)


def place_table_rows(chunks: list, text: str) -> None:
    """A table row led by a zone or a city goes to the region it belongs to (see _row_owner); it is no item's.
    A table of several regions' rows is the whole's (see _whole_tables); `text`: the cleaned document."""
    rows = [c for c in chunks if is_table_row(c.text)]
    prose = [c for c in chunks if c.region and c not in rows]
    regions = sorted({c.region for c in prose} | row_cities(rows), key=len, reverse=True)
    for row in rows:
        row.item = None
        cells = row.text.rstrip("。").split(" ")
        owner = _row_owner(cells, prose, regions)
        if owner and row.region != owner:
            row.region, row.section = owner, None
        if row.zone and _LED_BY_ZONE.search(cells[0]) and written_short(cells[0]) != written_short(row.zone):
            row.zone = cells[0]  # a table after a zone's entry (芷桥产业园：…): a row led by another zone is that zone's
    _whole_tables(chunks, text)


def _whole_tables(chunks: list, text: str) -> None:
    """The total row of a table whose other rows are in several regions, its caption (a row of the run too) and
    the note right under that table are in no region: the table sums the regions up (it came after the last city's part, not in it)."""
    tables: list[list] = []
    for i, chunk in enumerate(chunks):
        if is_table_row(chunk.text):
            tables += [[]] if not i or not is_table_row(chunks[i - 1].text) else []
            tables[-1].append(chunk)
    for table in tables:
        whole = [row for row in table if row.text.split(" ")[0] in TOTAL_ROWS or CAPTION.match(row.text)]
        above = chunks.index(table[0]) - 1
        whole += [chunks[above]] if above >= 0 and CAPTION.match(chunks[above].text) else []
        if len({row.region for row in table if row not in whole} - {None}) < 2:
            continue
        for row in whole:
            row.region = None
        note_at = table[-1].end + 1  # the paragraph after the table's last row
        if _NOTE.match(text, note_at):
            note_end = text.find("\n", note_at) % (len(text) + 1)
            for chunk in chunks:
                if note_at <= chunk.start < note_end:
                    chunk.region = None


def _row_owner(cells: list[str], prose: list, regions: list[str]) -> str | None:
    """The one region whose prose names the row's zone (`cells[0]`), else the region the row's header starts with
    (its zone's name, X市, X) or names in its kind's other form (蒿岭经开区 of 蒿岭经济开发区), else the first region
    a cell names (`平湖经开区 青崖市 …`: see index.tables; `枞岭工业园区 排名 13 所在市 萁阳市 …`), else the county or
    city its zone's second cell is by its form (`某某工业园 某某县 …`: a table of one city's parks by county, on a page
    whose prose names no region), else the city a row of a list by city writes (index.listed_city)."""
    head = cells[0]
    if _ZONE_NAME.search(head):
        # the prose whose first zone it is (芷桥产业园…与蓥江港口物流园区并列: 芷桥's words, not the other's place)
        owners = {c.region for c in prose if head in c.text and not ZONE_WORD.search(c.text[:c.text.find(head)])}
        if len(owners) == 1:
            return owners.pop()
    return next((r for r in regions if head.startswith(r) or written_short(head) == written_short(r)), None) \
        or next((r for cell in cells[1:] for r in regions
                 if cell.startswith(r) and _REGION_CELL.fullmatch(cell[len(r):])), None) \
        or (city_of_line(cells[1]) if _ZONE_NAME.search(head) and len(cells) > 1 else None) \
        or listed_city(cells)


def whole_paragraphs(chunks: list) -> None:
    """A paragraph of a city's part naming two or more of the bulletin's other regions and not its own (a ranking,
    a comparison after the last city), a footnote's text and a note on how an indicator is counted, are in no region."""
    regions = sorted({c.region for c in chunks if c.region}, key=len, reverse=True)
    for chunk in chunks:
        if not chunk.region or chunk.zone or is_table_row(chunk.text):
            continue
        others = [r for r in regions if r != chunk.region and r in chunk.text]
        if _FOOTNOTE.match(chunk.text) or whole_note(chunk.text, regions) \
                or (len(others) >= 2 and chunk.region not in chunk.text):
            chunk.region = None


def _contribution_region(credit: str | None, labels: list[str]) -> str | None:
    """The place of the credited unit; for a zone's unit (晋中经开区管委会) the city of the page
    header when there is one, else the zone."""
    place = unit_place(credit) if credit else None
    if place and is_place(place):
        return place
    return labels[0] if labels else place


def close_contribution(pending: list, out: list, credit: str | None, labels: list[tuple[int, str]], begin: int,
                       end: int) -> None:
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
