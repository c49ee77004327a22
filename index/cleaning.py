"""A bulletin's extracted text cleaned for `index.structure`: page furniture out, broken lines joined.

`clean_text` removes the repeated page-header blocks (title lines that recur on every page, with
the city label printed under them), rejoins lines a page break cut (`平` + `定经开区`) and keeps
headings and item starts as boundaries. Nothing inside a line is rewritten, so figures stay verbatim.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from index.headings import (ITEM_ORDINAL, SUB_ORDINAL, city_of_line, city_of_title, county_zone_of_line, is_subtitle,
                            meaning_of_line, section_of_line, subsection_of_line, whole_of_line, zone_of_line)
from index.owners import is_table_row
from index.places import place_label, unit_place

_TERMINAL = tuple("。！？；!?;")
BRACKET_HEADING = re.compile(r"^【(.+)】$")
COLON_HEADING = re.compile(r"^(\S.{0,14})[:：]$")
_ITEM_START = re.compile(f"{ITEM_ORDINAL.pattern}|{SUB_ORDINAL.pattern}")  # where a line never continues another
CREDIT = re.compile(r"^(?:供稿|来源|供稿单位)\s*[:：]\s*(.+)$")
_LABEL = re.compile(r"^(?!.*[刊报期])[\u4e00-\u9fff]{2,8}$")  # a city, not a publication name
_SHORT_LINE = re.compile(r"^[\u4e00-\u9fff]{2,12}$")  # what may name a region: a place or a zone
DISTRIBUTION = re.compile(r"^(?:抄送|抄报|主送|报送|报|送|发)[:：]"  # the 报：…送：…发：… footer after the last part,
                          r"|^[\u4e00-\u9fff]{2,20}\s*\d{4}年\d{1,2}月\d{1,2}日\s*印发$"  # its …办公室 X年X月X日印发,
                          r"|^(?:\d{4}|二[〇零][〇零一二三四五六七八九]{2})年[\d一二三四五六七八九十]{1,2}月"
                          r"[\d一二三四五六七八九十]{1,3}日$")  # and the date signing the bulletin off
# a speaker's line under a speech's title (…人民政府副省长　某某): who speaks, a line of the text, not page furniture
_SPEAKER = re.compile(r"^[\u4e00-\u9fff]{2,24}(?:长|书记|主任|主席|专员|巡视员)\s+[\u4e00-\u9fff]{2,4}$")
_PROSE_MARK = re.compile(r"[。，,；、]")
_LONE_MARK = re.compile(r"^[①-⑳]$")  # a footnote's mark a PDF printed raised, on a line of its own mid-sentence
# where a typed text starts a paragraph: a bullet (◆ 某某…) or the full-width indent (\u3000\u3000某某…) of Chinese
# typing; a mail's hard line breaks never put either inside a paragraph
_PARAGRAPH_OPENS = re.compile(r"^(?:\u3000{2}|[■□●○◆◇▲△★☆▶►◼▪•→➤➢])")  # → ➤: a slide's bullets
# a news item's headline after its bracketed number (【信息1】某某经开区全年实现营业收入1426.8亿元): one phrase, no clause
# mark; the body starts on the next line, never continues it
_HEADLINE = re.compile(r"^【[^】]{1,8}】[^。，,；;：:！？]{4,40}$")
# the same after a number (3. 甲经开区与乙经开区签订产业协作协议): a headline only where its writer ended the paragraph
# there (a blank line after it, as a Word file's paragraphs are loaded); a hard-wrapped mail breaks such lines anywhere
_NUMBERED_HEADLINE = re.compile(r"^\d{1,2}[.．、]\s*[^。，,；;：:！？]{4,40}$")
# a sentence's end followed by a bracketed note (…同比增长7.5%。（某市商务局供稿）): the paragraph ends there too
# a sentence ends inside the line: prose, no title (…增长7.3%。（某市商务局供稿）: after a figure or a quote too)
_SENTENCE_INSIDE = re.compile(r"[\u4e00-\u9fff\d%％”’」）)][。！？]")
# a sentence announcing the lines after it (现将…纪要如下：, 会议议定以下事项：): its paragraph ends at the colon
_ANNOUNCES = re.compile(r"[。，；][^。]*[：:]$")
_TITLE_LINE = re.compile(r"^(?!续表)[^:：]*[\u4e00-\u9fff]{4}[^:：]*$")  # a title: words, no label's colon
_CLOSED_NOTE = re.compile(r"[。！？；!?;]（[^（）]{1,60}）$")  # （责任单位：…；完成时限：…） closing a 纪要's decision


@dataclass
class CleanedDoc:
    text: str
    title: str | None
    region_labels: list[tuple[int, str]] = field(default_factory=list)  # (offset, city) from page headers
    masthead: list[str] = field(default_factory=list)  # the title lines before the text (2026年第1期, 2025年全年)


def _is_heading(line: str) -> bool:
    return bool(BRACKET_HEADING.match(line) or COLON_HEADING.match(line) or CREDIT.match(line)
                or section_of_line(line) or subsection_of_line(line) or city_of_line(line) or city_of_title(line)
                or zone_of_line(line) or county_zone_of_line(line) or meaning_of_line(line) or whole_of_line(line))


def _is_prose(paragraph: str) -> bool:
    """A sentence, not a caption or title line: long, or holding punctuation, or an item."""
    return len(paragraph) > 25 or bool(_PROSE_MARK.search(paragraph) or _ITEM_START.match(paragraph))


def _front_matter(lines: list[str]) -> list[str]:
    """Title lines before the first heading, item or sentence (none when nothing follows them). A line holding a
    full stop is a sentence wherever it ends (a 纪要's opening paragraph ends with 现将…纪要如下：)."""
    for i, line in enumerate(lines):
        if _is_heading(line) or _ITEM_START.match(line) or _HEADLINE.match(line) or line.endswith(_TERMINAL) \
                or _SENTENCE_INSIDE.search(line):  # 【信息1】…: a digest's first item, no title line
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
    headers.update(l for l in _front_matter(lines) if (not _LABEL.match(l) or counts[l] > 1) and not _SPEAKER.match(l))
    if title_hint:
        headers.add(title_hint.strip())
    return headers


def _title(lines: list[str], headers: set[str], title_hint: str | None) -> str | None:
    """The longest header line naming the publication (…特刊, …简报), with the header line before it
    when that one is not part of it (全省开发区 + “…”特刊)."""
    named = [i for i, l in enumerate(lines) if l in headers and ("刊" in l or "报" in l) and not DISTRIBUTION.match(l)]
    if not named:
        return title_hint or _first_title_line(lines)
    i = max(named, key=lambda k: len(lines[k]))
    before = lines[i - 1] if i > 0 else ""
    if before in headers and before not in lines[i] and not any(c in before for c in "刊报期"):
        return before + lines[i]
    return lines[i]


def _first_title_line(lines: list[str]) -> str | None:
    """A document no metadata titles and no publication's name heads (a scanned 清单, a zone's own 工作总结): the first
    line standing above its text is its title, unless it is a label's line (发件人：…) or a table's 续表 mark."""
    return next((line for line in _front_matter(lines)[:1] if _TITLE_LINE.match(line)), None)


def _credit_regions(lines: list[str]) -> set[str]:
    """Places named by the credit lines (供稿:晋中市商务局 -> 晋中)."""
    credits = (CREDIT.match(line) for line in lines)
    return {region for c in credits if c for region in [unit_place(c.group(1))] if region}


def _region_label(line: str) -> str | None:
    """The region a short line names, when it is a place (晋中, 晋中市, 平定经开区); a section title
    such as 法学 or 首页 names none."""
    return place_label(line) if _SHORT_LINE.match(line) else None


def clean_text(raw: str, title_hint: str | None = None) -> CleanedDoc:
    split = raw.replace("\r\n", "\n").split("\n")
    kept = [i for i, l in enumerate(split) if l.strip()]
    raw_lines = [split[i] for i in kept]
    opens = [bool(_PARAGRAPH_OPENS.match(l.lstrip(" \t"))) for l in raw_lines]
    ended = [i + 1 < len(split) and not split[i + 1].strip() for i in kept]  # a blank line after it
    lines = [l.replace("\u3000", " ").strip() for l in raw_lines]
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
        if _LONE_MARK.match(line):
            continue  # the sentence it sat in goes on after it; the footnote's text keeps its own mark
        if joinable and not opens[i] and not _is_heading(line) and not _ITEM_START.match(line) \
                and not is_table_row(line):
            paragraphs[-1] += line  # a page break cut this sentence (a table's row starts its own line)
            offset += len(line)
        else:
            if paragraphs:
                offset += 1  # the "\n" between paragraphs
            paragraphs.append(line)
            offset += len(line)
        joinable = not _is_heading(line) and not line.endswith(_TERMINAL) and _is_prose(paragraphs[-1]) \
            and not _HEADLINE.match(paragraphs[-1]) and not _CLOSED_NOTE.search(paragraphs[-1]) \
            and not _ANNOUNCES.search(paragraphs[-1]) \
            and not (ended[i] and _NUMBERED_HEADLINE.match(paragraphs[-1]))
    return CleanedDoc("\n".join(paragraphs), title, labels, _front_matter(lines))

