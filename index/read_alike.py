"""Regions OCR misread, restored from the documents that write them (`荐湾` of a photographed page is `荇湾`).

Each document is cut on its own (`index.structure`); only once all are read can a region known from a scan alone be
seen to be one written elsewhere. A region R is read as W when all of these hold:
- every chunk of R was read by OCR, and W is written in a document not read by OCR;
- R and W are as long (two characters or more) and differ in one character, and W is the only such region;
- no document holds both (two regions of one document are two places);
- R's own part names, with R or W, a park that W's text writes with W (`兼塘港物流园` / `蒹塘港物流园`; `栎川工业园`
  in the row of county `栋川县`), or R's is a city's cell (`棘川市` under 所在市) where W's text writes `蕨川市`: the
  misreading is the same one, not two places a character apart.

The scan's text then reads the place as written (`restore_text`): in the documents holding R, the OCR'd chunks write
R's place name (R before its zone kind: 茗峪 of 茗峪经开区) as W's, so a park named after it (`兼塘港物流园`,
`茗峪县绿色建材产业园`) reads as the series writes it and a quote names it so. The name is as long, so every offset
stays; a name OCR cut short (`州高新区`) is left as read.
"""
from __future__ import annotations

import re

from index.zones import ZONE_WORD, find_zones, is_zone, misread_of

_NAME_TAIL = re.compile(r"[\u4e00-\u9fff]+")


def read_alike_regions(chunks: list[dict]) -> dict[str, str]:
    """{misread region: the region other documents write} over all the indexed chunks."""
    docs_of: dict[str, set[str]] = {}
    scanned_only: dict[str, bool] = {}
    for c in chunks:
        if c.get("region"):
            docs_of.setdefault(c["region"], set()).add(c["doc"])
            scanned_only[c["region"]] = scanned_only.get(c["region"], True) and bool(c.get("ocr"))
    written = [r for r, scanned in scanned_only.items() if not scanned]
    restored = {}
    for region in (r for r, scanned in scanned_only.items() if scanned):
        alike = [w for w in written if _one_off(region, w) and not docs_of[w] & docs_of[region]]
        if len(alike) == 1 and _same_misreading(chunks, region, alike[0]):
            restored[region] = alike[0]
    return restored


def restore_regions(chunks: list[dict], facts: list[dict], manifest: dict[str, dict]) -> None:
    """Give the chunks and facts of each misread region (read_alike_regions) the region written elsewhere, and the
    facts read by OCR their entity as written elsewhere (restored_entity)."""
    restored = read_alike_regions(chunks)
    restore_text(chunks, facts, restored)
    for row in chunks + facts:
        row["region"] = restored.get(row.get("region"), row.get("region"))
    for doc in manifest.values():
        doc["regions"] = sorted({restored.get(r, r) for r in doc.get("regions", [])})
    scanned = {c["id"] for c in chunks if c.get("ocr")}
    written: dict[str | None, set[str]] = {}
    for fact in facts:
        if fact.get("entity") and fact.get("chunk") not in scanned:
            written.setdefault(fact.get("region"), set()).add(fact["entity"])
    for fact in facts:
        if fact.get("entity") and fact.get("chunk") in scanned:
            fact["entity"] = restored_entity(fact["entity"], restored, written.get(fact.get("region"), set()))


def restore_text(chunks: list[dict], facts: list[dict], restored: dict[str, str]) -> None:
    """Each OCR'd chunk's and fact's text with a misread place name written as the series writes it (see the
    module's docstring): the place of a restored region, or of a zone a zone's own part names a character off."""
    regions = {c.get("region") for c in chunks}
    names: dict[str, dict[str, str]] = {}  # doc -> {misread place name: the written one}
    for chunk in chunks:
        region = chunk.get("region")
        if region in restored:
            names.setdefault(chunk["doc"], {})[_place_name(region)] = _place_name(restored[region])
        elif chunk.get("ocr") and region and is_zone(region):  # 茗峪经开区 in 苕峪经济开发区's own part
            for _, _, zone in find_zones(chunk["text"]):
                if misread_of(zone, region) and not {zone, _place_name(zone)} & regions:
                    names.setdefault(chunk["doc"], {})[_place_name(zone)] = _place_name(region)
    scanned = {c["id"]: names[c["doc"]] for c in chunks if c.get("ocr") and c["doc"] in names}
    rows = [(c, "text", c["id"]) for c in chunks]
    rows += [(f, key, f.get("chunk")) for f in facts for key in ("quote", "entity")]
    for row, key, at in rows:  # the fact's entity too: it names the figure beside the quote (an answer's label)
        for old, new in scanned.get(at, {}).items():
            if row.get(key) and len(old) == len(new) >= 2 and old != new:
                row[key] = row[key].replace(old, new)


def _place_name(region: str) -> str:
    """A region's place name: itself, or a zone's name before its kind (茗峪 of 茗峪经开区)."""
    kind = ZONE_WORD.search(region)
    return region[:kind.start()] if kind and kind.start() else region


def restored_entity(entity: str, restored: dict[str, str], written: set[str]) -> str:
    """A scan's entity named with a misread region (`兼塘港物流园` -> `蒹塘港物流园`), or missing the first character of
    the one entity its region's text writes so (`塘高新园` -> `蒹塘高新园`, three characters or more left)."""
    misread = next((r for r in restored if entity.startswith(r)), None)
    if misread:
        return restored[misread] + entity[len(misread):]
    whole = [name for name in written if len(name) == len(entity) + 1 and name.endswith(entity)]
    return whole[0] if len(whole) == 1 and len(entity) >= 3 and entity not in written else entity


def reads_alike(scanned: str, written: str) -> bool:
    """Whether a name OCR read may be `written` misread: one character off (荐湾经开区), or its first lost (塘高新园)."""
    return _one_off(scanned, written) or (len(scanned) >= 3 and written[1:] == scanned)


def _one_off(name: str, other: str) -> bool:
    return len(name) == len(other) >= 2 and sum(a != b for a, b in zip(name, other)) == 1


def _same_misreading(chunks: list[dict], region: str, written: str) -> bool:
    """Whether R's chunks name, with R or with W, something (two characters or more after the name) that W's chunks
    write with W; or write R as a city alone (a list's cell `R市`, a scan's 所在市 column) where W's write `W市`."""
    own = " ".join(c["text"] for c in chunks if c.get("region") == region)
    theirs = " ".join(c["text"] for c in chunks if c.get("region") == written)
    tails = {m.group() for name in (region, written) for at in _starts(own, name)
             if (m := _NAME_TAIL.match(own, at + len(name)))}
    return any(written + tail[:k] in theirs for tail in tails for k in range(2, len(tail) + 1)) \
        or ("市" in tails and written + "市" in theirs)


def _starts(text: str, name: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(name), text)]
