"""Print the two issues of this folder to PDF with headless Chromium (commit the PDFs too).

    python evals/corpus_pdf/make_pdf.py

The sources are `*.html.in` (HTML), so that neither the indexer nor the gold set reads them as bulletins
beside their PDFs; each is copied to a temporary `.html` for Chromium to print.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository: evals.bulletin_files
from evals.bulletin_files import print_pdf as print_pdf_of  # noqa: E402

HERE = Path(__file__).resolve().parent


def pdf_beside(source: Path) -> Path:
    """The PDF of the HTML in `source` (`x.html.in` -> `x.pdf`), written beside it."""
    pdf = HERE / source.name.removesuffix(".html.in")
    pdf = pdf.with_name(pdf.name + ".pdf")
    print_pdf_of(source.read_text(encoding="utf-8"), pdf)
    return pdf


if __name__ == "__main__":
    for html in sorted(HERE.glob("*.html.in")):
        print(pdf_beside(html))
