"""which: the places whose figure is the one the question gives (哪个开发区增速是14.5%？) or above or below it
(晋中哪些开发区增速超过10%？ 工业投资低于10亿元的开发区有哪几个？), or above or below the whole's own figure (增速高于全省
平均的有哪些, 跑赢全省的是哪几个市: the whole's figure first), from the fact rows; the places in `short`."""
from __future__ import annotations

import math
import re
from dataclasses import replace

from index.figures import split_figure
from qa.compose.base import Composed, Context, Evidence, place_evidence
from qa.compose.compare import measured, ranked
from qa.compose.entities import entities
from qa.compose.positions import any_unit
from qa.compose.rows import evidence, matching_rows, newest_best, same_zone_rows, table_row
from qa.compose.question_terms import question_weights
COUNTS_PLACES = r"的(?:开发区|园区|城市|地市|市|县|区)?(?:有|共有|一共有)?(?:几|多少)[个家]"
_PLACE_KIND = r"(?:城市|地市|开发区|园区|[市县区])"
# which places, or how many (超过600亿元的市有几个: those places, counted); a question ending on the places a bound
# picks (增幅在8%及以上的开发区) asks them too
_ASKS_WHICH = re.compile(r"哪[个家些几一]|谁|" + COUNTS_PLACES + r"|的" + _PLACE_KIND + r"[？?。]?$")
# 过300亿, 破百亿: past the figure, said with the verb alone (not 通过, 经过, 不过)
# 不超过, 不高于: at most, a bound from above (the 不 before a word of above reverses it)
_ABOVE = re.compile(r"(?<!不)(?:超过|高于|大于|多于)|快于|跑赢|以上|不低于|不少于|突破|(?<![经通不超越])过(?![去了程])|(?<![突打])破")
_BELOW = re.compile(r"(?<!不)(?:低于|小于|少于)|慢于|跑输|不及|不到|不足|以下|不(?:超过|高于|大于|多于)")
# a bound that takes its own figure in (8%及以上, 不低于8%, 不超过5%): the figure itself passes it
_INCLUSIVE = re.compile(r"以上|以下|不(?:低于|少于|超过|高于|大于|多于)")
# 高于全省平均, 跑赢全省, 低于全市平均水平: the whole's own figure is the one compared with
AGAINST_WHOLE = re.compile(r"(?:超过|高于|快于|跑赢|多于|低于|慢于|跑输|少于|不及)了?(?:全省|全市|全区|全县)(?:开发区|园区)?的?"
                           r"(?:平均)?(?:水平|值)?")


# what follows a figure given as the value asked (…14.5%？ …7.06亿元的是哪个, 8%及以上的市有哪些), not as a
# qualifier of a thing (10亿元以上项目, 年产10000吨聚酰胺): a bound of places is a value asked of each place
_VALUE_END = re.compile(r"(?:[及或]?(?:以上|以下))?(?:的是|是|说的是|指的是|的(?=[？?。，,]|$)|呢|[？?。，,]|$)"
                        r"|[及或]?(?:以上|以下)的?" + _PLACE_KIND)


def _given_value(text: str, figure: str) -> bool:
    """Whether the question gives `figure` as the value it asks about, compared with (超过10%) or stated; a position
    (排名第1位的是哪个) is none."""
    at = text.find(figure)
    return not text[max(0, at - 1):at] == "第" and bool(_ABOVE.search(text, max(0, at - 3), at) or _BELOW.search(text, max(0, at - 3), at)
                or _VALUE_END.match(text, at + len(figure)))


def _passes(number: float, given: float, text: str) -> bool:
    if _ABOVE.search(text):
        return number > given or (number == given and bool(_INCLUSIVE.search(text)))
    if _BELOW.search(text):
        return number < given or (number == given and bool(_INCLUSIVE.search(text)))
    return number == given


def _beside_whole(ctx: Context, words: str) -> Composed | None:
    """The places ranked above (below) the whole's own figure, that figure cited first (全省开发区…同比增长7.1%)."""
    weights = question_weights(ctx, words)  # 全省平均水平 is whom to compare with, not what is asked
    base = newest_best(matching_rows(ctx, "", weights=weights))
    if not base:
        return None
    ctx = replace(ctx, extra={**ctx.extra, "row_weights": weights})
    unit, level = measured(base.fact)
    below = bool(_BELOW.search(ctx.question.text))
    found = [(name, row) for name, row in ranked(ctx)[0] if measured(row.fact)[0] == unit
             and (measured(row.fact)[1] < level if below else measured(row.fact)[1] > level)]
    if not found:
        return None
    cited = [evidence(ctx, row) for row in [base] + [row for _, row in found]]
    lines = [f"对照：{cited[0].quote}[1]" + (f"（{base.period}）" if base.period else "")]
    lines += [f"{k}. {name}：{ev.quote}[{k + 1}]" + (f"（{row.period}）" if row.period else "")
              for k, ((name, row), ev) in enumerate(zip(found, cited[1:]), 1)]
    return Composed(ctx.kind, "\n".join(lines), cited, short="、".join(name for name, _ in found),
                    table=[table_row(row, k) for k, row in enumerate([base] + [row for _, row in found], 1)])


MAX_LEAD = 40  # characters before a quote, within its sentence, where the place it gives may stand


def _naming(ev: Evidence, name: str) -> Evidence:
    """The evidence widened back to the place it is given for, when its sentence names it just before the quote
    (漪南经开区实际使用外资1.35亿美元，…，[新设外资企业11家]) or opens with it (its subject, however many clauses
    before): the quote then shows whose figure it is."""
    text = ev.chunk["text"]
    opens = max(text.rfind(c, 0, ev.start) for c in "。！？\n") + 1
    at = text.rfind(name, max(opens, ev.start - MAX_LEAD), ev.start)
    at = opens if at < 0 and text.startswith(name, opens) else at  # the sentence's subject, whatever its clauses before
    return ev if name in ev.quote or at < 0 else replace(ev, start=at)


# the thing a 哪个 asks for, when the question says it (哪个产业, 哪个市): this composer names places only
_ASKED_NOUN = re.compile(r"哪[个家些几一]{1,2}((?![个家些几一])[\u4e00-\u9fff]{1,4}?)(?=[？?，,。的呢]|是|$)")
_PLACE_END = re.compile(r"(?:[省市县区园镇]|城市|地方|单位)$")
# a kind of thing a place's sentence names inside it, with its own figure (生物医药产业营收突破100亿元): no place, whatever
# the question writes after it (哪个产业营收突破了100亿元)
_THING_KIND = re.compile(r"哪[个家些几一]{1,2}(?:产业|行业|领域|产品|产业链|链条?|项目|企业|公司)")


def _asks_no_place(text: str) -> bool:
    """哪个产业, 哪个项目: the question asks a thing that is no place, which a place's figure does not name."""
    asked = _ASKED_NOUN.search(text)
    return bool(asked) and not _PLACE_END.search(asked.group(1)) or bool(_THING_KIND.search(text))


def compose(ctx: Context) -> Composed | None:
    text, given = ctx.question.text, ctx.question.given
    if _asks_no_place(text):
        return None
    whole = AGAINST_WHOLE.search(text)
    if whole and not given and _ASKS_WHICH.search(text):
        return _beside_whole(ctx, whole.group())
    if len(given) != 1 or not _ASKS_WHICH.search(text) or not _given_value(text, given[0]):
        return None
    if re.search(COUNTS_PLACES, text):
        ctx = any_unit(ctx)  # 有几个 counts the places found, not the figure compared
    number, unit = split_figure(given[0])
    skip = given[0] + "".join(m.group() for pattern in (_ABOVE, _BELOW) for m in pattern.finditer(text))
    weights = question_weights(ctx, skip)
    if not weights:
        return None
    bare = unit in ("万", "亿")  # 过300亿: a magnitude said without its unit, the unit the rows write
    found, asked = [], measured({"number": number, "unit": unit + "元" if bare else unit})  # 85分: a 综合得分 column's 85
    for name in entities(ctx):
        # a zone listed by one name and tabled by another (栾江经济技术开发区, 栾江经开区): its rows under either,
        # each named as it writes itself; a row found by two names once
        rows = [r for r in matching_rows(ctx, name, weights=weights) + same_zone_rows(ctx, name, weights=weights)
                if measured(r.fact)[0] == asked[0] or bare]
        # 206项 given, 二百零六项 written: the same figure in other numerals
        row = next((r for r in rows if math.isclose(measured(r.fact)[1], asked[1])), None) if not (
            _ABOVE.search(text) or _BELOW.search(text)) else newest_best(rows)
        if row and _passes(measured(row.fact)[1], asked[1], text) \
                and all(row.fact.get("id") != other.fact.get("id") for _, other in found):
            found.append((row.fact.get("entity") or name, row))
    if not found:
        return None
    cited = [_naming(evidence(ctx, row), name) for name, row in found]
    headings = [None if name in ev.quote else place_evidence(ev.chunk, ctx.chunks, ev.score, name) for (name, _), ev in zip(found, cited)]
    marks = {}  # a place its quote does not write: the line naming it (【枫渡市】) is cited after the quotes
    for k, heading in enumerate(headings):
        if heading:
            marks[k] = len(cited) + len(marks) + 1
    lines = [f"{k}. {name}" + (f"[{marks[k - 1]}]" if k - 1 in marks else "") + f"：{ev.quote}[{k}]"
             + (f"（{row.period}）" if row.period else "") for k, ((name, row), ev) in enumerate(zip(found, cited), 1)]
    cited += [heading for heading in headings if heading]
    if re.search(COUNTS_PLACES, text):
        lines.insert(0, f"共{len(found)}个：")
    return Composed(ctx.kind, "\n".join(lines), cited, short="、".join(name for name, _ in found),
                    table=[table_row(row, k) for k, (_, row) in enumerate(found, 1)])
