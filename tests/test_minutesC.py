"""A 纪要's decisions and a 工作动态's dated items about the same plans. A decision's bracketed note (`。（责任单位：…；
完成时限：…）`) is read with the sentence it closes (qa/quote.py `with_notes`), and a deadline asked (完成时限, 什么时候前完成)
takes a sentence writing one (qa/dates.py `lacks_deadline`), not the date of an item naming the plan; a period a
sentence's bulletin has not reached (`提出到2029年…`, `其中上半年不少于3个` in a 一季度 纪要) is the aim of a plan, no period of
a date or name (qa/fact.py); a dated item (`【X市】5月6日，…`) is summarised by what happened, not by its date alone
(qa/compose/leads.py). Invented bulletins (a .docx written with python-docx, a saved web page), through the real
loader, index and pipeline."""
from __future__ import annotations

import pytest

from qa.dates import asks_deadline
from qa.pipeline import BulletinQA
from tests.conftest import index_files, settings_under, word_file

MINUTES = [
    "琼禾省商务厅办公室",
    "〔2026〕第2期　　2026年4月20日",
    "全省开发区一季度工作推进会会议纪要",
    "4月17日，省商务厅副厅长宓知远主持召开全省开发区一季度工作推进会。会议听取了各市工作汇报。现将会议主要精神纪要如下：",
    "会议听取了一季度工作汇报",
    "一季度，全省开发区实现营业收入812.4亿元，同比增长5.6%。",
    "会议要求",
    "各市要盯紧全年目标。会议议定以下事项：",
    "一、苇汀市加快苇汀综保区围网验收，力争上半年进出口额新增15亿元以上。（责任单位：苇汀市商务局；完成时限：2026年6月底前）",
    "二、砚泽市制定砚泽经开区提质增效工作方案，报省商务厅备案。（责任单位：砚泽市人民政府；完成时限：2026年4月30日前）",
    "三、栾岭市组织栾岭化工园区开展隐患排查，隐患整改率达到95%。（责任单位：栾岭市应急管理局；完成时限：2026年5月底前）",
    "四、汀州市加大外资招引力度，年内新引进外资项目不少于6个，其中上半年不少于3个。（责任单位：汀州市商务局；完成时限：2026年12月底前）",
]
NEWS_PAGE = """<html><head><title>琼禾开发区工作动态（2026年第4期）</title></head><body>
<div class="article"><h1>琼禾开发区工作动态（2026年第4期）</h1>
<p>2026年第4期 琼禾省商务厅开发区处编 2026年5月18日</p>
<p>【全省】1—4月，全省开发区实现营业收入1120.6亿元，同比增长6.1%。</p>
<p>【苇汀市】5月6日，苇汀综保区围网通过验收。1—4月，苇汀市开发区营收412.3亿元，同比增长7.4%。</p>
<p>【砚泽市】5月12日，砚泽市政府常务会议审议通过《砚泽经开区提质增效工作方案》，提出到2029年营业收入翻一番。</p>
</div></body></html>"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    root = tmp_path_factory.mktemp("minutesC")
    word_file(settings_under(root).docs_dir / "2026-04-jiyao.docx", MINUTES)
    return index_files(root, {"2026-05-dongtai-di4qi.html": NEWS_PAGE}, embedding)


@pytest.mark.parametrize("question", ["砚泽经开区提质增效工作方案完成时限是哪天", "砚泽那个提质增效方案要求什么时候前完成"])
def test_a_deadline_asked_of_a_decision_is_its_notes(qa: BulletinQA, question: str) -> None:
    result = qa.ask(question)
    assert not result["abstained"] and "2026年4月30日前" in result["answer"]
    assert "提质增效" in result["citations"][0]["quote"]  # the note quoted with the decision it closes
    assert {c["period"] for c in result["citations"]} == {"2026年一季度"}


def test_a_year_a_plan_aims_at_is_no_period_of_the_sentence(qa: BulletinQA) -> None:
    result = qa.ask("砚泽提质增效工作方案是哪天审议通过的")
    assert result["short"] == "5月12日"
    assert result["citations"][0]["period"] == "2026年1-4月"  # the item's issue, not 2029年全年


def test_a_later_period_a_decision_sets_a_task_for_is_not_its_period(qa: BulletinQA) -> None:
    result = qa.ask("汀州市新引进外资项目这项任务最晚什么时候完成")
    assert not result["abstained"] and "2026年12月底前" in result["answer"]
    assert {c["period"] for c in result["citations"]} == {"2026年一季度"}  # the 纪要's, not the 上半年 its task names


def test_a_dated_items_lead_is_what_happened_not_its_date(qa: BulletinQA) -> None:
    result = qa.ask("1-4月苇汀开发区的动态概括一下")
    assert result["kind"] == "summary" and "5月6日，苇汀综保区围网通过验收" in result["answer"]  # not `5月6日` alone


def test_a_length_asked_of_a_time_limit_is_no_deadline() -> None:
    assert asks_deadline("砚泽经开区提质增效工作方案完成时限是哪天")
    assert not asks_deadline("审批时限压缩到了几个工作日")  # an amount of days, no date
    assert not asks_deadline("办理期限有多长")

