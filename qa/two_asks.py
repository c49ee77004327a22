"""Two questions asked in one (…是多少，…又是多少？ / …排第几？前三季度呢？ / 是哪家企业？什么时候复产的？): each
part is answered as a question of its own, a later one as a follow-up of the parts before it (it takes from them
what it leaves out: 前三季度呢？), and the answers are joined, their citations numbered on. A part nothing answers
says so beside the others' answers; the whole is withheld only when no part is answered."""
from __future__ import annotations

import re

from index.periods import find_periods
from index.zones import find_zones

# what makes a piece a question of its own: a question word, or 呢 asking the previous one again
_ASKING = re.compile(r"多少|几|哪|谁|什么|啥|何时|如何|怎么|怎样|咋|吗|呢|是否|有没有")
_END = re.compile(r"(?<=[？?])")
# ，…又是多少: a second figure asked in the same sentence (又 marks it as one more)
_AGAIN = re.compile(r"[，,；;]\s*(?=[^，,；;？?]*又[^，,；;？?]*(?:多少|几|哪|什么|啥|如何|怎么))")
_PERIOD_WORDS = re.compile(r"[\d年月季度上下半全前后一二两三四五六七八九十个—\-～~至到初底末今去份以来]")
_TWO_FIGURES = re.compile(r"(?<=多少|几个|几家|几项)[，,；;]\s*(?=[^，,；;？?]*(?:多少|几))")  # …多少，…多少
_YEAR = re.compile(r"(?:19|20)\d{2}年")  # a year said alone (2025年营业收入), which no other period names
# a count asked (签了几个亿元以上项目？): a figure asked after it (协议总投资多少？) is of the things counted, one question
_COUNT = re.compile(r"(?:多少|几)(?:个|家|项|场|户|人|名|宗|批)")
# which the things counted are, asked after the count (议定了几个事项？都是什么): one list, no second question
_WHICH_COUNTED = re.compile(r"(?:都|具体|分别)?(?:是|有|叫)(?:哪些|哪几|什么|啥)")
_JOINER = re.compile(r"[和与及]")
_EACH = re.compile(r"分别|各自|各")
_NAMED = 3  # characters after a zone's name (and its period) that can name what is asked of it
_MARKER = re.compile(r"\[(\d+)\]")
# what a question asks for: a date, a figure, a name (哪家企业), each answered by a sentence of its own
_DATE = re.compile(r"什么时候|什么时间|何时|哪一?[年天日]|几月|几号")
_FIGURE = re.compile(r"多少|(?<!哪)几")
_NAME = re.compile(r"哪|谁|什么|啥")
# a second question about the first one's answer (多出多少, 快多少, 是…的几倍, 跟一季度比怎样): one comparison, no part
_OF_THE_FIRST = re.compile(r"多出|[快慢高低多少大小]了?多少|相差|差距|差了?多少|倍|比|叫什么|分别|各")


def parts_asked(text: str, loose: bool = False) -> list[str]:
    """The questions `text` asks, in order: itself alone unless it asks two, each a question of its own: a figure
    and then another (…是多少，…又是多少), a second sentence asking another kind of thing (哪家企业？什么时候复产的？),
    the first again of another period only (排第几？前三季度呢？), a figure after another that no count asks
    (营业收入多少？协议投资额多少？), or one zone's figure and another's (甲区X和乙区Y分别是多少). `loose` (once the whole
    is withheld): also a figure after a count (签了几个？总投资多少？: of the projects counted, read as one question first)
    and two figures in one sentence (营业收入多少，协议投资额多少)."""
    sentences = [p.strip() for p in _END.split(text.strip()) if p.strip()]
    if len(sentences) == 1 and _two_places_two_figures(text):
        return _two_places_two_figures(text)
    if len(sentences) == 1:
        again = _AGAIN.search(text) or _way_and_figure(text) or (_TWO_FIGURES.search(text) if loose else None)
        if again and _ASKING.search(text[:again.start()]):
            return [text[:again.start()].strip() + "？", text[again.end():].strip()]
        return [text]
    if len(sentences) != 2:
        return [text]
    first, second = sentences
    asked = _asks(first)
    if not asked or _OF_THE_FIRST.search(second) or _COUNT.search(first) and _WHICH_COUNTED.match(second):
        return [text]
    if _period_only(second) or (_asks(second) and (_asks(second) != asked or loose or not _COUNT.search(first))):
        return sentences
    return [text]


_WAY = re.compile(r"怎么|怎样|咋|如何|(?:什么|哪些|啥)(?:办法|措施|做法|举措|招)")
_CLAUSE_END = re.compile(r"[，,；;]\s*")
# 怎么变的, 趋势如何, 是怎么由负转正的: how a figure went over the issues (one trend question), no way of doing
_CHANGE = re.compile(r"变|趋势|走势|转正|转负|由负|由正")


def _way_and_figure(text: str) -> re.Match | None:
    """供地是咋做的，拿地到开工缩到多少天 (or the figure first): the clause end between a way asked and a figure asked,
    each a question of its own (the way's item and the figure's sentence are answered each)."""
    for end in _CLAUSE_END.finditer(text):
        before, after = text[:end.start()], text[end.end():]
        if any(bool(_WAY.search(a)) and not _FIGURE.search(a) and not _CHANGE.search(a) and _FIGURE.search(b)
               and not _WAY.search(b)
               for a, b in ((before, after), (after, before))):
            return end
    return None


def _two_places_two_figures(text: str) -> list[str]:
    """甲综保区跨境电商进出口额和乙园区亩均税收分别是多少: a figure of one zone and another of another, each asked on its
    own ([] unless each side opens with its zone and names what is asked of it)."""
    for m in _JOINER.finditer(text):
        left, right = text[:m.start()], text[m.end():]
        zones_left, zones_right = find_zones(left), find_zones(right)
        if zones_left and zones_right and zones_right[0][0] == 0 and len(zones_left) == 1 \
                and len(left) - zones_left[0][1] > _NAMED and _EACH.search(right):
            return [left + "是多少？", _EACH.sub("", right, count=1)]
    return []


def with_first_period(parts: list[str]) -> list[str]:
    """The parts, a later one naming no period said of the first's (营业收入多少？协议投资额多少？ of 2025年: both)."""
    periods, year = find_periods(parts[0], bases=False), _YEAR.search(parts[0])
    first = periods[0].label if periods else year.group() if year else ""
    return [part if k == 0 or not first or find_periods(part) or _YEAR.search(part) else first + part
            for k, part in enumerate(parts)]


def _asks(question: str) -> str | None:
    """What kind of thing a question asks for, by its question word (None: it asks by 呢 alone)."""
    return "date" if _DATE.search(question) else "figure" if _FIGURE.search(question) else \
        "name" if _NAME.search(question) else None


def _period_only(question: str) -> bool:
    """前三季度呢？, 那1-4月呢: another period asked of the question before, nothing else."""
    rest = re.sub(r"^那|呢?[？?。]*$", "", question.strip())
    return bool(find_periods(rest, bases=False)) and not _PERIOD_WORDS.sub("", rest).strip()


def joined(question: str, answers: list[dict]) -> dict:
    """One answer JSON of the parts' answers: their texts one after another (a withheld part's reason among them),
    citations and table rows numbered on; withheld only when every part is."""
    if all(a["abstained"] for a in answers):
        return {**answers[0], "question": question, "answer": "\n".join(dict.fromkeys(a["answer"] for a in answers))}
    texts, citations, table, retrieved = [], [], [], []
    for a in answers:
        offset = len(citations)
        texts.append(_MARKER.sub(lambda m: f"[{int(m.group(1)) + offset}]", a["answer"]))
        citations += [{**c, "n": c["n"] + offset} for c in a["citations"]]
        table += [{**row, "n": row["n"] + offset} for row in a.get("table") or []]
        retrieved += [r for r in a.get("retrieved", []) if r not in retrieved]
    first = next(a for a in answers if not a["abstained"])
    timings = {k: round(sum(a["timings_ms"][k] for a in answers), 1) for k in first["timings_ms"]}
    out = {**first, "question": question, "answer": "\n".join(texts), "short": "", "citations": citations,
           "retrieved": retrieved, "timings_ms": timings, "resolved_question": None}
    if table:
        out["table"] = table
    return out
