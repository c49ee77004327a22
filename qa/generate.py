"""Generated answers: an OpenAI-compatible chat model rewrites the extractive answer from its citations only.

The fields of the finished extractive answer (whatever composer wrote it) are the evidence: its citations go to the
model numbered `[n]` with region and period. The model's text is shown only when `qa.verify` finds
nothing wrong with it; otherwise the extractive answer stays, with `fallback_reason`. The API key
goes to the client and nowhere else: reasons name HTTP statuses, never the server's error text.
"""
from __future__ import annotations

import logging
import re
import time
from typing import Callable, Iterator

import openai

from index.figures import WRITTEN_FIGURE
from index.owners import is_table_row
from qa.verify import Places, first_failure, normalise_markers
from settings import Settings

log = logging.getLogger(__name__)
CONNECT_TIMEOUT = 5.0
RETRIES = 1
MAX_TOKENS = 1024
NO_KEY = "EMPTY"  # what vLLM, Ollama and Xinference accept when they need no key
SYSTEM_PROMPT = """你是政府公报问答助手。只根据用户给出的编号证据，用简洁、通顺的中文回答问题。
规则：
1. 数字连同单位必须与证据原文一字不差；不得换算、取整、合计或推算，不得写出证据中没有的数字，数量不要改用汉字书写。
2. 每句话末尾用 [n] 标出它所依据的证据编号，只用给出的编号；每条证据都要引用到。
3. 写到地区、开发区或时期时，只能写该句所引证据标注的地区、开发区和时期。
4. 清单或概述类问题，把各项改写成通顺的句子，每一项保留自己的引用。
5. 不要添加证据以外的信息，不要解释这些规则。"""

_THINKING = re.compile(r"<think>.*?(?:</think>|$)", re.S)  # a reasoning model's thoughts, closed or still open
# what a composer says beside its cited lines, citing nothing (公报中没有找到X的这项数字。注意：…时期不同): the model
# restates only the evidence, so these caveats would be lost; they stay under the generated text
_CAVEAT = re.compile(r"^(?:公报中?没有|注意：)[^\[\]]*$")


def with_caveats(generated: str, extractive: str) -> str:
    """The generated text, then the extractive answer's caveat lines that it does not already hold."""
    caveats = [line for line in extractive.splitlines() if _CAVEAT.match(line) and line not in generated]
    return "\n".join([generated, *caveats])


class GenerationFailed(Exception):
    """The model gave no usable text; the message is the fallback reason (no server text, no key)."""


def visible_text(text: str) -> str:
    """The model's text without its <think> blocks (Qwen3, DeepSeek-R1 think aloud before answering)."""
    return _THINKING.sub("", text).lstrip()


def evidence_line(citation: dict) -> str:
    """`[n]（地区：…；开发区：…；时期：…）quote`: one numbered piece of evidence as the model sees it (开发区: the zone
    whose entry it is, in a bulletin reported zone by zone, where the quote need not name it)."""
    labels = [f"{name}：{citation[key]}" for key, name in (("region", "地区"), ("zone", "开发区"), ("period", "时期"),
                                                          ("issue", "期次")) if citation.get(key)]
    return f"[{citation['n']}]" + (f"（{'；'.join(labels)}）" if labels else "") + (citation.get("quote") or "")


_STATED_PLACE = re.compile(r"\[(\d+)\]（([^，（）]+)")


def _stated_region(citation: dict, stated: str | None) -> str | None:
    """The region as the answer states it when that is the region written in full (榉口 -> 榉口区), else as stored."""
    region = citation.get("region")
    return stated if region and stated and stated != region and stated.startswith(region) else region


# an answer line showing a table row's asked cells: after a label in a ranking (1. 甲：甲市 … 同比增长 8.0%[1]), alone in
# a figure answer (甲市 … 同比增长 8.0%[1]（甲，…）); the others left out (` … `), or the row shown up to its asked
# figure (甲市 5月当月 169.1亿元, of a row going on to 1—5月累计 …); `qa/compose/row_cells.py`
_SHOWN_LINE = re.compile(r"^(?:\d+\.\s*)?(?:[^：\n]*：)?([^\n\[]+)\[(\d+)\]", re.M)


# a place the answer states after a quote, cited by a sentence that writes it (…[1]（甲高新区[2]，2026年）): `place_evidence`
_CITED_PLACE = re.compile(r"（([^，（）\[\]\n]+)\[(\d+)\][，）]")


def _shown_parts(answer: dict) -> dict[int, str]:
    """Citation number -> what the answer shows of it, where that is less than its quote: a table row's asked cells
    (the row's other figures left out) or a place name a citation only vouches for. The model restates what the
    answer shows, never the figures a reader could take for the one asked."""
    text = answer.get("answer") or ""
    quotes = {c["n"]: c.get("quote") or "" for c in answer["citations"]}
    shown = {int(n): cells.strip() for cells, n in _SHOWN_LINE.findall(text)
             if " … " in cells or _row_up_to_its_figure(cells.strip(), quotes.get(int(n), ""))}
    shown.update({int(n): place for place, n in _CITED_PLACE.findall(text) if text.count(f"[{n}]") == 1})
    return shown


def _row_up_to_its_figure(shown: str, quote: str) -> bool:
    return shown != quote and quote.startswith(shown) and is_table_row(quote) and bool(WRITTEN_FIGURE.search(shown))


def shown_citations(answer: dict) -> list[dict]:
    """The citations as the model sees them, and as its answer is verified against them."""
    # a table row's zone, where its quote need not name it (规上工业增加值同比增长7.4%, in that zone's paragraph)
    zones = {row.get("n"): row["entity"] for row in answer.get("table") or []
             if row.get("entity") and row["entity"] != row.get("region")}
    # the place an answer states after a quote (…签约[1]（榉口区，2025年上半年）): the county or zone whose heading
    # holds the quote, the short answer of 落户在哪个县区; the model sees it as the quote's place
    stated = {int(n): place for n, place in _STATED_PLACE.findall(answer.get("answer") or "")}
    parts = _shown_parts(answer)
    return [{**c, "region": _stated_region(c, stated.get(c["n"])), "zone": c.get("zone") or zones.get(c.get("n")),
             "quote": parts.get(c["n"], c.get("quote"))} for c in answer["citations"]]


def build_messages(answer: dict, question: str) -> list[dict]:
    """The chat messages for one finished extractive answer (question, kind, numbered evidence)."""
    kind = f"（问题类型：{answer['kind']}）" if answer.get("kind") else ""
    evidence = "\n".join(evidence_line(c) for c in shown_citations(answer))
    return [{"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": f"问题：{question}{kind}\n证据：\n{evidence}\n请根据以上证据回答。"}]


class AnswerWriter:
    """Streams a generated answer for an extractive result and keeps it only when verified."""

    def __init__(self, settings: Settings):
        self.timeout = settings.llm_timeout
        self.model = settings.llm_model
        self.client = openai.OpenAI(base_url=settings.llm_base_url, api_key=settings.llm_api_key or NO_KEY,
                                    timeout=openai.Timeout(self.timeout, connect=CONNECT_TIMEOUT),
                                    max_retries=RETRIES)

    def write(self, answer: dict, question: str, places: Places,
              on_draft: Callable[[str], None] | None = None) -> dict:
        """`answer` (the fields answer, citations, short, kind … of an extractive answer) with the verified
        generated text and `generated: true`, or unchanged with `generated: false` and `fallback_reason`."""
        if not answer.get("citations"):
            return {**answer, "generated": False}
        try:
            text = normalise_markers(self._complete(build_messages(answer, question), on_draft or (lambda _: None)))
            # a place the evidence labelled (a table row's zone) may be named as the model saw it
            reason = first_failure(text, shown_citations(answer), places, answer.get("short") or "", answer.get("kind"))
        except GenerationFailed as err:
            reason = str(err)
        if reason:
            log.warning("generated answer not shown: %s", reason)
            return {**answer, "generated": False, "fallback_reason": reason}
        return {**answer, "answer": with_caveats(text, answer["answer"]), "generated": True}

    def _complete(self, messages: list[dict], on_draft: Callable[[str], None]) -> str:
        deadline = time.monotonic() + self.timeout
        text = ""
        try:
            for delta in self._deltas(messages):
                text += delta
                on_draft(visible_text(text))
                if time.monotonic() > deadline:
                    raise GenerationFailed("timeout")
        except openai.APITimeoutError as err:
            raise GenerationFailed("timeout") from err
        except openai.APIStatusError as err:
            raise GenerationFailed(f"http_{err.status_code}") from err
        except openai.APIConnectionError as err:  # also a stream broken off midway
            raise GenerationFailed("connection_error") from err
        except openai.OpenAIError as err:  # a reply that is not the chat-completions protocol
            raise GenerationFailed(f"bad_response: {type(err).__name__}") from err
        return visible_text(text)

    def _deltas(self, messages: list[dict]) -> Iterator[str]:
        stream = self.client.chat.completions.create(model=self._model(), messages=messages, stream=True,
                                                     temperature=0, max_tokens=MAX_TOKENS)
        with stream:
            for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    yield chunk.choices[0].delta.content

    def _model(self) -> str:
        """The configured model, else the first the endpoint serves (vLLM and Ollama name theirs)."""
        if not self.model:
            models = self.client.models.list().data
            if not models:
                raise GenerationFailed("no_model: the endpoint lists no model; set BQA_LLM_MODEL")
            self.model = models[0].id
        return self.model
