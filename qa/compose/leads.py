"""The leads a summary gives of prose: each sentence of a paragraph by its first figure's clause (else its first
clause past a lead-in such as 在项目建设方面), and items written inline (第一，…；第二，…) each by its own."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from index.figures import FIGURE
from index.owners import is_table_row
from index.periods import period_spans
from index.structure import DISTRIBUTION
from index.zones import ZONE_WORD
from qa.compose.gist import CLAUSE_MARK, figures_on, lead_end
from qa.dates import DATE
from qa.meanings import tells_plans, tells_problems

MAX_LEADS = 8  # sentence leads a summary gives of one section's prose
MAX_PART_TITLE = 40  # characters of a list's part shown whole as its title
MIN_FIGURE_PARTS = 3  # parts of figures (A；B；C。) that make a sentence a list of them
FIGURES_WITHIN = 3  # sentences of a prose section's opening that may be such a list (一季度，…平稳开局。…。1-3月，…)
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
# items written inline: 一是…；二是…, 第一，…, ①…, （一）… after a clause's start (or 将: 岚溪市将第一，…)
_INLINE_ORDINAL = re.compile(r"(?:^|(?<=[，,；;：:。将]))(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、]"
                             r"|[①-⑳]|[（(][一二三四五六七八九十]{1,3}[)）])")
# 在项目建设方面，/ 从运行特点看，/ 督查中，/ 督查发现，: no lead by itself, what follows is what is said
LEAD_IN = re.compile(r"(?:方面|来看|看|其中|此外|同时|下一步|中|发现|显示|表明|指出)$")
_CLAUSE = re.compile(CLAUSE_MARK)
MIN_LEAD = 4  # characters a lead needs besides its periods to say something (not 2026年上半年 alone)
_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,4}[：:]")  # 编者按：, 注：: what the text is, not what it says
_POINTER = re.compile(r"见(?:下|附|上)?表")  # 各园区主要指标见下表: points to a table, tells nothing


@dataclass
class Item:
    title: str              # the lead clause, as written: 二是持续加速项目建设
    chunk: dict             # the chunk that opens with it
    lead: bool = False      # a section written as prose: its lead (the first figure's clause) stands for an item
    start: int = 0          # where the title stands in the chunk (a part of a prose list: after the parts before it)
    continued: tuple = ()   # the chunks that go on with an item whose own chunk is its title alone (see sections.py)


def is_prose(text: str) -> bool:
    """A paragraph of clauses, not a table's row (岚溪经开区 营业收入 186.42亿元。), a caption or the 报：…送：… footer; or
    the zones a grade is given (先进开发区：甲经开区、乙高新区), a statement with no clause mark."""
    return (bool(_CLAUSE.search(text)) or bool(_GRADED_ZONES.match(text))) and not is_table_row(text) \
        and not DISTRIBUTION.match(text)


_GRADED_ZONES = re.compile(rf"^[\u4e00-\u9fff]{{1,6}}(?:{ZONE_WORD.pattern})[：:][^：:]+?、")  # a class of zones, their names


def sentence_leads(chunk: dict) -> list[Item]:
    """Each sentence of a paragraph by its lead (its first figure's clause, else its first clause past a lead-in
    such as 在项目建设方面); a sentence of items written inline (第一，…；第二，…) or of three or more parts of figures by
    each one's lead."""
    spread = _spread_items(chunk)
    if spread:
        return spread
    text, leads = chunk["text"], []
    for sentence in _SENTENCE.finditer(text):
        if _POINTER.search(sentence.group()) and not FIGURE.search(sentence.group()):
            continue
        ordinals = list(_INLINE_ORDINAL.finditer(text, sentence.start(), sentence.end()))
        parts = [m for m in _PROSE_PART.finditer(text, sentence.start(), sentence.end()) if m.group(1).strip()]
        if len(ordinals) < 2 and len(parts) >= MIN_FIGURE_PARTS and all(FIGURE.search(m.group(1)) for m in parts):
            # a sentence of three or more parts of figures (营业收入…；固定资产投资…；…入驻企业38家): each part, as a
            # prose section's is
            leads += [_lead_of(chunk, m.start(1), m.end(1)) for m in parts]
            continue
        if len(ordinals) < 2:
            leads.append(_lead_of(chunk, sentence.start(), sentence.end()))
            continue
        if FIGURE.search(text, sentence.start(), ordinals[0].start()) \
                or _aims(text[sentence.start():ordinals[0].start()]):  # figures or an aim before the items: a lead too
            leads.append(_lead_of(chunk, sentence.start(), ordinals[0].start()))
        ends = [o.start() for o in ordinals[1:]] + [sentence.end()]
        leads += [_lead_of(chunk, o.end(), end) for o, end in zip(ordinals, ends)]
    return [lead for lead in leads if lead.title]


_NUMERALS = "一二三四五六七八九十"


def _number(ordinal: str) -> int | None:
    """The number an inline ordinal counts (二是 → 2, ③ → 3, 第四， → 4, （五） → 5; 十 and above: None)."""
    circled = next((ord(c) - ord("①") + 1 for c in ordinal if "①" <= c <= "⑳"), None)
    numeral = next((_NUMERALS.index(c) + 1 for c in ordinal if c in _NUMERALS), None)
    return circled or numeral


def _spread_items(chunk: dict) -> list[Item]:
    """Items written inline whose ordinals stand in sentences of their own, each item's title a sentence of its own
    (…主要做法：一是强化链式招商。围绕…；二是推行拿地即开工。对新签约…): one item from each ordinal to the next, counted
    1, 2, 3 in order, titled by its first sentence when short and of no figure (else by its lead); the sentences before
    the first, by their leads. [] for a paragraph whose items stay within one sentence (一是…；二是…。), or of none."""
    text = chunk["text"]
    ordinals = list(_INLINE_ORDINAL.finditer(text))
    if len(ordinals) < 2 or [_number(o.group()) for o in ordinals] != list(range(1, len(ordinals) + 1)) \
            or not any(re.search(r"[。！？!?]", text[a.end():b.start()]) for a, b in zip(ordinals, ordinals[1:])):
        return []
    before = [_lead_of(chunk, m.start(), m.end()) for m in _SENTENCE.finditer(text, 0, ordinals[0].start())
              if FIGURE.search(m.group())]
    items = []
    for ordinal, end in zip(ordinals, [o.start() for o in ordinals[1:]] + [len(text)]):
        first = _FIRST_SENTENCE.match(text[ordinal.end():end].rstrip("；;，, "))  # never into the next item
        title = first.group() if first and len(first.group()) <= MAX_PART_TITLE and not FIGURE.search(first.group()) \
            else _lead_of(chunk, ordinal.end(), end).title
        items.append(Item(title.rstrip("，,；;：:。"), chunk, lead=True, start=ordinal.end()))
    return [lead for lead in before + items if lead.title]


def with_sentences(lead: Item, sentences: list[Item]) -> tuple[list[Item], list[Item]]:
    """A prose section's lead, reaching to the end of a sentence's lead it cuts into (…稳中有升。…同比增长8.4%，增速比
    1-2月加快0.8个百分点), and the leads of the paragraph's sentences after it."""
    end = lead.start + len(lead.title)
    for sentence in sentences:
        if lead.start < sentence.start < end < sentence.start + len(sentence.title):
            end = sentence.start + len(sentence.title)
    return [replace(lead, title=lead.chunk["text"][lead.start:end])], [s for s in sentences if s.start >= end]


def _aims(lead_in: str) -> bool:
    """Whether the words before a sentence's inline items say more than that items follow: besides its last clause
    (重点抓好三项工作：) and its periods, something is left (2026年，全省开发区将围绕“提质扩量”目标，…; not 市商务局将,
    下一步，各地要…：)."""
    clauses = [c for c in _CLAUSE.split(lead_in.strip().rstrip("：:，,；;")) if c]
    return not _says_little("，".join(clauses[:-1]))


def _says_little(clause: str) -> bool:
    """A clause too short to stand for its sentence, its periods aside (2026年上半年，…) and its dates (a dated item's
    `6月11日，…`: when, not what)."""
    for s, e in reversed(period_spans(clause)):
        clause = clause[:s] + clause[e:]
    return len(_LABEL.sub("", DATE.sub("", clause)).strip()) < MIN_LEAD


def _lead_of(chunk: dict, start: int, end: int) -> Item:
    piece = chunk["text"][start:end]
    start += len(piece) - len(piece.lstrip())
    piece = piece.strip()
    cut = lead_end(piece)
    if (LEAD_IN.search(piece[:cut]) and not FIGURE.search(piece, 0, cut)) or _says_little(piece[:cut]):
        following = _CLAUSE.search(piece, cut + 1)
        cut = following.start() if following else len(piece)
    cut = figures_on(piece, 0, cut)  # a sentence's later figures are what staff quote of it
    return Item(piece[:cut].rstrip("，,；;：:。"), chunk, lead=True, start=start)


# （1）…（2）…, ★…★…: paragraphs numbered or bulleted under a section, each an item
_ARABIC_ORDINAL = re.compile(r"^(?:[（(]\d{1,2}[)）]|[■□★☆◆◇●○▲△▪•])")
_PROSE_PART = re.compile(r"([^。；;]+)[。；;]?")
_FIRST_SENTENCE = re.compile(r"[^。！？!?]+")


def prose_items(part: dict, chunks: dict[str, dict]) -> list[Item]:
    """A section of prose, no numbered item (一、运行态势): its lead as its one item; paragraphs numbered （1）（2）
    each one (by their first sentence when short: （1）固定资产投资下降，新开工项目偏少; ★ 链式招商成效明显), with its first
    figures after it; a first sentence of three or more
    parts of figures (营业收入…；规上工业增加值…；固定资产投资…) each part, as a list of problems or plans is."""
    numbered = [chunks[c] for c in part.get("chunks", []) if c in chunks and _ARABIC_ORDINAL.match(chunks[c]["text"])]
    if len(numbered) >= 2:
        return [Item(_numbered_title(c["text"]), c) for c in numbered]  # each with its first figures, as an item
    first = next((chunks[c] for c in part.get("chunks", []) if c in chunks and is_prose(chunks[c]["text"])), None)
    if not first or not first["text"].strip():
        return []
    text = first["text"]
    parts = [m for m in _PROSE_PART.finditer(text) if m.group(1).strip()]
    if len(parts) >= 2 and (tells_problems(part.get("title")) or tells_plans(part.get("title"))):
        # problems or plans written as one sentence of parts (A；B；C。): each part is one, after the aim its lead-in
        # names (围绕“稳链强链”目标，重点抓好三项工作：)
        lead_in = parts[0].group(1)[:_after_lead_in(parts[0].group(1))]
        aim = [_lead_of(first, parts[0].start(1), parts[0].start(1) + len(lead_in))] if _aims(lead_in) else []
        return aim + [Item(_part_title(m.group(1)[_after_lead_in(m.group(1)):]), first, lead=True,
                     start=m.start(1) + _after_lead_in(m.group(1))) for m in parts]
    return _figure_parts(first, parts) or [_lead_of(first, 0, len(text))]


def _figure_parts(chunk: dict, parts: list[re.Match]) -> list[Item]:
    """Of a paragraph one of whose first sentences is three or more parts of figures (1-3月，营业收入…；规上工业增加值…；
    固定资产投资…。), the sentences before by their leads and that sentence part by part; [] for any other."""
    text, leads = chunk["text"], []
    for sentence in list(_SENTENCE.finditer(text))[:FIGURES_WITHIN]:
        inside = [m for m in parts if sentence.start() <= m.start(1) and m.end(1) <= sentence.end()]
        if len(inside) >= MIN_FIGURE_PARTS and all(FIGURE.search(m.group(1)) for m in inside):
            return leads + [Item(m.group(1)[:lead_end(m.group(1))], chunk, lead=True, start=m.start(1)) for m in inside]
        leads.append(_lead_of(chunk, sentence.start(), sentence.end()))
    return []


def _numbered_title(text: str) -> str:
    """A numbered paragraph's title: its first sentence when short and of no figure, else its lead."""
    sentence = _FIRST_SENTENCE.match(text).group()
    return sentence if len(sentence) <= MAX_PART_TITLE and not FIGURE.search(sentence) else text[:lead_end(text)]


# a lead-in closed by a colon, or by the 将 of its actor, before the first of the items (下半年，各地要对照全年目标查漏补缺：
# 第一，…; 市商务局将一是…)
_LEAD_IN_COLON = re.compile(r"(?:[：:]|(?<=[\u4e00-\u9fff])将)(?=第[一二三四五六七八九十]{1,3}[，,、]|[一二三四五六七八九十]{1,3}是|[①-⑳]|[（(][一二三四五六七八九十]{1,3}[)）])")
# a lead-in closed by a comma before the first item itself (省商务厅将对照年度目标任务，一是…): a count starting at one
# says the items start there
_LEAD_IN_COMMA = re.compile(r"[，,](?=第一[，,、]|一是|①|[（(]一[)）])")


def _after_lead_in(part: str) -> int:
    """Where a part's first item starts: after a lead-in closed by a colon (or 将) before an ordinal, or by a comma
    before the first ordinal, else 0. A part that is an item itself (二是抓好…，其中一是…) keeps the list nested in it."""
    m = _LEAD_IN_COLON.search(part) or (None if _INLINE_ORDINAL.match(part) else _LEAD_IN_COMMA.search(part))
    return m.end() if m else 0


# a clause turning against the one before (…比重提高到4.6%，但总体规模仍然偏小): what the part says is after the turn
_TURN = r"(?:但|但是|然而|不过|却|可)"
_CLAUSE_END = re.compile(rf"[，,](?!{_TURN})")


def _part_title(part: str) -> str:
    """A prose list's part whole when short, else its lead clause, with the clause turning against it (，但…)."""
    if len(part) <= MAX_PART_TITLE:
        return part
    end = _CLAUSE_END.search(part)
    return part[:end.start()] if end else part
