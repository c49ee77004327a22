"""Turn an uploaded bulletin file into plain text, one loader per format: .txt .md (`index.plain_text`), .html .htm
(`index.html_page`), .docx (`index.word`), .pdf (`index.pdf`), images through OCR (`index.ocr`), .doc/.wps through
LibreOffice (`index.office`).

`load_file` returns the document's raw text plus a metadata title and, for paged formats, each page's
span of the text; any file that cannot be used raises `LoadError`, whose message is a plain-words reason
for staff. Every format's text goes through `index.normalize` (radicals, spaces extraction inserted).
Tables (docx, html, md) become one sentence per data row (`index.tables`).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from index.html_page import load_html
from index.load_error import LoadError
from index.normalize import normalize_text
from index.ocr import IMAGE_SUFFIXES, ImageError, OcrReader, load_image
from index.office import ConversionError, to_docx
from index.pages import PageSpan, PageText, join_pages
from index.pdf import PdfError, load_pdf
from index.plain_text import load_md, load_txt
from index.word import WordError, load_docx

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".docx", ".doc", ".wps", ".pdf", ".html", ".htm",
                                                *IMAGE_SUFFIXES})
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_DOCUMENTATION = re.compile(r"readme(?:[._-].*)?", re.IGNORECASE)  # README.md, readme.txt, README_zh.md


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


_LOADERS: dict[str, Callable[[bytes], tuple[str, str | None]]] = {
    ".txt": load_txt, ".md": load_md, ".docx": load_docx,
    ".html": load_html, ".htm": load_html,
}
