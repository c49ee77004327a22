"""The city a row of a list by city writes in its own cells: a project list's row (`XX项目 序号 4 所在开发区 甲高新技术产业
开发区 所在市 甲市 总投资 42.8亿元`) is its city's, read from the cell under its column of cities. A scan may leave that
cell unreadable (`阳市` for 蕨阳市, a character lost): the row's zone cell then names the city, its place name before the
zone's kind (蕨阳 of 蕨阳经济开发区). Only a row that has a column of cities is read so: a list by zone alone (a city's
brief, its zones the regions) writes the zone, not the city, and its rows stay as index.owners files them."""
from __future__ import annotations

import re

from index.headings import city_of_line
from index.zones import ZONE_WORD

_CITY_HEADER = re.compile(r"(?:所在|所属)(?:地|城)?市")  # a column of cities: 所在市, 所属地市
_ZONE_HEADER = re.compile(r"(?:所在|所属)(?:开发区|园区)")  # a column of zones: 所在开发区, 所属园区


def _under(cells: list[str], header: re.Pattern) -> str | None:
    """The cell written after the column's header (`所在市 甲市`)."""
    return next((cell for head, cell in zip(cells, cells[1:]) if header.fullmatch(head)), None)


def _zone_place(zone: str | None) -> str | None:
    """The place a zone's name starts with, its two or three characters before its kind (蕨阳 of 蕨阳经济开发区)."""
    kind = ZONE_WORD.search(zone or "")
    return zone[:kind.start()] if kind and 2 <= kind.start() <= 3 else None


def listed_city(cells: list[str]) -> str | None:
    """The city of a row with a column of cities: its cell there, else the place its zone's cell starts with."""
    city_cell = _under(cells, _CITY_HEADER)
    if city_cell is None:
        return None
    return city_of_line(city_cell) or _zone_place(_under(cells, _ZONE_HEADER))
