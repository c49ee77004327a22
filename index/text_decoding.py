"""A text file's bytes to str: BOM, strict UTF-8, the charset a web page declares, strict GB18030, then
charset-normalizer's guess; binary data is refused (`LoadError`)."""
from __future__ import annotations

import codecs
import logging
import re

import charset_normalizer

from index.load_error import LoadError

log = logging.getLogger(__name__)


def decode(data: bytes, declared: str | None = None) -> str:
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


def declared_charset(data: bytes) -> str | None:
    """The page's <meta> charset, unless it is a single-byte one that would decode anything."""
    found = re.search(rb"""charset\s*=\s*["']?([\w-]+)""", data[:4096], re.I)
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name if found else None
    except LookupError:
        return None
    if name in {"gb2312", "gbk"}:
        return "gb18030"
    return None if name is None or name.startswith(("latin", "iso8859", "cp125", "ascii")) else name
