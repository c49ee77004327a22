"""Where a passage writes its clause or sentence marks, read once per passage: a question weighs each figure of the
passages it draws on by the text between the marks around it, and the next question draws on the same passages."""
from __future__ import annotations

import re
from functools import lru_cache

from index.figures import COMMA


@lru_cache(maxsize=8192)  # passages' texts (the snapshot's own strings) and the few sets of marks asked
def mark_positions(text: str, marks: str) -> tuple[int, ...]:
    """The offsets in `text` of each of the characters `marks` (a comma of `marks` only where it is no thousands
    separator, as in 18,642.7), in order."""
    commas = f"|{COMMA}" if "," in marks else ""
    return tuple(m.start() for m in re.finditer(rf"[{re.escape(marks.replace(',', ''))}]{commas}", text))
