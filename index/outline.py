"""The outline of a bulletin: region -> sections -> items, each with its title, offsets and chunks.

A pure function of the document's chunks (which carry region, section, item and offsets in the cleaned
text) and of its facts (counted per part). An item's title is its lead clause (二是持续加速项目建设);
the paragraphs of a section before its first item belong to the section alone.
"""
from __future__ import annotations

from collections import Counter

from index.headings import BULLET


def _part(title: str | None, chunk: dict) -> dict:
    return {"title": title, "start": chunk["start"], "end": chunk["end"], "chunks": [], "facts": 0}


def _add(part: dict, chunk: dict, facts: int) -> None:
    part["end"] = max(part["end"], chunk["end"])
    part["chunks"].append(chunk["id"])
    part["facts"] += facts


def _item(chunk: dict) -> dict:
    item = _part(chunk["item"], chunk)
    # the title is the item's lead clause, written at its start or after its bullet's mark (its end is where the
    # title stops)
    bullet = BULLET.match(chunk["text"])
    at = bullet.end() if bullet else 0
    written = chunk["text"].startswith(chunk["item"], at)
    item["title_end"] = chunk["start"] + at + len(chunk["item"]) if written else None
    return item


def document_outline(chunks: list[dict], facts: list[dict]) -> dict:
    """{doc, title, issue, period, regions: [{title, start, end, chunks, facts, sections: [{…, items: [...]}]}]}
    for the chunks of one document, in document order."""
    per_chunk = Counter(f["chunk"] for f in facts)
    regions: list[dict] = []
    region = section = item = None
    for chunk in sorted(chunks, key=lambda c: c["start"]):
        n = per_chunk[chunk["id"]]
        if region is None or chunk["region"] != region["title"]:
            region = {**_part(chunk["region"], chunk), "sections": []}
            regions.append(region)
            section = item = None
        if section is None or chunk["section"] != section["title"]:
            section = {**_part(chunk["section"], chunk), "items": []}
            region["sections"].append(section)
            item = None
        if chunk["item"] and (item is None or chunk["item"] != item["title"]):
            item = _item(chunk)
            section["items"].append(item)
        for part in (region, section, item if chunk["item"] else None):
            if part is not None:
                _add(part, chunk, n)
    first = chunks[0] if chunks else {}
    return {"doc": first.get("doc"), "title": first.get("title"), "issue": first.get("issue"),
            "period": first.get("doc_period"), "regions": regions}


def build_outlines(chunks: list[dict], facts: list[dict]) -> dict[str, dict]:
    """File name -> the outline of that document."""
    by_doc: dict[str, list[dict]] = {}
    for chunk in chunks:
        by_doc.setdefault(chunk["doc"], []).append(chunk)
    facts_by_doc: dict[str, list[dict]] = {}
    for fact in facts:
        facts_by_doc.setdefault(fact["doc"], []).append(fact)
    return {doc: document_outline(doc_chunks, facts_by_doc.get(doc, [])) for doc, doc_chunks in by_doc.items()}
