"""Ways asked as staff ask them, of an invented issue of 岚州省 (its cities, zones and every figure made up) through the
real loader, index and pipeline.

- A clause of means (围绕…, 依托…, 以…为抓手) is a way wherever it stands, whatever figures follow it in its clause or
  sentence: the way is answered.
- What a place writes only as results is no way, however it is worded: a part's heading stating how its subject fares
  (外贸量质齐升), a project finished or signed (建成投产, 三期项目签约), a change reached (实现由负转正), a note on the figures (注：…快报数) or an
  example's subject (比如…引进的…项目，…只用了45天): a way asked of it is not answered.
- A way asked with no how word (用了哪些招, 下了哪些功夫, 主要抓了什么, 用的什么方法, X的经验做法) asks a way.
- A verb the dictionary knows before 开发区 or 企业 (怎么推进开发区整合, 怎么保证企业诉求) is no unknown name: the question
  is answered, not refused for a name no bulletin writes.
"""
from __future__ import annotations

import pytest

from qa.kinds import classify
from qa.pipeline import BulletinQA
from tests.conftest import index_files

Q1 = ("2026-04-kaifaqu-gongzuo-jianbao.txt",
      "岚州省开发区工作简报\n2026年第1期\n岚州省商务厅　　2026年4月20日\n\n"
      "一、总体情况\n一季度，全省开发区实现营业收入1536.8亿元，同比增长7.1%。\n\n"
      "二、各市情况\n（一）榧山市\n榧山县围绕高端铝材产业链招引配套企业14家，榧山经开区营业收入增长12.6%。\n"
      "（二）棪江市\n外贸量质齐升。1-3月，棪江经济技术开发区完成进出口总额62.7亿元，同比增长13.1%；实际使用外资0.83亿美元。\n"
      "（三）楂林市\n楂林高新区新能源电池产业链实现产值超200亿元，同比增长18.2%，集聚上下游企业36家。"
      "龙头企业锂岫新能源二期项目3月建成投产。\n锂岫新能源三期项目签约，总投资32.5亿元。\n"
      "（四）檀口市\n檀口经开区一季度实现营业收入96.4亿元，同比增长1.4%，实现由负转正。\n"
      "（五）柞湾市\n柞湾食品园实现营业收入31.2亿元，同比增长14.6%。\n注：柞湾食品园数据为县统计局快报数。\n"
      "（六）槭原市\n槭原综保区依托港口优势引进临港物流企业7家，进出口额增长16.3%。\n"
      "（七）椋川市\n比如椋川经开区引进的储能电池项目，从签约到开工只用了38天。\n\n"
      "三、下步打算\n1.深化开发区整合优化，年底前完成第二批整合方案审核。\n"
      "2.企业诉求实行“接诉即办”，5个工作日内办结。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("how29"), dict([Q1]), embedding)


@pytest.mark.parametrize("question, way", [("榧山县营收增长这么快，靠的什么？", "高端铝材产业链"),
                                           ("槭原综保区进出口是怎么涨上去的？", "依托港口优势")])
def test_a_means_before_results_is_a_way(qa, question, way):
    answer = qa.ask(question)
    assert not answer["abstained"] and way in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question", ["棪江经开区外贸量质齐升是靠啥？", "楂林高新区电池产业链产值超200亿元靠的是什么？",
                                      "锂岫新能源三期项目是靠什么拿下的？", "檀口经开区营收是怎么实现由负转正的？", "柞湾食品园是靠什么把营收拉上去的？",
                                      "椋川经开区储能电池项目38天就开工了，是怎么做到的？"])
def test_a_way_asked_of_results_alone_is_not_answered(qa, question):
    answer = qa.ask(question)
    assert answer["abstained"], answer["answer"]


@pytest.mark.parametrize("question", ["榧山县营收增长这么快，用了哪些招？", "榧山县在招引企业上下了哪些功夫？",
                                      "榧山县招引配套企业主要抓了什么？", "榧山县招配套企业用的什么方法？", "榧山县招引配套企业的经验做法",
                                      "榧山县营收增长主要得益于什么？", "槭原综保区靠哪几招稳住外贸的？"])
def test_a_way_asked_with_no_how_word(qa, question):
    assert classify(question, 1) == "how"
    answer = qa.ask(question)
    assert not answer["abstained"] and ("产业链" in answer["answer"] or "港口" in answer["answer"]), answer["answer"]


@pytest.mark.parametrize("question, way", [("怎么推进开发区整合优化？", "第二批整合方案审核"),
                                           ("开发区怎么保证企业诉求及时办结？", "接诉即办")])
def test_a_known_verb_before_a_place_word_is_no_name(qa, question, way):
    answer = qa.ask(question)
    assert not answer["abstained"] and way in answer["answer"], answer["answer"]
