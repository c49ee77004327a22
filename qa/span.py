"""The name a 哪/谁/什么 question asks for, cut from the answering sentence by aligning the two.

The question's words around its question word reappear around the answer in the sentence:
《战国无双3》是由[哪两个公司]合作开发的 ↔ …是由[光荣和ω-force]合作开发的. Pure functions.
"""
from __future__ import annotations

import re
from functools import lru_cache

import jieba
import jieba.posseg

from qa.words import tagged


ASKS_NAME = re.compile(
    r"哪(?:一|两|几)?(?:个|些|位|家|年|种|类|条|部|所|座|国|里|天|月|支|名|项|方面)?|(?:什么|啥)(?:时候|地方|样的)?|谁|何时|何地|何人")
PUNCT = "，,。；;：:！？!?、（）()《》“”\"' "
_CLAUSE_MARKS = "，,。；;：:！？!? "
_QUOTE_OPENERS = "“《「"
MAX_LEAD = 2
_ENDS = _CLAUSE_MARKS + "（("  # a span running to the next mark keeps its enumeration (烹饪、书法) and quotes
_EDGE = "，,。；;：:！？!?、 "   # trimmed from a span's ends; quotes and brackets only when they pair
_PAIRS = {"“": "”", "《": "》", "「": "」", "（": "）", "(": ")", "\"": "\""}
_OPENER = {close: open_ for open_, close in _PAIRS.items()}
_CLOSERS = "”》」）)"
_ASIDE_AT = re.compile(r"[（(][^（()）]*[）)]")
_ASIDE = re.compile("^" + _ASIDE_AT.pattern)  # an aside in brackets opening a span: （Shane Filan，）
MAX_SPAN = 30
MAX_LIST = 80  # 哪些/哪几种 ask several: an enumeration (《朱学论集》、《…》…等) is the answer
ASKS_SEVERAL = re.compile(r"哪(?:两|三|四|几|些)|几(?:种|个|类|项)")
MIN_SHARED = 3
MAX_SKIP = 5   # question words after the question word the sentence may not repeat (公司合作开发的 ↔ 开发的)
_FUNCTION_CHARS = "在是由于为被的了从"
_LOCATIVE = "上中里内前后"


@lru_cache(maxsize=1024)
def _category_noun(right: str) -> str | None:
    """The noun a 哪/什么 question word qualifies (哪家[公司]), when the question has one."""
    words = list(jieba.posseg.cut(right)) if right else []
    if not words:
        return None
    first = words[0].word
    if len(first) == 2 and first[1] in _LOCATIVE:  # 哪个会上: the noun 会, then where on it
        return first[0]
    return first if words[0].flag.startswith("n") and len(first) <= 3 else None


_NAME_FLAGS = ("ns", "nt", "nz", "nr", "eng")  # places, organisations, other proper names, people, Latin words
MAX_APPOSITION = 12


def _apposition_end(sentence: str, end: int) -> int:
    """Past the name that follows the noun asked and closes the clause (球队[天津泰达]。); else `end`."""
    stop = next((i for i in range(end, len(sentence)) if sentence[i] in _CLAUSE_MARKS), len(sentence))
    words = tagged(sentence[end:stop]) if 0 < stop - end <= MAX_APPOSITION else ()
    return stop if words and all(w.flag.startswith(_NAME_FLAGS) for w in words) else end


def _coordinated(text: str, noun: str) -> int:
    """Length of the names of the same kind joined on after one (和布莱顿足球俱乐部、…), within its clause."""
    joined = re.match(rf"(?:[和与及、][^，,。；;：:]{{1,16}}?{re.escape(noun)})+", text)
    return joined.end() if joined else 0


def asks_name(question: str) -> bool:
    return bool(ASKS_NAME.search(question))


def echoes_question(question: str, span: str) -> bool:
    """The span is the question's own words next to its question word (什么[项目] -> 项目): no answer."""
    m = ASKS_NAME.search(question)
    return bool(m) and (question[m.end():].lstrip("是为的").startswith(span) or question[:m.start()].endswith(span))


def _left_anchor(text: str, context: str, end: int) -> tuple[int, int] | None:
    """(end in text[:end], length) of the longest suffix of the words before the question word found
    there (the last occurrence: the one nearest the answer); one character only when it is a function
    word (在, 由)."""
    shortest = 1 if context[-1:] in _FUNCTION_CHARS else 2
    for n in range(min(len(context), 8), shortest - 1, -1):
        pos = text.rfind(context[-n:], 0, end)
        if pos >= 0:
            return pos + n, n
    return None


_COPULA = re.compile(r"(?:是|为|乃|系|叫[做作]?|名为)$")
_DIRECTION = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:到|至|往|向|去)$")  # 迁居到[哪里] ↔ 迁居加拿大


def _left_forms(left: str) -> tuple[list[str], list[str]]:
    """The words before the question word as the sentence may write them: the same words without 的
    (场上的位置是 ↔ 场上位置为) or without 被 (被归类为 ↔ 归类为) or with another copula (通式是 ↔ 通式为);
    failing those, fewer words:
    without a function word the sentence lacks (广三铁路在), or a direction after the verb (迁居到 ↔ 迁居)."""
    same = []
    for form in dict.fromkeys((left, left.replace("的", ""), left.replace("被", ""))):  # 被: optional
        copula = _COPULA.search(form)
        bare = ("",) if copula and copula.group().startswith(("叫", "名")) else ()  # 主角叫… ↔ 主角[深町彻生]
        same += [form] + [_COPULA.sub(c, form) for c in ("是", "为", "：", "叫", "叫作", "叫做", "名为") + bare if copula]
    fewer = [left.rstrip(_FUNCTION_CHARS), _DIRECTION.sub("", left)]
    return list(dict.fromkeys(f for f in same if f)), list(dict.fromkeys(f for f in fewer if f))


def _best_left_anchor(text: str, left: str, end: int, answer_end: int | None) -> int | None:
    """Among the same words' forms (only when none matches, those with fewer words): the anchor nearest
    the words after the question word when they were found (`answer_end`), else the longest match. A
    form other than the question's own matches two characters or more (为 alone anchors anywhere)."""
    for forms in _left_forms(left):
        found = [(a[1], -k, a[0]) for k, f in enumerate(forms)
                 if (a := _left_anchor(text, f, end)) and (k == 0 or a[1] >= 2)]
        if found and answer_end is not None:
            return max(found, key=lambda a: (a[2], a[0]))[2]
        if found:
            return max(found)[2]
    return None


@lru_cache(maxsize=1024)
def _word_starts(text: str, limit: int) -> list[int]:
    """Offsets up to `limit` where a jieba word of `text` starts (search mode: 合作|开发 inside 合作开发):
    whole words are skipped, never half of one (恐龙|下目 ↔ 角龙下目: skipping 恐 would anchor inside 角龙)."""
    return sorted({0} | {start for _, start, _ in jieba.tokenize(text, mode="search") if start <= limit})


def _shared_anchor(text: str, context: str, end: int) -> int | None:
    """End in text[:end] of the longest run of the context (3 characters or more) that the text
    repeats anywhere: the topic the question names before its verb (雌鱼及幼鱼[的颜色是] ↔ 雌鱼及幼鱼为…)."""
    for n in range(min(len(context), 12), MIN_SHARED - 1, -1):
        for i in range(len(context) - n, -1, -1):
            pos = text.rfind(context[i:i + n], 0, end)
            if pos >= 0:
                return pos + n
    return None


def _right_anchor(text: str, context: str, start: int) -> int | None:
    match = _right_match(text, context, start)
    return match[2] if match else None


def _right_match(text: str, context: str, start: int) -> tuple[int, int, int] | None:
    """(length, -skipped, position) of where the words after the question word resume in text[start:]:
    the longest match of a prefix of them, allowing the first few to be skipped (the category noun:
    哪家[公司]管理运营 ↔ …公司管理运营)."""
    best = None
    for skip in _word_starts(context, min(MAX_SKIP, max(len(context) - 2, 0))):
        rest = context[skip:]
        for n in range(min(len(rest), 8), 1, -1):
            pos = text.find(rest[:n], start)
            if pos >= 0:
                best = max(best or (0, 0, 0), (n, -skip, pos))
                break
    return best


def aligned_span(question: str, sentence: str) -> str | None:
    """The part of `sentence` standing where the question has its question word, or None."""
    m = ASKS_NAME.search(question)
    if not m:
        return None
    left = question[:m.start()].strip(PUNCT)
    left_is_clause = question[:m.start()].rstrip()[-1:] in _CLAUSE_MARKS  # 以人口计算，[哪个城市]是…
    right = re.sub(r"^(?:是|为|在|的|了)+", "", question[m.end():].strip(PUNCT + "呢吗"))
    begin, end = _anchors(sentence, left, right)
    longest = MAX_LIST if ASKS_SEVERAL.search(question) else MAX_SPAN
    noun = _category_noun(right)
    if end is not None and noun and sentence.startswith(noun, end) and sentence[end - 1:end] != "的":
        end = _apposition_end(sentence, end + len(noun))  # 哪家[公司]: 三茂铁路股份有限公司, noun included
        if longest == MAX_LIST:  # 哪两个[俱乐部] ↔ 富勒姆俱乐部[和布莱顿俱乐部]
            end += _coordinated(sentence[end:], noun)
    if begin is None and end is None:
        return None
    if begin is None:  # only the words after the question word
        begin = _clause_start(sentence, end)
    aside = _ASIDE_AT.match(sentence, begin)  # 张世昌[（）]，中国足球运动员: past the aside after the anchor
    if aside and end is None:
        begin = aside.end()
    elif end is not None and (aside or sentence[begin:begin + 1] in _CLAUSE_MARKS) and not left_is_clause:
        begin = max(begin, _clause_start(sentence, end))  # the anchor is the topic: 罗迪奇（…），[斯洛文尼亚]足球运动员
    while begin < len(sentence) and sentence[begin] in _EDGE:
        begin += 1
    if end is None or end <= begin:  # up to the next mark: an enumeration (烹饪、书法) when it is short
        end = min((i for i in (sentence.find(p, begin) for p in _ENDS) if i > begin), default=len(sentence))
        if end - begin > longest and "、" in sentence[begin:end]:
            end = sentence.index("、", begin)
    else:  # the gap stays in one clause (分布于[印度太平洋区]，包括…等海域 asked 分布在什么海域)
        end = next((i for i in range(begin, end) if sentence[i] in "，,；;。"), end)
    span = re.sub(r"的$", "", tidy(sentence[begin:end]))  # 得到[太尉王僧辩的]赏识: the gap ends before 的
    span = _what_it_names(_without_named(span, left), question)
    return span if 0 < len(_ASIDE_AT.sub("", span)) <= longest else None  # asides in brackets: not counted


_KIND_AFTER = re.compile(r"^(.{2,}?)的一[个处支座所家条部种名位间片]")  # 沪昆客运专线[的一个车站]
_ONE_OF = re.compile(r"之一(?=[^的，,。；;][^，,。；;])")  # [最著名的组合之一]西城男孩, not 四大奇案之一的…
_EMPTY_ASIDE = re.compile(r"[（(]\s*[)）]")
_NAMED = re.compile(r"^[“《「]([^“”《》「」]+)[”》」](.*)$")


def _what_it_names(span: str, question: str) -> str:
    """The name in a span that also says what kind of thing it is: 沪昆客运专线[的一个车站],
    [世界上最著名的组合之一]西城男孩, 《行为科学》[杂志] and “大师”[称号] when the question names the kind."""
    span = _EMPTY_ASIDE.sub("", span)
    one_of = _ONE_OF.search(span)
    span = span[one_of.end():] if one_of else span
    kind = _KIND_AFTER.match(span)
    span = kind.group(1) if kind else span
    named = _NAMED.match(span)
    return named.group(1) if named and named.group(2) in question else span


def _anchors(sentence: str, left: str, right: str) -> tuple[int | None, int | None]:
    """(begin, end) of the gap between the words before and after the question word: both in the
    question's order with one clause between them (美洲版本[在美国及加拿大]收看, past an earlier 收看);
    else the words after, and the words before nearest to them."""
    ordered = _both_in_order(sentence, _best_left_anchor(sentence, left, len(sentence), None), right) \
        if left and right else None
    if ordered and ordered[0] < ordered[1] and not any(c in _CLAUSE_MARKS for c in sentence[ordered[0]:ordered[1]]) \
            and _right_match(sentence, right, ordered[0])[0] >= _right_match(sentence, right, 0)[0]:
        return ordered  # (and the words after as fully found there as anywhere)
    end = _right_anchor(sentence, right, 0) if right else None
    limit = len(sentence) if end is None else end
    begin = _best_left_anchor(sentence, left, limit, end) if left else None
    if begin is None and end is not None and left:  # the words after matched before the words before:
        anchor = _left_anchor(sentence, left.rstrip(_FUNCTION_CHARS), len(sentence))  # both, in the question's order
        begin, end = _both_in_order(sentence, anchor and anchor[0], right) or (None, end)
    if begin is None and end is None and left:
        begin = _shared_anchor(sentence, left, limit)
    return begin, end


def _both_in_order(sentence: str, begin: int | None, right: str) -> tuple[int, int] | None:
    """(begin, end) when the words after the question word are found after where the words before it
    end (`begin`)."""
    if begin is None or sentence[begin:begin + 1] in _CLAUSE_MARKS:
        return None  # the gap follows the words before the question word, not a clause's end
    end = _right_anchor(sentence, right, begin)
    return (begin, end) if end is not None else None


def _clause_start(sentence: str, end: int) -> int:
    """Where the clause ending at `end` starts; at a quoted name when only a one- or two-character
    verb stands before it (借[“全国糖酒商品交易会]”举办)."""
    begin = max(sentence.rfind(p, 0, end) for p in _CLAUSE_MARKS) + 1
    opener = max(sentence.rfind(o, begin, end) for o in _QUOTE_OPENERS)
    return opener if 0 <= opener - begin <= MAX_LEAD else begin


def _without_named(span: str, left: str) -> str:
    """The span without a leading name the question already gives before its question word
    (阳泉高新区[要推动…的是什么项目] ↔ 阳泉高新区源网荷储一体化示范项目)."""
    words = jieba.lcut(span)
    named = 0
    while named < len(words) - 1 and len(words[named]) >= 2 and words[named] in left:
        named += 1  # 阳泉|高新区
    return span[len("".join(words[:named])):]


def tidy(span: str) -> str:
    """A span without the marks and function words at its edges (是, 位于), and without
    quote marks that enclose it whole or pair with nothing inside it."""
    span = _ASIDE.sub("", span.strip(_EDGE).lstrip(_CLOSERS)).strip(_EDGE)
    span = re.sub(r"^(?:位于|是|为了|为|由|在|于|被|有|现|乃|系|即|的)+", "", span)
    if span and span[0] in _PAIRS and _PAIRS[span[0]] not in span[1:]:
        span = span[1:]  # “全国糖酒商品交易会 (the closing mark after the noun): the name inside
    if span and span[-1] in _CLOSERS and _OPENER[span[-1]] not in span:
        span = span[:-1]
    if len(span) > 2 and _PAIRS.get(span[0]) == span[-1] and span.count(span[0]) == 1:
        span = span[1:-1]  # “全国糖酒商品交易会” -> the name inside
    return span
