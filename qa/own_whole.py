"""The province (or city) a bulletin series reports on, named in a question by its own name (萦川省开发区上半年概况, where
every title reads 萦川省开发区工作情况通报): the whole the bulletins report, said as they say it (全省, 全市). Its name is
written in their titles and masthead only, never as a region, so it would otherwise be a place no bulletin covers."""
from __future__ import annotations

import re

from qa.corpus import Corpus

# a title opening with the place its issuer governs (萦川省开发区…, 澪岚省商务厅关于…, 蘅阳市开发区工作专报)
# or closing with it (…经济运行快报-洵澄省商务厅)
_ISSUER = re.compile(r"^\s*([\u4e00-\u9fff]{2,3}?)([省市])(?=[\u4e00-\u9fff\d]{2})"
                     r"|[-_—｜|]([\u4e00-\u9fff]{2,3}?)([省市])商务[厅局]\s*$")
_NO_NAME = re.compile(r"[全本我该各在于关]")  # 在全省…的讲话: no place's name


def wholes(manifest: dict, corpus: Corpus) -> dict[str, str]:
    """{the series' place name: 全省 or 全市} of the titles, but a name that is a region of the bulletins (a city's
    own part in a province's bulletin is no whole)."""
    found: dict[str, str] = {}
    for entry in manifest.values():
        m = _ISSUER.search(entry.get("title") or "")
        name, level = (m.group(1), m.group(2)) if m and m.group(1) else (m.group(3), m.group(4)) if m else (None, None)
        if name and not _NO_NAME.search(name) \
                and not any(name in region or region in name for region in corpus.regions):
            found[name] = "全" + level
    return found


def as_the_whole(text: str, manifest: dict, corpus: Corpus) -> str:
    """`text` with the series' own place said as the whole (萦川省开发区 → 全省开发区; 萦川全省 → 全省); the bare name
    only right before a whole's or zones' word (萦川开发区), where it can name nothing else."""
    for name, whole in wholes(manifest, corpus).items():
        text = re.sub(rf"{name}(?:{whole[1]})?(?:{whole})?", whole, text) if re.search(
            rf"{name}(?:{whole[1]}|{whole}|开发区|园区)", text) else text
    return text
