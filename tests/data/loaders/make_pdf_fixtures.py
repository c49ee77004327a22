"""Regenerate the PDF fixtures in this folder (stdlib only): `python make_pdf_fixtures.py`.

- chinese_text.pdf: two pages with a Chinese text layer (Type0 font STSong-Light,
  UniGB-UCS2-H encoding plus a ToUnicode map, so text extractors get real Unicode).
- scanned_image_only.pdf: one page that only paints a small grey image (no text layer),
  like a scanned bulletin that still needs OCR.
"""
from __future__ import annotations

import zlib
from pathlib import Path

HERE = Path(__file__).parent


def _pdf(objects: list[bytes]) -> bytes:
    """Assemble numbered objects (1-based, object 1 is the catalog) into a PDF file."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data)
    return b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(packed), extra) + packed + b"\nendstream"


def _text_ops(lines: list[str]) -> bytes:
    ops = [b"BT /F1 14 Tf 18 TL 56 780 Td"]
    for line in lines:
        ops.append(b"<%s> Tj T*" % line.encode("utf-16-be").hex().upper().encode())
    ops.append(b"ET")
    return b"\n".join(ops)


def _to_unicode(chars: set[str]) -> bytes:
    entries = [b"<%04X> <%04X>" % (ord(c), ord(c)) for c in sorted(chars)]
    body = [b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
            b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange"]
    for start in range(0, len(entries), 100):
        chunk = entries[start:start + 100]
        body += [b"%d beginbfchar" % len(chunk), *chunk, b"endbfchar"]
    body.append(b"endcmap CMapName currentdict /CMap defineresource pop end end")
    return _stream(b"\n".join(body))


def chinese_text_pdf(pages: list[list[str]]) -> bytes:
    first_page = 6
    kids = b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H"
        b" /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >>"
        b" /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6"
        b" /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120"
        b" /CapHeight 880 /StemV 93 >> /DW 1000 >>",
        _to_unicode({c for lines in pages for line in lines for c in line}),
    ]
    for i, lines in enumerate(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
                       b" /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (first_page + 2 * i + 1))
        objects.append(_stream(_text_ops(lines)))
    return _pdf(objects)


def image_only_pdf() -> bytes:
    pixels = bytes((x * 7 + y * 3) % 256 for y in range(32) for x in range(32))
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
        _stream(pixels, b"/Type /XObject /Subtype /Image /Width 32 /Height 32"
                        b" /ColorSpace /DeviceGray /BitsPerComponent 8 "),
        _stream(b"q 480 0 0 480 56 300 cm /Im1 Do Q"),
    ])


PAGES = [
    ["祁县2024年1-3月经济运行情况", "全县地区生产总值70.3亿元，同比增长5.2%。"],
    ["新型储能项目规模500MW/1000MWh。"],
]

if __name__ == "__main__":
    (HERE / "chinese_text.pdf").write_bytes(chinese_text_pdf(PAGES))
    (HERE / "scanned_image_only.pdf").write_bytes(image_only_pdf())
