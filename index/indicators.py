"""What a figure counts: the indicator written just before it in its own clause (index/facts.py uses it).

Without time words, subjects and verbs (`1-3月，全市开发区规模以上工业增加值完成13.25亿元` -> 规模以上工业增加值). A
relative figure (`占全市49%`, `同比增长2.2%`) is read against the figure before it: 工业投资占全市. A bare verb before a
count takes the noun after it (`新增11个投资项目` -> 新增投资项目); a figure whose own clause holds only a verb takes the
subject (or object) of the clause before (`税收收入由负转正，实现33.18亿元` -> 税收收入).
"""
from __future__ import annotations

import re

import jieba
import jieba.posseg

from index.figures import COMMA, FIGURE, split_figure

_CLAUSE_MARK = re.compile(rf"[，；;：:、]|{COMMA}")
QUALIFIER_AFTER = re.compile(r"(?:以上|以下|以内)(?=[\u4e00-\u9fff])")  # 10亿元以上项目: a threshold
_LEADING = re.compile(
    r"^(?:[①-⑳]|\d{1,2}[.．、](?!\d)|20\d\d年(?:以来|底|末)?|\d{1,2}(?:\s*[-－—~至到]\s*\d{1,2})?月(?:份|底|末)?|当月|[一二三四]季度|前三季度|前[\d一二两三四五六七八九十]{1,2}个月|上半年|下半年|"
    r"全年|今年|去年|当年|年内|目前|当前|截至|截止|其中|预计|力争|确保|累计|共计|合计|总计|共|另有|此外|同时|"
    r"[一二三四五六七八九十]{1,3}是|全市|全省|全县|全区|我市|本市|各开发区|各园区|开发区|园区|已|均|还|又|也|并|将|"
    # a place's name set off by a space, leading its paragraph (a bold 甲市 before 1-8月开发区营业收入…): whose, not what
    r"[\u4e00-\u9fff]{1,8}?[市县区州盟旗](?=\s))")
_VERB = re.compile(r"累计完成|完成|实现|达到|共")
_RUNNING_TOTAL = re.compile(r"累计|共计|总计|合计")  # 新建研发平台9个，累计达到127个: all of them so far
_TRAILING = re.compile(r"(?:为|高达|达|近|超|超过|逾|突破|增至|扩充至|增加至|提升至|提高到|达到|共|(?<![累合总])计|了|的|"
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
_COMPLETED = re.compile(r"(?:\d{1,2}\s*[-－—~至到]\s*\d{1,2}月|\d{1,2}月底?|前三季度|[一二三四]季度|上半年|全年|本年|截至|累计|"
                        r"实际)*(完成|实现)$")  # a column of what was done: 1-9月完成, 累计完成, 实际完成
PLANNED = re.compile(r"计划|目标")  # 本年计划投资: what a plan column counts is after it
_ATTRIBUTE = re.compile(r"^(?:计划)?总|^投资|^涉及")  # what counted things amount to: 总投资, 投资额
# a change from one figure to another: 营业收入由上年的341.4亿元增至372.5亿元, 时间由45天缩短至30天; both count what
# stands before 由
_FROM = re.compile(r"(?:由|从)(?:上年|去年|年初|上半年|[一二三四]季度|前三季度|\d{1,2}月)?(?:同期|底|末)?的?$")
_TO = re.compile(r"(?:增|减|降|升|提高|提升|上升|下降|缩短|缩减|压缩|扩大|增加|减少|回升|回落)?(?:至|到)")


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


def indicator_phrase(before: str, zones: list[str]) -> str:
    """What the text before a figure says it counts: after `完成` when something follows it, else before;
    the whole phrase when what precedes the verb modifies what follows (投产项目的已完成投资)."""
    phrase = _strip(before, zones)
    verbs = list(_VERB.finditer(phrase))
    verb = verbs[-1] if verbs else None
    if verb is None or phrase[:verb.start()].endswith(("的", "已")):
        return phrase
    after, before_verb = _strip(phrase[verb.end():], zones), _strip(phrase[:verb.start()], zones)
    if len(after) == 1:  # 完成率, 目标完成率: a suffix names what of the verb is counted, not a noun of its own
        return phrase
    return after or before_verb


def completed_column(column: str, before: list[str]) -> str:
    """What a table column named by a verb of doing after its period counts: the noun written before it
    (`固定资产投资1-9月完成` -> 固定资产投资完成), else the verb of what the plan column before it counts (`1-9月完成`,
    `累计完成` after `本年计划投资` -> 完成投资; `before`: the columns or indicators before it); empty for any other column."""
    column = column.strip()
    done = _COMPLETED.search(column)
    if not done:
        return ""
    planned = [PLANNED.split(header, 1)[1] for header in before if PLANNED.search(header)]
    noun = column[:done.start()]
    return noun + done.group(1) if noun else done.group(1) + planned[-1] if planned and planned[-1] else ""


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


def read_figures(text: str, spans: list[tuple[int, int, str]], zones: list[str],
                  carried: str = "") -> tuple[list[str], str]:
    """The indicator of each figure span (start, end, text before it in its clause) of one sentence, and the
    last one that is not relative. A share or a change (`占全市49%`, `同比增长2.2%`) is read against the figure
    before it, and so is an attribute of counted things (`“签约一批”项目101个，总投资506.2亿元`); a figure
    with nothing to say what it is (`其中，甲经开区完成40.6亿元`) takes `carried`, the previous sentence's."""
    out: list[str] = []
    base, counted, previous_end = carried, "", None  # counted: the last count's indicator (铺排项目)
    changed_from = False  # the figure before is one a change starts from (由45天缩短至30天)
    for start, end, before in spans:
        if changed_from and _TO.fullmatch(before):
            out.append(out[-1])  # …增至372.5亿元: the same indicator as the figure it changed from
            previous_end, changed_from = end, False
            continue
        change_from = _FROM.search(before) if _TO.match(text, end) else None
        changed_from = bool(change_from)
        if change_from:
            before = before[:change_from.start()]  # 营业收入由上年的341.4亿元增至…: 营业收入
        phrase = indicator_phrase(before, zones)
        unit = split_figure(text[start:end])[1]
        if QUALIFIER_AFTER.match(text, end):  # 10亿元以上项目: the threshold of a group
            previous_end = end
            out.append(_strip(before, zones) + text[end:end + 2] + _noun_after(text[end + 2:]))
            continue
        if unit and unit[0] in _COUNT_UNITS:
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
        base, counted = phrase, phrase if unit and unit[0] in _COUNT_UNITS else counted
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
