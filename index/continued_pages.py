"""A page scanned to a file of its own (`…清单-p2.png` after `…清单-p1.png`, a 续表 with no title or period) continues
the document of the page before it: the same title, issue and period. Only a page that names no period of its own
takes its predecessor's; the page before is the file of the same name with the page number one less."""
from __future__ import annotations

import re

_PAGE_NAME = re.compile(r"^(?P<stem>.+?[-_ ]?(?:p|page|第)?)(?P<page>\d{1,3})(?P<tail>页?\.\w+)$", re.IGNORECASE)
_CARRIED = ("title", "issue", "period", "as_of")


def _previous_page(name: str) -> str | None:
    """The name of the page before `name` (`x-p2.png` -> `x-p1.png`), None when `name` numbers no page after one."""
    page = _PAGE_NAME.match(name)
    if not page or int(page["page"]) < 2:
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
