"""each and compare, over indicators: one figure per indicator a question joins for one place (阳泉一季度工业投资和开工率
分别是多少？; 营收和进出口分别增长多少, 增速分别是多少: the same attribute of each), each answered as a question of its
own by the figure composer; an indicator nothing answers is said so. Compared (营收和进出口哪个增长快), the figures are
ranked when they measure one unit, the one ahead stated first and in `short`; of different units (亿元, 亿美元) none
is ranked, and the answer says so."""
from __future__ import annotations

import re
from dataclasses import replace

from index.periods import period_spans
from qa.compose import figure
from qa.compose.base import Composed, Context, Evidence
from qa.compose.compare import measured
from qa.compose.entities import asks_across_zones
from index.zones import ZONE_WORD
from qa.places import whole_asked
from qa.question import PLACE_SET, analyse_question

_JOINER = re.compile(r"以及|[和与及、]")
_WHOLE_SUBJECT = re.compile(rf"全[省国市县区](?:各?(?:{ZONE_WORD.pattern}))?(?=.)")  # 全省开发区 before what it reports
# what a question asks of each indicator, at its end, with what it asks of each figure (增速分别是多少, 分别增长多少)
_EACH_ASKED = re.compile(r"(?P<before>(?:同比)?(?:增速|增幅|增长率))?(?:分别|各自?|都)?"
                         r"(?P<after>(?:同比)?(?:增长|下降|增速|增幅)了?)?(?:是|为|有)?(?:多少|几[个家项]?)(?:呢)?[？?。!！\s]*$")
# which of them is ahead (哪个增长快, 比一比，哪个增速更高, 谁增长得快), with what is compared of each (增长, 完成率)
_WHICH_ASKED = re.compile(r"[，,]?(?:相?比(?:一比|较|一下)?[，,]?)?(?:哪个|哪项|哪一个|哪一项|谁)"
                          r"(?P<after>(?:(?![区市县园家])[\u4e00-\u9fff]){0,4}?)"
                          r"得?(?:更|较|最)?(?P<way>[快慢高低多少大小])(?:一些|些|一点)?(?:呢)?[？?。!！\s]*$")
_LOWER = "慢低少小"


def indicators_joined(ctx: Context, asked_so: re.Pattern = _EACH_ASKED) -> tuple[str, list[str], str]:
    """(the words before the indicators: place, period; the indicators; what is asked of each figure) of a question
    joining two or more indicators of at most one place (工业投资和开工率); ("", [], "") for any other question."""
    text = ctx.question.text
    asked = asked_so.search(text)
    # 全省开发区营收和进出口哪个增长快: the whole's indicators compared, not its zones
    across = asks_across_zones(text) and not (asked_so is _WHICH_ASKED and whole_asked(text, ctx.places, None))
    if not asked or len(ctx.places) > 1 or across or PLACE_SET.search(text):
        return "", [], ""  # several places (各开发区, 两市): each place's figure, not each indicator
    body = text[:asked.start()]
    named_ends = [p.end for p in ctx.places] + [end for _, end in period_spans(body)]
    lead = max([end for end in named_ends if end <= len(body)], default=0)
    pieces = [p.strip("的 ，,") for p in _JOINER.split(body[lead:])]
    subject = _WHOLE_SUBJECT.match(pieces[0]) if whole_asked(text, ctx.places, ctx.question.region) else None
    if subject:  # 全省开发区营收、外资…: the whole is every indicator's, not the first one's alone
        lead, pieces[0] = lead + len(subject.group()), pieces[0][subject.end():].strip("的 ")
    if len(pieces) < 2 or any(len(p) < 2 for p in pieces):
        return "", [], ""
    parts = asked.groupdict()
    return body[:lead], pieces, parts.get("before") or parts.get("after") or ""


def _figures(ctx: Context, lead: str, pieces: list[str], attribute: str) -> tuple[list, list[dict], list[str]]:
    """(the evidence cited, a table row per indicator answered, the indicators nothing answers): each indicator's
    figure composed as a question of its own."""
    cited, table, missing = [], [], []
    place = ctx.question.zone or ctx.question.region or whole_asked(ctx.question.text, ctx.places, None) or ""
    for piece in pieces:
        text = f"{lead}{piece}{attribute}是多少？"
        sub = replace(ctx, text=text, question=analyse_question(text, ctx.corpus, ctx.question.region),
                      kind="figure", extra={})
        answered = figure.compose(sub)
        if not answered or not answered.evidence:
            missing.append(piece)
            continue
        best = answered.evidence[0]
        cited.append(best)
        value = answered.short if answered.short and answered.short in best.quote else None
        table.append({"entity": place, "region": best.chunk.get("region"), "indicator": piece + attribute,
                      "value": value, "unit": _fact_of(ctx, best, value).get("unit") if value else None,
                      "period": best.period or best.chunk.get("period"), "n": len(cited)})
    return cited, table, missing


def _fact_of(ctx: Context, evidence: Evidence, value: str) -> dict:
    """The fact the index read for a figure quoted (下降4.1%: its 4.1%, read as a fall)."""
    at = evidence.chunk["start"] + evidence.start
    return next((f for f in ctx.snapshot.facts if f.get("chunk") == evidence.chunk["id"] and f.get("figure")
                 and value.endswith(f["figure"])
                 and at <= f["start"] < at + len(evidence.quote)), {})


def _lines(table: list[dict], cited: list) -> list[str]:
    return [f"{row['indicator']}：{ev.quote}[{row['n']}]" + (f"（{row['period']}）" if row["period"] else "")
            for row, ev in zip(table, cited)]


def _not_found(missing: list[str]) -> str:
    return f"\n公报中没有找到{'、'.join(missing)}的数字。" if missing else ""


def compose(ctx: Context) -> Composed | None:
    lead, pieces, attribute = indicators_joined(ctx)
    if not pieces:
        return None
    cited, table, missing = _figures(ctx, lead, pieces, attribute)
    if not cited:
        return None
    return Composed("each", "；\n".join(_lines(table, cited)) + "。" + _not_found(missing), cited, table=table)


def compare(ctx: Context) -> Composed | None:
    """营收和进出口哪个增长快: each indicator's figure, the one ahead first when all measure one unit."""
    lead, pieces, attribute = indicators_joined(ctx, _WHICH_ASKED)
    if not pieces:
        return None
    cited, table, missing = _figures(ctx, lead, pieces, attribute)
    if len(cited) < 2:
        return None  # one figure ranks nothing: the comparison's own composers answer, or none does
    way = _WHICH_ASKED.search(ctx.question.text)["way"]
    measures = [measured(_fact_of(ctx, ev, row["value"])) if row["value"] else (None, 0.0)
                for row, ev in zip(table, cited)]
    lines = _lines(table, cited)
    if any(unit is None for unit, _ in measures) or len({unit for unit, _ in measures}) > 1:
        head, short = "这些数字的单位不同，不作比较：", ""
    else:
        pick = min if way in _LOWER else max
        k = pick(range(len(table)), key=lambda i: measures[i][1])
        head, short = f"{table[k]['indicator']}更{way}（{table[k]['value']}[{table[k]['n']}]）：", pieces[k]
    return Composed("compare", head + "\n" + "；\n".join(lines) + "。" + _not_found(missing), cited, short=short,
                    table=table)
