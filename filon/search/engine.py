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

from . import geo
from .fulltext import backend
from .keywords import Keywords, parse
from .models import OfferIndex

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


def candidates(query: Query, base: QuerySet | None = None) -> QuerySet:
    """Visible offers (or ``base``) matching the parts of ``query`` that are
    not facets: keywords, place and radius, dates."""
    qs = Offer.objects.visible() if base is None else base
    kw = query.keywords
    if kw:
        matches = OfferIndex.objects.filter(document__match=kw).values("offer")
        qs = qs.filter(pk__in=matches) if kw.positive else qs.exclude(pk__in=matches)
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
    if query.start:
        try:
            year, month = map(int, query.start.split("-"))
            conds["start"] = ("start_month = %s", [year * 100 + month])
        except ValueError:
            pass
    if query.open:
        conds["open"] = ("(deadline IS NULL OR deadline >= %s)", [ops.adapt_datefield_value(today())])
    return conds


def _where(conds: dict[str, tuple[str, list]], skip: str = "", extra: str = "") -> tuple[str, list]:
    parts = [sql for name, (sql, _) in conds.items() if name != skip] + ([extra] if extra else [])
    params = [p for name, (_, ps) in conds.items() if name != skip for p in ps]
    return (" WHERE " + " AND ".join(parts) if parts else ""), params


ORDERS = {"recent": "published_on DESC, created_at DESC, id DESC", "deadline": "deadline IS NULL, deadline, published_on DESC, id",
          "distance": "distance_squared, id"}
COLUMNS = ["id", "contract_mask", "region", "department", "education_min", "remote_allowed", "start_month", "deadline",
           "published_on", "created_at"]


def search(query: Query, base: QuerySet | None = None, per_page: int = 20) -> Results:
    """One page of the offers matching ``query``, their number and the facet
    counts, in one statement: the candidates of a full-text match or a radius
    are found once into a materialised set that every count then scans."""
    point = query.point
    if query.near and not point:
        return Results([], 0, {name: [] for name in FACETS}, unknown_place=True)
    qs = candidates(query, base)
    sort = query.effective_sort()
    columns = COLUMNS + (["distance_squared"] if point else [])
    base_sql, base_params = qs.order_by().values(*columns).query.sql_with_params()
    conds = facet_conditions(query)
    parts, params = _count_parts(conds)

    def part(sql, more):
        parts.append(sql)
        params.extend(more)
    where, more = _where(conds)
    start = (query.page - 1) * per_page
    # A full-text match or a radius is computed once for all the parts; plain
    # filters are inlined, so each part reads the covering index on its own
    # (and the page, in a statement of its own, walks an index in order).
    materialized = bool(query.keywords or point)
    order = ORDERS.get(sort, "")
    if sort == "relevance":
        sql, more_first = backend(connection).ranked_sql(query.keywords, f"SELECT id FROM m{where}", per_page, start)
        part(f"SELECT 'page', CAST(rowid AS VARCHAR(20)), n FROM ({sql}) page", [*more_first, *more])
    elif materialized:
        part(f"SELECT 'page', CAST(id AS VARCHAR(20)), n FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY {order}) AS n "
             f"FROM m{where} ORDER BY {order} LIMIT %s OFFSET %s) page", [*more, per_page, start])
    cte = "MATERIALIZED" if materialized else "NOT MATERIALIZED"
    with connection.cursor() as cursor:
        cursor.execute(f"WITH m AS {cte} ({base_sql}) " + " UNION ALL ".join(parts), [*base_params, *params])
        rows = cursor.fetchall()
        if not materialized:
            cursor.execute(f"SELECT id FROM ({base_sql}) m{where} ORDER BY {order} LIMIT %s OFFSET %s",
                           [*base_params, *more, per_page, start])
            ids = [row[0] for row in cursor.fetchall()]
    if materialized:
        ids = [int(value) for _, value, _ in sorted((r for r in rows if r[0] == "page"), key=lambda r: r[2])]
    found = Offer.objects.in_bulk(ids)
    offers = [found[i] for i in ids if i in found]
    for offer in offers:
        offer.distance_km = _distance(point, offer)
    total = next(n for kind, _, n in rows if kind == "total")
    return Results(offers, total, _facets(rows), point=point)


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


def _facets(rows) -> dict[str, list[tuple[str, str, int]]]:
    """The statement's count rows -> facet -> [(value, label, count)], in display order."""
    counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    for kind, value, n in rows:
        if kind in counts and n:
            counts[kind][value] = n
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
