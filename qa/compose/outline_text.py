"""The text of an outline answer (list, summary): each section's heading, then its items numbered, each with its
first figures after its title and cited by the quote it shows."""
from __future__ import annotations

import re

from index.figures import FIGURE
from index.headings import ITEM_ORDINAL
from qa.compose.base import Evidence
from qa.compose.gist import CLAUSE_MARK, GIST_MAX, ITEM_MAX, PARAGRAPH_MAX, gist_end, item_figures_end, lead_end
from qa.compose.leads import LEAD_IN, Item
from qa.compose.sections import Section

# the ordinals and bullets a bulletin marks its items with (二是, （二）, 2., and （2）, 2）, 第二，, ■): the answer's own
# number replaces them; 1. before a year (1.2026年力争…) is one, no decimal
SHOWN_ORDINAL = re.compile(ITEM_ORDINAL.pattern + r"|^(?:[（(]\d{1,2}[)）]|\d{1,2}[)）]|\d{1,2}[.．](?=(?:19|20)\d\d年)"
                           r"|第[一二三四五六七八九十]{1,3}[，,、：:]|[■□★☆◆◇●○▲△▪•]\s*)")
_CLAUSE = re.compile(CLAUSE_MARK)
_SENTENCE_END = re.compile(r"[。！？!?]")
_PART_END = re.compile(r"[；;。！？!?]")  # a sentence's part (A；B。): one statement


def item_evidence(item: Item, end: int | None = None) -> Evidence:
    """The item cited by its title, or through `end` (its gist)."""
    return Evidence(item.chunk, item.start, end or item.start + len(item.title), item.chunk.get("period"), 1.0)


def _gist(item: Item, reach: int = ITEM_MAX) -> tuple[str, int | None]:
    """(': ' and the figures right after the title, on over its sentences within `reach`, where the quote then ends)
    or ('', None); an item whose text holds no figure within reach (深化开发区改革。9月底前完成“亩均论英雄”综合评价，…) by
    its first clause: its title alone names the work, not what it is."""
    text, after = item.chunk["text"], _after_title(item)
    # a title that only says where the item stands (（三）外贸外资方面。): its statement says what, whole when short
    labelled = bool(LEAD_IN.search(SHOWN_ORDINAL.sub("", item.title).rstrip("。：:，, ")))
    end = None if item.lead else item_figures_end(text, after, reach) or _first_clause_end(text, after, labelled)
    return (f"：{text[after:end]}", end) if end else ("", None)


def _after_title(item: Item) -> int:
    text, after = item.chunk["text"], item.start + len(item.title)
    return after + (after < len(text) and text[after] in "。，,；;：: ")


def _later_figures(item: Item) -> tuple[int, int] | None:
    """The figures of an item's second sentence when its first holds none (强化重点指标调度。建立了…台账。1-3月，…增加值
    完成13.25亿元): the item's first figures, quoted apart from its title."""
    text, after = item.chunk["text"], _after_title(item)
    first = _SENTENCE_END.search(text, after)
    if item.lead or not first or gist_end(text, after) is not None:
        return None
    end = item_figures_end(text, first.end())
    return (first.end(), end) if end else None


def _first_clause_end(text: str, start: int, whole: bool = False) -> int | None:
    """End of the clause text[start:] opens with, when it ends within GIST_MAX and holds no figure; with `whole`, of the
    statement (sentence or part) it opens, when that does (用好综合保税区政策，支持企业开拓东盟、中东等新兴市场: its second
    clause says where)."""
    for mark in (_PART_END, _CLAUSE) if whole else (_CLAUSE,):
        end = mark.search(text, start)
        end = end.start() if end else len(text)
        if start < end and end - start <= GIST_MAX and not FIGURE.search(text, start, end):
            return end
    return None


def _numbered(items: list[Item], first_n: int, gist: bool) -> tuple[list[str], list[Evidence]]:
    """'1. 持续加速项目建设[n]' per item (the ordinal, 二是, （二）, （2） or 第二，, gives way to the number: a list
    shows one numbering), n from first_n; with `gist`, its first figures after the title too (each quoted by its
    citation: the title's, or one of their own when they stand in the item's second sentence)."""
    lines, evidence = [], []
    reach = PARAGRAPH_MAX if len(items) == 1 else ITEM_MAX
    for i, item in enumerate(items, 1):
        later = _later_figures(item) if gist else None
        said, end = _gist(item, reach) if gist and not later else ("", None)
        line = f"{i}. {SHOWN_ORDINAL.sub('', item.title).strip()}{said}[{first_n + len(evidence)}]"
        evidence.append(item_evidence(item, end))
        if later:
            line += f"：{item.chunk['text'][later[0]:later[1]]}[{first_n + len(evidence)}]"
            evidence.append(Evidence(item.chunk, *later, item.chunk.get("period"), 1.0))
        for k, chunk in enumerate(item.continued):  # its text under the places it names: each one's first figures
            end = item_figures_end(chunk["text"], 0) or _first_clause_end(chunk["text"], 0, True) or lead_end(chunk["text"])
            line += f"{'；' if k else '：'}{chunk['text'][:end]}[{first_n + len(evidence)}]"
            evidence.append(Evidence(chunk, 0, end, chunk.get("period"), 1.0))
        lines.append(line)
    return lines, evidence


def heading(section: Section) -> str:
    where = "，".join(filter(None, [section.zone or section.region, section.period]))
    if not section.name:  # a region's paragraphs under no heading: the region and period head them
        return where
    return f"{section.name}" + (f"（{where}）" if where else "")


def outline_answer(sections: list[Section], head, gist: bool = False) -> tuple[str, list[Evidence]]:
    """Each section's `head(section)` line, then its numbered item titles (with `gist`, and their first figures),
    each cited."""
    lines, evidence = [], []
    for section in sections:
        numbered, cited = _numbered(section.items, len(evidence) + 1, gist)
        lines += [head(section), *numbered]
        evidence += cited
    return "\n".join(lines), evidence
