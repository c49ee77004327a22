"""The short answer of a one-thing question, cut from its answering sentence: one small extractor per
kind of span, chosen by the question's wording (the first rule whose cue matches and that finds a span).

Every extractor reads only the sentence it is given and returns a verbatim part of it, or None.
Pure functions (jieba only); the gap-filling alignment itself is qa/span.py.
"""
from __future__ import annotations

import re
from typing import Callable

from index.figures import FIGURE
from index.zones import ZONE_WORD
from qa.clauses import CLAUSE, STOP, clause_from
from qa.copula import named_by_copula
from qa.dates import DATE, PERIOD, with_range
from qa.definition import definition_span
from qa.edges import clean_edges
from qa.asking_words import NAME_ASKED, PERSON_ASKED
from qa.labelled import labelled_span
from qa.items import ITEM_ASKED, item_span
from qa.listed import ASKS_LISTED, listed_span
from qa.named import CITY_ASKED, city_span, could_name_city, kind_named_span, quoted_kind_span
from qa.organisations import BODY_ASKED, body_span, doer_span, owner_span
from qa.row_cell import row_cell_span
from qa.people import POST_ASKED, POST_OF_PERSON, doer_person, person_span, possessor_span, post_span
from qa.cause_span import WHY_ASKED, cause_span
from qa.subject import SUBJECT_ASKED, subject_span
from qa.table_runs import cell_under
from qa.span import aligned_span, asks_name, echoes_question, tidy
from qa.verb_span import MEANS_ASKED, VERB_THING_ASKED, answer_span, means_asked, thing_done
from qa.words import tagged
from qa.zone_span import ZONE_ASKED, zone_span

def _after_marker(sentence: str, markers: re.Pattern, stops: str = STOP) -> str | None:
    """The rest of the clause after the first marker (位于…, 又称…) in the sentence."""
    m = markers.search(sentence)
    return tidy(clause_from(sentence, m.end(), stops)) if m else None


# ---- another name ---------------------------------------------------------------------------------
_ALIAS_ASKED = re.compile(r"(?:又|也|亦|别|俗|简|原|笔|学|英文|本|小|乳|艺|曾用)?(?:名|称|叫|号|字)"
                          r"(?:作|为|是)?(?:什么|啥)|(?:又|也|亦)(?:叫|称|名)")
_ALIAS = re.compile(r"(?:又|也|亦|别|俗|简|原|笔|学|英文|本|小|乳|艺|曾用|或)(?:名|称|叫)(?:作|为|是)?[：:]?|"
                    r"(?<![名])(?:字|号)(?=[\u4e00-\u9fff]{1,4}[，,。；;）)])|前称|旧称|曾称|统称|合称")


_FOREIGN = re.compile(r"学名|英文")  # 学名：Paradoxurus…: the name 又称/又叫 asks for is none of these


def alias_span(question: str, sentence: str) -> str | None:
    """当惹雍错又叫什么 ↔ 又名唐古拉雍木错: the name after the marker the question asks for, else any."""
    asked = _ALIAS_ASKED.search(question)
    word = asked.group()[:2] if asked else ""
    own = re.search(re.escape(word) + r"(?:作|为|是)?[：:]?", sentence) if len(word) == 2 and word[1] in "名称号" else None
    if own:
        return tidy(clause_from(sentence, own.end(), STOP.replace("（", "").replace("(", ""))) or None
    other = next((m for m in _ALIAS.finditer(sentence) if not _FOREIGN.match(m.group()) or m.group()[:2] in question), None)
    return tidy(clause_from(sentence, other.end())) if other else None


# ---- places ---------------------------------------------------------------------------------------
_AT = re.compile(r"位于|坐落于|坐落在|地处|位在|地址为|地址是|地址：|设于|设在|座落于|座落在")


def location_span(question: str, sentence: str) -> str | None:
    """在哪里/位置/地址 ↔ 位于九龙油塘鲤鱼门: the rest of the clause after 位于 (without its aside in
    brackets); else the place after 在/于 (qa.verb_span.answer_span)."""
    return _after_marker(sentence, _AT) or answer_span(question, sentence)


def _places(text: str) -> list[str]:
    """Runs of place words (jieba ns) in text, in order."""
    runs, run = [], ""
    for w in tagged(text):
        if w.flag == "ns" or (run and w.flag in ("ns", "n") and w.word.endswith(("省", "市", "县", "区"))):
            run += w.word
        elif run:
            runs.append(run)
            run = ""
    return runs + [run] if run else runs


def _native(sentence: str) -> str | None:
    """The place before 人 closing a clause (太原晋阳人, 英国人), when it holds a place word."""
    for m in _NATIVE.finditer(sentence):
        place = re.sub(r"^(?:是|为|系|乃)", "", m.group(1))
        if _places(place):
            return place
    return None


_NATIVE = re.compile(r"(?:^|[，,。；;）)\s])([^，,。；;\s]{2,30}?)人(?=[，,。；;]|$)")
MAX_COUNTRY = 8


def origin_span(question: str, sentence: str) -> str | None:
    """哪国人/哪里人/籍贯 ↔ 太原晋阳人, 斯洛文尼亚足球运动员: the place before 人 closing a clause; else a
    short aligned span (哪个国家[的足球运动员]); else the first place word the question lacks."""
    aligned = aligned_span(question, sentence) or ""
    short = (_places(aligned) or [aligned])[0] if 0 < len(aligned) <= MAX_COUNTRY else None
    return _native(sentence) or short or next((p for p in _places(sentence) if p not in question), None)


# ---- dates ---------------------------------------------------------------------------------------
_WHEN = re.compile(r"什么时候|什么时间|何时|哪一?年|哪一?天|哪个月|几月|几号|几点|何年|哪一?日|具体时间|" + PERIOD.pattern)
_YEAR_ONLY = re.compile(r"哪一?年|何年|几几年|多少年")
_YEAR = re.compile(r"^.*?年(?:[（(]\d{1,4}年[)）])?")  # 天命六年(1621年)六月 -> 天命六年(1621年)


def date_span(question: str, sentence: str) -> str | None:
    """什么时候/哪一年: the date standing where the question word does (统计截至[何时] ↔ 截至6月底), else
    the date in the clause that shares most with the question (首次成功于1934年 of 最初在1919年被提出，
    首次成功于1934年); asked 哪年, only its year."""
    date = _date_after_question_words(question, sentence) or _in_best_clause(question, sentence, DATE)
    if date and PERIOD.search(question):  # 哪一段时期 ↔ 2009年3月30日至5月14日
        date = with_range(sentence, date)
    year = _YEAR.search(date) if date and _YEAR_ONLY.search(question) else None
    return year.group() if year else date


def _date_after_question_words(question: str, sentence: str) -> str | None:
    """The date right after the two characters the question writes before its question word
    (统计截至[何时] ↔ 截至3月底): an alignment worth more than a shared clause."""
    m = _WHEN.search(question)
    before = question[:m.start()].rstrip("是在于")[-2:] if m else ""
    found = [d.group() for d in DATE.finditer(sentence) if len(before) == 2
             and before in sentence[max(0, d.start() - 4):d.start()]]
    return found[0] if found else None


def _in_best_clause(question: str, sentence: str, pattern: re.Pattern) -> str | None:
    """The first match of `pattern` in the clause sharing most bigrams with the question."""
    scored = []
    for c in CLAUSE.finditer(sentence):
        shared = sum(a + b in question for a, b in zip(c.group(), c.group()[1:]))
        scored += [(shared, -k, d.group()) for k, d in enumerate(pattern.finditer(c.group()))]
    return max(scored)[2] if scored else None


_MEASURE = re.compile(r"多(?:长|高|重|大|远|宽|深|久|厚|快|粗)")


def measure_span(question: str, sentence: str) -> str | None:
    """有多长/多重/多远 ↔ 途程2400米: the figure with its unit in the clause sharing most with the question."""
    return _in_best_clause(question, sentence, FIGURE)


# ---- a name asked as such (叫什么, 什么名字): the quoted name of the clause about it -------------------------
_NAME_ASKED = re.compile(NAME_ASKED)
_OPEN_QUOTE = re.compile(r"[“《]")


def quoted_name_span(question: str, sentence: str) -> str | None:
    """那场招商大会叫啥 ↔ …;在寿阳举办“山西中部城市群重要节点”招商引资大会;…: of the clauses writing a quoted
    name, the one sharing most with the question, from the quote to the clause's end."""
    clauses = [c for c in CLAUSE.finditer(sentence) if _OPEN_QUOTE.search(c.group())]
    if not clauses:
        return None
    best = max(clauses, key=lambda c: sum(a + b in question for a, b in zip(c.group(), c.group()[1:])))
    return tidy(best.group()[_OPEN_QUOTE.search(best.group()).start():]) or None


# ---- the table -------------------------------------------------------------------------------------
Extractor = Callable[[str, str], "str | None"]
_RULES: tuple[tuple[re.Pattern, Extractor], ...] = tuple((re.compile(cue), extract) for cue, extract in (
    (WHY_ASKED.pattern, cause_span),
    (_WHEN.pattern, date_span),
    (_ALIAS_ASKED.pattern, alias_span),
    (r"哪国|哪个国家|哪一国|国籍|哪里人|哪儿人|何地人|何处人|籍贯", origin_span),
    (r"哪里|哪儿|何地|何处|什么地方|位置|地址|位于哪(?![一个座]?(?:城市|地市|市|县))", location_span),  # 位于哪个市: a city
    (r"谁的", possessor_span),
    (POST_OF_PERSON.pattern, post_span),  # 韦立群是什么职务: the body and title written before the name
    (r"什么|啥|哪", row_cell_span),  # 总投资27.9亿元的是哪个项目 ↔ a table row: the cell under the column asked, or its first
    (r"什么|啥|哪|谁", labelled_span),  # 投资方是哪家 ↔ 投资方为…, 由谁负责 ↔ （责任单位：…）: the value of the label asked
    (PERSON_ASKED + r"|[那这]一?位(?![次置])", doer_person),  # 介绍…的是谁, 那位副厅长叫什么: who did what is asked
    (POST_ASKED.pattern, person_span),  # 园区办主任叫什么名字: the person holding the post, not the words after it
    (r"什么|啥|哪", quoted_kind_span),
    (_NAME_ASKED.pattern, kind_named_span),
    (CITY_ASKED.pattern, city_span),
    (ZONE_ASKED.pattern, zone_span),
    (ASKS_LISTED.pattern, listed_span),
    (ITEM_ASKED.pattern, item_span),
    (SUBJECT_ASKED.pattern, subject_span),
    (_NAME_ASKED.pattern, quoted_name_span),
    (MEANS_ASKED, means_asked),
    (BODY_ASKED.pattern, body_span),
    (r"谁", owner_span),
    (r"谁", doer_span),
    (r"谁|何人|哪一?位", person_span),
    (_MEASURE.pattern, measure_span),
    (r"定义|指什么|什么意思|意思是什么|含义|涵义|什么是|^何为|^何谓", definition_span),
    (r"《|书|作品|著作|杂志|报|刊|歌|曲|专辑|电影|影片|剧|小说|节目|游戏", aligned_span),  # a title: the gap
    (VERB_THING_ASKED.pattern, thing_done),
    (r".", named_by_copula),
    (r".", answer_span),
))


# a bare 哪一个 closing the question (…居全省综保区首位的是哪一个): it asks for the kind of place named before it
_BARE_WHICH = re.compile(r"哪一?[个家](?=[？?呢。]*$)")
_SAID_OF = re.compile(r"的([\u4e00-\u9fff]{1,4})是$")  # …产业链的[龙头]是哪一家: the thing asked, written before 是
_KIND_NAMED = re.compile(rf"{ZONE_WORD.pattern}|(?<=[各全在])[市县]")  # 各市, 所在市


def with_kind_asked(question: str) -> str:
    """…综保区首位的是哪一个 → …是哪个综保区: a bare 哪一个 asks for the last kind of place the question names, unless
    the question writes what it asks before 是 (…的龙头是哪一家)."""
    bare = _BARE_WHICH.search(question)
    said_of = _SAID_OF.search(question, 0, bare.start()) if bare else None
    if said_of and not _KIND_NAMED.search(said_of.group(1)):
        return question  # 龙头是哪一家 asks a firm, not the zone the question names
    kinds = list(_KIND_NAMED.finditer(question, 0, bare.start())) if bare else []
    return question[:bare.start()] + "哪个" + kinds[-1].group() + question[bare.end():] if kinds else question


# a count of things (6家, 十余个): what no 哪家/哪几个/什么 question asks, unless it asks how many (多少, 几个)
_BARE_COUNT = re.compile(r"(?:[\d.,，]+|[一二两三四五六七八九十百千余多几]+)\s*[家个项户名人批座所条类]")
_AMOUNT_ASKED = re.compile(r"多少|(?<!哪)几")


def short_span(question: str, sentence: str) -> str | None:
    """The short answer of a one-thing question in `sentence`, or None."""
    if not (asks_name(question) or _WHEN.search(question) or _MEASURE.search(question)):
        return None
    question = with_kind_asked(question)
    for cue, extract in _RULES:
        if cue.search(question):
            span = extract(question, sentence)
            span = cell_under(sentence, clean_edges(question, span)) if span else span
            if span and _BARE_COUNT.fullmatch(span) and not _AMOUNT_ASKED.search(question):
                continue  # 新引进企业6家, asked 是哪几家: a count names none of them
            if span and span != question and not echoes_question(question, span) and could_name_city(question, span):
                return span
            if extract is city_span and CITY_ASKED.search(question).group(1):
                return None  # 港城园属于哪个市: a sentence naming no 市 has no city to give, nor any other name
    return None
