"""An indicator's amount said with another ending than the documents write: 额, 总额 and 总量 after an indicator word
name one amount (进出口额, 进出口总额, 进出口总量). Said with one no document writes after that word (进出口额 where the
bulletins write 进出口总额), the word is no name of theirs, and its terms were dropped as a cut through their phrases
(区进 of 开发区进出口额). It is read as they write it: the indicator with the ending they write most after it, else the
indicator alone. A verb before the ending (完成额, 累计额) is no indicator: the amount is the indicator's before it."""
from __future__ import annotations

import jieba
import jieba.posseg

from qa.corpus import Corpus

_ENDINGS = ("总额", "总量", "额")  # the longest first: 进出口总额 ends in 总额, not in 额
_SHORTEST_INDICATOR = 2  # 金额, 余额: one character before 额 is no indicator


def written_amounts(text: str, corpus: Corpus) -> str:
    """`text` with each indicator's amount said with an ending the documents never write after it as they write it
    (进出口额 → 进出口总额, or 进出口 where they write no ending after it)."""
    out, previous = [], ""
    for word in jieba.lcut(text):
        said = _said_amount(previous, word)
        if said and not corpus.contains(said[0] + said[1]) and corpus.contains(said[0]):
            indicator, ending = said
            written = max(_ENDINGS, key=lambda e: corpus.count(indicator + e))
            amount = indicator + (written if corpus.count(indicator + written) else "")
            if word == ending:  # 进出口|总额: the indicator is the word before, already out
                out[-1] = amount
            else:
                out.append(amount)
        else:
            out.append(word)
        previous = word
    return "".join(out)


def _said_amount(previous: str, word: str) -> tuple[str, str] | None:
    """(indicator, ending) of an amount said in `word` (进出口额) or in the word before and an ending (进出口|总额)."""
    jieba.dt.check_initialized()
    for ending in _ENDINGS:
        if word == ending and len(previous) >= _SHORTEST_INDICATOR and not _verb(previous):
            return previous, ending
        if word.endswith(ending) and len(word) - len(ending) >= _SHORTEST_INDICATOR and not _verb(word[:-len(ending)]):
            return word[:-len(ending)], ending
    return None


def _verb(word: str) -> bool:
    """A verb, no indicator (完成 of 完成额, 累计 of 累计额: the amount done, of the indicator before): jieba tags it v."""
    return jieba.posseg.dt.word_tag_tab.get(word) == "v"
