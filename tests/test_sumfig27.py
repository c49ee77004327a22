"""A summary item keeps its sentence's later figures (营业收入X亿元，增长Y%；税收Z亿元: staff quote Z too), up to a line a
reader takes in, cut at a clause's end; a prose section's lead goes past a bare lead-in (督查中，). Invented issues of
岚州省 (its cities, zones and every figure made up) through the real loader, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

ISSUE = ("2026-07-gongzuo-dongtai-di2qi.txt",
         "岚州省开发区工作动态\n2026年第2期\n岚州省商务厅　　2026年7月18日\n\n"
         "一、澴川市\n"
         "（一）工作亮点\n"
         "1.主要指标稳中有升。上半年，全市开发区实现营业收入418.6亿元，同比增长7.3%；规模以上工业增加值96.2亿元，"
         "同比增长6.8%；税收收入21.47亿元，同比增长4.9%。\n"
         "2.创新主体加快培育。澴川高新区研发经费投入12.3亿元，同比增长15.2%；新增专精特新企业17家，"
         "高新技术企业总数达到286家。\n"
         "3.项目建设提速增效。全市开发区新签约项目36个，总投资188.4亿元，其中10亿元以上项目5个；6月12日在苏州举办"
         "澴川开发区专场推介会，邀请长三角地区电子信息、新材料、装备制造等领域重点企业和行业协会负责人参会，围绕产业链上下游配套和应用场景开放等深入对接交流，"
         "现场签约项目9个，总投资43.9亿元。\n\n"
         "（二）存在问题\n部分园区标准厂房空置率偏高。\n\n"
         "二、泺阳市\n"
         "（一）工作亮点\n"
         "1.外贸外资企稳回升。上半年，全市开发区实现进出口总额52.7亿元，同比增长6.1%。\n")


NOTICE = ("2026-05-ducha-tongbao.txt",
          "岚州省商务厅关于开发区高质量发展督查情况的通报\n岚商开〔2026〕12号\n\n各设区市商务局：\n"
          "4月中旬，省商务厅组成3个督查组，对全省开发区开展督查。现将有关情况通报如下。\n\n"
          "一、总体情况\n一季度，全省开发区实现营业收入1536.2亿元，同比增长6.4%。\n\n"
          "二、表扬事项\n督查中，澴川经济技术开发区、泺阳高新技术产业开发区项目推进快、服务保障好，予以通报表扬。\n\n"
          "三、存在问题\n督查发现，部分开发区仍存在标准厂房空置、项目开工滞后等问题，具体见附表。\n\n"
          "岚州省商务厅\n2026年5月8日\n")


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, embedding) -> dict[str, BulletinQA]:
    """Each issue in an index of its own: a city's work report, a province's 督查通报."""
    return {name: index_files(tmp_path_factory.mktemp(name), dict([issue]), embedding)
            for name, issue in (("report", ISSUE), ("notice", NOTICE))}


@pytest.mark.parametrize("question", ["澴川市上半年开发区工作情况概括一下", "澴川上半年开发区都干了些啥"])
def test_an_item_keeps_its_sentence_later_figures(indexed, question):
    answer = indexed["report"].ask(question)["answer"]
    for figure in ("418.6亿元", "21.47亿元", "4.9%", "12.3亿元", "286家", "188.4亿元"):
        assert figure in answer, answer


def test_a_long_sentence_is_cut_at_a_clause_end_within_reach(indexed):
    answer = indexed["report"].ask("澴川市上半年开发区工作情况概括一下")["answer"]
    line = next(line for line in answer.splitlines() if "188.4亿元" in line)
    # its later figures stand past a line's reach: the item ends at the clause of its first figures, whole
    assert "43.9亿元" not in line and "其中10亿元以上项目5个[" in line, line


def test_a_prose_section_opens_past_a_bare_lead_in(indexed):
    """督查中，/ 督查发现，: the clause only says where what follows was found; the section's lead goes on to it."""
    answer = indexed["notice"].ask("这期督查通报主要讲了什么")["answer"]
    assert "督查中，澴川经济技术开发区" in answer and "督查发现，部分开发区仍存在" in answer, answer
