"""ranked: the place at the position a question asks (全省排名第一的开发区是哪家？ 列全省第二的是哪个市？) as the
bulletin writes that position (全省排名 1, 列全省第2, 居全省第2位), before any ranking of figures: a written rank
may weigh more than one figure. Only when the question names no comparative (最高, 更多: those rank a figure)."""
from __future__ import annotations

import re

from index.owners import is_table_row
from index.zones import SHORT_KIND, ZONE_WORD, find_zones, is_zone_fact
from qa.answer import coverage
from qa.compose import listed_top
from qa.compose.base import Composed, Context, Evidence, place_evidence
from qa.compose.entities import asks_across_zones
from qa.question import RATE_SYNONYMS
from qa.compose.rows import MIN_MATCH, in_period, place_rows, shown_period
from qa.compose.standings import TIED_ASKED
from qa.compose.question_terms import question_weights
from qa.places import zone_key
from qa.table_runs import line_above_table, row_name

_NUMERALS = "一二三四五六七八九十"
# the position asked: 第一, 第2位, 首位, 榜首 after a word of ranking (排名, 列, 居, 全省); not 第一次, 第三期
_ASKED = re.compile(r"(?:排名|排位|名次|位次|排|列|居|位列|名列|全省|全市|全国)(?:在|于)?(?:全省|全市|全国)?[^，,。？?]{0,4}?"
                    r"第([一二三四五六七八九十]|\d{1,2})(?:名|位)?(?![次期批季届轮个项条家年号天])|(首位|榜首|头名|头把交椅)"
                    r"|(末位|垫底|倒数第[一1]|最后一名|(?<=排名|位次|名次|排位)最后)")
_PLACE_KIND = re.compile(r"城?市|县|地区")
_RANKED_AMONG = re.compile(r"(?:居|列|位列|位居|排名|排在|排)([^，,；;。！？\n]*)$")  # 居全省综保区 (第一)
_EVERY_KIND = {"开发区", "园区", "产业园", "产业园区"}  # the words naming zones of any kind
_LAST = 0  # the position 末位, 垫底: the last, whatever its number
_COMPARATIVE = re.compile(r"[最更较](?:高|低|多|少|快|慢|大|小)|几")
_AFTER = r"(?![\d.])(?![次期批季届轮个项条家年号天])"


def _position(text: str) -> int | None:
    """The position a question asks (1 for 第一, 首位; _LAST for 末位), or None when it asks none or ranks a
    figure."""
    m = _ASKED.search(text)
    from_bottom = bool(m and m.group(1) and text[max(0, m.start(1) - 3):m.start(1)].endswith("倒数第"))
    if m and from_bottom and m.group(1) in "一1" and not _COMPARATIVE.search(text):
        return _LAST  # 排名倒数第一: the last
    if not m or _COMPARATIVE.search(text) or from_bottom:
        return None  # 倒数第二 counts from the bottom: a ranking of the figures, not the position written 第2
    if m.group(3):
        return _LAST
    digit = m.group(1) or "一"
    return int(digit) if digit.isdigit() else _NUMERALS.index(digit) + 1


def _written(n: int) -> re.Pattern:
    """Where a text writes position `n`: 排名 1, 排名第1, 第1位, 列全省第一, 居首."""
    if n == _LAST:
        return re.compile(r"末位|垫底|倒数第[一1](?:位|名)?|最后一名")
    cn = _NUMERALS[n - 1] if n <= len(_NUMERALS) else str(n)
    first = "|居首|首位|榜首" if n == 1 else ""
    return re.compile(rf"(?:排名|排位|名次|位次)\s*{n}{_AFTER}|第\s*(?:{n}|{cn}){_AFTER}(?:位|名)?{first}")


def _tied(ctx: Context, chunk: dict, at: int) -> list[dict]:
    """The first fact of each place a sentence names before a position it says they share (甲经开区…23.8亿元，乙经开区
    …21.5亿元，同比均增长14.6%，增速并列全省开发区第一: 并列 in the position's clause); none unless two or more."""
    text = chunk["text"]
    if "并列" not in text[max(text.rfind(c, 0, at) for c in "，,；;。！？\n") + 1:at]:
        return []
    opens = chunk["start"] + max(text.rfind(c, 0, at) for c in "。！？\n") + 1
    if opens == chunk["start"]:  # a sentence the indexer filed clause by clause (index/owners.py): from its opening
        opens -= len(_sentence_before(ctx, chunk)) + 1
    first: dict[str, dict] = {}
    for fact in sorted((f for f in ctx.snapshot.facts if f["doc"] == chunk["doc"]
                        and opens <= f["start"] < chunk["start"] + at), key=lambda f: f["start"]):
        first.setdefault(fact["entity"], fact)
    return list(first.values()) if len(first) >= 2 else []


def _holder(ctx: Context, chunk: dict, at: int) -> dict | None:
    """The fact the position at chunk offset `at` is written of: the last one before it in its sentence."""
    text = chunk["text"]
    sentence_start = max(text.rfind(c, 0, at) for c in "。！？\n") + 1
    before = [f for f in ctx.snapshot.facts if f["chunk"] == chunk["id"]
              and sentence_start <= f["start"] - chunk["start"] < at]
    return max(before, key=lambda f: f["start"], default=None)


def _zone_holder(ctx: Context, chunk: dict, at: int) -> dict | None:
    """A position written of a zone with no figure before it in its sentence (甲经开区营业收入增速居全省第二，乙高新区…位列
    全省末位): the zone its clause names first holds it, as a fact would, quoting the clause from the zone's name."""
    text = chunk["text"]
    opens = max(text.rfind(c, 0, at) for c in "，,；;。！？\n") + 1
    zones = find_zones(text[opens:at])
    if not zones:
        return None
    name, start = zones[0][2], chunk["start"] + opens + zones[0][0]
    region = next((f["region"] for f in ctx.snapshot.facts if f.get("entity") == name and f.get("region")),
                  chunk.get("region"))  # a zone ranked in the province's part: the region its own figures are filed in
    if chunk.get("region") not in (None, region):
        return None  # a sentence filed under another place (甲…第二，乙…末位 under 甲): its citation would name 甲 for 乙
    return {"entity": name, "region": region, "doc": chunk["doc"], "period": chunk.get("period"),
            "as_of": chunk.get("as_of"), "chunk": chunk["id"], "start": start, "end": start + len(name),
            "quote_start": start, "quote_end": chunk["start"] + at}


_RANK_COLUMN = re.compile(r"排名|排位|名次|位次")


def _row_holder(chunk: dict, at: int) -> dict | None:
    """A ranking table's row (朔溪经开区 排名 1 所在市 …) with its position before any figure: the row's header
    holds it, as a fact would (its entity, region, period), quoting the row."""
    head = row_name(chunk["text"])
    if not is_table_row(chunk["text"]) or at <= len(head):
        return None
    end = chunk["start"] + len(chunk["text"].rstrip("。"))
    return {"entity": head, "region": chunk.get("region"), "doc": chunk["doc"], "period": chunk.get("period"),
            "as_of": chunk.get("as_of"), "start": chunk["start"], "end": chunk["start"] + len(head),
            "quote_start": chunk["start"], "quote_end": end}


def _ranked_by(ctx: Context, chunk: dict, fact: dict, mark: re.Match) -> str:
    """What the written position ranks: a column of its own after the last figure (… 17.05亿元 全省排名 1), with the
    table's caption (表2 重点开发区营业收入及位次: a rank column named by what it ranks only there), else the figures
    of its sentence before it (…增加值412.36亿元，同比增长8.3%，总量列全省第1)."""
    text, end = chunk["text"], fact["end"] - chunk["start"]
    own = text[end:mark.end()]
    if _RANK_COLUMN.search(own) and (is_table_row(text) or not re.search(r"[，,；;]", own)):  # not …4.6%，在全省排名第一
        return own + "\n" + (line_above_table(ctx.chunks.values(), chunk) if is_table_row(text) else "")
    opens = max(text.rfind(c, 0, mark.start()) for c in "。！？\n") + 1
    return (_sentence_before(ctx, chunk) if opens == 0 else "") + text[opens:mark.end()]


def _sentence_before(ctx: Context, chunk: dict) -> str:
    """The opening of a sentence that a chunk goes on (its clauses filed under the places they name: 进出口方面，峄桥市
    增长18.4%，居各市首位；| 泷安市下降5.2%，居末位。): the previous chunk's text after its last full stop."""
    before = [c for c in ctx.chunks.values() if c["doc"] == chunk["doc"]
              and 0 <= chunk["start"] - (c["start"] + len(c["text"])) <= 1]
    text = before[0]["text"] if before else ""
    return "" if not text or text[-1] in "。！？\n" else text[max(text.rfind(c) for c in "。！？\n") + 1:]


def _own_clause(text: str, mark: re.Match) -> str:
    """The clause a written position closes (增速居全市开发区第1位 of …同比增长10.6%，增速居…): what it ranks, when
    two sentences rank their figures alike."""
    clause = text[max(text.rfind(c, 0, mark.start()) for c in "，,；;。！？\n") + 1:mark.end()]
    for said, term in RATE_SYNONYMS.items():  # 增速居…: the question's 增速 is read as 增长
        clause = clause.replace(said, term)
    return clause


_RATE = re.compile(r"增长|增速|增幅|涨幅|比重|占比")  # a rate ranked, not the amount it is a rate of


def _among_another_kind(text: str, at: int, question: str, holder: str | None) -> bool:
    """Whether the position at `at` ranks among another kind of zone than the question asks: 增速居全省综保区第一 is no
    answer to 全省第一的开发区 (first among the 综保区 only), nor a 高新区 居全省开发区首位 to 全省第一的综保区."""
    among = _RANKED_AMONG.search(text, 0, at)
    kinds = _kinds(among.group(1)) if among else set()
    asked = _kinds(question)
    return bool(kinds - asked) or bool(asked and not asked & _kinds(holder or ""))


def _kinds(text: str) -> set[str]:
    """The kinds of zone a text names, short (综保区 for 综合保税区), but none for a word naming every kind."""
    return {SHORT_KIND.get(m.group(), m.group()) for m in ZONE_WORD.finditer(text)} - _EVERY_KIND


def compose(ctx: Context) -> Composed | None:
    n = _position(ctx.question.text)
    return None if n is None else _written_at(ctx, n) or (listed_top.at_position(ctx, n) if n != _LAST else None)


_MOST = re.compile(r"最(?:高|多|大|快)")


def top_written(ctx: Context) -> Composed | None:
    """最多 asked where the bulletins give no figures to rank (one place's figure only): the place they write first
    (新签约亿元以上项目15个，居全市首位)."""
    return _written_at(ctx, 1) if _MOST.search(ctx.question.text) and _position(ctx.question.text) is None else None


# the fastest growth asked (增速最快, 增长最快, 增幅最大): a place whose growth its bulletin writes in words (增长两成) has
# no figure to rank, and the bulletin's own 增速居全省首位 says who is first
_FASTEST = re.compile(r"(?:增速|增幅|增长)(?:最快|最高|最大)")


def fastest_written(ctx: Context) -> Composed | None:
    """增速最快的开发区 where a sentence writes a place's growth first (增速居全省首位), in the clause the position closes,
    and no rate of it is written to rank (增长两成): that place, before any ranking of the rates written as numbers; a
    place with its rate written (a table's 17.2%) is left to that ranking, which shows the rate."""
    composed = _written_at(ctx, 1, own_clause=True) if _FASTEST.search(ctx.question.text) else None
    rated = composed and any(r.fact.get("unit") == "%" for r in place_rows(ctx, composed.short))
    return None if rated else composed


def _of_place_asked(ctx: Context, fact: dict) -> bool:
    """Whether a position is written of the place the question asks (甲市两个开发区里排全市第二的: 甲's, not 乙高新区
    居全市第2位; 甲县哪个园区最多 in an issue leaving 甲县 out: none); a tie asked (和乙并列的) may be of another place."""
    return not ctx.question.region or bool(TIED_ASKED.search(ctx.question.text)) \
        or fact.get("region") == ctx.question.region


def _written_at(ctx: Context, n: int, own_clause: bool = False) -> Composed | None:
    weights, zones = question_weights(ctx), asks_across_zones(ctx.question.text)
    asked = _ASKED.search(ctx.question.text)  # 排全省第一: what the position is, written 首位 as well; not what is ranked
    weights = {b: w for b, w in weights.items() if not (asked and b in asked.group())}
    kind_named = zones or _PLACE_KIND.search(ctx.question.text)  # 谁排第一 names no kind: a zone or a city
    found = []
    for chunk in ctx.chunks.values():
        for mark in _written(n).finditer(chunk["text"]):
            fact = _holder(ctx, chunk, mark.start())
            row = None if fact else _row_holder(chunk, mark.start())
            bare = None if fact or row else _zone_holder(ctx, chunk, mark.start())
            fact = fact or row or bare
            if not fact or not in_period(ctx, fact, ctx.question.period) or (ctx.doc and fact["doc"] != ctx.doc) \
                    or (kind_named and zones != is_zone_fact(fact)) or not _of_place_asked(ctx, fact) \
                    or _among_another_kind(chunk["text"], mark.start(), ctx.question.text, fact.get("entity")):
                continue  # another period or bulletin; a city where zones are asked, or a zone where cities are
            ranked_by = line_above_table(ctx.chunks.values(), chunk) + chunk["text"] if row else _ranked_by(ctx, chunk, fact, mark)
            score = coverage(ranked_by, weights) if weights else 1.0
            own = coverage(_own_clause(chunk["text"], mark), weights) if weights else 1.0
            if bare and _RATE.search(_own_clause(chunk["text"], mark)) and not _RATE.search(ctx.question.text):
                continue  # 营业收入增速居全省末位 is no answer to 营业收入倒数第一: the position ranks the rate
            if score >= MIN_MATCH and (own or not own_clause):  # 增速居…首位, not 同比增长9.2%，稳居全省第一 (its size)
                # a position a figure or a table row backs before one said bare (甲…居全省末位, 存在问题 of a later issue)
                found.append((not bare, score, own, fact.get("as_of") or 0, chunk, fact, mark.end()))
    if not found:
        return None
    _, _, _, _, chunk, fact, end = max(found, key=lambda x: x[:4])
    period = shown_period(ctx, fact)
    tied = _tied(ctx, chunk, end)
    if tied:  # 甲、乙…均增长14.6%，增速并列全省第一: every place sharing the position is the answer
        return _shared(ctx, chunk, end, period, tied)
    start = fact.get("quote_start", fact["start"]) - chunk["start"]
    ev = Evidence(chunk, start, max(end, fact.get("quote_end", fact["end"]) - chunk["start"]), period)
    named = re.search(re.escape(fact["entity"]) + "(?:市|县)?", ev.quote)  # 泷安市 as the quote writes it
    name = named.group() if named else fact["entity"]
    # a zone's entry whose lead (泓浦综保区：) the quote leaves out: the line naming it is cited for the name answered
    line = None if named else place_evidence(chunk, ctx.chunks, name=name)
    cited = [ev, line] if line and zone_key(fact["entity"]) in zone_key(line.quote) else [ev]
    mark = "[2]" if len(cited) == 2 else ""
    return Composed(ctx.kind, f"{name}{mark}：{ev.quote}[1]" + (f"（{period}）" if period else ""), cited, short=name)


def _shared(ctx: Context, chunk: dict, end: int, period: str | None, tied: list[dict]) -> Composed:
    """The places sharing a position, each chunk of the sentence cited from its first tied place's name on (the
    indexer files a sentence's clauses under the places they name), the position's own up to it."""
    holders = list(dict.fromkeys([*(f["chunk"] for f in tied), chunk["id"]]))
    evidence = []
    for holder in holders:
        held, first = ctx.chunks[holder], next((f for f in tied if f["chunk"] == holder), None)
        at = first["start"] - held["start"] if first else 0
        start = max(held["text"].rfind(first["entity"], 0, at), 0) if first else 0  # from the place it names
        evidence.append(Evidence(held, start, end if holder == chunk["id"] else len(held["text"].rstrip("，,；; ")),
                                 period))
    name = "、".join(f["entity"] for f in tied)
    quotes = "".join(f"{ev.quote}[{k}]" for k, ev in enumerate(evidence, 1))
    return Composed(ctx.kind, f"{name}：{quotes}" + (f"（{period}）" if period else ""), evidence, short=name)
