"""A question without what staff wrap it in: greetings (您好), thanks (谢谢), a request to look it up (麻烦帮我查一下,
请提供, 麻烦给我, 请问) and a sentence about the asker before it (我在写月报。). None of them is a word the answer writes, nor
says what kind of answer is wanted; left in, they are read as terms no passage holds. Formal question words are
read as the plain ones the analysis knows (何种 → 什么, 由何部门 → 由什么部门, 何处 → 哪里, 何人 → 谁)."""
from __future__ import annotations

import re

from qa.corpus import Corpus

_GREETING = re.compile(r"^\s*(?:(?:您|你|大家|老师|领导)好(?:呀|啊)?|打扰(?:一下|了)|hi|hello)[，,。！!～~\s]*", re.I)
_THANKS = re.compile(r"[，,。！!～~\s]*(?:(?:非常|十分)?(?:谢谢|多谢|感谢)(?:您|你|啦|了)?|辛苦(?:您|你)?(?:了|啦)|麻烦(?:您|你)?了|拜托(?:您|你)?了?)"
                     r"[。！!～~\s]*$")
# a request to look something up (麻烦帮忙查一下, 帮我看下, 能否帮我查查, 我想了解一下): how to ask, no word of what
_LOOK_UP = re.compile(r"(?:(?:麻烦|劳驾|烦请|请|能否|能不能|可否|可以)(?:您|你)?)?(?:帮(?:我们?|忙|个忙)?|给我)"
                      r"(?:查|看|找|搜|问|统计|核实|确认)(?:查|看)?(?:一?下)?"
                      r"|(?:麻烦|劳驾|烦请)(?:您|你)?(?:查|看|找|搜|问)(?:查|看)?(?:一?下)?"
                      r"|(?:我|我们)?想(?:问|了解|知道|咨询|请教)(?:一?下)?|请问")
# 麻烦给我…数据, 请给我们…: the thing asked for, said as a request to be handed it (给我讲讲, 给我列个表 keep their verb)
_HAND_ME = re.compile(r"^(?:麻烦|劳驾|烦请|请)(?:您|你)?给我们?(?:提供|找|拿|发)?(?:一?下|一份)?")
# 请提供…, 请分别给出…: the figures asked for, said as a request (请分别提供 keeps 分别: it asks for each)
_ASK_FOR = re.compile(r"请(?:您|你)?(分别|逐一|逐个|一并)?(?:提供|给出|告知|告诉我|查询)(?:一?下)?")
# a sentence about the asker before the question (我在写月报。我们正在准备汇报材料，): why they ask, not what
_ABOUT_ASKER = re.compile(r"^(?:我|我们|本人)(?:正?在|正|要|想|是|需要|得|负责|这边|最近|手头)")
_FORMAL = {"何种": "什么", "何类": "什么", "何处": "哪里", "何地": "哪里", "何人": "谁", "何家": "哪家"}
# 何种称号, 由何部门: 何 before a noun; not 如何, 为何, 任何, 几何, 何时, 何以, 何况, 原因何在, 何年
_FORMAL_WORD = re.compile("|".join(_FORMAL) + r"|(?<![如为任几奈若无从])何(?=[\u4e00-\u9fff])(?![时以况在年月日])")
_SENTENCE_END = re.compile(r"(?<=[。！!；;])")
_ASKS = re.compile(r"[？?]|多少|几|哪|谁|什么|啥|怎|如何|吗|呢")


def without_courtesy(text: str, corpus: Corpus) -> str:
    """The question alone: 您好，麻烦查下澄陵经开区上半年协议投资额，谢谢。 → 澄陵经开区上半年协议投资额;
    我在写月报。白河上半年营收多少？ → 白河上半年营收多少？ (a sentence naming a place the documents write stays)."""
    asked = _THANKS.sub("", _GREETING.sub("", text))
    asked = _ASK_FOR.sub(lambda m: m.group(1) or "", _HAND_ME.sub("", _LOOK_UP.sub("", asked)))
    sentences = [s for s in _SENTENCE_END.split(asked) if s.strip()]
    while len(sentences) > 1 and _ABOUT_ASKER.match(sentences[0].strip()) and not _ASKS.search(sentences[0]) \
            and not any(region in sentences[0] for region in corpus.regions):
        sentences.pop(0)
    asked = "".join(sentences).strip(" ，,")
    asked = _FORMAL_WORD.sub(lambda m: m.group() if corpus.contains(asked[m.start():m.start() + 2])  # a name: 何家庄
                             else _FORMAL.get(m.group(), "什么"), asked)
    return asked if re.search(r"[\u4e00-\u9fff]{2}", asked) else text
