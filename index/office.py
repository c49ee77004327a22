"""Old Word (.doc) and WPS (.wps) files, converted to .docx by LibreOffice (MPL-2.0) when it is installed."""
from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)
CONVERT_TIMEOUT_S = 180


class ConversionError(Exception):
    """The file could not be converted; the message is for staff."""


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_docx(data: bytes, suffix: str) -> bytes:
    """The .docx bytes LibreOffice makes of a .doc/.wps file."""
    program = soffice()
    if program is None:
        raise ConversionError(f"读取 {suffix} 文件需要 LibreOffice（soffice 命令），本机未安装："
                              f"请安装 LibreOffice，或在 Word/WPS 中另存为 .docx")
    with tempfile.TemporaryDirectory(prefix="bqa-office-") as tmp:
        source = Path(tmp) / f"bulletin{suffix}"
        source.write_bytes(data)
        # a profile of its own, so a LibreOffice the user has open (or a parallel run) does not block it
        profile = (Path(tmp) / "profile").as_uri()
        command = [program, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                   "--convert-to", "docx", "--outdir", tmp, str(source)]
        try:
            done = subprocess.run(command, capture_output=True, timeout=CONVERT_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as exc:
            raise ConversionError(f"LibreOffice 转换 {suffix} 文件超时（{CONVERT_TIMEOUT_S} 秒）") from exc
        target = source.with_suffix(".docx")
        if not target.is_file():
            log.warning("soffice failed (%s): %s", done.returncode, done.stderr.decode(errors="replace")[-500:])
            raise ConversionError(f"LibreOffice 无法转换这个 {suffix} 文件（文件已损坏或不是 Word/WPS 文档）")
        return target.read_bytes()
