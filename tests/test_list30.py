"""List wordings list30 wrote, answered by rules of Chinese and of bulletin layout. Small invented bulletins of 岚州省
(its cities, zones and every figure made up) through the real loader, index and pipeline.

- Items a report numbers one ordinal deeper under another item ((二)营商改革持续深化 over 1.… 2.…) are what a list
  asked of the upper item's topic holds (营商改革这块有哪些做法).
- The examples a speech gives of a claim (比如甲经开区…；乙高新区…；丙综保区…。) are listed when examples are asked
  (举了哪几个园区的例子); such a question asks several places, a list, not one name.
- A transcript's reply is what a list asked in the words of the reporter's question holds (企业有困难可以通过哪些渠道求助);
  a problem said as a condition (有困难可以…) asks no problems.
- The parts a sentence says a thing is made of (由A、B、C三项组成) answer 由哪几项构成.
- Items asked beside those the question sets aside (除了红榜黑榜，其他开发区都有哪几家) are the others of that heading.
- What a place achieved (亮点), asked where the bulletin heads only ways (经验做法, one told by the place's example), is
  first the place's own paragraphs under no heading.
"""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.meanings import asks_problems
from qa.pipeline import BulletinQA
from tests.conftest import index_files

SURVEY = ("2026-07-diaoyan-baogao.txt",
          "关于全省开发区创新发展情况的调研报告\n岚州省商务厅调研组　　2026年7月15日\n\n"
          "一、主要成效\n"
          "（一）科技创新动能增强\n"
          "上半年，全省开发区新增高新技术企业217家，同比增长14.2%。\n"
          "（二）营商改革持续深化\n"
          "1.推行“一窗通办”集成服务。全省开发区审批事项平均办理时限压缩至3.5个工作日。\n"
          "2.试行“带方案出让”供地。上半年全省开发区带方案出让工业用地1260亩。\n"
          "（三）开放平台加快建设\n"
          "檀溪综合保税区进出口额增长18.6%。\n"
          "二、存在问题\n"
          "（一）区域分化加剧\n"
          "排名前两位的开发区营业收入占全省的47.2%。\n")
SPEECH = ("2026-02-tuijinhui-jianghua.txt",
          "在全省开发区推进会上的讲话\n岚州省人民政府副省长　韩立川\n\n"
          "同志们：\n"
          "过去一年，全省开发区实现营业收入5218.4亿元，同比增长7.6%。特别是龙头园区引领作用突出，比如桐峪经开区营收达到"
          "1326.5亿元，同比增长9.1%；榆川高新区营收增长两成，达到486.2亿元；檀溪综合保税区进出口额增长18.6%。"
          "同时也要看到，部分开发区亩均效益偏低。\n")
TRANSCRIPT = ("2026-04-fabuhui-shilu.txt",
              "岚州省一季度开发区经济运行情况新闻发布会实录\n2026年4月20日\n\n"
              "主持人：各位记者朋友，上午好！\n"
              "韩澄：一季度，全省开发区实现营业收入1328.6亿元，同比增长7.1%。\n"
              "【记者】岚州日报记者：问：企业在开发区遇到困难，怎么求助？\n"
              "韩澄：答：企业可通过“岚企帮”小程序或拨打12345热线提交诉求，开发区管委会承诺2个工作日内响应、10个工作日内办结。\n"
              "【记者】岚州电视台记者：问：二季度有什么打算？\n"
              "韩澄：答：二季度将开展项目攻坚行动，确保新开工亿元以上项目40个以上。\n"
              "主持人：今天的发布会到此结束。\n")
NOTICE = ("2026-02-kaohe-tongbao.txt",
          "岚州省商务厅关于2025年度全省开发区综合考核结果的通报\n\n"
          "一、考核结果\n"
          "（一）予以表扬（红榜）\n"
          "桐峪经济技术开发区得分94.2分，位居全省第一。\n"
          "（二）予以通报批评（黑榜）\n"
          "榆川化工园区得分70.6分，排名末位。\n"
          "（三）其他开发区\n"
          "檀溪综合保税区得分86.3分，名次与上年持平。\n"
          "二、有关说明\n"
          "综合得分满分100分，由经济实力（40分）、开放水平（30分）、绿色发展（30分）三项组成。\n")
COUNTY = ("2026-01-zhuanbao-di4qi.txt",
          "开发区工作专报\n2025年第4期\n蓼州市商务局　　2026年1月20日\n\n"
          "一、全年总体情况\n"
          "2025年，全市开发区实现营业收入812.3亿元，同比增长8.2%。\n"
          "二、亮点工作\n"
          "荻溪区：荻溪经开区获批省级“绿色园区”试点，全年办结企业诉求418件。\n"
          "苕南县：苕南工业园营业收入完成年度目标的97.2%，全年盘活闲置厂房4.6万平方米。\n"
          "三、经验做法\n"
          "（一）“标准地”供地。荻溪经开区新出让工业用地全部按“标准地”供应，拿地到开工平均用时缩短至28天。\n"
          "（二）闲置厂房“腾笼换鸟”。苕南县建立闲置厂房台账，通过“以租代售”盘活厂房。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("list30"), dict([SURVEY, SPEECH, TRANSCRIPT, NOTICE, COUNTY]), embedding)


@pytest.mark.parametrize("question, items", [
    ("营商改革这块，调研报告里提到哪些做法", ("推行“一窗通办”集成服务", "试行“带方案出让”供地")),  # the items under it
    ("讲话说龙头园区引领作用突出，举了哪几个园区的例子", ("桐峪经开区", "榆川高新区", "檀溪综合保税区")),  # 比如…；…；…。
    ("企业有困难可以通过哪些渠道求助", ("“岚企帮”小程序", "12345热线")),  # the reply to the question put
    ("考核通报里综合得分由哪几项构成？", ("经济实力", "开放水平", "绿色发展")),  # 由A、B、C三项组成
    ("考核通报里除了红榜黑榜，其他开发区都有哪几家", ("檀溪综合保税区",)),  # the items beside those set aside
    ("荻溪区去年全年有哪些亮点工作", ("省级“绿色园区”试点", "办结企业诉求418件")),  # its own paragraph, not only a way
])
def test_the_items_are_listed(qa, question, items):
    answer = qa.ask(question)
    assert answer["kind"] == "list", answer
    for item in items:
        assert item in answer["answer"], answer["answer"]


def test_the_items_set_aside_are_left_out(qa):
    answer = qa.ask("考核通报里除了红榜黑榜，其他开发区都有哪几家")["answer"]
    assert "桐峪经济技术开发区" not in answer and "榆川化工园区" not in answer, answer


@pytest.mark.parametrize("question, kind", [
    ("讲话里举了哪几个园区的例子", "list"), ("通报点了哪几个开发区的名", "list"),
    ("讲话里提到了哪几个园区", "list"),  # as before
])
def test_the_kind_read(question, kind):
    assert classify(question) == kind


@pytest.mark.parametrize("question, asked", [
    ("企业有问题可以通过哪些渠道反映", False), ("遇到困难怎么求助", False), ("碰到问题的话找谁", False),
    ("存在哪些问题", True), ("企业反映的困难有哪些", True), ("遇到了哪些困难", True),
])
def test_a_problem_as_a_condition_asks_no_problems(question, asked):
    assert asks_problems(question) is asked
