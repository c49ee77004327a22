"""The same bulletin as it really arrives: printed PDFs, a scan and an old Word file, made from a .txt.

- `pdf-1col`: the bulletin as HTML printed by headless Chromium (`--print-to-pdf`, Noto CJK fonts);
- `pdf-2col`: the same in two columns, with a running header and page numbers (`- 1 -`);
- `scan-150dpi`: the two-column pages rasterised at 150 dpi by pypdfium2, reassembled as an image-only PDF;
- `doc`: a Word 97 `.doc`, converted by LibreOffice from a .docx of the same paragraphs.

`build_formats` caches the files in a folder: each is made once.
"""
from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

from index.office import soffice

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--no-pdf-header-footer"]
FORMATS = ("pdf-1col", "pdf-2col", "scan-150dpi", "doc")
SCAN_DPI = 150
_TERMINAL = tuple("。！？；;!?")
_CITY = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def bulletin_blocks(text: str) -> list[tuple[str, str]]:
    """(kind, text) blocks of a page-extracted bulletin: its title, city headings, section headings,
    paragraphs (fragments a page break cut are joined again) and credit lines; page headers dropped."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title = lines[0]
    blocks: list[tuple[str, str]] = [("title", title)]
    for i, line in enumerate(lines[1:], 1):
        if line in title:
            continue  # the page-header lines repeat the title
        if _CITY.match(line):
            if i + 1 < len(lines):
                blocks.append(("city", line))
        elif line.startswith("【") or line.endswith(("：", ":")) and len(line) <= 15:
            blocks.append(("section", line))
        elif line.startswith(("供稿", "来源")):
            blocks.append(("credit", line))
        elif blocks[-1][0] == "para" and not blocks[-1][1].endswith(_TERMINAL):
            blocks[-1] = ("para", blocks[-1][1] + line)
        else:
            blocks.append(("para", line))
    return blocks


def bulletin_html(blocks: list[tuple[str, str]], columns: int, running_header: str | None) -> str:
    tags = {"title": "h1", "city": "h2", "section": "h3", "credit": "p class=credit", "para": "p"}
    body = "\n".join(f"<{tags[k]}>{html.escape(t)}</{tags[k].split()[0]}>" for k, t in blocks[1:])
    margin = ("@top-center { content: \"%s\"; font-size: 9pt; }\n  @bottom-center { content: \"- \" counter(page) "
              "\" -\"; font-size: 9pt; }" % running_header) if running_header else ""
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(blocks[0][1])}</title><style>
@page {{ size: A4; margin: 22mm 18mm 20mm 18mm;
  {margin} }}
body {{ font-family: sans-serif; font-size: 11pt; line-height: 1.6; }}
h1 {{ font-size: 16pt; text-align: center; }} h2 {{ font-size: 14pt; text-align: center; }}
h3 {{ font-size: 12pt; margin: 0.6em 0 0.3em; }}
.cols {{ column-count: {columns}; column-gap: 9mm; }}
p {{ text-indent: 2em; text-align: justify; margin: 0 0 0.3em; }} p.credit {{ text-align: right; }}
</style></head><body><h1>{html.escape(blocks[0][1])}</h1><div class="cols">
{body}
</div></body></html>"""


def print_pdf(page: str, out: Path, chromium: str = "chromium") -> None:
    with tempfile.TemporaryDirectory(prefix="bqa-print-") as tmp:
        source = Path(tmp) / "bulletin.html"
        source.write_text(page, encoding="utf-8")
        subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out}",
                        source.as_uri()], capture_output=True, timeout=120, check=True)
    if not out.is_file():
        raise RuntimeError(f"chromium printed no PDF to {out}")


def scan_pdf(source: Path, out: Path, dpi: int = SCAN_DPI) -> None:
    """Each page rendered to a greyscale image, the images saved as a PDF without any text layer."""
    pdf = pdfium.PdfDocument(source)
    try:
        images = [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(pdf))]
    finally:
        pdf.close()
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:])


def office_scan_pdf(printed: Path, scanned: Path, dpi: int = 170, tilts: tuple[float, ...] = (0.35, -0.5, 0.25),
                    seed: int = 9) -> None:
    """An image-only PDF of the printed pages, as a grey office scanner makes it: each page tilted in turn by
    `tilts` (degrees: a sheet fed slightly askew), a little blurred, grey paper, ink not quite black, noise and
    dust specks."""
    rng = np.random.default_rng(seed)
    pages = []
    for n, page in enumerate(pdfium.PdfDocument(printed)):
        image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        image = image.rotate(tilts[n % len(tilts)], resample=Image.BICUBIC, expand=False, fillcolor=255)
        image = image.filter(ImageFilter.GaussianBlur(0.4))
        pixels = np.asarray(image, dtype=np.float32) * 0.93 + 8
        pixels += rng.normal(0, 7, pixels.shape)
        pixels[rng.random(pixels.shape) < 0.0008] = 60
        pages.append(Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L"))
    pages[0].save(scanned, "PDF", save_all=True, append_images=pages[1:], resolution=dpi)


def word_doc(blocks: list[tuple[str, str]], out: Path) -> None:
    """A .docx of the blocks (title, headings, paragraphs), turned into a Word 97 .doc by LibreOffice."""
    document = docx.Document()
    document.core_properties.title = blocks[0][1]
    styles = {"title": "Title", "city": "Heading 1", "section": "Heading 2"}
    for kind, text in blocks:
        document.add_paragraph(text, style=styles.get(kind))
    with tempfile.TemporaryDirectory(prefix="bqa-doc-") as tmp:
        source = Path(tmp) / f"{out.stem}.docx"
        document.save(str(source))
        program = soffice()
        if program is None:
            raise RuntimeError("LibreOffice (soffice) is needed to make the .doc")
        subprocess.run([program, f"-env:UserInstallation={Path(tmp, 'profile').as_uri()}", "--headless",
                        "--convert-to", "doc", "--outdir", tmp, str(source)], capture_output=True, timeout=180,
                       check=True)
        shutil.move(str(source.with_suffix(".doc")), out)


def build_formats(txt: Path, folder: Path, formats: tuple[str, ...] = FORMATS) -> dict[str, Path]:
    """Format name -> file (named like the .txt), made in `folder` unless already there."""
    folder.mkdir(parents=True, exist_ok=True)
    blocks = bulletin_blocks(txt.read_text(encoding="utf-8"))
    header = re.sub(r"（[^）]*）$", "", blocks[0][1])  # the title without its issue number
    paths = {name: folder / name / f"{txt.stem}.{'doc' if name == 'doc' else 'pdf'}" for name in FORMATS}
    makers = {
        "pdf-1col": lambda out: print_pdf(bulletin_html(blocks, 1, None), out),
        "pdf-2col": lambda out: print_pdf(bulletin_html(blocks, 2, header), out),
        "scan-150dpi": lambda out: scan_pdf(_made(paths, "pdf-2col", makers), out),
        "doc": lambda out: word_doc(blocks, out),
    }
    return {name: _made(paths, name, makers) for name in formats}


def _made(paths: dict[str, Path], name: str, makers: dict) -> Path:
    path = paths.get(name)
    if path is None:
        raise KeyError(name)
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".partial-{path.name}")
        makers[name](partial)
        partial.replace(path)
    return path
