"""Full-text search on each database, behind one interface.

SQLite: an FTS5 table ``offer_fts`` (title, missions, body) holding the
analysed text of :mod:`filon.search.text`, ranked by BM25 with title matches
weighing 10, missions 4, the rest 1.

Each backend renders the parsed :class:`~filon.search.keywords.Keywords` in
its own syntax; queries reach it through the ``match`` lookup, always as a
subquery of ids (``pk__in=OfferIndex.objects.filter(document__match=kw)``):
joining instead lets SQLite's planner probe the index once per offer, a
thousand times slower. Relevance order comes from :meth:`ranked`.
"""
from __future__ import annotations

from django.db import models

from .keywords import Keywords

TITLE_WEIGHT, MISSIONS_WEIGHT, BODY_WEIGHT = 10.0, 4.0, 1.0


class SqliteFullText:
    table = "offer_fts"

    def create(self, connection) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {self.table} USING fts5("
                           "title, missions, body, tokenize='ascii', prefix='3')")
            cursor.execute(f"INSERT INTO {self.table}({self.table}, rank) VALUES "
                           f"('rank', 'bm25({TITLE_WEIGHT}, {MISSIONS_WEIGHT}, {BODY_WEIGHT})')")

    def drop(self, connection) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {self.table}")

    def write(self, connection, rows: list[tuple[int, str, str, str]]) -> None:
        with connection.cursor() as cursor:
            self._delete(cursor, [r[0] for r in rows])
            cursor.executemany(f"INSERT INTO {self.table}(rowid, title, missions, body) VALUES (%s, %s, %s, %s)", rows)

    def delete(self, connection, ids: list[int]) -> None:
        with connection.cursor() as cursor:
            self._delete(cursor, ids)

    def _delete(self, cursor, ids: list[int]) -> None:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            cursor.execute(f"DELETE FROM {self.table} WHERE rowid IN ({','.join(['%s'] * len(chunk))})", chunk)

    def expression(self, kw: Keywords) -> str:
        """FTS5 query syntax; every token is an analysed [a-z0-9]+ stem, quoted."""
        parts = [f'"{t}"' for t in kw.terms] + ['"' + " ".join(p) + '"' for p in kw.phrases]
        parts += [f'"{p}"*' for p in kw.prefixes]
        expr = " AND ".join(parts)
        if kw.excluded:
            excluded = " OR ".join('"' + " ".join(e) + '"' for e in kw.excluded)
            expr = f"({expr}) NOT ({excluded})" if expr else excluded
        return expr

    def match_sql(self, column: str, kw: Keywords) -> tuple[str, list]:
        return f"{column} MATCH %s", [self.expression(kw)]

    def ranked(self, connection, kw: Keywords, candidates: tuple[str, list], limit: int, offset: int) -> list[int]:
        """Ids of the ``candidates`` (an SQL query of offer ids), best match first.
        (``+rowid`` keeps the planner from probing the index once per candidate.)"""
        sql, params = candidates
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT rowid FROM {self.table} WHERE {self.table} MATCH %s AND +rowid IN ({sql}) "
                           "ORDER BY rank LIMIT %s OFFSET %s", [self.expression(kw), *params, limit, offset])
            return [row[0] for row in cursor.fetchall()]


def backend(connection) -> SqliteFullText:
    """The full-text backend of this database connection."""
    if connection.vendor == "sqlite":
        return SqliteFullText()
    raise NotImplementedError(f"full-text search is not available on {connection.vendor}")


class FullTextField(models.Field):
    """The index's searchable column (FTS5: the hidden column named after the table)."""

    def db_type(self, connection):
        return None


@FullTextField.register_lookup
class Match(models.Lookup):
    """``index__document__match=keywords``: offers whose text matches
    (a query of exclusions alone is the caller's: it needs a NOT IN)."""
    lookup_name = "match"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        column, params = compiler.compile(self.lhs)
        sql, more = backend(connection).match_sql(column, self.rhs)
        return sql, [*params, *more]

    def process_rhs(self, compiler, connection):
        return "", []
