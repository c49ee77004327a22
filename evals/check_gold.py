"""Sanity check of evals/gold.jsonl against the bulletin texts (no index, no model).

    python evals/check_gold.py            # prints problems, exit 1 if any

For every question: each `must` element (or one of its alternatives) occurs in a passage of the
question's corpus with the right region/period, at least one of them in the named section; `short`
is one of the must strings; no `must_not` string occurs in a passage that holds a must string, nor
anywhere in the contribution of the question's region and period (a must_not that only shows up in
another paragraph of that contribution is reported as a note); abstain questions have no must.
Page breaks are rejoined (a paragraph not ending in 。；;：: continues after the blank line).
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SAMPLE_NAME = "2024-kaifaqu-tekan-jinzhong-yangquan.txt"
SAMPLE = next((p for p in (ROOT / "documents" / SAMPLE_NAME, Path("/work/shared/bulletins") / SAMPLE_NAME)
               if p.exists()), ROOT / "documents" / SAMPLE_NAME)
ISSUES = [(HERE / "corpus" / "2024-07-kaifaqu-tekan-di2qi.txt", "2024年1-6月"),
          (HERE / "corpus" / "2024-10-kaifaqu-tekan-di3qi.docx", "2024年1-9月")]
PERIOD_ALIASES = {"2024年一季度": "2024年一季度", "2024年1-3月": "2024年一季度",
                  "2024年1-6月": "2024年1-6月", "2024年上半年": "2024年1-6月",
                  "2024年1-9月": "2024年1-9月", "2024年前三季度": "2024年1-9月"}
CITIES = ("晋中", "阳泉")


@dataclass
class Passage:
    doc: str
    period: str
    region: str | None
    section: str | None
    text: str


def _is_page_header(line: str) -> bool:
    return line == "全省开发区" or line.endswith("特刊") or "特刊（" in line or line in CITIES


def _paragraphs_txt(text: str) -> list[str]:
    paras, cur = [], ""
    for block in re.split(r"\n\s*\n", text):
        block = block.strip()
        if not block or _is_page_header(block):
            continue
        cur += block
        if re.search(r"[。；;：:】]$", cur) or cur.startswith("供稿"):
            paras.append(cur)
            cur = ""
    if cur:
        paras.append(cur)
    return paras


def _elements_docx(path: Path) -> list[tuple[str, str]]:
    import docx  # python-docx
    d = docx.Document(str(path))
    out = []
    for child in d.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = docx.text.paragraph.Paragraph(child, d)
            if p.text.strip():
                out.append(("h1" if p.style.name == "Heading 1" else "p", p.text.strip()))
        elif tag == "tbl":
            t = docx.table.Table(child, d)
            out.append(("p", "\n".join(" | ".join(c.text for c in r.cells) for r in t.rows)))
    return out


def load(path: Path, period: str) -> list[Passage]:
    if path.suffix == ".docx":
        elems = _elements_docx(path)[1:]  # skip the title
    else:
        elems = [("p", p) for p in _paragraphs_txt(path.read_text(encoding="utf-8"))]
    passages, pending, region, section = [], [], None, None
    for kind, text in elems:
        if kind == "h1":
            region = text
            continue
        m = re.fullmatch(r"【(.+)】", text)
        if m:
            section = m.group(1)
            continue
        if re.fullmatch(r"工作措施[:：]", text):
            section = "工作措施"
            continue
        m = re.match(r"供稿[:：](.+?)市", text)
        if m:  # a contribution ends; its city is in 供稿 when no heading named it
            for p in pending:
                p.region = p.region or m.group(1)
            passages += pending
            pending, region, section = [], None, None
            continue
        pending.append(Passage(path.name, period, region, section, text))
    return passages + pending


def main() -> int:
    corpora = {"sample": load(SAMPLE, "2024年一季度")}
    corpora["issues"] = corpora["sample"] + [p for path, per in ISSUES for p in load(path, per)]
    problems, notes, counts = [], [], {}
    for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        qid = g["id"]
        counts[g["corpus"]] = counts.get(g["corpus"], 0) + 1
        passages = corpora[g["corpus"]]
        period = PERIOD_ALIASES.get(g["period"]) if g["period"] else None
        if g["period"] and not period:
            problems.append(f"{qid}: unknown period {g['period']!r}")
        right = [p for p in passages if (not g["region"] or p.region == g["region"])
                 and (not period or p.period == period)]
        if g["abstain"]:
            if g["must"] or g["single"] or g["short"]:
                problems.append(f"{qid}: abstain question with must/single/short")
        elif not g["must"]:
            problems.append(f"{qid}: no must")
        if g["single"] != (g["short"] is not None):
            problems.append(f"{qid}: single/short disagree")
        cited, in_section = [], False
        for el in g["must"]:
            alts = el if isinstance(el, list) else [el]
            hits = [p for p in right if any(a in p.text for a in alts)]
            if not hits:
                problems.append(f"{qid}: must {alts} not in any {g['region']}/{g['period']} passage")
            cited += hits
            in_section |= any(p.section == g["section"] for p in hits) if g["section"] else True
        if g["must"] and not in_section:
            problems.append(f"{qid}: no must string in section {g['section']!r}")
        flat = [a for el in g["must"] for a in (el if isinstance(el, list) else [el])]
        if g["short"] and g["short"] not in flat:
            problems.append(f"{qid}: short {g['short']!r} not among must")
        for bad in g["must_not"]:
            if any(bad in p.text for p in cited):
                problems.append(f"{qid}: must_not {bad!r} in the cited passage")
            elif any(bad in p.text for p in right) and not g["abstain"]:
                notes.append(f"{qid}: must_not {bad!r} elsewhere in the {g['region']}/{g['period']} contribution")
            if not any(bad in p.text for p in passages):
                notes.append(f"{qid}: must_not {bad!r} occurs nowhere in the corpus")
    for n in notes:
        print("note:", n)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{sum(counts.values())} questions {counts}; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
