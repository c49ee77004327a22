"""A saved web page, .html/.htm (bytes -> (text, title)): its article's text in paragraphs, its title, its tables
one sentence per row (`index.html` reads the page, `index.tables` writes the rows), its attachments listed."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment

from index.html import article, attachments, page_title, table_grid, with_issue
from index.tables import CJK, table_lines
from index.text_decoding import declared_charset, decode

_HTML_BLOCKS = ("address article aside blockquote body caption center dd div dl dt fieldset figcaption figure"
                " footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot"
                " th thead tr ul").split()
# A source line break between two Chinese characters is not a space (CSS Text 3 segment-break rule).
_CJK_BREAK = re.compile(rf"(?<=[{CJK}])[ \t\r\f\v]*\n\s*(?=[{CJK}])")
_PARA, _LINE = "\x00", "\x01"  # paragraph / line-break markers while flattening HTML


def load_html(data: bytes) -> tuple[str, str | None]:
    text = decode(data, declared_charset(data)).replace(_PARA, "").replace(_LINE, "")
    soup = BeautifulSoup(text, "html.parser")
    title = page_title(soup)
    for node in soup.find_all(["script", "style", "noscript", "template", "head", "title"]):
        node.decompose()
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    page = article(soup)  # the site around the article (menus, related links, footer) is no bulletin text
    title = with_issue(title, page)
    attached = attachments(page)
    for table in [t for t in page.find_all("table") if t.find("table") is None]:
        caption = table.find("caption")  # the table's title (its period, its unit): a paragraph of its own
        named = [caption.extract().get_text(" ", strip=True)] if caption else []
        for tag in table.find_all(["br", "p", "div", "li"]):  # line breaks inside a cell are spaces
            tag.insert_after(" ")
        rows, header_rows = table_grid(table)
        lines = table_lines(rows, header_rows=header_rows)
        table.replace_with(_PARA + _PARA.join([n for n in named if n] + lines) + _PARA)
    for listed in page.find_all("ol"):  # the numbers a browser shows are the items' ordinals (1.…)
        for number, item in enumerate(listed.find_all("li", recursive=False), 1):
            item.insert(0, f"{number}.")
    for tag in page.find_all(_HTML_BLOCKS):
        tag.insert_before(_PARA)
        tag.insert_after(_PARA)
    for br in page.find_all("br"):
        br.replace_with(_LINE)
    flat = re.sub(r"[ \t\r\n\f\v\xa0\u3000]+", " ", _CJK_BREAK.sub("", page.get_text()))
    paragraphs = ["\n".join(ln.strip() for ln in p.split(_LINE) if ln.strip()) for p in flat.split(_PARA)]
    return "\n\n".join(p for p in [*paragraphs, attached] if p), title
