"""The figures a question asks for ('…有几个，总投资多少' asks two): for each, the unit said or implied, the
attribute asked (开工率 in '…开工率多少'), whether a share is asked and the noun a count counts. Pure
functions over the question's text and the documents' vocabulary (`Corpus`)."""
from __future__ import annotations

import re
from dataclasses import dataclass

import jieba

from qa.corpus import Corpus
from index.zones import ZONE_WORD
from qa.counted import asked_noun
from qa.asking_words import BETWEEN_PERIODS_ONLY, SPAN_OF_ISSUES
from qa.kinds import is_cue
from qa.part_indicator import narrows, part_asked, whole_written
from qa.words import tagged

# words that ask or frame a question, never what it is about (no term, no attribute asked)
QUESTION_WORDS = set(
    "多少 多少钱 几 几个 几家 几项 是 的 了 吗 呢 啊 呀 吧 请问 什么 哪些 哪个 哪 哪里 有 有多少 怎么样 咋样 咋 如何 "
    "情况 具体 一下 告诉 我 我们 共 总共 一共 分别 达到 多大 啥 为 目前 现在 能 可以 知道 想 问 问下 请 给 说说 "
    "一共有 多高 多 大概 大约 左右 是否 有没有 没有 呢 还有 及 和 与 或 以及 都 该 这个 那个 其 它 他们 上 中 在 "
    "百分点 个百分点 "  # the unit a difference of rates is asked in (高了几个百分点), no indicator
    "数 数量 数字 情况如何 怎样 几何 多长 多久 哪年 哪一年 完成 实现 达到 达成 到位 累计 共计 "
    # words that frame a question rather than name what it is about
    "准备 打算 方式 举措 做法 办法 手段 经验 效果 上有 哪些地方 地方 带队 主要 时候 一些 一点 些 个数 数据 "
    "里面 里头 当中 之中 目标 那边 这边 这块 那块 方面 领域 层面 名字 名称 全称 总体 整体 大体 "
    "列出 列举 罗列 一一 逐一 逐个 挨个 一下子 "  # 一一列出: how to answer, no word of it
    "看看 看一看 瞧瞧 "  # 看看走势: the asker's request to see, no word of what is asked
    "最近 一直 始终 "  # 最近几期是不是一直在下降: over which issues, no word of them
    "栏目 版块 板块 版面".split())  # 数读栏目里: where in the bulletin, no word of what is asked
_UNIT_HINT = re.compile(r"(?:多少|(?<!哪)几)(亿元|万元|亿|万|元|钱|吨|个|家|人|件|次|场次|项(?!目)|户|亩|套|台|名|场|宗|笔|GW|MW|"
                        r"座|位|条|辆|所|届|部|艘|架|颗|种|岁|天|米|公里|倍)")
_POINTS_ASKED = re.compile(r"(?:多少|(?<!哪)几)个?百分点")  # 高了几个百分点: no count of 个
_COUNT_MEASURES = "个家项名人户套台辆座场批条件次种位宗笔"
# a count asked by its measure word and 数 (出让宗数, 贷款笔数, 企业户数): the figures in that measure, no word a row writes
COUNT_BY_MEASURE = re.compile(r"([宗笔家户项件套台座批条])数(?![据字量额值])")
_UNIT_ALIASES = {"钱": "元", "亿": "亿元"}
DONE_ASKED = re.compile(r"(?:完成|实现|累计)(?!率|进度|比例)")  # what was done asked, beside a plan of it (本年计划投资 | 1-9月完成)
# what a count of these is written in (多少项目 -> 23个, 几家企业 -> 20家)
_COUNTED = {"项目": "个", "企业": "家", "公司": "家", "单位": "家"}
_COUNTED_HINT = re.compile(r"(?:多少|(?<!哪)几)(?:个|家)?(" + "|".join(_COUNTED) + ")")
# words of a change (增加了多少, 提高了几个): what kind of figure is asked, not a term of the indicator;
# 增加 is not the 增加值 of an indicator
CHANGE_WORDS = r"增长|增加(?!值)|增量|提高|提升|减少|下降|降低|扩大|缩小|回落|上涨|涨"
# what is counted, asked of itself or of its change (新增投资项目增加了多少: a count of projects, not money)
_COUNTED_SUBJECT = re.compile(r"(" + "|".join(_COUNTED) + rf")(?:数量?|个数)?[\s了的是有为共]*(?:{CHANGE_WORDS})?了?"
                              r"(?:多少|几)(?![个家项人元亿万])")
_COUNTED_END = re.compile(r"(" + "|".join(_COUNTED) + r")(?:数量?|个数)[？?。]?$")  # 签约项目数: a count of 项目
SHARE = re.compile(r"占比|比重|占(?!用|地|有|据|领)")  # a share asked (占全市比重) or written (占全市32%)
# after the indicator whose share is asked (工业投资占比), with the whole it is a share of (在全市占)
_SHARE_OF = re.compile(r"(?:在[\u4e00-\u9fff]{1,3}?)?(占比|比重|比例|占)")
# the size of a fall asked (降幅最大, 下降最多的开发区, 跌幅): a rate of change ranked, lowest first
FALL_SIZE = r"降幅|跌幅|(?:下降|下滑|回落)得?(?:最|幅度)|(?:跌|降|下降|下滑|回落|减少)得(?:最|更)(?:多|大|厉害|猛|狠|凶|深)"
_SIGN_TURN = r"(?:由[负正])?转[正负]"  # 由负转正: the sign of a rate of change, asked
# 是不是一直在下降, 有没有增长: whether it rose or fell, which its rate of change says
_WHETHER_CHANGED = r"(?:一直|持续|始终|是不是|是否|有没有)(?:在|都|是)?(?:下降|下滑|增长|上升|回落|负增长|正增长)"
_PERCENT_HINT = re.compile(r"率(?!先)|占比|比重|比例|百分|[同环]比|增速|增幅|增长|涨幅|[涨降跌]了?(?:多少|几)|占.{0,8}(?:多少|几)|"
                           + FALL_SIZE + "|" + _SIGN_TURN + "|" + _WHETHER_CHANGED)
# always in % (开工率 is no 132个); 同比/环比 too: a change against the same period last year or the one before, which
# bulletins state as a rate (营收同比增长这几期: the rates, not the amounts)
# (环比变化: the change from one issue to the next, asks no rate)
_RATE_WORD = re.compile(r"率(?!先)|占比|比重|比例|百分|增速|增幅|同比|" + BETWEEN_PERIODS_ONLY.replace("(?=", "(?!") + "|"
                        + FALL_SIZE + "|" + _SIGN_TURN + "|" + _WHETHER_CHANGED)
_MONEY_HINT = re.compile(r"额|金额|[投外]资(?!项目|企业|主体|公司)|产值|增加值|收入|资金|多少钱")  # 外资多少: an amount of it
FIGURE_HINT = re.compile(r"(?<=[\u4e00-\u9fff])数[？?。]?$|多少|"
                         # an amount named, nothing asked (砚溪园区1-3月税收收入): its figure
                         r"^(?!.*(?:什么|哪|怎|如何|吗|谁|啥|是否|有没有|情况)).*(?:收入|营收|投资|外资|增加值|产值|税收|利润|额|量)(?:数据|数字)?[？?。]?$|"
                         r"(?<!哪)几|率(?!先)|占比|比重|比例|增长|增速|增幅|规模(?!以[上下])|金额|总额|数量|产值|投资额|多大|多高")  # 规模以上: a qualifier; 率先: first, no rate


def rate_only_by_whether(text: str) -> bool:
    """Whether the question asks a rate only by asking whether the figure rose or fell (有没有增长), naming none
    (增速, 同比, …率)."""
    whether = re.search(_WHETHER_CHANGED, text)
    return bool(whether) and not _PERCENT_HINT.search(text[:whether.start()] + text[whether.end():])


def without_rate_nouns(text: str) -> str:
    """The text without a word ending in 率 that qualifies the noun after it (功率/n 半导体/n: a thing, not a rate
    asked); 出租率是多少, 开工率和投产率 keep theirs."""
    words = tagged(text)  # the question's tagging, which its places are read from too
    return "".join(" " if w.word.endswith("率") and k + 1 < len(words) and words[k + 1].flag.startswith("n")
                   and not words[k + 1].flag.startswith("vn") else w.word for k, w in enumerate(words))


_PART_SPLIT = re.compile(r"[，,、；;和？?]|以及|并且|同时")  # 开工率和投产率: two figures (a piece without a figure word asks none)


@dataclass
class Ask:
    """One figure a question asks for: '…有几个，总投资多少' holds two."""
    terms: list[str]
    unit: str | None           # 个, %, 元 …
    strict_unit: bool          # said outright (多少吨), not inferred (投资额 -> 元)
    focus: str | None          # the attribute asked for: 开工率 in '…开工率多少'
    share: bool = False        # a share is asked (占全市比重): the indicator's own figure does not answer
    counted: str | None = None  # the noun a count asked counts (几个开发区 → 开发区)
    against_period: bool = False  # a change against a period named (比一季度涨了多少), not against last year
    focus_written: bool = False  # the documents write the attribute asked as such (税收收入): a compound they use
    running_total: bool = False  # 累计 asked: the total so far (累计达到127个), not what was added (新建9个)
    of_target: bool = False    # the share of a target met asked (完成年度目标的多少): a % written after 目标的
    against_average: bool = False  # a gap to an average asked (比全省平均高多少): a figure written after 高于…平均
    year_before: bool = False  # 上年营业收入 asked: the level a change rose from (由上年的71.6亿元增至…) answers
    change_only: bool = False  # the change asked (比上年提高了多少), not the level it reached (增加到多少项)
    said: str = ""             # the question's words asking it
    part: str = ""             # the part of an indicator asked (跨境电商 of 跨境电商进出口额): the whole's figure is none
    whole_written: bool = False  # the documents state the indicator asked alone: a narrowed one is only its part


# a total so far as a text writes it (累计达到156家, 总数达到903家, 共有高新技术企业468家)
RUNNING_TOTAL = re.compile(r"累计|共计|总计|合计|总数|共有|现有|拥有")
# a total so far asked (一共有多少家, 高企总数, 高新技术企业数量), unless what was added is (新认定多少家, 净增几家): a
# stock, not a period's flow
_TOTAL_ASKED = re.compile(r"累计|一共|总共|共有|共计|合计|总数|现有|目前有|拥有|存量|数量")
_ADDED_ASKED = re.compile(r"新增|净增|新认定|新引进|新招引|新建|新签约|新开工|新入驻|新登记|增加|引进")
# a position asked (居全省第几, 排名第几): bulletins write it 第N位, or 第N名 when the question says 名
_RANK_ASKED = re.compile(r"第几(名)?(?![期次批季届轮个项条])")


def _begins_word(text: str, at: int, unit: str) -> bool:
    """Whether the unit character at `at` begins a longer word (人才), other than the unit counted as times (人次)."""
    word = jieba.lcut(text[at:at + 4])[0]
    return len(word) > len(unit) and word != unit + "次"


def _unit_of(text: str) -> tuple[str | None, bool]:
    """(unit, whether the question says it outright)."""
    rank = _RANK_ASKED.search(text)
    if rank:
        return rank.group(1) or "位", False  # not said outright: ranked among peers when none is written
    if _POINTS_ASKED.search(text):
        return "%", False  # a difference of rates: the rates in %, or the change as written (个百分点)
    explicit = _UNIT_HINT.search(text)
    if explicit and _begins_word(text, explicit.start(1), explicit.group(1)):
        explicit = None  # 多少人才: 人 begins the noun asked (人才, 人口), it is no unit
    if explicit:
        return _UNIT_ALIASES.get(explicit.group(1), explicit.group(1)), True
    counted = _COUNTED_HINT.search(text)
    if counted:
        return _COUNTED[counted.group(1)], True
    subject = _COUNTED_SUBJECT.search(text) or _COUNTED_END.search(text)
    if subject:
        return _COUNTED[subject.group(1)], False
    by_measure = COUNT_BY_MEASURE.search(text)
    if by_measure:
        return by_measure.group(1), True
    if _PERCENT_HINT.search(text):
        return "%", bool(_RATE_WORD.search(text))
    # money asked (投资, 增加值): a count or a share in the same sentence does not answer it
    return ("元", True) if _MONEY_HINT.search(text) else (None, False)


_NOUN_ASKED_AFTER = re.compile(r"的?([\u4e00-\u9fff]{2,8}?)[吗呢啊呀？?。]*$")
_PARTICLES = set("的 了 是 有 为 在 达 到 共 约 又 还 都 也 吗 呢".split())


def _focus(text: str, corpus: Corpus) -> str | None:
    """The attribute asked for, as the question writes it: the word before the question word
    (开工率 in '…开工率多少', 投产率 from 投产+率, 固定资产投资 when the documents use the compound)."""
    asked = re.search(r"多少|几|咋样|怎么样|如何|多大|多高|是多", text)
    after = _NOUN_ASKED_AFTER.match(text, asked.end()) if asked else None
    if after and corpus.contains(after.group(1)) and not _UNIT_HINT.search(text) and not _COUNTED_HINT.search(text):
        return after.group(1)  # 完成了多少投资: the noun after the question word
    before = text[:asked.start()] if asked else text
    share = _SHARE_OF.search(before)
    if share and share.start() > 0:  # 工业投资占全市多少: a share of the indicator written before 占
        before = before[:share.start()] + ("占" if share.group(1) == "占" else "")  # 工业投资占比: 工业投资
    words = [w for w in jieba.lcut(before) if w.strip() and w not in _PARTICLES and w not in QUESTION_WORDS]
    words = [w for w in words if re.search(r"[\u4e00-\u9fffA-Za-z0-9]", w)]
    while len(words) > 1 and is_cue(words[-1]):
        words.pop()  # 进出口总额历期, 营收变化情况: the words saying what kind of answer are no attribute
    if not words:
        return None
    last = words[-1]
    if len(words) > 1 and (len(last) == 1 or (len(last) == 2 and corpus.contains(words[-2] + last)
                                              and words[-2] + last in before)):
        return words[-2] + last
    return last


# 几个开发区的工业投资，垫底的是哪个; 几个高新区营业收入各多少: the places a figure is asked of (one picked, or
# each); no count asked (有几个开发区 counts them)
_AMONG_PLACES = re.compile(rf"(?<!哪)几个(?=(?:{ZONE_WORD.pattern}|城?市|县|区)(?:.*?(?:哪(?!些|几)|谁)"
                           r"|[^，,。？?]+?(?:分别|各自?|都)(?:是|为|有)?(?:多少|几)))")


_SPAN = re.compile(SPAN_OF_ISSUES)  # 近几个月, 三个季度下来: the issues asked over, no count in 个
# how many firms there are (高企分别多少家, 有几家): a stock, its total where a bulletin writes one beside what was added
_FIRMS_COUNTED = re.compile(r"(?:多少|几)家")


def _total_asked(text: str) -> bool:
    """Whether the total so far is asked (共有多少家, 累计新认定多少家, 高企多少家), not what a period added (新认定多少家)."""
    if "累计" in text:
        return True
    return not _ADDED_ASKED.search(text) and bool(_TOTAL_ASKED.search(text) or _FIRMS_COUNTED.search(text))


def figures_asked(text: str, terms: list[str], corpus: Corpus) -> list[Ask]:
    """'有几个，总投资多少' asks two figures: the terms, unit and focus of each part that asks one."""
    text = _SPAN.sub(" ", _AMONG_PLACES.sub("", text))
    pieces = [p for p in _PART_SPLIT.split(text) if FIGURE_HINT.search(p)]
    if len(pieces) < 2:
        return [_ask(terms, text, corpus)]
    return [_ask([t for t in terms if t in p] or terms, p, corpus) for p in pieces]


# the share of a target met, asked (完成年度目标的多少, 完成全年计划的几成, 目标完成率): a % the text writes after the target
_AVERAGE_ASKED = re.compile(r"比[^，,。？?]{0,4}平均(?:水平|值|数)?[^，,。？?]{0,3}?(?:高|低|快|慢|多|少)"
                            r"|(?:高于|低于|快于|慢于|高出|超出)[^，,。？?]{0,4}平均")  # a gap to an average, asked
_OF_TARGET_ASKED = re.compile(r"完成了?[^，,。？?]{0,8}?(?:目标|计划|任务)(?:任务)?的?(?:多少|几成|百分之(?:几|多少)|比例|比重|进度)"
                              r"|(?:目标|计划|任务)(?:任务)?完成(?:率|进度|比例|了?多少|了?几成)")


_CHANGE_ASKED = re.compile(rf"(?:{CHANGE_WORDS})了?(?:多少|几)")
_LEVEL_ASKED = re.compile(rf"(?:{CHANGE_WORDS}|[增升达])了?(?:到|至)")  # 增加到多少项, 提高到了多少: the level reached


def _ask(terms: list[str], text: str, corpus: Corpus) -> Ask:
    focus = _focus(text, corpus)
    of_target, against_average = bool(_OF_TARGET_ASKED.search(text)), bool(_AVERAGE_ASKED.search(text))
    unit, strict = ("%", True) if of_target else _unit_of(text)
    # 项目有几个: a count of things, whatever names them (…项目等20个); an amount's indicator is its head
    head = None if asked_noun(text) or (unit and unit in _COUNT_MEASURES) else focus
    strict = strict and unit != "倍"  # 是…的几倍: a multiple written (两倍), or one of two amounts (52.47亿元 and 26.1亿元)
    return Ask(terms, unit, strict and not against_average, focus, bool(SHARE.search(text)), asked_noun(text),
               focus_written=bool(focus) and corpus.contains(focus), running_total=_total_asked(text),
               of_target=of_target, against_average=against_average,
               change_only=bool(_CHANGE_ASKED.search(text)) and not _LEVEL_ASKED.search(text), said=text,
               part=part_asked(text, head, corpus), whole_written=whole_written(head, corpus) and not narrows(text, head))
