"""Full-text search on each database, behind one interface.

Both backends index three weighted parts of an offer (title and employer
10, missions 4, the rest 1) and read the same parsed
:class:`~filon.search.keywords.Keywords`:

- SQLite: an FTS5 table ``offer_fts(title, missions, body)`` holding the
  text analysed by :mod:`filon.search.text` (folded, Snowball French stems),
  ranked by BM25.
- PostgreSQL: a table ``offer_fts(rowid, offer_fts tsvector)`` with a GIN
  index, built by the ``filon_french`` configuration (``unaccent`` then the
  Snowball French stemmer) with weights A, B, D, ranked by ``ts_rank``.

Queries reach the index through the ``match`` lookup, as a subquery of ids
(``pk__in=OfferIndex.objects.filter(document__match=kw)``), or on SQLite
with the index as the outer loop of a join (:mod:`filon.search.sources`).
Relevance: SQLite's bm25 ``rank`` of the matching cursor, PostgreSQL's
:meth:`PostgresFullText.score_sql`.
"""
from __future__ import annotations

from abc import ABC, abstractmethod

from django.db import models

from .keywords import Keywords
from .text import analyze_parts, stem, word_parts

TABLE = "offer_fts"
# SQLite also keeps an index of the offers of each of these sample levels
# (filon.search.tags): a sampled search reads the smallest one holding its
# level, a quarter or a thirty-second of the postings, instead of skipping
# through all of them.
SAMPLE_TABLES = {2: "offer_fts_lv2", 5: "offer_fts_lv5"}
TITLE_WEIGHT, MISSIONS_WEIGHT, BODY_WEIGHT = 10.0, 4.0, 1.0
TEXT_COLUMNS = "title missions body"


def _render(kw: Keywords, phrase, prefix, and_: str, or_: str, and_not: str, not_: str = "") -> str:
    """``kw`` in a backend's query syntax, given how it writes a phrase (a
    word is a phrase of one), a prefix, AND, OR, "A but not B" and "not B"."""
    parts = [phrase([t]) for t in kw.terms] + [phrase(p) for p in kw.phrases] + [prefix(p) for p in kw.prefixes]
    expr = and_.join(parts)
    if kw.excluded:
        excluded = or_.join(phrase(e) for e in kw.excluded)
        expr = and_not.format(expr, excluded) if expr else not_.format(excluded)
    return expr


class FullText(ABC):
    """What a backend provides. Offers are indexed from their document
    (title, missions, body, tags: see :func:`filon.search.index.document`),
    prepared by :attr:`prepare` (a plain function of the three texts: bulk
    imports run it in another process) then written."""
    prepare = staticmethod(analyze_parts)
    tables: tuple[str, ...] = (TABLE,)

    @abstractmethod
    def create(self, connection) -> None:
        """Create the index table (and what it needs) if absent."""

    @abstractmethod
    def write(self, connection, rows: list[tuple[int, str, str, str, str]], fresh: bool = False) -> None:
        """Index (or index again, unless ``fresh``) these offers: rows of
        (id, *prepared title, missions and body, tags)."""

    @abstractmethod
    def match_sql(self, column: str, kw: Keywords) -> tuple[str, list]:
        """SQL condition on the index column: the offer matches ``kw``."""

    def drop(self, connection) -> None:
        with connection.cursor() as cursor:
            for table in self.tables:
                cursor.execute(f"DROP TABLE IF EXISTS {table}")

    def delete(self, connection, ids: list[int]) -> None:
        with connection.cursor() as cursor:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                for table in self.tables:
                    cursor.execute(f"DELETE FROM {table} WHERE rowid IN ({', '.join(['%s'] * len(chunk))})", chunk)


def title_tags(analysed: str) -> str:
    """The tags of a title's words: each stem after a "t" (tags' own words
    never start so), in order, so that phrases hold."""
    return " ".join("t" + w for w in analysed.split())


class SqliteFullText(FullText):
    tables = (TABLE, *SAMPLE_TABLES.values())

    def create(self, connection) -> None:
        with connection.cursor() as cursor:
            for table in self.tables:
                cursor.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5("
                               "title, missions, body, tags, tokenize='ascii')")
                cursor.execute(f"INSERT INTO {table}({table}, rank) VALUES "
                               f"('rank', 'bm25({TITLE_WEIGHT}, {MISSIONS_WEIGHT}, {BODY_WEIGHT}, 0)')")

    def write(self, connection, rows: list[tuple[int, str, str, str, str]], fresh: bool = False) -> None:
        """Into the index, and into the sample indexes of the offers' levels
        (an offer of level k has the tag "lvk")."""
        if not fresh:
            self.delete(connection, [r[0] for r in rows])
        rows = [(pk, title, missions, body, f"{tags} {title_tags(title)}") for pk, title, missions, body, tags in rows]
        with connection.cursor() as cursor:
            for table, level in [(TABLE, 0), *((t, k) for k, t in SAMPLE_TABLES.items())]:
                mark = f" lv{level} "
                cursor.executemany(f"INSERT INTO {table}(rowid, title, missions, body, tags) VALUES (%s, %s, %s, %s, %s)",
                                   [r for r in rows if mark in f" {r[4]} "] if level else rows)

    @staticmethod
    def table_for(level: int) -> str:
        """The smallest index holding every offer of sample level ``level``."""
        return next((SAMPLE_TABLES[k] for k in sorted(SAMPLE_TABLES, reverse=True) if level >= k), TABLE)

    def fill_samples(self, connection) -> None:
        """The sample indexes made again from the index."""
        with connection.cursor() as cursor:
            for level, table in SAMPLE_TABLES.items():
                cursor.execute(f"DELETE FROM {table}")
                cursor.execute(f"INSERT INTO {table}(rowid, title, missions, body, tags) SELECT rowid, title, missions, "
                               f"body, tags FROM {TABLE} WHERE {TABLE} MATCH %s", [f"tags : lv{level}"])

    @staticmethod
    def expression(kw: Keywords, tag_groups: list[list[str]] = ()) -> str:
        """FTS5 query syntax: the keywords (within their columns), and at least
        one tag of each group; every token is an analysed [a-z0-9]+ stem, quoted."""
        # Within the title: the title's words are also tags ("t" + stem), no position checks needed.
        mark, columns = ("t", "tags") if kw.within == "title" else ("", kw.within or TEXT_COLUMNS)

        def phrase(ws, mark=""):
            return '"' + " ".join(mark + stem(w) for w in ws) + '"'

        def prefix(p):
            return f'"{mark}{stem(p) if len(stem(p)) >= 2 else p}"*'
        required = Keywords(kw.terms, kw.phrases, kw.prefixes)
        parts = [f"{{{columns}}} : ({_render(required, lambda ws: phrase(ws, mark), prefix, ' AND ', ' OR ', '')})"
                 ] if kw.positive else []
        parts += ["tags : (" + " OR ".join(group) + ")" for group in tag_groups if group]
        expr = " AND ".join(parts or ["tags : lv0"])           # every offer has the tag lv0
        if kw.excluded:
            expr += f" NOT {{{TEXT_COLUMNS}}} : (" + " OR ".join(phrase(e) for e in kw.excluded) + ")"
        return expr

    def match_sql(self, column: str, kw: Keywords) -> tuple[str, list]:
        return f"{column} MATCH %s", [self.expression(kw)]

class PostgresFullText(FullText):
    config = "filon_french"
    # ts_rank's weights, in the order D, C, B, A: body 1, missions 4, title 10.
    weights = "{%s, 0, %s, %s}" % (BODY_WEIGHT / TITLE_WEIGHT, MISSIONS_WEIGHT / TITLE_WEIGHT, 1.0)

    def create(self, connection) -> None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'")
            if not cursor.fetchone():
                cursor.execute("CREATE EXTENSION unaccent")        # needs a superuser: see scripts/postgres
            cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [self.config])
            if not cursor.fetchone():
                cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {self.config} (COPY = french)")
                cursor.execute(f"ALTER TEXT SEARCH CONFIGURATION {self.config} ALTER MAPPING FOR "
                               "hword, hword_part, word WITH unaccent, french_stem")
            cursor.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (rowid bigint PRIMARY KEY, {TABLE} tsvector NOT NULL)")
            cursor.execute(f"CREATE INDEX IF NOT EXISTS {TABLE}_gin ON {TABLE} USING gin ({TABLE})")

    # The parts go in as their words (folded, single letters dropped, as for
    # SQLite: the "e" of "chargé·e" would break phrases), stemmed here.
    prepare = staticmethod(word_parts)

    def write(self, connection, rows: list[tuple[int, str, str, str, str]], fresh: bool = False) -> None:
        """Tags are SQLite's: PostgreSQL combines its column indexes itself."""
        c = self.config
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {TABLE} (rowid, {TABLE}) VALUES (%s, setweight(to_tsvector('{c}', %s), 'A') || "
                f"setweight(to_tsvector('{c}', %s), 'B') || setweight(to_tsvector('{c}', %s), 'D')) "
                f"ON CONFLICT (rowid) DO UPDATE SET {TABLE} = EXCLUDED.{TABLE}",
                [row[:4] for row in rows])

    @staticmethod
    def expression(kw: Keywords) -> str:
        """to_tsquery syntax; every token is a folded [a-z0-9]+ word, labelled
        with the weight of the part it must be in (A: the title)."""
        label = {"": "", "title": "A"}[kw.within]

        def phrase(ws, label=""):
            return "(" + " <-> ".join(f"{w}:{label}" if label else w for w in ws) + ")"
        required = Keywords(kw.terms, kw.phrases, kw.prefixes)
        expr = _render(required, lambda ws: phrase(ws, label), lambda p: f"{p}:*{label}", " & ", " | ", "", "")
        if kw.excluded:
            excluded = " | ".join(phrase(e) for e in kw.excluded)
            expr = f"({expr}) & !({excluded})" if expr else f"!({excluded})"
        return expr

    def match_sql(self, column: str, kw: Keywords) -> tuple[str, list]:
        return f"{column} @@ to_tsquery('{self.config}', %s)", [self.expression(kw)]

    def score_sql(self, kw: Keywords, id_column: str) -> tuple[str, list]:
        """SQL of the relevance of the offer ``id_column`` to ``kw``, lower is
        better (minus ts_rank; SQLite's bm25 ``rank`` counts the same way)."""
        return (f"-ts_rank('{self.weights}', (SELECT {TABLE} FROM {TABLE} WHERE rowid = {id_column}), "
                f"to_tsquery('{self.config}', %s))", [self.expression(kw)])


BACKENDS = {"sqlite": SqliteFullText(), "postgresql": PostgresFullText()}


def backend(connection) -> FullText:
    """The full-text backend of this database connection."""
    try:
        return BACKENDS[connection.vendor]
    except KeyError:
        raise NotImplementedError(f"full-text search is not available on {connection.vendor}") from None


class FullTextField(models.Field):
    """The index's searchable column (FTS5: the hidden column named after the table)."""

    def db_type(self, connection):
        return None


@FullTextField.register_lookup
class Match(models.Lookup):
    """``index__document__match=keywords``: offers whose text matches
    (a query of exclusions alone matches the offers without those words)."""
    lookup_name = "match"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        column, params = compiler.compile(self.lhs)
        sql, more = backend(connection).match_sql(column, self.rhs)
        return sql, [*params, *more]

    def process_rhs(self, compiler, connection):
        return "", []
