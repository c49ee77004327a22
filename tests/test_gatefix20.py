"""A summary asked by the word that names one bulletin's subject (督查 of a …督查情况的通报 beside monthly 快报 that never
write it) summarises that bulletin, not the newest one; a question over several places (各市, 甲、乙两市) is never
answered by the whole's passage, whichever composer found it: it is withheld rather than cite the whole's 环比 for
each city's. Invented bulletins (棂川省, its cities and every figure made up) through the real loaders, index and
pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

NOTICE = ("棂川省商务厅关于2026年一季度全省园区重点工作督查情况的通报\n棂商园〔2026〕7号\n\n各设区市商务局：\n\n"
          "4月中旬，省商务厅组成3个督查组，对全省园区一季度重点工作开展了督查。现将有关情况通报如下。\n\n"
          "一、总体情况\n\n"
          "一季度，全省园区实现营业收入1507.3亿元，同比增长6.2%；新开工亿元以上项目64个。"
          "桤湾经开区营收233.8亿元，同比增长7.1%。\n\n"
          "二、存在问题\n\n"
          "部分园区仍存在项目开工滞后、低效用地较多等问题。\n")
MONTHLY = ("<html><head><title>2026年1-5月全省园区经济运行快报-棂川省商务厅</title></head><body><div class=\"article\">"
           "<h1>2026年1-5月全省园区经济运行快报</h1>"
           "<p>1-5月，全省园区实现营业收入2580.4亿元，同比增长6.6%；5月当月实现营业收入548.1亿元，环比增长3.9%。"
           "实际使用外资3.02亿美元，同比增长9.4%。</p>"
           "<p>重点园区中，桤湾经开区1-5月实现营业收入402.6亿元，同比增长7.4%；椋口高新区311.5亿元，同比增长5.6%。</p>"
           "<p class=\"cap\">表1　各市园区营业收入完成情况</p><table border=\"1\">"
           "<tr><th>地区</th><th>5月（亿元）</th><th>1-5月（亿元）</th><th>累计同比增长（%）</th><th>当月环比增长（%）</th></tr>"
           "<tr><td>桤湾市</td><td>96.2</td><td>455.1</td><td>7.2</td><td>4.4</td></tr>"
           "<tr><td>椋口市</td><td>71.8</td><td>338.0</td><td>5.9</td><td>-0.7</td></tr>"
           "<tr><td>榑阳市</td><td>52.5</td><td>247.3</td><td>6.8</td><td>2.6</td></tr>"
           "</table></div></body></html>")
LATER = ("全省园区经济运行快报（2026年第8期）\n棂川省商务厅　　2026年9月16日\n\n"
         "1-8月，全省园区实现营业收入4163.9亿元，同比增长6.9%。\n\n"
         "桤湾市：1-8月园区营业收入733.4亿元，同比增长7.0%。\n\n"
         "椋口市：1-8月园区营业收入551.2亿元，同比增长5.8%。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {"2026-04-yuanqu-ducha-tongbao.txt": NOTICE, "2026-06-yuanqu-kuaibao-1-5yue.html": MONTHLY,
             "2026-09-yuanqu-kuaibao-di8qi.txt": LATER}
    return index_files(tmp_path_factory.mktemp("gatefix20"), files, embedding)


@pytest.mark.parametrize("question", ["督查的总体情况概括一下", "督查通报主要讲了什么，概括一下", "把督查情况总结一下",
                                      "一季度督查总体情况简要说一下"])
def test_a_summary_asked_by_a_bulletins_subject_summarises_that_bulletin(qa, question):
    result = qa.ask(question)
    assert not result["abstained"] and "1507.3亿元" in result["answer"]
    assert {c["period"] for c in result["citations"]} == {"2026年一季度"}


@pytest.mark.parametrize("question", ["各市园区5月当月营业收入环比情况", "各市园区实际使用外资分别多少"])
def test_a_question_over_every_city_never_cites_the_whole(qa, question):
    result = qa.ask(question)
    assert all(c["region"] for c in result["citations"]), result["answer"]
    assert "3.9%" not in result["answer"] and "3.02亿美元" not in result["answer"]  # the whole's, no city's
