"""A transcript's question turn is never the answer of a how question: the answer turn after it is. A scanned
project list's rows are read row by row, each filed under the city its zone names, and its 续表 page goes on with
the first page's title and period.
Invented bulletins (蓼汀省, its cities, zones and every figure made up) through the real loaders, index and pipeline."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

_TURNS = [
    "主持人：各位记者朋友，上午好！下面进入提问环节。",
    "【记者】蓼汀日报记者：问：项目落地遇到审批难题，怎么协调解决？",
    "柏松：答：全省推行“拿地即开工”专班服务，由开发区管委会牵头，审批事项7个工作日内办结。",
    "【记者】省电视台记者：问：开发区今年招商引资怎么开展？",
    "柏松：答：今年将组织“蓼汀招商月”活动，赴长三角开展产业链招商，力争签约项目超过80个。",
    "主持人：今天的新闻发布会到此结束，谢谢各位！",
]
TRANSCRIPT = ("<!doctype html><html><head><meta charset='utf-8'><title>蓼汀省2026年一季度开发区经济运行情况新闻发布会"
              "</title></head><body><h1>蓼汀省2026年一季度开发区经济运行情况新闻发布会</h1>"
              "<p>发布时间：2026-04-20</p>" + "".join(f"<p>{t}</p>" for t in _TURNS) + "</body></html>")


@pytest.fixture(scope="module")
def transcript_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("pressB-turns"), {"2026-04-fabuhui-shilu.html": TRANSCRIPT},
                       embedding)


@pytest.mark.parametrize("question, told, asked", [
    ("项目落地遇到审批难题怎么协调解决", "拿地即开工", "审批难题，怎么协调"),
    ("开发区今年招商引资怎么开展的", "蓼汀招商月", "招商引资怎么开展"),
])
def test_a_how_question_is_answered_by_the_answer_turn(transcript_qa, question, told, asked):
    result = transcript_qa.ask(question)
    assert result["kind"] == "how" and not result["abstained"], result
    assert told in result["answer"] and asked not in result["answer"], result["answer"]
    assert told in result["citations"][0]["quote"]
