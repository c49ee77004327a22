"""compare: the places (or zones) ranked by the figure asked, the winner in `short`; every compared
figure is stated with its period, and the answer says so when the periods differ."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from index.figures import split_figure, unit_magnitude
from index.owners import is_table_row
from index.periods import compares_with_period, find_periods, parse_period
from index.zones import is_zone, peer_zone
from qa.compose import each, trend
from qa.compose.base import Composed, Context, Evidence
from qa.compose.compared import ASKS_PERIODS, compared
from qa.compose.entities import (compared_places, of_kind_asked, one_name_per_zone, region_zones, standing_zone,
                                 zone_entities)
from qa.compose.position_asked import TIE_ASKED, position_asked, top_asked, top_count
from qa.compose.rows import Row, evidence, newest_best, place_rows, table_row
from qa.compose.row_cells import shown_cells
from qa.issues import TABLE_NAMED
from qa.asked import FALL_SIZE
from qa.asking_words import FALL_ASKED, RISE_ASKED

# 谁的少, 最慢, 从低到高, 倒数; not the 少 of 多少, the 差 of 相差/差距/差多少 nor the 低 of 从高到低
_LOWEST = re.compile(r"最(?:低|少|慢|小|弱|差)|[从由](?:低|小|少)[到至]|(?<![到至])(?:低|慢|小|弱)"
                     r"|(?<![多相到至])(?:少|差)(?!距|了?多少|了?几)|靠后|落后|殿后|倒数|最后|末位|垫底"
                     r"|后[两二三四五六七八九十][名位]?(?:的|是|有|分别)|后[两二三四五六七八九十][名位](?=[？?。呢]|$)|" + FALL_ASKED)

_FALL_SIZE = re.compile(FALL_SIZE)
# the kind of zone asked which of (澄陵和岷阳哪个开发区增长更快), or the zones counted before who is asked (两个开发区…谁
# 增长快): the winner's zone answers, not its city
_ZONE_KIND = r"(?:开发区|园区|经开区|高新区|综保区)"
_ZONE_ASKED = re.compile(rf"哪(?:一?个|一?家)?{_ZONE_KIND}|[两二俩几三四五]个?{_ZONE_KIND}[^，,。？?]*?(?:谁|哪个|哪一个|哪家)")
# 谁高谁低, 孰多孰少, 强弱如何, 比乙多还是少, 领先/落后乙多少 (the gap): both ends asked, ranked from the top
_BOTH_ENDS = re.compile(r"(?:谁|哪个?|孰)更?[高多大快](?:谁|哪个?|孰)更?[低少小慢]|高低|强弱|快慢"
                        r"|[多高快大少低慢小]还是[多高快大少低慢小]|(?:领先|落后)[^，,。？?]{1,12}?(?:多少|几)")


def lowest_first(text: str) -> bool:
    """Whether the ranking is read from the lowest: 最低, 倒数, 下降的; the largest fall (降幅最大, 下降最多) is the
    lowest change, the smallest fall (降幅最小) the highest."""
    fall = _FALL_SIZE.search(text)
    if fall:
        return not re.match(r"[^，,。？?]{0,4}?最(?:小|少|低|慢)", text[fall.end():])
    return bool(_LOWEST.search(text)) and not _BOTH_ENDS.search(text)


_FELL_BY = re.compile(r"(?:下降|减少|回落|下滑|降低)$")  # 同比下降1.2%: a change of -1.2%


def _signed(fact: dict) -> float:
    """The number as a change reads it: 同比下降1.2% is -1.2 (同比增长 -3.2% is -3.2 already)."""
    return -fact["number"] if _FELL_BY.search(fact.get("indicator") or "") else fact["number"]


# a score is written 88.40分 in a sentence and 88.40 under a table's 综合得分 column: one measure
_UNWRITTEN = {"分"}


def measured(fact: dict) -> tuple[str | None, float]:
    """(the unit without its magnitude, the signed number in that unit): 2.08亿美元 → (美元, 208000000)."""
    unit, magnitude = unit_magnitude(fact.get("unit") or "")
    return (None if unit in _UNWRITTEN else unit or None), _signed(fact) * magnitude


_FALL, _RISE = re.compile(FALL_ASKED), re.compile(RISE_ASKED)
_CHANGE = re.compile(r"增长|增速|增幅|同比|环比|下降|减少")


def _sign_asked(ctx: Context) -> int:
    """-1: which fell (哪家下降了, 下降的是哪个); 1: which grew (哪些市是正增长); 0: neither, or which fell most
    (下降最多 ranks the figures as asked)."""
    text = ctx.question.text
    if re.search(r"最|排|第", text):
        return 0
    return -1 if _FALL.search(text) else 1 if _RISE.search(text) else 0


def _changes(ctx: Context, rows: list) -> list:
    """For a fall or rise asked, a place's rows of a change (同比增长 -3.2%, 同比下降1.2%): its amount is no change."""
    return [row for row in rows if _CHANGE.search(row.fact.get("indicator") or "")] if _sign_asked(ctx) else rows


def _fallen(ctx: Context, rows: list) -> list:
    """The rows compared; for a fall (rise) asked, those that fell (grew): 哪个市…是负增长 ranks no city that grew."""
    sign = _sign_asked(ctx)
    return [(name, row) for name, row in rows if _signed(row.fact) * sign > 0] if sign else rows




def _tabled(ctx: Context, rows: list) -> list:
    """A place's rows; of a table's rows only, when the question names a table (表1所列, 附表里: its rows are what is
    compared, not the prose about the same places) and the place has some."""
    if not TABLE_NAMED.search(ctx.question.text):
        return rows
    return [row for row in rows if is_table_row(row.fact.get("quote") or "")] or rows


def _table_entities(ctx: Context) -> list[str]:
    """The zones the tables list (of the question's region, when it names one)."""
    scope = ctx.question.region
    return of_kind_asked(ctx.question.text, one_name_per_zone(
        [f["entity"] for f in ctx.snapshot.facts if peer_zone(f, scope)
         and is_table_row(f.get("quote") or "") and (scope is None or f.get("region") == scope)], scope))


def _as_quoted(name: str, row, quote: str, question: str) -> str:
    """A zone the question does not name, as its cited quote writes it (a table row's 岚溪综保区, not the prose's
    岚溪综合保税区), and a city with the suffix its quote writes (桉平市), so that staff can quote the name beside its
    figure; one it names, as it names it."""
    if name in question:
        return name
    written = row.fact.get("entity") or ""
    if written and name not in quote and written in quote:
        return written
    suffixed = re.search(re.escape(name) + "[市县]", quote)
    return suffixed.group() if suffixed else name


def _naming(ev: Evidence, name: str, fact: dict) -> Evidence:
    """The evidence from where its sentence names the place ranked, when its clause does not (湛屿市：湛屿高新区新签约
    项目70个，协议投资额346.7亿元…: not 协议投资额346.7亿元 alone), so that the quote shows whose figure it is; not
    across another period named (4月当月…121.6亿元；1-4月累计…463.3亿元: that month's figure is not the one ranked)."""
    text = ev.chunk["text"]
    if any(n and n in ev.quote for n in (name, fact.get("entity"), fact.get("region"))):
        return ev
    opens = max(text.rfind(mark, 0, ev.start) for mark in "。！？\n") + 1
    at = [a for n in (name, fact.get("entity"), fact.get("region")) if n for a in [text.rfind(n, opens, ev.start)] if a >= 0]
    own = parse_period(fact.get("period"))
    between = find_periods(text[min(at):ev.start]) if at else []
    return replace(ev, start=min(at)) if at and all(own and own.matches(p) for p in between) else ev


def _best(ctx: Context, names: list[str]) -> dict:
    rows, asked = {}, {p.name for p in ctx.places if p.known}
    for name in names:
        rows[name] = _changes(ctx, _tabled(ctx, place_rows(ctx, name)))
        zones = {} if rows[name] or name not in asked else {
            zone: found for zone in region_zones(ctx, name)
            for found in [_changes(ctx, _tabled(ctx, place_rows(ctx, zone)))] if found}
        # a region named, of several zones and no figure of its own: its zones, each by its name (not when regions
        # are ranked as a set: 三个市…谁最高 ranks no zone among cities)
        if len(zones) >= 2:
            del rows[name]
            rows.update(zones)
            ctx.extra.setdefault("by_zones", []).append(name)
    return _alike(rows, {name: newest_best(found) for name, found in rows.items()})


def _alike(rows: dict[str, list[Row]], best: dict[str, Row | None]) -> dict[str, Row | None]:
    """The best rows, a place's figure quoted as most of the others are (a sentence, or a table row) where it writes
    the same figure so too: 柘山 by its zone's 同比下降4.6% among cities' sentences, not its table row's -4.6."""
    tabled = Counter(is_table_row(row.fact.get("quote") or "") for row in best.values() if row)
    if len(tabled) < 2 or tabled[True] == tabled[False]:
        return best
    most = tabled[True] > tabled[False]
    for name, row in best.items():
        if row and is_table_row(row.fact.get("quote") or "") != most:
            same = [r for r in rows[name] if is_table_row(r.fact.get("quote") or "") == most
                    and measured(r.fact) == measured(row.fact)]
            best[name] = same[0] if same else row
    return best


# a position in the whole province or city (排全省第几): only the one a bulletin writes (`positions.written_position`, tried
# first); the places it reports may be some of those ranked, so no position is computed from their figures
_WHOLE_RANK = re.compile(r"(?:全省|全国|全市)[^，,。？?]{0,6}第几")
_RANK_COLUMN = re.compile(r"排名|排位|位次|名次")
# a position in the whole asked (全省排第一的): where the rows compared are of a table with a column of those positions,
# the table may list some of the places ranked, so the first of its figures need not be the first of the whole
_WHOLE_POSITION = re.compile(r"(?:全省|全国|全市)[^，,。？?]{0,6}(?:第[一二三四五六七八九十\d]|首位|居首|榜首|头名|冠军)")
_RANK_WRITTEN = re.compile(r"(?:排名|排位|位次|名次)\s*(\d{1,3})(?![\d.%])")


def _ranked_otherwise(text: str, row, position: int) -> bool:
    """Whether the row at `position` of the figures ranked writes the whole's rank of its place as another (全省排名 2
    of the first figure listed: the table lists some of those ranked)."""
    written = _RANK_WRITTEN.search(row.fact.get("quote") or "")
    return bool(_WHOLE_POSITION.search(text) and written and int(written.group(1)) != position)


_CITIES_ASKED = re.compile(r"[哪各每][一个些几座]*城?市")


def _zones_stand_in(best: dict[str, Row | None], text: str) -> bool:
    """谁最多 over a table of zones, several to a city: the cities' rows found are single zones' and some cities have
    none (the figure is the zones'), so the zones are ranked, unless cities are asked (哪个市)."""
    found = [row for row in best.values() if row]
    return bool(found) and len(found) < len(best) and not _CITIES_ASKED.search(text) \
        and all(is_zone(row.fact.get("entity") or "") for row in found)


def ranked(ctx: Context) -> tuple[list[tuple[str, Row]], dict[str, Row | None]]:
    """(the places with their rows, of one unit, ranked best first (lowest first when asked so); every place
    compared with its row or None), or no rows when there is nothing to rank."""
    named = compared(ctx)
    tabled = TABLE_NAMED.search(ctx.question.text) and sum(p.known for p in compared_places(ctx)) < 2
    best = _best(ctx, (_table_entities(ctx) if tabled else []) or named)
    if not ctx.places and (sum(bool(row) for row in best.values()) < 2 or _zones_stand_in(best, ctx.question.text)):
        best = _best(ctx, zone_entities(ctx))  # 谁垫底, named no place: the zones a table ranks, when places have none
    elif sum(bool(row) for row in best.values()) < 2 and (every := compared(ctx, every_city=True)) != named:
        best = _best(ctx, every)  # a zone the only one of its city to report the figure: among every city's zones
    once = {row.fact.get("id"): name for name, row in reversed(best.items()) if row}  # one fact found by two names: once
    rows = _fallen(ctx, [(name, row) for name, row in best.items() if row and once[row.fact.get("id")] == name])
    if _WHOLE_RANK.search(ctx.question.text) and sum(p.known for p in compared_places(ctx)) < 2 \
            and not all(_RANK_COLUMN.search(row.fact.get("indicator") or "") for _, row in rows):
        return [], best  # 排全省第几 of one place: the ranks a table writes, never one computed from figures
    fall_size = bool(_FALL_SIZE.search(ctx.question.text))
    if fall_size:  # 降幅最小: among those that fell (the one that fell, when one did)
        rows = [(name, row) for name, row in rows if _signed(row.fact) < 0]
    unit = Counter(measured(row.fact)[0] for _, row in rows).most_common(1)[0][0] if rows else None
    rows = [(name, row) for name, row in rows if measured(row.fact)[0] == unit]  # only like with like
    if len(rows) < (1 if fall_size or _sign_asked(ctx) else 2):
        return [], best
    rows.sort(key=lambda pair: measured(pair[1].fact)[1], reverse=not lowest_first(ctx.question.text))
    return rows, best


def compose(ctx: Context) -> Composed | None:
    rows, best = ranked(ctx)
    if not rows:
        return None
    lowest, fall_size = lowest_first(ctx.question.text), bool(_FALL_SIZE.search(ctx.question.text))
    position = position_asked(ctx.question.text)
    if position > len(rows):
        return None
    top_n = top_count(ctx.question.text, rows)
    if top_n >= position:  # 前五的开发区: those five, not the rest of the ranking
        rows = rows[:top_n]
    cited = [_naming(evidence(ctx, row), name, row.fact) for name, row in rows]
    stand_ins = [f"{name}的数字是{zone}的，不是{name}各开发区的合计" for name, row in rows
                 for zone in [standing_zone(ctx, name, row.fact)] if zone]
    rows = [(_as_quoted(name, row, ev.quote, ctx.question.text), row) for (name, row), ev in zip(rows, cited)]
    winner, top = rows[position - 1]
    if _ranked_otherwise(ctx.question.text, top, position):
        return None
    tied = [k for k, (_, row) in enumerate(rows) if measured(row.fact) == measured(top.fact)]
    position = tied[0] + 1  # those sharing the figure at the position asked share it: 甲、乙并列最高
    if TIE_ASKED.search(ctx.question.text):  # 并列第二的是哪两个: only those, when two or more share it
        if len(tied) < 2:
            return None
        rows, cited, tied = [rows[k] for k in tied], [cited[k] for k in tied], list(range(len(tied)))
    winner = "、".join(rows[k][0] for k in tied)
    said = (('降幅最大' if lowest else '降幅最小') if fall_size else
            '最低' if lowest else '最高') if position == 1 else f"排{'倒数' if lowest else ''}第{position}"
    said = f"并列{said.lstrip('排')}" if len(tied) >= 2 else said
    sign = _sign_asked(ctx)  # 负增长的有哪些: those that fell, named first
    signed = f"{'下降' if sign < 0 else '增长'}的有：{'、'.join(name for name, _ in rows)}。\n" if sign else ""
    figure = ("下降" if _FELL_BY.search(top.fact.get("indicator") or "") else "") + top.fact["figure"]  # 同比下降4.6%
    lines = [f"{signed}{top_asked(ctx.question.text, rows)}{winner}{said}（{figure}）："]
    lines += [f"{k}. {name}：{shown_cells(ev, row.fact, ctx.question.text)}[{k}]" + (f"（{row.period}）" if row.period else "")
              for k, ((name, row), ev) in enumerate(zip(rows, cited), 1)]
    missing = [name for name, row in best.items() if not row]
    if missing:  # a ranking of some is no ranking of all: say whose figure no bulletin gives
        lines.append(f"公报中没有找到{'、'.join(missing)}的这项数字。")
    if stand_ins:  # one zone's figure of a region of several: no total of the region
        lines.append(f"注意：{'；'.join(stand_ins)}。")
    by_zones = list(dict.fromkeys(ctx.extra.get("by_zones", [])))
    if by_zones:
        lines.append(f"公报没有给出{'、'.join(by_zones)}的合计，按其各开发区列出。")
    periods = list(dict.fromkeys(row.period for _, row in rows))
    if len(periods) > 1:
        lines.append(f"注意：这些数字的时期不同（{'；'.join(p or '时期不明' for p in periods)}），比较仅供参考。")
    zone = top.fact.get("entity") or ""
    short = zone if _ZONE_ASKED.search(ctx.question.text) and zone != winner and is_zone(zone) and len(tied) == 1 \
        and zone in cited[tied[0]].chunk["text"] else winner
    return Composed("compare", "\n".join(lines), cited, short=short,
                    table=[table_row(row, k) for k, (_, row) in enumerate(rows, 1)])


def over_periods(ctx: Context) -> Composed | None:
    """哪期最多, 一季度和上半年相比: the figures per period (those named, else every issue's) with the
    highest (lowest) stated first and, its period, in `short`."""
    text = ctx.question.text
    # 比前三季度多了多少: the period named against the issues' others, when one figure each is all there is
    over_issues = ASKS_PERIODS.search(text) or len(find_periods(text)) >= 2 or compares_with_period(text)
    composed = each.compose(ctx)
    if not over_issues and composed and _WHOLE_POSITION.search(text) \
            and any(_RANK_WRITTEN.search(ev.quote) for ev in composed.evidence):
        return None  # 全省排第一的 where the rows write the whole's ranks and none that one (`ranked` looked first)
    if over_issues and len((composed.table or []) if composed else []) < 2:
        composed = trend.compose(ctx) or composed
    rows = (composed.table or []) if composed else []
    if not over_issues and len(rows) == 1 and not ctx.places:
        return None  # 排第一的是哪个市 where one city reports the figure: one figure ranks no places
    if len(rows) < 2 or len({r["unit"] for r in rows}) > 1 or len({r["entity"] for r in rows}) > 1:
        return composed
    lowest = bool(_LOWEST.search(ctx.question.text))
    pick = min if lowest else max
    top = pick(rows, key=lambda r: _signed({"number": split_figure(r["value"] or "0")[0], "indicator": r["indicator"]}))
    label = (top["period"] or "时期不明").split("截至")[-1]  # 2023年以来，截至2024年上半年: that bulletin's
    answer = f"{label}{'最低' if lowest else '最高'}（{top['value']}[{top['n']}]）。\n{composed.answer}"
    return Composed("compare", answer, composed.evidence, short=label, table=rows)
