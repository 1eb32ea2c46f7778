#!/usr/bin/env python3
"""Where a search's time goes on a board: for a few words, the tantivy
passes one search makes, each timed alone (medians of 9): counting the
matches, the facet aggregations together and one by one, the first page by
relevance, each with and without the "visible" condition.

Run on a board built by ``bench/search.py --keep DIR`` (its SQLite file and
index folder):

    FILON_DATABASE_URL=sqlite:////var/tmp/filon-1m/board-0-1000000.sqlite3 \\
    FILON_SEARCH_INDEX=/var/tmp/filon-1m/tantivy-index .venv/bin/python bench/search_parts.py mission comptable
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time


def timed(f, rounds: int = 9) -> float:
    """Median ms of ``f()``."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        f()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def passes(searcher, query, aggregations: dict) -> dict[str, float]:
    """Median ms of each pass of a search over ``query``'s matches."""
    found = {"count": timed(lambda: searcher.search(query, limit=1, count=True)),
             "facets": timed(lambda: searcher.aggregate(query, aggregations)),
             "page": timed(lambda: searcher.search(query, limit=20, count=False))}
    for name, agg in aggregations.items():
        found[f"facet {name}"] = timed(lambda one={name: agg}: searcher.aggregate(query, one))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("words", nargs="+")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "filon.web.settings")
    import django

    django.setup()
    from tantivy import FieldType, Occur
    from tantivy import Query as Q

    from filon.search import engine, index

    searcher, _ = index.view()
    on = engine.today()
    expired = Q.range_query(index.SCHEMA, "expires", FieldType.Unsigned, None, index.day(on), use_inverted_index=True)
    visible = Q.boolean_query([(Occur.Must, Q.all_query()), (Occur.MustNot, expired)])
    aggregations = engine._aggregations(on)
    print(f"{searcher.num_docs} offers, {searcher.num_segments} segments; median ms of 9")
    for word in args.words:
        words = engine.keywords_query(engine.parse(word))
        for label, query in (("visible", engine._all([visible, words])), ("no visible", words)):
            print(f"{word!r} ({label}, {searcher.search(query, limit=1, count=True).count} matches): "
                  + ", ".join(f"{k} {v:.1f}" for k, v in passes(searcher, query, aggregations).items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
