"""The survey corpus's questions of a bulletin as a whole and of who answered (invented 岷澜省 bulletins).

说了什么 / 讲了啥 asks what a bulletin or a speaker said: the verb of saying is no verb shortened from the one the
documents write most with its character (a 快报 whose `说明：` lines are its only 说 would read 说了 as 说明了 and the
question as asking a name). Real files through a real index (tests/conftest.py)."""
from __future__ import annotations

import pytest

from qa.pipeline import BulletinQA
from tests.conftest import index_files

_FLASH = """岷澜省开发区统计快报
2026年1-8月　　岷澜省商务厅　　2026年9月10日
1-8月，全省开发区实现营收3385.6亿元，同比增长8.2%；实际使用外资61400万美元；8月当月营收环比增长2.6%。
说明：1.渚岩市数据未按时报送，全省合计不含渚岩市。
说明：2.营收即营业收入，外资按商务部口径统计。
"""


@pytest.fixture(scope="module")
def flash_qa(tmp_path_factory, embedding) -> BulletinQA:
    return index_files(tmp_path_factory.mktemp("flash26"), {"2026-09-kaifaqu-tongji-kuaibao.txt": _FLASH}, embedding)


@pytest.mark.parametrize("question", ["1-8月全省开发区统计快报说了什么", "统计快报讲了啥", "这期快报都说了些什么"])
def test_what_a_bulletin_said_is_its_summary(flash_qa, question):
    answer = flash_qa.ask(question)
    assert not answer["abstained"], answer["answer"]
    assert "3385.6亿元" in answer["answer"] and "8.2%" in answer["answer"], answer["answer"]
