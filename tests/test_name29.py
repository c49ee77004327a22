"""Names asked as staff ask them (name29), answered by rules of Chinese and of bulletin layout. Invented files of 岚州省
(its cities, zones, projects, people and every figure made up) through the real loader, index and pipeline.

- A zone named by a region and a zone word (澄岭高新区) is that region's, though the one passage writing it so is filed
  under another city's (泷川市：…高于澄岭高新区的…): 澄岭高新区投资最大的项目 is one of 澄岭's.
- A serial number before a row's zone cell (序号 6 所在开发区 …) is no figure of another place: the row is quoted whole,
  and the noun before 叫什么 (那个13.5亿的项目叫什么) asks the row's name cell.
- One row of a table asked by name (渌江高新区的重点项目叫什么) answers with the thing it names.
- A 呢 follow-up naming another place and another task (那澄岭化工园区排查整治呢？ after …由谁负责？) asks as the
  previous question did.
- A body asked by its kind (哪个处室负责) is the 责任单位 a task's note names; a month's 下旬 is a date, no period.
- 哪个产业…突破100亿元 asks a thing no place is: not the city whose total passes the bound.
- Who asked (哪个部门举办的) is no section named: the sentence naming the body answers, not a list of passages.
"""
from __future__ import annotations

import pytest

from tests.conftest import index_files

PRESS = ("2026-04-lanzhou-fabuhui-shilu.txt",
         "岚州省2026年一季度全省开发区经济运行情况新闻发布会\n\n"
         "4月20日上午，省政府新闻办举行新闻发布会，请省商务厅副厅长祁向远介绍2026年一季度全省开发区经济运行情况。\n\n"
         "主持人：下面进入提问环节。\n"
         "记者：问：一季度开发区利用外资有哪些亮点？\n"
         "樊雨桐：答：一是重点园区带动明显，泷川经开区实际使用外资8620万美元，同比增长两成，"
         "澄岭高新区实际使用外资6140万美元，两家合计占全省开发区的近四分之一。\n")
LEDGER = ("2026-10-lanzhou-zhongdian-xiangmu-qingdan.txt",
          "岚州省开发区重点项目清单\n（截至2026年9月底）\n\n"
          "| 序号 | 项目名称 | 所在开发区 | 所在市 | 总投资（亿元） | 进展 |\n"
          "| --- | --- | --- | --- | --- | --- |\n"
          "| 1 | 电驱系统项目 | 泷川经济技术开发区 | 泷川市 | 56.0 | 一期投产 |\n"
          "| 2 | 滨海冷能利用项目 | 泷川经济技术开发区 | 泷川市 | 18.2 | 在建 |\n"
          "| 3 | 半导体衬底项目 | 澄岭高新技术产业开发区 | 澄岭市 | 42.8 | 设备安装 |\n"
          "| 4 | 生物医药中试项目 | 澄岭高新技术产业开发区 | 澄岭市 | 12.6 | 已投产 |\n"
          "| 5 | 智能农机装备产业园 | 沅溪经济开发区 | 沅溪市 | 27.9 | 主体完工 |\n"
          "| 6 | 食品冷链物流园 | 沅溪经济开发区 | 沅溪市 | 13.5 | 在建 |\n"
          "| 7 | 算力中心项目 | 渌江高新技术产业开发区 | 渌江市 | 15.4 | 已开工 |\n")
MINUTES = ("2026-04-lanzhou-fenxihui-jiyao.txt",
           "岚州省开发区一季度经济运行分析会会议纪要\n\n"
           "会议要求，各市要盯紧全年目标。会议议定以下事项：\n"
           "一、泷川市制定泷川经开区扭亏止滑工作方案，报省商务厅备案。（责任单位：泷川市人民政府；完成时限：2026年4月30日前）\n"
           "二、澄岭市组织澄岭化工园区开展安全风险排查整治，隐患整改率达到100%。（责任单位：澄岭市应急管理局；完成时限：2026年5月底前）\n"
           "三、省商务厅开发区处按月编发工作动态，5月下旬对各市开展一次专项督导，督导结果在全省通报。"
           "（责任单位：省商务厅开发区处；完成时限：2026年5月31日前）\n")
NEWS = ("2026-06-lanzhou-gongzuo-dongtai-di5qi.txt",
        "岚州开发区工作动态（2026年第5期）\n\n"
        "【全省】1—5月，全省开发区实现营业收入2612.4亿元，同比增长7.1%。\n"
        "【澄岭市】5月12日，澄岭化工园区完成安全风险排查整治，整改隐患137处，整改率100%。1—5月，澄岭市开发区营收523.4亿元，增长5.9%。\n"
        "【省商务厅】6月12日，省商务厅通报5月下旬专项督导情况：督导组赴5市11家开发区，发现问题23个，已整改16个。\n")
SLIDES = ("2026-07-lanzhou-tuijinhui-huibao.txt",
          "岚州省2026年上半年开发区工作推进会汇报材料\n\n"
          "沅溪市：全市开发区营业收入734.8亿元，同比增长6.1%；沅溪经济技术开发区营业收入468.2亿元，同比增长5.4%，"
          "生物医药产业营收突破100亿元。\n\n"
          "泷川市：泷川经开区实际使用外资8620万美元，同比增长两成，高于澄岭高新区的6140万美元。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding):
    return index_files(tmp_path_factory.mktemp("name29"), dict([PRESS, LEDGER, MINUTES, NEWS, SLIDES]), embedding)


def test_a_zone_named_by_its_region_is_that_regions(qa):
    answer = qa.ask("澄岭高新区投资最大的项目是哪个？")
    assert answer["short"] == "半导体衬底项目", (answer["short"], answer["answer"])
    assert all(c["region"] == "澄岭" for c in answer["citations"]), answer["citations"]


def test_a_rows_serial_number_is_no_figure_and_its_name_is_asked_by_jiao_shenme(qa):
    answer = qa.ask("沅溪经济开发区那个13.5亿的项目叫什么？")
    assert "食品冷链物流园" in answer["answer"], answer["answer"]
    assert answer["short"] == "食品冷链物流园", (answer["short"], answer["answer"])


def test_one_row_asked_by_name_answers_with_its_name(qa):
    answer = qa.ask("渌江高新区的重点项目叫什么？")
    assert answer["short"] == "算力中心项目", (answer["short"], answer["answer"])


def test_a_follow_up_naming_another_place_and_task_asks_as_the_previous(qa):
    answer = qa.ask("那澄岭化工园区排查整治呢？", history=["泷川经开区扭亏止滑方案由谁负责？"])
    assert "澄岭市应急管理局" in answer["answer"], answer["answer"]


def test_a_body_asked_by_its_kind_and_a_months_xiaxun_is_a_date(qa):
    answer = qa.ask("5月下旬专项督导由哪个处室负责？")
    assert "省商务厅开发区处" in answer["short"], (answer["short"], answer["answer"])
    assert all(c["period"] == "2026年一季度" for c in answer["citations"]), answer["citations"]


def test_which_industry_asks_no_place(qa):
    answer = qa.ask("沅溪经开区哪个产业营收突破了100亿元？")
    assert "生物医药产业营收突破100亿元" in answer["answer"], answer["answer"]
    assert "734.8亿元" not in answer["answer"], answer["answer"]


def test_who_held_it_is_no_section(qa):
    answer = qa.ask("一季度的新闻发布会是哪个部门举办的？")
    assert "省政府新闻办举行新闻发布会" in answer["answer"], answer["answer"]
    assert "8620万美元" not in answer["answer"], answer["answer"]
