"""The words bulletins and staff use for what a part of a bulletin tells: achievements, problems, plans and
measures (成效 for 成绩, 短板 for 问题, 打算 for 计划). A short title line naming one (主要做法, 存在的不足, 下阶段重点) opens
a section (index/headings.py); a question naming one asks for a section's items (qa/meanings.py)."""
from __future__ import annotations

import re

# jieba cuts 下一步 as 下 / 一步
PLANS = ("计划", "打算", "安排", "准备", "工作重点", "重点工作", "重点任务", "主要任务", "工作要求", "重点抓", "重点干", "重点做", "重点搞", "要抓", "要做", "要干", "要搞",
         "一步", "下一步", "下步", "接下来", "下阶段", "下一阶段", "今后", "后续", "思路")
# a title naming what is to be done in a later period (下半年重点, 明年主要任务, 四季度工作目标): a part of plans
LATER_FOCUS = re.compile(r"^(?:下半年|下一?季度|[一二三四]季度|明年|来年|年内|全年)(?:工作|主要)?(?:重点|任务|目标)(?:工作|任务)?$")
PROBLEMS = ("问题", "短板", "弱项", "困难", "难处", "不足", "难点", "瓶颈", "差距", "薄弱", "挑战")
MEASURES = ("措施", "举措", "做法", "办法")
MEANINGS = (("成绩", "成效", "成果", "成就", "亮点", "特色", "进展", "做了", "干了", "抓了", "搞了", "完成了"),
            PROBLEMS,
            PLANS,
            MEASURES)
