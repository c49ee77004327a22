"""What a question asks for: one figure, several, a comparison, a trend, a list, a summary, a way, a name.

Decided from the question's own wording (language cues, first match wins), plus how many places it
names: a figure question naming two or more places asks for each of them. Pure and small.
"""
from __future__ import annotations

import re

from index.periods import find_periods, period_spans
from index.zones import ZONE_WORD
from qa.asking_words import (ALL_THE_WAY, CHANGED_ASKED, CHANGE_ASKED, COURSE_ASKED, LATER_ASKED, MEANS, MORE_OR_LESS,
                             MOVE_ASKED, NAME_ASKED, NAMED_MEANS, PERIOD_RANGE, PERIOD_STEPS, PERIODS_ASKED,
                             PERIODS_SET_SIDE, PERSON_ASKED, RANK_ASKED, SERIES_ASKED, SIGN_WHICH, SPAN_OF_ISSUES,
                             TABLE_ASKED, TWO_YEARS, WHY)
from qa.closing_nouns import WAY_CLOSING, WORK_ITEMS
from qa.degree_words import DEGREE, QUALIFIERS
from qa.demands import DEMAND_ASKED
from qa.meanings import MEANINGS, PROBLEMS, REMEDIES
from qa.ordinal_words import ORDINALS_NAMED

_JOINERS = {"和", "与", "及", "跟", "、", "以及", "，", ",", "到", "至"}  # 一季度到上半年: both ends asked
_WAYS = ("办法", "做法")  # 采取了什么办法: how it is done, not a section's list
_SECTION_WORDS = "|".join(w for group in MEANINGS for w in group if len(w) > 1 and w not in _WAYS)
_QUALIFIERS = "|".join(QUALIFIERS)  # 突出问题, 主要成绩: which of the items

# most specific first: 这几期各是多少 is a trend before it is an each; 哪个更高 a comparison before a name
_ITEMS = ("项目", "工程", "企业", "公司")  # things a bulletin names one by one (a list's rows)
_CUES: tuple[tuple[str, re.Pattern], ...] = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("how", WHY.pattern),  # 为什么下降, 降幅最大的原因是什么: the passage telling why, whatever else it names
    # what is to be done about something (对排名靠后的开发区怎么办): a way, whatever ranking or figure it names; not the
    # plans of 下一步怎么办 (a section's list)
    ("how", r"^(?!.*(?:后续|接下来|下一?步|今后|下阶段)).*(?:怎么|如何|怎样|咋)(?:办|处理|应对)[？?。呢]*$"),
    # the means of a standing or change asked (增速全省最快是靠啥, 排名上升3位是怎么做到的): a way, whatever it names
    ("how", r"[靠凭](?:的是?|着)?(?:什么|啥)[？?。呢]*$|(?:怎么|怎样|如何|咋)(?:做到|办到)的[？?。呢]*$"),
    # 每个月, 各月, 历月: the issues month by month (not 每月 alone, a frequency: 每月召开一次调度会)
    ("trend", SPAN_OF_ISSUES + "|" + SERIES_ASKED + "|" + PERIODS_ASKED + r"|[这近前最]?[几两三四五六多]期(?![^，,。？?]{0,3}(?:工程|项目))|" + PERIOD_STEPS
              + r"|[比较跟与和同](?:上[一个]?|前一?)期(?!工作|手续|准备|工程)|历次|历年|历史|往期|变化|变动|走势|走向|趋势|增减情况"
              r"|演变|起伏|波动|[涨跌]势|各阶段"  # how a figure moved said as its course (有没有起伏, 涨势如何)
              r"|(?:升降|增减|涨跌)(?!幅)"
              r"|(?:从[^，,。？?]{1,8}?|季度|半年|月)(?:[到至]|比(?!去年|上年|同期))[^，,。？?]{1,10}?(?:变|增|减|涨|降|提高)"
              + "|" + PERIOD_RANGE + "|" + ALL_THE_WAY + "|" + LATER_ASKED + "|" + COURSE_ASKED + r"|(?:怎么|如何|怎样|咋)(?:变|增减|涨跌|走)|前后(?:对比|比较|相比|比)"  # 前后对比: one thing then and now
              r"|" + TWO_YEARS + r"(?:相?比|对比|比较)|" + PERIODS_SET_SIDE +  # 今年和去年比: one thing in two years
              r"|(?:是不是|是否|有没有|有无)[^，,。？?]{0,4}(?:下降|上升|增长|提高|降低|减少|增加|回落)|" + MOVE_ASKED + "|" + CHANGE_ASKED
              + r"|^[^比]*?(?:" + CHANGED_ASKED + "|" + MORE_OR_LESS + ")"),
    # 哪个市高？ 谁的工业投资多: the comparative ends the clause (not the 大 of 大会, the 多 of 多少)
    ("compare", r"(?:哪|谁)[^，,。？?]{0,14}(?:(?:更|最|较)?(?<!多)(?:高|低|多|少|快|慢|大|小|强|弱|猛|厉害)(?:一些|一点|些|点)?"
                r"(?=[？?。，,！!\s呢啊]|的是|$)|领先|领跑|胜出|占优|居前|落后|殿后|靠前|靠后|(?:排|居|位列|名列)?(?:第一(?![次期批季届轮]|[个家](?=[\u4e00-\u9fff]))|倒数第一|最后|末位|首位|榜首|前列)"
                r"|居首|垫底)"  # 第一个拿到, 第一家投产: the first to do it, a name; 排第一个: unsaid that way
                # the position said before who holds it (领跑的是哪个, 垫底的是谁), and 更 after who (谁更胜一筹, 哪个更好):
                # a comparison whatever the word after 更
                r"|(?:领先|领跑|胜出|占优|居前|落后|殿后|靠前|靠后|居首|垫底)(?:的|者)?(?:是|为|属)?(?:哪|谁)"
                r"|(?:哪|谁)[^，,。？?]{0,14}?更(?!多少|几|新|改|名|换|正)"
                r"|(?:排|位列|名列)(?:在|到)?(?:倒数)?第[二三四五六七八九十]|倒数第[一二三四五六七八九十]|第[一二三四五六七八九十]名"
                r"|(?:排|居|列|位列|位居)(?:在|于)?(?:全省|全市|全国|全县)[^，,。？?]{0,6}?第几"  # 排全省第几: the rank written
                r"|(?:名列|位列|位居|居于?)第几"  # 名列第几: the same, the whole ranked unsaid
                r"|(?:哪|谁)[^，,。？?]{0,14}(?:排|居|位列|名列|位居)(?:在|于)?[^，,。？?]{0,6}?第\d{1,2}[位名]?(?![\d期批次季届轮个项条家年号天])"
                r"|(?:前|后|倒数)[两二三四五六七八九十][名位]?(?:的|是|有|分别)|(?:前|后|倒数)[两二三四五六七八九十][名位](?=[？?。呢]|$)"
                r"|并列(?:全省|全市|全县)?(?:第[一二三四五六七八九十\d]|首位|榜首|末位)"  # 并列第二的是哪两个: a tie asked by its position
                # 超过600亿元的开发区有几个: the places past a figure given, counted
                r"|(?:超过|高于|低于|大于|小于|多于|少于|不足|不到|突破)[^，,。？?]{0,4}?\d[^，,。？?]{0,6}?的(?:开发区|园区|城市|地市|市|县|区)?(?:有|共有|一共有)?(?:几|多少)[个家]"
                r"|(?:是|相当于|抵得上)[^，,。？?]{1,16}的(?:(?:几|多少)(?:倍|成)|百分之(?:几|多少))"
                r"|最(?:高|低|多|少|快|慢|大|小)|排(?:在)?(?:最后|末位|首位|前列|倒数)|居首|垫底|高于|低于|下降最|相差|差距|差了?(?:多少|几)|[多高少低]出了?(?:多少|几)|(?<!占)比[？?]?$"
                r"|" + SIGN_WHICH +
                r"|孰(?:高|低|多|少|快|慢|大|小|优)|(?:高低|强弱|快慢)(?:如何|怎样|怎么样|咋样|情况)|还是[^，,。？?]{1,10}?(?:高|低|多|少|快|慢|大|小)(?=[？?。呢吗]|$)|" + RANK_ASKED + 
                r"|比(?!去年|上年|同期|上[一个]?[季月期])[^，,。？?]{1,16}(?:多|少|高|低|快|慢)(?:了)?(?:多少|几)"
                r"|比(?!去年|上年|同期|上[一个]?[季月期])[^，,。？?]{1,12}(?:更|还)?(?:多|少|高|低|快|慢|大|小)了?(?:吗|么|不|没有)"
                # whether one is above the other, asked without a particle (是不是比乙高, 是否超过乙, 比乙多还是少): a comparison
                r"|(?:是不是|是否|有没有)比(?!去年|上年|同期|上[一个]?[季月期])[^，,。？?]{1,12}?(?:更|还)?(?:多|少|高|低|快|慢|大|小)"
                r"|(?:是不是|是否|有没有|能否)(?:超过|超出|多于|少于|大于|小于|赶上|追上|不及)(?![^，,。？?]{0,3}\d)"
                r"|比(?!去年|上年|同期|上[一个]?[季月期])[^，,。？?]{1,12}?[多少高低快慢大小]还是[多少高低快慢大小]"
                # one set beside the other and how it fares asked (甲跟乙比怎么样, 和乙相比如何): a comparison
                # (not a period set beside: 跟一季度比怎样 is a trend)
                r"|(?:跟|和|与|同)(?!(?:20\d\d年)?(?:去年|上年|同期|上[一个]?[季月期]|前一?期|[一二三四]季度|[上下]半年|前三季度|全年"
                r"|[\d一二三四五六七八九十]+(?:[-—－~至到][\d一二三四五六七八九十]+)?月))"
                r"[^，,。？?]{1,14}?(?:相?比|比较|对比)(?:一下|起来|来看)?"
                r"(?:怎么样|如何|咋样|怎样|情况如何|情况怎么样)"
                # the lead or lag of one over the other asked as an amount (甲领先乙多少, 落后乙几个百分点)
                r"|(?:领先|落后)[^，,。？?]{1,12}?(?:多少|几)"),
    # 分别有哪些: a list per place, not one figure each; 包括哪几个方面: items, not a count
    # 哪几件事, 哪三件事: the things to do, items of work, not a name
    # 哪些经验值得推广: the section's items the clause after them qualifies, not the way of doing one thing
    ("list", r"(?:分别|各自?)(?:有|是)?哪些|哪[几两三四五六七八九十](?:个方面|方面|项|条|点|件)|包括哪|几个方面"
             r"|哪些(?:好的?)?(?:经验做法|经验|做法|举措|措施)(?:值得|可以|可供|能)(?:推广|复制|借鉴|学习)"
             rf"|哪几[个家座]?(?:{ZONE_WORD.pattern})(?=[？?呢吗。]|$)"  # 有哪几个开发区: their names
             rf"|(?:{ZONE_WORD.pattern})(?:都|分别)?(?:是|有)哪几[个家座]?(?=[？?呢吗。]|$)"  # 进步开发区是哪几个: the same
             # 举了哪几个园区的例子, 点了哪几个开发区的名: the places a passage names as its examples
             rf"|哪几[个家座]?(?:{ZONE_WORD.pattern})的?(?:例子|事例|案例|典型|名字?)(?=[？?呢吗。]|$)"
             # 列了哪几个重点项目, 重点项目都有啥: the things a list names, several asked, closing the question (哪个项目
             # asks one: a name; 要推动哪几个项目加快… asks the names a sentence gives them)
             rf"|哪几[个家项批]?[\u4e00-\u9fff]{{0,4}}?(?:{'|'.join(_ITEMS)})(?=[？?呢吗。]|$)"
             rf"|(?:{'|'.join(_ITEMS)})(?:(?:都|分别)(?:有|是)(?:哪几[个家项]?|啥|什么)|(?:有|是)哪几[个家项]?)(?=[？?呢吗。]|$)"
             r"|都(?:有|是)谁"  # 黑榜上都有谁: 都 makes 谁 several, their names listed
             rf"|(?:{_SECTION_WORDS})(?:里|中|当中|之中)[^，,。？?]{{0,6}}?哪(?:几|些)"),  # 问题里哪几个比较突出: its items
    # a way asked by what staff call it (用了哪些招, 靠哪几招, 下了哪些功夫, 主要抓了什么, 得益于什么, 用的什么方法), or named
    # alone (X的经验做法): the way, not a list of a section's items, a name or a figure
    ("how", r"[靠用使凭](?:了|的)?(?:哪些|哪几|什么|啥)(?:好的?|高|妙|实)?招(?!商|工|聘|引|标|生|才)|(?:哪些|哪几|什么|啥)(?:好的?|高|妙|实)?招(?:数|儿)?(?=[？?。呢！!]|$)|下(?:了|的)?(?:哪些|什么|啥)(?:功夫|工夫|力气)"
            r"|抓(?:了|的)(?:些)?(?:什么|啥)(?=[？?。呢]|$)|得益于(?:什么|啥|哪些)|(?:什么|啥|哪些|哪种)(?:好的?)?方法"
            r"|^(?!.*(?:什么|啥|哪|谁|怎|如何|多少|几|[里中]的(?:经验做法|典型做法)))"  # 专报里的经验做法: a section of it
            r".*(?:经验做法|好做法|典型做法|经验|高招|妙招)[？?。呢]*$"),
    # what is done about a problem (如何解决占比偏高的问题, 配套率不足下一步怎么办): a way, whatever figure word it names;
    # the ways to an aim (通过哪些途径引才, 采取了哪些办法解决用工难): a way, not a section's list
    # (哪些经验做法 closing the question: one compound noun, the section's list)
    # (哪些做法比较突出: how marked the measures are, qa/degree_words.py, the section's list)
    ("how", r"(?:哪些|什么|啥)(?:好的?)?(?:办法|途径|做法|方式|手段|经验|措施|举措)(?![和及与]|" + DEGREE + ")"
            r"(?!(?:办法|做法|经验|措施|举措)[？?。]?$)(?=[\u4e00-\u9fff]{2})"
            # the basis a figure is counted on (按什么口径统计的, 口径是什么): how it is counted, which a note tells
            r"|(?:什么|啥|哪种|何种)(?:统计)?口径|口径(?:是|为)?(?:什么|啥|如何|怎么)"
            r"|(?:怎么|怎样|如何|咋)(?:做到|实现|达到)|(?:可以?|值得|能)(?:推广|复制|借鉴|学习)|(?:经验|做法|" + MEANS + r")(?:具体|主要|到底)?(?:是什么|是啥)"
            # 请介绍…的主要做法: the way asked for as a request, not an overview
            r"|(?:介绍|说说|讲讲|谈谈|说明)[^，,。？?]{0,24}?(?:主要|具体|典型|好的?)?(?:做法|经验|办法|方式|途径)[。？?！!]*$"
            r"|(?:在|对)[^，,。？?]{2,12}(?:上|方面)[^，,。？?]{0,4}(?:哪些|什么|啥)(?:好的?)?(?:办法|途径|做法|经验)"
            r"|(?:如何|怎样|怎么|咋|靠什么|通过什么|用什么)(?:来|去)?(?:" + "|".join(REMEDIES[:-3]) + r")"
            r"|(?:" + "|".join(PROBLEMS) + r"|[偏过][高低多少慢弱大重]|缺口|较[大重])[^？?。]{0,12}?(?:怎么|咋|如何)办"
            r"|" + DEMAND_ASKED.pattern),  # 对…提了什么要求: the sentence that demands it, no name
    ("each", r"分别|分头|各(?:自|是|为|有|多少|完成|达到|实现)|各(?:开发区|园区|市|县|区)|每(?:个|家|一个)(?:开发区|园区|市|县|区)"
             r"|[两三四五六七八九十]个?(?:城市|地市|市|开发区|园区|区)(?=[^，,。？?]*(?:多少|几|" + TABLE_ASKED + "))"),  # 四个市的营收都是多少
    ("name", NAME_ASKED),
    ("figure", r"多少|(?<!哪)几|多大|多高|比重|占比|[率额量值数](?:是)?(?:咋样|怎么样|如何)"),
    # a person asked (…介绍运行情况的是谁, 由哪位领导介绍…): the overview's words say what the person did, not what is asked
    ("name", PERSON_ASKED),
    ("summary", r"总结(?![的出了])|概括|概述|概况|综述|简述|介绍|总体情况|整体情况|基本情况|主要情况|大致情况|工作情况|开展情况|发展情况"
                r"|运行情况|(?:主要|核心|重点|基本)内容|(?<!哪些)(?<!什么)要点|(?:主要|会议)精神|方面的?(?:情况|怎么样|咋样|如何)"  # 招商方面的情况: a topic's
                r"|(?:总体|整体|基本|大致|发展|运行)状况|综合情况|全面情况|概貌|全貌|概要|简介|基本面"  # 状况 says 情况
                # 汇报一下, 给我讲一下, 捋一捋: a report asked for, when nothing else is asked (说一下是怎么做的: a way)
                r"|(?:(?<![在准备的])汇报(?!材料|稿|会)|通报(?:一下|下(?=[？?。，,！!]|$))|[讲说](?:一下|一讲|一说|下(?=[？?。，,！!]|$))"
                r"|捋(?:一捋|一下|捋)?)(?![^？?。]*?(?:怎么|如何|怎样|为什么|哪|谁|什么|啥|多少|几))"
                r"|(?:总体|整体|大体|总的)(?:上|来说|来看|看)?(?:怎么样|咋样|如何|怎样|好不好|还行吗)"  # 整体怎么样: the whole, no way
                r"|(?:整体|总体)?(?:态势|表现|形势|势头)(?:怎么样|咋样|如何)?[？?。呢]*$"  # 发展态势如何, 整体表现
                r"|说说|讲讲|谈谈|聊聊|(?:讲|说|写|谈|汇报|反映)了(?:些)?(?:什么|啥)|(?:讲|说|写)的(?:是)?(?:什么|啥)(?=[？?。呢]*$)"
                # 会上汇报了啥, 专报反映了什么, 快报说的啥: what a report told, as a whole
                # 盘点一下…的情况, 情况汇总一下: how it went, gone over as a whole
                r"|(?:盘点|梳理|汇总|归纳|回顾)(?:一下)?[^，,。？?]{0,24}?(?:情况|进展)|(?:情况|进展)(?:盘点|梳理|汇总|归纳|回顾)"  # 通报主要讲了什么: what it tells as a whole
                r"|(?:工作|干|搞|做|发展|运行)得?(?:怎么样|咋样|如何|怎样|好不好)"  # 工作搞得怎么样: how it is going as a whole
                # 调研报告的主要结论, 全年工作回顾, 报告里是怎么说的: what a report concluded or told, as a whole
                r"|结论|回顾[？?。呢]*$|(?:怎么|如何|怎样|咋)(?:说|讲|写|介绍|汇报|表述|评价)的[？?。呢]*$"
                # 有啥新情况, 最新动态, 近况如何, 发展现状, 快报的主要信息: what is new of a place, as a whole
                r"|(?:有|还有)(?:啥|什么|哪些)新(?:情况|动态|进展)|最新(?:情况|动态|进展)"
                r"|(?:近况|现状|主要信息)(?:如何|怎么样|咋样|怎样|是什么|是啥)?[？?。呢]*$"
                # 考核通报里峪川的情况: a place's state asked and nothing else (an amount's 完成情况 is its figure)
                r"|^(?!.*(?:什么|啥|哪|谁|怎|如何|为何|多少|几|吗|靠|凭|各|每|分别|列))"  # 各市…情况, 列一下…情况: each place's, listed
                r".*(?<![率额量值数比])(?<!完成|增长|增速)情况[？?。呢]*$"),
    # 议定事项列一下, 列出来: the items asked to be listed, whatever else the question asks first (定了啥) (逐一列出,
    # 一并列出 a figure of each place asks)
    ("list", r"哪些|有何(?!(?:好的?|具体的?|典型的?|成功的?)?(?:办法|方式|做法|经验|途径|手段))|举措|措施|计划|亮点|成绩|清单|名单|(?:打算|准备|将要?)(?:做|干|搞|抓|开展)"
             r"|列(?:一下|一列|举|出来)"
             r"|(?:后续|接下来|下一?步|今后|下阶段)[^，,。？?]{0,8}(?:安排|打算|部署|重点)(?:是什么|是啥|有哪些|有什么)?"
             r"[？?。呢]*$"  # 后续有什么安排; not 下一步打算怎么推动…
             r"|(?:后续|接下来|下一?步|今后|下阶段)(?:准备|打算|要|将)?(?:怎么|如何|咋)(?:干|做|办|打算|安排)的?[？?。呢]*$"  # 下一步怎么干
             # 四季度准备怎么干: an intent with a bare verb asks the plans (打算怎么提高… names what: a way)
             r"|(?:准备|打算|计划|将要?)(?:怎么|如何|咋)(?:干|做|办|搞|弄)[？?。呢]*$"
             r"|工作(?:是)?(?:怎么|如何|咋|怎样)(?:安排|部署)"  # 下半年工作咋安排的: the plans, listed
             # 遇到了什么困难, 有啥打算, 有哪几个突出问题, 什么值得一提的亮点: a section's items, whatever qualifies them
             rf"|(?:什么|啥|哪些|哪几[个条项点类]?)(?:样的|[\u4e00-\u9fff]{{1,6}}?的|{_QUALIFIERS})?(?:{_SECTION_WORDS})"
             rf"|(?:{_SECTION_WORDS})(?:都|主要|具体)?(?:是|有|包括)(?:什么|啥|哪些|哪几)"),  # 工作重点是什么: the same
    ("how", r"如何|怎样|怎么|咋|(?:什么|啥|何)(?:好的?|具体的?|典型的?|成功的?)?(?:办法|方式|做法|经验|途径|手段|招(?=[？?。呢吗！!]|$))"  # 有什么经验, 有啥好招: the way; not 什么招商活动
            r"|[靠凭](?:的是?|着)?(?:什么|啥)|通过(?:什么|啥)(?!" + NAMED_MEANS + r")(?:办法|方式|途径|手段)?"  # 靠什么提高效率: the means
            r"|(?:什么|啥|哪些)(?:样的)?(?:" + MEANS + ")"),  # 有啥抓手, 什么法宝
    ("name", r"哪|谁|什么|啥"),
))


_CUE = {kind: cue for kind, cue in reversed(_CUES)}  # each kind's first cue
# a section named alone, with no question word (各市1-11月存在的问题, 下半年的工作打算): its list, when no other cue says more
_SECTION_ALONE = re.compile(rf"^(?!.*(?:什么|啥|哪|谁|怎|如何|为何|多少|几|吗|靠|凭)).*(?:{_SECTION_WORDS})[？?。呢]*$")
_EVERY_PLACE = re.compile(r"各(?:开发区|园区|市|县|区)")  # 各市: who is asked, not what

_TITLE = re.compile(r"《[^》]*》")
_HOW_IT_WENT = re.compile(r"(?:咋样|怎么样|怎样|如何)[呢啊？?。!！\s]*$")


# a comparison a sentence states: a standing reached or lost as an event (首次进入全省前十的是哪个, 再次跻身前三), a gap to
# an average (比全省平均高多少: 高于全省平均1.4个百分点): who did it or the gap written, no ranking of places
_STATED_COMPARISON = re.compile(r"(?:首次|首度|再次|重新|又一次)[^，,。？?]{0,2}(?:进入|跻身|挤进|迈入|跌出|退出)"
                                r"|比(?:全国|全省|全市|全县|全区)?的?平均(?:水平|值|数)?")


# a thing a bulletin names or lists (a project, works or firm; a section's item: 亮点, 问题), asked by its question word
# (哪个项目, 什么亮点), as the head a superlative picks (投资最大的项目是哪个, 最大的亮点是什么) or as the set it picks from
# (开工项目里最大的是哪个): the thing named or listed, not a ranking of places, unless a place is what is asked
# (签约项目最多的是哪个园区)
_THING = rf"(?P<thing>{'|'.join(_ITEMS)}|{_SECTION_WORDS})"
_THING_ASKED = tuple(re.compile(p) for p in (
    rf"(?:哪|什么|啥)一?[个家项批类种些]?(?P<between>[\u4e00-\u9fff]{{0,4}}?){_THING}",
    rf"最[^，,。？?的]{{1,3}}?的?(?P<kind>[\u4e00-\u9fff]{{0,6}}?){_THING}(?=[是叫为？?。呢，,]|$)",
    rf"{_THING}(?:里|中|当中|之中)[^，,。？?]{{0,8}}?(?:最|(?:前|后)[两二三四五六七八九十][名位]?的)",
    # the thing's own figure before its superlative (项目投资最少的是哪个; not 签约项目最多的是哪个, 项目数最多: a count of them)
    rf"{_THING}(?![数个家])[\u4e00-\u9fff]{{1,5}}?最[^，,。？?的]{{1,2}}的(?:是|为)?(?:哪|什么|啥)",
    # the first N of them (总投资排前三的项目)
    rf"(?:前|后)[两二三四五六七八九十][名位]?的(?P<kind>[\u4e00-\u9fff]{{0,6}}?){_THING}"))
_PLACE = rf"(?:{ZONE_WORD.pattern}|城市|地市|县市区|[市县区])"
_PLACE_ASKED = re.compile(rf"(?:哪|谁)[一两三四五六七八九十几]?[个家座些所]?{_PLACE}|{_PLACE}(?:是|为|有)(?:哪|谁)"
                          rf"|的{_PLACE}(?=[？?。呢]|$)")


def thing_asked(text: str) -> str | None:
    """The thing a question asks for that a bulletin names or lists, no place (_THING_ASKED): its noun, or None."""
    if _PLACE_ASKED.search(text):
        return None
    found = (m for cue in _THING_ASKED for m in cue.finditer(text))
    return next((m.group("thing") for m in found if not re.search(_PLACE, m.group(0)[:m.start("thing") - m.start()])),
                None)


def classify(text: str, places: int = 0) -> str:
    """The kind of `text` (see qa/compose/base.KINDS); `places`: how many regions or zones it names. A
    figure asked of two places or two periods (一季度和上半年的开工率) is asked of each."""
    worded = _TITLE.sub("《》", text)  # 《…若干措施》: a title's words are no cue of what is asked
    stated = bool(_STATED_COMPARISON.search(worded))
    kinds = [kind for kind, cue in _CUES if cue.search(worded) and not (stated and kind == "compare")]
    kinds += ["list"] if _SECTION_ALONE.search(worded) else []
    kind = kinds[0] if kinds else "how" if WAY_CLOSING.search(worded) else "figure"
    if kind == "figure" and WORK_ITEMS.search(worded):
        kind = "list"  # 重点抓的几项工作: the pieces of work, not how many
    thing = thing_asked(worded) if kind == "compare" else None
    if thing:  # 投资最大的项目是哪个: the project's name; 最大的亮点是什么: the section's items
        kind = "name" if thing in _ITEMS else "list"
    if kind == "each" and not _CUE["each"].search(_EVERY_PLACE.sub("", worded)) and not _CUE["figure"].search(worded):
        # 各市存在哪些问题, 各市都干了些啥: every place is asked, but no figure of each; the items of a section are (各市营收
        # 怎么样 is how each went)
        kind = next((k for k in kinds if k in ("list", "summary", "name")), kind)
    if kind in ("each", "name") and ORDINALS_NAMED.search(worded):
        return "list"  # “一要、二要”分别是什么: the items the ordinals number, not a figure or name of each
    several = places >= 2 or _periods_listed(text)
    if kind == "how" and several and _HOW_IT_WENT.search(worded):
        return "each"  # 外贸进出口一季度和上半年咋样: how each went, not a way of doing
    if kind == "figure" and _ITEMS_COUNTED.search(worded):
        return "list"  # 调研发现了几个问题, 下一步重点抓几件事: a section's items, which the list numbers
    if kind in ("figure", "each") and _COUNT_AND_WHICH.search(worded):
        return "list"  # 有几个…，都是哪些 / 定了几个事项，分别交给谁: the items asked, whose list counts them
    return "each" if kind == "figure" and several else kind


# a count asked with which they are (有几个省级重点项目，都是哪些; 共几家企业？分别叫什么; 议定了几个事项，分别交给谁办:
# 分别 over the items counted, each asked by what it is or who takes it); not 这几个月是啥走势
_COUNT_AND_WHICH = re.compile(r"(?:有|共|是|了)几[个家项宗批条件点][^？?。]{0,20}?(?:[，,、？?]?(?:都|分别|具体|各)?(?:是|有|叫)"
                              r"(?:哪些|哪几|什么|啥)|[，,、？?]分别[\u4e00-\u9fff]{0,4}?(?:谁|哪|什么|啥)"
                              r"|[，,、？?](?:请|再|都)?列(?:一下|一列|举|出来))")  # 一共几条，列一下: the count's items listed


# a count of a section's items or of the things to do, closing the question (发现了几个问题, 抓几件事, 提出了几点要求;
# not 有几个困难企业, nor 有几项重点工作, which asks how many there are): the items, which a bulletin numbers rather than counts
_ITEMS_COUNTED = re.compile(rf"(?<!有)几[个项条件点类](?:{_SECTION_WORDS}|事项|事|要求|建议|意见)(?=[？?。，,呢吗]|$)")


# what joins two periods asked each: a conjunction, or the first one's own question (一季度多少上半年多少)
_BETWEEN_PERIODS = re.compile("|".join(map(re.escape, _JOINERS)) + r"|(?:是|有)?多少[，,、]?|呢[，,、]?")


def _periods_listed(text: str) -> bool:
    """Two periods joined as a list (一季度和上半年, 一季度、上半年): a figure asked of each."""
    spans = period_spans(text)
    return any(_BETWEEN_PERIODS.fullmatch(text[a_end:b_start])
               and find_periods(text[a:a_end]) != find_periods(text[b_start:b])
               for (a, a_end), (b_start, b) in zip(spans, spans[1:]))


_FRAME = re.compile(r"[这近]?[几两三四五六]期|(?:是否|是不是|能否)?(?:超过|超出|赶上|追上)$|(?:相比|相较|对比|比较)(?:之下|而言|来看)|两相(?:比较|对比|比)|领先|领跑|胜出|占优|居前|落后|殿后|靠前|靠后|高低|强弱|快慢|比拼|[更略稍]?胜一筹|相当于|抵得上|几成|百分之几|更(?:好|优|强|突出|出色|亮眼)|拉开|(?:变化|变动|涨跌|增减|升降)?幅度(?:有?多大)?|增减|涨跌|升降|分头|横向|纵向|特刊|公报|简报|通报|期刊|专刊|" + TABLE_ASKED + "|[多高少低]出|[哪那这]?一期|情况|内容|进展|进度|数量|总量|数字|数据|项目数|人数|最后|末位|首位|榜首|垫底|居首"
                    r"|第一名?|倒数|并列|第[二三四五六七八九十]名?|[前后]?[两二三四五六七八九十][名位]|前[两二三四五六七八九十]"  # 排第二, 前三: which, not what
                    r"|(?:更|较)?[高低多少快慢大小](?:一些|一点|些)|[更较最][高低多少快慢大小]"  # 谁更多一点: how much, not what
                    r"|还是|是不是|是否|一直|一路|不断|逐步|逐渐|下来|上[一个]?期|逐月|前后|季度|期数|数值|过去|往期|降幅|跌幅|收窄|扩大|放缓|由[负正]|转[正负]|改善|好转|改观|恶化|回暖|转暖|企稳|回稳|趋稳|" + SPAN_OF_ISSUES + "|" + MOVE_ASKED + "|" + MORE_OR_LESS + "|" + CHANGE_ASKED + "|" + CHANGED_ASKED)  # 是不是一直在降: whether, not what


def is_cue(word: str) -> bool:
    """Whether a word only says what kind of answer is wanted (总结, 概括, 三期), not what it is about."""
    for pattern in (_FRAME, *(cue for _, cue in _CUES)):
        word = pattern.sub("", word)
    return not word
