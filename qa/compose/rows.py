"""The fact rows (snapshot.facts, extracted at index time) a figure question asks for, per entity.

A row matches by what it counts: the question's terms (places and kind words aside) against its
indicator, and, less, against its sentence (签约 stands in the sentence of 共涉及投资额126.6亿元).
A figure of the unit asked (多少个, 增速 -> %) beats any other.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from index.aims import AIMED, RANK
from index.figures import COMMA
from index.periods import Period, parse_period, year_after
from qa.answer import coverage
from qa.compose.base import Composed, Context, Evidence
from qa.compose.bounded import exact_over_bounds
from qa.compose.question_terms import question_weights
from qa.compose.fact_text import sentence_of, text_around
from qa.compose.row_cells import RELATIVE as _RELATIVE
from qa.compose.entities import same_zone
from qa.abbreviations import read_in_full, read_short
from qa.elided_indicator import elided_indicator
from qa.figure_roles import share_of_target
from qa.part_indicator import written_part
from qa.asked import RUNNING_TOTAL, SHARE
from qa.places import zone_key
from qa.plans import PLAN
from qa.quoted_name import quoted_name

MIN_MATCH = 0.5          # under this share of the question's terms, a row does not count what is asked
# what a figure counts: its indicator, its own clause (为32个项目提供了领办代办服务), its sentence
WEIGHTS = (0.4, 0.4, 0.2)
_CLAUSE_MARK = re.compile(rf"[，；;：:]|{COMMA}")  # not the thousands separator of 18,642.7
_GROWTH = re.compile(r"增速|增幅|增长|同比|涨幅")
# one rate of change written several ways (增速 a table's header, 同比下降4.6% a sentence's, a bare 同比 column under
# 营业收入): read as the 增长 a question's 增速 asks (the sign stays the indicator's: `compare.measured`)
_AS_GROWTH = re.compile(r"增速|增幅|涨幅|(?<=同比)下降|(?<=同比)(?![增下降减上提回均])")
# one indicator written with 总 inside or without (进出口总额 in a table, 进出口额 on a slide; 营业总收入): a row
# writing the total is also read without it, so a question in the shorter words finds it
_TOTAL_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff])总(?=额|收入|产值)")
@dataclass
class Row:
    fact: dict
    score: float
    unit_ok: bool
    period: str | None      # as shown: 2024年一季度, or 2023年以来，截至2024年一季度


def _weights(ctx: Context) -> dict[str, float]:
    """Bigram weights of what the question asks to be counted (not its places, zones or kind words)."""
    if "row_weights" not in ctx.extra:  # once per question, not per entity
        ctx.extra["row_weights"] = question_weights(ctx)
    return ctx.extra["row_weights"]


def _of_another_name(ctx: Context, fact: dict) -> bool:
    """Whether the fact's figure is written with a quoted name other than the one the question asks."""
    chunk = ctx.chunks.get(fact["chunk"])
    if not ctx.question.quoted or not chunk:
        return False
    text, at = chunk["text"], fact["start"] - chunk["start"]
    begin = max(text.rfind(c, 0, at) for c in "。！？\n") + 1
    return quoted_name(text, begin, at, fact["end"] - chunk["start"], ctx.question.quoted) is False


_CROSSED = re.compile(r"突破|超过|跨越|迈上|站上|跨上")


def _milestone(fact: dict) -> bool:
    """A round figure a place crossed, written in words after the amount itself (协议投资额1046.3亿元，…突破千亿元;
    营业收入1457.7亿元，…首次突破一千四百亿元): no amount of its own."""
    quote, unit = fact.get("quote") or "", fact.get("unit") or ""
    before = quote[:fact["start"] - fact.get("quote_start", fact["start"])]
    return bool(unit) and not re.search(r"\d", fact.get("figure") or "") and bool(re.search(f"(?:{_CROSSED.pattern})$", before)) \
        and bool(re.search(r"\d" + re.escape(unit), before))


def shown_period(ctx: Context, fact: dict) -> str | None:
    doc_period = ctx.snapshot.manifest.get(fact["doc"], {}).get("period")
    period = fact.get("period") or doc_period
    return f"{period}，截至{doc_period}" if period and period.endswith("以来") and doc_period else period


def named_quote(ctx: Context, name: str, chunk: dict, start: int, end: int) -> Composed:
    """The thing named (a project, a place), then the quote naming it, cited with its period; the name is the short."""
    period = shown_period(ctx, chunk)
    ev = Evidence(chunk, start, end, period)
    return Composed(ctx.kind, f"{name}：{ev.quote}[1]" + (f"（{period}）" if period else ""), [ev], short=name)


def in_period(ctx: Context, fact: dict, asked: Period | None) -> bool:
    """Whether the fact's period, or its bulletin's, is `asked` (None: any); a figure of a part of its bulletin's
    months (4月当月 in a 1-4月 issue) or of a later year (a target) only by its own."""
    if asked is None:
        return True
    own, whole = parse_period(fact.get("period")), parse_period(ctx.snapshot.manifest.get(fact["doc"], {}).get("period"))
    if own and whole and not own.since and (own.year in (None, whole.year) and whole.start <= own.start and own.end
                                            <= whole.end and (own.start, own.end) != (whole.start, whole.end)
                                            or year_after(own, whole)):
        return asked.matches(own)
    return any(p and asked.matches(p) for p in (own, whole))


def _kind_fits(ctx: Context, fact: dict, texts: tuple[str, str, str]) -> bool:
    """Whether the fact is the kind of figure asked (`texts`: its indicator, clause and sentence): a share
    when one is asked (占全市比重), none when a growth is (增速: not 占全市32%) nor when the indicator itself is
    (营业收入 asked: not 前三的开发区营业收入占全省的54.5%, a share of it), no target (确保全年增长15%以上) unless plans
    are asked, no rank (居全省第3位) unless a position is."""
    part, asked = (ctx.question.parts or [None])[0], ctx.question.text
    share = bool(part and part.share)
    if share and not SHARE.search(texts[0] + texts[1]):
        return False
    if not share and (_GROWTH.search(asked) and SHARE.search(texts[1]) or SHARE.search(fact.get("indicator") or "")
                      and (fact.get("unit") or "").endswith("%")):
        return False
    chunk = ctx.chunks.get(fact["chunk"]) or {"text": "", "start": fact["start"]}  # 完成年度目标的多少: the share met
    if part and part.of_target and not share_of_target(chunk["text"], 0, fact["start"] - chunk["start"]):
        return False  # (完成年度目标的83.2%), not a growth (同比增长6.3%) of an issue that writes no target
    if fact.get("stance") == RANK and not (part and part.unit in ("位", "名")):
        return False
    return bool(PLAN.search(asked)) or fact.get("stance") != AIMED


def matching_rows(ctx: Context, entity: str, period_filter: bool = True, weights: dict | None = None) -> list[Row]:
    """Rows about `entity` that count what the question asks (`weights`: of its terms, by default
    `question_weights`), best first."""
    weights = weights if weights is not None else _weights(ctx)
    if not weights:
        return []
    part = ctx.question.parts[0] if ctx.question.parts else None
    unit = part.unit if part else None
    rows = []
    for fact in ctx.snapshot.facts_by_entity.get(entity, []):
        if (ctx.doc and fact["doc"] != ctx.doc) \
                or (period_filter and not in_period(ctx, fact, ctx.question.period)) \
                or (part and part.strict_unit and unit not in (fact.get("unit") or "")):
            continue  # another place, bulletin or period; or a count where a rate (开工率) is asked
        if _of_another_name(ctx, fact):
            continue  # written with a sibling's name (“开工一批”…总投资 asked of “签约一批”)
        if _milestone(fact) and not _CROSSED.search(ctx.question.text):
            continue  # 突破千亿元 after 协议投资额1046.3亿元: the amount is the figure before
        if part and _another_part(ctx, fact, part):
            continue  # 跨境电商进出口额 asked 进出口总额: a part's figure is no point of the whole's
        caption = (ctx.chunks.get(fact["chunk"]) or {}).get("caption") or ""  # what a table's rows count (本期 | 上年同期)
        elided = elided_indicator(ctx, fact)  # 乙经开区521.6亿元: the chain's; …达到2046.5亿元，同比增长9.2%: the amount's
        caption += elided
        texts = tuple(read_in_full(read_short(_without_total(_AS_GROWTH.sub("增长", t)), ctx.question.terms, ctx.corpus),
                                   ctx.question.text, ctx.corpus) for t in (
            elided or fact.get("indicator"), caption + text_around(ctx, fact, "，,；;。！？\n", relative=True),
            caption + sentence_of(ctx, fact)))
        if not _kind_fits(ctx, fact, texts):
            continue
        score = sum(w * coverage(t, weights) for w, t in zip(WEIGHTS, texts))
        if score >= MIN_MATCH:
            unit_ok = bool(unit) and unit in (fact.get("unit") or "")
            rows.append(Row(fact, round(score, 4), unit_ok, shown_period(ctx, fact)))
    rows = exact_over_bounds(sorted(_stated_last(rows), key=lambda r: (r.unit_ok, r.score), reverse=True))
    # 累计 asked: the total so far (累计达到127个), not what was added (新建9个); of what is asked, not of the
    # total of something else in its sentence (入驻企业数量: not 专精特新企业累计达到125家)
    totals = [r for r in rows if RUNNING_TOTAL.search(r.fact.get("indicator") or "")
              and (r.unit_ok, r.score) >= (rows[0].unit_ok, rows[0].score * 0.9)]
    if part and part.running_total and totals:
        rows = totals
    return rows


def _another_part(ctx: Context, fact: dict, part) -> bool:
    """Whether the fact's indicator is a part of the indicator asked (4月跨境电商进出口额 asked 进出口总额), read as the
    figure composer reads the words before a figure (`qa/part_indicator.py`); the row's own indicator, not its
    sentence, whose earlier columns name other indicators (营业收入 … 税收收入 4.61亿元)."""
    return part.whole_written and written_part(fact.get("indicator") or "", part.focus, part.said)


def _without_total(text: str) -> str:
    """The text, and again without the 总 inside its indicators (进出口总额 → 进出口额) when it writes one."""
    short = _TOTAL_INSIDE.sub("", text)
    return text if short == text else f"{text}\n{short}"


def _stated_last(rows: list[Row]) -> list[Row]:
    """A figure its passage writes twice, the second time in full: a digest's headline (菡城化工园区一季度营业收入同比
    下降1.6%) before its body (…实现营业收入82.4亿元，同比下降1.6%). The later statement answers, with what it changes
    from; the headline repeats it without."""
    def key(row: Row) -> tuple:
        return row.fact["chunk"], row.fact.get("indicator"), row.fact.get("figure")
    last: dict[tuple, Row] = {}
    for row in rows:
        if key(row) not in last or row.fact["start"] > last[key(row)].fact["start"]:
            last[key(row)] = row
    return [row for row in rows if last[key(row)] is row]


def same_zone_rows(ctx: Context, name: str, period_filter: bool = True, weights: dict | None = None) -> list[Row]:
    """Rows about the zone `name` written otherwise (赭岭高新区 = 赭岭高新技术产业开发区 = 赭岭县高新区), best first."""
    return sorted((r for entity in ctx.snapshot.facts_by_entity if entity and entity != name and same_zone(ctx, entity, name)
                   for r in matching_rows(ctx, entity, period_filter, weights)),
                  key=lambda r: (r.unit_ok, r.score), reverse=True)


def place_rows(ctx: Context, name: str) -> list[Row]:
    """Rows about `name`, or about the same zone written in full (赭岭高新区 = 赭岭高新技术产业开发区); for a city
    with none of its own, those of the one zone of it that has some (a city reported through its zone's entry:
    栖凤 by 栖凤经开区). A zone's rows under either name are weighed together: a later bulletin may write it otherwise
    (菱渡县经济技术开发区 in one issue's prose, 菱渡经开区 in the next one's table)."""
    rows = exact_over_bounds(sorted(matching_rows(ctx, name) + same_zone_rows(ctx, name),
                                    key=lambda r: (r.unit_ok, r.score), reverse=True))
    if rows or name not in ctx.corpus.regions:
        return rows or _of_only_park(ctx, name)
    zones = sorted({f["entity"] for f in ctx.snapshot.facts  # a clause of the whole (全省…) in a zone's passage: no entity
                    if f.get("region") == name and f.get("entity") and f["entity"] != name})
    found = {zone: rows for zone in zones for rows in [matching_rows(ctx, zone)] if rows}
    if len({zone_key(zone) for zone in found}) != 1:  # one zone, though written short and in full
        return []
    return sorted((r for rows in found.values() for r in rows), key=lambda r: (r.unit_ok, r.score), reverse=True)


# a sentence about the park itself, unnamed (园区主导产业为…，现有高新技术企业41家): its region's one park's
_PARK_ITSELF = re.compile(r"^[\W\d]*(?:该?园区|该?开发区|该区|园内)")


def _of_only_park(ctx: Context, name: str) -> list[Row]:
    """Rows of a park its region reports with no name, when it is the one park its region's tables list (蓼城集中区,
    asked, in 蓼城县's 园区…现有高新技术企业41家); none for a park among several."""
    region = ctx.corpus.parts.get(name)
    if not region or list(ctx.corpus.parts.values()).count(region) != 1:
        return []
    return [row for row in matching_rows(ctx, region) if _PARK_ITSELF.match(row.fact.get("quote") or "")]


def newest_best(rows: list[Row]) -> Row | None:
    """The best row, from the newest bulletin among the rows nearly as good."""
    if not rows:
        return None
    top = [r for r in rows if (r.unit_ok, r.score) >= (rows[0].unit_ok, rows[0].score * 0.9)]
    return max(top, key=lambda r: (r.fact.get("as_of") or 0, r.score))


def evidence(ctx: Context, row: Row) -> Evidence:
    """The figure's clause as cited evidence (offsets inside its chunk), with the clause before it when
    the figure is relative to that one (…完成9.85亿元,同比增长2.2%); a table row whole, header included."""
    fact, chunk = row.fact, ctx.chunks[row.fact["chunk"]]
    text, lo = chunk["text"], fact.get("quote_start", fact["start"]) - chunk["start"]
    hi = fact.get("quote_end", fact["end"]) - chunk["start"]
    at, end = fact["start"] - chunk["start"], fact["end"] - chunk["start"]
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, lo, at)]
    start = marks[-1] if marks else lo
    if _RELATIVE.match(text, start) and marks:
        start = marks[-2] if len(marks) > 1 else lo
    stop = _CLAUSE_MARK.search(text, end, hi)
    return Evidence(chunk, start, stop.start() if stop else hi, row.period, row.score)


def table_row(row: Row, n: int) -> dict:
    fact = row.fact
    return {"entity": fact.get("entity"), "region": fact.get("region"), "indicator": fact.get("indicator"),
            "value": fact.get("figure"), "unit": fact.get("unit"), "period": row.period, "n": n}
