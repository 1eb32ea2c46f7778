"""Where a search reads its candidate offers, on each database.

A candidate row holds an offer's id and filter columns (``COLUMNS``, and
``distance_squared`` near a place). Sources give, as SQL:

- ``rows(query, level, scored)``: the visible offers matching the keywords,
  place and dates of ``query`` (not its facets), restricted to sample level
  ``level`` (level 0: all of them), with their relevance ``score`` (lower is
  better) if ``scored``;
- ``newest(query, where, limit)``: the ``limit`` newest of those that also
  satisfy ``where`` (the facet conditions), for pages of large result sets;
- ``estimate(query, level)``: about how many offers match the keywords and
  place (visibility aside), counted on sample level ``level``, cheaply.

The meaning is the ORM's: visible(), the keyword match, the radius and the
dates of :func:`filon.search.engine.candidates`, the facet conditions of
:func:`filon.search.engine.facet_conditions`, ``Offer.sample`` for levels.
:class:`SqliteSource` adds the offer's tags (:mod:`filon.search.tags`) to the
full-text expression so that FTS5 narrows by facet, map cell and sample in
C, newest first, and reads the filter columns through the covering index
``offer_docvalues``; samples and estimates read the smallest sample index
holding their level (:data:`filon.search.fulltext.SAMPLE_TABLES`).
"""
from __future__ import annotations

from dataclasses import replace

from django.db import connection
from django.db.models import Max
from django.db.models.expressions import RawSQL

from filon.offers.models import Offer

from . import geo, tags
from .fulltext import SAMPLE_TABLES, TABLE, SqliteFullText, backend
from .models import OfferIndex, matching

COLUMNS = ["id", "contract_mask", "region", "department", "education_min", "remote_allowed", "start_month", "deadline",
           "published_on", "created_at"]


class SqlSource:
    """Any database: the ORM's conditions, the sample as ``Offer.sample``."""

    def __init__(self, candidates):
        self.candidates = candidates         # Query -> visible offers matching all but facets (engine.candidates)

    def ranks(self, query, probe: int, estimate: int) -> bool:
        """Whether the database can rank an exact candidate set by relevance
        quickly (``estimate``: the matches of keywords and place, counted at
        sample level ``probe``): ts_rank costs the same per match whatever the words."""
        return True

    def narrowing(self, query) -> list[list[str]]:
        """Tag groups that every candidate of ``query`` has (SQLite's)."""
        return []

    def title_matches(self, query) -> tuple[str, list]:
        """SQL of the ids of the offers with the keywords in their title."""
        return (OfferIndex.objects.filter(document__match=replace(query.keywords, within="title"))
                .values("offer").query.sql_with_params())

    def _queryset(self, query, level: int = 0, keywords: bool = True):
        return _sampled(self.candidates(query, keywords=keywords), level)

    def _columns(self, query) -> list[str]:
        return COLUMNS + (["distance_squared"] if query.point else [])

    def rows(self, query, level: int = 0, scored: bool = False) -> tuple[str, list]:
        qs = self._queryset(query, level)
        columns = self._columns(query)
        if scored:
            qs = qs.annotate(score=RawSQL(*backend(connection).score_sql(query.keywords, '"offers_offer"."id"')))
            columns.append("score")
        return qs.order_by().values(*columns).query.sql_with_params()

    def newest(self, query, where: str, params: list, limit: int, within: str = "") -> tuple[str, list]:
        qs = matching(self.candidates(query, keywords=False), replace(query.keywords, within=within))
        sql, more = qs.order_by().values(*self._columns(query)).query.sql_with_params()
        return f"SELECT * FROM ({sql}) m{where} ORDER BY id DESC LIMIT {int(limit)}", [*more, *params]

    def estimate(self, query, level: int) -> int:
        return _sampled(matching(Offer.objects.all(), query.keywords), level).count() << level

    def size(self) -> int:
        """About how many offers the board holds."""
        return Offer.objects.aggregate(last=Max("id"))["last"] or 0


class SqliteSource(SqlSource):
    """FTS5 drives: keywords, tags of facets, map cells and sample level in
    one MATCH, then the covering index ``offer_docvalues`` per match."""
    BM25_LIMIT = 200_000         # bm25 first reads every posting of every query word (~20 ns each)

    def ranks(self, query, probe: int, estimate: int) -> bool:
        # Near a place the words' postings outnumber the candidates, and the
        # map cells' tags would weigh on every row of bm25.
        return not query.point and estimate <= self.BM25_LIMIT

    def title_matches(self, query) -> tuple[str, list]:
        expression = backend(connection).expression(replace(query.keywords, within="title"), self.narrowing(query))
        return f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [expression]

    def narrowing(self, query) -> list[list[str]]:
        return [tags.cells(*geo.bounding_box(query.point, query.radius_km))] if query.point else []

    def _expression(self, query, level: int = 0, facets: bool = False, within: str = "") -> str:
        groups = (tags.for_facets(query) if facets else []) + self.narrowing(query)
        if level and level not in SAMPLE_TABLES:         # a sample index of that very level holds only those offers
            groups.append([f"lv{level}"])
        return backend(connection).expression(replace(query.keywords, within=within), groups)

    def _join(self, query, expression: str, where: str = "", params=(), tail: str = "", scored: bool = False,
              index: str = TABLE):
        sql, more = self._queryset(query, keywords=False).order_by().values(*self._columns(query)).query.sql_with_params()
        offers = connection.ops.quote_name(Offer._meta.db_table)
        sql = sql.replace(f"FROM {offers}", f"FROM {offers} INDEXED BY offer_docvalues", 1)
        # CROSS JOIN keeps the full-text index as the outer loop: one index probe per match.
        return (f"SELECT m.*{', f.rank AS score' if scored else ''} FROM {index} f CROSS JOIN ({sql}) m ON m.id = f.rowid "
                f"WHERE f.{index} MATCH %s"
                f"{where.replace(' WHERE ', ' AND ', 1)} {tail}", [*more, expression, *params])

    def rows(self, query, level: int = 0, scored: bool = False) -> tuple[str, list]:
        return self._join(query, self._expression(query, level), scored=scored, index=SqliteFullText.table_for(level))

    def newest(self, query, where: str, params: list, limit: int, within: str = "") -> tuple[str, list]:
        return self._join(query, self._expression(query, facets=True, within=within), where, params,
                          f"ORDER BY f.rowid DESC LIMIT {int(limit)}")

    def estimate(self, query, level: int) -> int:
        table = SqliteFullText.table_for(level)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {table} WHERE {table} MATCH %s", [self._expression(query, level)])
            return cursor.fetchone()[0] << level

    def size(self) -> int:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT max(rowid) FROM {TABLE}")
            return cursor.fetchone()[0] or 0


def _sampled(qs, level: int):
    """``qs`` restricted to the offers of sample level ``level`` (0: all)."""
    return qs.filter(sample__lt=tags.sample_threshold(level)) if level else qs


def source(candidates) -> SqlSource:
    """The source for the database in use."""
    return (SqliteSource if connection.vendor == "sqlite" else SqlSource)(candidates)
