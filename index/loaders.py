"""Turn an uploaded bulletin file into plain text: .txt .md .html .htm here; .docx (`index.word`), .pdf
(`index.pdf`), images through OCR (`index.ocr`), .doc/.wps through LibreOffice (`index.office`).

`load_file` returns the document's raw text plus a metadata title and, for paged formats, each page's
span of the text; any file that cannot be used raises `LoadError`, whose message is a plain-words reason
for staff. Every format's text goes through `index.normalize` (radicals, spaces extraction inserted).
Tables (docx, html, md) become one sentence per data row (`index.tables`).
"""
from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import charset_normalizer
from bs4 import BeautifulSoup, Comment

from index.normalize import normalize_text
from index.ocr import IMAGE_SUFFIXES, ImageError, OcrReader, load_image
from index.office import ConversionError, to_docx
from index.pages import PageSpan, PageText, join_pages
from index.pdf import PdfError, load_pdf
from index.html import article, attachments, page_title, table_grid, with_issue
from index.tables import CJK, table_lines
from index.word import WordError, load_docx

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".docx", ".doc", ".wps", ".pdf", ".html", ".htm",
                                                *IMAGE_SUFFIXES})
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_SIGNATURE_LINES = 6  # a mail's signature after its `-- ` line: the sender's office, phone, address
_DOCUMENTATION = re.compile(r"readme(?:[._-].*)?", re.IGNORECASE)  # README.md, readme.txt, README_zh.md

_MD_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_HTML_BLOCKS = ("address article aside blockquote body caption center dd div dl dt fieldset figcaption figure"
                " footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot"
                " th thead tr ul").split()
# A source line break between two Chinese characters is not a space (CSS Text 3 segment-break rule).
_CJK_BREAK = re.compile(rf"(?<=[{CJK}])[ \t\r\f\v]*\n\s*(?=[{CJK}])")
_PARA, _LINE = "\x00", "\x01"  # paragraph / line-break markers while flattening HTML


class LoadError(Exception):
    """A file that cannot be used; str(err) is a reason in plain words for staff."""


@dataclass(frozen=True)
class LoadedFile:
    path: Path
    text: str
    title: str | None
    pages: tuple[PageSpan, ...] = ()  # paged formats: each page's span of `text`, and whether OCR read it


def is_documentation(path: Path) -> bool:
    """A folder's README (README.md, readme.txt): documentation of the folder, no bulletin to index."""
    return bool(_DOCUMENTATION.fullmatch(path.name))


def load_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, ocr: OcrReader | None = None) -> LoadedFile:
    """Read `path` and return its text; raise LoadError (and nothing else) for an unusable file.

    `ocr` reads scanned pages and images (default: a reader without cache)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise LoadError(f"不支持的文件类型 {suffix or '（没有扩展名）'}")
    data = _read_bytes(path, max_bytes)
    if not data.strip():
        raise LoadError("文件为空")
    try:
        pages, title = _extract(suffix, data, ocr or OcrReader(), path.name)
    except LoadError:
        raise
    except (PdfError, ConversionError, ImageError, WordError) as exc:
        raise LoadError(str(exc)) from exc
    except Exception as exc:  # a parser choking on a corrupt file must not escape as another type
        log.warning("failed to parse %s: %r", path, exc)
        raise LoadError(f"文件已损坏，无法解析（{type(exc).__name__}）") from exc
    pages = [PageText(p.number, normalize_text(p.text.replace("\r\n", "\n").replace("\r", "\n")), p.ocr)
             for p in pages]
    text, spans = join_pages(pages)
    if not text.strip():
        raise LoadError("文件为空" if suffix in {".txt", ".md"} else "文件中没有可提取的文字")
    return LoadedFile(path=path, text=text, title=title and normalize_text(title),
                      pages=spans if any(s.number for s in spans) else ())


def _extract(suffix: str, data: bytes, ocr: OcrReader, label: str) -> tuple[list[PageText], str | None]:
    """The file's pages (one page without number for formats without pages) and its title."""
    if suffix == ".pdf":
        return load_pdf(data, ocr, label)
    if suffix in IMAGE_SUFFIXES:
        return load_image(data, ocr, label), None
    if suffix in {".doc", ".wps"}:
        if data.startswith(b"PK"):  # a .docx saved under the old name
            return _pages(load_docx(data))
        return _pages(load_docx(to_docx(data, suffix)))
    return _pages(_LOADERS[suffix](data))


def _pages(loaded: tuple[str, str | None]) -> tuple[list[PageText], str | None]:
    return [PageText(None, loaded[0])], loaded[1]


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        if not path.is_file():
            raise LoadError("文件不存在" if not path.exists() else "不是文件（是文件夹或特殊文件）")
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError(f"文件过大（{_human_size(size)}，上限 {_human_size(max_bytes)}）")
        return path.read_bytes()
    except PermissionError as exc:
        raise LoadError("没有读取权限") from exc
    except OSError as exc:
        raise LoadError(f"无法读取文件（{exc.strerror or type(exc).__name__}）") from exc


def _human_size(n: int) -> str:
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} 字节"


# ---- text decoding -------------------------------------------------------------------------

def _decode(data: bytes, declared: str | None = None) -> str:
    """Bytes to str: BOM, strict UTF-8, declared charset, strict GB18030, then charset-normalizer."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            text = _strict(data, codec)
            return _binary() if text is None else text
    if b"\x00" in data:
        _binary()
    for codec in ("utf-8", declared, "gb18030"):
        if codec and (text := _strict(data, codec)) is not None:
            return text
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        _binary()
    log.info("encoding guessed by charset-normalizer: %s", best.encoding)
    return _check_text(str(best))


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return _check_text(data.decode(codec))
    except (UnicodeDecodeError, LookupError):
        return None


def _check_text(text: str) -> str:
    """Reject 'text' that is mostly control characters, i.e. binary data that happened to decode."""
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f\v\x1a")
    if controls > max(2, len(text) // 100):
        _binary()
    return text


def _binary() -> str:
    raise LoadError("不是文本文件（内容是二进制数据或无法识别的编码）")


# ---- per-format loaders: bytes -> (text, title) ---------------------------------------------

_MD_HEADING = re.compile(r"^#{1,6}[ \t]+")  # `## 二、存在问题`: a heading, read by its own numbering as a .txt's is


def _load_md(data: bytes) -> tuple[str, str | None]:
    lines = _lines(data)
    title = next((ln[2:].strip() for ln in lines if ln.startswith("# ") and ln[2:].strip()), None)
    lines = [_MD_HEADING.sub("", ln) for ln in lines]
    return _with_table_rows(lines, (_md_table_at, _tab_table_at)), title


def _load_txt(data: bytes) -> tuple[str, str | None]:
    lines = _lines(data)
    return _with_table_rows(lines[:_signature_at(lines)], (_tab_table_at, _bar_table_at)), None


def _signature_at(lines: list[str]) -> int:
    """Where a mail's signature starts: its `-- ` line, a few short lines (the sender's office, phone) after it
    closing the text; else the end (a `--` line with text going on is a divider)."""
    at = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].rstrip() == "--"), len(lines))
    after = [ln for ln in lines[at + 1:] if ln.strip()]
    return at if len(after) <= _SIGNATURE_LINES and all(len(ln.strip()) <= 40 for ln in after) else len(lines)


def _lines(data: bytes) -> list[str]:
    return _decode(data).replace("\r\n", "\n").replace("\r", "\n").split("\n")


TableAt = Callable[[list[str], int], tuple[list[list[str]], int] | None]  # a table found at line i: rows, end


def _with_table_rows(lines: list[str], readers: tuple[TableAt, ...]) -> str:
    """The text with each table a reader finds (its rows and the line after it) written one sentence per row, as
    the other formats' tables are, in a paragraph of its own."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        found = next((table for read in readers if (table := read(lines, i))), None)
        if found:
            rows, end = found
            out += ([""] if out and out[-1].strip() else []) + ["\n\n".join(table_lines(rows))]
            out += [""] if end < len(lines) and lines[end].strip() else []
            i = end
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def _md_table_at(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """A Markdown table starting at line i (a header, a |---| line, rows): its rows and where it ends."""
    if not ("|" in lines[i] and i + 1 < len(lines) and _MD_SEPARATOR.match(lines[i + 1])):
        return None
    end = i + 2
    while end < len(lines) and "|" in lines[end] and lines[end].strip():
        end += 1
    return [_md_cells(ln) for ln in lines[i:i + 1] + lines[i + 2:end]], end


def _parted_table_at(lines: list[str], i: int, mark: str) -> tuple[list[list[str]], int] | None:
    """A table pasted as text, its cells parted by `mark` (a header and rows of as many cells, two or more): its
    rows and where it ends. A single such line is no table."""
    def cells(line: str) -> list[str]:
        return [c.strip() for c in line.strip().strip(mark).split(mark)] if mark in line.strip() else []
    width = len(cells(lines[i]))
    end = i
    while end < len(lines) and width >= 2 and len(cells(lines[end])) == width:
        end += 1
    return ([cells(ln) for ln in lines[i:end]], end) if end - i >= 2 else None


def _tab_table_at(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    return _parted_table_at(lines, i, "\t")


def _bar_table_at(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """A table a mail or chat pasted as `城市|指标|…` lines, with no Markdown |---| line under its header."""
    return _parted_table_at(lines, i, "|")


def _md_cells(line: str) -> list[str]:
    s = line.strip()
    s = s[1:] if s.startswith("|") else s
    s = s[:-1] if s.endswith("|") and not s.endswith("\\|") else s
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", s)]


def _load_html(data: bytes) -> tuple[str, str | None]:
    text = _decode(data, _declared_charset(data)).replace(_PARA, "").replace(_LINE, "")
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


def _declared_charset(data: bytes) -> str | None:
    """The page's <meta> charset, unless it is a single-byte one that would decode anything."""
    found = re.search(rb"""charset\s*=\s*["']?([\w-]+)""", data[:4096], re.I)
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name if found else None
    except LookupError:
        return None
    if name in {"gb2312", "gbk"}:
        return "gb18030"
    return None if name is None or name.startswith(("latin", "iso8859", "cp125", "ascii")) else name


_LOADERS: dict[str, Callable[[bytes], tuple[str, str | None]]] = {
    ".txt": _load_txt, ".md": _load_md, ".docx": load_docx,
    ".html": _load_html, ".htm": _load_html,
}
