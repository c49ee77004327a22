"""Words of a question as the documents write them: jieba cuts a rare name it does not know into single
characters (郭|麐, 雍|闿, 滕|皇后), which then match nothing as terms. Pure functions."""
from __future__ import annotations

import re
from typing import Callable

from jieba.posseg import pair

_NOT_IN_NAMES = ("p", "u", "c", "r", "d", "e", "x", "m", "q", "f", "w", "v")  # jieba flags: 在, 的, 说 …
_FUNCTION_WORDS = set("是有在为的了到和与及或被把将从向对于以也都又还就")


def _content_char(word: pair) -> bool:
    """A single Chinese character that may be part of a name (郭, 麐, 滕; not 在, 的, 哪, 说)."""
    return (len(word.word) == 1 and "\u4e00" <= word.word <= "\u9fff" and word.word not in _FUNCTION_WORDS
            and not word.flag.startswith(_NOT_IN_NAMES))


def join_fragments(words: list[pair], bigrams: dict, writes: Callable[[str], bool]) -> list[pair]:
    """The words with each single content character joined to its neighbour when the documents write
    the two together (`bigrams`: the documents' character bigrams, a cheap first test; `writes(phrase)`:
    whether some document writes it). 郭|麐|在 -> 郭麐|在; 滕|皇后 -> 滕皇后 when 滕皇后 is written; 在|哪里 stays.
    A cut put one character too far is moved back first (供|地用 -> 供地|用); two single characters the documents
    write as a word are that word before either joins a longer neighbour (开发区|营|收 -> 开发区|营收)."""
    joined: list[pair] = []
    words = recut_fragments(words, writes)
    for k, word in enumerate(words):
        last = joined[-1] if joined else None
        if _pairs_with_next(word, words[k - 1:k] if k else [], words[k + 1:k + 3], writes):
            joined.append(word)  # 开发区|营|收|是: 营 and 收 are the word 营收 the documents write, not 开发区营
            continue
        # 甲|乙|市|开发区: the 市 closes a name cut into characters (join_place_names), not 市开发区 of 各市开发区
        closes_name = last and last.word in _PLACE_END and len(joined) > 2 and is_name_char(joined[-2]) \
            and is_name_char(joined[-3])
        if (last and not closes_name and (_content_char(word) or _content_char(last))
                and "\u4e00" <= word.word[:1] <= "\u9fff"
                and len(last.word) + len(word.word) <= 6 and last.word[-1] + word.word[0] in bigrams
                and writes(last.word + word.word)):
            joined[-1] = pair(last.word + word.word, last.flag)
        else:
            joined.append(word)
    return joined


def _pairs_with_next(word: pair, before: list[pair], after: list[pair], writes: Callable[[str], bool]) -> bool:
    """Whether a single character and the single character after it, two alone between longer words or function words
    (开发区|营|收|是多少; not 萸|江|港, a name cut into three), are a word the documents write (营|收 → 营收)."""
    def alone(w: list[pair]) -> bool:
        return bool(w) and len(w[0].word) == 1 and w[0].word not in _FUNCTION_WORDS
    return len(word.word) == 1 and _content_char(word) and alone(after) and "\u4e00" <= after[0].word <= "\u9fff" \
        and not alone(before) and not alone(after[1:]) and writes(word.word + after[0].word)


def recut_fragments(words: list[pair], writes: Callable[[str], bool]) -> list[pair]:
    """The words with a cut jieba put one character too far moved back where the documents write the other cut: a
    character alone before a word no document writes, when they write it with that word's first character
    (供|地用 of 供地用的是什么 -> 供地|用). The function words (是, 的, 在…) stay alone."""
    cut: list[pair] = []
    for word in words:
        last = cut[-1] if cut else None
        if (last and len(last.word) == 1 and last.word not in _FUNCTION_WORDS and "\u4e00" <= last.word <= "\u9fff"
                and len(word.word) >= 2 and "\u4e00" <= word.word[0] <= "\u9fff"
                and not writes(word.word) and writes(last.word + word.word[0])):
            cut[-1] = pair(last.word + word.word[0], word.flag)
            cut.append(pair(word.word[1:], "x"))
        elif last and cut_one_early(last, word, writes):  # 上黑|榜 -> 上|黑榜
            cut[-1] = pair(last.word[:-1], "x")
            cut.append(pair(last.word[-1] + word.word, word.flag))
        elif glued_comparison(word, writes):  # 营收差|多少 -> 营收|差|多少
            cut += [pair(word.word[:-1], word.flag), pair(word.word[-1], "a")]
        else:
            cut.append(word)
    return cut


# what a comparison asks after the thing compared (营收差多少, 外资高多少): no part of the thing's word
_COMPARISON_CHARS = set("差高低多少快慢大小强弱")


def glued_comparison(word: pair, writes: Callable[[str], bool]) -> bool:
    """Whether jieba made up a word of a word the documents write and the comparison asked after it (营收差 of
    营收差多少), which no document writes."""
    return (len(word.word) >= 3 and word.word[-1] in _COMPARISON_CHARS and "\u4e00" <= word.word[0] <= "\u9fff"
            and not writes(word.word) and writes(word.word[:-1]))


# a place's kind or a park's word after a name (芗岙|市, 蓼川|园): the name's own, whatever the documents write before it
_PLACE_KIND_CHARS = set("市县区州省旗镇乡村园")


def cut_one_early(word: pair, after: pair, writes: Callable[[str], bool]) -> bool:
    """Whether jieba ended a word it made up one character early: `word`, which no document writes, ends with the
    first character of a noun the documents write with `after`, a one-character noun (考核上黑|榜: they write 黑榜)."""
    return (len(after.word) == 1 and after.flag.startswith("n") and after.word not in _PLACE_KIND_CHARS
            and len(word.word) >= 2 and not writes(word.word) and writes(word.word[-1] + after.word))


_PLACE_END = ("市", "县")
# a name's last character and its 市/县 as one word of jieba's (原市 of 霁|原市); not 城市, 上市, 全市, 各县 …
_SUFFIX_GLUED = re.compile(r"[市县](?=[\u4e00-\u9fff]{2})")  # 市开发区: a place's suffix glued to the word after it
_NAME_TAIL = re.compile(r"[^各全本该这其此每两几城都省地县市区上股夜集门超闹开罢][市县]")
# 霁 is tagged a verb (vg); a Chinese character outside jieba's dictionary (蕖) is tagged x: a rare character, as
# names have, no punctuation
_NOT_IN_PLACE_NAMES = tuple(flag for flag in _NOT_IN_NAMES if flag not in ("v", "x"))


def is_name_char(word: pair) -> bool:
    """A single Chinese character that may be part of a place's name jieba does not know."""
    return (len(word.word) == 1 and "\u4e00" <= word.word <= "\u9fff" and word.word not in _FUNCTION_WORDS
            and not word.flag.startswith(_NOT_IN_PLACE_NAMES))


def _after_number(words: list[pair], k: int) -> bool:
    """Whether word k follows a number (日 of 26|日|泷|川|县): a unit or a date's, no part of a name."""
    return k > 0 and words[k - 1].word.isdigit()


def join_place_names(words: list[pair]) -> list[pair]:
    """A place name jieba does not know, cut into single characters before 市/县 (霁|川|市), or its last
    character glued to the 市/县 as a word of jieba's (霁|原市), joined into one word tagged as a place (霁原市/ns):
    it can then be told to be a name no document writes. Two or three characters only, none a function word
    (各|市, 这|两|市 stay), and no word naming a kind of place or trade (大|城市, 拟|上市)."""
    joined: list[pair] = []
    for word in _joiners_apart(words):
        run = next((k for k in range(len(joined)) if not is_name_char(joined[-1 - k])
                    or _after_number(joined, len(joined) - 1 - k)), len(joined))
        if word.word in _PLACE_END and 2 <= run <= 3:
            joined[-run:] = [pair("".join(w.word for w in joined[-run:]) + word.word, "ns")]
        elif _NAME_TAIL.fullmatch(word.word) and word.flag != "v" and 1 <= run <= 2:
            joined[-run:] = [pair("".join(w.word for w in joined[-run:]) + word.word, "ns")]
        elif _SUFFIX_GLUED.match(word.word) and joined and 2 <= len(joined[-1].word) <= 3 \
                and joined[-1].flag in ("ns", "nr", "nz", "n") and _NAME_TAIL.fullmatch(joined[-1].word[-1] + word.word[0]):
            # 清水|市开发区: the 市 is the name's (清水市), the rest a word of its own
            joined[-1] = pair(joined[-1].word + word.word[0], "ns")
            joined.append(pair(word.word[1:], word.flag))
        else:
            joined.append(word)
    return joined


NAME_FLAGS = ("ns", "nr", "nz", "j")  # jieba's tags of proper names and abbreviations
_JOINERS = "和与及跟同"


def _joiners_apart(words: list[pair]) -> list[pair]:
    """The words with a joiner jieba fused to the first character of a name it does not know set apart (栎阳市和檀|州市
    cut 和檀|州市 → 和|檀|州市), so that join_place_names reads the name whole: two characters tagged a name, then the
    rest of the name with its 市/县."""
    apart: list[pair] = []
    for k, word in enumerate(words):
        after = words[k + 1].word if k + 1 < len(words) else ""
        if len(word.word) == 2 and word.word[0] in _JOINERS and word.flag.startswith(NAME_FLAGS) \
                and (after in _PLACE_END or _NAME_TAIL.fullmatch(after)):
            apart += [pair(word.word[0], "c"), pair(word.word[1], "ns")]
        else:
            apart.append(word)
    return apart


def place_char_run(words: tuple[pair, ...] | list[pair], at_end: bool) -> tuple[int, int] | None:
    """Where a place name stands at the start of `words` (at their end when `at_end`), as offsets into their
    text: a word jieba tags a name (2-4 characters) or a run of two or three single characters it cut from one
    (霁|川), with the 市/县 after it. None when the words there are no such name."""
    sizes = [len(w.word) for w in words]
    order = list(range(len(words)))[::-1] if at_end else list(range(len(words)))
    if at_end and order and words[order[0]].word in _PLACE_END:
        order = order[1:]  # 霁川|市 before the joiner: the name runs to the end
    run = []
    for k in order:
        if is_name_char(words[k]) and words[k].word not in _PLACE_END:
            run.append(k)
            continue
        if not run and words[k].flag.startswith(NAME_FLAGS) and 2 <= sizes[k] <= 4:
            run = [k]
        break
    if not (len(run) == 1 and sizes[run[0]] >= 2 or 2 <= len(run) <= 3):
        return None
    first, last = min(run), max(run)
    if not at_end and last + 1 < len(words) and words[last + 1].word in _PLACE_END:
        last += 1  # 霁|川|市 after the joiner
    if at_end and last + 1 < len(words):
        last += 1  # the 市 skipped above
    start = sum(sizes[:first])
    return start, start + sum(sizes[first:last + 1])
