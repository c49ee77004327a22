"""One composer per question kind (see base.py for the protocol they share).

`compose` tries the composer of the question's kind, then the figure composer: a question that reads
like a list or a comparison but that the bulletins answer in one sentence still gets that sentence.
A name question, or one with no question word, that names a section and nothing inside it (下一步有啥
打算, 阳泉下一步工作安排) is tried as a list first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from qa.compose import (announced, answerer, askers, attachments, basis, bound_rows, cause, compare, each, examples,
                        figure, how, indicators, label_cells, last_resort, listing, made_of, meeting_lines, person_post,
                        place_names, positions, ranked, remedy, reply, reported_places, said, speaker, standings,
                        stated_change, state_rows, summary, table_items, target_rows, top_items, trend, which, zones)
from index.periods import compares_with_period, find_periods, parse_period
from qa.compose.base import Composed, Context, Evidence
from qa.compose.entities import asks_across_zones
from qa.compose.ordinal_parts import part_number
from qa.compose.how import asks_way_alone, asks_way_done
from qa.compose.ways_told import results_alone
from qa.meanings import asks_plans, asks_problems, asks_remedy, tells_plans, tells_problems
from qa.people import POST_OF_PERSON
from qa.plans import tells_target
from qa.places import whole_asked
from qa.unwritten_places import PLACE_SET

COMPOSERS = {"figure": figure.compose, "name": figure.compose, "list": listing.compose,
             "summary": summary.compose, "how": listing.way_or_measures, "each": each.compose, "compare": compare.compose,
             "trend": trend.compose}


# a comparison of one place over the periods it names (上半年和一季度相比), or over every issue (哪期最多)
# each of a section (下一步工作计划分别是什么): the section's items per place
# a how whose answer says it in words of its own (怎么解决配套不足 → 加快人才公寓建设): the item meeting the problem
# 哪个园区最多 where no two figures rank: the place a bulletin writes first (居全市首位)
# a way of a place whose passages write no word of its topic (推进项目落地): its measures section (主要做法)
# a way told only by the whole's part, naming the place (推动菱渡新材料园申报省级开发区): the whole's passages naming it
# a list of plans asked of a problem (主导产业不突出，下步准备怎么办): the plan meeting it, else the bulletin's plans
# the projects of a place a table lists one a row (琮州经开区有哪些新开工重点项目, …的重点项目是哪个): its rows naming the place
# 甲市新投产了哪些项目 where a sentence lists every place's by name (分别为甲市A项目、乙市B项目…): the place's names
# 进步最快的是哪个, 前五名是哪几个 with no figure to rank: the sentence saying it in the question's words
FALLBACKS = {"compare": (compare.over_periods, ranked.top_written, said.compose), "each": (label_cells.compose, listing.compose),
             "trend": (trend.over_periods_set_side,),
             "how": (remedy.compose, listing.measures, how.told_by_the_whole),
             "list": (remedy.compose, table_items.compose, place_names.compose, said.compose, reply.compose),
             "name": (said.compose, table_items.compose)}
# what a passage tells in the bulletin's own words where no composer's reading found it (qa/compose/last_resort.py)
PASSAGE_KINDS = ("how", "list", "summary")  # not name: a passage writing the topic need not write the name asked
# 居全省第几, 排名第一的是哪家: the position the bulletin writes, before a ranking of the figures
FIRST = {"compare": (positions.written_position, ranked.compose), "name": (ranked.compose,)}


@dataclass(frozen=True)
class Before:
    """A composer tried before the kind's own, for the kinds named (None: every kind), when the question reads so."""
    kinds: tuple[str, ...] | None
    asks: Callable[[Context], bool]
    composer: Callable[[Context], Composed | None]


def _always(ctx: Context) -> bool:
    return True


def _whole_over_periods(ctx: Context) -> bool:
    """全省开发区营收比1-10月多了多少, 全省前三季度和全年增速哪个高: the whole's figures of the periods, no ranking of
    its parts."""
    return whole_asked(ctx.text, ctx.places, ctx.question.region) \
        and (compares_with_period(ctx.text) and not _WHICH.search(ctx.text)
             or len(find_periods(ctx.text)) >= 2 and not asks_across_zones(ctx.text))


# in the order they are tried
BEFORE = (
    # 哪个开发区增速是14.5%, 哪些开发区超过10%: the places of a figure given
    Before(None, lambda ctx: bool(ctx.question.given or which.AGAINST_WHOLE.search(ctx.text)), which.compose),
    # 哪些媒体提问了, …是哪家媒体问的: the reporters' outlets, not the officials answering
    Before(None, lambda ctx: bool(askers.LISTED.search(ctx.text)), askers.listed),
    Before(None, lambda ctx: bool(askers.ASKED_BY.search(ctx.text)), askers.asked_by),
    # 哪些单位出席了分析会: the 纪要's 出席： line, not a sentence naming the units
    Before(("list", "name", "figure", "summary"), lambda ctx: meeting_lines.asked(ctx.text), meeting_lines.attendance),
    # 纪要是谁记录的: the 记录： line, which writes no word of the meeting
    Before(("name", "figure"), lambda ctx: bool(meeting_lines.RECORDER_ASKED.search(ctx.text)), meeting_lines.recorder),
    # 讲话的第三部分讲了什么, 第二点意见提了哪些目标: that part's outline, whatever its headings' words
    Before(("list", "summary", "name", "how"), lambda ctx: part_number(ctx.text) is not None, summary.compose),
    # 带了哪些附件: the bulletin's 附件 list, no section of it
    Before(("list", "summary", "name"), lambda ctx: bool(attachments.ASKED.search(ctx.text)), attachments.compose),
    # 增速比一季度回落了多少: the change the bulletin states, if it does
    Before(("figure", "compare", "each", "trend"), lambda ctx: stated_change.asked(ctx.text), stated_change.compose),
    # 外资下降怎么办: what meets the problem, before a passage repeating it
    Before(("how",), lambda ctx: asks_remedy(ctx.text), remedy.compose),
    # 项目建设进展怎么样: the section its heading names, no one item of it
    Before(("how",), lambda ctx: bool(summary.STATE_ASKED.search(ctx.text)), summary.of_topic),
    # 表里…营收是怎么统计的: the note under the table, not a sentence naming it
    Before(("how",), lambda ctx: bool(basis.BASIS_ASKED.search(ctx.text)), basis.told_by_a_note),
    # 琮州高新区上半年具体怎么抓的: its measures, not its likeliest sentence
    Before(("how",), lambda ctx: asks_way_alone(ctx.question), listing.measures),
    # 为什么下降: the sentence with its cause, a problem reported included
    Before(("how",), lambda ctx: cause.asks_cause(ctx.text), cause.compose),
    # 工业投资和开工率分别是多少: each indicator of the one place
    Before(("each",), _always, indicators.compose),
    # 营收和进出口哪个增长快: the indicators of the one place ranked, not places
    Before(("compare",), _always, indicators.compare),
    Before(("compare",), _whole_over_periods, compare.over_periods),
    # 哪个项目投资最多, 哪家企业营收最高: the things a bulletin lists one a row, ranked by their own figures
    Before(("name",), lambda ctx: top_items.asked_item(ctx) is not None, top_items.compose),
    # 最大的制造业签约项目叫什么: the project a sentence states the greatest of its kind
    Before(("name",), lambda ctx: top_items.asked_item(ctx) is not None, top_items.stated),
    # 进步最大, 协议投资额增速排前三: the sentence stating it (为全省进步最快的开发区, 居前三位的是甲、乙、丙), before a
    # ranking worked out from a table's rows or figures
    Before(("compare", "name", "list"), _always, said.stated),
    # 垫底, 进步最大, 和甲并列, 名次下降的有哪些: a ranking table's rows, before any figure ranked
    Before(("compare", "name", "list", "trend"), lambda ctx: standings.asked(ctx.text), standings.compose),
    # 增速最快: the place written 增速居全省首位 (增长两成 is no figure to rank)
    Before(("compare", "name"), _always, ranked.fastest_written),
    # 由哪几项构成: the parts a sentence says the thing is made of (由A、B、C四项组成)
    Before(("list",), lambda ctx: bool(made_of.ASKED.search(ctx.question.text)), made_of.compose),
    # 举了哪几个园区的例子: the examples a passage gives of its claim (比如甲…；乙…；丙…。)
    Before(("list",), lambda ctx: bool(examples.ASKED.search(ctx.question.text)), examples.compose),
    # 议定了哪些事项, 发现了哪些问题: the items the lead writing the noun asked announces (以下事项：, 见下表, 困难：一是…)
    Before(("list", "summary"), lambda ctx: bool(announced.asked_noun(ctx.question.text, announced.places_named(ctx))),
           announced.compose),
    # 亿元以上项目有哪些, 超过5000万的项目: a table's rows whose own amount meets the bound (before the states:
    # a unit column's 亿元 is no state asked)
    Before(("list",), lambda ctx: bound_rows.asked(ctx.text), bound_rows.compose),
    # 完成率最低的指标, 没完成目标的指标有哪些: an indicator table's rows by their 完成率 column
    Before(("list", "name", "compare"), lambda ctx: bool(target_rows.ASKED.search(ctx.text)), target_rows.compose),
    # 未开工的项目有哪些, 哪几个已投产: a table's rows whose column of states holds the word asked, not the caption or a
    # lead counting them (several rows may hold it: a name question too)
    Before(("list", "name"), _always, state_rows.compose),
    # 某市有哪些开发区: the zones its bulletin names
    Before(("list", "name"), _always, zones.compose),
    # 发布会上通报了营收的有哪几个市: every place whose figure the bulletin reports, as written, no ranking
    Before(("list", "name"), lambda ctx: bool(reported_places.ASKED.search(ctx.text)), reported_places.compose),
    # 韦立群是什么职务: the body and title written before the name
    Before(("name", "figure"), lambda ctx: bool(POST_OF_PERSON.search(ctx.text)), person_post.compose),
    # …的问题是谁回答的: the speaker of the answer turn after the question turn, not the reporter asking
    Before(("name",), lambda ctx: bool(answerer.ASKED.search(ctx.text)), answerer.compose),
    # 推进会上讲话的是哪位领导: the speaker line under the speech's title, not a person its passages name
    Before(("name",), lambda ctx: bool(speaker.ASKED.search(ctx.text)), speaker.compose),
    # 下一步有啥打算, 阳泉下一步工作安排: a section named, nothing in it (哪个部门举办的, 由谁负责: who alone, no section's
    # items; 怎么安排的，谁牵头 asks the items too)
    Before(("name", "figure"), lambda ctx: ctx.kind == "name" and not _who_alone(ctx.text)
           or ctx.kind == "figure" and not ctx.question.wants_figure, listing.compose),
)


def _a_target(evidence: Evidence) -> bool:
    chunk = evidence.chunk
    return tells_target(evidence.quote, parse_period(evidence.period or chunk.get("period")),
                        parse_period(chunk.get("doc_period")))


def _no_lone_figure(ctx: Context) -> bool:
    """哪个开发区最多, A和B谁高 with no figure each: one place's figure answers nothing; when B is in no bulletin
    (partial coverage), A's figure is what can be answered; 排全省第几: a figure is no position."""
    return ctx.kind == "compare" and (asks_across_zones(ctx.text) or len({p.name for p in ctx.places if p.known}) >= 2
                                      or "第几" in ctx.text)


def composers_for(ctx: Context) -> list[Callable[[Context], Composed | None]]:
    """The composers to try, in order: BEFORE's that the question asks for, FIRST, the kind's own, FALLBACKS,
    figure, for PASSAGE_KINDS a passage found, and last the one passage whose sentence writes what is asked."""
    tries = [b.composer for b in BEFORE if (b.kinds is None or ctx.kind in b.kinds) and b.asks(ctx)]
    tries += [*FIRST.get(ctx.kind, ()), COMPOSERS.get(ctx.kind, figure.compose)]
    if ctx.kind == "figure" and compares_with_period(ctx.text):
        tries.append(compare.over_periods)  # 上半年比一季度涨了多少, when no sentence states the change: both figures
    tries += [*FALLBACKS.get(ctx.kind, ()), *(() if _no_lone_figure(ctx) else (figure.compose,))]
    if ctx.kind in PASSAGE_KINDS:  # a passage of the place and period writing every word of the topic
        tries.append(last_resort.whole_passage)
    return list(dict.fromkeys([*tries, last_resort.best_sentence]))  # the last resort: one sentence writing what is asked


def compose(ctx: Context) -> Composed | None:
    """The first composed answer that answers the question (`_answers`)."""
    return next((composed for composed in map(lambda c: c(ctx), composers_for(ctx)) if _answers(ctx, composed)), None)


_WHICH = re.compile(r"哪|谁")
_WHO_ASKED = re.compile(r"谁|哪[个家位一]?(?:部门|单位|处室|科室|机构|领导)")  # who: one body or person asked
_MORE_ASKED = re.compile(r"怎么|怎样|如何|哪些|什么|啥")


def _who_alone(text: str) -> bool:
    """Whether a question asks who (a body, a person) and nothing else."""
    return bool(_WHO_ASKED.search(text)) and not _MORE_ASKED.search(text)


# a notice's opening: the occasion (为推动…/根据…, …开展了督查。) and the foreword (现将有关情况通报如下), nothing else
FOREWORD = re.compile(r"^\s*(?:(?:为|根据|按照|依据)[^。]*。)?现将[^。；]{0,20}(?:通报|报告|汇报|印发|公布)如下[。：:]?\s*$")
# problems said to exist, in a paragraph of no problems section (部分开发区存在签约项目转化率不高、…等问题, 仍面临不少困难,
# 也要看到存在的问题：)
STATES_PROBLEMS = re.compile(r"(?:存在|面临)(?:的|[^。；;！？!?]{2,40}?)(?:等)?(?:问题|不足|短板|困难|瓶颈)")


def _answers(ctx: Context, composed: Composed | None) -> bool:
    """Whether a composed answer answers: a how question is never answered by the problems a bulletin reports
    (怎么解决厂房空置 ↛ 空置率仍达19%), whichever composer found them, unless it asks why; a question of each of
    several places named never by passages of other places only (柘山、禾川 in an issue that leaves them out ↛ 桑陵's
    figure); a list of problems never by passages of no problems section."""
    if composed is None or ctx.extra.get("withheld_final"):
        return False  # a composer found the question withheld (no row meets the bound asked): none answers it
    if ctx.kind != "how" and all(FOREWORD.match(e.quote) for e in composed.evidence):
        # a notice's opening tells how its own work was done (组成调研组，赴…开展调研) and announces the rest: it
        # answers a how question of that work, no figure, list or name the bulletin tells
        return False
    if ctx.question.year_target and not any(_a_target(e) for e in composed.evidence):
        return False  # 全年营收 where no issue reports the whole year: read as its target, no months' result answers
    named = {p.region for p in ctx.places if p.known and p.region}
    if ctx.kind == "each" and len(named) >= 2 and not any(e.chunk.get("region") in named for e in composed.evidence):
        return False
    if ctx.kind == composed.kind == "each" and (len(named) >= 2 or PLACE_SET.search(ctx.text)) \
            and any(not e.chunk.get("region") for e in composed.evidence):
        # 各市…环比 ↛ the whole's 环比: several places' figures are never the whole's (a section that tells of every
        # city, 开放型经济回稳: …, is what 各市…情况怎么样 asks)
        return False
    if ctx.kind == "list" and asks_problems(ctx.text) and not (asks_remedy(ctx.text) or asks_plans(ctx.text)):
        # 存在什么问题 where the place's bulletin reports none: no sentence that merely writes 问题 (解决…问题43个); one
        # that says some exist (部分开发区存在签约项目转化率不高…等问题) of the place asked states them
        return any(tells_problems(e.chunk.get("section"))
                   or STATES_PROBLEMS.search(e.quote) and (not named or e.chunk.get("region") in named)
                   for e in composed.evidence)
    if ctx.kind == "how" and asks_remedy(ctx.text) and all(_bears_on(e.quote, ctx.question.terms)
                                                           for e in composed.evidence):
        return False  # 排名靠后怎么办 ↛ 营业收入下降，拖累排名: what brought the problem about, no way to meet it
    if asks_plans(ctx.text) and not asks_problems(ctx.text) \
            and all(tells_problems(e.chunk.get("section")) for e in composed.evidence):
        return False  # 明年土地打算咋弄 ↛ 土地指标紧张: a problem reported is no plan, whichever kind the question reads as
    if ctx.kind == "how" and asks_plans(ctx.text) and not any(tells_plans(e.chunk.get("section"))
                                                               for e in composed.evidence):
        return False  # 打算怎么让营收增速转正 ↛ 营业收入同比增长1.2%: what came of the work is no plan
    if ctx.kind == "how" and asks_way_done(ctx.text) and not (asks_plans(ctx.text) or ctx.question.planned) \
            and results_alone([e.quote for e in composed.evidence]):
        return False  # 有什么好经验 ↛ 新设38家，居全省首位: what came of the work, where no way is written
    return not (ctx.kind == "how" and not cause.asks_cause(ctx.text)
                and all(tells_problems(e.chunk.get("section")) for e in composed.evidence))


_BEARS_ON = re.compile(r"(?:拖累|拉低|影响|导致|造成)([\u4e00-\u9fff]{2,6})")


def _bears_on(quote: str, terms: list[str]) -> bool:
    """Whether a quote ends telling what weighed on the problem asked about (…，拖累排名 of 排名靠后怎么办)."""
    last = re.split(r"[，,；;]", quote.rstrip("。；; "))[-1]
    m = _BEARS_ON.match(last)
    return bool(m) and any(t in m.group(1) for t in terms)
