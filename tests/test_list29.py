"""List wordings list29 wrote, answered by rules of Chinese and of bulletin layout. Small invented bulletins of 岚州省
(its cities, zones and every figure made up) through the real loader, index and pipeline.

- How marked the items are (哪些方面成效比较突出, 哪几个突出问题, 问题里哪几个比较突出, 哪些做法比较突出) picks from a
  section's items: no comparison of places, no name, and no topic the items' titles must write.
- The measures of a later period than the report's (下半年工作措施 in a 上半年 self-report) are its plans: asked as plans
  (下半年重点抓哪几项工作, 下半年有什么打算) they are listed.
- The items a lead announces (…如下表：) are asked by the noun after the question word (哪些举措, 哪些主要举措), never by
  the place or period before 有哪些 (2026年上半年榆川有哪些举措 asks no items of a lead naming 榆川).
- A section's heading the question writes whole (榆川主要做法有哪些) asks its items, not what a lead inside one of them
  announces (具体做法：1）…2）…).
- Plans asked of the whole with no place (上半年下一步工作计划有哪些) list the whole's own plans heading (下半年重点), not
  each city's 下一步.
"""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_files

SURVEY = ("2026-07-diaoyan-baogao.txt",
          "关于全省开发区高质量发展情况的调研报告\n岚州省商务厅调研组　　2026年7月15日\n\n"
          "一、主要成效\n"
          "（一）主导产业集群成势\n"
          "上半年，全省开发区主导产业营业收入占比达到63.4%，较上年末提高2.1个百分点。\n"
          "（二）营商服务提档升级\n"
          "全省开发区推行“拿地即开工”，新建工业项目从拿地到开工平均用时压缩至26天。\n"
          "二、存在问题\n"
          "（一）区域分化加剧\n"
          "排名前两位的开发区营业收入占全省的47.2%。\n"
          "（二）用地空间趋紧\n"
          "全省开发区可供工业用地不足3800亩。\n"
          "（三）研发投入偏弱\n"
          "全省开发区研发经费投入强度为1.9%。\n")
SELF_REPORT = ("2026-07-tongyu-jingkaiqu-zicha.txt",
               "桐峪经济技术开发区2026年上半年工作自查报告\n\n"
               "一、主要指标完成情况\n"
               "上半年，本区实现营业收入318.6亿元，同比增长9.7%；实际使用外资0.84亿美元，同比增长12.3%。\n\n"
               "二、下半年工作措施\n"
               "一是抓项目攻坚，对推迟开工的4个项目实行“一项目一专班”，确保三季度全部开工；二是拓外贸市场，组织企业参加境外展会"
               "不少于8场；三是保要素供给，盘活低效用地420亩以上。\n\n"
               "桐峪经济技术开发区管理委员会\n2026年7月10日\n")
DECK = ("2026-07-tuijinhui-cailiao.txt",
        "2026年上半年全省开发区推进会材料\n岚州省商务厅　　2026年7月22日\n\n"
        "【桐峪市】\n"
        "上半年，全市开发区实现营业收入406.15亿元，同比增长8.4%，表现比较突出，回升势头明显。\n"
        "下一步\n"
        "▪ 9月举办桐峪经开区智能装备专场推介会\n"
        "▪ 桐峪高新区下半年新增高新技术企业30家\n"
        "【榆川市】\n"
        "上半年，全市开发区实现营业收入288.40亿元，同比增长6.1%。\n"
        "下一步\n"
        "▪ 推进榆川临港产业园冷链基地建设\n"
        "▪ 榆川经开区力争全年营业收入突破500亿元\n"
        "【全省小结】\n"
        "上半年，全省开发区实现营业收入1862.3亿元，同比增长7.2%。\n"
        "下半年重点\n"
        "▪ 攻坚重大项目，全年新签约亿元以上项目力争突破260个\n"
        "▪ 稳住外贸外资，推动综合保税区保税维修业务扩量\n"
        "▪ 用好评价结果，对连续两期排名后两位的开发区约谈提醒\n")
ISSUE = ("2026-08-kaifaqu-tekan-di3qi.txt",
         "全省开发区工作特刊\n2026年第3期\n岚州省商务厅开发区处　　2026年8月5日\n\n"
         "五、榆川市\n"
         "（一）2026年上半年工作成绩\n"
         "一是主要指标稳中有升。上半年，全市开发区实现营业收入288.40亿元，同比增长6.1%。\n"
         "二是招商引资提质扩量。新签约亿元以上项目23个，总投资141.6亿元。\n"
         "从重点开发区看，榆川经开区、榆川高新区主要指标完成情况如下表：\n"
         "| 开发区 | 营业收入 | 同比增长 |\n| --- | --- | --- |\n"
         "| 榆川经开区 | 176.2亿元 | 6.8% |\n| 榆川高新区 | 83.5亿元 | 5.2% |\n"
         "（二）主要做法\n"
         "一是压实调度责任。市开发区办每月召开一次运行分析会。具体做法：\n"
         "1）周调度在建项目，问题清单当周交办；\n"
         "2）月通报主要指标，排名后两位的园区作表态发言。\n"
         "二是畅通要素供给。设立开发区用地周转指标库。\n"
         "三是深化包联服务。建立市级领导包联重点企业制度。\n")
_ACHIEVED = ("主导产业集群成势", "营商服务提档升级")
_PROBLEMS = ("区域分化加剧", "用地空间趋紧", "研发投入偏弱")
_MEASURES = ("抓项目攻坚", "拓外贸市场", "保要素供给")
_ISSUES_MEASURES = ("压实调度责任", "畅通要素供给", "深化包联服务")
_WHOLES_PLANS = ("攻坚重大项目", "稳住外贸外资", "用好评价结果")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("list29"), dict([SURVEY, SELF_REPORT, DECK, ISSUE]), embedding)


@pytest.mark.parametrize("question, items", [
    ("调研报告里哪些方面成效比较突出？", _ACHIEVED),  # how marked they are: no topic
    ("调研报告里成效较为明显的是哪些", _ACHIEVED),
    ("调研报告里有哪几个突出问题？", _PROBLEMS),
    ("调研报告存在的问题里哪几个比较突出", _PROBLEMS),
    ("调研报告发现了几个问题？", _PROBLEMS),  # a count of the section's items
    ("调研报告里存在几个方面的困难", _PROBLEMS),
    ("桐峪经开区下半年重点抓哪几项工作", _MEASURES),  # a later period's measures: plans
    ("桐峪经开区下半年有什么打算", _MEASURES),
    ("2026年上半年下一步工作计划有哪些？", _WHOLES_PLANS),  # the whole's own plans heading, no place asked
    ("2026年上半年榆川有哪些举措？", _ISSUES_MEASURES),  # the place before 有哪些 is no noun a lead announces
    ("榆川市上半年开发区工作采取了哪些主要举措", _ISSUES_MEASURES),  # nor is a qualifier
    ("2026年上半年榆川主要做法有哪些？", _ISSUES_MEASURES),  # the heading whole: not a lead inside an item
])
def test_the_items_are_listed(qa, question, items):
    answer = qa.ask(question)
    assert answer["kind"] == "list", answer
    for item in items:
        assert item in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question, kind", [
    ("全省开发区工作中哪些做法比较突出？", "list"), ("有什么需要关注的问题", "list"), ("存在的问题里哪几个比较突出", "list"),
    ("哪些方面工作比较突出？", "list"), ("下一步重点抓几件事", "list"), ("会议提出了几点要求", "list"),
    ("调研发现了几个问题？", "list"),
    # guards: 比较 of places still compares; a count of what a table lists is a figure
    ("桐峪和榆川比较一下哪个营收高", "compare"), ("哪个市营收比较高？", "compare"), ("桐峪和榆川比较，哪个增长快", "compare"),
    ("上半年新签约了几个项目？", "figure"),
])
def test_the_kind_read(question, kind):
    assert classify(question) == kind
