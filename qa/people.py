"""Person names in a sentence, and the one a 谁 question asks for. Pure functions (jieba only)."""
from __future__ import annotations

import re

import jieba.posseg

from qa.span import aligned_span
from qa.words import tagged

_PERSON = ("nr", "nrt", "nrfg")
_DOTS = ("·", "•", "‧")
_NOT_IN_NAME = set("的之是在于和与及被把将从向对也都又还就了着过等")
MAX_NAME_PART = 4


def person_names(text: str) -> list[tuple[int, str]]:
    """(offset, name) of the person names jieba tags in text, a foreign name's parts joined by ·."""
    found, pos, run, start = [], 0, "", 0
    words = tagged(text)
    for k, w in enumerate(words):
        joins = w.word in _DOTS or (run.endswith(_DOTS) and w.word.strip())
        if w.flag in _PERSON or (run and (joins or _ends_part(run, w.word))):
            surname = "" if run else _surname_cut_off(words, k)
            start, run = (start, run + w.word) if run else (pos - len(surname), surname + w.word)
        elif run:
            found.append((start, run))
            run = ""
        pos += len(w.word)
    return found + [(start, run)] if run else found


_POST_END = re.compile(r"(?:长|主任|书记|主席|委员|专员|经理|总监|秘书|巡视员|调研员|发言人)$")


def _surname_cut_off(words: tuple, k: int) -> str:
    """The surname jieba cut off a two-character given name right after a post (副厅长|钟|岱川): titles come before
    names, so the one character between the post and the name is the name's first."""
    if k < 2 or len(words[k].word) != 2 or len(words[k - 1].word) != 1 or not _POST_END.search(words[k - 2].word):
        return ""
    return words[k - 1].word if "\u4e00" <= words[k - 1].word <= "\u9fff" else ""


def _ends_part(run: str, word: str) -> bool:
    """A single character jieba cut off the last part of a foreign name (拉尔夫·本|奇, 施特|凡)."""
    part = run.rsplit("·", 1)[-1] if "·" in run else ""
    return bool(part) and len(word) == 1 and "\u4e00" <= word <= "\u9fff" and word not in _NOT_IN_NAME \
        and len(part) < MAX_NAME_PART


MAX_NAME_TAIL = 3


def _whole_name(text: str, start: int, name: str) -> str:
    """The name with the few characters jieba cut off it (柳田|理科雄) when a noun follows, not a verb
    or particle (郑薰|推荐他)."""
    tail = text[start + len(name):]
    first = next(iter(jieba.posseg.cut(tail)), None)
    if tail and len(tail) <= MAX_NAME_TAIL and first and first.flag[0] in "nx":
        return name + tail
    return name


# a person asked by a title (哪位局长, 商务局局长是谁): titles come before names, so the name follows the title where the
# sentence writes it, up to the colon of a speaker's label or its clause's end (局长柯远航：, 副市长温景行，)
_TITLE = re.compile(r"[\u4e00-\u9fff](?:长|主任|书记|主席|委员|专员|记者|经理|总监|秘书|巡视员|调研员|发言人)")
_NAME_AFTER_TITLE = r"([\u4e00-\u9fff]{2,3})(?=[：:，,（(])"


def _name_after_title(question: str, sentence: str) -> str | None:
    """The name right after the title the question asks by: up to a colon or clause mark, else the person name jieba
    reads right after it, a verb following (主任邸家宁回答记者提问, 处长樊蕴、…)."""
    for title in _TITLE.finditer(question):
        name = re.search(re.escape(title.group()) + _NAME_AFTER_TITLE, sentence)
        if name and name.group(1) not in question:
            return name.group(1)
        for at in re.finditer(re.escape(title.group()), sentence):
            name = _name_before_verb(sentence[at.end():at.end() + 2 * MAX_NAME_PART])
            if name and name not in question:
                return name
    return None


def _name_before_verb(text: str) -> str | None:
    """The person name opening `text` up to the verb after it (祁松|年|回答 -> 祁松年: jieba may cut a name's last
    character off as a word of its own), when jieba reads a person's name first."""
    words = list(tagged(text))
    if not words or words[0].flag not in _PERSON:
        return None
    name = ""
    for w in words:
        if w.flag.startswith("v") and len(w.word) > 1 or not re.fullmatch(r"[\u4e00-\u9fff]+", w.word):
            break
        name += w.word
    return name if 1 < len(name) <= MAX_NAME_PART else None


def person_span(question: str, sentence: str) -> str | None:
    """谁 ↔ 由中国鱼类学家林书颜于…: the name after the title the question asks by; else the name in the aligned
    span; else the name nearest to it that the question does not hold; else the aligned span itself."""
    after_title = _name_after_title(question, sentence)
    if after_title:
        return after_title
    span = aligned_span(question, sentence)
    inside = [(o, n) for o, n in person_names(span or "") if n not in question]
    if inside:  # 太尉王僧辩 -> 王僧辩: titles come before names
        return _whole_name(span, *inside[-1])
    at = sentence.find(span) if span else 0
    names = [(abs(o - at), n) for o, n in person_names(sentence) if n not in question and len(n) > 1]
    return min(names)[1] if names else span


_WHOSE = re.compile(r"谁的([\u4e00-\u9fff]{1,4}?)(?:[？?。，,]|$)")


def possessor_span(question: str, sentence: str) -> str | None:
    """谁的皇后/妻子/学生 ↔ 吴大帝孙权的皇后, 孙亮之妻: the last name before 的/之 and the noun asked
    (or its first character, as 之妻 writes 妻子)."""
    m = _WHOSE.search(question)
    if not m:
        return None
    noun = m.group(1)
    at = re.search(f"(?:的|之)(?:{re.escape(noun)}|{re.escape(noun[0])})", sentence)
    if not at:
        return None
    clause = re.split(r"[，,。；;：:]", sentence[:at.start()])[-1]
    names = [n for _, n in person_names(clause) if n not in question]
    return names[-1] if names else None


# a person asked by the post they hold (负责人是谁, 谁是链长, 厂长叫什么名字): only a sentence writing that post
# says who holds it; a name elsewhere in the sentence (a firm jieba tags as a person) is no answer
_POST = r"(?:负责人|联系人|带头人|牵头人|代表人|董事长|总经理|经理|主任|书记|[厅局处科部厂院校园链市县区镇村组队]长)"
POST_ASKED = re.compile(rf"({_POST})(?:是|为)?(?:谁|哪位|何人|叫什么|叫啥|姓什么)|(?:谁|哪位|何人)(?:是|担任|任)[^，,？?的]{{0,8}}的?({_POST})")


def lacks_post(question: str, sentence: str) -> bool:
    """Whether a question asks who holds a post and the sentence does not write that post."""
    m = POST_ASKED.search(question)
    return bool(m) and (m.group(1) or m.group(2)) not in sentence


def doer_person(question: str, sentence: str) -> str | None:
    """谁介绍…, 介绍…的是谁 ↔ 请副厅长韦立群介绍…: the person the sentence names last in the clause before a verb of the
    question (whoever does what the question says is written before the verb); None when no such clause names one,
    so that a body doing it (市商务局牵头) is found by the rules after."""
    verbs = [w.word for w in tagged(question) if w.flag.startswith("v") and len(w.word) >= 2]
    for verb in verbs:
        for m in re.finditer(re.escape(verb), sentence):
            clause = re.split(r"[，,。；;：:]", sentence[:m.start()])[-1]
            names = [n for o, n in person_names(clause) if n not in question and 1 < len(n) <= MAX_NAME_PART
                     and not _PLACE_OR_BODY_END & {n[-1], clause[o + len(n):o + len(n) + 1]}]
            if names:
                return names[-1]
    return None


# what ends a place or a body jieba tags as a person (由柏松高新区, 高新区|管委会): no person's name ends so or is followed so
_PLACE_OR_BODY_END = set("省市县区镇乡村园局委会厅部处科所院校司")


# the post or body of a person the question names, asked (韦立群是什么职务, 樊蕴是哪个单位的, 邸家宁任什么职位)
POST_OF_PERSON = re.compile(r"(?:什么|啥|哪个|何)(?:职务|职位|头衔|官|单位|部门|机构)|(?:职务|职位|头衔|单位)(?:是|为)(?:什么|啥|哪)")
_CLAUSE_BEFORE = re.compile(r"[^，,、：:。；;！？]*$")
_REQUEST = re.compile(r"^(?:首先|接下来|下面|然后|再|现在)?(?:请|由|邀请|特邀)")
_TITLE_AFTER_NAME = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:长|主任|书记|主席|委员|专员|经理|总监|秘书|巡视员|调研员|发言人)")


def post_span(question: str, sentence: str) -> str | None:
    """韦立群是什么职务 ↔ 请省商务厅副厅长韦立群介绍…: the body and title written before a name the question names (titles
    come before names), else the title right after it (韦立群副厅长)."""
    for _, name in person_names(question):
        for at in re.finditer(re.escape(name), sentence):
            before = _REQUEST.sub("", _CLAUSE_BEFORE.search(sentence[:at.start()]).group())
            if _TITLE.search(before[-4:] if before else ""):
                return before
            title = _TITLE_AFTER_NAME.match(sentence, at.end())
            if title:
                return title.group()
    return None
