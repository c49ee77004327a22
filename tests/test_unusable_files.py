"""Files index.loaders cannot use, each refused with its reason in plain words (`LoadError`): an unsupported type, too
large, empty, binary, corrupt or truncated PDF and Word files, missing or unreadable; random bytes of every type
raise nothing else. The formats it reads are tested in tests/test_loaders.py."""
from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from index.loaders import SUPPORTED_SUFFIXES, LoadError, load_file
from tests.test_loaders import DATA, _error, _make_docx


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "数据.xlsx"
    path.write_bytes(b"PK\x03\x04")
    assert _error(path) == "不支持的文件类型 .xlsx"


def test_file_too_large_reports_size_and_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (3 * 1024 * 1024 + 300 * 1024))
    assert _error(path, max_bytes=2 * 1024 * 1024) == "文件过大（3.3 MB，上限 2 MB）"


@pytest.mark.parametrize("name, content", [
    ("zero.txt", b""), ("spaces.txt", b"  \r\n\t \n"), ("zero.pdf", b""), ("zero.docx", b""),
    ("spaces.md", b"\n\n   \n"), ("bom_only.txt", b"\xef\xbb\xbf"), ("fullwidth.txt", "\u3000\u3000\n".encode()),
])
def test_empty_files(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert _error(path) == "文件为空"


def test_binary_named_pdf(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert _error(path) == "不是有效的 PDF 文件（内容不是 PDF 格式）"


def test_corrupt_pdf(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(random.Random(1).randrange(256) for _ in range(2000)))
    assert _error(path) == "PDF 文件已损坏，无法解析"


def test_truncated_pdf(tmp_path: Path) -> None:
    path = tmp_path / "truncated.pdf"
    path.write_bytes((DATA / "chinese_text.pdf").read_bytes()[:700])
    message = _error(path)
    assert "PDF" in message and "损坏" in message


def test_text_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_text("这其实是纯文本", encoding="utf-8")
    assert _error(path) == "不是有效的 Word (.docx) 文件"


def test_old_doc_named_docx_gets_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    assert _error(path) == "不是有效的 Word (.docx) 文件（旧版 .doc 请另存为 .docx）"


def test_zip_without_document_xml_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "not word")
    assert _error(path) == "不是有效的 Word (.docx) 文件"


def test_corrupt_docx(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<w:document><unclosed")
    assert _error(path) == "Word (.docx) 文件已损坏，无法解析"


def test_truncated_docx(tmp_path: Path) -> None:
    good = tmp_path / "good.docx"
    _make_docx(good)
    path = tmp_path / "truncated.docx"
    path.write_bytes(good.read_bytes()[:-200])
    message = _error(path)
    assert "Word (.docx)" in message


def test_binary_txt_with_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(range(256)) * 4)
    assert _error(path) == "不是文本文件（内容是二进制数据或无法识别的编码）"


def test_binary_txt_with_control_bytes(tmp_path: Path) -> None:
    path = tmp_path / "controls.md"
    path.write_bytes(bytes(range(1, 32)) * 20)
    assert _error(path) == "不是文本文件（内容是二进制数据或无法识别的编码）"


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert _error(tmp_path / "没有.txt") == "文件不存在"
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert _error(folder) == "不是文件（是文件夹或特殊文件）"


def test_unreadable_file(tmp_path: Path, write_only_file: Path) -> None:
    path = tmp_path / "secret.txt"
    path.symlink_to(write_only_file)
    assert _error(path) == "没有读取权限"


def test_a_read_that_fails_midway(tmp_path: Path) -> None:
    path = tmp_path / "broken-disk.txt"
    path.symlink_to("/proc/self/mem")  # a regular file whose read fails with EIO, whoever reads it
    assert _error(path).startswith("无法读取文件")


@pytest.mark.parametrize("suffix", sorted(SUPPORTED_SUFFIXES))
def test_random_bytes_only_ever_raise_load_error(tmp_path: Path, suffix: str) -> None:
    rng = random.Random(suffix)
    for n, prefix in enumerate([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"<html>"]):
        path = tmp_path / f"junk{n}{suffix}"
        path.write_bytes(prefix + bytes(rng.randrange(256) for _ in range(3000)))
        try:
            loaded = load_file(path)
        except LoadError as err:
            assert str(err)
        else:
            assert isinstance(loaded.text, str)


def test_docx_zip_bomb_like_garbage_in_zip(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("[Content_Types].xml", "garbage")
        zf.writestr("word/document.xml", "garbage")
    path = tmp_path / "odd.docx"
    path.write_bytes(buffer.getvalue())
    assert "Word (.docx)" in _error(path)
