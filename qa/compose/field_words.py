"""A field of work a how question names in a word the place's passages do not write (招商 of 招商是怎么抓的), as the
word they write for the same work (招引配套企业, 引进…项目): the way is told by its deed, not by the field's name."""
from __future__ import annotations

# a field's name -> the verbs bulletins write its deeds with, the likeliest first
FIELD_DEEDS = {"招商": ("招引", "引进")}


def as_written(terms: list[str], passages: tuple[str, ...]) -> list[str]:
    """`terms` with a field's name that no passage writes as its deed's verb that one does."""
    def written(term: str) -> str:
        deeds = FIELD_DEEDS.get(term, ())
        if not deeds or any(term in p for p in passages):
            return term
        return next((d for d in deeds if any(d in p for p in passages)), term)
    return [written(t) for t in terms]
