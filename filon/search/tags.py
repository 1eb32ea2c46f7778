"""An offer's filter values as index words ("tags"), for SQLite.

SQLite's full-text index also stores, in a column of its own, one word per
filter value of the offer: its contract types, region, département, level
of study, telework, start month, map cells and sample levels. Every facet
filter, a radius's neighbourhood and a random sample then become posting
lists that FTS5 intersects in C, newest first, instead of rows read one by
one. Tags only ever narrow what the SQL conditions on the offer's columns
(:func:`filon.search.engine.facet_conditions`) select: those conditions stay
the definition, applied after; tags make them cheap.

Sample levels: each offer draws a bucket in [0, 1024) from its content hash
(``Offer.sample``); level k holds the buckets below 1024 >> k, so a level is
a uniform random 1/2^k of the offers, and each level lies inside the one
below it.
"""
from __future__ import annotations

import math

from filon.extract.fields import fold
from filon.offers.vocabulary import CONTRACT_BITS

SAMPLE_BUCKETS = 1024
LEVELS = 10                                   # levels 0 (everything) .. 10 (1/1024)
MIN_SAMPLE = 2                                # samples are of level 2 (a quarter) or higher: SQLite indexes it apart
FINE_CELL, COARSE_CELL = 0.25, 2.0            # map cells, in degrees
MAX_CELLS = 40                                # fewer cells than this in a query, else coarse ones
# Contract types are also paired with these (tag "c1rbretagne"): the usual
# "CDI in Bretagne" is then one posting list, three times shorter than the
# shorter of the two.
PAIRED = ("r", "d")


def word(prefix: str, value) -> str:
    """A tag: the prefix, then the value's letters and digits (index words are [a-z0-9]+)."""
    return prefix + "".join(c for c in fold(str(value)) if c.isalnum())


def sample_tags(sample: int) -> list[str]:
    return [f"lv{k}" for k in range(LEVELS + 1) if sample < SAMPLE_BUCKETS >> k]


def sample_threshold(level: int) -> int:
    """The buckets of level ``level`` are those below this."""
    return SAMPLE_BUCKETS >> level


def _cell(size: float, latitude: float, longitude: float) -> str:
    return f"g{int(size * 100)}y{math.floor(latitude / size) + 1000}x{math.floor(longitude / size) + 1000}"


def cells(lat_min: float, lat_max: float, lon_min: float, lon_max: float) -> list[str]:
    """Tags of the map cells that cover this box: fine ones when few enough."""
    for size in (FINE_CELL, COARSE_CELL):
        ys = range(math.floor(lat_min / size), math.floor(lat_max / size) + 1)
        xs = range(math.floor(lon_min / size), math.floor(lon_max / size) + 1)
        if len(ys) * len(xs) <= MAX_CELLS or size == COARSE_CELL:
            return [_cell(size, y * size, x * size) for y in ys for x in xs]
    raise AssertionError("unreachable")


def offer_tags(offer) -> str:
    """The tags of an offer, from its filter columns (derived ones set)."""
    tags = sample_tags(getattr(offer, "sample", 0))     # no sample before migration offers 0003
    contracts = [f"c{bit}" for bit in CONTRACT_BITS.values() if offer.contract_mask & bit]
    tags += contracts
    for prefix, value in (("r", offer.region), ("d", offer.department), ("e", offer.education_min)):
        if value:
            tags.append(word(prefix, value))
            if prefix in PAIRED:
                tags += [c + word(prefix, value) for c in contracts]
    if offer.remote_allowed:
        tags.append("tt")
    if offer.start_month:
        tags.append(f"m{offer.start_month}")
    if offer.latitude is not None:
        tags += [_cell(size, offer.latitude, offer.longitude) for size in (FINE_CELL, COARSE_CELL)]
    return " ".join(tags)


def for_facets(query) -> list[list[str]]:
    """Groups of tags for the facets ``query`` selects: an offer it selects
    has a tag of each group ("c0" is nobody's: no contract type selects
    nothing). Contract types go paired with the département, else the
    région, when one is selected. The "open" facet has no tag: its SQL
    condition alone selects."""
    groups = []
    contracts = [f"c{CONTRACT_BITS[k]}" for k in query.contract if k in CONTRACT_BITS] or ["c0"]
    paired = False
    for prefix, values in (("d", query.department), ("r", query.region), ("e", query.education)):
        if values and query.contract and prefix in PAIRED and not paired:
            groups.append([c + word(prefix, v) for c in contracts for v in values])
            paired = True
        elif values:
            groups.append([word(prefix, v) for v in values])
    if query.contract and not paired:
        groups.append(contracts)
    if query.remote:
        groups.append(["tt"])
    month = query.start_month()
    if month:
        groups.append([f"m{month}"])
    return groups
