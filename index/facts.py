"""Facts: every figure of a bulletin, with what it counts, whom it is about and when, extracted at index time.

A fact is a row dict (FIELDS, plus section, item and quote_start/quote_end). Its `figure` stands verbatim at
`start:end` of the cleaned document.

- entity: the zone named last before the figure in its sentence (平定经开区), unless a city-wide subject
  (全市, 各开发区) comes after it or, in a list of zones, a `、` closes its part; else the chunk's region.
  In a table row, the row header (a 合计 row is the region's).
- indicator: what is written just before the figure in its own clause, without time words, subjects
  and verbs (`1-3月，全市开发区规模以上工业增加值完成13.25亿元` -> 规模以上工业增加值). A relative figure
  (`占全市49%`, `同比增长2.2%`) is read against the figure before it: 工业投资占全市. A bare verb before a
  count takes the noun after it (`新增11个投资项目` -> 新增投资项目). In a table row: the column header.
- period: the last period named before the figure in its sentence, else in the chunk's earlier sentences,
  else the chunk's own; in a table, a header that is a period.
"""
from __future__ import annotations

import hashlib
import re

import jieba
import jieba.posseg

from index.figures import FIGURE, MINUS, signed_start, split_figure
from index.owners import TABLE_ROW
from index.periods import Period, find_periods
from index.places import names_part
from index.zones import find_zones

FIELDS = ("id", "doc", "issue", "region", "entity", "indicator", "figure", "number", "unit", "period",
          "as_of", "chunk", "start", "end", "quote")

_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
_PART = re.compile(r"[^。！？!?；;]+[。！？!?；;]?")  # the quote: a sentence, or its part up to a semicolon
_CLAUSE_MARK = re.compile(r"[，,；;：:、]")
_YEAR = re.compile(r"20\d\d年")
_YEAR_CELL = re.compile(r"20\d\d年(?:度)?")
_PERIOD_ONLY = re.compile(r"(?:20\d\d年)?[\d\-－—~至到一二三四前上下半全年季度月份]+")
_TOTAL_ROWS = frozenset("合计 总计 小计 全市 全省 全县 全区 总体 全部".split())  # the region's own figures
# a year a target is set for (完成全年目标的35.4%): no period of the figures after it
_TARGET_YEAR = re.compile(r"(?:全年|年度|今年|本年)(?=的?(?:目标|任务|计划))")
_CITY_WIDE = re.compile(r"全市|全省|全县|全区|我市|本市|各开发区|各园区")
_QUALIFIER_AFTER = re.compile(r"(?:以上|以下|以内)(?=[\u4e00-\u9fff])")  # 10亿元以上项目: a threshold
_LEADING = re.compile(
    r"^(?:20\d\d年(?:以来|底|末)?|\d{1,2}(?:\s*[-－—~至到]\s*\d{1,2})?月(?:份|底|末)?|[一二三四]季度|前三季度|上半年|下半年|"
    r"全年|今年|去年|当年|年内|目前|当前|截至|截止|其中|预计|力争|确保|累计|共计|合计|总计|共|另有|此外|同时|"
    r"[一二三四五六七八九十]{1,3}是|全市|全省|全县|全区|我市|本市|各开发区|各园区|开发区|园区|已|均|还|又|也|并|将)")
_VERB = re.compile(r"累计完成|完成|实现|达到|共")
_RUNNING_TOTAL = re.compile(r"累计|共计|总计|合计")  # 新建研发平台9个，累计达到127个: all of them so far
_TRAILING = re.compile(r"(?:为|高达|达|近|超|超过|逾|突破|增至|扩充至|增加至|提升至|提高到|达到|共|计|了|的|"
                       r"(?:控制|保持|稳定)?在)$")
_RELATIVE = re.compile(r"^(?:同比|环比|比|较|占|为|是|增长|下降|增加|减少|提高|降低|增速|增幅|高于|低于|分别)")
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff“”\"]+")
_NOUN_END = frozenset("完成 实现 达到 提供 组成 开展 举办 建设 涉及 铺排 落地 推进 实施 的 了 在 为 是 和 与 及 等 将 对 "
                      "共 已 有序 加快 尽快 早日".split())
_COUNT_UNITS = "个家项名人户套台辆座场批条件次种位"
_CLAUSE_REST = re.compile(r"[^，,；;：:、。！？!?\d]*")
_PREPOSITIONS = ("为", "由", "对", "向", "帮助", "协助", "带动", "吸纳")
_VERB_OF = re.compile(r"^[\u4e00-\u9fff]{1,3}的")  # 组成的领办代办队伍 -> 领办代办队伍
MAX_INDICATOR = 20
_ATTRIBUTE = re.compile(r"^(?:计划)?总|^投资|^涉及")  # what counted things amount to: 总投资, 投资额


def _strip(phrase: str, zones: list[str]) -> str:
    """The phrase without leading time words, subjects and zone names, and without trailing verbs."""
    for zone in zones:
        phrase = phrase.rpartition(zone)[2] if zone in phrase else phrase
    previous = None
    while phrase != previous:
        previous = phrase
        phrase = _LEADING.sub("", phrase.strip("，,；;：: "))
        phrase = _TRAILING.sub("", phrase)
    return phrase


def _indicator_phrase(before: str, zones: list[str]) -> str:
    """What the text before a figure says it counts: after `完成` when something follows it, else before;
    the whole phrase when what precedes the verb modifies what follows (投产项目的已完成投资)."""
    phrase = _strip(before, zones)
    verbs = list(_VERB.finditer(phrase))
    verb = verbs[-1] if verbs else None
    if verb is None or phrase[:verb.start()].endswith(("的", "已")):
        return phrase
    after, before_verb = _strip(phrase[verb.end():], zones), _strip(phrase[:verb.start()], zones)
    return after or before_verb


def _noun_after(text: str) -> str:
    """The noun just after a count, up to a verb or particle (`11个投资项目提供…` -> 投资项目)."""
    m = _NOUN_AFTER.match(text)
    noun = ""
    for word in jieba.lcut(m.group()) if m else []:
        if word in _NOUN_END:
            break
        noun += word
    return noun


def _counted(text: str, end: int, before: str, phrase: str, counted: str) -> str:
    """What a count counts when the words before it do not say it: the noun after it (`新增11个投资项目`,
    `康博特、耀邦等18家规模以上工业企业`), the rest of its clause after a preposition (`为32个项目提供了
    领办代办服务`, `由333人组成的领办代办队伍`), or the noun the sentence counts (`铺排项目60个，其中签约17个`
    -> 签约项目)."""
    rest = _CLAUSE_REST.match(text, end).group()
    if before.rstrip("，,；;：: ").endswith(_PREPOSITIONS):
        return _VERB_OF.sub("", rest.replace("了", ""))[:MAX_INDICATOR] or phrase
    if phrase.endswith("等"):  # examples, then what they are examples of
        return _noun_after(rest) or phrase
    if len(phrase) > 2 or phrase in ("总数", "总量"):  # 净增63家，总数达到841家: the total of what was counted
        return phrase
    noun = _noun_after(rest)
    return phrase + (noun or (jieba.lcut(counted)[-1] if phrase and counted else ""))


def _read_figures(text: str, spans: list[tuple[int, int, str]], zones: list[str],
                  carried: str = "") -> tuple[list[str], str]:
    """The indicator of each figure span (start, end, text before it in its clause) of one sentence, and the
    last one that is not relative. A share or a change (`占全市49%`, `同比增长2.2%`) is read against the figure
    before it, and so is an attribute of counted things (`“签约一批”项目101个，总投资506.2亿元`); a figure
    with nothing to say what it is (`其中，甲经开区完成40.6亿元`) takes `carried`, the previous sentence's."""
    out: list[str] = []
    base, counted, previous_end = carried, "", None  # counted: the last count's indicator (铺排项目)
    for start, end, before in spans:
        phrase = _indicator_phrase(before, zones)
        unit = split_figure(text[start:end])[1]
        if _QUALIFIER_AFTER.match(text, end):  # 10亿元以上项目: the threshold of a group
            previous_end = end
            out.append(_strip(before, zones) + text[end:end + 2] + _noun_after(text[end + 2:]))
            continue
        if unit[0] in _COUNT_UNITS:
            phrase = _counted(text, end, before, phrase, counted)
        if not phrase:  # 税收收入由负转正，实现33.18亿元: the clause before says what
            phrase = _subject_before(text, start - len(before), zones)
        elif len(phrase) <= 2:  # 推进低效用地盘活，累计盘活503亩: the verb's object is in the clause before
            phrase += _object_before(text, start - len(before), phrase)
        if not phrase:  # 领办代办项目53个、108件: the same subject counted again; else what follows
            again = previous_end is not None and _CLAUSE_MARK.fullmatch(text[previous_end:start])
            total = _RUNNING_TOTAL.search(before) if previous_end is not None and base else None
            phrase = base + total.group() if total else (
                base if again else _noun_after(_CLAUSE_REST.match(text, end).group())) or carried
        previous_end = end
        if _RELATIVE.match(phrase):
            out.append(base + phrase)
            continue
        if counted and base == counted and _ATTRIBUTE.match(phrase):
            phrase = counted + phrase
        base, counted = phrase, phrase if unit[0] in _COUNT_UNITS else counted
        out.append(phrase)
    return out, base


# what a subject's clause says of it before a bare verb's figure (由负转正, 扭转下降态势, 止跌回稳, 继续保持)
_HOW_IT_WENT = re.compile(r"由|扭转|止跌|保持|继续|持续|首次|逆势")


def _clause_before(text: str, clause_start: int) -> str:
    """The clause before the one starting at `clause_start`, when it states no figure; else ""."""
    end = clause_start - 1
    begin = max(text.rfind(c, 0, max(end, 0)) for c in "，,；;：:、。！？\n") + 1
    clause = text[begin:max(end, begin)]
    return "" if FIGURE.search(clause) else clause


def _subject_before(text: str, clause_start: int, zones: list[str]) -> str:
    """The subject of the clause before a figure whose own clause says nothing of it (税收收入由负转正，实现33.18亿元
    -> 税收收入), when that clause says how the subject went; else ""."""
    clause = _clause_before(text, clause_start)
    went = _HOW_IT_WENT.search(clause)
    subject = _strip(clause[:went.start()], zones) if went else ""
    return subject if 2 <= len(subject) <= MAX_INDICATOR else ""


def _object_before(text: str, clause_start: int, verb: str) -> str:
    """What a bare verb before a figure acts on, when the clause before ends with it after the verb (推进低效用地盘活，
    累计盘活503亩 -> 低效用地): the words after that clause's last verb; else ""."""
    clause = _clause_before(text, clause_start)
    if not clause.endswith(verb):
        return ""
    at, last_verb = 0, 0
    for word in jieba.posseg.lcut(clause[:-len(verb)], HMM=False):
        at += len(word.word)
        last_verb = at if word.flag == "v" else last_verb
    thing = clause[last_verb:-len(verb)]
    return thing if 2 <= len(thing) <= 8 else ""


def _prose_spans(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """Figures of the sentence text[s:e], each with the text before it in its clause (after the previous
    figure of that clause unless that one is a threshold)."""
    spans, clause_start = [], s
    for m in FIGURE.finditer(text, s, e):
        marks = [s] + [c.end() for c in _CLAUSE_MARK.finditer(text, s, m.start())]
        cut = marks[-1]
        if len(marks) > 1 and text[cut - 1] in "：:" and not text[cut:m.start()].strip():
            cut = marks[-2]  # 规上工业总产值：123亿元 (the label before the colon)
        if cut > clause_start or not spans:
            clause_start = cut
        elif not _QUALIFIER_AFTER.match(text, spans[-1][1]):
            clause_start = spans[-1][1]
        start = signed_start(text, m.start())
        spans.append((start, m.end(), text[clause_start:start]))
    return spans


def _table_spans(text: str) -> list[tuple[int, int, str]]:
    """Figures of a table row sentence, each with the column header (the cell before it)."""
    spans, pos, previous = [], 0, ""
    for k, cell in enumerate(text.rstrip("。").split(" ")):
        if k and FIGURE.fullmatch(cell.lstrip(MINUS)):
            spans.append((pos, pos + len(cell), previous))
        previous = cell
        pos += len(cell) + 1
    return spans


def _fact(chunk: dict, span: tuple[int, int], entity: str | None, indicator: str, quote: tuple[int, int],
          period: str | None) -> dict:
    """The fact of the figure at chunk text[span], quoting text[quote]; offsets become the document's."""
    text, offset = chunk["text"], chunk["start"]
    figure = text[span[0]:span[1]]
    number, unit = split_figure(figure)
    return {
        "id": hashlib.sha1(f"{chunk['doc']}\x00{offset + span[0]}\x00{figure}".encode()).hexdigest()[:16],
        "doc": chunk["doc"], "issue": chunk.get("issue"), "region": chunk.get("region"),
        "entity": entity or chunk.get("zone") or chunk.get("region"), "indicator": indicator, "figure": figure,
        "number": number, "unit": unit, "period": period,
        "as_of": chunk.get("as_of"), "chunk": chunk["id"], "start": offset + span[0], "end": offset + span[1],
        "quote": text[quote[0]:quote[1]], "section": chunk.get("section"), "item": chunk.get("item"),
        "quote_start": offset + quote[0], "quote_end": offset + quote[1],
    }


def _period(chunk: dict, sentence_start: int, offset: int) -> str | None:
    """The last period named before `offset` in its sentence; else, unless the sentence names a year of
    its own (2024年第四次…活动), the last period of the chunk's earlier sentences (其中…: the sentence
    before goes on); else the chunk's own."""
    year = (chunk.get("as_of") or 0) // 100 or None
    text = chunk["text"]
    own = _TARGET_YEAR.sub(lambda m: " " * len(m.group()), text[sentence_start:offset])
    named = find_periods(own, year, bases=False)
    if not named and not _YEAR.search(text, sentence_start, offset):  # 全年 there is a target's year
        named = [p for p in find_periods(text[:sentence_start], year, bases=False)
                 if p.since or (p.start, p.end) != (1, 12)]
    return named[-1].label if named else chunk.get("period")


def _entity(sentence: str, offset: int, zones: list[tuple[int, int, str]]) -> str | None:
    """The zone named last before `offset` in the sentence, unless a city-wide subject follows it. In a list
    of zones (`阳泉高新区…、平定经开区…、中坤集团500万标米…`) a zone's part ends at the next `、`, and a
    count closing a list (`…等6个`) is about none of them."""
    if sentence[:offset].endswith("等"):
        return None
    listed = any("、" in sentence[a[1]:b[0]] for a, b in zip(zones, zones[1:]))
    subjects = [(s, name) for s, e, name in zones if e <= offset and not (listed and "、" in sentence[e:offset])]
    subjects += [(m.start(), None) for m in _CITY_WIDE.finditer(sentence, 0, offset)]
    return max(subjects, key=lambda pair: pair[0])[1] if subjects else None


def _table_facts(chunk: dict) -> list[dict]:
    """The figures of a table row sentence: the row header is their entity and the column header their
    indicator; a header that is a period (2023年, 一季度) gives the period, the other header the indicator."""
    text = chunk["text"]
    spans = _table_spans(text)
    quote, row = (0, len(text.rstrip("。"))), text.split(" ")[0]
    year = (chunk.get("as_of") or 0) // 100 or None
    row_period, facts = _period_cell(row, year), []
    for (s, e, column), indicator in zip(spans, _read_figures(text, spans, [])[0]):
        column_period = _period_cell(column, year)
        entity = None if row_period or column_period or row in _TOTAL_ROWS else row
        if column_period and not find_zones(row):
            indicator = row  # 工业投资 2023年 12亿元 2024年 15亿元
        period = row_period or column_period or _period(chunk, 0, s)
        facts.append(_fact(chunk, (s, e), entity, indicator, quote, period))
    return facts


def _period_cell(cell: str, year: int | None) -> str | None:
    """The period a table header names when that is all it says (2023年, 2024年一季度, 1-6月), else None."""
    if _YEAR_CELL.fullmatch(cell):
        return Period(int(cell[:4])).label
    periods = find_periods(cell, year)
    return periods[0].label if len(periods) == 1 and _PERIOD_ONLY.fullmatch(cell) else None


def _is_table_row(chunk: dict) -> bool:
    return bool(TABLE_ROW.fullmatch(chunk["text"]) and FIGURE.search(chunk["text"]))


def _parts_named(chunks: list[dict]) -> list[str]:
    """The parts of regions a document's tables list as rows (芷川高新园 of its region): zones in its prose too."""
    rows = {c["text"].split(" ")[0]: c.get("region") for c in chunks if _is_table_row(c)}
    return sorted((row for row, region in rows.items() if names_part(row, region)), key=len, reverse=True)


def _zones_in(sentence: str, parts: list[str]) -> list[tuple[int, int, str]]:
    """The zones a sentence names: by a zone word, or as a part its document's tables list."""
    zones = find_zones(sentence)
    for part in parts:
        for m in re.finditer(re.escape(part), sentence):
            if not any(s < m.end() and m.start() < e for s, e, _ in zones):
                zones.append((m.start(), m.end(), part))
    return sorted(zones)


def _prose_facts(chunk: dict, parts: list[str]) -> list[dict]:
    """The figures of a paragraph, read sentence by sentence; each quotes its sentence up to a semicolon."""
    text, facts, carried = chunk["text"], [], ""
    for sm in _SENTENCE.finditer(text):
        zones = _zones_in(sm.group(), parts)
        spans, quotes = [], []
        for part in _PART.finditer(text, sm.start(), sm.end()):
            part_spans = _prose_spans(text, part.start(), part.end())
            spans += part_spans
            quotes += [(part.start(), part.end() - (part.group()[-1] in "。！？!?；;"))] * len(part_spans)
        indicators, carried = _read_figures(text, spans, [name for _, _, name in zones], carried)
        for (s, e, _), indicator, quote in zip(spans, indicators, quotes):
            entity = _entity(sm.group(), s - sm.start(), zones)
            facts.append(_fact(chunk, (s, e), entity, indicator, quote, _period(chunk, sm.start(), s)))
    return facts


def chunk_facts(chunk: dict, parts: list[str] = ()) -> list[dict]:
    """Every figure of one chunk, as facts (offsets in the cleaned document); `parts`: see _parts_named."""
    return _table_facts(chunk) if _is_table_row(chunk) else _prose_facts(chunk, list(parts))


def extract_facts(chunks: list[dict]) -> list[dict]:
    """The facts of a document's chunks, in document order."""
    parts = _parts_named(chunks)
    return [fact for chunk in chunks for fact in chunk_facts(chunk, parts)]
