"""Finding offers: keywords, filters, radius, facet counts, sorting.

One function, :func:`search`, serves the search page, the feeds and the API.
It asks the tantivy index (:mod:`filon.search.index`, brought up to date
with the database first) for the exact total, one page of offer ids in the
chosen order and the exact facet counts, each facet counted without its own
selection; then reads the page's offers from the database.
"""
from __future__ import annotations

import collections
import concurrent.futures
import datetime as dt
import re
import threading
from dataclasses import dataclass, field, replace
from functools import cached_property

import tantivy
from django.conf import settings
from tantivy import FieldType, Occur
from tantivy import Query as Q

from filon.offers.models import Offer, today
from filon.offers.vocabulary import (
    CONTRACT_BITS,
    CONTRACT_LABELS,
    EDUCATION_LABELS,
    contract_kinds,
    contract_mask,
    department_labels,
    month_label,
)

from . import geo, index
from .index import SCHEMA, TEXT_FIELDS, day
from .keywords import Keywords, parse
from .text import stem

SORTS = {"relevance": "Pertinence", "recent": "Plus récentes", "deadline": "Date limite la plus proche",
         "distance": "Distance"}
FACETS = ("contract", "region", "department", "remote", "start", "education", "open")
RADII_KM = (5, 10, 20, 30, 50, 100)
SEARCH_THREADS = 8              # searches whose counts run beside their page at once (threads waiting on tantivy)


@dataclass
class Query:
    """What a job seeker asked for; built from the URL's query string."""
    q: str = ""
    contract: list[str] = field(default_factory=list)
    region: list[str] = field(default_factory=list)
    department: list[str] = field(default_factory=list)
    remote: bool = False
    start: str = ""                  # YYYY-MM
    education: list[str] = field(default_factory=list)
    open: bool = False               # deadline still ahead (or none)
    near: str = ""                   # a commune, postal code or département
    radius_km: int = 30
    published_days: int | None = None      # published in the last N days
    start_before: dt.date | None = None
    deadline_after: dt.date | None = None
    sort: str = ""                   # default: relevance with keywords, distance near a place, else recent
    page: int = 1

    @classmethod
    def from_params(cls, params) -> Query:
        """From a QueryDict; malformed values are ignored, never an error."""
        def many(name):
            return [v for v in params.getlist(name) if v]

        def number(name, default=None, low=1, high=10_000):
            try:
                return min(high, max(low, int(params.get(name))))
            except (TypeError, ValueError):
                return default

        def date(name):
            try:
                return dt.date.fromisoformat(params.get(name, ""))
            except ValueError:
                return None
        sort = params.get("sort", "")
        return cls(q=params.get("q", "").strip()[:200], contract=many("contract"), region=many("region"),
                   department=many("department"), remote=params.get("remote") == "1", start=params.get("start", "")[:7],
                   education=many("education"), open=params.get("open") == "1", near=params.get("near", "").strip()[:100],
                   radius_km=number("radius_km", 30, 1, 500), published_days=number("published_days"),
                   start_before=date("start_before"), deadline_after=date("deadline_after"),
                   sort=sort if sort in SORTS else "", page=number("page", 1, 1, 10_000))

    @cached_property
    def keywords(self) -> Keywords:
        return parse(self.q)

    @cached_property
    def point(self) -> geo.Point | None:
        return geo.locate(self.near) if self.near else None

    def start_month(self) -> int | None:
        """The "start" facet as YYYYMM (None when absent or malformed)."""
        try:
            year, month = map(int, self.start.split("-"))
        except ValueError:
            return None
        return year * 100 + month if 1 <= month <= 12 else None

    def effective_sort(self) -> str:
        if self.sort == "distance" and not self.point:
            return "recent"
        if self.sort == "relevance" and not self.keywords.positive:
            return "recent"
        return self.sort or ("relevance" if self.keywords.positive else "distance" if self.point else "recent")



@dataclass
class Results:
    offers: list                      # one page of Offer, with .distance_km when searched near a place
    total: int
    facets: dict[str, list[tuple[str, str, int]]]     # facet -> [(value, label, count)]
    point: geo.Point | None = None    # where "near" was understood to be
    unknown_place: bool = False       # "near" named no known place

    def pages(self, per_page: int = 20) -> int:
        return max(1, -(-self.total // per_page))


def _all(queries: list) -> tantivy.Query:
    queries = [q for q in queries if q is not None]
    if not queries:
        return Q.all_query()
    return queries[0] if len(queries) == 1 else Q.boolean_query([(Occur.Must, q) for q in queries])


def _filter(q: tantivy.Query) -> tantivy.Query:
    """A condition that selects without weighing in relevance."""
    return Q.const_score_query(q, 0.0)


def _range(name: str, low: int | None = None, high: int | None = None, inverted: bool = False) -> tantivy.Query:
    return _filter(Q.range_query(SCHEMA, name, FieldType.Unsigned, low, high, use_inverted_index=inverted))


def _in_text(words: list[str], build) -> tantivy.Query:
    """The stemmed ``words`` (a word or a phrase) in any of the weighted
    texts, each text's match weighted (title and employer 10, missions 4,
    the rest 1)."""
    return Q.boolean_query([(Occur.Should, Q.boost_query(build(name, words), weight) if weight != 1 else build(name, words))
                            for name, weight in TEXT_FIELDS])


def _term_or_phrase(name: str, words: list[str]) -> tantivy.Query:
    stems = [stem(w) for w in words]
    return Q.term_query(SCHEMA, name, stems[0]) if len(stems) == 1 else Q.phrase_query(SCHEMA, name, stems)


def _prefix(name: str, words: list[str]) -> tantivy.Query:
    start = stem(words[0]) if len(stem(words[0])) >= 2 else words[0]
    return Q.regex_query(SCHEMA, name, re.escape(start) + ".*")


def keywords_query(kw: Keywords) -> tantivy.Query | None:
    """The keywords as a tantivy query: every word, phrase and prefix
    required somewhere in the offer, none of the excluded ones; None when
    no keyword was typed."""
    if not kw:
        return None
    clauses = [(Occur.Must, _in_text([t], _term_or_phrase)) for t in kw.terms]
    clauses += [(Occur.Must, _in_text(p, _term_or_phrase)) for p in kw.phrases]
    clauses += [(Occur.Must, _in_text([p], _prefix)) for p in kw.prefixes]
    if not clauses:
        clauses = [(Occur.Must, Q.all_query())]
    clauses += [(Occur.MustNot, _in_text(e, _term_or_phrase)) for e in kw.excluded]
    return Q.boolean_query(clauses)


def visible(on: dt.date, searcher: tantivy.Searcher) -> tantivy.Query | None:
    """Offers job seekers see on day ``on``: the index holds the published
    ones; those past their expiry day (not yet marked by ``filon expire``)
    are set aside. None (no condition) when the index holds none of those,
    as after ``filon expire``: the condition costs a third of a broad search."""
    expired = Q.range_query(SCHEMA, "expires", FieldType.Unsigned, None, day(on), use_inverted_index=True)
    if not searcher.search(expired, limit=1, count=True).count:
        return None
    return Q.boolean_query([(Occur.Must, Q.all_query()), (Occur.MustNot, expired)])


def candidates(query: Query, on: dt.date, near: list[tuple[float, int]] | None,
               searcher: tantivy.Searcher) -> list[tantivy.Query]:
    """Conditions for the parts of ``query`` that are not facets: visible,
    keywords, the circle around the place (``near``: the known points in
    it), dates."""
    conds = [visible(on, searcher), keywords_query(query.keywords)]
    if near is not None:
        conds.append(_filter(Q.term_set_query(SCHEMA, "point", [key for _, key in near])))
    if query.published_days:
        conds.append(_range("published", low=day(on - dt.timedelta(days=query.published_days))))
    if query.start_before:
        conds.append(_range("start", high=day(query.start_before) - 1))
    if query.deadline_after:
        conds.append(_range("deadline", low=day(query.deadline_after) + 1, high=index.NO_DEADLINE - 1))
    return conds


def facet_conditions(query: Query, on: dt.date) -> dict[str, tantivy.Query]:
    """The selected facets as index conditions (the only definition of what
    a facet selects): any of the chosen values of a facet, all facets."""
    def one_of(name, values):
        return _filter(Q.term_set_query(SCHEMA, name, list(values)))
    conds = {}
    if query.contract:              # the offers whose contract bits meet the chosen ones
        chosen = contract_mask(query.contract)
        conds["contract"] = one_of("contract", [m for m in range(1, 1 << len(CONTRACT_BITS)) if m & chosen])
    if query.region:
        conds["region"] = one_of("region", query.region)
    if query.department:
        conds["department"] = one_of("department", query.department)
    if query.remote:
        conds["remote"] = _filter(Q.term_query(SCHEMA, "remote", 1))
    if query.education:
        conds["education"] = one_of("education", query.education)
    if month := query.start_month():
        conds["start"] = _filter(Q.term_query(SCHEMA, "start_month", month))
    if query.open:
        conds["open"] = _range("deadline", low=day(on))
    return conds


# Which aggregation counts each facet: the facets of a family share one column of the index.
FAMILY = {"contract": "attributes", "remote": "attributes", "education": "attributes", "start": "attributes",
          "region": "place", "department": "place", "open": "open"}


def _aggregations(on: dt.date) -> dict[str, dict]:
    """What each family of facets counts: the values of its column; the
    offers closed and still open (together: all of them, the total)."""
    def terms(name):
        return {"terms": {"field": name, "size": 65_535, "segment_size": 65_535}}
    return {"attributes": terms("attributes"), "place": terms("place"),
            "open": {"range": {"field": "deadline", "ranges": [{"to": day(on)}, {"from": day(on)}]}}}


def _unpacked(found: dict) -> dict[str, dict]:
    """The families' buckets as each facet's: facet -> {"buckets": [{"key", "doc_count"}]}."""
    counts: dict[str, collections.Counter] = {}
    if "attributes" in found:
        for name in ("contract", "remote", "education", "start"):
            counts[name] = collections.Counter()
        for bucket in found["attributes"]["buckets"]:
            contract, remote, education, month = index.unpack_attributes(int(bucket["key"]))
            n = bucket["doc_count"]
            counts["contract"][contract] += n
            counts["remote"][remote] += n
            if education:
                counts["education"][education] += n
            if month:
                counts["start"][month] += n
    if "place" in found:
        counts["region"], counts["department"] = collections.Counter(), collections.Counter()
        for bucket in found["place"]["buckets"]:
            department, _, region = bucket["key"].partition("\t")
            if department:
                counts["department"][department] += bucket["doc_count"]
            if region:
                counts["region"][region] += bucket["doc_count"]
    unpacked = {name: {"buckets": [{"key": k, "doc_count": n} for k, n in c.items() if n]}
                for name, c in counts.items()}
    if "open" in found:
        unpacked["open"] = found["open"]
    return unpacked


def search(query: Query, per_page: int = 20) -> Results:
    """One page of the offers matching ``query``, their exact number and the
    exact facet counts (each facet counted without its own selection)."""
    point = query.point
    if query.near and not point:
        return Results([], 0, {name: [] for name in FACETS}, unknown_place=True)
    searcher, state = index.view()
    on = today()
    near = geo.points_within(point, query.radius_km) if point else None
    base = candidates(query, on, near, searcher)
    selected = facet_conditions(query, on)
    matches = _all([*base, *selected.values()])
    # The counts in another thread while this one reads the page: tantivy lets go of the GIL while it works.
    counting = _COUNTING.submit(_COUNTS.get, state, (on, _counted(query)),
                                lambda: _facet_counts(searcher, base, selected, on))
    start, sort = (query.page - 1) * per_page, query.effective_sort()
    if sort == "relevance" and not (query.keywords.terms or query.keywords.phrases):
        sort = "recent"         # prefixes alone score every match alike: newest first, as without keywords
    if sort == "distance":
        ids = _by_distance(searcher, matches, near, start, per_page)
    elif start < searcher.num_docs:
        order = {"relevance": {}, "recent": {"order_by_field": "recent", "order": tantivy.Order.Desc},
                 "deadline": {"order_by_field": "deadline_order", "order": tantivy.Order.Asc}}[sort]
        # Not counted here (the aggregations do): by relevance, tantivy then skips what cannot reach the page.
        found = searcher.search(matches, limit=per_page, offset=start, count=False, **order)
        ids = searcher.fast_field_values("id", [address for _, address in found.hits])
    else:
        ids = []
    counts = counting.result()
    total = sum(b["doc_count"] for b in counts["total"]["buckets"])
    loaded = Offer.objects.defer("evidence", "sections").in_bulk(ids)
    offers = [loaded[i] for i in ids if i in loaded]
    for offer in offers:
        offer.distance_km = _distance(point, offer)
    return Results(offers, total, _facets(counts), point=point)


class _Remembered:
    """The last searches' counts at the index's present state, by day and
    query: a board's front page and common filters are counted once per
    commit to the index, not once per visit (as Elasticsearch's request
    cache)."""

    def __init__(self):
        self.state = ""
        self.found: collections.OrderedDict = collections.OrderedDict()
        self.lock = threading.Lock()

    def get(self, state: str, key: tuple, compute):
        """``compute()``, or what it gave for ``key`` at this ``state`` of the index."""
        if settings.SEARCH_COUNTS_CACHE <= 0:
            return compute()
        with self.lock:
            if state == self.state and key in self.found:
                self.found.move_to_end(key)
                return self.found[key]
        value = compute()
        with self.lock:
            if state != self.state:             # the index changed: what was counted before is out of date
                self.state = state
                self.found.clear()
            self.found[key] = value
            while len(self.found) > settings.SEARCH_COUNTS_CACHE:
                self.found.popitem(last=False)
        return value


_COUNTS = _Remembered()
_COUNTING = concurrent.futures.ThreadPoolExecutor(SEARCH_THREADS, thread_name_prefix="filon-search-counts")
_BESIDE = concurrent.futures.ThreadPoolExecutor(SEARCH_THREADS, thread_name_prefix="filon-search-facets")   # never waits


def _counted(query: Query) -> str:
    """What of ``query`` its counts depend on (not the page, nor the order)."""
    return repr(replace(query, sort="", page=1))


def _facet_counts(searcher, base: list, selected: dict, on: dt.date) -> dict[str, dict]:
    """Each facet's counts: the facets without a selection together, with
    the total, over every condition; each selected facet over every
    condition but its own. Facets of one family are counted by one
    aggregation (:data:`FAMILY`)."""
    aggregations = _aggregations(on)
    alone = {name: _BESIDE.submit(searcher.aggregate, _all([*base, *(c for o, c in selected.items() if o != name)]),
                                  {FAMILY[name]: aggregations[FAMILY[name]]})
             for name in selected}          # in threads of their own, beside the main one
    wanted = {FAMILY[name]: aggregations[FAMILY[name]] for name in FACETS if name not in selected}
    if "open" in selected:                  # the total: the two buckets of "open", over every condition
        wanted["total"] = aggregations["open"]
    found = searcher.aggregate(_all([*base, *selected.values()]), wanted)
    results = {name: counts for name, counts in _unpacked(found).items() if name not in selected}
    results["total"] = found["total" if "open" in selected else "open"]
    for name, counting in alone.items():
        results[name] = _unpacked(counting.result())[name]
    return results


def _by_distance(searcher, matches, near: list[tuple[float, int]], start: int, per_page: int) -> list[int]:
    """One page of ids nearest first (then first added): the matches are
    counted per point, the page read from the points it spans."""
    found = searcher.aggregate(matches, {"points": {"terms": {"field": "point", "size": max(1, len(near)),
                                                               "segment_size": max(1, len(near))}}})
    per_point = {int(b["key"]): b["doc_count"] for b in found["points"]["buckets"]}
    ids, seen = [], 0
    for _, key in near:
        n = per_point.get(key, 0)
        if n and seen + n > start and len(ids) < per_page:
            skip = max(0, start - seen)
            here = searcher.search(_all([matches, Q.term_query(SCHEMA, "point", key)]), limit=per_page - len(ids),
                                   offset=skip, count=False, order_by_field="id", order=tantivy.Order.Asc)
            ids += searcher.fast_field_values("id", [address for _, address in here.hits])
        seen += n
        if len(ids) >= per_page:
            break
    return ids


def _distance(point: geo.Point | None, offer: Offer) -> float | None:
    if point is None or offer.latitude is None:
        return None
    return round(geo.distance_km(point, geo.Point(offer.latitude, offer.longitude)), 1)


def _facets(results: dict) -> dict[str, list[tuple[str, str, int]]]:
    """The aggregations' buckets -> facet -> [(value, label, count)], in display order."""
    def buckets(name):
        return {str(b["key"]): b["doc_count"] for b in results.get(name, {}).get("buckets", []) if b["doc_count"]}
    departments = department_labels()
    by_count = lambda counts: sorted(counts.items(), key=lambda item: (-item[1], item[0]))  # noqa: E731
    contracts = dict.fromkeys(CONTRACT_LABELS, 0)
    for mask, n in buckets("contract").items():
        for kind in contract_kinds(int(mask)):
            contracts[kind] += n
    open_count = sum(b["doc_count"] for b in results.get("open", {}).get("buckets", []) if "from" in b and "to" not in b)
    return {
        "contract": [(k, label, contracts[k]) for k, label in CONTRACT_LABELS.items() if contracts.get(k)],
        "region": [(v, v, n) for v, n in by_count(buckets("region"))],
        "department": [(v, departments.get(v, v), n) for v, n in by_count(buckets("department"))],
        "remote": [("1", "Télétravail possible", n) for v, n in buckets("remote").items() if v == "1"],
        "start": [(f"{int(m) // 100}-{int(m) % 100:02d}", month_label(int(m)), n)
                  for m, n in sorted(buckets("start").items(), key=lambda item: int(item[0]))],
        "education": [(v, EDUCATION_LABELS.get(v, v), n) for v, n in by_count(buckets("education"))],
        "open": [("1", "Candidatures encore ouvertes", open_count)],
    }
