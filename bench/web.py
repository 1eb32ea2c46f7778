#!/usr/bin/env python3
"""Latency of the board's search page and API at 10,000 offers in SQLite.

Builds a board of N offers (default 10,000) varied from the real offers of
../shared (see bench/synthetic.py), stored through the normal import path
(``store_records``), serves it
with gunicorn on loopback, and measures from a second process the latency of
a fixed mix of requests (sequential, after a warm-up). Prints p50/p95/p99 in ms.

    .venv/bin/python bench/web.py [--offers 10000] [--requests 200] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from synthetic import SHARED, percentiles, real_records, varied

ROOT = Path(__file__).resolve().parent.parent
SCALE = SHARED / "scale"
MIX = {
    "search: 2 facets": "/?contract=cdi&region=Auvergne-Rh%C3%B4ne-Alpes",
    "search: keywords": "/?q=administrateur+reseau",
    "search: keywords + facet": "/?q=agent&contract=cdd",
    "search: page 20": "/?page=20",
    "search: radius 30 km": "/?near=Lyon&radius_km=30",
    "api: 2 facets": "/api/offres/?contract=cdi&region=Occitanie",
    "offer page": "/offres/{id}/",
}


def build(db: Path, n: int) -> None:
    """A board of ``n`` offers in ``db``, through extraction and store_records."""
    os.environ["FILON_DATABASE_URL"] = f"sqlite:///{db}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "filon.web.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from filon.offers.importing import store_records

    call_command("migrate", verbosity=0)
    records = list(varied(real_records(), n))
    start = time.perf_counter()
    store_records(records)
    print(f"stored {n} offers in {time.perf_counter() - start:.1f} s", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure(base: str, requests: int, offer_ids: list[int]) -> dict[str, dict]:
    results = {}
    for name, path in MIX.items():
        times = []
        for i in range(requests + 10):
            url = base + path.format(id=offer_ids[i % len(offer_ids)])
            start = time.perf_counter()
            with urllib.request.urlopen(url, timeout=30) as response:
                response.read()
            if i >= 10:                                  # the first ten warm caches up
                times.append((time.perf_counter() - start) * 1000)
        results[name] = percentiles(times)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200, help="requests per kind (default 200)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not SCALE.is_dir():
        print(f"bench/web.py: {SCALE} is absent", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        subprocess.run([sys.executable, __file__, "--build-only", str(db), str(args.offers)], check=True)
        port = free_port()
        env = {**os.environ, "FILON_DATABASE_URL": f"sqlite:///{db}", "DJANGO_SETTINGS_MODULE": "filon.web.settings"}
        server = subprocess.Popen([sys.executable, "-m", "gunicorn", "filon.web.wsgi:application", "-w", str(args.workers),
                                   "-b", f"127.0.0.1:{port}", "--log-level", "warning"], env=env, cwd=tmp)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    urllib.request.urlopen(base + "/api/offres/?page=1", timeout=2).read()
                    break
                except OSError:
                    time.sleep(0.2)
            first = json.loads(urllib.request.urlopen(base + "/api/offres/", timeout=30).read())
            ids = [r["id"] for r in first["results"]]
            results = measure(base, args.requests, ids)
        finally:
            server.terminate()
            server.wait(timeout=10)
    if args.json:
        print(json.dumps({"offers": args.offers, "results": results}, indent=2))
        return 0
    print(f"{args.offers} offers in SQLite, gunicorn {args.workers} workers, {args.requests} sequential requests per kind")
    print(f"{'request':28} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for name, r in results.items():
        print(f"{name:28} {r['p50']:8.1f} {r['p95']:8.1f} {r['p99']:8.1f}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--build-only":
        build(Path(sys.argv[2]), int(sys.argv[3]))
        sys.exit(0)
    sys.exit(main())
