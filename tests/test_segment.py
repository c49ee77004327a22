"""Rare names jieba cuts into characters are joined back when the documents write them whole (real jieba)."""
import jieba.posseg

from qa.corpus import bigrams
from qa.segment import join_fragments

DOCS = "郦崟，字子高，明代学者，著有《南园集》。滕夫人随丈夫迁往洛阳。他在市里工作。"


def _words(question: str) -> list[str]:
    return [w.word for w in join_fragments(list(jieba.posseg.cut(question)), set(bigrams(DOCS)), DOCS.__contains__)]


def test_a_name_cut_into_characters_is_one_word_again():
    assert list(jieba.lcut("郦崟在哪一年出生？"))[:2] == ["郦", "崟"]  # what jieba does with it
    assert _words("郦崟在哪一年出生？")[0] == "郦崟"
    assert "滕夫人" in _words("滕夫人随丈夫去了哪里？")


def test_function_words_and_unwritten_joins_stay_apart():
    assert _words("他在哪里工作？")[:3] == ["他", "在", "哪里"]  # 他在 is written, but 在 is no part of a name
    assert _words("褚璆是哪里人？")[:2] == ["褚", "璆"]           # the documents never write 褚璆
