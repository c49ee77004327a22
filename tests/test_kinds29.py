"""Questions whose kind no cue word gives away, read by rules of Chinese (kinds29). Four small invented issues of
岚州省's 桐峪市 (its districts, zones and every figure made up) through the real loader, index and pipeline.

- A way's noun closing a question with no question word (供地的具体做法, 盘活厂房的路径, 减负的招数) asks how it was done.
- 从<period>到现在 / 到年底 and 一路看下来 ask the series over the issues, not one figure.
- 的 before 几件/几项 closing the question (重点抓的几项工作, 要干的几件大事) makes them the pieces of work a clause tells
  of: listed, not counted; the items a meeting decided (议定的事项) are the items its lead announces.
- How marked a problem is (突出问题, 最突出的短板) is no word its items must write.
"""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_files

_HEAD = "桐峪市开发区工作专报\n{issue}\n桐峪市商务局　　{date}\n\n"
FIRST = ("2026-04-zhuanbao-yijidu.txt", _HEAD.format(issue="2026年第1期", date="2026年4月20日")
         + "一季度，全市开发区实现营业收入301.6亿元，同比增长6.9%。\n\n"
         "【桐川区】一季度，桐峪高新区实现营业收入112.4亿元，同比增长7.7%。\n\n"
         "【榆溪县】一季度，榆溪经开区实现营业收入68.3亿元，同比增长5.2%。\n")
SECOND = ("2026-07-zhuanbao-shangbannian.txt", _HEAD.format(issue="2026年第2期", date="2026年7月21日")
          + "上半年，全市开发区实现营业收入642.8亿元，同比增长7.3%。\n\n"
          "【桐川区】上半年，桐峪高新区实现营业收入236.9亿元，同比增长8.1%。\n\n"
          "【榆溪县】上半年，榆溪经开区实现营业收入141.7亿元，同比增长5.6%。榆溪经开区新出让工业用地全部按“标准地”"
          "供应，平均拿地到开工时间由52天缩短至31天。\n\n"
          "下步打算\n下半年，全市开发区将重点抓好三项工作：一是开展重点项目“百日攻坚”，力争新开工亿元以上项目25个；"
          "二是推进低效用地清理，年底前盘活低效用地1800亩；三是组织赴珠三角专题招商3次以上。\n")
THIRD = ("2026-10-zhuanbao-qiansanjidu.txt", _HEAD.format(issue="2026年第3期", date="2026年10月22日")
         + "一、运行情况\n前三季度，全市开发区实现营业收入1003.5亿元，同比增长7.6%。\n\n"
         "【桐川区】前三季度，桐峪高新区实现营业收入371.2亿元，同比增长8.4%。桐峪高新区开展涉企收费专项清理，"
         "为企业减负约0.8亿元。\n\n"
         "【榆溪县】前三季度，榆溪经开区实现营业收入219.8亿元，同比增长5.9%。\n\n"
         "二、存在短板\n一是部分园区主导产业不突出，榆溪经开区新签约项目中主导产业项目占比仅41%。\n"
         "二是外资到位偏慢，全市开发区实际使用外资同比下降3.8%。\n"
         "三是专业人才短缺，高新区研发人员缺口约600人。\n")
MINUTES = ("2026-05-fenxihui-jiyao.txt", "桐峪市开发区一季度经济运行分析会议纪要\n2026年第1期\n桐峪市商务局　　2026年5月8日\n\n"
           "一季度，全市开发区实现营业收入301.6亿元，同比增长6.9%。\n\n"
           "会议要求各园区盯紧全年目标。会议议定以下事项：\n"
           "一、桐峪高新区加快新型储能产业园二期建设，6月底前完成主体封顶。（责任单位：桐川区人民政府）\n"
           "二、榆溪经开区制定低效用地盘活方案，5月底前报市商务局。（责任单位：榆溪县人民政府）\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("kinds29"), dict([FIRST, SECOND, THIRD, MINUTES]), embedding)


@pytest.mark.parametrize("question, told", [("榆溪经开区供地的具体做法", "按“标准地”供应"),
                                            ("榆溪经开区缩短拿地到开工时间的路径", "按“标准地”供应"),
                                            ("桐峪高新区给企业减负的招数", "涉企收费专项清理")])
def test_a_ways_noun_closing_the_question_asks_a_way(qa, question, told):
    answer = qa.ask(question)
    assert classify(question) == "how"
    assert told in answer["answer"] and not answer["abstained"], answer["answer"]


@pytest.mark.parametrize("question", ["桐峪高新区营收从一季度到现在", "桐峪高新区营收一路看下来"])
def test_a_span_to_now_or_all_the_way_asks_the_series(qa, question):
    answer = qa.ask(question)
    assert answer["kind"] == "trend", answer
    for figure in ("112.4亿元", "236.9亿元", "371.2亿元"):
        assert figure in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question", ["下半年全市开发区重点抓的几项工作", "下半年全市开发区要干的几件大事"])
def test_the_pieces_of_work_a_clause_tells_of_are_listed(qa, question):
    answer = qa.ask(question)
    assert classify(question) == "list"
    for item in ("开展重点项目“百日攻坚”", "推进低效用地清理", "组织赴珠三角专题招商3次以上"):
        assert item in answer["answer"], answer["answer"]


def test_the_items_a_meeting_decided_are_its_announced_items(qa):
    answer = qa.ask("一季度分析会议定的事项")["answer"]
    assert "加快新型储能产业园二期建设" in answer and "制定低效用地盘活方案" in answer, answer


@pytest.mark.parametrize("question", ["前三季度全市开发区存在的突出问题", "前三季度全市开发区最突出的短板"])
def test_how_marked_a_problem_is_is_no_word_its_items_write(qa, question):
    answer = qa.ask(question)["answer"]
    for item in ("外资到位偏慢", "专业人才短缺"):
        assert item in answer, answer


@pytest.mark.parametrize("question, kind", [
    ("上半年专报说下半年要重点抓好几项工作？", "figure"),  # 抓好 then 几: how many
    ("下半年全市开发区有几项重点工作", "figure"),
    ("去年全年专报里的经验做法", "figure"),  # one compound noun: the section's items (no way; listed as a figure's are)
    ("桐峪高新区上半年营收", "figure"),
    ("桐峪高新区营收从一季度到上半年", "trend"),
    ("招商经验有哪些", "list"),
    ("省里出台的开发区考核办法", "figure"),  # a rule's title: a document, no way
])
def test_guards_wordings_that_keep_their_kind(question, kind):
    assert classify(question) == kind
