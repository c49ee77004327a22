"""Fresh list wordings list28 wrote, answered by rules of Chinese and of bulletin layout. Two small invented issues of
岚州省 (its cities, zones and every figure made up) through the real loader, index and pipeline.

- Ordinals a question names the items by (“一要二要”都有啥, “一要、二要、三要”分别是什么) say how the bulletin numbers
  them: no topic the items' titles must write, and 分别 over them asks the items, not a figure of each.
- A section's noun after 哪几 and a measure word (点了哪几个问题) asks its items, not a name.
- A count with a request to list what is counted (议定的事项一共几条，列一下) is one list: the items the lead announces.
- 比较 before how common or marked a thing is (反映比较多的问题) is the adverb "rather": no comparison.
- A prose sentence's lead in a summary keeps the sentence's later figures, past clauses of none (…：由市商务局牵头争取
  试点，…引进维修企业4家，上半年保税维修产值2.16亿元), not only its first clauses.
"""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_files

SPEECH = ("2026-03-tuijinhui-jianghua.txt",
          "在全省开发区工作推进会上的讲话\n岚州省人民政府副省长　岑望舒\n（2026年3月6日）\n\n"
          "一、2025年工作回顾\n"
          "2025年，全省开发区实现营业收入3126.4亿元，同比增长6.9%。在肯定成绩的同时，也要看到存在的问题：一是产业链条偏短，"
          "配套企业不足；二是用地效率偏低，亩均税收只有19.6万元；三是专业招商力量薄弱。\n\n"
          "二、2026年重点工作\n"
          "一要抓园区扩容不停步。推动桐峪经开区扩区调区，年内新增建设用地2000亩。二要抓外资招引不松劲。全年举办境外招商活动"
          "不少于12场。三要抓营商环境不放松。推行“拿地即开工”，审批时限压缩三分之一。\n")
MINUTES = ("2026-04-fenxihui-jiyao.txt",
           "全省开发区一季度经济运行分析会议纪要\n2026年第2期\n岚州省商务厅开发区处　　2026年4月16日\n\n"
           "一季度，全省开发区实现营业收入1128.6亿元，同比增长6.4%。\n\n"
           "会议要求，各市要盯紧全年目标。会议议定以下事项：\n"
           "一、桐峪市加快桐峪综保区二期封关验收，力争上半年进出口额新增15亿元。（责任单位：桐峪市商务局；完成时限：2026年6月底前）\n"
           "二、榆川市推进“一区多园”整合，由榆川高新区托管榆川临港产业园。（责任单位：榆川市人民政府；完成时限：2026年6月30日前）\n"
           "三、省商务厅开发区处按月编发工作动态，5月下旬开展一次专项督导。（责任单位：省商务厅开发区处）\n")
HALF_YEAR = ("2026-07-yunxing-shangbannian.txt",
             "2026年上半年全省开发区运行情况\n2026年第3期\n岚州省商务厅开发区处　　2026年7月20日\n\n"
             "【桐峪市】上半年，全市开发区实现营业收入406.15亿元，同比增长8.4%。桐峪市的做法是发展“保税维修”新业态：由市商务局"
             "牵头争取海关监管创新试点，在桐峪综合保税区引进精密仪器维修企业4家，上半年保税维修产值2.16亿元。\n"
             "【榆川市】上半年，全市开发区实现营业收入288.40亿元，同比增长6.1%。\n")
_TASKS = ("抓园区扩容不停步", "抓外资招引不松劲", "抓营商环境不放松")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("list28"), dict([SPEECH, MINUTES, HALF_YEAR]), embedding)


@pytest.mark.parametrize("question", ["推进会讲话里今年重点工作“一要二要”都有啥，列一下",
                                      "讲话里2026年重点工作的“一要、二要、三要”分别是什么"])
def test_ordinals_naming_the_items_ask_them_all(qa, question):
    answer = qa.ask(question)
    assert answer["kind"] == "list", answer
    for task in _TASKS:
        assert task in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question", ["副省长讲话里点了哪几个问题？", "讲话里提了哪几条问题"])
def test_a_sections_noun_after_a_measure_word_asks_its_items(qa, question):
    answer = qa.ask(question)
    assert answer["kind"] == "list", answer
    for problem in ("产业链条偏短", "用地效率偏低", "专业招商力量薄弱"):
        assert problem in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question", ["分析会纪要议定的事项一共几条，列一下", "会议议定的事项共有几项？列出来"])
def test_a_count_with_a_request_to_list_lists_the_items(qa, question):
    answer = qa.ask(question)
    assert answer["kind"] == "list", answer
    for item in ("桐峪市加快桐峪综保区二期封关验收", "榆川市推进“一区多园”整合", "省商务厅开发区处按月编发工作动态"):
        assert item in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question", ["一季度企业反映比较多的问题有哪些", "调研中比较突出的问题有哪些"])
def test_rather_many_is_no_comparison(question):
    assert classify(question) == "list"


def test_which_of_two_is_rather_higher_still_compares():
    assert classify("桐峪和榆川比较一下哪个营收高") == "compare"


@pytest.mark.parametrize("question", ["桐峪市上半年开发区总体情况咋样？", "桐峪市上半年开发区的情况介绍一下"])
def test_a_sentence_lead_keeps_its_later_figures(qa, question):
    answer = qa.ask(question)["answer"]
    assert "406.15亿元" in answer and "2.16亿元" in answer, answer
