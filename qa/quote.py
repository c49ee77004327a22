"""Where a quote starts and ends inside an answering sentence: the shortest run of clauses that keeps
the best coverage of the question and the figure(s) asked, or a one-fact window within the answer
limit. Figures are never rewritten, only quoted. Pure functions over (text, offsets)."""
from __future__ import annotations

import re

from index.figures import COMMA, FIGURE, SEPARATOR
from index.owners import is_table_row
from qa.asked import CHANGE_WORDS
from qa.corpus import Corpus
from qa.question import Question
from qa.relevance import coverage, term_weights
from qa.targets import Target, competes, find_target

SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
# spaces separate the cells of a table row; a thousands separator (18,642.7) parts nothing
CLAUSE = re.compile(rf"(?:[^，,；;：:、 ]|{SEPARATOR})+(?:[，；;：:、 ]|{COMMA})*")
# the `；` before a numbered point (1.冷链物流中心投入试运营；2.新签约项目2个): points of a list written as one sentence
_NEXT_POINT = re.compile(r"[；;](?=\s*\d{1,2}[.．、](?!\d))")


def points(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences with a list of numbered points (`1.…；2.…。`) read point by point: each point tells its own thing."""
    read = []
    for s, e in sentences:
        cuts = [m.end() for m in _NEXT_POINT.finditer(text, s, e)]
        read += list(zip([s] + cuts, cuts + [e]))
    return read


# a bracketed note written right after a sentence's end (`…报省商务厅备案。（责任单位：…；完成时限：…）`): that sentence's
_NOTE = re.compile(r"[（(][^（()）\n]{1,60}[）)]")


def with_notes(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences with a bracketed note that follows one's end on the same line read as part of it: the note says
    who does what the sentence decides and by when, and the sentence says what (asked 方案完成时限, both are read)."""
    read: list[tuple[int, int]] = []
    for s, e in sentences:
        if read and read[-1][1] == s and _NOTE.fullmatch(text, s, e) and text[s - 1] in "。！？!?":
            read[-1] = (read[-1][0], e)
            continue
        read.append((s, e))
    return read


def ends_point(text: str, end: int) -> bool:
    """Whether text[:end] ends a numbered point that another follows (`1.…；` before `2.…`)."""
    return end > 0 and _NEXT_POINT.match(text, end - 1) is not None
MAX_QUOTE = 90
_UNIT_CELL = re.compile(r" (?:计量)?单位 ")  # 指标 | 计量单位 | 当月 | 累计: a row of one indicator, its unit in a cell
_OF_WHAT_BEFORE = re.compile(r"占|完成")  # a share's clause naming no subject: whose share the clauses before say
_PART_MARK = re.compile(r"[；;]")
_CHANGE_OPENS = re.compile(rf"(?:同比|比上年|较上年)?(?:{CHANGE_WORDS})")
MAX_STATEMENT = 200     # a quote that answers 怎么/什么 rather than 多少
MAX_SINGLE_ANSWER = 116  # one fact asked: quote, marker, where and when within 120 characters
MAX_SINGLE_QUOTE = 110


def spans(pattern: re.Pattern, text: str, offset: int = 0) -> list[tuple[int, int]]:
    return [(m.start() + offset, m.end() + offset) for m in pattern.finditer(text) if m.group().strip()]


def best_window(text: str, start: int, end: int, question: Question,
                corpus: Corpus, caption: str = "") -> tuple[int, int, list[Target]] | None:
    """(quote start, quote end, the figures asked for) inside the sentence text[start:end], or None
    when a figure question finds no figure there.

    For a figure question the quote ends on the clause of the (last) figure asked for and reaches
    back as far as adds coverage of the question's terms; the first part's figure is the short answer. `caption`:
    what a table row counts when only its table's caption says (index/period_columns.py).
    """
    clauses = spans(CLAUSE, text[start:end], start)
    caption += indicator_of_row(text[start:end].strip())
    weights = term_weights(question.terms, corpus)
    targets: list[Target] = []
    first, last = 0, len(clauses) - 1
    if question.wants_figure:
        for ask in question.parts:
            near = targets[0].clause if targets else None
            target = find_target(text, clauses, term_weights(ask.terms, corpus, ask.focus), ask, near,
                                 question.quoted, caption)
            if target is None:
                return None
            targets.append(target)
        first, last = min(t.clause for t in targets), max(t.clause for t in targets)
    best, best_key = None, None
    for j in ([last] if question.wants_figure else range(len(clauses))):
        for i in range(min(first, j), -1, -1):
            s, e = clauses[i][0], clauses[j][1]
            if i < min(first, j) and (e - s > MAX_QUOTE or competes(text[s:clauses[i][1]], targets)):
                break
            key = (round(coverage(text[s:e], weights), 3), -(e - s))
            if best_key is None or key > best_key:
                best, best_key = (s, e), key
    s, e = best
    for ask, target in zip(question.parts, targets):
        k = target.clause  # 占全省开发区的31.0%, 完成全年目标的35.4%: quoted from what its part of the sentence names
        if (ask.of_target or ask.share) and _OF_WHAT_BEFORE.match(text, clauses[k][0]):  # (…营业收入8,046.2亿元，…)
            part = max([start] + [m.end() for m in _PART_MARK.finditer(text, start, clauses[k][0])])
            while k and clauses[k - 1][0] >= part and not _OF_WHAT_BEFORE.match(text, clauses[k - 1][0]):
                k -= 1  # back to the share before it (…70.3亿元,占全市32%,工业投资22亿元,占全市49%: 工业投资…)
            s = min(s, clauses[k][0]) if e - clauses[k][0] <= MAX_QUOTE else s
    joined = clauses[first - 1] if question.wants_figure and first else None
    if joined and text[joined[1] - 1] == "、" and FIGURE.search(text, *joined) and _CHANGE_OPENS.match(text, clauses[first][0]):
        s = min(s, joined[0])  # 甲经开区708.2亿元、增长10.1%: the change of the amount it is joined to, quoted with it
    if question.wants_figure and is_table_row(text[start:end].strip()):
        s = start  # a table row's cell is quoted with the row's header: whose figure it is
    if not question.wants_figure:  # 怎么/什么/哪些: the measures are the sentence and those after it
        s, e = start, max(e, extend(text, start, MAX_STATEMENT))
    return *trim(text, s, e), targets


def indicator_of_row(row: str) -> str:
    """What every cell of a table row of indicators counts: its header (`实际使用外资 计量单位 万美元 当月 8350万美元 累计
    …`, a row holding its unit), as a caption names it for a table of one indicator; "" for any other sentence."""
    return row.split(" ")[0] if is_table_row(row) and _UNIT_CELL.search(row) else ""


def extend(text: str, start: int, limit: int) -> int:
    """End of the last whole sentence after `start` within `limit` characters."""
    end = start
    for s, e in spans(SENTENCE, text[start:], start):
        if e - start > limit and end > start:
            break
        end = e
    return end


def single_window(text: str, start: int, end: int, weights: dict[str, float],
                  core: tuple[int, int] | None, limit: int) -> tuple[int, int]:
    """The clauses of the sentence text[start:end] that answer a one-thing question: the whole sentence
    when short, else the run of clauses within `limit` holding `core` (the name asked for) with the
    best coverage of the question, the longer at equal coverage."""
    if end - start <= limit:
        return start, end
    clauses = spans(CLAUSE, text[start:end], start)
    best, best_key = None, None
    for i in range(len(clauses)):
        for j in range(i, len(clauses)):
            s, e = clauses[i][0], clauses[j][1]
            if e - s > limit:
                break
            if core and not (s <= core[0] and core[1] <= e):
                continue
            key = (round(coverage(text[s:e], weights), 3), e - s)
            if best_key is None or key > best_key:
                best, best_key = (s, e), key
    if best is None:  # one clause longer than the limit: cut it around what it holds
        s = max(start, core[0] - 20) if core else start
        best = (s, min(end, s + limit))
    return best


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """(s, e) without leading spaces and trailing punctuation."""
    s += len(text[s:e]) - len(text[s:e].lstrip())
    while e > s and text[e - 1] in "，,；;：:、。！？!? ":
        e -= 1
    return s, e
