#!/usr/bin/env python3
"""Search at scale: import, reindex and query latency at N offers, one engine
or two side by side.

Builds a realistic synthetic board of N offers from real records: the 3,474
offers of ../shared/corpus/scale and the dev corpus are extracted once, then
varied (employer, commune drawn by population all over France, contract
types, publication, deadline and start dates, pay) and loaded through the
normal import path, the search index brought up to date after each batch of
10,000. Then it measures the latency of a fixed query mix, each query with
its exact facet counts and its first page (the 20 offers read from the
database included), cycling through varied keywords and places so that no
two consecutive queries are the same. The baseline (one offer read by
primary key) runs in the same loop.

Each engine runs in a process of its own (``bench/search_worker.py``) on
its own database built from the same records; with ``--compare-with REV``
the engine of git revision REV (checked out in a temporary worktree) runs
beside this one, the two answering each query in turn, alternating which
goes first, on the same board.

    .venv/bin/python bench/search.py --offers 100000 [--queries 200] [--json]
    .venv/bin/python bench/search.py --offers 100000 --compare-with 1bd1975
    .venv/bin/python bench/search.py --offers 100000 --counts-cache 256        (as the board runs: repeated queries remembered)
    .venv/bin/python bench/search.py --offers 1000000 --keep /var/tmp/filon-bench   (boards kept and reused)
    .venv/bin/python bench/search.py --offers 100000 --postgres postgres://filon:filon@127.0.0.1:54329/filon_bench

Reports per engine the import (offers/s, index kept current), ``filon
reindex`` (offers/s), the sizes of the database and of the index, and p50,
p95, p99 ms per query kind with p95 as a multiple of the baseline; side by
side, the ratio of the p95s. With ``--postgres`` the database of that URL
(its name must end in "_bench"; a second one suffixed "_old" for the other
engine) is dropped, created afresh and filled: start a server with
``scripts/postgres``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

from synthetic import SHARED, percentiles

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
    if not name.endswith(("_bench", "_bench_old")):
        sys.exit(f"bench/search.py: --postgres: the database name must end in _bench (got {name!r})")
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


BASELINE = "baseline: one offer by id"
REPO = Path(__file__).resolve().parent.parent


class Engine:
    """One engine's worker process."""

    def __init__(self, name: str, checkout: Path, database_url: str, folder: Path, offers: int, counts_cache: int = 0):
        self.name = name
        env = {**os.environ, "FILON_DATABASE_URL": database_url, "PYTHONPATH": str(checkout),
               "FILON_SEARCH_COUNTS_CACHE": str(counts_cache),
               "FILON_SEARCH_INDEX": str(folder / f"{name}-index"), "FILON_SECRET_KEY": "bench-" * 8,
               "DJANGO_SETTINGS_MODULE": "filon.web.settings"}
        self.process = subprocess.Popen([sys.executable, str(REPO / "bench" / "search_worker.py"), "--offers", str(offers)],
                                        cwd=checkout, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        if not line:
            sys.exit(f"bench/search.py: the {name} engine's worker failed (see above)")
        self.board = json.loads(line)

    def ask(self, params: str) -> dict:
        self.process.stdin.write(params + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait()


def measure(engines: list[Engine], queries: int) -> dict[str, dict[str, dict]]:
    """Per engine, per kind: percentiles and the share of estimated results;
    the engines answer each query in turn, the first one alternating."""
    times = {e.name: {k: [] for k in [*mix(0), BASELINE]} for e in engines}
    estimated = {e.name: dict.fromkeys(mix(0), 0) for e in engines}
    totals: dict[str, list[int]] = {e.name: [] for e in engines}
    for i in range(queries + 5):
        for kind, params in [*mix(i).items(), (BASELINE, "BASELINE")]:
            for engine in (engines if i % 2 == 0 else engines[::-1]):
                answer = engine.ask(params)
                if i >= 5:                              # the first five warm caches up
                    times[engine.name][kind].append(answer["ms"])
                    if kind != BASELINE:
                        estimated[engine.name][kind] += answer["estimated"]
                        totals[engine.name].append(answer["total"])
    report = {}
    for engine in engines:
        report[engine.name] = {kind: {**percentiles(values), **({"estimated": round(estimated[engine.name][kind] / queries, 2)}
                                                               if kind != BASELINE else {})}
                               for kind, values in times[engine.name].items()}
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200, help="queries per kind (default 200)")
    parser.add_argument("--compare-with", metavar="REV", help="also run the engine of this git revision, side by side")
    parser.add_argument("--keep", type=Path, help="keep the boards in this folder (reused when there)")
    parser.add_argument("--postgres", metavar="URL", help="run on PostgreSQL databases (dropped and rebuilt)")
    parser.add_argument("--counts-cache", type=int, default=0, metavar="N",
                        help="searches whose counts each engine remembers until its index changes (default 0: every "
                             "search counted afresh, as the first visit of a query; the board's default is 256)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not (SHARED / "scale").is_dir():
        print(f"bench/search.py: {SHARED / 'scale'} is absent", file=sys.stderr)
        return 2
    tmp = tempfile.TemporaryDirectory(prefix="filon-bench-")
    folder = args.keep or Path(tmp.name)
    folder.mkdir(parents=True, exist_ok=True)
    checkouts = [("tantivy", REPO)]
    if args.compare_with:
        old = folder / f"checkout-{args.compare_with}"
        if not old.exists():
            subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(old), args.compare_with], check=True,
                           capture_output=True)
        checkouts.append((f"old ({args.compare_with})", old))
    engines = []
    try:
        for n, (name, checkout) in enumerate(checkouts):
            if args.postgres:
                url = args.postgres + ("_old" if n else "")
                fresh_postgres(url)
            else:
                url = f"sqlite:///{folder / f'board-{n}-{args.offers}.sqlite3'}"
            engines.append(Engine(name, checkout, url, folder, args.offers, args.counts_cache))
        report = {"date": dt.date.today().isoformat(), "machine": f"{platform.machine()}, {os.cpu_count()} cores",
                  "counts_cache": args.counts_cache,
                  "database": "postgresql" if args.postgres else "sqlite", "offers": args.offers,
                  "boards": {e.name: e.board for e in engines}, "queries": measure(engines, args.queries)}
    finally:
        for engine in engines:
            engine.close()
        if args.compare_with and not args.keep:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(folder / f"checkout-{args.compare_with}")],
                           capture_output=True)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{args.offers} offers in {report['database']}, {report['machine']}, {report['date']}, "
          f"counts cache {args.counts_cache}")
    for name, board in report["boards"].items():
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in board.items()))
    names = list(report["queries"])
    header = "".join(f" {name[:22]:>22}" for name in names)
    print(f"{'query (facet counts, page)':28}{header}   (p50 / p95 ms, p95 / baseline p50)" +
          ("   p95 old / new" if len(names) == 2 else ""))
    for kind in [*mix(0), BASELINE]:
        cells = []
        for name in names:
            r, base = report["queries"][name][kind], report["queries"][name][BASELINE]["p50"]
            est = f" est {r['estimated']:.0%}" if r.get("estimated") else ""
            cells.append(f"{r['p50']:.1f} / {r['p95']:.1f} ({r['p95'] / base:.0f}x){est}")
        ratio = (f"   {report['queries'][names[1]][kind]['p95'] / report['queries'][names[0]][kind]['p95']:.1f}"
                 if len(names) == 2 else "")
        print(f"{kind:28}" + "".join(f" {c:>22}" for c in cells) + ratio)
    return 0


if __name__ == "__main__":
    sys.exit(main())
