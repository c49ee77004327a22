"""Print the two issues of this folder to PDF with headless Chromium (commit the PDFs too).

    python evals/corpus_pdf/make_pdf.py

The sources are `*.html.in` (HTML), so that neither the indexer nor the gold set reads them as bulletins
beside their PDFs; each is copied to a temporary `.html` for Chromium to print.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-pdf-header-footer"]


def print_pdf(source: Path) -> Path:
    """The PDF of the HTML in `source` (`x.html.in` -> `x.pdf`), written beside it."""
    pdf = HERE / source.name.removesuffix(".html.in")
    pdf = pdf.with_name(pdf.name + ".pdf")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        shutil.copyfile(source, page)
        subprocess.run([CHROMIUM, *FLAGS, f"--print-to-pdf={pdf}", page.as_uri()],
                       check=True, capture_output=True, timeout=120)
    return pdf


if __name__ == "__main__":
    for html in sorted(HERE.glob("*.html.in")):
        print(print_pdf(html))
