"""Whether a passage tells a way done (推行“拎包入驻”, 做法是…, 加快项目建设) or only what came of it (实现营业收入…，同比
增长…，居全省首位; 获评…): the words bulletins tell ways with, shared by the how, list and remedy composers.

A way asked of a place whose bulletin writes only its results (新设外资企业这么多，有什么好经验) has no answer: quoting
the figures would pass them off as the way.
"""
from __future__ import annotations

import re

from index.figures import WRITTEN_FIGURE

# the aim a how question names (靠什么提高审批效率, 如何加快项目建设): the measure that answers it is written
# by its own verbs, so only what the aim is about is looked for
AIM = re.compile(r"提高|提升|增强|加快|加强|促进|推动|推进|优化|改善|降低|减少|扩大|做好|抓好|解决|实现"
                 r"|缩短|压缩|压减|[压降]下来|提上来")
# the words that ask for the way itself (通过哪些途径, 采取了什么办法): no topic the measure's text holds
WAY = re.compile(r"通过|途径|办法|方式|手段|做法|经验|采取|采用|凭借|靠|典型|成功")  # 典型经验: the way, qualified
# a way is told by a verb of doing something (推行“拎包入驻”, 建立服务专员制度), a result by what came of it (获评,
# 新增): of sentences nearly as relevant, the one doing something says the way
DOING = re.compile(r"推行|实行|推广|建立|建成|设立|组建|开展|采取|实施|推出|出台|创新|探索|搭建|引入|开通|配备|牵头")
# 实现营业收入503.6亿元: what came of the work, not an aim worked at (靠什么实现…)
_ACHIEVED = re.compile(r"实现(?=[^，,。；;]{0,12}\d)")


def tells_a_way(text: str) -> bool:
    """Whether a text tells a way: something done (推行…), a way named (做法是…) or an aim worked at (推动, 加快); not
    only what came of it (实现营业收入…，增速居全省首位; 获评…)."""
    text = _ACHIEVED.sub("", text)
    return any(verbs.search(text) for verbs in (DOING, WAY, AIM)) or "“" in text  # “厂房按揭”模式: a way by its name


_CLAUSES = re.compile(r"[^，,。；;！？!?：:\n]+")
# a standing reached, a state or a change: what came of the work (增速居全省首位, 新设外资企业增多, 运行总体平稳)
_RESULT = re.compile(r"[居列]|首位|第一|前列|领先|领跑|最快|最高|获评|获批|评为|入选|荣获|增多|增长|下降|上升|回落|突破|翻了?一番"
                     r"|平稳|稳中|良好|好于预期|向好|由负转正|负增长|正增长|达到|实现|完成|开工|投产|封顶|先进|进步|后进")
# a task assigned (…引进跨境电商企业15家 责任单位 邛湄市商务局): what is to be done, whatever figure it sets
_TASK = re.compile(r"责任(?:单位|部门|人)|牵头单位|配合单位|完成时限")
_DATE = re.compile(r"\d{1,2}月(?:\d{1,2}日)?|20\d\d年")  # 已于5月开工: a date, no figure of a result
_SAYS_LITTLE = 4  # 其中, 分市看, 上半年: a clause that tells nothing by itself


def results_alone(texts: list[str]) -> bool:
    """Whether the texts tell results and no way, clause by clause: a clause holding a figure, a standing (居全省首位,
    获评) or a state (增多, 平稳) is a result, unless it does something or names a way (推行“标准地+承诺制”供地，…压缩至
    45天; an aim's verb beside a figure is its change: 提高2.2个百分点); a clause of neither kind long enough to say
    something is taken as a way (盘活低效用地, 上线服务平台: the verbs of ways are too many to list)."""
    clauses = [c.strip() for text in texts for c in _CLAUSES.findall(text)]
    return bool(clauses) and not any(_way_in(c) for c in clauses)


def _way_in(clause: str) -> bool:
    figure = bool(WRITTEN_FIGURE.search(_DATE.sub("", clause)))
    if figure or _RESULT.search(clause):
        return bool(DOING.search(clause) or WAY.search(clause) or _TASK.search(clause) or "“" in clause
                    or not figure and AIM.search(_ACHIEVED.sub("", clause)))
    return len(re.sub(r"[^\u4e00-\u9fff]", "", clause)) > _SAYS_LITTLE
