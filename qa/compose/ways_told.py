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


# an assessment passed (通过省级验收, 经省政府批复): a standing got, no means
_ASSESSED = r"[^，,。；;]{0,8}(?:验收|评审|审核|认定|考核|复核|评估|批复|审议)"
_PASSED = r"(?:通过|经)" + _ASSESSED
_CLAUSES = re.compile(r"[^，,。；;！？!?：:\n]+")
# a standing reached, a state, a change, a record or a project's milestone: what came of the work (增速居全省首位,
# 新设外资企业增多, 运行总体平稳, 创历年新高, 三期项目签约)
_RESULT = re.compile(r"[居列]|首位|第一|前列|领先|领跑|最快|最高|获评|获批|评为|入选|荣获|增多|增长|下降|上升|回落|突破|翻了?一番"
                     r"|平稳|稳中|良好|好于预期|向好|新高|最好水平|由负转正|负增长|正增长|达到|实现|完成|开工|投产|封顶|签约|竣工|投用|落地|先进|进步|后进|" + _PASSED)
# the means a clause says the work was done by (通过“以租代售”盘活厂房, 依托港口, 以“链长制”为抓手, 围绕主导产业招商): a way,
# whatever results the sentence goes on to tell (not 通过省级验收: an assessment passed, a result)
MEANS = re.compile(r"通过(?!" + _ASSESSED + r")|依托|依靠|借助|围绕|聚焦"
                   r"|瞄准|紧盯|坚持|采取|采用|实施|推行|实行|开展|建立|出台|组建|设立|搭建|推出"
                   r"|以[^，,。；;]{1,16}?为(?:抓手|引领|牵引|突破口|载体|重点|主线|核心|依托|契机|平台|纽带)")
# a thing done to something, counted (举办线上线下招聘会23场, 盘活闲置厂房3.2万平方米, 专项整治完成隐患整改146项): a way, its
# figure how much of it was done; not a count of what was got (新引进企业6家, 累计服务群众1.4万人次: an indicator's value)
_ACTED = re.compile(r"(?<!新)(?<!累计)(?<!共)(?:举办|组织|召开|走访|服务|帮助|协调|培育|培训|对接|整治|整改|清理|处置|帮扶"
                    r"|包联|梳理|选派|促成|盘活|引进|招引|共建|新建|改造|发放|兑现|减免|推介)")
# a task assigned (…引进跨境电商企业15家 责任单位 邛湄市商务局): what is to be done, whatever figure it sets
_TASK = re.compile(r"责任(?:单位|部门|人)|牵头单位|配合单位|完成时限")
_DATE = re.compile(r"\d{1,2}月(?:\d{1,2}日)?|20\d\d年")  # 已于5月开工: a date, no figure of a result
_SAYS_LITTLE = 4  # 其中, 分市看, 上半年: a clause that tells nothing by itself
# a note on the figures (注：…数据为县统计局快报数): how they were counted, no work done
_NOTE = re.compile(r"(?:^|(?<=[。\n]))\s*注[:：][^。\n]*")
# a part's heading stating how its subject fares (外贸量质齐升, 创新动能加快集聚, 营商环境持续优化): a state reached; its
# subject done by no verb of a means or aim (推进开发区整合优化 does something)
_STATE = re.compile(r"(?:持续|不断|加快|稳步|明显|进一步|全面|大幅|显著|有序|顺利|量质)?"
                    r"(?:齐升|集聚|优化|深化|提升|增强|提速|增效|见效|显现|向好|壮大|改善|巩固|攀升|回暖|企稳|推进|完善|扩大|凸显|彰显)$")
_URGING = re.compile(r"深化|强化|着力|大力|积极|全力")  # 深化开发区整合优化: a deed urged, its object's state no result
# an example's subject (比如泖安经开区引进的新能源电池项目, …): what the next clause tells of, nothing by itself
_SUBJECT = re.compile(r"^(?:比如|例如|譬如|像)[^，,。；;]*的[\u4e00-\u9fff]{1,12}$")
# 建成投产, 实现由负转正: a verb of doing or an aim's verb before what came of it is that result's (a project finished,
# a change reached), no work done
_REACHED = re.compile(_PASSED + r"|建成(?=投产|运营|投用|使用|达产)|实现(?=[^，,。；;]{0,12}(?:\d|由负转正|正增长|增长|突破|翻番|翻一番|扭亏))")


def results_alone(texts: list[str]) -> bool:
    """Whether the texts tell results and no way, clause by clause: a clause holding a figure, a standing (居全省首位,
    获评) or a state (增多, 平稳, 外贸量质齐升) is a result, unless it does something or names a way (推行“标准地+承诺制”供地，
    …压缩至45天; an aim's verb beside a figure is its change: 提高2.2个百分点); a clause of means (通过, 依托, 以…为抓手) is a
    way wherever it stands; a clause of neither kind long enough to say something is taken as a way (盘活低效用地, 上线服务平台:
    the verbs of ways are too many to list), unless it is a note on the figures or an example's subject."""
    clauses = [c.strip() for text in texts for c in _CLAUSES.findall(_NOTE.sub("", text))]
    return any(t.strip() for t in texts) and not any(_way_in(c) for c in clauses)  # a note alone tells no way


def _way_in(clause: str) -> bool:
    if _states(clause):
        return False
    if MEANS.search(clause):
        return True
    done = _REACHED.sub("", clause)
    figure = bool(WRITTEN_FIGURE.search(_DATE.sub("", clause)))
    if figure or _RESULT.search(clause):
        return bool(DOING.search(done) or WAY.search(done) or _ACTED.search(clause) or _TASK.search(clause) or "“" in clause
                    or not figure and AIM.search(done))
    return len(re.sub(r"[^\u4e00-\u9fff]", "", clause)) > _SAYS_LITTLE and not _SUBJECT.search(clause)


def _states(clause: str) -> bool:
    """A clause stating how its subject fares (外贸量质齐升): a state, its subject doing nothing by a means or aim."""
    m = _STATE.search(clause)
    subject = clause[:m.start()] if m else ""
    return bool(m) and len(subject) >= 2 and not (MEANS.search(subject) or AIM.search(subject)
                                                   or _URGING.search(subject))
