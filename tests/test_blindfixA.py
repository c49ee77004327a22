"""A list asked of the items a lead announces (会议议定以下事项：, …等问题，具体见下表, 仍面临不少困难：一是…) is answered
with those items, not the lead alone: the numbered paragraphs after it, the rows of the table below it, the parts it
numbers after its colon, of the bulletin the question names (推进会讲话里…). A bulletin's opening (现将…如下) announces
no items. Three invented bulletins (萁泷省, its
cities and every figure made up) through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

MINUTES = """萁泷省商务厅办公室
全省开发区上半年工作调度会会议纪要
2026年7月16日

7月14日，省商务厅在省商务厅会议室召开全省开发区上半年工作调度会。现将会议主要精神纪要如下：

上半年，全省开发区实现营业收入2215.8亿元，同比增长5.9%。

会议指出，当前开发区发展仍面临不少困难：一是部分开发区营收增速放缓，苕溪经开区已连续三个月负增长；二是新开工项目投资完成率仅42.6%；三是外资到位放缓，苇塘综保区外资到位不足年度目标的三成。

各市要盯紧全年目标。会议议定以下事项：

一、苕溪市牵头编制苕溪经开区营收回升行动方案。（责任单位：苕溪市人民政府；完成时限：2026年8月底前）

二、苇塘市组织苇塘综保区开展外资项目专项对接，年内新引进外资项目不少于6个。（责任单位：苇塘市商务局）

三、省商务厅开发区处9月上旬对各市开展一次现场调度。（责任单位：省商务厅开发区处）

出席：省商务厅开发区处、外资处负责同志。
"""

INSPECTION = """萁泷省商务厅关于开发区重点工作督查情况的通报
2026年第2期
萁泷省商务厅　　2026年5月10日

一、总体情况

4月，省商务厅对全省开发区重点工作开展了督查。

二、存在问题及整改要求

督查发现，部分开发区仍存在项目推进偏慢、厂房闲置较多等问题，具体见下表。

| 序号 | 市 | 开发区 | 主要问题 | 整改措施 |
| --- | --- | --- | --- | --- |
| 1 | 苕溪市 | 苕溪经济技术开发区 | 2个亿元以上项目开工延迟，进度滞后 | 倒排工期，挂图作战 |
| 2 | 苇塘市 | 苇塘经济开发区 | 标准厂房闲置率达到27.4%，盘活不力 | 制定盘活清单 |

三、通报表扬

苕溪高新区项目推进有力，予以通报表扬。
"""


SPEECH = """# 在全省开发区工作推进会上的讲话

萁泷省人民政府副省长（2026年2月20日）

同志们：

2025年，全省开发区实现营业收入4321.6亿元，同比增长6.2%。

在肯定成绩的同时，我们也要清醒看到存在的问题：一是发展不平衡，苕溪经开区营收同比下降2.1%，是全省唯一负增长的开发区；二是亩均效益偏低，全省开发区亩均税收只有19.7万元；三是招商力量不足，专业化招商队伍人员偏少。

2026年，全省开发区营业收入要增长6%左右。
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {"2026-07-diaodu-jiyao.txt": MINUTES, "2026-05-ducha-tongbao.md": INSPECTION,
             "2026-02-tuijinhui-jianghua.md": SPEECH}
    return index_files(tmp_path_factory.mktemp("blindfixA"), files, embedding)


@pytest.mark.parametrize("question", ["调度会议定了哪些事项", "纪要里会议议定的事项有哪些？"])
def test_the_numbered_paragraphs_after_the_lead_are_the_items(qa, question):
    answer = qa.ask(question)["answer"]
    for item in ("营收回升行动方案", "不少于6个", "现场调度"):
        assert item in answer, answer


@pytest.mark.parametrize("question", ["督查发现了哪些问题", "督查通报里查出的问题都有哪些"])
def test_the_rows_of_the_table_below_the_lead_are_the_items(qa, question):
    answer = qa.ask(question)["answer"]
    for item in ("开工延迟", "闲置率达到27.4%"):
        assert item in answer, answer


@pytest.mark.parametrize("question", ["调度会上指出开发区面临哪些困难", "调度会指出了哪些困难，概括一下"])
def test_the_parts_numbered_after_the_colon_are_the_items(qa, question):
    answer = qa.ask(question)["answer"]
    for item in ("连续三个月负增长", "42.6%", "不足年度目标的三成"):
        assert item in answer, answer


def test_the_parts_after_the_colon_of_the_bulletin_named(qa):
    answer = qa.ask("推进会讲话里说开发区存在啥问题")["answer"]
    for item in ("营收同比下降2.1%", "19.7万元", "招商力量不足"):
        assert item in answer, answer  # the speech's parts (存在的问题：一是…), not the newer 督查's 等问题 and its table
