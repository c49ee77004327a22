"""A figure asked of an indicator that no clause answering it names (亩均税收 asked of a park whose own passages write
only its 营业收入 and the share of its target met): another indicator's figure is no answer. The place's figure may
stand in a passage of the whole city that names the place (三是部分园区亩均效益偏低，甲工业园亩均税收12.3万元); else
the question is withheld, saying what the bulletins do report for the place."""
from __future__ import annotations

import re

from index.zones import ZONE_WORD
import jieba

from qa.abbreviations import read_short
from qa.asked import CHANGE_WORDS
from qa.corpus import Corpus, bigrams
from qa.fact import Fact
from qa.question import Question

# what kind of figure is asked (增速, 同比, 占比), not which indicator: every indicator's clause may write it; nor
# whose (开发区, 全市): every sentence of a bulletin on zones writes those
_WHOSE = rf"{ZONE_WORD.pattern}|全[省市县区]"
_KIND_WORD = re.compile(rf"(?:{CHANGE_WORDS}|增速|增幅|降幅|涨幅|同比|环比|占比|比重|比例|总额|数量|规模|多少|{_WHOSE})+")
_WHOSE_WORD = re.compile(rf"(?:{_WHOSE})+")
MAX_LISTED = 8  # indicators named when a figure is withheld


def indicator_terms(question: Question, places: list, kind: bool = False) -> list[str]:
    """The question's words naming the indicator asked: its terms outside the places it names (工业园 of 栎川工业园)
    that say no kind of figure (`kind`: with those, as the figure asked is named to staff: 工业投资占全市比重)."""
    names = [question.text[p.start:p.end] for p in places] + [question.zone or ""]
    other = _WHOSE_WORD if kind else _KIND_WORD
    return [t for t in question.terms if not other.fullmatch(t) and not any(t in n for n in names if n)]


def another_than_written(text: str, corpus: Corpus) -> tuple[str, str] | None:
    """(the indicator asked, the one the documents write) when the question asks another indicator than one they write:
    an unwritten word of the question holding a written word strictly inside it, across its own parts (主营|业务 holds
    营业: the word is no kind of 营业), which with the next word makes an indicator the documents write (主营业务收入
    asked, 营业收入 written: the main business's revenue is a part of the whole, whose figure does not answer it).
    A word opening or closing the word is one of its parts (年度计划投资, 平定县经开区, 进出口总额): no other indicator;
    nor is a kind of figure after a written indicator (进出口额|增速: that indicator's growth, not 出口增速)."""
    words = jieba.lcut(text)
    for word, after in zip(words, words[1:]):
        if len(word) < 4 or not after.isalpha() or corpus.contains(word + after) \
                or _KIND_WORD.fullmatch(after) and corpus.contains(word):
            continue
        inside = (word[i:j] + after for i in range(1, len(word) - 2) for j in range(len(word) - 1, i + 1, -1))
        written = next((w for w in inside if corpus.contains(w)), None)
        if written:
            return word + after, written
    return None


def names_indicator(fact: Fact, terms: list[str], corpus: Corpus) -> bool:
    """Whether the fact's sentence (or the item title it stands under, or its table's caption) writes the indicator
    asked: a pair of characters of one of its words that the documents write (税收 of 亩均税收 in 税收收入, 外资 of 外资
    到位 in 实际使用外资). An indicator no document writes (利润) is named by none; a question naming none is not judged."""
    if not terms:
        return True
    # the question's abbreviation of a term the documents write in full (营收 of a caption's 营业收入) names it too
    text = read_short("\n".join([fact.sentence, fact.meta.get("item") or "", fact.meta.get("caption") or ""]), terms,
                      corpus)
    return any(b in text for t in terms for b in bigrams(t) if b in corpus.idf)


def of_the_indicator(facts: list[Fact], question: Question, places: list, corpus: Corpus) -> list[Fact]:
    """The facts whose figure may be of the indicator asked: none when no sentence holding a figure writes it."""
    if another_than_written(question.text, corpus):
        return [f for f in facts if not f.target]  # no sentence writes the indicator asked, only one it is not
    terms = indicator_terms(question, places)
    figured = [f for f in facts if f.target]
    if not figured or any(names_indicator(f, terms, corpus) for f in figured):
        return facts
    return [f for f in facts if not f.target]


def place_asked(question: Question, corpus: Corpus) -> str | None:
    """The narrowest place the question names: its zone, else the longest park of a region it names, else its
    region."""
    parks = [p for p in corpus.parts if p in question.text]
    return question.zone or max(parks, key=len, default=None) or question.region


def written_of(place: str, hits: list) -> list:
    """Passages of no region (the whole city's or province's parts) that write the place's name: where a
    bulletin reporting place by place states a place's figure in its own summary or problems."""
    return [h for h in hits if not h.node.metadata.get("region") and place in h.node.get_content()]


def reported_for(place: str, facts: list[dict]) -> list[str]:
    """The indicators the bulletins' figures of the place measure (its name written as the entity or in the quote)."""
    seen = [f["indicator"] for f in facts if f.get("indicator") and (
        f.get("entity") == place or place in (f.get("quote") or ""))]
    return list(dict.fromkeys(seen))[:MAX_LISTED]


def withheld_message(place: str, terms: list[str], facts: list[dict], period: str = "", instead: bool = False,
                     another: tuple[str, str] | None = None) -> str:
    """Why a figure is withheld: no passage of the place writes the indicator asked (in the period asked; `instead`:
    only other indicators' figures were found; `another`: the indicator asked and the one written, which it is not),
    and which indicators the bulletins do report for the place (names only: no figure is shown without its quote)."""
    asked = another[0] if another else "".join(terms) or "这项指标"
    if another:
        instead = f"（公报写的是“{another[1]}”，与所问的不是同一指标）"
    reported = reported_for(place, facts)
    listed = f"公报报告的{place}的指标有：{'、'.join(reported)}。" if reported else ""
    other = instead if isinstance(instead, str) else "，也不以其他指标的数字代替" if instead else ""
    return f"已索引的公报中没有找到{period}{place}的“{asked}”，不作回答{other}。{listed}"
