"""Names of one indicator: the language's several names for one measure, which staff and bulletins use as they
please (the investment agreed in the projects signed: 协议投资额, 签约投资额, 签约金额, 签约额). A name the documents
never write is asked as the name of its measure they write most."""
from __future__ import annotations

from qa.corpus import Corpus

# each a measure's names, as Chinese economic reports write them (no name holds another)
_SAME_INDICATOR = (("协议投资额", "签约投资额", "签约金额", "签约额"),)


def written_indicators(text: str, corpus: Corpus) -> str:
    """`text` with each indicator's name the documents do not write as the name of the same measure they write
    most (签约额 → 协议投资额); a name they write stays, whatever other names they write too."""
    for names in _SAME_INDICATOR:
        written = max((n for n in names if corpus.contains(n)), key=corpus.count, default=None)
        for said in (n for n in names if n in text and written and not corpus.contains(n)):
            text = text.replace(said, written)
    return text
