"""A speech named by its kind (讲话里…, 讲话提了…) is the bulletin asked, not a 督查通报 of the same province that writes
the same topic for one city; a bulletin chosen (by its kind, or by the asker) is summarised from its own part first,
not cut into its cities' paragraphs. Invented bulletins (岚州省, its cities, zones and every figure made up) through the
real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

SPEECH_FILE = "2026-02-kaifaqu-gongzuo-huiyi-jianghua.txt"
SPEECH = ("在全省开发区工作会议上的讲话\n岚州省人民政府副省长　闵修远\n（2026年2月10日）\n\n同志们：\n\n"
          "今天召开全省开发区工作会议，总结2025年工作，部署2026年任务。\n\n"
          "一、2025年开发区工作取得的成效\n\n"
          "过去一年，全省开发区实现营业收入2864.7亿元，同比增长5.8%。蓟川经开区营收903.2亿元，同比增长7.1%；"
          "芗州高新区营收611.5亿元，同比增长6.4%。\n\n"
          "二、扎实抓好2026年重点工作\n\n"
          "今年要把项目建设摆在突出位置，新开工亿元以上项目160个以上，同时全面开展园区安全风险等级评估，"
          "年内完成危化品企业隐患整治，确保不发生重大事故。\n")
AUDIT = ("关于2026年一季度全省开发区重点工作督查情况的通报\n\n"
         "为贯彻落实全省开发区工作会议讲话精神，省商务厅对各开发区重点工作进行了督查。现将有关情况通报如下。\n\n"
         "一、督查发现的主要问题\n\n"
         "序号 | 市 | 开发区 | 主要问题 | 整改措施 | 完成时限\n"
         "1 | 芗州市 | 芗州高新区 | 安全生产隐患整改不到位，发现隐患12处 | 逐项建立台账，销号整改 | 2026年5月底前\n"
         "2 | 蓟川市 | 蓟川经开区 | 项目开工滞后 | 加快土地报批 | 2026年6月底前\n\n"
         "二、有关要求\n\n"
         "各开发区要压实安全生产责任，安全生产方面的问题要对照清单逐项整改到位。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {SPEECH_FILE: SPEECH, "2026-04-kaifaqu-ducha-tongbao.txt": AUDIT}
    return index_files(tmp_path_factory.mktemp("lead26"), files, embedding)


@pytest.mark.parametrize("question", ["安全生产方面讲话提了什么要求", "讲话里对安全生产有什么要求"])
def test_the_speech_named_by_its_kind_answers_not_the_audit(qa, question):
    answer = qa.ask(question)
    assert "安全风险等级评估" in answer["answer"], answer["answer"]
    assert "隐患12处" not in answer["answer"] and "5月底前" not in answer["answer"], answer["answer"]
    assert {c["doc"] for c in answer["citations"]} == {SPEECH_FILE}, answer["citations"]


def test_a_bulletin_chosen_is_summarised_from_its_own_part(qa):
    answer = qa.ask("概括一下这篇讲话", doc=SPEECH_FILE)
    assert "2864.7亿元" in answer["answer"], answer["answer"]  # the whole province's figure, no city's paragraph
    assert {c["doc"] for c in answer["citations"]} == {SPEECH_FILE}, answer["citations"]


@pytest.mark.parametrize("question", ["全省开发区工作会议上讲话的副省长是谁", "会议上讲话的领导是哪位"])
def test_the_speaker_asked_by_his_post_is_the_line_under_the_title(qa, question):
    assert qa.ask(question)["short"] == "闵修远"
