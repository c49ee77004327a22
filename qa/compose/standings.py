"""standings: a ranking table's positions asked in words rather than numbers: the last one (垫底, 倒数第一), the
largest move (进步最大 of `↑3`, 下降最多 of `↓2`), the zone tied with one named (和甲并列第3的是哪个). Read off the
table's rows (甲 3 所在市 … 较上期位次变化 ↑2), when no sentence writes the answer."""
from __future__ import annotations

import re

from index.owners import is_table_row
from qa.compose.base import Composed, Context, Evidence
from qa.compose.rows import in_period, shown_period
from qa.compose.question_terms import question_weights
from qa.places import zone_key
from qa.table_runs import line_above_table, row_name

_RANK_WORD = re.compile(r"排名|排位|位次|名次")
# the position of a row: after its column's name (排名 12), or the bare number right after the row's name when the
# table's first column is the position (甲 12 所在市 …)
_RANK = re.compile(r"(?:排名|排位|位次|名次)\s*(\d{1,3})(?![\d.%])|^\S+ (\d{1,3})(?= )")
# a move in the ranking: an arrow (↑2, ↓1) or words (上升2位, 下降1位); not a figure's change (↑12.4%)
_UP = re.compile(r"↑\s*(\d{1,3})(?![\d.%])|(?:上升|提升|前移|前进)(\d{1,3})位")
_DOWN = re.compile(r"↓\s*(\d{1,3})(?![\d.%])|(?:下降|下滑|后移|后退)(\d{1,3})位")

_LAST_ASKED = re.compile(r"垫底|末位|倒数第[一1](?![\d])|最后一名|排(?:在|名)?最后|殿后")
UP_ASKED = re.compile(r"进步(?:幅度)?最(?:大|多|快|明显)|(?:排名|排位|位次|名次)[^，,。？?]{0,4}?"
                       r"(?:上升|提升|前移|提高|前进)(?:幅度)?最(?:多|大|快)|(?:上升|提升|前移)(?:的)?(?:位次|名次|位数)最多")
_DOWN_ASKED = re.compile(r"退步(?:幅度)?最(?:大|多|快|明显)|(?:排名|排位|位次|名次)[^，,。？?]{0,4}?"
                         r"(?:下降|下滑|后移|降低|后退)(?:幅度)?最(?:多|大|快)|(?:下降|下滑|后移)(?:的)?(?:位次|名次|位数)最多")
TIED_ASKED = re.compile(r"并列")
# the last few of the ranking (排名后三位的开发区, 位次后两名, 排名倒数五位, 排名最后5名): the rows of the greatest positions
_LAST_FEW = re.compile(r"(?:排名|排位|位次|名次)[^，,。？?]{0,2}?(?:后|倒数(?:前)?|最后)([两二三四五六七八九十]|\d{1,2})[名位个]")
# the first few, asked of the ranking a table's caption names (综合考核排名前五的开发区, 位次前三位): the rows of the least
# positions; 营收排名前五 beside that table ranks the figure, not its order (see _ranks_what_is_asked)
# (税收收入前5位的开发区 of a caption 税收收入前5位开发区: the same; not 前三个月, 前三季度)
FIRST_FEW = re.compile(r"(?:(?:排名|排位|位次|名次)[^，,。？?]{0,2}?)?(?<!倒数)(?:前|头)([两二三四五六七八九十]|\d{1,2})"
                        r"(?:[名位]|个(?![月季])|(?=的))")
_NUMERALS = "一二三四五六七八九十"
# one position counted from the bottom (倒数第二, 倒数第3名): the row that many places above the last
_NTH_LAST = re.compile(r"倒数第([二三四五六七八九十]|[2-9]|1\d)(?![\d.])")
# the rows that moved one way, asked as a set (名次下降的开发区有哪些, 哪些园区排名比上年上升了): each row whose move is so
_SET_ASKED = re.compile(r"哪[些几]|有哪|都是")
_MOVED_UP = re.compile(r"(?:排名|排位|位次|名次)[^，,。？?最]{0,5}?(?:上升|提升|前移|提高|前进)(?!幅度|最|了?[几多]少?位)")
_MOVED_DOWN = re.compile(r"(?:排名|排位|位次|名次)[^，,。？?最]{0,5}?(?:下降|下滑|后移|降低|后退)(?!幅度|最|了?[几多]少?位)")


def asked(text: str) -> bool:
    """Whether a question asks a standing in words: the last, the largest move, the one tied with another."""
    return any(p.search(text) for p in (_LAST_ASKED, UP_ASKED, _DOWN_ASKED, TIED_ASKED, _LAST_FEW, FIRST_FEW,
                                        _NTH_LAST)) \
        or bool(_SET_ASKED.search(text) and (_MOVED_UP.search(text) or _MOVED_DOWN.search(text)))


def _number(m: re.Match | None) -> int | None:
    return int(next(g for g in m.groups() if g)) if m else None


def _rows(ctx: Context) -> list[dict]:
    """The rows of the ranking tables in the period asked: chunks that are table rows with a position."""
    rows = []
    for chunk in ctx.chunks.values():
        text = chunk["text"]
        if not is_table_row(text) or not _RANK_WORD.search(text) or (ctx.doc and chunk["doc"] != ctx.doc):
            continue
        if _RANK.search(text) and in_period(ctx, chunk, ctx.question.period):
            rows.append(chunk)
    return rows


def _answer(ctx: Context, chosen: list[dict], first: bool = False) -> Composed:
    """The rows chosen, each quoted whole; the short is the one zone when there is one, or the first (`first`: the
    first few of a ranking, whose first is what a ranking's short names)."""
    lines, evidence = [], []
    for n, chunk in enumerate(chosen, 1):
        period = shown_period(ctx, chunk)
        ev = Evidence(chunk, 0, len(chunk["text"].rstrip("。")), period)
        evidence.append(ev)
        lines.append(f"{row_name(chunk['text'])}：{ev.quote}[{n}]" + (f"（{period}）" if period else ""))
    short = row_name(chosen[0]["text"]) if len(chosen) == 1 or first else ""
    return Composed(ctx.kind, "；\n".join(lines) + "。", evidence, short=short)


def _ranks_what_is_asked(ctx: Context, rows: list[dict], asked: str) -> bool:
    """Whether the question's words, but the position asked, all stand in the caption of a ranking table (考核垫底 of
    表1 …综合考核排名): its order is what is asked, as a position written would be; 营收增速垫底 beside a table of
    营业收入及位次 ranks the growth, no word of its caption."""
    return bool(_captioned_as_asked(ctx, rows, asked))


def _captioned_as_asked(ctx: Context, rows: list[dict], asked: str) -> list[dict]:
    """The rows of the ranking tables whose caption holds every word of the question but the position asked (of 表1
    综合考核排名, not of 附表2 税收收入前5位 in the same bulletin)."""
    weights = question_weights(ctx, also_skip=asked)
    return [row for row in rows if weights and all(b in line_above_table(ctx.chunks.values(), row) for b in weights)]


def _extreme(ctx: Context, rows: list[dict], value) -> Composed | None:
    """The rows of the greatest value (ties all), within one bulletin: the newest one asked."""
    scored = [(value(r["text"]), r) for r in rows]
    scored = [(v, r) for v, r in scored if v]
    if not scored:
        return None
    newest = max(scored, key=lambda x: x[1].get("as_of") or 0)[1]["doc"]
    scored = [(v, r) for v, r in scored if r["doc"] == newest]
    top = max(v for v, _ in scored)
    return _answer(ctx, [r for v, r in scored if v == top])


def _tied(ctx: Context, rows: list[dict]) -> Composed | None:
    """The rows at the position of the one zone named, other than its own."""
    known = [p for p in ctx.places if p.known]
    if len(known) != 1:
        return None
    own = [r for r in rows if zone_key(row_name(r["text"])) == zone_key(known[0].name)]
    if len(own) != 1:
        return None
    at = _number(_RANK.search(own[0]["text"]))
    others = [r for r in rows if r["doc"] == own[0]["doc"] and r is not own[0]
              and _number(_RANK.search(r["text"])) == at]
    return _answer(ctx, others) if others else None


def compose(ctx: Context) -> Composed | None:
    rows, text = _rows(ctx), ctx.text
    if not rows:
        return None
    if TIED_ASKED.search(text):
        return _tied(ctx, rows)  # the tied zone may be of another city than the one named
    if ctx.question.region:  # 甲市哪个开发区进步最大: that city's rows
        rows = [r for r in rows if r.get("region") == ctx.question.region]
    if UP_ASKED.search(text):
        return _extreme(ctx, rows, lambda t: _number(_UP.search(t)))
    if _DOWN_ASKED.search(text):
        return _extreme(ctx, rows, lambda t: _number(_DOWN.search(t)))
    few = _LAST_FEW.search(text)
    if few:  # before the last one: 排名最后5名 writes 排名最后
        return _few(ctx, rows, count(few.group(1)), last=True)
    nth = _NTH_LAST.search(text)
    if nth and (_RANK_WORD.search(text) or _ranks_what_is_asked(ctx, rows, nth.group())):
        return _nth_last(ctx, rows, count(nth.group(1)))
    few = FIRST_FEW.search(text)
    captioned = _captioned_as_asked(ctx, rows, few.group()) if few else []
    if captioned:
        return _few(ctx, captioned, count(few.group(1)), last=False)
    last = _LAST_ASKED.search(text)
    if last and (_RANK_WORD.search(text) or _ranks_what_is_asked(ctx, rows, last.group())):
        # 增速谁垫底 ranks a figure, not the table's order; 考核垫底 the order of the 综合考核排名 table
        return _extreme(ctx, rows, lambda t: _number(_RANK.search(t)))
    moved = (_UP if _MOVED_UP.search(text) else _DOWN if _MOVED_DOWN.search(text) else None) \
        if _SET_ASKED.search(text) else None
    return _moved(ctx, rows, moved) if moved else None


def _moved(ctx: Context, rows: list[dict], move: re.Pattern) -> Composed | None:
    """The rows of the newest bulletin whose move in the ranking is the one asked (↓2, 下降1位), in the table's order."""
    newest = max(rows, key=lambda r: r.get("as_of") or 0)["doc"]
    chosen = [r for r in rows if r["doc"] == newest and _number(move.search(r["text"]))]
    return _answer(ctx, sorted(chosen, key=lambda r: r["start"])) if chosen else None


def count(written: str) -> int:
    """三, 两, 5: the number a question writes."""
    written = written.replace("两", "二")
    return int(written) if written.isdigit() else _NUMERALS.index(written) + 1


def _placed(rows: list[dict], last: bool) -> list[tuple[int | None, dict]]:
    """The rows of the newest bulletin with their positions, the last first (`last`) or the first first."""
    newest = max(rows, key=lambda r: r.get("as_of") or 0)["doc"]
    return sorted(((_number(_RANK.search(r["text"])), r) for r in rows if r["doc"] == newest),
                  key=lambda pair: pair[0] or 0, reverse=last)


def _few(ctx: Context, rows: list[dict], n: int, last: bool) -> Composed | None:
    """The `n` rows of the greatest positions (`last`, the last first) or of the least ones (the first first) in the
    newest bulletin; a table of the first `n` alone (税收收入前5位开发区) is its first `n`, never its last."""
    placed = _placed(rows, last)
    return _answer(ctx, [r for _, r in placed[:n]], first=not last) if len(placed) > n or not last and len(placed) == n \
        else None


def _nth_last(ctx: Context, rows: list[dict], n: int) -> Composed | None:
    """The rows at the n-th position from the bottom of the newest bulletin's ranking (倒数第二 of 8 places: the 7th;
    a tie there gives every row of it)."""
    placed = _placed(rows, last=True)
    if len(placed) < n or placed[0][0] is None:
        return None
    at = placed[0][0] - n + 1
    return _answer(ctx, [r for position, r in placed if position == at] or [placed[n - 1][1]])
