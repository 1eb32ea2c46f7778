#!/usr/bin/env python3
"""One search engine under measurement, driven by ``bench/search.py``.

Run with the working directory and ``PYTHONPATH`` at a checkout of filon
(this one, or an older commit's worktree for a side-by-side run) and
``FILON_DATABASE_URL`` set. It builds the synthetic board if the database
is empty (``--offers N``: the same varied records whatever the checkout),
prints one JSON line of build figures, then answers queries: each line of
standard input is a query string; each answer a JSON line with the time of
the search (facet counts and the page's offers read from the database
included), the total and whether the engine estimated it. The baseline (one
offer read by primary key) is the query ``BASELINE``.
"""
from __future__ import annotations

import argparse
import inspect
import itertools
import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import real_records, varied  # noqa: E402


def cpu_s() -> float:
    """CPU seconds of this process and of its live children (the import's
    worker, which does part of an import's and a rebuild's work), on Linux."""
    total, tick = time.process_time(), os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == os.getpid():
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def build(n: int) -> dict:
    """Import n varied offers through the import path, the index kept current
    after each batch of 10,000 as a running board would."""
    from django.db import connection

    from filon.offers.importing import store_records
    records = real_records()
    stream, imported, cpu = varied(records, n), 0.0, 0.0
    try:
        from filon.search import index
        sync = index.sync
    except (ImportError, AttributeError):          # engines before the tantivy index: indexed while stored
        index, sync = None, None
    # As `filon import --records` stores a file: the new offers' ids kept, not the offers (older engines: as given).
    keep_ids = {"on_stored": lambda ids: None} if "on_stored" in inspect.signature(store_records).parameters else {}
    while chunk := list(itertools.islice(stream, 10_000)):
        start, started_cpu = time.perf_counter(), cpu_s()
        store_records(chunk, **keep_ids)
        if sync:
            sync()
        imported += time.perf_counter() - start
        cpu += cpu_s() - started_cpu
        print(f"  {connection.vendor}: {imported:.0f} s", file=sys.stderr, flush=True)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    figures = {"import_s": round(imported, 1), "import_per_s": round(n / imported),
               "import_cpu_us": round(1e6 * cpu / n)}      # per offer, both processes
    if index is not None and hasattr(index, "reindex"):
        start, started_cpu = time.perf_counter(), cpu_s()
        count = index.reindex()
        seconds = time.perf_counter() - start
        figures.update(reindex_per_s=round(count / seconds), reindex_cpu_us=round(1e6 * (cpu_s() - started_cpu) / count),
                       index_mb=round(index.size_bytes() / 1e6, 1))
    return figures


def sizes() -> dict:
    from django.conf import settings
    from django.db import connection

    if connection.vendor == "sqlite":
        return {"database_mb": round(Path(settings.DATABASES["default"]["NAME"]).stat().st_size / 1e6, 1)}
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        return {"database_mb": round(cursor.fetchone()[0] / 1e6, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, required=True)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "filon.web.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.http import QueryDict

    from filon.offers.models import Offer
    from filon.search.engine import Query, search
    call_command("migrate", verbosity=0)
    built = build(args.offers) if not Offer.objects.exists() else {}
    last = Offer.objects.order_by("-id").values_list("id", flat=True).first()
    print(json.dumps({"offers": Offer.objects.count(), "visible": Offer.objects.visible().count(), **built, **sizes()}),
          flush=True)
    ids = random.Random(0)
    for line in sys.stdin:
        params = line.strip()
        start = time.perf_counter()
        if params == "BASELINE":
            Offer.objects.filter(pk=ids.randint(1, last)).first()
            total, estimated = 1, False
        else:
            results = search(Query.from_params(QueryDict(params)))
            total, estimated = results.total, bool(getattr(results, "total_estimated", False)
                                                    or getattr(results, "counts_estimated", False))
        print(json.dumps({"ms": (time.perf_counter() - start) * 1000, "total": total, "estimated": estimated}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
