"""A scripted test server speaking the OpenAI chat-completions protocol (streaming included), on loopback.

No language model can be installed here, so this server replays replies written for the tests: the
`model` named in a request picks its `Reply` from the script (a fixed text, an HTTP error, a delay),
or, for a `Reply(restate=True)`, answers by restating, in its own order and wording, the numbered
evidence lines it was sent (what `python -m evals.run --llm` measures). It records every request.

    with scripted_llm({"faithful": Reply("…126.6亿元[1]。")}) as server:
        Settings(llm_base_url=server.url, llm_model="faithful", …)
"""
from __future__ import annotations

import json
import re
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

from settings import Settings

RESTATE = "restate"
_EVIDENCE = re.compile(r"^\[(\d+)\](?:（(.*?)）)?(.*)$", re.M)
_LABEL = re.compile(r"(地区|开发区|时期)：([^；]*)")
_PIECE = 6  # characters per streamed chunk


@dataclass(frozen=True)
class Reply:
    text: str = ""
    status: int = 200
    delay: float = 0.0          # seconds before the response starts
    chunk_delay: float = 0.0    # seconds between streamed chunks
    restate: bool = False


def restate(user_message: str) -> str:
    """The evidence lines restated, last first: `地区（时期）：quote[n]。`, each sentence of a quote cited."""
    parts = []
    for n, labels, quote in reversed(_EVIDENCE.findall(user_message)):
        named = dict(_LABEL.findall(labels or ""))
        quote = quote.strip()
        cited = "".join(f"{piece}[{n}]" for piece in re.split(r"(?<=[。！？])", quote) if piece)
        place = named.get("开发区") or named.get("地区") or ""  # a zone's name holds its city's
        lead = place + (f"（{named['时期']}）" if named.get("时期") else "")
        parts.append((f"{lead}：" if lead else "") + cited + ("" if quote.endswith(("。", "！", "？")) else "。"))
    return "".join(parts)


class _Handler(BaseHTTPRequestHandler):
    server: "ScriptedLLM"

    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        if self.path.rstrip("/").endswith("/models"):
            data = [{"id": name, "object": "model", "created": 0, "owned_by": "scripted"}
                    for name in self.server.script]
            return self._json(200, {"object": "list", "data": data})
        self._json(404, {"error": {"message": "not found", "type": "invalid_request_error"}})

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
        self.server.requests.append({"path": self.path, "body": body,
                                     "authorization": self.headers.get("Authorization")})
        reply = self.server.script.get(body.get("model"))
        if reply is None:
            return self._json(404, {"error": {"message": f"model {body.get('model')!r} not in the script"}})
        time.sleep(reply.delay)
        if reply.status != 200:
            key = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
            # like real endpoints, the error text may echo the key: it must never reach an answer
            return self._json(reply.status, {"error": {"message": f"scripted failure (key {key})",
                                                       "type": "scripted", "code": reply.status}})
        text = restate(body["messages"][-1]["content"]) if reply.restate else reply.text
        if body.get("stream"):
            return self._stream(body.get("model"), text, reply.chunk_delay)
        self._json(200, {"id": "chatcmpl-scripted", "object": "chat.completion", "created": 0,
                         "model": body.get("model"),
                         "choices": [{"index": 0, "finish_reason": "stop",
                                      "message": {"role": "assistant", "content": text}}]})

    def _json(self, status: int, payload: dict) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _stream(self, model: str, text: str, chunk_delay: float) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        pieces = [text[i:i + _PIECE] for i in range(0, len(text), _PIECE)]
        for i, piece in enumerate(pieces + [None]):
            delta = {"role": "assistant", "content": piece} if piece is not None else {}
            chunk = {"id": "chatcmpl-scripted", "object": "chat.completion.chunk", "created": 0, "model": model,
                     "choices": [{"index": 0, "delta": delta, "finish_reason": None if piece is not None else "stop"}]}
            self.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
            self.wfile.flush()
            if piece is not None and chunk_delay:
                time.sleep(chunk_delay)
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()


class ScriptedLLM(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, script: dict[str, Reply]):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script = script
        self.requests: list[dict] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


@contextmanager
def scripted_llm(script: dict[str, Reply]) -> Iterator[ScriptedLLM]:
    """The server running in a background thread for the duration of the block."""
    server = ScriptedLLM(script)
    thread = threading.Thread(target=server.serve_forever, name="scripted-llm", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def restating_llm(settings: Settings) -> Iterator[Settings]:
    """`settings` pointed at a scripted server in restating mode (for `python -m evals.run --llm`)."""
    with scripted_llm({RESTATE: Reply(restate=True)}) as server:
        yield replace(settings, llm_base_url=server.url, llm_model=RESTATE, llm_api_key=None)


def generation_rates(results: list[dict]) -> dict:
    """Of the answered questions: the share shown as generated, the share that fell back, and why."""
    answered = [r for r in results if not r.get("abstained")]
    generated = sum(bool(r.get("generated")) for r in answered)
    reasons: dict[str, int] = {}
    for r in answered:
        if r.get("fallback_reason"):
            code = r["fallback_reason"].split(":")[0].split("（")[0]
            reasons[code] = reasons.get(code, 0) + 1
    n = max(len(answered), 1)
    return {"generated_rate": round(generated / n, 4), "fallback_rate": round((len(answered) - generated) / n, 4),
            "fallback_reasons": reasons}
