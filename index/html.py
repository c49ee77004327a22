"""What a saved web page holds besides markup: its article apart from the site around it (navigation, the
publishing line, related links, the footer with its phone and record numbers), its title apart from the
site's name, and its tables cell by cell with merged cells (rowspan, colspan) spread over the grid."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from index.periods import find_issue

_CJK = re.compile(r"[\u4e00-\u9fff]")
ARTICLE_SHARE = 0.5  # the container must hold at least this share of the page's paragraph text
# 简报（第1期）_工作动态_某市商务局; a dash between digits is a range (2025年1—8月…通报)
_ATTACHMENT_LABEL = re.compile(r"^\s*附\s*件\s*[:：]?\s*$")
_FILE_NAME = re.compile(r"\.(?:xlsx?|docx?|pdf|wps|et|ofd|zip|rar|7z)\s*$|^附件\s*\d", re.I)
_TITLE_PARTS = re.compile(r"\s*(?:_|\||｜|--|(?<!\d)—|—(?!\d)|-\s)\s*")


def _weight(tag: Tag) -> int:
    return len(_CJK.findall(tag.get_text()))


def article(soup: BeautifulSoup) -> Tag:
    """The element whose own paragraphs and tables hold the most text (the article), when it holds at least
    ARTICLE_SHARE of all of them; else the whole page (a page of no paragraphs, or one spread over several)."""
    blocks = soup.find_all(["p", "table", "ol", "ul", "h2", "h3", "h4", "h5", "h6"])
    blocks = [b for b in blocks if not b.find_parent(["p", "table", "ol", "ul"])]
    held: dict[int, tuple[Tag, int]] = {}
    for block in blocks:
        parent = block.parent
        tag, weight = held.get(id(parent), (parent, 0))
        held[id(parent)] = (tag, weight + _weight(block))
    total = sum(_weight(b) for b in blocks)
    best = max(held.values(), key=lambda pair: pair[1], default=None)
    if best is None or best[1] < ARTICLE_SHARE * total:
        return soup
    return best[0]


def attachments(page: Tag) -> str | None:
    """The article's 附件 list when the site sets it after the article's text (`<div class="fujian">附件：<a>附件1.
    …指标.xlsx</a>…`): the bulletin names its attachments, so they are its text (the files are not read). The first
    附件 label after the article, and only the links of its block, so no related link of a sidebar comes in."""
    label = next((s for s in page.find_all_next(string=_ATTACHMENT_LABEL)
                  if all(parent is not page for parent in s.parents)), None)  # one inside is read with the article
    block = label.parent if label is not None else None
    while block is not None and not block.find_all("a") and block.parent is not None:
        block = block.parent
    links = [a.get_text(" ", strip=True) for a in block.find_all("a")] if block is not None else []
    links = [name for name in links if _FILE_NAME.search(name)]
    return label.strip() + "；".join(links) if links else None  # 附件：附件1.….xlsx；附件2.….xlsx


def page_title(soup: BeautifulSoup) -> str | None:
    """The page's <title> without the column and site names a CMS appends (…_工作动态_某市商务局)."""
    if not soup.title:
        return None
    title = soup.title.get_text(" ", strip=True)
    return _TITLE_PARTS.split(title)[0] or title or None


def with_issue(title: str | None, page: Tag) -> str | None:
    """The title, with the issue (2025年第8期) the lines heading the article name when the title names none: a
    CMS puts the bulletin's masthead in the publishing line above the article's text (…通报 2025年第8期 来源：…)."""
    if find_issue(title):
        return title
    heading = " ".join(tag.get_text(" ", strip=True) for tag in reversed(page.find_previous_siblings()))
    issue = find_issue(heading)
    return f"{title}（{issue}）" if title and issue else title or issue


def table_grid(table: Tag) -> tuple[list[list[str]], int]:
    """(rows of cell texts, with a merged cell's text in every row it spans and, in header rows, every
    column; how many leading rows are headers: rows of <th> or in <thead>, else the first row)."""
    rows: list[list[str]] = []
    flags: list[bool] = []
    below: dict[int, list] = {}  # column -> [text, rows it still covers]
    for tr in table.find_all("tr"):
        header = tr.find("th") is not None or tr.find_parent("thead") is not None
        cells = iter(tr.find_all(["td", "th"], recursive=False))
        row: list[str] = []
        while True:
            if len(row) in below:
                text, left = below[len(row)]
                below[len(row)][1] -= 1
                if left <= 1:
                    del below[len(row)]
                row.append(text)
                continue
            cell = next(cells, None)
            if cell is None:
                break
            text, wide, tall = cell.get_text(), _span(cell, "colspan"), _span(cell, "rowspan")
            for k in range(wide):
                if tall > 1:
                    below[len(row)] = [text, tall - 1]
                row.append(text if k == 0 or header else "")
        rows.append(row)
        flags.append(header)
    leading = next((k for k, flag in enumerate(flags) if not flag), len(flags))
    return rows, max(leading, 1)


def _span(cell: Tag, name: str) -> int:
    value = str(cell.get(name, "1")).strip()
    return min(int(value), 100) if value.isdigit() and int(value) > 1 else 1
