"""top_items: the greatest (least, first N) of the things a bulletin lists one a row — projects, works, firms — by the
figure asked (上半年哪个项目总投资最多, 总投资排前三的项目, 哪家企业营收最高): each thing's own figure (a project list's
总投资 cell, a firm's 营业收入), ranked; the thing is the answer, its row quoted. Of the place asked only (its
region's rows, or rows naming it), of the period asked. A project's size (规模最大的项目) is its investment, as
bulletins size projects."""
from __future__ import annotations

import re

from qa.compose.base import Composed, Context
from qa.compose.compare import lowest_first, measured
from qa.compose.position_asked import TOP, top_count
from qa.compose.question_terms import question_weights
from qa.compose.rows import evidence, matching_rows, newest_best
from qa.relevance import coverage
from qa.table_runs import line_above_table
from qa.corpus import bigrams
from qa.kinds import thing_asked

# what a thing's name ends with, by the noun asking it: a project or works, a firm
_NAMED = {"项目": r"(?:项目|工程)", "工程": r"(?:项目|工程)",
          "企业": r"(?:公司|集团|企业|厂|工厂|股份)", "公司": r"(?:公司|集团|企业|厂|工厂|股份)"}
_SUPERLATIVE = re.compile(r"最(?:高|低|多|少|大|小|快|慢)|" + TOP.pattern)
_SIZE = re.compile(r"规模|体量|最大|最小")  # 规模最大的项目, 最大的项目: a project sized by its investment
_INVESTMENT = "投资"
_AMOUNT_OF = re.compile(r"^[\u4e00-\u9fff]额$")  # 资额 of 投资额, 售额 of 销售额


def asked_item(ctx: Context) -> str | None:
    """The noun of the things asked (项目, 企业), when the question is a name or list one asking the greatest of them."""
    thing = thing_asked(ctx.question.text)
    return thing if thing in _NAMED and _SUPERLATIVE.search(ctx.question.text) else None


def _weights(ctx: Context, thing: str) -> dict[str, float]:
    """What is ranked and which things: the question's terms but the thing's noun; a project's size is what was
    invested in it (规模最大的项目: 投资, not 规模)."""
    # 投资额 is the amount of 投资, which a column writes 总投资 or 投资额 alike: the 额 asks nothing of its own
    weights = {b: w for b, w in question_weights(ctx).items() if b != thing and not _AMOUNT_OF.search(b)}
    if thing in ("项目", "工程") and _SIZE.search(ctx.question.text) and _INVESTMENT not in ctx.question.text:
        weights = {b: w for b, w in weights.items() if not _SIZE.search(b)}
        weights |= {b: ctx.corpus.weight(b) for b in bigrams(_INVESTMENT)}
    return weights


def _captioned(ctx: Context, rows: list, weights: dict[str, float]) -> list:
    """The rows of the table the question's other words caption (新开工重点项目, 签约项目: the line above the rows
    writes them, the rows do not), when a caption writes some; every row otherwise."""
    above: dict[str, str] = {}
    def score(row) -> float:
        chunk = ctx.chunks[row.fact["chunk"]]
        if chunk["id"] not in above:
            above[chunk["id"]] = line_above_table(ctx.chunks.values(), chunk) + (chunk.get("section") or "")
        return coverage(above[chunk["id"]], weights)
    scores = [score(row) for row in rows]
    return [row for row, s in zip(rows, scores) if s == max(scores, default=0.0)]


def _in_scope(ctx: Context, fact: dict) -> bool:
    """A thing of the place asked: its region's, or its row names the place (a province's list, 所在开发区 甲经开区)."""
    named = [p for p in ctx.places if p.known]
    text = (ctx.chunks.get(fact["chunk"]) or {}).get("text", "")
    return not named or any(fact.get("region") == p.region or p.name in text for p in named)


def compose(ctx: Context) -> Composed | None:
    thing = asked_item(ctx)
    if thing is None:
        return None
    named = re.compile(_NAMED[thing] + "$")
    things = [e for e in ctx.snapshot.facts_by_entity if e and named.search(e)]
    texts = [ctx.chunks[f["chunk"]]["text"] for e in things for f in ctx.snapshot.facts_by_entity[e] if f["chunk"] in ctx.chunks]
    weights = _weights(ctx, thing)
    # what the rows write is what is counted; the question's other words say which rows (the table's caption)
    counted = {b: w for b, w in weights.items() if any(b in text for text in texts)}
    rows = [r for e in things for r in matching_rows(ctx, e, weights=counted) if _in_scope(ctx, r.fact)]
    rows = _captioned(ctx, rows, {b: w for b, w in weights.items() if b not in counted})
    best = {e: newest_best([r for r in rows if r.fact["entity"] == e]) for e in things}
    rows = [(entity, row) for entity, row in best.items() if row]
    unit = max((measured(r.fact)[0] for _, r in rows), key=[measured(r.fact)[0] for _, r in rows].count, default=None)
    rows = [(entity, row) for entity, row in rows if measured(row.fact)[0] == unit]
    if len(rows) < 2:
        return None
    rows.sort(key=lambda pair: measured(pair[1].fact)[1], reverse=not lowest_first(ctx.question.text))
    top = rows[:top_count(ctx.question.text, rows) or 1]
    cited = [evidence(ctx, row) for _, row in top]
    lines = [f"{entity}（{row.fact['figure']}）：{ev.quote}[{k}]" + (f"（{row.period}）" if row.period else "")
             for k, ((entity, row), ev) in enumerate(zip(top, cited), 1)]
    return Composed(ctx.kind, "\n".join(lines), cited, short="、".join(entity for entity, _ in top))
