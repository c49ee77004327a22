"""top_items: the greatest (least, first N) of the things a bulletin lists one a row — projects, works, firms — by the
figure asked (上半年哪个项目总投资最多, 总投资排前三的项目, 哪家企业营收最高): each thing's own figure (a project list's
总投资 cell, a firm's 营业收入), ranked; the thing is the answer, its row quoted. Of the place asked only (its
region's rows, or rows naming it), of the period asked. A project's size (规模最大的项目) is its investment, as
bulletins size projects."""
from __future__ import annotations

import re

from index.zones import find_zones
from qa.compose.base import Composed, Context
from qa.compose.compare import lowest_first, measured
from qa.compose.position_asked import TOP, top_count
from qa.compose.question_terms import question_weights
from qa.compose.rows import evidence, in_period, matching_rows, named_quote, newest_best
from qa.relevance import coverage
from index.owners import is_table_row
from qa.table_runs import cell_after, line_above_table
from qa.corpus import bigrams
from qa.items import name_start
from qa.kinds import thing_asked

# what a thing's name ends with, by the noun asking it: a project or works, a firm
_NAMED = {"项目": r"(?:项目|工程)", "工程": r"(?:项目|工程)",
          "企业": r"(?:公司|集团|企业|厂|工厂|股份)", "公司": r"(?:公司|集团|企业|厂|工厂|股份)"}
_SUPERLATIVE = re.compile(r"最(?:高|低|多|少|大|小|快|慢)|" + TOP.pattern)
_SIZE = re.compile(r"规模|体量|最大|最小")  # 规模最大的项目, 最大的项目: a project sized by its investment
_INVESTMENT = "投资"
# the noun a caption or a sentence writes for the things asked
_THING_WRITTEN = {"项目": r"项目|工程", "工程": r"项目|工程", "企业": r"企业|公司", "公司": r"企业|公司"}
# the column naming the things a table lists one a row, by the noun asking them
_NAME_COLUMN = {"项目": re.compile(r"项目名称|名称"), "工程": re.compile(r"(?:项目|工程)名称|名称"),
                "企业": re.compile(r"(?:企业|公司|单位)名称|名称"), "公司": re.compile(r"(?:企业|公司|单位)名称|名称")}
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


def _thing_name(ctx: Context, fact: dict, thing: str, captions: dict[str, str]) -> str | None:
    """The name of the thing a fact is of: its entity when named as such a thing is (…项目, …有限公司); of a table
    row, the row's first cell when the line above the table (or the title, above a list opening its document) writes
    the noun (重点项目清单: 高端轴承产业园 序号 2 …), or, of a row led by its serial number (1 项目名称 甲项目 …), the
    cell under the column naming the things."""
    entity = fact.get("entity") or ""
    if re.search(_NAMED[thing] + "$", entity):
        return entity
    chunk = ctx.chunks.get(fact["chunk"])
    if not chunk or not entity or not is_table_row(chunk["text"]):
        return None
    if entity.isdigit():
        column = next((w for w in chunk["text"].split() if _NAME_COLUMN[thing].fullmatch(w)), None)
        return cell_after(chunk["text"], column, set()) if column else None
    if chunk["id"] not in captions:
        # a list opening its document (a scanned 重点项目清单): its title stands above it
        captions[chunk["id"]] = line_above_table(ctx.chunks.values(), chunk) or chunk.get("title") or ""
    written = re.search(_THING_WRITTEN[thing], captions[chunk["id"]]) and not find_zones(entity) \
        and entity not in ctx.corpus.regions
    return entity if written else None


def compose(ctx: Context) -> Composed | None:
    thing = asked_item(ctx)
    if thing is None:
        return None
    captions: dict[str, str] = {}
    named = {e: {f["id"]: name for f in facts for name in [_thing_name(ctx, f, thing, captions)] if name}
             for e, facts in ctx.snapshot.facts_by_entity.items() if e}
    named = {e: names for e, names in named.items() if names}
    texts = [ctx.chunks[f["chunk"]]["text"] for e in named for f in ctx.snapshot.facts_by_entity[e] if f["chunk"] in ctx.chunks]
    weights = _weights(ctx, thing)
    # what the rows write is what is counted; the question's other words say which rows (the table's caption)
    counted = {b: w for b, w in weights.items() if any(b in text for text in texts)}
    rows = [(names[r.fact["id"]], r) for e, names in named.items() for r in matching_rows(ctx, e, weights=counted)
            if r.fact["id"] in names and _in_scope(ctx, r.fact)]
    kept = {id(r) for r in _captioned(ctx, [r for _, r in rows], {b: w for b, w in weights.items() if b not in counted})}
    rows = [(name, r) for name, r in rows if id(r) in kept and name in evidence(ctx, r).quote]
    best = {name: newest_best([r for n, r in rows if n == name]) for name in dict.fromkeys(n for n, _ in rows)}
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


# a thing a sentence states the greatest of its kind (…项目总投资68亿元，是今年以来全省签约的最大制造业项目; 为县域近五年单体
# 投资最大的工业项目): the thing it names before, whatever degree word the question uses for it (最多, 最高, 规模最大)
_STATED_GREATEST = re.compile(r"(?:是|为|成为)[^，,。；;！？\n]{0,16}?最(?:大|高|多)的?[\u4e00-\u9fff]{0,6}?(项目|工程|企业|公司)")
_GREATEST_ASKED = re.compile(r"最(?:大|高|多)")


def stated(ctx: Context) -> Composed | None:
    """The thing asked the greatest of (最大的制造业签约项目叫什么) as the sentence stating it names it, of the place
    asked (or of the whole) and the period asked; the sentence whose words the question writes most, the newest."""
    thing = asked_item(ctx)
    if thing is None or not _GREATEST_ASKED.search(ctx.question.text) or lowest_first(ctx.question.text):
        return None
    weights = {b: w for b, w in question_weights(ctx).items() if b != thing}
    regions = {p.region for p in ctx.places if p.known and p.region}
    found = []
    for chunk in ctx.chunks.values():
        if regions and chunk.get("region") not in regions or not in_period(ctx, chunk, ctx.question.period) \
                or ctx.doc and chunk["doc"] != ctx.doc:
            continue
        text = chunk["text"]
        for m in _STATED_GREATEST.finditer(text):
            if not re.fullmatch(_THING_WRITTEN[thing], m.group(1)):
                continue
            start = max(text.rfind(c, 0, m.start()) for c in "。！？；;\n") + 1
            names = re.findall(rf"[^，,。；;、\s]+?(?:{_THING_WRITTEN[thing]})", text[start:m.start()])
            if not names:
                continue
            name = names[-1].split("的")[-1]
            name = name[name_start(name, thing):]
            at = text.rfind(name, start, m.start())
            opens = max(text.rfind(c, start, at) for c in "，,") + 1 or start  # the clause naming it, to the statement
            found.append((coverage(text[start:m.end()], weights), chunk.get("as_of") or 0, name, chunk,
                          max(opens, start), m.end()))
    if not found:
        return None
    _, _, name, chunk, start, end = max(found, key=lambda f: f[:2])
    return named_quote(ctx, name, chunk, start, end)
