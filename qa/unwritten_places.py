"""Place names of a question that no document writes, for partial coverage (answer the places covered, say
which one no bulletin covers). A name counts as a place when jieba tags it one (ns), or when it stands in an
enumeration with a place (晋中、大同 / 阳泉和忻州 / 霁川和朔溪): parallel items of one list are of one kind."""
from __future__ import annotations

import re

from jieba.posseg import pair

from index.periods import period_spans
from index.places import NO_PARTICULAR
from index.zones import ZONE_WORD
from qa.corpus import Corpus
from qa.segment import NAME_FLAGS, cut_one_early, is_name_char, place_char_run
from qa.words import tagged

Span = tuple[int, int]  # a place's start and end in the question

_JOINER = set("、和与及跟同")
_COUNTY_WORD = re.compile(r"[\u4e00-\u9fff]{2,3}[县区旗]")
_ASKING = re.compile(r"[哪谁啥]|什么|多少")
# a set of places referred to as such (两市, 哪个城市, 各地): who is asked about, not a place's name
PLACE_SET = re.compile(r"(?:哪|[两三四五六七八九十]|各|每|几)[一个座家些]?(?:城市|地市|地区|地方|县区|(?:设区的?)?市|地|县)"
                       r"|(?:县市区|县区|区县|县市|市县|城市|地市)(?=都?(?:有|是)(?:哪|谁))")  # 下降的县市区有哪些: the same
# a set of places named by their kind (各县区, 每个市, 全部园区): the places reported, no name of one
_PLACES_OF_A_KIND = re.compile(rf"[{''.join(sorted(NO_PARTICULAR))}](?:个|一个|部)?"
                               r"(?:县市区|县区|区县|县市|市县|地市|城市|乡镇|[市县区镇地])")
# 高于5%的城市: a kind of place, no name, after 的 or opening the question (沐|城市, as jieba cuts 沐城市, is a name)
_PLACE_KIND = re.compile(r"城市|地市|地区|县市区|县区|区县|县市|市县|乡镇")
_NOT_A_NAME = NO_PARTICULAR | set("其另别他")  # 和其他市: no place named
# a park's word after its name that no zone word is (工业园, 物流园, 新材料园): part of the park's name
_PARK_WORD = re.compile(r"[^\W\d_的和与及跟、谁哪]{0,3}?园(?![林艺地区])")
# a name listed after a place up to the next joiner or question word (、栖凤和[青岚]谁最高), however cut
_LISTED_NAME = re.compile(r"[和与及跟、]([\u4e00-\u9fff]{2,4}?)(?=[、和与及跟，,？?]|谁|哪|的|[三四五六七]个|$"
                          r"|\d|[今去全]年|[上下]半年|前?[一二三四]季度"  # 和檀州市2025年…: the period asked after it
                          r"|[两三四五六七八九十]个?(?:城市|市|县|区)"  # 枫城、岷阳、蓼州三市: the set counted, no name
                          rf"|(?:{ZONE_WORD.pattern})"  # 岚溪和荻港开发区: 荻港's zones
                          r"|" + _PARK_WORD.pattern + ")")  # 和蓼川工业园


def unwritten_places(text: str, corpus: Corpus, known: list[Span]) -> list[tuple[str, int, int]]:
    """(name, start, end) of each place name of `text` no document mentions (`known`: the spans of the places
    the documents write)."""
    found = _tagged_places(text, corpus, known)
    found += [place for place in _cut_before_zones(text, corpus, known)
              if not any(s < place[2] and place[1] < e for _, s, e in found)]
    return [_with_park_word(text, *place) for place in found + _listed_beside(text, corpus, known, found)]


def _with_park_word(text: str, name: str, start: int, end: int) -> tuple[str, int, int]:
    """蓼川 of 蓼川工业园 as the park 蓼川工业园: the answer says that park is in no bulletin, and its 工业园 is no
    term of what is counted."""
    park = None if ZONE_WORD.match(text, end) else _PARK_WORD.match(text, end)
    return (text[start:park.end()], start, park.end()) if park else (name, start, end)


def _tagged_places(text: str, corpus: Corpus, known: list[Span]) -> list[tuple[str, int, int]]:
    """Names tagged as places, or words jieba keeps whole beside a joiner next to a known place."""
    words, pos = [], 0
    named = {start for start, _ in known}  # 说|芷川区: a known place's name whole, no county cut apart
    for w in tagged(text):
        if words and is_name_char(pair(*words[-1][:2])) and _COUNTY_WORD.fullmatch(words[-1][0] + w.word) \
                and not ZONE_WORD.search(w.word) and words[-1][0] not in NO_PARTICULAR and pos not in named \
                and not text[:words[-1][2]][-1:].isdigit():  # 2025年|全县: the year's 年, no name's first character
            words[-1] = (words[-1][0] + w.word, "ns", words[-1][2])  # 桦|林区: a county's name cut apart
        else:
            words.append((w.word, w.flag, pos))
        pos += len(w.word)
    starts, ends = {s for s, _ in known}, {e for _, e in known}
    found = []
    for k, (word, flag, at) in enumerate(words):
        # 太原 of an unknown 太原经开区; 日砚溪县 of 2月26日砚溪县 (jieba's cut): the known 砚溪县
        inside = any(s < at + len(word) and at < e for s, e in known)
        # 沐|城市: 沐城市 is a name; 上黑|榜: a cut through 黑榜 (the documents write it), no name
        if inside or not _may_name(word, corpus) or _after_question_word(words, k) or _of_an_office(words, k) \
                or _PLACE_KIND.fullmatch(word) and text[at - 1:at] in ("", "的") \
                or k + 1 < len(words) and cut_one_early(pair(word, flag), pair(*words[k + 1][:2]), corpus.contains):
            continue
        before = k > 0 and words[k - 1][0] in _JOINER and words[k - 1][2] in ends
        after = k + 1 < len(words) and words[k + 1][0] in _JOINER and words[k + 1][2] + 1 in starts
        if flag == "ns" or ((before or after) and word[0] not in _NOT_A_NAME):  # 和其他县区: none named; 本溪 a place
            found.append((word, at, at + len(word)))
    return found


def _cut_before_zones(text: str, corpus: Corpus, known: list[Span]) -> list[tuple[str, int, int]]:
    """A name jieba cuts into two or three single characters (蕖|阳), or keeps whole as a proper name (nr, ns, nz),
    right before a zone word, a period or 的 between (蕖阳开发区, 蕖阳一季度开发区, 蕖阳的开发区: 的 after characters
    only): the place whose zones are asked, which no document writes. No common noun, no word before 的 (标杆开发区,
    垫底的开发区): what the zone is like."""
    words = list(tagged(text))
    starts = [sum(len(w.word) for w in words[:k]) for k in range(len(words) + 1)]
    periods = {s for s, _ in period_spans(text)}
    found = []
    for k, word in enumerate(words):
        of = k + 1 < len(words) and words[k + 1].word == "的"
        nxt = k + 1 + (k + 1 < len(words) and (of or starts[k + 1] in periods))
        if not (nxt < len(words) and ZONE_WORD.fullmatch(words[nxt].word)):
            continue
        run = 0
        while run < k + 1 and is_name_char(words[k - run]):
            run += 1
        if 2 <= run <= 3:
            start = starts[k + 1 - run]
        elif not run and not of and 2 <= len(word.word) <= 3 and word.flag.startswith(NAME_FLAGS):
            start = starts[k]  # a name jieba keeps whole
        else:
            continue
        end = starts[k + 1]
        if not any(s < end and start < e for s, e in known) and _may_name(text[start:end], corpus) \
                and text[start] not in _NOT_A_NAME:
            found.append((text[start:end], start, end))
    return found


def _may_name(word: str, corpus: Corpus) -> bool:
    """Whether `word` may be a place's name no document writes: Chinese, two characters or more, unwritten, and
    no question word or set of places (跟哪些地区, 四市中, 各县区)."""
    return len(word) >= 2 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", word)) and not corpus.contains(word) \
        and not _ASKING.search(word) and not PLACE_SET.fullmatch(word) and not _PLACES_OF_A_KIND.fullmatch(word)


def _listed_beside(text: str, corpus: Corpus, places: list[Span],
                   tagged_found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Names no document writes listed right before or after a place (霁川和朔溪, 朔溪与霁川市, 鹤鸣、栖凤和青岚),
    which jieba cuts into characters (霁|川) or joins to the joiner (和霁川): each side of the joiner is cut on
    its own, and its characters next to the joiner read as one name."""
    found: list[tuple[str, int, int]] = []
    for start, end in places:
        sides = []
        if text[end:end + 1] in ("市", "县", "区") and text[end + 1:end + 2] in _JOINER:
            end += 1  # 栎川县和芫州县: the place written with its 县, then the joiner
        if start > 0 and text[start - 1] in _JOINER:
            sides.append((0, start - 1, True))  # the name ends at the joiner
        if end < len(text) and text[end] in _JOINER:
            sides.append((end + 1, len(text), False))  # the name starts after it
        for lo, hi, ends_there in sides:
            listed = None if ends_there else _LISTED_NAME.match(text, end)
            span = listed.span(1) if listed else _shifted(place_char_run(tagged(text[lo:hi]), ends_there), lo)
            if span is None:
                continue
            name_start, name_end = span
            name = text[name_start:name_end]
            taken = any(s < name_end and name_start < e for s, e in places) \
                or any(s < name_end and name_start < e for _, s, e in tagged_found + found)
            if not taken and _may_name(name, corpus) and name[0] not in _NOT_A_NAME:  # 和其他市: no place named
                found.append((name, name_start, name_end))
    return found


def _shifted(span: Span | None, by: int) -> Span | None:
    return span and (span[0] + by, span[1] + by)


_OFFICE = re.compile(r"^[局厅委办处]|^[\u4e00-\u9fff]{1,4}[局厅委办处]$")


def _of_an_office(words: list[tuple[str, str, int]], k: int) -> bool:
    """Whether a two-character word ending 市/省/县 begins an office's name with the next word (通报|中市|商务局: 中
    is of 通报中, 市商务局 the city's bureau): no place named."""
    word = words[k][0]
    return len(word) == 2 and word[1] in "市省县" and k + 1 < len(words) and bool(_OFFICE.search(words[k + 1][0]))


def _after_question_word(words: list[tuple[str, str, int]], k: int) -> bool:
    """Whether word k follows a question word, or one and its measure word (哪座|城市, 哪个|地区)."""
    j = k - 1 - (k >= 2 and words[k - 1][1] == "q")
    return j >= 0 and bool(_ASKING.search(words[j][0]))
