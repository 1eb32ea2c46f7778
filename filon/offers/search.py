"""Finding offers on the board: keywords, facets with counts, sorting.

One function, :func:`search`, serves the search page, the feeds and the API.
Keywords match folded, plural-reduced text (see :mod:`filon.search_text`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth

from filon.search_text import fold, query_terms

from .models import Offer, today

CONTRACT_LABELS = {"cdi": "CDI", "cdd": "CDD", "stage": "Stage", "alternance": "Alternance",
                   "service_civique": "Service civique", "volontariat": "Volontariat", "interim": "Intérim",
                   "freelance": "Freelance / indépendant", "benevolat": "Bénévolat"}
EDUCATION_LABELS = {"bac": "Bac", "bac+2": "Bac+2", "bac+3": "Bac+3", "bac+4": "Bac+4", "bac+5": "Bac+5", "bac+8": "Doctorat"}
SORTS = {"recent": "Plus récentes", "deadline": "Date limite la plus proche", "relevance": "Pertinence"}
FACETS = ("contract", "region", "department", "remote", "start", "education", "open")


def department_labels() -> dict[str, str]:
    """"69" -> "Rhône (69)", from the official list."""
    from filon.extract.geo import gazetteer

    return {code: f"{name} ({code})" for code, (name, _, _) in gazetteer().departments.items()}


def fold_key(text: str) -> str:
    return " ".join(fold(text).split())


@dataclass
class Query:
    """What a job seeker asked for; built from the URL's query string."""
    q: str = ""
    contract: list[str] = field(default_factory=list)
    region: list[str] = field(default_factory=list)
    department: list[str] = field(default_factory=list)
    remote: bool = False
    start: str = ""          # YYYY-MM
    education: list[str] = field(default_factory=list)
    open: bool = False       # deadline still ahead (or none)
    sort: str = "recent"
    page: int = 1

    @classmethod
    def from_params(cls, params) -> Query:
        def many(name):
            return [v for v in params.getlist(name) if v]
        try:
            page = max(1, int(params.get("page", 1)))
        except ValueError:
            page = 1
        sort = params.get("sort", "relevance" if params.get("q") else "recent")
        return cls(q=params.get("q", "").strip()[:200], contract=many("contract"), region=many("region"),
                   department=many("department"), remote=params.get("remote") == "1", start=params.get("start", "")[:7],
                   education=many("education"), open=params.get("open") == "1",
                   sort=sort if sort in SORTS else "recent", page=page)


@dataclass
class Results:
    offers: list
    total: int
    facets: dict[str, list[tuple[str, str, int]]]     # facet -> [(value, label, count)]


def _keywords(qs: QuerySet, q: str) -> QuerySet:
    for term in query_terms(q):
        qs = qs.filter(search_text__contains=f" {term}")
    return qs


def _filtered(base: QuerySet, query: Query, skip: str = "") -> QuerySet:
    """``base`` narrowed by every filter of ``query`` except facet ``skip``
    (a facet's own counts ignore its own selection)."""
    qs = _keywords(base, query.q)
    if query.contract and skip != "contract":
        cond = Q()
        for kind in query.contract:
            cond |= Q(contract_types__icontains=f'"{kind}"')   # the JSON list's text: works on every database
        qs = qs.filter(cond)
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
            qs = qs.filter(start_date__year=year, start_date__month=month)
        except ValueError:
            pass
    if query.open and skip != "open":
        qs = qs.filter(Q(deadline__isnull=True) | Q(deadline__gte=today()))
    return qs


def search(query: Query, base: QuerySet | None = None, per_page: int = 20) -> Results:
    """The offers matching ``query`` (one page) and the facet counts."""
    base = Offer.objects.visible() if base is None else base
    qs = _filtered(base, query)
    if query.sort == "deadline":
        qs = qs.order_by("deadline", "-published_on")
    else:
        qs = qs.order_by("-published_on", "-created_at")
    total = qs.count()
    start = (query.page - 1) * per_page
    offers = list(qs[start:start + per_page])
    if query.sort == "relevance" and query.q:
        terms = query_terms(query.q)
        offers.sort(key=lambda o: -sum(3 * (f" {t}" in fold(" " + o.title)) + o.search_text.count(f" {t}") for t in terms))
    return Results(offers, total, facet_counts(base, query))


def facet_counts(base: QuerySet, query: Query) -> dict[str, list[tuple[str, str, int]]]:
    """Counts per facet value, computed in the database: one grouped or
    aggregated query per facet, each ignoring the facet's own selection."""
    facets: dict[str, list[tuple[str, str, int]]] = {}
    contracts = _filtered(base, query, "contract").aggregate(
        **{kind: Count("id", filter=Q(contract_types__icontains=f'"{kind}"')) for kind in CONTRACT_LABELS})
    facets["contract"] = [(k, CONTRACT_LABELS[k], contracts[k]) for k in CONTRACT_LABELS if contracts[k]]
    for name, column, labels in (("region", "region", None), ("department", "department", department_labels()),
                                 ("education", "education_min", EDUCATION_LABELS)):
        rows = (_filtered(base, query, name).exclude(**{column: ""}).values(column)
                .annotate(n=Count("id")).order_by("-n", column))
        facets[name] = [(r[column], (labels or {}).get(r[column], r[column]), r["n"]) for r in rows]
    remote = _filtered(base, query, "remote").filter(remote_allowed=True).count()
    facets["remote"] = [("1", "Télétravail possible", remote)] if remote else []
    months = (_filtered(base, query, "start").exclude(start_date__isnull=True)
              .annotate(month=TruncMonth("start_date")).values("month").annotate(n=Count("id")).order_by("month"))
    facets["start"] = [(m["month"].strftime("%Y-%m"), _month_label(m["month"].strftime("%Y-%m")), m["n"])
                       for m in months if m["month"]]
    still_open = _filtered(base, query, "open").filter(Q(deadline__isnull=True) | Q(deadline__gte=today())).count()
    facets["open"] = [("1", "Candidatures encore ouvertes", still_open)]
    return facets


MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")


def _month_label(value: str) -> str:
    year, month = value.split("-")
    return f"{MONTHS[int(month) - 1]} {year}"


def published_since(days: int) -> dt.date:
    return today() - dt.timedelta(days=days)
