"""The turns of a transcript (新闻发布会实录, 访谈): a question turn (`问：…`, `【记者】…记者：问：…`) holds what was asked,
never what was answered; the answer is the speaker's turn after it (`樊蕴：答：…`, `答：…`, `某局长某某：…`)."""
from __future__ import annotations

import re

# a speaker (a name, 【记者】某报记者) before the colon, then 问： — or 问： opening the turn
_SPEAKER = r"(?:【[^】]{1,10}】)?[^：:。，,！？]{0,16}[：:]\s*"
# …or a reporter's turn, which asks whether or not it writes 问 (记者：…有什么经验？, 【记者】某报记者：…)
QUESTION_TURN = re.compile(rf"^\s*(?:(?:{_SPEAKER})?[问問]|(?:【[^】]{{1,10}}】)?[^：:。，,！？]{{0,14}}记者)[：:]")
SPEAKER_TURN = re.compile(rf"^\s*{_SPEAKER}")  # 樊蕴：答：…, 答：…, 某市商务局局长某某：…


def is_question_turn(text: str) -> bool:
    return bool(QUESTION_TURN.match(text))


def is_reply_turn(text: str) -> bool:
    """Whether the turn right after a question turn replies to it: `答：`, or any speaker's turn that asks nothing
    (an interview writes the official's name and post, 某市商务局局长某某：…, with no 答)."""
    return bool(SPEAKER_TURN.match(text)) and not is_question_turn(text)
