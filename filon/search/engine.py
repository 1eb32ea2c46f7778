"""Finding offers: keywords, filters, radius, facet counts, sorting.

One function, :func:`search`, serves the search page, the feeds and the API.
Everything runs in the database: the full-text match through the index
(:mod:`filon.search.fulltext`), filters on the offer's columns, facet counts
as grouped queries each ignoring its own facet's selection.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from functools import cached_property

from django.db import connection
from django.db.models import Count, ExpressionWrapper, F, FloatField, Q, QuerySet

from filon.offers.models import Offer, today
from filon.offers.vocabulary import (
    CONTRACT_BITS,
    CONTRACT_LABELS,
    EDUCATION_LABELS,
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


def matching(query: Query, base: QuerySet | None = None, skip: str = "") -> QuerySet:
    """Visible offers (or ``base``) matching every part of ``query`` except
    facet ``skip`` (a facet's own counts ignore its own selection)."""
    qs = Offer.objects.visible() if base is None else base
    kw = query.keywords
    if kw:
        matches = OfferIndex.objects.filter(document__match=kw).values("offer")
        qs = qs.filter(pk__in=matches) if kw.positive else qs.exclude(pk__in=matches)
    point = query.point
    if point:
        qs = _within(qs, point, query.radius_km)
    elif query.near:
        qs = qs.none()
    if query.contract and skip != "contract":
        qs = qs.annotate(_contract=F("contract_mask").bitand(contract_mask(query.contract))).filter(_contract__gt=0)
    if query.region and skip != "region":
        qs = qs.filter(region__in=query.region)
    if query.department and skip != "department":
        qs = qs.filter(department__in=query.department)
    if query.remote and skip != "remote":
        qs = qs.filter(remote_allowed=True)
    if query.education and skip != "education":
        qs = qs.filter(education_min__in=query.education)
    if query.start and skip != "start":
        try:
            year, month = map(int, query.start.split("-"))
            qs = qs.filter(start_month=year * 100 + month)
        except ValueError:
            pass
    if query.open and skip != "open":
        qs = qs.filter(Q(deadline__isnull=True) | Q(deadline__gte=today()))
    if query.published_days:
        qs = qs.filter(published_on__gte=today() - dt.timedelta(days=query.published_days))
    if query.start_before:
        qs = qs.filter(start_date__lt=query.start_before)
    if query.deadline_after:
        qs = qs.filter(deadline__gt=query.deadline_after)
    return qs


def _within(qs: QuerySet, point: geo.Point, radius_km: float) -> QuerySet:
    """Offers within ``radius_km`` of ``point``: a bounding box the index
    narrows, then the distance (equirectangular: exact to a few metres at
    these radii), annotated as ``distance_km``."""
    lat_min, lat_max, lon_min, lon_max = geo.bounding_box(point, radius_km)
    shrink = math.cos(math.radians(point.latitude))
    dy = (F("latitude") - point.latitude) * KM_PER_DEGREE
    dx = (F("longitude") - point.longitude) * (KM_PER_DEGREE * shrink)
    squared = ExpressionWrapper(dy * dy + dx * dx, output_field=FloatField())
    return (qs.filter(latitude__range=(lat_min, lat_max), longitude__range=(lon_min, lon_max))
            .alias(distance_squared=squared).filter(distance_squared__lte=radius_km ** 2))


def search(query: Query, base: QuerySet | None = None, per_page: int = 20) -> Results:
    """One page of the offers matching ``query``, their number and the facet counts."""
    qs = matching(query, base)
    sort = query.effective_sort()
    if sort == "deadline":
        qs = qs.order_by(F("deadline").asc(nulls_last=True), "-published_on")
    elif sort == "distance":
        qs = qs.order_by("distance_squared", "-published_on")
    else:
        qs = qs.order_by("-published_on", "-created_at")
    total = qs.count()
    start = (query.page - 1) * per_page
    if sort == "relevance":
        candidates = qs.order_by().values("pk").query.sql_with_params()
        ids = backend(connection).ranked(connection, query.keywords, candidates, per_page, start)
    else:        # ids first: sorting narrow rows, then loading one page of wide ones
        ids = list(qs.values_list("pk", flat=True)[start:start + per_page])
    found = Offer.objects.in_bulk(ids)
    offers = [found[i] for i in ids]
    point = query.point
    for offer in offers:
        offer.distance_km = _distance(point, offer)
    return Results(offers, total, facet_counts(query, base), point=point, unknown_place=bool(query.near and not point))


def _distance(point: geo.Point | None, offer: Offer) -> float | None:
    if point is None or offer.latitude is None:
        return None
    return round(geo.distance_km(point, geo.Point(offer.latitude, offer.longitude)), 1)


def facet_counts(query: Query, base: QuerySet | None = None) -> dict[str, list[tuple[str, str, int]]]:
    """Counts per facet value: one grouped query per facet, each ignoring
    the facet's own selection."""
    facets: dict[str, list[tuple[str, str, int]]] = {}
    contracts = dict.fromkeys(CONTRACT_LABELS, 0)
    for row in _grouped(matching(query, base, "contract").exclude(contract_mask=0), "contract_mask"):
        for kind, bit in CONTRACT_BITS.items():
            if row["contract_mask"] & bit:
                contracts[kind] += row["n"]
    facets["contract"] = [(k, CONTRACT_LABELS[k], n) for k, n in contracts.items() if n]
    for name, column, labels in (("region", "region", None), ("department", "department", department_labels()),
                                 ("education", "education_min", EDUCATION_LABELS)):
        rows = sorted(_grouped(matching(query, base, name).exclude(**{column: ""}), column),
                      key=lambda r: (-r["n"], r[column]))
        facets[name] = [(r[column], (labels or {}).get(r[column], r[column]), r["n"]) for r in rows]
    remote = matching(query, base, "remote").filter(remote_allowed=True).count()
    facets["remote"] = [("1", "Télétravail possible", remote)] if remote else []
    months = sorted(_grouped(matching(query, base, "start").exclude(start_month=None), "start_month"),
                    key=lambda r: r["start_month"])
    facets["start"] = [(f"{m['start_month'] // 100}-{m['start_month'] % 100:02d}", month_label(m["start_month"]), m["n"])
                       for m in months]
    still_open = matching(query, base, "open").filter(Q(deadline__isnull=True) | Q(deadline__gte=today())).count()
    facets["open"] = [("1", "Candidatures encore ouvertes", still_open)]
    return facets


def _grouped(qs: QuerySet, column: str):
    return qs.order_by().values(column).annotate(n=Count("pk"))
