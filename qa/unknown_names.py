"""Question words no document writes: a name the bulletins cannot answer about (a city, zone, project or firm of
theirs they never mention), told apart from a piece jieba cut out of a phrase they do write (几个签而未落 → 个签)."""
from __future__ import annotations

import re

import jieba
import jieba.posseg

from index.places import is_place
from index.zones import ZONE_WORD
from qa.corpus import Corpus, bigrams

PLACE_SUFFIX = re.compile(r"^(?:市|县|区|州|省|开发区|经开区|高新区)")
ASKED_KIND = re.compile(r"(?:什么|啥|哪[个家种类项座位]?)$")  # the word after it is what is asked for
_NAMED_THING = re.compile(r"^(?:项目|企业|公司|集团|工程|产业园|基地|电站)")
_DEED = re.compile(r"v[dni]?|a|ad|d")  # the dictionary's tags of verbs, adjectives and adverbs: no name
_FRAGMENT_CONTEXT = 1  # characters each side checked when telling a segmentation fragment from a name


def unknown_name(w, before: str, after: str, first: bool, region: str | None, corpus: Corpus) -> str | None:
    """A name no document mentions, in the place a city, zone, project or firm takes (the bulletins cannot
    answer), or one only another region's bulletins write before 项目 (阳泉高新区的光伏项目; not a verb, 解决企业…);
    else None."""
    if ASKED_KIND.search(before) or w.flag in ("r", "m"):
        return None  # 借什么机会: the kind of thing asked for; 那些项目: a pronoun points back; 三个区: a count
    if not corpus.contains(w.word) and not _done_to(w) \
            and (is_place(w.word) or w.flag == "ns" or PLACE_SUFFIX.match(after) or _NAMED_THING.match(after)
                 or (first and w.flag.startswith("n") and not _of_known_words(w.word, corpus))):
        return w.word
    if _NAMED_THING.match(after) and region and w.flag != "v" and region not in corpus.regions_writing(w.word) \
            and not ZONE_WORD.fullmatch(w.word):  # 帮园区企业: the region's parks' firms, no park of a name
        return f"{region}的{w.word}"
    return None


def _done_to(w) -> bool:
    """怎么推进开发区整合, 怎么保证企业诉求: a verb (or its adverb) the dictionary knows, done to the place or firm
    after it, no name of one."""
    return bool(_DEED.fullmatch(jieba.posseg.dt.word_tag_tab.get(w.word, ""))) and not is_place(w.word)


def _of_known_words(word: str, corpus: Corpus) -> bool:
    """Whether an unseen word is made of words the documents write (新开工: 新 + 开工), not a name of its own."""
    return any(corpus.contains(part) for part in jieba.lcut_for_search(word) if len(part) >= 2 and part != word)


def is_fragment(before: str, word: str, after: str, corpus: Corpus) -> bool:
    """A segmentation fragment rather than a name: the documents write its edge characters joined
    to the neighbouring ones (几个签而未落 cut as 个签 / 而未落: the documents have 签而)."""
    if len(word) > 2 and not any(corpus.contains(b) for b in bigrams(word)):
        return False  # 进出口额: a word of its own that the documents never write, not a piece of theirs
    n = _FRAGMENT_CONTEXT
    joined = [before[-n:] + word[:n] if before else "", word[-n:] + after[:n] if after else ""]
    return any(len(j) == 2 * n and corpus.contains(j) for j in joined)
