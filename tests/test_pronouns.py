"""A follow-up whose subject points back (这个是哪个单位牵头的？) asks of what the previous question asked about;
a pointer with a noun of its own that the previous question does not write, one before 的 (它的投资额) and
这个指标 (qa/conversation.py) are left alone."""
from __future__ import annotations

import pytest

from qa.pronouns import pointed_back

PREVIOUS = "槐安县“园区吹哨、部门报到”机制是怎么做的？"


@pytest.mark.parametrize("question, resolved", [
    ("这个是哪个单位牵头的？", "槐安县“园区吹哨、部门报到”机制是哪个单位牵头的？"),
    ("那这项机制由谁负责？", "槐安县“园区吹哨、部门报到”机制由谁负责？"),
    ("它主要靠什么？", "槐安县“园区吹哨、部门报到”机制主要靠什么？"),
    ("这项改革是哪个部门牵头的？", None), ("这个指标上半年呢？", None), ("它的投资额是多少？", None),
    ("这个开发区是哪年设立的？", None), ("阳泉呢？", None),
])
def test_a_pointer_stands_for_what_the_previous_question_asked_about(question, resolved):
    assert pointed_back(question, PREVIOUS) == resolved


def test_a_previous_question_with_no_question_words_is_the_subject_whole():
    assert pointed_back("这个是谁牵头的？", "临江综保区“外贸服务专员”制度") == "临江综保区“外贸服务专员”制度是谁牵头的？"
