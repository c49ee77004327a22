"""summary: each section's items as an outline (region, section, numbered item titles with their first figures, a
section of prose by its lead and its further paragraphs' sentence leads, paragraphs under no heading by their
sentences' leads), each cited; only the sections the question names, when it names some."""
from __future__ import annotations

import re
from dataclasses import replace

from qa.compose.base import Composed, Context
from qa.compose.outline_text import heading, outline_answer
from qa.compose.sections import Section, named_sections, question_regions, sections_for

_OVERALL = re.compile(r"总体|整体|大体")  # 总体情况如何: the whole asked, no heading 总体情况 named


def compose(ctx: Context) -> Composed | None:
    sections = sections_for(ctx, question_regions(ctx))
    sections = named_sections(ctx, sections, _OVERALL.sub("", ctx.question.text)) or sections
    if not sections:
        return None
    sections = _joined([replace(s, items=s.items + s.more) for s in sections])  # every paragraph's lead
    answer, evidence = outline_answer(sections, lambda section: f"【{heading(section)}】", gist=True)
    return Composed("summary", answer, evidence)


def _joined(sections: list[Section]) -> list[Section]:
    """A section cut in parts (its middle clauses filed under the cities they name: 其中，瑞川市…) as one."""
    joined: list[Section] = []
    for section in sections:
        last = joined[-1] if joined else None
        if last and section.name and (last.doc, last.region, last.zone, last.name) == \
                (section.doc, section.region, section.zone, section.name):
            joined[-1] = replace(last, items=last.items + section.items)
        else:
            joined.append(section)
    return joined
