"""What a job seeker types in "Près de", read before the search runs: a
région or a département means the whole area (its facet), a commune name
shared by several communes offers the others as choices, and the box
completes as one types. Reads the gazetteer only; the search itself is
unchanged."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from filon.extract.geo import fold_name, gazetteer

AREA_SUFFIX = re.compile(r"\s*\((département|région)\)\s*$", re.I)
QUALIFIED = re.compile(r"\(\s*\d[\dAB]?\d?\s*\)\s*$")


@dataclass
class Place:
    """How "près de" was read: an area to filter on (``facet`` = "region" or
    "department" and its ``value``), or a place to search around, with
    the other communes of the same name as ``homonyms`` ("Saint-Denis (93)")."""
    facet: str = ""
    value: str = ""
    homonyms: list[str] = field(default_factory=list)


def interpret(near: str) -> Place:
    """``near`` as typed -> a :class:`Place` (empty when it is a plain place or unknown)."""
    text = near.strip()
    if not text:
        return Place()
    g = gazetteer()
    area = AREA_SUFFIX.search(text)
    name = fold_name(AREA_SUFFIX.sub("", text))
    if not area or area.group(1).lower() == "région":
        code = g.region_names.get(name)
        if code:
            return Place("region", g.regions[code])
    if not area or area.group(1).lower() == "département":
        code = g.department_names.get(name)
        if code:
            return Place("department", code)
    if area or QUALIFIED.search(text):
        return Place()
    first = {}                          # each département's most populous commune of that name, as it is spelt
    for commune in g.by_name.get(name, []):
        first.setdefault(commune.department, commune)
    if len(first) > 1:
        return Place(homonyms=[f"{c.name} ({d})" for d, c in first.items()])
    return Place()


@lru_cache(maxsize=1)
def _names() -> tuple[list[str], list[tuple[str, int]]]:
    """Folded names, sorted, with their label and weight: communes
    "Rennes (35)", départements "Doubs (département)", régions "Bretagne (région)"."""
    g = gazetteer()
    entries = [(fold_name(c.name), f"{c.name} ({c.department})", c.population)
               for communes in g.by_name.values() for c in communes]
    entries += [(fold_name(name), f"{name} (département)", 10**8) for name, _, _ in g.departments.values()]
    entries += [(fold_name(name), f"{name} (région)", 10**9) for name in g.regions.values()]
    entries.sort()
    return [e[0] for e in entries], [(e[1], e[2]) for e in entries]


def suggestions(prefix: str, count: int = 10) -> list[str]:
    """Places whose name starts with ``prefix`` (folded), régions and
    départements first, then the most populous communes."""
    folded = fold_name(prefix)
    if len(folded) < 2:
        return []
    keys, labels = _names()
    start = bisect.bisect_left(keys, folded)
    end = bisect.bisect_left(keys, folded + "\uffff")
    found = sorted(labels[start:end], key=lambda item: -item[1])
    return list(dict.fromkeys(label for label, _ in found))[:count]
