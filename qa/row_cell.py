"""The cell of a table row a which-question asks (总投资27.9亿元的是哪个项目, …项目落在哪个开发区), read off the row as the
indexer writes it (`甲项目 序号 10 所在开发区 乙经开区 所在市 丙市 总投资 27.9亿元 进展 主体完工`): the cell under the
column whose name ends with the noun asked (所在开发区 ↔ 哪个开发区, 责任单位 ↔ 哪个单位, 项目名称 ↔ 哪个项目), else, for a
thing a table names one a row (项目, 企业), the row's own first cell, which is the thing the row is of. Pure."""
from __future__ import annotations

import re

from index.owners import is_table_row
from index.zones import ZONE_WORD, find_zones
from qa.table_runs import header_places, row_name

_THINGS = ("项目", "企业", "公司")  # what a table names one a row, in its first cell
_NOUNS = rf"{ZONE_WORD.pattern}|{'|'.join(_THINGS)}|单位|部门"
# the noun after the question word (哪个项目), or before a naming verb (那个13.5亿的项目叫什么, 项目名称是什么)
_ASKED = re.compile(rf"(?:哪|什么|啥)一?[个家项座所条]?(?P<noun>{_NOUNS}|[市县区])"
                    rf"|(?P<named>{_NOUNS})的?(?:名字|名称|全称)?(?:叫|是)(?:什么|啥)")
_FIGURE = re.compile(r"\d")
_SERIAL = re.compile(r"^\d{1,3}\s+")  # the row's serial number (序号)
_ZONE_AT_END = re.compile(rf"(?:{ZONE_WORD.pattern})$")


def row_cell_span(question: str, sentence: str) -> str | None:
    """The cell a which-question asks of a table row, or None (no table row, no noun asked, no such cell)."""
    row = sentence.strip().rstrip("。")
    asked = _ASKED.search(question)
    if not asked or not is_table_row(row):
        return None
    noun, cells = asked.group("noun") or asked.group("named"), row.split(" ")
    # the name asked is no figure (甲经开区 甲市 432.6 …: 甲市 is a cell, no column's name)
    under = [cells[k + 1] for k in header_places(cells) if (cells[k].endswith(noun) or cells[k] == noun + "名称")
             and not _FIGURE.search(cells[k + 1])]
    if under:
        return under[0] if under[0] not in question else None
    # the first cell names the thing, not its place, when a column says where the thing stands (所在开发区: 甲产业园 is a
    # project there, not a zone)
    first, headers = cells[0], [cells[k] for k in header_places(cells)]
    placed = any(_ZONE_AT_END.search(h) for h in headers) or not find_zones(first)
    if noun in _THINGS and placed and not _FIGURE.search(first) and first not in question:
        return first
    return None


def row_answer(question: str, row: str) -> str:
    """The name one row answers a name question with (哪个项目还没开工, 筠塘高新区的省级重点项目叫什么): its cell of the thing
    asked, or its first cell."""
    return row_cell_span(question, row) or row_name(_SERIAL.sub("", row))
