"""The line that names a passage's place: the heading or lead-in before a place's part (【榉口区】, 五、桉平市,
（三）琮州高新技术产业开发区（蕙山区）), which no chunk holds, so that an answer stating the place of a sentence that names
none can quote where the bulletin writes it. Pure: reads the chunks and the cleaned text.
"""
from __future__ import annotations

import re

from index.zones import abbreviates, find_zones, written_short

MAX_PLACE_LINE = 40  # characters of a heading or lead-in; a longer line is a paragraph
LINES_BACK = 3  # lines before a part's first chunk where its heading may stand (its section's title after it)


def _names(line: str, region: str | None, zone: str | None) -> bool:
    """Whether the line names the zone (in full or short) or, for a part of no zone, the region."""
    if zone:
        short = written_short(zone)
        return zone in line or any(written_short(name) == short or abbreviates(zone, name)
                                   for _, _, name in find_zones(line))
    return bool(region) and region in line


def _place_line(text: str, gap_start: int, gap_end: int, region: str | None, zone: str | None) -> tuple[int, str] | None:
    """(offset, line) of the last line in text[gap_start:gap_end] naming the place, within LINES_BACK lines."""
    end = gap_end
    for _ in range(LINES_BACK):
        start = max(text.rfind("\n", gap_start, end) + 1, gap_start)
        line = text[start:end].strip()
        if line and len(line) <= MAX_PLACE_LINE and _names(line, region, zone):
            return start + text[start:end].index(line), line
        if start <= gap_start:
            return None
        end = start - 1
    return None


def _lead(chunk: dict, region: str | None, zone: str | None) -> tuple[int, str] | None:
    """(offset, lead) of a part's first chunk opening with its place and a space or colon (枫渡市 全市开发区…, a bold run
    the loader kept): the place as its own text writes it."""
    opening = re.match(r"\s*(\S{2,16}?)[ 　：:]", chunk["text"])
    lead = opening.group(1) if opening else ""
    if lead and (_names(lead, region, zone) if zone else re.fullmatch(rf"{re.escape(region or '')}[市县区]?", lead)):
        return chunk["start"] + opening.start(1), opening.group(1)
    return None


def place_lines(chunks: list[dict], text: str) -> dict[str, tuple[int, str]]:
    """chunk id -> (offset, line) of the line naming its place, for each chunk of a part (a run of chunks of one
    region and zone, in document order) whose opening is preceded by such a line, or writes its place as a lead."""
    found: dict[str, tuple[int, str]] = {}
    previous_end, part, line = 0, None, None
    for chunk in sorted(chunks, key=lambda c: c["start"]):
        key = (chunk.get("region"), chunk.get("zone"))
        if key != part:
            part = key
            line = (_place_line(text, previous_end, chunk["start"], *key) or _lead(chunk, *key)) if any(key) else None
        if line:
            found[chunk["id"]] = line
        previous_end = max(previous_end, chunk["end"])
    return found
