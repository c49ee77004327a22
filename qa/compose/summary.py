"""summary: each section's items as an outline (region, section, numbered item titles), each cited;
only the sections the question names, when it names some."""
from __future__ import annotations

from qa.compose.base import Composed, Context
from qa.compose.sections import heading, item_evidence, named_sections, numbered, question_regions, sections_for


def compose(ctx: Context) -> Composed | None:
    sections = sections_for(ctx, question_regions(ctx))
    sections = named_sections(ctx, sections) or sections
    if not sections:
        return None
    lines, evidence = [], []
    for section in sections:
        lines.append(f"【{heading(section)}】")
        lines += numbered(section.items, len(evidence) + 1)
        evidence += [item_evidence(item) for item in section.items]
    return Composed("summary", "\n".join(lines), evidence)
