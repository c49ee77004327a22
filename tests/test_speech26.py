"""A speech asked about: who gave it (the speaker line under its title: 澜岫省人民政府副省长　柏庭舟; his post names
the speech, no word of its passages), its parts by what they are about (a heading's head noun after its last 的,
…开发区工作的目标任务, names its part however the verb and years before it are worded: 今年的目标任务说说) and its
tasks numbered 一要…。二要…, one item each. Invented bulletins (澜岫省, its zones and every figure made up, beside
tests/test_speechC.py's 快报) through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files
from tests.test_speechC import AUGUST, MAY

SPEECH = ("在全省园区高质量发展工作会议上的讲话\n澜岫省人民政府副省长　柏庭舟\n（2026年3月5日）\n\n同志们：\n\n"
          "今天召开全省园区工作会议，主要任务是总结2025年工作，部署2026年任务。下面，我讲三点意见。\n\n"
          "一、充分肯定2025年开发区工作取得的成效\n\n"
          "过去一年，全省开发区实现营业收入3120.4亿元，同比增长6.1%；实际使用外资2.36亿美元，同比增长8.8%。"
          "比如岑溆经开区营收1215.3亿元，同比增长7.4%。\n\n"
          "二、准确把握2026年开发区工作的目标任务\n\n"
          "2026年全省开发区工作的主要预期目标是：营业收入增长6%左右，力争突破3300亿元；实际使用外资增长9%以上；"
          "新开工亿元以上项目180个以上。\n\n"
          "三、扎实抓好2026年各项重点工作\n\n"
          "一要抓招商引资不放松。全年举办专题招商活动不少于30场。二要抓项目建设不停步。确保签约项目开工率达到65%以上。\n")


@pytest.fixture(scope="module")
def qa(tmp_path_factory, embedding) -> BulletinQA:
    files = {"2026-03-yuanqu-gongzuo-huiyi-jianghua.txt": SPEECH, "2026-06-yuanqu-kuaibao-1-5yue.html": MAY,
             "2026-09-yuanqu-kuaibao-di8qi.html": AUGUST}
    return index_files(tmp_path_factory.mktemp("speech26"), files, embedding)


@pytest.mark.parametrize("question", ["讲话里今年的目标任务说说", "工作会议讲话对2026年的目标任务是怎么讲的，概括一下"])
def test_a_headings_head_noun_names_its_part(qa, question):
    answer = qa.ask(question)
    assert "6%左右" in answer["answer"] and "180个以上" in answer["answer"], answer["answer"]
    assert "3120.4亿元" not in answer["answer"] and "今天召开" not in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question", ["工作会议上讲话的是哪位领导", "会上是谁作的讲话", "讲话人是谁"])
def test_who_spoke_is_the_speaker_line_under_the_title(qa, question):
    answer = qa.ask(question)
    assert answer["short"] == "柏庭舟", answer["answer"]
    assert "副省长" in answer["answer"], answer["answer"]


def test_tasks_numbered_one_must_two_must_are_items(qa):
    items = {c.get("item") for c in qa.snapshot.chunks if "专题招商活动" in c["text"] or "开工率达到65%" in c["text"]}
    assert items == {"一要抓招商引资不放松", "二要抓项目建设不停步"}, items


@pytest.mark.parametrize("question", ["副省长讲话里今年的重点工作有哪几要", "副省长讲话对今年重点工作是怎么部署的？",
                                      "柏副省长讲的2026年重点工作都有哪些"])
def test_the_speakers_post_and_the_verb_asked_are_no_topic_of_the_tasks(qa, question):
    answer = qa.ask(question)
    assert "招商引资" in answer["answer"] and "项目建设" in answer["answer"], answer["answer"]
    assert "柏庭舟" not in answer["answer"], answer["answer"]


@pytest.mark.parametrize("question, figure", [("柏副省长提出今年实际使用外资增长多少", "9%以上"),
                                              ("副省长讲话提出今年实际使用外资要增长多少", "9%以上")])
def test_the_speakers_post_is_no_word_the_figures_sentence_must_write(qa, question, figure):
    answer = qa.ask(question)
    assert figure in answer["answer"], answer["answer"]
