"""The kind a question's closing noun asks when no question word says it (栎川县盘活闲置厂房的路径, 重点抓的几项工作).

Staff often write a noun phrase alone, as a heading: the noun it closes on is then what they ask for. A way's noun
(做法, 经验, 路径, 招数) asks how something was done; the pieces of work a clause tells of (要干的几件大事,
重点抓的几项工作) or the items a meeting decided (议定的事项) ask those items, listed. Patterns only.
"""
from __future__ import annotations

import re

from qa.asking_words import MEANS

_CLOSE = r"[？?。！!呢\s]*$"
# any question word: the question then says what it asks, and its own cue decides
_QUESTION_WORD = r"什么|啥|哪|谁|怎|如何|为何|多少|几|吗|么|是否|是不是|有没有|靠|凭"
# 供地的具体做法, 招商经验, 稳外贸的路径, 减负的招数: a way; not 经验做法 (one compound noun, the section's list) nor
# a rule's title (管理办法, 实施办法: a document, named)
WAY_CLOSING = re.compile(rf"^(?!.*(?:{_QUESTION_WORD})).*?(?:(?<!经验)做法|经验|(?<!管理|实施|暂行|试行|考核|评价)办法|方法|途径|高招|诀窍"
                         rf"|{MEANS}){_CLOSE}")
# 重点抓的几项工作, 今年要干的几件大事, 准备干的几件事: 的 makes 几 the pieces of work a clause tells of, themselves
# (抓好几项工作, 有几项, 共几件: how many); 会议议定的事项, 部署的任务: the items decided or assigned, listed
DECIDED_ITEMS = rf"(?:议定|部署|明确|确定|交办|布置)的?(事项|任务){_CLOSE}"  # the noun its group holds
WORK_ITEMS = re.compile(rf"的几[件项条点]?(?:大事|实事|事情?|工作|任务|举措|措施){_CLOSE}|{DECIDED_ITEMS}")
