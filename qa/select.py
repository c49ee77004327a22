"""Which of the answering facts to show: the best one, and further ones only when the question asks
for several, or when the bulletins count the same subject in contexts the question does not tell apart."""
from __future__ import annotations

from index.aims import aimed, not_reached
from index.periods import Period, find_periods, parse_period
from index.zones import find_zones
from qa.corpus import Corpus, bigrams
from qa.fact import Fact
from qa.plans import PLAN, asks_plans, asks_target
from qa.question import Question

SAME_SUBJECT_RATIO = 0.5  # a figure counting the same subject with the asked unit, when this relevant
ALSO_RATIO = 0.85       # further facts are listed when at least this relevant as the best one
MAX_FACTS = 3
SAME_INDICATOR_RATIO = 0.95  # a newer bulletin's figure replaces the best one when at least this relevant



def _subject(question: Question, corpus: Corpus) -> str | None:
    """The question's most specific term besides the attribute asked (签约 in 签约项目投资额)."""
    ask = question.parts[0] if question.parts else None
    terms = [t for t in question.terms if not ask or not ask.focus or t not in ask.focus]
    return max(terms, key=lambda t: sum(map(corpus.weight, bigrams(t))) / len(bigrams(t)), default=None)


def _other_context(fact: Fact, best: Fact, subject: str | None, context: list[str]) -> bool:
    """A figure of the asked kind counting the same subject as the best fact in another context
    (签约 as 签约项目投资额 and as “签约一批”总投资): listed beside it, since the question does not
    tell the two apart. A context word of the question the best fact has and this one lacks (全市 of
    a city's total against its zones' rows) tells them apart."""
    return bool(subject and fact.target and fact.target.unit_ok and best.target
                and subject in fact.target.counts and fact.short != best.short
                and (fact.target.named or not best.target.named)
                and all(t in fact.quote for t in context if t in best.quote)
                and not _of_another_zone(fact, best))


def _of_another_zone(fact: Fact, best: Fact) -> bool:
    """A figure of a zone (晋中开发区's table row) beside the best one, which names no zone: the zone's
    figure is no other context of the city's."""
    zones = {name for _, _, name in find_zones(fact.sentence)}
    return bool(zones) and not zones & {name for _, _, name in find_zones(best.sentence)}


def _of_another_indicator(fact: Fact, best: Fact) -> bool:
    """A figure whose clauses do not name the attribute asked, beside a best one whose clauses do: it
    counts another indicator (占比92% of 工业类战新产业项目 beside 工业投资…占全市49%)."""
    return bool(fact.target and best.target and best.target.named and fact.target.named is False)


def _a_target(fact: Fact, question: Question) -> bool:
    """A figure aimed at (index/aims.py: by what it counts and the words after it, or by a period its bulletin has not
    reached: 全年 in a 上半年 issue), asked in a figure question."""
    if not (question.wants_figure and fact.target):
        return False
    counts, at = fact.target.counts, fact.sentence.find(fact.target.counts)
    after = fact.sentence[at + len(counts):] if at >= 0 else ""
    return aimed(counts[:counts.rfind(fact.target.figure)] if fact.target.figure in counts else counts, after) \
        or any(not_reached(p, parse_period(fact.meta.get("doc_period"))) for p in _periods_of(fact))


def _newer(fact: Fact, than: Fact) -> bool:
    return bool(fact.meta.get("doc_period")) and (fact.meta.get("as_of") or 0) > (than.meta.get("as_of") or 0)


def _periods_of(fact: Fact) -> list[Period]:
    """The periods a fact's label names; a month alone (2026年4月, of 4月当月) is a label find_periods leaves."""
    label = fact.period or ""
    return find_periods(label) or [p for p in [parse_period(label)] if p]


def period_conflicts(fact: Fact, asked: Period | None, wants_plan: bool) -> bool:
    """The passage names another period for this figure (全年 target, asked 一季度; 4月当月, asked 1-4月); or, with
    no period asked, one its bulletin has not reached (全年 in a 一季度 issue): a target, no result, unless targets
    are asked."""
    named = _periods_of(fact)
    if asked is not None:
        return bool(named) and not any(p.since or asked.matches(p) for p in named)
    reported = parse_period(fact.meta.get("doc_period"))
    return not wants_plan and bool(reported and reported.year and named) and all(_ends_after(p, reported)
                                                                                  for p in named)


def _planned_for(fact: Fact, planned: Period | None, asked: Period | None) -> bool:
    """A figure dated to the later months whose plans are asked (确保四季度新开工…不少于20个, asked 四季度…目标), or to
    any period after its bulletin's: a plan of that bulletin (筹办…交易会；力争前三季度新增…, asked 下半年准备…)."""
    reported = parse_period(fact.meta.get("doc_period"))
    reported = reported if reported and (asked is None or asked.matches(reported)) else None
    return planned is not None and any(planned.matches(p) or (reported and _ends_after(p, reported))
                                       for p in _periods_of(fact))


def _plan_of_issue(fact: Fact, asked: Period | None) -> bool:
    """A figure of the issue on the period asked, dated after it (上半年专报: 下半年，全市将重点抓好三项工作): that issue's
    plan, which plans asked of it (上半年…下步重点工作有几项) read."""
    issue = parse_period(fact.meta.get("doc_period"))
    named = _periods_of(fact)
    return bool(asked and issue and asked.matches(issue) and named) and all(_ends_after(p, issue) for p in named)


def _ends_after(period: Period, reported: Period) -> bool:
    return not period.since and ((period.year or reported.year), period.end) > (reported.year, reported.end)


def select_facts(facts: list[Fact], question: Question, corpus: Corpus) -> list[Fact]:
    """The best fact, and further ones: for a question after one thing, only figures of the asked kind
    counting the same subject in other contexts; else also those nearly as relevant. With no period
    named, only from the newest bulletin; with one named, none that the passage dates otherwise."""
    wants_plan = bool(PLAN.search(question.text))
    # a later period makes a figure a target, no result; a measure asked after (怎样抓好…) may well be planned
    issue_plans = asks_plans(question.text)  # 上半年…下步重点工作: the 上半年 issue's plans (not 全年, a PLAN word)
    facts = [f for f in facts if (not period_conflicts(f, question.period, wants_plan or not question.wants_figure)
                                  or _planned_for(f, question.planned, question.period)
                                  or (issue_plans and _plan_of_issue(f, question.period)))
             and (wants_plan or question.planned or issue_plans or not _a_target(f, question))  # 下半年要抓好几项
             and (not (question.wants_figure and asks_target(question.text)) or _a_target(f, question))  # 今年目标定了多少
             and (not question.year_target or _a_target(f, question) or period_conflicts(f, None, False))]
    if not facts:
        return []
    subject = _subject(question, corpus)
    focus = question.parts[0].focus if question.parts else None
    context = [t for t in question.terms if not focus or t not in focus]
    best = facts[0]
    pool = [f for f in facts if f is best or (
        f.relevance >= SAME_SUBJECT_RATIO * best.relevance and _other_context(f, best, subject, context)) or (
        f.relevance >= ALSO_RATIO * best.relevance and (not question.single or _newer(f, best))
        and not _of_another_indicator(f, best))]
    # bulletins that say which period they report, and whose figure counts what the best one does: a newer figure
    # missing a word the best one has (规划面积达到48.6 against 新增规划面积12.5) counts something else
    dated = [f for f in pool if f.meta.get("doc_period") and f.relevance >= SAME_INDICATOR_RATIO * best.relevance]
    if question.period is None and dated:
        newest = max(f.meta["as_of"] for f in dated)
        pool = [f for f in pool if not f.meta.get("doc_period") or f.meta["as_of"] == newest]
    if question.single:  # the best of what is left, and the same subject in other contexts
        pool = [pool[0]] + [f for f in pool[1:] if _other_context(f, pool[0], subject, context)]
    chosen, seen = [], set()
    for fact in pool:
        if fact.quote not in seen and (fact.short is None or fact.short not in seen) and not _nested(fact, chosen):
            chosen.append(fact)  # the same figure twice is one fact
            seen.update({fact.quote, fact.short})
    return chosen[:MAX_FACTS]


def _nested(fact: Fact, chosen: list[Fact]) -> bool:
    """Whether a fact's quote holds, or stands inside, one already chosen from the same bulletin: one passage."""
    return any(c.meta.get("doc") == fact.meta.get("doc") and (c.quote in fact.quote or fact.quote in c.quote)
               for c in chosen)
