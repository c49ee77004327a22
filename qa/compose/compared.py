"""Who a comparison ranks: the places the question names, or the peers of the one place whose rank it asks."""
from __future__ import annotations

import re

from index.periods import find_periods
from qa.compose.base import Context
from qa.compose.entities import asks_across_zones, compared_places, entities, one_name_per_zone

# periods compared (哪期最多, 各期相比): not a comparison of zones that one period lacks
ASKS_PERIODS = re.compile(r"哪[一个]?(?:期|季度|时期)|[这近][几两三四五]期|[各每历逐]期|历次|历年|变化|走势|趋势")
# a rank asked of one place (盂县经开区是不是最低, 晋中排第几): it is ranked among its peers
_RANK_OF_ONE = re.compile(r"最(?:高|低|多|少|快|慢|大|小)|第[一几]|倒数|垫底|居首|榜首|末位|排名|排[在第]")


def compared(ctx: Context, every_city: bool = False) -> list[str]:
    """The places compared: those the question names, or the peers of the one place it ranks (the zones
    of its city for a zone, of every city for its city's one zone or `every_city`, every city for a city), unless
    it ranks that place's periods."""
    named = entities(ctx)
    known = [p for p in compared_places(ctx) if p.known]
    text = ctx.question.text
    if len(named) >= 2 or len(known) != 1 or not _RANK_OF_ONE.search(text) or asks_across_zones(text) \
            or ASKS_PERIODS.search(text) or len(find_periods(text)) >= 2:
        return named
    place = known[0]
    facts = ctx.snapshot.facts
    if place.name != place.region:
        peers = [f["entity"] for f in facts
                 if f.get("region") == place.region and f.get("entity") not in (None, place.region)]
        if every_city or len(one_name_per_zone(peers)) < 2:  # its city's one zone: among the zones of every city
            peers = [f["entity"] for f in facts if f.get("region") and f.get("entity") not in (None, f["region"])]
    else:
        peers = [f["region"] for f in facts if f.get("region")]
    return one_name_per_zone([place.name] + peers) if place.name in peers else named
