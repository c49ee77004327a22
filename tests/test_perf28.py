"""Results kept per index state (qa/per_index.py: the places a question names, whether the documents write a phrase)
go with that state: after a re-index adds a bulletin, the same question asked of the same BulletinQA reads the new
one. Two invented files of 岚州省 (its cities, zones and every figure made up) through the real loader, index and
pipeline."""
from __future__ import annotations

from index.pipeline import IndexingPipeline
from qa.pipeline import BulletinQA
from tests.conftest import index_one, settings_under

FIRST = ("2026-01-dongtai-di1qi.txt",
         "开发区工作动态\n2026年第1期\n岚州省商务厅开发区处　　2026年1月20日\n\n"
         "【信息1】榉阳经开区营业收入稳步增长\n榉阳经开区2025年实现营业收入412.7亿元，同比增长7.3%。（榉阳市商务局供稿）\n\n"
         "【信息2】栎川高新区新签约项目12个\n栎川高新区2025年新签约项目12个，总投资86.4亿元。（栎川市商务局供稿）\n")
SECOND = ("2026-02-dongtai-di2qi.txt",
          "开发区工作动态\n2026年第2期\n岚州省商务厅开发区处　　2026年2月18日\n\n"
          "【信息1】蘅溪高新区营业收入突破三百亿元\n蘅溪高新区2025年实现营业收入305.9亿元，同比增长9.6%。（蘅溪市商务局供稿）\n")
QUESTIONS = ("蘅溪高新区2025年营业收入是多少？", "榉阳经开区2025年营业收入是多少？", "蘅溪高新区的营收增长了多少？")


def _without_timings(answer: dict) -> dict:
    return {k: v for k, v in answer.items() if k != "timings_ms"}


def test_a_re_index_is_read_by_the_same_questions_again(tmp_path, embedding):
    qa = index_one(tmp_path, *FIRST, embedding)
    before = [qa.ask(q) for q in QUESTIONS]
    assert before[0]["abstained"], before[0]["answer"]  # no bulletin writes 蘅溪 yet
    assert [_without_timings(qa.ask(q)) for q in QUESTIONS] == [_without_timings(a) for a in before]  # from what was kept
    settings = settings_under(tmp_path)
    (settings.docs_dir / SECOND[0]).write_text(SECOND[1], encoding="utf-8")
    assert not IndexingPipeline(settings, embedding).run().errors
    assert qa.refresh()
    after = [qa.ask(q) for q in QUESTIONS]
    assert not after[0]["abstained"] and "305.9亿元" in after[0]["answer"], after[0]["answer"]
    fresh = BulletinQA(settings, embedding)  # nothing kept: what the new index answers
    assert [_without_timings(a) for a in after] == [_without_timings(fresh.ask(q)) for q in QUESTIONS]
