#!/usr/bin/env python3
"""Search at scale: import throughput and query latency at N offers.

Builds a realistic synthetic board of N offers from real records: the 3,474
offers of ../shared/corpus/scale and the dev corpus are extracted once, then
varied (employer, commune drawn by population all over France, contract
types, publication, deadline and start dates, pay) and loaded through the
normal import path (``store_records``, records already extracted). Then it
measures, in-process and sequentially, the latency of a fixed query mix, each
query with its facet counts and first page, cycling through varied keywords
and places so that no two consecutive queries are the same.

    .venv/bin/python bench/search.py --offers 100000 [--db PATH] [--queries 200] [--json]
    .venv/bin/python bench/search.py --offers 100000 --postgres postgres://filon:filon@127.0.0.1:54329/filon_bench

Reports import offers/s and p50/p95/p99 ms per query kind, with p95 as a
multiple of the baseline measured in the same loop (one offer read by
primary key) and the share of searches whose total and counts were
estimated on a sample (more candidates than SEARCH_EXACT_LIMIT). SQLite by default
(a temporary file; with ``--db`` an existing board built by an earlier run is
reused, no import). With ``--postgres`` the database of that URL (its name
must end in "_bench") is dropped, created afresh and filled: start a server
with ``scripts/postgres``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

from synthetic import SHARED, percentiles, real_records, varied

KEYWORDS = ["animateur", "chargé de mission", "comptable", "éducateur spécialisé", "concertation", "développeur",
            "coordinateur", "assistant administratif", "agent d'entretien", "infirmier", "stage communication",
            "médiateur", "formateur", "environnement", "accompagnement social", "chef de projet"]
BROAD = ["mission", "poste", "équipe"]
PLACES = ["Lyon", "Paris", "Marseille", "Rennes", "Toulouse", "Lille", "Nantes", "Bordeaux", "Strasbourg", "Dijon",
          "Clermont-Ferrand", "Montpellier", "Grenoble", "Brest", "Limoges", "Orléans"]
CONTRACTS = ["cdi", "cdd", "stage", "alternance", "service_civique"]
REGIONS = ["Île-de-France", "Auvergne-Rhône-Alpes", "Bretagne", "Occitanie", "Nouvelle-Aquitaine", "Hauts-de-France",
           "Grand Est", "Provence-Alpes-Côte d'Azur", "Pays de la Loire", "Normandie"]


def mix(i: int) -> dict[str, str]:
    """The i-th query of each kind (kinds cycle through their variants)."""
    kw, place = KEYWORDS[i % len(KEYWORDS)], PLACES[i % len(PLACES)]
    contract, region = CONTRACTS[i % len(CONTRACTS)], REGIONS[(i // 2) % len(REGIONS)]
    return {
        "keywords": f"q={kw}",
        "keywords + 2 facets": f"q={kw}&contract={contract}&region={region}",
        "facets only": f"contract={contract}&region={region}",
        "radius 30 km": f"near={place}&radius_km=30",
        "keywords + radius": f"q={kw}&near={place}&radius_km=30",
        "page 20, broad": f"q={BROAD[i % len(BROAD)]}&page=20",
    }


def fresh_postgres(url: str) -> None:
    """Drop and create the (bench-only) database of ``url``."""
    import psycopg

    base, _, name = url.rpartition("/")
    if not name.endswith("_bench"):
        sys.exit(f"bench/search.py: --postgres: the database name must end in _bench (got {name!r})")
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def build(n: int) -> dict:
    """Import n varied offers into a fresh board at ``db``; throughput figures."""
    from django.core.management import call_command
    from tqdm import tqdm

    from filon.offers.importing import store_records

    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    records = real_records()
    extracted = time.perf_counter() - start
    imported = 0.0                  # the import alone: making the varied records is not timed
    stream = varied(records, n)
    with tqdm(total=n, unit="offre", file=sys.stderr, disable=not sys.stderr.isatty()) as bar:
        while chunk := list(itertools.islice(stream, 10_000)):
            start = time.perf_counter()
            store_records(chunk)
            imported += time.perf_counter() - start
            bar.update(len(chunk))
    from django.db import connection
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    return {"real_records": len(records), "extract_s": round(extracted, 1), "import_s": round(imported, 1),
            "import_per_s": round(n / imported)}


BASELINE = "baseline: one offer by id"


def measure(queries: int) -> dict[str, dict]:
    """Percentiles per kind, and for searches the share of estimated results;
    the baseline (one offer read by primary key) runs in the same loop."""
    from django.http import QueryDict

    from filon.offers.models import Offer
    from filon.search.engine import Query, search

    last = Offer.objects.order_by("-id").values_list("id", flat=True).first()      # ids are dense: no ORDER BY RANDOM()
    ids = random.Random(0).sample(range(1, last + 1), min(last, queries + 5))
    times: dict[str, list[float]] = {k: [] for k in [*mix(0), BASELINE]}
    estimated = dict.fromkeys(mix(0), 0)
    for i in range(queries + 5):
        for kind, params in mix(i).items():
            start = time.perf_counter()
            results = search(Query.from_params(QueryDict(params)))
            assert results.facets is not None
            if i >= 5:                                  # the first five warm caches up
                times[kind].append((time.perf_counter() - start) * 1000)
                estimated[kind] += results.counts_estimated
        start = time.perf_counter()
        Offer.objects.get(pk=ids[i % len(ids)])
        if i >= 5:
            times[BASELINE].append((time.perf_counter() - start) * 1000)
    return {kind: {**percentiles(values), **({"estimated": round(estimated[kind] / queries, 2)} if kind in estimated else {})}
            for kind, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="SQLite file to build (or reuse if it exists)")
    parser.add_argument("--postgres", metavar="URL", help="run on this PostgreSQL database instead (dropped and rebuilt)")
    parser.add_argument("--queries", type=int, default=200, help="queries per kind (default 200)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not (SHARED / "scale").is_dir():
        print(f"bench/search.py: {SHARED / 'scale'} is absent", file=sys.stderr)
        return 2
    tmp = tempfile.TemporaryDirectory()
    if args.postgres:
        fresh_postgres(args.postgres)
        reuse = False
        os.environ["FILON_DATABASE_URL"] = args.postgres
    else:
        db = args.db or Path(tmp.name) / "search.sqlite3"
        reuse = db.exists()
        os.environ["FILON_DATABASE_URL"] = f"sqlite:///{db}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "filon.web.settings")
    import django

    django.setup()
    built = {} if reuse else build(args.offers)
    from django.db import connection

    from filon.offers.models import Offer

    report = {"date": dt.date.today().isoformat(), "machine": f"{platform.machine()}, {os.cpu_count()} cores",
              "database": connection.vendor, "offers": Offer.objects.count(), "visible": Offer.objects.visible().count(),
              **built, "queries": measure(args.queries)}
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{report['offers']} offers ({report['visible']} visible) in {report['database']}, {report['machine']}, "
          f"{report['date']}")
    if built:
        print(f"import: {built['import_per_s']} offers/s ({built['import_s']} s; records extracted once from "
              f"{built['real_records']} real offers in {built['extract_s']} s)")
    base = report["queries"][BASELINE]["p50"]
    print(f"{'query (with facet counts)':28} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'p95/base':>9} {'estimated':>9}")
    for kind, r in report["queries"].items():
        share = f"{r['estimated']:9.0%}" if "estimated" in r else ""
        print(f"{kind:28} {r['p50']:8.1f} {r['p95']:8.1f} {r['p99']:8.1f} {r['p95'] / base:9.0f} {share}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
