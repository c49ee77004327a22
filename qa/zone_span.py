"""The zone a question asks (哪个开发区, 哪两个园区; in a bulletin of zones 哪个区 asks a zone too) cut from its answering
sentence: the zone or the park opening a clause that the question does not name; and whether a sentence names none."""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from index.zones import ZONE_WORD, find_zones
from qa.clauses import CLAUSE
from qa.items import name_start

# 哪个开发区, 哪两个园区; in a bulletin of zones 哪个区 asks a zone too
ZONE_ASKED = re.compile(rf"(?:哪|什么)([一二两三四几些]?)[个家座所]?(?:{ZONE_WORD.pattern}|区(?![域县]))")


# a park opening its clause (青山化工产业园年产…, 推动澄湖临港产业园申报…): a place a zone question may ask for
# a park opening a clause, after an item's number (2.): 产业园, or any name of three characters or more ending in 园
# (菱渡新材料园, 褚溪食品园; not 公园, 花园, … nor 园区, 园林, 园艺)
_PARK = re.compile(r"[\s\d.、（）()]*([\u4e00-\u9fff]{2,12}?产业园|[\u4e00-\u9fff]{2,10}?[^\W\d公花校家乐庄果茶菜陵]园)(?![区林艺丁长])")
# a position among the whole (增速居全市第一): the place named last before it holds it
_WHOLES_POSITION = re.compile(r"全[省市县区](?:第[一二三四五六七八九十\d]{1,2}|首位)")


def _parks(sentence: str) -> list[tuple[int, int, str]]:
    """The parks that open a clause of the sentence, without the verbs before their names."""
    found = []
    for clause in CLAUSE.finditer(sentence):
        park = _PARK.match(clause.group())
        if park:
            start = clause.start() + park.start(1) + name_start(park.group(1))
            end = clause.start() + park.end(1)
            found.append((start, end, sentence[start:end]))
    return found


_ANY_PARK = re.compile(r"[\u4e00-\u9fff]{2}园(?![林艺丁长])")  # 菱渡新材料园, 楮溪食品园: a park by its last word


def lacks_zone(question: str, sentence: str) -> bool:
    """A zone asked (落户在哪个开发区) of a sentence that names none, nor a park (…新材料园), other than those the question
    names (新能源装备产业园一期投产，是哪个开发区的: the park is what is asked about, its zone what is asked)."""
    return bool(ZONE_ASKED.search(question)) and all(name in question for _, _, name in find_zones(sentence)) and all(
        sentence[max(0, m.start() - 2):m.end()] in question for m in _ANY_PARK.finditer(sentence))


def zone_span(question: str, sentence: str) -> str | None:
    """哪个开发区 ↔ 积极推进阳泉高新区核准类…试点: the zone (or the park opening a clause) the sentence names
    that the question does not; 哪两个/哪些开发区: all of them, as the sentence lists them."""
    asked = ZONE_ASKED.search(question)
    places = sorted(find_zones(sentence) + _parks(sentence))
    places = [p for p in places if not any(o != p and o[0] <= p[0] and p[1] <= o[1] for o in places)]  # the whole
    found = [zone for zone in places if zone[2] not in question] if asked else []
    if not found:
        return None
    if asked.group(1) and asked.group(1) not in "一":
        return "、".join(dict.fromkeys(name for _, _, name in found))
    position = next((m for m in _WHOLES_POSITION.finditer(sentence) if m.group() in question), None)
    holder = [zone for zone in found if position and zone[1] <= position.start()]
    return holder[-1][2] if holder else _zone_of_item(question, sentence, found)


_ITEM_END = re.compile(r"[、，,；;。]")
_PART_END = re.compile(r"[；;。]")


def _zone_of_item(question: str, sentence: str, zones: list[tuple[int, int, str]]) -> str:
    """In a list of items each led by its zone (甲区…A项目、乙区…B项目), the zone before the item that shares
    most with the question (哪个开发区的B项目), or whose verb it shares (积极推动[甲区]申报); the first zone when
    none shares two characters. The zone word asked (开发区) is no sharing: every zone's item may write it."""
    asked = ZONE_ASKED.sub("|", question)

    def shared(zone: tuple[int, int, str]) -> int:  # its clauses up to the next zone (…上升3位，首次进入全省前十)
        end = min([z[0] for z in zones if z[0] >= zone[1]] + [m.start() for m in _PART_END.finditer(sentence, zone[1])]
                  + [len(sentence)])
        start = max((m.end() for m in _ITEM_END.finditer(sentence, 0, zone[0])), default=0)
        item = sentence[start:zone[0]] + "|" + sentence[zone[1]:end]
        return SequenceMatcher(None, asked, item, autojunk=False).find_longest_match().size
    best = max(zones, key=shared)  # max keeps the first of equals
    return best[2] if shared(best) >= 2 else zones[0][2]
