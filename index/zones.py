"""Zones as bulletins name them: 平定经开区, 阳泉高新区, 左权生态文化旅游示范区.

A zone is a proper name ending in a zone word. The name is the run of words just before the zone
word, back to a verb, preposition or qualifier (推动|晋中|开发区 -> 晋中开发区). Generic mentions are
not zones: 全市开发区, 各开发区, 工业类开发区, 有需求的开发区, 市开发区建设工作领导小组, or a quoted
slogan such as “要素保障进园区”.
"""
from __future__ import annotations

import logging
import re

import jieba
import jieba.posseg

from index.places import is_place

jieba.setLogLevel(logging.WARNING)
ZONE_WORD = re.compile(r"经济技术开发区|高新技术产业开发区|经济开发区|经开区|经济区|高新区|农高区|开发区|示范区|工业园区|产业园区?|"
                       r"园区|合作区|综保区|综合保税区|保税区|新区")  # 综合保税区 whole: 全省综合保税区 names none
# a long form of a kind of zone, and the short one bulletins write (阳泉高新技术产业开发区 is 阳泉高新区)
SHORT_KIND = {"高新技术产业开发区": "高新区", "经济技术开发区": "经开区", "经济开发区": "经开区", "综合保税区": "综保区"}
AFTER_NAME_ONLY = frozenset("经济技术开发区 高新技术产业开发区 经济开发区 经济区 经开区 高新区 农高区 综保区 综合保税区 保税区".split())
MAX_NAME = 10
_TEXT_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,%d}$" % (MAX_NAME + 4))
# Words that end the text before a zone's name: verbs, prepositions, conjunctions, determiners and
# the qualifiers that make a mention generic (重点开发区, 省级开发区, 工业类开发区).
_STOP_WORDS = frozenset(
    "压实 指导 部署 调度 省厅 市委 市政府 政府 推动 推进 支持 加快 积极 深化 发挥 充分发挥 建设 申报 保障 服务 实施 开展 举办 落实 打造 依托 围绕 组织 "
    "全国 全市 全省 全县 全区 我市 本市 省级 国家级 市级 县级 重点 主要 相关 有关 其他 其余 所有 部分 这些 以及 "
    "各 每 该 本 和 与 及 的 在 对 由 为 将 把 是 等 了 从 到 向 至 于 类 家 个 或 如 进 中 内 全 新 "
    "季度 年度 月份 半年 上半年 下半年 全年 今年 去年 同期 当年 本年 "  # 一季度园区: when, not which
    "力争 确保 争取 力求 预计 计划 "  # 力争园区…: a goal's verb
    "入驻 进驻 落户 迁入 进入 "  # 企业入驻综保区: a verb whose object is the zone, no part of its name
    "交由 交给 移交 划归".split())  # 甲产业园交由乙高新区托管: handed to the zone (jieba reads 交由 a noun)
# Parts of speech that never belong to a zone's name (verbs, adverbs, prepositions, conjunctions,
# particles, pronouns, numerals, measure words, locatives, times, idioms: a headline run into its body, 稳步增长|芩州…).
# jieba reads some place names as adjectives or adverbs (平遥, 大同): the word next to the zone word may be one.
_NOT_NAME_POS = ("v", "d", "p", "c", "u", "r", "m", "q", "f", "t", "i")
_PLACE_MISREAD_POS = ("a", "d")
_FRAGMENT_POS = ("n", "g", "zg", "x")  # a lone character read as a noun, a morpheme or unknown: no word of its own
_GENERIC_END = ("市", "省", "类")  # 晋中市开发区: the city's zones, not one zone
# a grade an evaluation gives zones (先进开发区, 被评为进步开发区, 考核优秀的开发区): the zones given it, no zone's name
_GRADES = ("先进", "进步", "后进", "落后", "优秀", "良好", "合格", "达标", "标杆")
_CITY_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,4}?)市(?=[\u4e00-\u9fff]{2})")  # 枫城市|枫城综合保税区


def _after_its_city(name: str) -> int:
    """Where a zone's own name starts when its city is written before it (枫城市枫城综合保税区, 晋中市榆次经开区): after
    that city, when the zone's name repeats the city's or the city is a known place (智慧城市产业园 stays whole)."""
    city = _CITY_BEFORE.match(name)
    if city and (name[city.end():].startswith(city.group(1)) or is_place(city.group(1))):
        return city.end()
    return 0


def _name_before(text: str, clause_start: bool, named: bool) -> str:
    """The proper name that ends `text`: its last words back to a stop word or a verb. A whole clause
    of nouns is a name too (左权生态文化旅游示范区: 旅游 is a verbal noun). `named`: the zone word is one
    that always follows a place name (经开区), so the word next to it is one, whatever jieba reads it as (and
    a place's name has two characters at least)."""
    words = list(jieba.posseg.lcut(text, HMM=False))
    if clause_start and len(text) <= MAX_NAME and not words[0].flag.startswith(_NOT_NAME_POS) \
            and not ZONE_WORD.search(text) \
            and not any(w.word in _STOP_WORDS or w.flag == "v" or w.flag.startswith(("m", "t")) for w in words):
        # 晋中开发区比祁县: two names; 芷川区一季度园区: a time between
        return text
    name, after = "", None
    for word, pos in reversed(words):
        misread_place = not name and len(word) >= 2 and (named or pos.startswith(_PLACE_MISREAD_POS)) \
            or named and len(name) + len(word) <= 2 \
            or _cut_place(word, pos, after)  # 栖|凤经开区, 槐|安经开区, 泓|浦临空经济区: a place's name cut into characters
        if word in _STOP_WORDS or len(name) + len(word) > MAX_NAME or \
                (pos.startswith(_NOT_NAME_POS) and not misread_place):
            break
        name, after = word + name, (word, pos)
    return name


def _cut_place(word: str, pos: str, after: tuple[str, str] | None) -> bool:
    """Whether a character jieba reads as a measure word begins a place's name it cut into characters: the next
    word is a lone character of no word jieba knows (泓|浦临空经济区: 泓 a measure word, 浦 a morpheme; 泓|溪: 溪 a noun)."""
    return len(word) == 1 and pos.startswith("q") and after is not None and len(after[0]) == 1 \
        and after[1].startswith(_FRAGMENT_POS)


def find_zones(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every zone named in `text`, in order."""
    zones, zone_words = [], []
    for m in ZONE_WORD.finditer(text):
        before = _TEXT_BEFORE.search(text, 0, m.start())
        clause_start = before is not None and (before.start() == 0 or not text[before.start() - 1].isalnum())
        name = _name_before(before.group(), clause_start, m.group() in AFTER_NAME_ONLY) if before else ""
        start = _outside_zone_words(m.start() - len(name), zone_words)
        zone_words.append(m)
        name = text[start:m.start()]
        quoted = text[start - 1:start] == "“" and text[m.end():m.end() + 1] == "”"
        if len(name) < 2 or name.endswith(_GENERIC_END) or name.endswith(_GRADES) or quoted:
            continue
        start += _after_its_city(name)
        zones.append((start, m.end(), text[start:m.end()]))
    return zones


def _outside_zone_words(start: int, zone_words: list[re.Match]) -> int:
    """A name's start moved past a zone word it would cut (经开区智能家电产业园: jieba cuts 经|开|区智能, and the park's
    name is 智能家电产业园, not 区智能家电产业园)."""
    return next((m.end() for m in zone_words if m.start() < start < m.end()), start)


def abbreviates(short: str, full: str) -> bool:
    """`short` is `full` written short, its place kept and the rest cut to some of its characters in order
    (鹤鸣经开区 of 鹤鸣经济技术开发区, 澄湖综保区 of 澄湖综合保税区)."""
    rest = iter(full[2:])
    return short != full and short[:2] == full[:2] and short[-1] == full[-1] and all(c in rest for c in short[2:])


_KINDS = {**SHORT_KIND, "工业园区": "园区"}
_KIND_END = re.compile(f"(?:{'|'.join(_KINDS)}|{ZONE_WORD.pattern})$")


def misread_of(name: str, own: str) -> bool:
    """Whether zone `name` is zone `own` with one character of its place read wrong, as OCR misreads a scan (茗峪经开区
    in 苕峪经济开发区's own part): the same kind, in full or short, a place as long (two characters or more) that differs
    in one character."""
    a, b = _KIND_END.search(name), _KIND_END.search(own)
    if not a or not b or _KINDS.get(a.group(), a.group()) != _KINDS.get(b.group(), b.group()):
        return False
    place, own_place = name[:a.start()], own[:b.start()]
    return len(place) == len(own_place) >= 2 and sum(x != y for x, y in zip(place, own_place)) == 1


def written_short(name: str) -> str:
    """A zone's name with its kind written short (蒿岭经济开发区 → 蒿岭经开区): both forms name one zone."""
    for long, short in SHORT_KIND.items():
        name = name.replace(long, short)
    return name


def peer_zone(fact: dict, scope: str | None) -> bool:
    """Whether a fact's entity is one of the zones asked across: a zone within its region, or (no region asked) a
    region that is itself a zone; not a park named in a zone's own part, nor a table row's serial number."""
    entity, region = fact.get("entity"), fact.get("region")
    if not entity or entity.isdigit():
        return False
    if entity == region:
        return scope is None and is_zone(entity)
    return bool(scope) or not is_zone(region or "")


def is_zone_fact(fact: dict) -> bool:
    """Whether a fact is a zone's: of an entity within its region, or of a region that is itself a zone."""
    entity = fact.get("entity")
    return bool(entity) and (entity != fact.get("region") or is_zone(entity))


def is_zone(name: str) -> bool:
    """Whether a name is a zone's as a whole (琮州经开区), not a city's or a county's."""
    return any(start == 0 and end == len(name) for start, end, _ in find_zones(name))
