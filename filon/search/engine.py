"""Finding offers: keywords, filters, radius, facet counts, sorting.

One function, :func:`search`, serves the search page, the feeds and the API.
Everything runs in the database, in one statement: the full-text match
through the index (:mod:`filon.search.fulltext`), filters on the offer's
columns, the page and the facet counts, each ignoring its own selection.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.db import connection
from django.db.models import ExpressionWrapper, F, FloatField, QuerySet

from filon.offers.models import Offer, today
from filon.offers.vocabulary import (
    CONTRACT_LABELS,
    EDUCATION_LABELS,
    contract_kinds,
    contract_mask,
    department_labels,
    month_label,
)

from . import geo, tags
from .keywords import Keywords, parse
from .models import matching
from .sources import source

SORTS = {"relevance": "Pertinence", "recent": "Plus récentes", "deadline": "Date limite la plus proche",
         "distance": "Distance"}
FACETS = ("contract", "region", "department", "remote", "start", "education", "open")
RADII_KM = (5, 10, 20, 30, 50, 100)
KM_PER_DEGREE = math.pi * geo.EARTH_RADIUS_KM / 180


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
    counts_estimated: bool = False    # facet counts estimated on a sample (large result sets)
    total_estimated: bool = False     # and the total too (more than SEARCH_POOL offers match)

    def pages(self, per_page: int = 20) -> int:
        """How many pages one can walk through (large result sets: those of
        the ``SEARCH_POOL`` newest matches)."""
        reachable = min(self.total, settings.SEARCH_POOL) if self.counts_estimated else self.total
        return max(1, -(-reachable // per_page))


def candidates(query: Query, keywords: bool = True) -> QuerySet:
    """Visible offers matching the parts of ``query`` that are not facets:
    keywords (unless ``keywords`` is false), place and radius, dates."""
    qs = Offer.objects.visible()
    if keywords:
        qs = matching(qs, query.keywords)
    if query.point:
        qs = _within(qs, query.point, query.radius_km)
    if query.published_days:
        qs = qs.filter(published_on__gte=today() - dt.timedelta(days=query.published_days))
    if query.start_before:
        qs = qs.filter(start_date__lt=query.start_before)
    if query.deadline_after:
        qs = qs.filter(deadline__gt=query.deadline_after)
    return qs


def facet_conditions(query: Query) -> dict[str, tuple[str, list]]:
    """The selected facets as SQL conditions on the facet columns (the only
    definition of what a facet selects)."""
    ops = connection.ops
    conds: dict[str, tuple[str, list]] = {}

    def one_of(column, values):
        return f"{column} IN ({', '.join(['%s'] * len(values))})", list(values)
    if query.contract:
        conds["contract"] = ("(contract_mask & %s) <> 0", [contract_mask(query.contract)])
    if query.region:
        conds["region"] = one_of("region", query.region)
    if query.department:
        conds["department"] = one_of("department", query.department)
    if query.remote:
        conds["remote"] = ("remote_allowed = %s", [True])
    if query.education:
        conds["education"] = one_of("education_min", query.education)
    if query.start_month():
        conds["start"] = ("start_month = %s", [query.start_month()])
    if query.open:
        conds["open"] = ("(deadline IS NULL OR deadline >= %s)", [ops.adapt_datefield_value(today())])
    return conds


def _where(conds: dict[str, tuple[str, list]], skip: str = "", extra: str = "") -> tuple[str, list]:
    parts = [sql for name, (sql, _) in conds.items() if name != skip] + ([extra] if extra else [])
    params = [p for name, (_, ps) in conds.items() if name != skip for p in ps]
    return (" WHERE " + " AND ".join(parts) if parts else ""), params


ORDERS = {"recent": "published_on DESC, created_at DESC, id DESC", "deadline": "deadline IS NULL, deadline, published_on DESC, id",
          "distance": "distance_squared, id"}


def search(query: Query, per_page: int = 20) -> Results:
    """One page of the offers matching ``query``, their number and the facet
    counts, reading a bounded number of rows whatever the size of the board
    (README, "How a search runs"):

    - at most ``SEARCH_EXACT_LIMIT`` candidates: everything is exact, in one
      statement over the materialised candidates;
    - more: the facet counts (and the total, unless fewer than
      ``SEARCH_POOL`` offers match everything) are estimated on a random
      sample of about ``SEARCH_SAMPLE_SIZE`` candidates, and pages come from
      the ``SEARCH_POOL`` most recently added matches.
    """
    point = query.point
    if query.near and not point:
        return Results([], 0, {name: [] for name in FACETS}, unknown_place=True)
    src = source(candidates)
    level, ranks_all = _plan(src, query)
    conds = facet_conditions(query)
    where, where_params = _where(conds)
    start, sort = (query.page - 1) * per_page, query.effective_sort()
    m_sql, m_params = src.rows(query, level, scored=level == 0 and sort == "relevance" and ranks_all)
    parts, params = _count_parts(conds)
    if level == 0:                    # the page is read from the candidates, in the same statement
        sql, more = _page_of_candidates(src, query, sort, ranks_all, where, where_params, per_page, start)
        parts.append(f"SELECT 'page', CAST(id AS VARCHAR(20)), n FROM ({sql}) page")
        params += more
    with connection.cursor() as cursor:
        cursor.execute(f"WITH m AS MATERIALIZED ({m_sql}) " + " UNION ALL ".join(parts), [*m_params, *params])
        rows = cursor.fetchall()
        total = next(n for kind, _, n in rows if kind == "total") << level
        if level == 0:
            ids = [int(value) for _, value, _ in sorted((r for r in rows if r[0] == "page"), key=lambda r: r[2])]
        else:
            cursor.execute(*_pool_page(src, query, sort, where, where_params, settings.SEARCH_POOL, per_page, start))
            *page, (_, matched) = cursor.fetchall()
            ids = [row[0] for row in page]
            # The pool, when not full, holds every match: the exact total.
            total = matched if matched < settings.SEARCH_POOL else max(_rounded(total), matched)
    found = Offer.objects.in_bulk(ids)
    offers = [found[i] for i in ids if i in found]
    for offer in offers:
        offer.distance_km = _distance(point, offer)
    return Results(offers, total, _facets(rows, 1 << level), point=point, counts_estimated=bool(level),
                   total_estimated=bool(level) and total >= settings.SEARCH_POOL)


PROBE_SIZE = 1000


def _plan(src, query: Query) -> tuple[int, bool]:
    """(sample level, whether relevance may rank every match): level 0 when
    about ``SEARCH_EXACT_LIMIT`` candidates or fewer, else the level whose
    sample holds at most ``SEARCH_SAMPLE_SIZE`` (and at least half as many,
    but level ``tags.MIN_SAMPLE`` at least);
    estimates are counted on a coarse sample of about ``PROBE_SIZE`` offers
    (the matches among a thousand offers: enough to tell a few thousand
    candidates from tens of thousands)."""
    exact = settings.SEARCH_EXACT_LIMIT
    size = src.size()
    if size <= exact:
        return 0, True
    probe = min(tags.LEVELS, max(0, math.ceil(math.log2(size / PROBE_SIZE))))
    estimate = src.estimate(query, probe)
    if estimate > exact:
        return min(tags.LEVELS, max(tags.MIN_SAMPLE, math.ceil(math.log2(estimate / settings.SEARCH_SAMPLE_SIZE)))), False
    return 0, query.effective_sort() != "relevance" or src.ranks(query, probe, estimate)


def _page_of_candidates(src, query: Query, sort: str, ranks_all: bool, where: str, where_params: list,
                        per_page: int, start: int):
    """SQL of (id, n) for one page of the materialised candidates ``m`` (with
    ``where``, the facet conditions): by the sort; by relevance ranked by
    the database, or in tiers where it cannot rank them all quickly (the
    words in the title first, then the others; newest first within a tier)."""
    if sort == "relevance" and ranks_all:
        order = "score, id DESC"
        return (f"SELECT id, ROW_NUMBER() OVER (ORDER BY {order}) AS n FROM m{where} ORDER BY {order} LIMIT %s OFFSET %s",
                [*where_params, per_page, start])
    if sort == "relevance":
        title, more = src.title_matches(query)
        order, inner = "in_title DESC, id DESC", f"SELECT id, id IN ({title}) AS in_title FROM m{where}"
        return (f"SELECT id, ROW_NUMBER() OVER (ORDER BY {order}) AS n FROM ({inner}) tiers ORDER BY {order} "
                f"LIMIT %s OFFSET %s", [*more, *where_params, per_page, start])
    return (f"SELECT id, ROW_NUMBER() OVER (ORDER BY {ORDERS[sort]}) AS n FROM m{where} ORDER BY {ORDERS[sort]} "
            f"LIMIT %s OFFSET %s", [*where_params, per_page, start])


def _pool_page(src, query: Query, sort: str, where: str, params: list, limit: int, per_page: int, start: int):
    """SQL of one page of ids among the ``limit`` newest matches, by the
    sort; by relevance in tiers: the words in the title first, then
    anywhere, newest first within a tier (each tier its own ``limit``
    newest). Its last row is (None, the number of those matches)."""
    sql, more = src.newest(query, where, params, limit)
    if sort != "relevance":
        page, ps = f"SELECT id FROM p ORDER BY {ORDERS[sort]} LIMIT %s OFFSET %s", [per_page, start]
        ctes = f"p AS MATERIALIZED ({sql})"
    else:
        title, ps = src.newest(query, where, params, limit, within="title")
        more += ps
        ctes = f"p AS MATERIALIZED ({sql}), t AS MATERIALIZED ({title})"
        page, ps = ("SELECT id FROM (SELECT id, 0 AS tier FROM t UNION ALL SELECT id, 1 FROM p) tiers GROUP BY id "
                    "ORDER BY MIN(tier), id DESC LIMIT %s OFFSET %s", [per_page, start])
    return f"WITH {ctes} SELECT id, 0 FROM ({page}) page UNION ALL SELECT NULL, COUNT(*) FROM p", [*more, *ps]


def _rounded(n: int) -> int:
    """An estimate to two significant digits."""
    return int(float(f"{n:.2g}")) if n else 0


def _count_parts(conds: dict[str, tuple[str, list]]) -> tuple[list[str], list]:
    """SELECTs over the candidates ``m`` of (facet, value, count) for every
    facet, each ignoring its own selection, and of ('total', '', count)."""
    parts, params = [], []
    for name, column, extra in (("contract", "contract_mask", "contract_mask <> 0"), ("region", "region", "region <> ''"),
                                ("department", "department", "department <> ''"),
                                ("education", "education_min", "education_min <> ''"),
                                ("start", "start_month", "start_month IS NOT NULL")):
        where, more = _where(conds, name, extra)
        parts.append(f"SELECT '{name}', CAST({column} AS VARCHAR(100)), COUNT(*) FROM m{where} GROUP BY {column}")
        params += more
    for name, condition, value in (("remote", "remote_allowed = %s", True),
                                   ("open", "(deadline IS NULL OR deadline >= %s)",
                                    connection.ops.adapt_datefield_value(today()))):
        where, more = _where(conds, name, condition)
        parts.append(f"SELECT '{name}', '1', COUNT(*) FROM m{where}")
        params += [*more, value]
    where, more = _where(conds)
    parts.append(f"SELECT 'total', '', COUNT(*) FROM m{where}")
    return parts, params + more


def _within(qs: QuerySet, point: geo.Point, radius_km: float) -> QuerySet:
    """Offers within ``radius_km`` of ``point``: a bounding box the index
    narrows, then the distance (equirectangular: exact to a few metres at
    these radii), annotated as ``distance_squared`` (km²)."""
    lat_min, lat_max, lon_min, lon_max = geo.bounding_box(point, radius_km)
    shrink = math.cos(math.radians(point.latitude))
    dy = (F("latitude") - point.latitude) * KM_PER_DEGREE
    dx = (F("longitude") - point.longitude) * (KM_PER_DEGREE * shrink)
    squared = ExpressionWrapper(dy * dy + dx * dx, output_field=FloatField())
    return (qs.filter(latitude__range=(lat_min, lat_max), longitude__range=(lon_min, lon_max))
            .annotate(distance_squared=squared).filter(distance_squared__lte=radius_km ** 2))


def _distance(point: geo.Point | None, offer: Offer) -> float | None:
    if point is None or offer.latitude is None:
        return None
    return round(geo.distance_km(point, geo.Point(offer.latitude, offer.longitude)), 1)


def _facets(rows, scale: int = 1) -> dict[str, list[tuple[str, str, int]]]:
    """The statement's count rows -> facet -> [(value, label, count)], in
    display order; counted on a sample 1/``scale`` of the candidates, scaled."""
    counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    for kind, value, n in rows:
        if kind in counts and n:
            counts[kind][value] = n * scale if scale == 1 else _rounded(n * scale)
    contracts = dict.fromkeys(CONTRACT_LABELS, 0)
    for mask, n in counts["contract"].items():
        for kind in contract_kinds(int(mask)):
            contracts[kind] += n
    departments = department_labels()
    by_count = lambda items: sorted(items, key=lambda item: (-item[1], item[0]))  # noqa: E731
    return {
        "contract": [(k, CONTRACT_LABELS[k], n) for k, n in contracts.items() if n],
        "region": [(v, v, n) for v, n in by_count(counts["region"].items())],
        "department": [(v, departments.get(v, v), n) for v, n in by_count(counts["department"].items())],
        "remote": [("1", "Télétravail possible", n) for n in counts["remote"].values()],
        "start": [(f"{int(m) // 100}-{int(m) % 100:02d}", month_label(int(m)), n)
                  for m, n in sorted(counts["start"].items(), key=lambda item: int(item[0]))],
        "education": [(v, EDUCATION_LABELS.get(v, v), n) for v, n in by_count(counts["education"].items())],
        "open": [("1", "Candidatures encore ouvertes", counts["open"].get("1", 0))],
    }
