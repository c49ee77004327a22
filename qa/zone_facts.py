"""The facts of the zone a question asks about: those its sentences, its entry or its title name, never a figure a
sentence gives another zone named last before it, nor its city's figure (`qa/answer.py` asks)."""
from __future__ import annotations

import re

from index.entries import the_citys_zones
from index.owners import is_table_row
from index.read_alike import reads_alike
from index.zones import find_zones
from qa.corpus import Corpus
from qa.fact import Fact
from qa.passage_zone import of_zones_passage, under_zones_title
from qa.places import sole_zone, writes_zone, zone_key
from qa.question import Question

_SPACE = re.compile(r"\s+")
BROKEN_NAME_LEAD = 12  # characters before a sentence where a name a page break cut may begin


def of_zone(facts: list[Fact], question: Question, corpus: Corpus) -> list[Fact]:
    """The facts of the zone asked about: in a sentence naming it or naming no zone in the zone's own entry
    (◆ XX经济技术开发区（XX市）) or under a title naming it alone (a box's, a slide's), else in one whose name a page break cut just before it (平 / 定经开区…); none else, since its city's figure is not the zone's (nor is a figure of a
    passage that names the zone elsewhere). A zone named as its city with a generic zone word (晋中开发区) may
    mean the city's zones as a whole: its sentences first, else the city's figures. What a city that reports
    one zone did (its 主导产业, its 做法), in all its bulletins or in the one a sentence is from, is that zone's: a
    question asking no figure takes the city's sentences."""
    zone = question.zone
    generic = city_zones(zone, corpus)
    # a zone's own report (我区…, its name in the title alone: index/own_report.py): every sentence of it is the zone's
    own = [f for f in facts if f.meta.get("own_zone") and zone_key(f.meta.get("zone") or "") == zone_key(zone)]
    for text_of in (lambda f: f.sentence,) if generic else (lambda f: f.sentence, _with_lead):
        named = [f for f in facts if (writes_zone(_SPACE.sub("", text_of(f)), zone, f.meta.get("region")) or _in_entry(f, zone)
                                      or _scan_names(f, zone, question.region)) and not after_another_zone(f, zone, corpus)]  # 桐溪经开区 asked, 桐溪经济技术开发区 written
        named += [f for f in facts if f not in named and under_zones_title(f.hit.node.get_content(), f.sentence, zone,
                                                                           f.meta)]
        named += [f for f in own if f not in named]
        if named:
            return named
    passage = [f for f in facts if of_zones_passage(f.hit.node.get_content(), f.sentence, zone, f.meta.get("region"))]
    if passage:  # 珩州经济技术开发区…。全年新签约…协议投资额512.3亿元: the zone its passage opens with
        return passage
    if generic:
        return facts
    return [] if question.wants_figure else [
        f for f in facts if zone_key(zone) in (sole_zone(f.meta.get("region") or "", corpus),
                                               sole_zone(f.meta.get("region") or "", corpus, f.meta.get("doc") or ""))]


def after_another_zone(fact: Fact, zone: str, corpus: Corpus) -> bool:
    """A figure whose sentence names another zone last before it (鹤岗经开区营业收入162.3亿元；鹤岗临港产业园…, asked
    of 鹤岗临港产业园): that zone's figure, though the sentence names the one asked too. A park of the zone asked
    (its name opening the park's) is none other."""
    head = _head(fact)
    if head is None or (is_table_row(fact.sentence) and fact.sentence.startswith(zone)):
        return False  # a row led by the park asked: its cells are its own (所在开发区 甲经开区 is where it stands)
    parks = [(m.start(), part) for part, region in corpus.parts.items()  # 菱渡新材料园…由上年的71.6亿元: the park's
             if region and region == fact.meta.get("region") for m in re.finditer(re.escape(part), head)]
    before = [name for _, name in sorted([(s, name) for s, _, name in find_zones(head)] + parks)]
    return bool(before) and not zone_key(before[-1]).startswith(zone_key(zone)) and not (  # 甲高新区生物医药产业园: 甲's park
        fact.meta.get("ocr") and reads_alike(before[-1], zone)) \
        and not writes_zone(before[-1], zone, fact.meta.get("region"))  # 荐湾经开区 of a scan; 临港经开区 of 蕤阳临港经开区


def _head(fact: Fact) -> str | None:
    """The fact's sentence through what its figure counts (None: no figure, or its indicator not in the sentence):
    the places named there are the ones that may own the figure; a place named after it is another clause's."""
    at = fact.sentence.find(fact.target.counts) if fact.target else -1
    return fact.sentence[:at + len(fact.target.counts)] if at >= 0 else None


def _scan_names(fact: Fact, zone: str, region: str | None) -> bool:
    """Whether a page read by OCR names the zone a character off (荐湾经开区 in a row of 荇湾), in the zone's region
    (restored from the same misreading, index/read_alike.py): a zone of another region is never taken so."""
    return bool(fact.meta.get("ocr") and region and fact.meta.get("region") == region) and any(
        reads_alike(name, zone) for _, _, name in find_zones(fact.sentence))


def _in_entry(fact: Fact, zone: str) -> bool:
    """Whether the fact is in the zone's own entry of a bulletin reported zone by zone (◆ XX高新技术产业开发区（XX市）)
    or the zone's own report, in a sentence that names no zone before the figure: such sentences need not name it
    (…完成固定资产投资88.4亿元，…某产业园主体结构封顶: the park named after the figure owns none of it)."""
    entry = fact.meta.get("zone")
    return bool(entry) and zone_key(entry) == zone_key(zone) and not find_zones(_head(fact) or fact.sentence)


def _with_lead(fact: Fact) -> str:
    """The fact's sentence with the text just before it, where a page break may have left part of a name."""
    text = fact.hit.node.get_content()
    at = text.find(fact.sentence)
    return text[max(0, at - BROKEN_NAME_LEAD):at + len(fact.sentence)] if at >= 0 else fact.sentence


def city_zones(zone: str, corpus: Corpus) -> bool:
    """A city's name with a generic zone word (晋中开发区): also the city's zones as a whole."""
    return any(zone.startswith(r) and the_citys_zones(zone[len(r):])
               for r in corpus.regions)  # not 澄湖临港产业园: a zone of its own name
