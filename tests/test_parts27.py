"""A bulletin's parts asked by number or by a heading holding a period word, who attended, chaired or asked, and a
split question's echo (parts27). Invented 岚州省 files (every name and figure made up) through the real loader, index
and pipeline.

- 讲话的第三部分, 第二点意见, 最后一部分: the part under the bulletin's n-th heading (an address, 同志们：, heads none;
  where the first heading was read into the address's paragraph, the address from that heading on is the first part).
- 哪些媒体提问了: every reporter's question turn's outlet, in order; …是哪家媒体问的 / 问题是谁提的: the outlet of the
  question turn asking it, not the official answering.
- 哪些单位出席了分析会: the 纪要's 出席： line, its parts listed; 分析会纪要是谁记录的: its 记录： line, which writes no
  word of the meeting; 由谁主持: the name after the post, the surname jieba
  cuts off it (副厅长|钟|岱川) included.
- 下半年重点 asked of a 上半年 issue whose heading is 下半年重点: the heading, not the period 7-12月; the heading written as
  what holds it (全省小结里…) is no topic its items must write.
- A second part given the first part's year (2025年…咋做的，…缩到多少天) is resolved without the year twice.
"""
from __future__ import annotations

import pytest

from qa.compose.ordinal_parts import part_number
from qa.people import person_span
from qa.pipeline import BulletinQA
from tests.conftest import index_files

SPEECH = ("在全省开发区工作推进会上的讲话\n岚州省人民政府副省长　柏青岩\n（2026年2月20日）\n\n"
          "同志们：\n今天召开全省开发区工作推进会，总结2025年工作，部署2026年任务。下面，我讲三点意见。\n\n"
          "一、全面总结2025年全省开发区发展成效\n"
          "过去一年，全省开发区实现营业收入6215.4亿元，同比增长6.8%。成绩的取得，主要体现在三个方面。第一，产业集群加快"
          "壮大。全省开发区新增省级产业集群12个。第二，开放水平稳步提高。全省开发区实际使用外资7.42亿美元，同比增长9.6%。\n\n"
          "二、科学确定2026年开发区发展的主要目标\n"
          "2026年全省开发区工作的主要预期目标是：营业收入增长7%左右；实际使用外资增长8%以上；新开工亿元以上项目320个以上。\n\n"
          "三、全力抓好2026年各项重点任务\n"
          "一要抓产业链招商。围绕主导产业开展精准招商，全年举办专题招商活动不少于45场。二要抓项目落地见效。"
          "实行重大项目挂牌督办，确保签约项目半年内开工率达到65%以上。三要抓园区整合提升。年底前完成全部省级以上开发区整合优化。\n\n"
          "同志们，让我们坚定信心、真抓实干，奋力开创全省开发区高质量发展新局面！\n")
MINUTES = ("岚州省商务厅办公室\n〔2026〕第5期　　2026年4月18日\n全省开发区一季度运行分析会会议纪要\n\n"
           "4月15日，省商务厅副厅长钟岱川在省商务厅二楼会议室主持召开全省开发区一季度运行分析会。会议听取了省商务厅园区处"
           "关于一季度全省开发区运行情况的汇报，桐溪市、柘川市商务局分别作了交流发言。现将会议主要精神纪要如下：\n\n"
           "会议指出\n一季度，全省开发区实现营业收入1425.8亿元，同比增长6.1%。桐溪市开发区营业收入512.3亿元，增长7.4%。\n\n"
           "会议要求\n各市要盯紧全年目标。会议议定以下事项：\n"
           "一、桐溪市加快桐溪综保区二期验收。（责任单位：桐溪市商务局；完成时限：2026年6月底前）\n"
           "二、柘川市开展化工园区安全隐患排查整治。（责任单位：柘川市应急管理局；完成时限：2026年5月底前）\n\n"
           "出席：钟岱川、省商务厅园区处、外资处、省统计局工业处负责同志，各设区市商务局分管负责同志。\n"
           "记录：园区处　闵若溪\n")
_TURNS = [
    "<strong>主持人：</strong>各位记者朋友，上午好！首先请钟岱川副厅长介绍有关情况。",
    "<strong>钟岱川：</strong>一季度，全省开发区实现营业收入1425.8亿元，同比增长6.1%。",
    "<strong>【记者】岚州日报记者：</strong>问：一季度各市开发区外资情况如何？",
    "<strong>葛晓岚：</strong>答：桐溪市开发区实际使用外资0.82亿美元，增长12.3%。",
    "<strong>【记者】岚州广播电视台记者：</strong>问：柘川市开发区营收下降的原因是什么？",
    "<strong>葛晓岚：</strong>答：主要是柘川经开区一家龙头企业停产检修，影响营收约12亿元。",
    "<strong>【记者】经济参考报记者：</strong>问：今年开发区整合优化怎么推进？",
    "<strong>钟岱川：</strong>答：年底前完成全部省级以上开发区整合优化。",
    "<strong>主持人：</strong>今天的新闻发布会到此结束，谢谢各位！",
]
PRESS = ("<html><head><meta charset='utf-8'><title>岚州省2026年一季度开发区经济运行情况新闻发布会</title></head><body>"
         "<div class='article'><h1>岚州省2026年一季度开发区经济运行情况新闻发布会</h1>"
         "<div class='info'>发布时间：2026-04-23 10:00</div><div class='content'>"
         "<p>4月23日上午，省政府新闻办举行新闻发布会，请省商务厅副厅长钟岱川介绍一季度全省开发区经济运行情况，"
         "省商务厅园区处处长葛晓岚回答记者提问。</p>" + "".join(f"<p>{t}</p>" for t in _TURNS) + "</div></div></body></html>")
HALF = ("岚州省开发区上半年工作推进会汇报材料\n岚州省商务厅　　2026年7月20日\n\n"
        "全省小结\n上半年，全省开发区实现营业收入2987.6亿元，同比增长6.4%。\n\n"
        "下半年重点\n→ 狠抓项目建设，全年新签约亿元以上项目力争突破260个\n→ 稳外贸稳外资，推动综合保税区跨境电商等新业态发展\n")
REPORT = ("开发区工作专报\n2025年全年\n桐溪市商务局　　2026年1月15日\n\n"
          "一、总体情况\n2025年，全市开发区实现营业收入826.4亿元，同比增长7.7%。\n\n"
          "二、经验做法\n（一）“链长+园长”双长制。桐溪经开区由区领导任链长，全年招引配套企业19家。\n"
          "（二）“先租后让”供地。桐溪经开区新出让工业用地实行弹性年期出让，平均拿地到开工时间由60天缩短至40天。\n")
FILES = {"2026-02-tuijinhui-jianghua.txt": SPEECH, "2026-04-fenxihui-jiyao.txt": MINUTES,
         "2026-04-fabuhui-shilu.html": PRESS, "2026-07-tuijinhui-huibao.txt": HALF, "2026-01-zhuanbao.txt": REPORT}


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("parts27"), FILES, embedding)


@pytest.mark.parametrize("question, part, other", [
    ("副省长讲话的第三部分讲了什么", "抓产业链招商", "营业收入6215.4亿元"),
    ("讲话第二部分说了啥", "营业收入增长7%左右", "抓产业链招商"),
    ("讲话的最后一部分讲的是什么", "抓园区整合提升", "营业收入增长7%左右"),
    ("副省长讲话的第三点意见部署了哪些任务", "抓项目落地见效", "今天召开"),
    ("讲话第一部分讲的是什么", "营业收入6215.4亿元", "抓产业链招商"),
])
def test_a_part_asked_by_its_number_is_the_part_under_that_heading(qa, question, part, other):
    answer = qa.ask(question)
    assert part in answer["answer"] and other not in answer["answer"], answer["answer"]
    assert {c["period"] for c in answer["citations"]} == {"2025年全年"}


def test_what_asks_a_part_by_number():
    assert part_number("讲话的第三部分讲了什么") == 3 and part_number("第二点意见") == 2
    assert part_number("讲话最后一部分") == -1
    # an item of a list (第二条), a rank (排第二) or an issue (第2期) is no part of a bulletin
    assert part_number("第二条具体说说") is None and part_number("排第二的是哪个") is None
    assert part_number("第2期营收多少") is None


FIRST_HEADING_IN_THE_ADDRESS = (
    "在全省开发区工作会议上的讲话\n岚州省人民政府副省长　柏青岩\n\n"
    "同志们：\n今天召开全省开发区工作会议，下面，我讲两点意见。\n"
    "一、充分肯定2025年全省开发区工作取得的突出成效过去一年，全省开发区实现营业收入6215.4亿元，同比增长6.8%。\n\n"
    "二、全力抓好2026年各项重点任务\n一要抓产业链招商。全年举办专题招商活动不少于45场。二要抓项目落地见效。"
    "确保签约项目半年内开工率达到65%以上。\n")


def test_the_first_part_read_into_the_address_is_still_the_first(tmp_path_factory, embedding):
    speech = index_files(tmp_path_factory.mktemp("parts27_address"),
                         {"2026-02-huiyi-jianghua.txt": FIRST_HEADING_IN_THE_ADDRESS}, embedding)
    first = speech.ask("讲话的第一部分讲了什么")["answer"]
    assert "6215.4亿元" in first and "抓产业链招商" not in first and "我讲两点意见" not in first, first
    second = speech.ask("讲话的第二部分讲了什么")["answer"]
    assert "抓产业链招商" in second and "6215.4亿元" not in second, second


def test_the_media_that_asked_are_every_question_turns_outlet(qa):
    answer = qa.ask("发布会上哪些媒体提问了")
    text = answer["answer"]
    outlets = ["岚州日报记者", "岚州广播电视台记者", "经济参考报记者"]
    assert all(o in text for o in outlets), text
    assert [text.index(o) for o in outlets] == sorted(text.index(o) for o in outlets)
    assert "葛晓岚" not in text and {c["period"] for c in answer["citations"]} == {"2026年一季度"}


@pytest.mark.parametrize("question, outlet", [
    ("柘川营收下降的原因是哪家媒体问的", "岚州广播电视台记者"),
    ("整合优化的问题是谁提的", "经济参考报记者"),
    ("外资情况是哪位记者问的", "岚州日报记者"),
])
def test_who_asked_a_question_is_its_turns_outlet(qa, question, outlet):
    answer = qa.ask(question)
    assert answer["short"] == outlet, (answer["short"], answer["answer"])


def test_who_answered_is_still_the_official(qa):
    assert qa.ask("谁回答了柘川营收下降的问题")["short"] == "葛晓岚"


@pytest.mark.parametrize("question", ["哪些单位出席了分析会", "一季度分析会都有哪些人参加"])
def test_who_attended_is_the_minutes_attendance_line(qa, question):
    answer = qa.ask(question)
    assert "省统计局工业处负责同志" in answer["answer"] and "外资处" in answer["answer"], answer["answer"]
    assert "交流发言" not in answer["answer"]


def test_a_surname_cut_off_after_a_post_is_part_of_the_name(qa):
    sentence = "4月15日，省商务厅副厅长钟岱川在省商务厅二楼会议室主持召开全省开发区一季度运行分析会。"
    assert person_span("分析会由谁主持", sentence) == "钟岱川"
    assert qa.ask("分析会由谁主持")["short"] == "钟岱川"



@pytest.mark.parametrize("question", ["分析会纪要是谁记录的", "一季度分析会的纪要记录人是谁"])
def test_who_recorded_is_the_minutes_record_line(qa, question):
    answer = qa.ask(question)
    assert answer["short"] == "闵若溪", (answer["short"], answer["answer"])


@pytest.mark.parametrize("question", ["下半年重点是啥", "汇报材料全省小结里下半年重点是啥"])
def test_a_period_word_of_a_heading_names_the_heading(qa, question):
    answer = qa.ask(question)
    assert not answer["abstained"], answer["answer"]
    assert "狠抓项目建设" in answer["answer"] and "稳外贸稳外资" in answer["answer"], answer["answer"]
    assert {c["period"] for c in answer["citations"]} == {"2026年上半年"}


def test_a_later_part_given_the_first_parts_year_names_it_once(qa):
    answer = qa.ask("2025年桐溪经开区供地是咋做的，拿地到开工缩到多少天")
    assert "40天" in answer["answer"], answer["answer"]
    assert "2025年2025年" not in answer["answer"], answer["answer"]
