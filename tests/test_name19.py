"""Names on wordings the name path was not tuned on, round name19: the verb the question writes after its question
word (和谁共建, 由谁批复) is no part of the name; a city whose rare name jieba cuts apart (蓣|川|市, 沄|平|市) is still
the city a 哪个市 question asks; a kind asked (哪家链主企业) that a sentence only writes as a kind names no firm; and a
zone asked of a city's passage in a bulletin that names no other zone of that city (a digest row's 重点项目进展) is
that zone's; a works asked by its kind (码头工程叫什么) is named as a project is. Invented bulletins through the real index, and the pure parts."""
from __future__ import annotations

import pytest

from qa.edges import clean_edges
from qa.items import item_span, names_maker
from qa.named import city_span
from tests.conftest import index_files

_JULY = """漪澜省开发区工作通报
2026年第2期 漪澜省商务厅 2026年7月20日

一、总体情况
上半年，全省开发区实现营业收入3210.5亿元，同比增长6.8%。分市看，蓣川市开发区营业收入同比增长12.6%，继续领跑全省；沄平市开发区进出口总额同比增长18.2%，居各市第一。

二、各市情况
（一）蓣川市
蓣川高新区上半年实现营业收入412.3亿元，同比增长12.6%。蓣川高新区与省内高校共建中试基地4个，转化科技成果31项。

（二）沄平市
沄平经开区上半年完成进出口总额88.6亿元，同比增长18.2%。沄平经开区完成固定资产投资42.6亿元，其中沄平港20万吨级散货码头三期工程完成投资3.1亿元。沄平经开区开展“链主企业+配套企业”对接会6场，促成本地配套合同金额1.2亿元。

（三）霈州市
霈州经开区上半年实现营业收入96.4亿元，同比增长7.7%。霈州经开区与蓣川高新区签订产业协作协议。精工模具产业园建成投产。
"""

_MAY = """漪澜省开发区工作动态
2026年第6期 漪澜省商务厅开发区处 2026年5月18日

各市开发区重点工作进展
（一）霈州市
主要指标：霈州经开区1-4月营业收入61.2亿元，同比增长8.1%。
重点项目进展：
1.中欧产业合作园德资精密轴承项目开工，总投资7.5亿元。
存在问题：
1.标准厂房供给不足。
"""


@pytest.fixture(scope="module")
def bulletins_qa(tmp_path_factory, embedding):
    return index_files(tmp_path_factory.mktemp("name19"),
                       {"2026-07-tongbao.txt": _JULY, "2026-05-dongtai.txt": _MAY}, embedding)


def test_the_verb_after_the_question_word_is_no_part_of_the_name() -> None:
    assert clean_edges("溧岑高新区是和谁共建的中试基地？", "与省内高校共建") == "省内高校"
    assert clean_edges("扩区方案由谁批复的？", "由省政府批复") == "省政府"
    assert clean_edges("是和谁共建的？", "与高校") == "高校"  # nothing of the verb written: the span as it is
    assert clean_edges("和谁共建了中试基地？", "省内高校共建") == "省内高校"  # a verb qualified by 了 after the word


def test_a_partner_asked_by_who_is_cut_before_the_verb(bulletins_qa) -> None:
    answer = bulletins_qa.ask("蓣川高新区是和谁共建的中试基地？")
    assert answer["short"] == "省内高校"


def test_a_city_whose_rare_name_jieba_cuts_apart_is_the_city_asked() -> None:
    sentence = "分市看，蓣川市开发区营业收入同比增长12.6%，继续领跑全省；沄平市开发区进出口总额同比增长18.2%，居各市第一。"
    assert city_span("营业收入领跑全省的是哪个市？", sentence) == "蓣川市"  # 蓣|川|市
    assert city_span("进出口总额居各市第一的是哪个市？", sentence) == "沄平市"  # 沄|平|市, 平 tagged a verb
    assert city_span("增速第一的是哪个市？", "从各市看，各市开发区营收均增长。") is None  # 各市: no city's name


def test_which_city_leads_is_answered_with_that_city(bulletins_qa) -> None:
    answer = bulletins_qa.ask("上半年营业收入领跑全省的是哪个市？")
    assert answer["short"] == "蓣川市"


def test_a_kind_of_firm_written_only_as_a_kind_names_no_firm() -> None:
    sentence = "沄平经开区开展“链主企业+配套企业”对接会6场，促成本地配套合同金额1.2亿元。"
    assert not names_maker("沄平经开区对接会是由哪家链主企业牵头的？", sentence)
    assert names_maker("哪家链主企业牵头？", "由链主企业沄平重工集团牵头。")  # a firm named after its kind


def test_a_firm_no_bulletin_names_is_not_answered(bulletins_qa) -> None:
    answer = bulletins_qa.ask("沄平经开区对接会是由哪家链主企业牵头的？")
    assert answer["abstained"]


def test_a_zone_asked_of_its_citys_passage_in_a_bulletin_naming_no_other_zone(bulletins_qa) -> None:
    answer = bulletins_qa.ask("霈州经开区开工的德资项目叫什么？")
    assert not answer["abstained"] and "精密轴承项目" in answer["answer"]
    assert all(c["region"] == "霈州" for c in answer["citations"])
    # the July bulletin names two zones in 霈州's part (and another city's): a passage naming none is no zone's there
    answer = bulletins_qa.ask("霈州经开区建成投产的是哪个产业园？")
    assert answer["abstained"] or "精工模具产业园" not in (answer["short"] or "")


def test_a_works_asked_by_its_kind_is_named_whole(bulletins_qa) -> None:
    answer = bulletins_qa.ask("沄平经开区在建的码头工程叫什么？")
    assert answer["short"] == "沄平港20万吨级散货码头三期工程"  # not the figure of the clause it stands in
    assert item_span("开工的是什么工程？", "1.二期项目建成投产；2.临港码头三期工程开工，总投资27.6亿元。") == "临港码头三期工程"
