"""One answering fact: a quote inside a retrieved chunk, how relevant its sentence is, and what it
answers (the figure asked for, or the name)."""
from __future__ import annotations

from dataclasses import dataclass

from llama_index.core.schema import NodeWithScore

from index.periods import find_periods, opening_year, parse_period, year_before
from qa.targets import Target


@dataclass
class Fact:
    hit: NodeWithScore
    relevance: float
    start: int          # quote offsets inside the chunk text
    end: int
    sentence: str       # the whole sentence the quote comes from
    target: Target | None = None  # the (first) figure asked for; None for 怎么/什么 questions
    name: str | None = None         # what a 哪/谁/什么 question asks for, cut from the sentence

    @property
    def short(self) -> str | None:
        short = self.name or (self.target.figure if self.target else None)  # a name is only sought when asked
        return short if short and short in self.quote else None  # always read in the quote

    @property
    def meta(self) -> dict:
        return self.hit.node.metadata

    @property
    def quote(self) -> str:
        return self.hit.node.get_content()[self.start:self.end]

    @property
    def period(self) -> str | None:
        """The last period the passage names up to the quote (全年; 2023年以来 as of the bulletin's
        period: a figure after 其中 belongs to the period its sentence continues), else the section's
        or bulletin's."""
        year = (self.meta.get("as_of") or 0) // 100 or None
        named = find_periods(self.hit.node.get_content()[:self.end], year, bases=False)
        named = named or [p for p in [opening_year(self.sentence, year)] if p]  # 2026年，力争…: of 2026
        at = self.quote.find(self.target.figure) if self.target else -1
        own = named[-1] if named else parse_period(self.meta.get("period"))
        before = year_before(self.hit.node.get_content()[:self.start + at], own) if at >= 0 else None
        if before:  # 由上年的71.6亿元: the year before's
            return before.label
        if not named:
            return self.meta.get("period")
        as_of = self.meta.get("doc_period")
        return f"{named[-1].label}，截至{as_of}" if named[-1].since and as_of else named[-1].label
