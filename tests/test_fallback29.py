"""The last resort (fallback29, qa/compose/last_resort.py, best_sentence): a question no section, table row or figure answers is answered
by the one retrieved sentence that writes most of its words, of the place and period asked, holding what is asked;
a question whose topic the bulletin never writes still abstains. Two invented files of 溦州省 (its cities, zones,
firms and every figure made up) through the real loader, index and pipeline.
"""
from __future__ import annotations

import pytest

from qa.pipeline import NOT_FOUND, BulletinQA
from tests.conftest import index_files

BRIEFING = ("2026-04-yijidu-fabuhui.txt",
            "溦州省2026年一季度开发区运行情况新闻发布会\n溦州省商务厅　　2026年4月18日\n\n"
            "主持人：各位记者朋友，大家上午好。下面请省商务厅副厅长介绍一季度全省开发区运行情况。\n\n"
            "省商务厅副厅长祁望舒：一季度，全省开发区实现营业收入1862.7亿元，同比增长6.8%。分市看，"
            "柃塘市开发区实现营业收入512.6亿元，增长8.4%；芨岭市388.1亿元，增长7.1%；"
            "溦川市214.9亿元，同比下降3.2%，主要受原材料价格上涨、部分企业订单不足影响，预计二季度将由负转正。\n\n"
            "记者：柃塘经开区外资增长较快，有什么特色做法？\n\n"
            "柃塘市商务局局长晏秋池：柃塘经开区一季度实际使用外资1.12亿美元，同比增长21.3%。"
            "1.中英产业合作园新签约英资项目3个；2.引进外资研发中心2家。\n")
BULLETIN = ("2025-07-zhuanbao-shangbannian.txt",
            "溦州省开发区工作专报\n2025年第2期\n溦州省商务厅　　2025年7月20日\n\n"
            "一、总体情况\n上半年，全省开发区实现营业收入3610.2亿元，同比增长6.2%。\n\n"
            "二、各市情况\n【芨岭市】\n芨岭高新区实现营业收入201.5亿元，同比增长7.3%；芨岭污水处理厂扩建工程完成投资2.6亿元。\n\n"
            "三、下步打算\n下半年，全省开发区将重点抓好三项工作：一是开展项目建设“攻坚月”活动，力争新开工亿元以上项目40个以上；"
            "二是推进低效用地清理，年底前盘活低效用地3000亩；三是深化“亩均论英雄”改革，对亩均税收低于4万元的企业实行差别化水价。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("fallback29"), dict([BRIEFING, BULLETIN]), embedding)


@pytest.mark.parametrize(("question", "written"), [
    ("溦川市一季度营收为啥下降了？", "主要受原材料价格上涨、部分企业订单不足影响"),
    ("上半年对亩均税收低的企业采取了什么办法？", "差别化水价"),
])
def test_a_sentence_writing_what_is_asked_answers(qa, question, written):
    answer = qa.ask(question)
    assert not answer["abstained"] and written in answer["answer"], answer["answer"]
    assert all(written in c["quote"] or c["quote"] in answer["answer"] for c in answer["citations"])


@pytest.mark.parametrize("question", [
    "柃塘经开区一季度在人才引进上有什么新举措？",   # a topic the bulletins never write, of a place they report
    "芨岭污水处理厂扩建工程是哪家公司承建的？",      # the passage writes the project, no firm
])
def test_a_passage_without_what_is_asked_abstains(qa, question):
    answer = qa.ask(question)
    assert answer["abstained"] and answer["answer"].endswith(NOT_FOUND), answer["answer"]
