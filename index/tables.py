"""Tables as text: one sentence per data row that keeps the row and column headers, e.g.
`祁县经开区 规模以上工业增加值 12.3亿元 同比增长 8.1%。`, so each row can be found and cited on its own.
Shared by the .md, .html and .docx loaders.
"""
from __future__ import annotations

import re

from index.figures import BARE_NUMBER, FIGURE
from index.places import ZONE_SUFFIX, is_place

CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_HEADER_UNIT = re.compile(r"^(?P<name>.*?\S)\s*[（(](?:单位\s*[:：]\s*)?(?P<unit>[^()（）]{1,6})[)）]$")
_CJK_GAP = re.compile(rf"(?<=[{CJK}])\s+(?=[{CJK}])")  # a header broken over lines: 规模以上 / 工业增加值
# a header cell saying only that the column holds the amount itself (营业收入 over 绝对值（亿元）)
_AMOUNT_ITSELF = re.compile(r"^(?:绝对值|绝对额|绝对量|总量|总额|数值|数额|金额|本期)(?=$|[（(])")
PROSE_CELL = re.compile(r"[。；;]")  # a cell of sentences, not of a figure or a name
TOTAL_ROWS = frozenset("合计 总计 小计 全市 全省 全县 全区 总体 全部".split())  # a table's whole


def table_lines(rows: list[list[str]], has_header: bool = True, header_rows: int = 1, note: str = "") -> list[str]:
    """One sentence per data row: `<row header> <col header> <cell> ...。`. A column header that gives
    the unit (`工业投资(亿元)`) lends it to the bare numbers under it: `工业投资 12.5亿元` (a row header to
    the numbers beside it), else the table's unit note (`note`, 单位：亿元、%; see `_noted_unit`). Several header
    rows are read as one (merged_header)."""
    rows = [[" ".join(c.split()) for c in row] for row in rows]
    rows = [row for row in rows if any(row)]
    header_rows = header_rows if has_header else 0
    if header_rows and len(rows) > header_rows and max(len(r) for r in rows) > 1:
        header, units = zip(*(_header_unit(_CJK_GAP.sub("", cell)) for cell in merged_header(rows[:header_rows])))
        noted = _note_units(note)
        units = tuple(unit or _noted_unit(name, noted) for name, unit in zip(header, units))
        if _transposed(list(header), rows[header_rows:]):
            return _by_columns(list(header), rows[header_rows:], noted)
        unit_of = dict(zip(header, units))
        header, data = _named_within_groups(list(header), rows[header_rows:])
        units = tuple(unit_of.get(name, "") for name in header)  # each column's unit where it now stands
        unit_column = next((i for i, name in enumerate(header) if i and _UNIT_COLUMN.match(name)), None)
        return [_sentence(header, _with_units(row, units, unit_column)) for row in data]
    return [_sentence([], row) for row in rows]


_UNIT_COLUMN = re.compile(r"^(?:计量)?单位$")  # 指标 | 单位 | …: the unit of each row's figures
_PLACE_NAME = re.compile(rf"^[{CJK}]{{2,12}}(?:市|县|区|州|盟|旗|{ZONE_SUFFIX})$")


def _names_place(cell: str) -> bool:
    """Whether a header cell names a place or a zone by its form (青崖市, 沙河县, 青崖经开区) or the gazetteer."""
    return bool(_PLACE_NAME.match(cell)) or is_place(cell)


def _transposed(header: list[str], rows: list[list[str]]) -> bool:
    """Whether the table lists indicators as rows and places as columns (指标 | 单位 | 青崖市 | 白沙市 | …): its
    columns after the first (and a 单位 column) are headed by two or more places (and any total, 全省), its rows by
    no place, and every row holds a figure under the places."""
    first = 2 if len(header) > 2 and _UNIT_COLUMN.match(header[1]) else 1
    places = header[first:]
    if len(places) < 2 or sum(map(_names_place, places)) < 2 \
            or not all(_names_place(p) or p in TOTAL_ROWS for p in places) or _names_place(header[0]):
        return False
    return all(row and row[0] and not _names_place(row[0]) and row[0] not in TOTAL_ROWS
               and any(BARE_NUMBER.fullmatch(c) or FIGURE.fullmatch(c) for c in row[first:]) for row in rows)


def _by_columns(header: list[str], rows: list[list[str]], noted: list[str]) -> list[str]:
    """The sentences of a transposed table as a table with a row per place reads, one per place and indicator, with
    the rows of that indicator's rates after it (营业收入 then 营业收入增速): `青崖市 营业收入 698.4亿元 营业收入增速
    8.2%。`, each figure with its row's unit (the 单位 cell, else the row header's `营业收入（亿元）`, else the table's
    note). Short sentences, so that a figure is quoted with its place and indicator, not with a whole column."""
    first = 2 if _UNIT_COLUMN.match(header[1]) else 1
    groups: list[list[tuple[str, str, list[str]]]] = []
    for row in rows:
        name, unit = _header_unit(_CJK_GAP.sub("", row[0]))
        given = row[1].strip() if first == 2 and len(row) > 1 else ""
        unit = given if given and FIGURE.fullmatch("1" + given) else unit or _noted_unit(name, noted)
        if groups and name != groups[-1][0][0] and name.startswith(groups[-1][0][0]):
            groups[-1].append((name, unit, row))
        else:
            groups.append([(name, unit, row)])
    out = []
    for j in range(first, len(header)):
        for group in groups:
            parts = [header[j]]
            for name, unit, row in group:
                cell = row[j] if j < len(row) else ""
                parts += [name, cell + unit if BARE_NUMBER.fullmatch(cell) else cell] if cell else []
            out += [_line(parts)] if len(parts) > 1 else []
    return out


def per_row(texts: list[str], rows: int) -> list[str]:
    """The sentences of a table as at most one text per data row it was read from: a transposed table gives one
    per place column, which may outnumber its rows (the rest then share the last row's line)."""
    if rows < 1 or len(texts) <= rows:
        return texts
    return texts[:rows - 1] + ["\n".join(texts[rows - 1:])]


def _named_within_groups(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """(header, rows) with the second column first when it names each row and the first only groups or counts
    them. A city's cell merged over its zones' rows (市 | 开发区 | 营业收入), written in every row it spans, is read
    beside its zone (`青崖经开区 青崖市 营业收入 512.4亿元。`; its header, often one character, would read as
    letter-spacing); a rank or serial number (排名 | 开发区: 1, 2, 3) with its header (`岚溪经开区 排名 1 …`)."""
    totals = len(rows) - len(_before_totals(rows))  # 合计 closing the table, its label merged over both columns
    rows, total_rows = rows[:len(rows) - totals], rows[len(rows) - totals:]
    header, rows = _grouped_by_first(header, rows)
    return header, rows + total_rows


def _before_totals(rows: list[list[str]]) -> list[list[str]]:
    """The rows above the total rows that close a table (合计, its second cell empty)."""
    while rows and rows[-1][0] in TOTAL_ROWS and not (rows[-1][1:2] or [""])[0]:
        rows = rows[:-1]
    return rows


def _grouped_by_first(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    firsts, names = [r[0] if r else "" for r in rows], [r[1] if len(r) > 1 else "" for r in rows]
    if len(rows) < 2 or len(header) < 3 or not firsts[0] or not all(names) \
            or any(BARE_NUMBER.fullmatch(n) or FIGURE.search(n) for n in names):
        return header, rows
    if all(f.isdigit() for f in firsts) and [int(f) for f in firsts] == list(range(int(firsts[0]), int(firsts[0]) + len(rows))):
        thirds = [r[2] if len(r) > 3 else "" for r in rows]
        if len(set(names)) < len(names) and all(thirds) and len(set(thirds)) == len(thirds) \
                and not any(BARE_NUMBER.fullmatch(t) or FIGURE.search(t) for t in thirds):
            # 序号 | 市 | 项目名称: the city merged over its projects' rows groups them; the project names the row
            return [header[2], "", header[0], *header[3:]], [[t, n, f, *r[3:]]
                                                             for t, n, f, r in zip(thirds, names, firsts, rows)]
        return [header[1], header[0], *header[2:]], [[n, f, *r[2:]] for n, f, r in zip(names, firsts, rows)]
    own = [n for n in names if n not in TOTAL_ROWS]  # a group's 小计 recurs under each group
    if len(set(own)) < len(own) or not any(not below or below == above for above, below in zip(firsts, firsts[1:])):
        return header, rows
    for k in range(1, len(firsts)):
        firsts[k] = firsts[k] or firsts[k - 1]  # the cells under a merged one are empty in .docx
    # a group's 小计 is led by its group (青崖市 小计 …): the group's whole, not the table's
    return [header[1], "", *header[2:]], [[g, n, *r[2:]] if n in TOTAL_ROWS else [n, g, *r[2:]]
                                          for n, g, r in zip(names, firsts, rows)]


def merged_header(rows: list[list[str]]) -> list[str]:
    """One header per column from several header rows: the distinct texts from top to bottom
    (营业收入 over 增速（%） -> 营业收入增速（%）; over 绝对值（亿元） -> 营业收入（亿元）)."""
    width = max(len(r) for r in rows)
    merged = []
    for col in range(width):
        parts: list[str] = []
        for row in rows:
            text = " ".join(row[col].split()) if col < len(row) else ""
            if text and text not in parts:
                parts.append(text)
        if len(parts) > 1:
            parts[-1] = _AMOUNT_ITSELF.sub("", parts[-1])
        merged.append("".join(parts))
    return merged


def _header_unit(cell: str) -> tuple[str, str]:
    """(header name, unit) of a column header such as 工业投资（亿元）; unit '' when it gives none."""
    m = _HEADER_UNIT.match(cell)
    if m and FIGURE.fullmatch("1" + m.group("unit").strip()):
        return m.group("name"), m.group("unit").strip()
    return cell, ""


UNIT_NOTE = re.compile(r"^[（(]?单位\s*[:：]\s*(?P<units>[^()（）]{1,20}?)[)）]?$")  # 单位：亿元、% over a table
_RATE_COLUMN = re.compile(r"(?:增速|增幅|增长|下降|比重|占比|率|同比)$")  # 同比 alone: the change on a year ago  # a column of rates: its figures are %
_NO_UNIT_COLUMN = re.compile(r"排名|排位|名次|位次|序号")  # ranks and serial numbers take no unit


def _note_units(note: str) -> list[str]:
    """The units a table's note gives (单位：亿元、% -> 亿元, %), each a unit a figure can carry."""
    m = UNIT_NOTE.match(note.strip())
    units = [u.strip() for u in re.split(r"[、，,/；;\s]+", m.group("units"))] if m else []
    return [u for u in units if u and FIGURE.fullmatch("1" + u)]


def _noted_unit(name: str, noted: list[str]) -> str:
    """The unit a note gives a column whose header gives none: % for a column of rates when the note lists %, its
    one other unit for any other column (two other units leave it bare: which is whose is not written); none for
    a rank or serial number."""
    if _NO_UNIT_COLUMN.search(name):
        return ""
    if "%" in noted and _RATE_COLUMN.search(name):
        return "%"
    others = [u for u in noted if u != "%"]
    return others[0] if len(others) == 1 and not _RATE_COLUMN.search(name) else ""


def _with_units(row: list[str], units: tuple[str, ...], unit_column: int | None = None) -> list[str]:
    """The row with its header's unit (`工业投资（亿元）` as row header) or its column's after each bare number, else the
    row's own cell under a 单位 column (指标 | 计量单位 | 当月 | 累计: `实际使用外资 计量单位 万美元 当月 8350万美元`)."""
    name, row_unit = _header_unit(_CJK_GAP.sub("", row[0]))
    cells = [name] + row[1:]
    given = cells[unit_column].strip() if unit_column is not None and unit_column < len(cells) else ""
    given = given if given and FIGURE.fullmatch("1" + given) else ""
    for i in range(1, len(cells)):
        unit = row_unit or (units[i] if i < len(units) else "") or given
        cells[i] += unit if BARE_NUMBER.fullmatch(cells[i]) else ""
    return cells


def _sentence(header: list[str], row: list[str]) -> str:
    """`<row[0]> <header[i]> <row[i]> ...。`, skipping empty cells (and missing column headers). A row of prose
    cells (two or more holding sentences: 重点项目进展 `1.…；2.…。`, 存在问题 …) is its first cell's sentence, then its
    other cells written as the parts of a bulletin are: a heading line of the row's names and the column (`青崖市 存在问题`;
    the city's cell beside its zone: `青崖高新区 青崖市 下步打算`, see `cell_heading` in index.owners), the cell's text on a
    line of its own."""
    if sum(bool(PROSE_CELL.search(cell)) for cell in row[1:]) >= 2:
        head = [row[0], *(c for i, c in enumerate(row[1:], start=1) if c and not (header[i] if i < len(header) else ""))]
        cells = [(header[i], cell) for i, cell in enumerate(row[1:], start=1) if cell and i < len(header) and header[i]]
        first = _line([*head, *cells[0]])  # the row's sentence, as any table's: its names written with its figures
        return "\n".join([first, *(f"{' '.join([*head, column])}\n{_line([cell])}" for column, cell in cells[1:])])
    parts = [row[0]]
    for i, cell in enumerate(row[1:], start=1):
        parts += [header[i] if i < len(header) else "", cell] if cell else []
    return _line(parts)


def _line(parts: list[str]) -> str:
    line = " ".join(p for p in parts if p)
    return line if line[-1] in "。！？；.!?;" else line + "。"
