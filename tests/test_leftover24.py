"""Language and layout faults left by earlier rounds, on invented bulletins (苕溪省 and 蒗川市, their cities, zones,
offices and every figure made up) through the real loader, index and pipeline.

- Who does a decision, asked without 由 (`是哪个单位负责的`, `哪个部门牵头`, `归谁管`): the value under the label of
  its doer (`（责任单位：…）`, `（牵头单位：…）`).
- Markdown headings (`## 二、…`, `### （一）…`) are a bulletin's headings, read as its `二、` lines are.
- A 纪要's decision is dated by the meeting, not by its deadline (`完成时限：2026年8月底`).
- An amount with 以上 after it (or 超过 before it) asks for the rows of a table whose own amount meets it (亿元以上项目有
  哪些, 超过5000万的项目): each row quoted and cited, withheld when no row meets it; 以上 is no word to find.
- An indicator asked that no document writes, holding a written one's word not at its word's end (主营业务收入 where the
  快报 write 营业收入: 主营业务 is a kind of 业务), is another indicator: withheld, saying which one they write.
"""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files
from tests.test_speechC import MAY

MINUTES = """苕溪省开发区建设推进会会议纪要
2026年第2期
苕溪省人民政府办公厅　　2026年4月18日

2026年4月15日，副省长蔺文澜在省政府主持召开全省开发区建设推进会，听取一季度全省开发区运行情况汇报，研究部署下一阶段重点工作。纪要如下：

一、会议认为

一季度，全省开发区实现营业收入1286.4亿元，同比增长7.2%。

二、会议议定事项

（一）加快标准厂房建设。全省开发区新建标准厂房不少于120万平方米。（责任单位：省工业和信息化厅；完成时限：2026年8月底）

（二）设立开发区产业引导基金，首期规模50亿元。（牵头单位：省财政厅；配合单位：省商务厅；完成时限：2026年9月底）

（三）开展开发区“亩均效益”综合评价。（责任单位：省自然资源厅；完成时限：2026年10月底）
"""

MARKDOWN = """# 蒗川市开发区2026年上半年工作情况

蒗川市商务局　2026年7月20日

## 一、主要成效

### （一）招商引资成效明显

上半年，全市开发区新签约项目46个，总投资312.5亿元。

### （二）项目建设提速

上半年，全市开发区新开工项目28个，完工项目17个。

### （三）重点项目

表1　上半年新签约重点项目

| 序号 | 项目名称 | 所在开发区 | 总投资（亿元） |
| --- | --- | --- | --- |
| 1 | 新能源电池项目 | 蒗川经开区 | 32.5 |
| 2 | 精密铸件项目 | 蒗川高新区 | 0.8 |
| 3 | 冷链物流园项目 | 蒗川经开区 | 12.0 |
| 4 | 智能装备制造项目 | 蒗川高新区 | 5.6 |
| 5 | 包装材料项目 | 蒗川经开区 | 0.45 |

## 二、存在问题

### （一）用地指标偏紧

部分开发区新增建设用地指标不足，12个项目未能按期供地。

### （二）融资渠道单一

园区平台公司融资主要依赖银行贷款。

## 三、下步打算

### （一）盘活低效用地

年内盘活低效用地2000亩。

### （二）拓宽融资渠道

推动园区平台公司发行债券。
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {"2026-04-kaifaqu-tuijinhui-jiyao.txt": MINUTES, "2026-07-langchuan-kaifaqu-shangbannian.md": MARKDOWN,
             "2026-06-yuanqu-kuaibao-1-5yue.html": MAY}
    return index_files(tmp_path_factory.mktemp("leftover24"), files, embedding)


# 1. who does a decision, asked without 由
DOERS = [
    ("标准厂房建设是哪个单位负责的？", "省工业和信息化厅"),
    ("产业引导基金哪个部门牵头", "省财政厅"),
    ("亩均效益综合评价归谁管", "省自然资源厅"),
    ("标准厂房建设的事归哪个部门管？", "省工业和信息化厅"),
]


@pytest.mark.parametrize("question,doer", DOERS)
def test_who_does_a_decision_is_the_value_of_its_doers_label(qa, question, doer):
    answer = qa.ask(question)
    assert not answer["abstained"], (question, answer["answer"])
    assert answer["short"] == doer, (question, answer["short"], answer["answer"])


# 3. Markdown headings
MD_LISTS = [
    ("蒗川市开发区存在哪些问题？", ["用地指标偏紧", "融资渠道单一"], ["盘活低效用地"]),
    ("蒗川开发区下步打算有哪些", ["盘活低效用地", "拓宽融资渠道"], ["用地指标偏紧"]),
    ("蒗川市开发区上半年取得了哪些成效", ["招商引资成效明显", "项目建设提速"], ["融资渠道单一"]),
]


@pytest.mark.parametrize("question,items,others", MD_LISTS)
def test_markdown_headings_are_the_bulletins_sections_and_items(qa, question, items, others):
    answer = qa.ask(question)
    assert not answer["abstained"], (question, answer["answer"])
    assert all(item in answer["answer"] for item in items), (question, answer["answer"])
    assert not any(other in answer["answer"] for other in others), (question, answer["answer"])
    assert "#" not in answer["answer"], answer["answer"]


# 5. a 纪要's decision dated by its meeting, not by its deadline (the figures are guards: they were right before)
@pytest.mark.parametrize("question,named", [("全省开发区新建标准厂房多少平方米", "120万平方米"),
                                            ("产业引导基金首期规模多大", "50亿元"),
                                            ("亩均效益综合评价的责任单位是哪个", "省自然资源厅"),
                                            ("标准厂房建设谁负责", "省工业和信息化厅")])
def test_a_decisions_deadline_does_not_date_it(qa, question, named):
    answer = qa.ask(question)
    assert not answer["abstained"], (question, answer["answer"])
    assert named in answer["answer"], answer["answer"]
    cited = [c for c in answer["citations"] if named in c["quote"]]
    assert cited and all(c["period"] == "2026年一季度" for c in cited), answer["citations"]
    assert "月）" not in answer["answer"], answer["answer"]  # no （2026年1-8月） label beside it


# 7. another indicator than the one written
@pytest.mark.parametrize("question,place", [("5月栲川市开发区主营业务收入多少", "栲川"),
                                            ("檀岙主营业务收入是多少？", "檀岙"),
                                            ("1-5月全省开发区主营业务收入是多少", "全省")])
def test_an_indicator_the_documents_do_not_write_is_withheld_saying_which_they_write(qa, question, place):
    answer = qa.ask(question)
    assert answer["abstained"], (question, answer["answer"])
    assert "主营业务收入" in answer["answer"] and "“营业收入”" in answer["answer"] and place in answer["answer"], answer


@pytest.mark.parametrize("question,figure", [("栲川市开发区1-5月营业收入是多少", "668.3亿元"),
                                             ("5月栲川市营收多少", "142.8亿元")])
def test_the_indicator_written_is_still_answered(qa, question, figure):
    answer = qa.ask(question)
    assert not answer["abstained"] and figure in answer["answer"], (question, answer["answer"])


# 2. a bound on the rows' amounts
BOUNDS = [
    ("亿元以上项目有哪些", ["新能源电池项目", "冷链物流园项目", "智能装备制造项目"], ["精密铸件项目", "包装材料项目"]),
    ("10亿元以上的项目都有哪些", ["新能源电池项目", "冷链物流园项目"], ["智能装备制造项目", "精密铸件项目"]),
    ("超过5000万的项目有哪些", ["新能源电池项目", "精密铸件项目", "冷链物流园项目", "智能装备制造项目"], ["包装材料项目"]),
    ("蒗川经开区亿元以上项目有哪些", ["新能源电池项目", "冷链物流园项目"], ["智能装备制造项目", "包装材料项目"]),
]


@pytest.mark.parametrize("question,rows,others", BOUNDS)
def test_a_bound_on_an_amount_filters_the_rows_by_their_own_figure(qa, question, rows, others):
    answer = qa.ask(question)
    assert not answer["abstained"], (question, answer["answer"])
    assert all(row in answer["answer"] for row in rows), answer["answer"]
    assert not any(other in answer["answer"] for other in others), answer["answer"]
    assert all(any(row in c["quote"] for c in answer["citations"]) for row in rows), answer["citations"]


@pytest.mark.parametrize("question", ["蒗川投资50亿元以上的项目有哪些", "超过40亿元的项目有哪些"])
def test_a_bound_no_row_meets_is_withheld(qa, question):
    answer = qa.ask(question)
    assert answer["abstained"], (question, answer["answer"])
    assert "亿元" not in answer["answer"].replace("50亿元", "").replace("40亿元", ""), answer["answer"]
