"""summary: each section's items as an outline (region, section, numbered item titles with their first figures, a
section of prose by its lead), each cited; only the sections the question names, when it names some."""
from __future__ import annotations

from qa.compose.base import Composed, Context
from qa.compose.sections import heading, named_sections, outline_answer, question_regions, sections_for


def compose(ctx: Context) -> Composed | None:
    sections = sections_for(ctx, question_regions(ctx))
    sections = named_sections(ctx, sections) or sections
    if not sections:
        return None
    answer, evidence = outline_answer(sections, lambda section: f"【{heading(section)}】", gist=True)
    return Composed("summary", answer, evidence)
