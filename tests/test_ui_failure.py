"""A fault while answering (an exception in the answering code) reaches staff as a plain message in the chat, and
the log as its traceback: the conversation goes on. The answerer here raises, standing in for any such fault."""
from __future__ import annotations

import logging

from ui.stream import ANSWER_FAILED, answer_messages


class _FaultyAnswerer:
    def ask(self, question: str, **_filters) -> dict:
        raise TypeError("'<' not supported between instances of 'NoneType' and 'str'")


def test_a_fault_while_answering_is_a_message_and_a_logged_traceback(caplog) -> None:
    with caplog.at_level(logging.ERROR, logger="ui.stream"):
        messages = list(answer_messages(_FaultyAnswerer(), "各市营收各多少", 1, history=[]))
    assert messages == [(ANSWER_FAILED, None)]
    assert "各市营收各多少" in caplog.text and "TypeError" in caplog.text
    assert "Traceback" not in ANSWER_FAILED
