"""A page scanned to a file of its own (`…清单-p2.png` after `…清单-p1.png`, a 续表 with no title or period) continues
the document of the page before it: the same title, issue and period. Only a page that names no period of its own
takes its predecessor's; the page before is the file of the same name with the page number one less. A number names a
page when a page marker goes before it (`-p2`, `_page2`, `第2页`) or when the file is a scanned image (`清单2.png`);
a document numbered bare (`通报-2.docx`) is an issue of a series, not a page of the one before."""
from __future__ import annotations

import re

from index.ocr import IMAGE_SUFFIXES

_PAGE_NAME = re.compile(r"^(?P<stem>.+?[-_ ]?(?P<marker>p|page|第)?)(?P<page>\d{1,3})(?P<tail>页?(?P<suffix>\.\w+))$",
                        re.IGNORECASE)
_CARRIED = ("title", "issue", "period", "as_of")


def _previous_page(name: str) -> str | None:
    """The name of the page before `name` (`x-p2.png` -> `x-p1.png`), None when `name` numbers no page after one."""
    page = _PAGE_NAME.match(name)
    if not page or int(page["page"]) < 2:
        return None
    if not page["marker"] and page["suffix"].lower() not in IMAGE_SUFFIXES:
        return None
    return f"{page['stem']}{int(page['page']) - 1}{page['tail']}"


def continue_pages(chunks: list[dict], facts: list[dict], manifest: dict[str, dict]) -> None:
    """Give each page file of no period (see the module's docstring) its previous page's title, issue and period, in
    its manifest entry, chunks and facts; pages in order, so a third page takes the second's once it has the first's."""
    def page_number(name: str) -> int:
        page = _PAGE_NAME.match(name)
        return int(page["page"]) if page else 0
    for name in sorted(manifest, key=page_number):
        before = _previous_page(name)
        doc = manifest[name]
        if before not in manifest or doc.get("period") or not manifest[before].get("period"):
            continue
        carried = {key: manifest[before].get(key) for key in _CARRIED}
        doc.update(carried)
        for chunk in (c for c in chunks if c["doc"] == name):
            chunk.update({**carried, "doc_period": carried["period"], "period": chunk.get("period") or carried["period"]})
        for fact in (f for f in facts if f["doc"] == name):
            fact.update({"issue": carried["issue"], "as_of": carried["as_of"],
                         "period": fact.get("period") or carried["period"]})
