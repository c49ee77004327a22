"""Generated answers against a real HTTP server on loopback: the scripted test server (evals/scripted_llm.py)
speaks the OpenAI chat-completions protocol, streaming included, and replays answers written here for the
sample's 晋中签约项目投资额是多少？. The real index, the real `openai` client, no mock."""
from __future__ import annotations

import json
import logging
from dataclasses import replace

import pytest

from evals.scripted_llm import Reply, scripted_llm
from qa.generate import build_messages, with_caveats
from qa.pipeline import BulletinQA
from settings import Settings

QUESTION = "晋中签约项目投资额是多少？"
FIGURE = "126.6亿元"
KEY = "sk-test-4f9a2c77e1"  # must never reach an answer, a log line or the store
TIMEOUT = 1.0


@pytest.fixture(scope="module")
def extractive(sample_index) -> dict:
    return sample_index.qa.ask(QUESTION)


@pytest.fixture(scope="module")
def n(extractive) -> int:
    """The citation holding the figure asked for: the scripted answers cite it."""
    return next(c["n"] for c in extractive["citations"] if FIGURE in c["quote"])


def faithful(n: int) -> str:
    return f"2024年一季度，晋中开发区签约项目23个，共涉及投资额{FIGURE}[{n}]。"


def script(n: int) -> dict[str, Reply]:
    """The replies written for these tests, by model name."""
    return {"faithful": Reply(faithful(n), chunk_delay=0.01),
            "thinking": Reply(f"<think>证据[{n}]：是162.6亿元吗？不，是{FIGURE}。</think>\n" + faithful(n)),
            "changed-figure": Reply(faithful(n).replace(FIGURE, "162.6亿元")),
            "missing-passage": Reply(faithful(n) + "另有储备项目12个[9]。"),
            "swapped-region": Reply(faithful(n).replace("晋中", "阳泉")),
            "slow": Reply(faithful(n), delay=3 * TIMEOUT),
            "server-error": Reply(status=500),
            "bad-key": Reply(status=401)}


@pytest.fixture(scope="module")
def server(n):
    with scripted_llm(script(n)) as srv:
        yield srv


def ask_with(model: str | None, server, sample_index, embedding, **kwargs) -> dict:
    settings = replace(sample_index.settings, llm_base_url=server.url, llm_model=model, llm_api_key=KEY,
                       llm_timeout=TIMEOUT)
    return BulletinQA(settings, embedding).ask(QUESTION, **kwargs)


def test_without_a_url_nothing_changes(extractive) -> None:
    assert extractive["generated"] is False and "fallback_reason" not in extractive


def test_prompt_numbers_the_evidence_with_region_and_period(extractive, n) -> None:
    user = build_messages(extractive, QUESTION)[-1]["content"]
    cited = extractive["citations"][n - 1]
    assert f"[{n}]（地区：晋中；时期：{cited['period']}）{cited['quote']}" in user
    assert QUESTION in user


def test_prompt_names_the_zone_of_a_table_row_its_quote_does_not_name() -> None:
    answer = {"kind": "compare", "citations": [{"n": 1, "region": "荇湾", "period": "2025年上半年",
                                                "quote": "规上工业增加值同比增长7.4%"}],
              "table": [{"entity": "荇湾经开区", "region": "荇湾", "value": "7.4%", "n": 1}]}
    user = build_messages(answer, "上半年荇湾经开区规上增速多少？")[-1]["content"]
    assert "[1]（地区：荇湾；开发区：荇湾经开区；时期：2025年上半年）规上工业增加值同比增长7.4%" in user


def test_prompt_names_the_place_the_answer_states_after_its_quote() -> None:
    # 落户在哪个县区: the county's heading holds the quote, and the answer states it written in full after it
    answer = {"kind": "name", "answer": "某锂电池材料项目开工[1]（丙溪区，2025年上半年）。", "short": "丙溪区",
              "citations": [{"n": 1, "region": "丙溪", "period": "2025年上半年", "quote": "某锂电池材料项目开工"}]}
    user = build_messages(answer, "上半年开工的锂电池材料项目落户在哪个县区？")[-1]["content"]
    assert "[1]（地区：丙溪区；时期：2025年上半年）某锂电池材料项目开工" in user
    other = {**answer, "answer": "某锂电池材料项目开工[1]（丁州，2025年上半年）。"}  # not the region written in full
    assert "（地区：丙溪；" in build_messages(other, "上半年开工的锂电池材料项目落户在哪个县区？")[-1]["content"]


def test_the_model_sees_the_row_cells_the_answer_shows_not_the_rows_other_figures() -> None:
    # a ranking shows each row's asked cells (qa/compose/row_cells.py); restating the whole row would bring back the
    # other figures (外资, a rank) a reader could take for the one asked
    answer = {"kind": "compare", "answer": "甲港经开区最高（18.36亿元）：\n1. 甲港经开区：甲港经济技术开发区 … 技改投资 "
              "18.36亿元[1]（2025年上半年）\n2. 乙岭综保区：乙岭综合保税区 … 技改投资 9.47亿元[2]（2025年上半年）",
              "citations": [{"n": 1, "region": "甲港", "period": "2025年上半年",
                             "quote": "甲港经济技术开发区 实际使用外资 3846万美元 技改投资 18.36亿元 全省排名 9"},
                            {"n": 2, "region": "乙岭", "period": "2025年上半年",
                             "quote": "乙岭综合保税区 实际使用外资 7215万美元 技改投资 9.47亿元 全省排名 3"}]}
    user = build_messages(answer, "上半年乙岭综保区和甲港经开区的技改投资哪个多？")[-1]["content"]
    assert "）甲港经济技术开发区 … 技改投资 18.36亿元\n" in user and "）乙岭综合保税区 … 技改投资 9.47亿元" in user
    assert "3846万美元" not in user and "7215万美元" not in user and "全省排名" not in user



def test_the_model_sees_a_row_shown_up_to_its_figure_not_the_cells_after_it() -> None:
    # 5月当月哪个市最多: each row shown up to its 当月 cell (no cell left out before it, so no ` … `); the 累计 cells
    # after it are another period's figures, which the model must not restate as the answer's
    answer = {"kind": "compare", "answer": "甲市最高（169.1亿元）：\n1. 甲市：甲市 5月当月 169.1亿元[1]（2026年5月）\n"
              "2. 乙市：乙市 5月当月 91.5亿元[2]（2026年5月）",
              "citations": [{"n": 1, "region": "甲", "period": "2026年5月",
                             "quote": "甲市 5月当月 169.1亿元 1—5月累计 801.6亿元 累计同比 5.2%"},
                            {"n": 2, "region": "乙", "period": "2026年5月",
                             "quote": "乙市 5月当月 91.5亿元 1—5月累计 452.7亿元 累计同比 4.8%"}]}
    user = build_messages(answer, "5月当月哪个市开发区营收最多？")[-1]["content"]
    assert "）甲市 5月当月 169.1亿元\n" in user and user.rstrip().endswith("请根据以上证据回答。")
    assert "801.6亿元" not in user and "452.7亿元" not in user


def test_the_model_sees_the_cells_of_a_figure_answer_whose_line_has_no_label() -> None:
    # a figure answer shows the row's asked cells with no `place：` before them (乙市 … 同比增长 -1.2%[1]（乙，…）)
    answer = {"kind": "figure", "answer": "乙市 … 同比增长 -1.2%[1]（乙，2025年全年）。",
              "citations": [{"n": 1, "region": "乙", "period": "2025年全年",
                             "quote": "乙市 本年 427.3亿元 上年同期 432.5亿元 同比增长 -1.2%"}]}
    user = build_messages(answer, "去年乙市开发区营收同比增长多少")[-1]["content"]
    assert "）乙市 … 同比增长 -1.2%" in user and "427.3亿元" not in user

def test_the_model_sees_only_the_place_a_citation_vouches_for() -> None:
    # 落户在哪个园区: the answer states the zone after its quote, cited by a sentence writing its short name
    answer = {"kind": "name", "answer": "某芯片项目签约，总投资42亿元[1]（丙山高新区[2]，2026年前三季度）。",
              "citations": [{"n": 1, "region": "丙山", "quote": "某芯片项目签约，总投资42亿元"},
                            {"n": 2, "region": "丙山", "quote": "前三季度，丙山高新区实现营业收入1158.6亿元"}]}
    user = build_messages(answer, "某芯片项目落户在哪个园区？")[-1]["content"]
    assert "[2]（地区：丙山）丙山高新区" in user and "1158.6亿元" not in user


def test_a_composers_caveats_stay_under_the_generated_text() -> None:
    extractive = ("泷水：泷水港经济开发区完成固定资产投资124.8亿元[1]（2026年上半年）。\n公报中没有找到柘林的这项数字。\n"
                  "注意：这些数字的时期不同（2026年上半年；2026年一季度），比较仅供参考。")
    generated = "2026年上半年，泷水港经济开发区完成固定资产投资124.8亿元[1]。"
    assert with_caveats(generated, extractive).splitlines() == [
        generated, "公报中没有找到柘林的这项数字。", "注意：这些数字的时期不同（2026年上半年；2026年一季度），比较仅供参考。"]
    assert with_caveats(generated, "晋中签约项目投资额126.6亿元[1]。") == generated  # a cited line is the model's


def test_faithful_answer_is_shown_and_streamed(server, sample_index, embedding, extractive, n) -> None:
    drafts: list[str] = []
    before = len(server.requests)
    result = ask_with("faithful", server, sample_index, embedding, on_draft=drafts.append)
    assert result["generated"] is True and "fallback_reason" not in result
    assert result["answer"] == faithful(n)
    assert result["citations"] == extractive["citations"] and result["short"] == FIGURE
    assert len(drafts) > 3 and drafts[-1] == faithful(n)
    assert all(later.startswith(earlier) for earlier, later in zip(drafts, drafts[1:]))
    request = server.requests[before]
    assert request["body"]["stream"] is True and request["authorization"] == f"Bearer {KEY}"


def test_a_reasoning_models_thoughts_are_left_out(server, sample_index, embedding, n) -> None:
    drafts: list[str] = []
    result = ask_with("thinking", server, sample_index, embedding, on_draft=drafts.append)
    assert result["generated"] is True and result["answer"] == faithful(n)
    assert not any("<think>" in d or "162.6" in d for d in drafts)


@pytest.mark.parametrize("model, reason, attempts", [
    ("changed-figure", "figure_not_in_quote: 162.6亿元", 1),
    ("missing-passage", "unknown_citation: [9]", 1),
    ("swapped-region", "region_not_cited: 阳泉", 1),
    ("slow", "timeout", 2),             # one retry
    ("server-error", "http_500", 2),    # one retry
    ("bad-key", "http_401", 1),         # not retried: the key will not get better
])
def test_every_failure_falls_back_with_its_reason(model, reason, attempts, server, sample_index, embedding,
                                                  extractive, caplog, tmp_path) -> None:
    caplog.set_level(logging.DEBUG)
    before = len(server.requests)
    result = ask_with(model, server, sample_index, embedding)
    assert result["generated"] is False and result["fallback_reason"].startswith(reason)
    assert result["answer"] == extractive["answer"] and result["citations"] == extractive["citations"]
    assert len(server.requests) - before == attempts
    # the 401 reply echoes the key, as real endpoints do: neither the answer nor any log line may carry it
    assert KEY not in json.dumps(result, ensure_ascii=False) and KEY not in caplog.text


def test_model_name_comes_from_the_endpoint_when_unset(server, sample_index, embedding) -> None:
    result = ask_with(None, server, sample_index, embedding)
    assert server.requests[-1]["body"]["model"] == "faithful" and result["generated"] is True


def test_key_is_not_in_settings_repr_nor_in_the_store(sample_index) -> None:
    settings = Settings.from_env({"BQA_LLM_BASE_URL": "http://127.0.0.1:9/v1", "BQA_LLM_MODEL": "m",
                                  "BQA_LLM_API_KEY": KEY, "BQA_LLM_TIMEOUT": "90"})
    assert (settings.llm_base_url, settings.llm_model, settings.llm_api_key, settings.llm_timeout) == \
        ("http://127.0.0.1:9/v1", "m", KEY, 90.0)
    assert KEY not in repr(settings)
    stored = {p: p.read_bytes() for p in sample_index.store_dir.rglob("*") if p.is_file()}
    assert stored and [p for p, data in stored.items() if KEY.encode() in data] == []  # the files holding it, if any
