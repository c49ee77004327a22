"""The wordings of asking that several readers share: a change, a ranking, a name, a person, a span of issues, why.

Regular expressions only, no logic: `qa/kinds.py` reads a question's kind from them, and the composers read what a
question asks within its kind (which way a figure moved, whether it names a span of issues).
"""
from __future__ import annotations

import re

from qa.degree_words import RATHER

# 翻倍, 翻了一番: a figure grown to twice or more of what it was, which only two periods' figures tell
# 往下走, 向上走, 下行: the direction said as a way the figure goes (是不是一直在往下走)
_CHANGES = (r"(?:下降|上升|增长|提高|降低|减少|增加|回落|下滑|下跌|上涨|攀升|回升|走高|走低|翻倍|翻番|翻了?[一两二]番"
            r"|[往向][上下]走|[上下]行|[升降涨跌增减])")
# a change asked as such, with no indicator in it (是不是一直在降, 升了还是降了): a trend's words
CHANGE_ASKED = (r"(?:是不是|是否|有没有|有无)(?:一直|一路|持续|不断|逐步|逐渐|越来越)?在?" + _CHANGES + r"了?"
                r"|(?:一直|一路|持续|不断|逐步|逐渐)在?" + _CHANGES + r"|越来越[高低多少快慢大小好差]" + r"了?"
                r"|[升涨增][了高加长]?还?是[降跌减][了低少]?|[降跌减][了低少]?还?是[升涨增][了高加长]?"
                r"|涨没涨|增没增|升没升|降没降|跌没跌|减没减|变没变")  # the verb asked yes or no
# more or less asked as such (多了还是少了, 呈上升还是下降趋势): how it moved over the issues, unless asked against a period
# named (比上半年多了还是少了: the change its sentence states)
# 增加了还是减少了: the same, each verb with its 了
# 是在增长还是在下降: the same, each verb in progress
MORE_OR_LESS = (r"呈?在?(?:(?:上升|增加|增长|提高)了?|[多高大快]了)还?是在?(?:下降|减少|降低|回落|[少低小慢]了)"
                r"|呈?在?(?:(?:下降|减少|降低|回落)了?|[少低小慢]了)还?是在?(?:上升|增加|增长|提高|[多高大快]了)")
# a rate's fall or rise narrowing or widening, or turning, asked as such (降幅有没有收窄, 增速是不是在放缓, 扩大还是收窄,
# 由负转正了吗): how it moved over the periods, unless one period is named (its sentence states the change)
# 有没有改善, 好转了吗: whether it fared better or worse, as a move of its rate
# 回暖, 企稳, 回稳: a market's words for fared better, asked as 好转 is; 起色 (有没有起色, 有起色吗): the noun of it
_MOVES = r"收窄|扩大|加快|放缓|(?:由[负正])?转[正负]|改善|好转|改观|起色|恶化|回暖|转暖|企稳|回稳|趋稳"
MOVE_ASKED = (rf"(?:是不是|是否|有没有|有无)[^，,。？?]{{0,4}}?(?:{_MOVES})"
              rf"|(?:{_MOVES})了?(?:吗|么|没有?)"
              r"|(?:收窄|扩大|加快|放缓)还是(?:收窄|扩大|加快|放缓)")
# whether it changed, asked yes or no (回升了吗, 下降了没有): a trend unless asked against a period or last year
# (比上半年提高了吗: a comparison; 比去年同期增长了吗: the growth written)
CHANGED_ASKED = r"(?<![增同环])(?:" + _CHANGES + r"|变化?)了(?:吗|么|没有?)"  # 变了没: whether it moved at all
# which of them fell or fell short (哪家下降了, 下降的是哪个, 谁没有完成): a comparison, read from the lowest
FALL_ASKED = r"下降|减少|下滑|回落|负增长|为负|是负的|没有?完成|未完成|未达到?"
# which of them grew, asked as such (哪些市是正增长, 增速为正的有哪些): a comparison, read from the highest
RISE_ASKED = r"正增长|为正|是正的"
# who fell or grew, asked as such (哪家下降了, 下降的是哪个, 正增长的有哪些): the sign is what picks the answer, not a
# word it writes
SIGN_WHICH = (rf"(?:哪|谁)[^，,。？?]{{0,14}}?({FALL_ASKED}|{RISE_ASKED})了?(?=[？?。，,呢]|$)"
              rf"|({FALL_ASKED}|{RISE_ASKED})的?(?:开发区|园区|城市|地区|[市县区]{{1,3}})?(?:是|有)(?:哪|谁)")  # 负增长的开发区有哪些, 下降的县市区有哪些
# a name asked as such (叫什么, 什么名字): a name, whatever else the question says (总结的经验叫什么)
NAME_ASKED = r"叫(?:什么|啥)|(?:什么|啥)名(?:字|称)|名(?:字|称)(?:是|叫)"
# who a question asks for: 谁, 何人, or the measure word of people after which (哪位领导; not a rank: 排在哪一位, 哪位次)
PERSON_ASKED = r"谁|何人|(?<![排居列在])哪一?位(?![次置])"
# a ranking or comparison asked as such (比一比, 排个名, 从高到低排一下): a comparison's words
# (比较多的问题, 比较突出的短板, 哪些问题比较突出: 比较 as "rather", qa/degree_words.py, ranks nothing)
RANK_ASKED = (r"排名|排第|排序|排行|排个?名|排个序|排一?下|比一比|比一下|比比看|比起来|对比|(?!" + RATHER + ")比较|相比"
              r"|[从由](?:高|低|大|小|多|少)[到至](?:高|低|大|小|多|少)")

# a table asked for (列个表, 做成表格), or every one at once (汇总一下, 盘点, 一览, 挨个说): how to answer, one row each,
# no word of what is asked
TABLE_ASKED = r"[列做制][个一张]?(?:表格?|成表格?)|表格|汇总|盘点|一览|挨个|逐个|罗列"
# 环比变化, 环比走势: the change from one period to the next, asked as a trend, not the 环比 a sentence writes
# (环比增长13.6%, which 环比增长多少 asks)
CHANGE_BETWEEN_PERIODS = r"环比(?=[^，,。？?]{0,3}(?:变化|变动|走势|趋势|情况|怎么|如何|咋))"
# 环比 said of the change alone (环比变化如何), no rate named after it (环比增长变化趋势: the rate's course)
BETWEEN_PERIODS_ONLY = r"环比(?=的?(?:变化|变动|走势|趋势|情况|怎么|如何|咋))"

# the periods named as the steps of a series (逐季, 分季度看, 按期列一下; not 按期开工: on time)
BY_PERIOD = r"逐(?:月|季|年)|[按分](?:期|季度?|年度?|月)(?=[看列排统来的呢，,。？?]|$)"
# every period as a step (每季度, 各期, 历月, 逐季): how the figures are set out, no word a row writes (not 季度末, 月底)
# (每月 followed by what it holds, 每月数据, 每月的情况: the months' figures; 每月召开: a frequency)
PERIOD_STEPS = (r"[历各每逐]一?(?:期|个?季度(?![末初]))|(?:[历各]个?|每一?个)月(?![底末初份])"
                r"|每月(?=的?(?:数据|数字|数值|情况|分别(?:是|为|多少)|各[是为多]))|" + BY_PERIOD)

# the issues of a span asked over (三个季度下来, 这几个月以来; 近几个季度, 最近三个月: the latest months said with 近 or 这):
# a trend's words, no period nor term a row writes, no count asked; 一年多来, 半年来: in years (not 上半年 of 上半年来看)
SPAN_OF_ISSUES = (r"[这近]?[几两三四五六七八九十](?:(?:个(?:季度|月)|期)多?(?:下来|以来|来)"
                  r"|(?:期|次|轮)(?:评价|考核|评估|评比|排名|通报|监测|统计|对比|比较|评|考|比|看)下来)"  # 两期评价下来: with what each issue is
                  r"|(?:最?近|这)[几两三四五六七八九十]个(?:季度|月)"
                  r"|(?<![上下前后全])[这近]?(?:[一两二三几]|半)年多?(?:下来|以来|来)"
                  r"|一(?:期|季|个?季度|个?月)比?一?(?:期|季|个?季度|个?月)"  # 一个季度一个季度看, 一期期看: period by period
                  # a span said bare before how the figure went over it (三个季度走势, 两个月怎么变的), or 这一年, 这半年:
                  # the issues in it, no period a bulletin reports (前三季度 is said 前三个季度)
                  r"|(?<!前)[几两三四五六七八九十]个(?:季度|月)(?=[的里内中]?(?:走势|趋势|变化|变动|涨跌|增减|升降|起伏|波动|演变"
                  r"|怎么|如何|咋))|这(?:一|半)年(?![度初中底末])")

# a series asked with no word of change (营收每次通报是多少, 三次通报里的数字, 以往各期, 按时间顺序列一下, 不同时期, 一路
# 下来, 去年全年到今年1-5月的数据): the issues in turn; not a bulletin's 通报批评, nor who or what each issue names (每次通报
# 表扬了哪些开发区: a list)
_BULLETIN_NOUN = r"(?:通报|公报|简报|快报|专报|特刊|动态|报告|材料)(?!批评|表扬)"
SERIES_ASKED = (rf"(?:(?:每|各|历|[这近]?[几两三四五六七八九十])一?[次份]的?{_BULLETIN_NOUN}"
                r"|(?:以往|过往|往次)(?:各期|几期|的?(?:数据|数字|数值)|是?多少)"
                r"|按时间(?:顺序|先后)?(?:排|列|看)|时间序列|(?:不同|各个?|每个)(?:时期|时段|阶段)|不同期"
                r"|一路(?:下来|走来)|前前后后"
                rf"|(?:去年|上年|20\d\d年)(?:前?[一二三四1-4]季度|[上下]半年|全年)?(?:一直)?[到至](?:今年|本年|20\d\d年)?"
                r"(?:前?[一二三四1-4]季度|[上下]半年|\d{1,2}\s*[-—－~]\s*\d{1,2}\s*月|\d{1,2}月(?:份|底|末)?)?"
                r"的?(?:数据|数字|数值|是?多少|分别))"
                r"(?![^？?]*?(?:哪|谁|什么|啥|怎么|如何))")

# the periods' figures asked by how many periods or by their step (三个季度的数据, 几个季度的数, 季度数据), the course
# said as a direction (往上走吗), now set beside before (跟之前比), or from the year's start on (从年初到现在)
PERIODS_ASKED = (r"(?:[几两三四五六七八九十]个(?:季度|月)的?(?:数据|数字|数值|数)|(?:季度|月度)的?(?:数据|数字|数值)"
                 r"|往(?:上|下)走|[跟和与同](?:之前|以前|过去|往期|上一?期)(?:相?比|对比|比较)"
                 r"|从年初[到至](?:现在|目前|如今|眼下|最新))(?![^？?]*?(?:哪|谁|什么|啥|怎么|如何))")

# why something happened (为什么下降, 原因是什么, 由什么导致): the passage telling it, asked as a how; not 称为什么
# (what it is called)
WHY = re.compile(r"(?<![称成作视认改叫译列名])为什么|为啥|为何|缘何|何以|怎么会|(?:什么|啥|哪些)原因|原因(?:是|在于|有哪些)|(?:是|由)(?:什么|啥)(?:导致|造成|引起)")
# the means of doing something named by a word no heading uses (主要抓手是什么, 有啥法宝): a way asked
MEANS = r"抓手|法宝|秘诀|招数|妙招|路径"
# a thing with a name of its own that something is done through (通过什么平台反映, 通过哪个系统申报): its name asked, no way
NAMED_MEANS = r"平台|系统|热线|网站|小程序|公众号|[Aa][Pp][Pp]"

TWO_YEARS = r"(?:今|本|去|上)年[和与跟同](?:今|本|去|上)年"  # 今年和去年 (比): the months asked, in either year

# a period as a question says it (去年全年, 今年一季度, 1-5月): the ends of a series' span
_PERIOD_SAID = r"(?:20\d\d年|去年|今年|上年|本年)?(?:前?[一二三四1-4]季度|[上下]半年|全年|\d{1,2}\s*[-—－~]\s*\d{1,2}\s*月)"
# one thing's two periods set side by side to be compared (2025年全年和2026年1-4月比, 一季度与上半年相比): its course over
# them, unless which of them is asked (上半年和前三季度比哪个时候高: a comparison)
PERIODS_SET_SIDE = (rf"{_PERIOD_SAID}[和与跟同]{_PERIOD_SAID}的?(?:相?比|对比|比较)(?:一下|起来|来看)?"
                    r"(?![^，,。？?]*(?:哪|谁))")
# 从去年全年到今年上半年: the issues between; 从一季度到现在, 到年底: up to the newest issue or the year's end
PERIOD_RANGE = rf"从{_PERIOD_SAID}[^，,。？?]{{0,3}}?[到至](?:{_PERIOD_SAID}|现在|目前|如今|眼下|最新|年底|年末)"
# 一路看下来, 一路走来: every issue in turn, as a course
ALL_THE_WAY = r"一路(?:看|走|跟踪)?(?:下来|过来|走来)"
# a figure asked of one period, then of a later one the asker goes on to (一季度多少，到1-4月呢; 上半年是多少，截至9月底呢):
# the series up to it, not one figure (一季度多少，上半年呢 names two periods side by side: each)
_LATER_SAID = rf"(?:{_PERIOD_SAID}|(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})月(?:份|底|末)?|年底|年末)"
LATER_ASKED = (rf"{_PERIOD_SAID}[^。？?]*?(?:多少|几)[^，,。？?]{{0,4}}[，,](?:那|那么)?(?:再|又)?(?:到|截至|截止到?)了?"
               rf"{_LATER_SAID}(?:的时候|时)?(?:呢|(?:又|又是|是|有)?(?:多少|几)了?(?=[？?。，,]|$))")

# how a figure went since the year began or over a span said loosely (营收今年以来情况, 今年以来外资情况, 营收去年到今年4月
# 是啥情况): its course, where 情况 follows a measure (a noun ending 收入, 额, 资, 量, 值, 率, 数, 速, 进出口), not a
# place's (开发区今年以来的情况: a summary) nor a work's (招商引资情况)
_MEASURE_END = r"(?:[收入额量值率数速口]|(?<!引)资)"
_SPAN_SAID = rf"(?:(?:今年|本年|年初)以来|(?:从|自)?(?:去年|上年|今年){_PERIOD_SAID}?[到至](?:今年)?{_LATER_SAID})"
COURSE_ASKED = (rf"{_MEASURE_END}{_SPAN_SAID}的?是?(?:啥|什么)?(?:情况|表现)"
                rf"|{_SPAN_SAID}的?[^，,。？?]{{1,8}}?{_MEASURE_END}的?是?(?:啥|什么)?(?:情况|表现)")
