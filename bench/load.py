#!/usr/bin/env python3
"""Throughput of ``filon serve`` under concurrent load, on a 10,000-offer board.

Builds a board of N offers as bench/web.py does (real offers varied, stored
through ``store_records``), starts ``filon serve`` (waitress, the default
server) on loopback and drives it from this process with C keep-alive
connections (asyncio, no think time) for D seconds per phase:

  offer page   the offer pages alone (one row by primary key): the baseline
  mix          searches (keywords, facets, radius, pages), API searches and offer
               pages, 45 / 15 / 40 %, drawn from fixed lists of URLs as links
               shared on social media are

Reports requests/s, p50/p95/p99 latency in ms and errors (non-200 answers,
timeouts) per phase, and the mix's throughput as a ratio to the offer page's.

    .venv/bin/python bench/load.py [--offers 10000] [--concurrency 50] [--seconds 20] [--json]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from synthetic import percentiles
from web import free_port

SEARCHES = ["/?contract=cdi&region=Auvergne-Rh%C3%B4ne-Alpes", "/?q=administrateur+reseau", "/?q=agent&contract=cdd",
            "/?page=20", "/?near=Lyon&radius_km=30", "/?q=animateur", "/?q=charg%C3%A9+de+mission", "/?contract=stage",
            "/?region=Bretagne", "/?q=%22service+civique%22", "/?remote=1", "/?education=bac%2B5", "/?sort=recent",
            "/?q=coordinateur&region=Occitanie", "/?near=Rennes&radius_km=50", "/?q=biodiversit%C3%A9", "/?open=1",
            "/?department=75", "/?q=comptable&sort=deadline", "/?page=2", "/"]
APIS = ["/api/offres/?contract=cdi&region=Occitanie", "/api/offres/?q=animateur", "/api/offres/?near=Paris",
        "/api/offres/?contract=stage&page=3", "/api/offres/"]


async def _client(host: str, port: int, paths, deadline: float, times: list, errors: list) -> None:
    """One keep-alive connection sending requests one after the other until ``deadline``."""
    reader = writer = None
    while time.perf_counter() < deadline:
        path = next(paths)
        start = time.perf_counter()
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(host, port)
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept-Encoding: identity\r\n\r\n".encode())
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 30)
            status = int(head.split(b" ", 2)[1])
            length = next(int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                          if line.lower().startswith(b"content-length:"))
            await asyncio.wait_for(reader.readexactly(length), 30)
            if b"connection: close" in head.lower():
                writer.close()
                writer = None
        except (TimeoutError, OSError, asyncio.IncompleteReadError, StopIteration, ValueError) as error:
            errors.append(type(error).__name__)
            if writer is not None:
                writer.close()
            writer = None
            continue
        times.append((time.perf_counter() - start) * 1000)
        if status != 200:
            errors.append(str(status))


def run_phase(port: int, paths: list[str], concurrency: int, seconds: float, seed: int) -> dict:
    """Requests/s, latency percentiles and errors of ``concurrency`` connections for ``seconds``."""
    rng = random.Random(seed)

    def cycle():
        while True:
            yield rng.choice(paths)
    urls = cycle()
    times: list[float] = []
    errors: list[str] = []

    async def main() -> None:
        deadline = time.perf_counter() + seconds
        await asyncio.gather(*(_client("127.0.0.1", port, urls, deadline, times, errors) for _ in range(concurrency)))
    started = time.perf_counter()
    asyncio.run(main())
    elapsed = time.perf_counter() - started
    return {"requests_per_s": round(len(times) / elapsed, 1), **percentiles(times), "requests": len(times),
            "errors": len(errors), "error_kinds": sorted(set(errors))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--db", type=Path, help="reuse (or build once into) this SQLite file")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.sqlite3"
        if not db.exists():
            subprocess.run([sys.executable, str(Path(__file__).with_name("web.py")), "--build-only", str(db),
                            str(args.offers)], check=True)
        port = free_port()
        env = {**os.environ, "FILON_DATABASE_URL": f"sqlite:///{db.resolve()}", "FILON_SECRET_KEY": "bench" * 10}
        server = subprocess.Popen([sys.executable, "-m", "filon.cli", "serve", "--port", str(port)], env=env, cwd=tmp,
                                  stdout=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(300):
                try:
                    first = json.loads(urllib.request.urlopen(base + "/api/offres/?sort=recent", timeout=5).read())
                    break
                except OSError:
                    time.sleep(0.2)
            ids = [r["id"] for r in first["results"]]
            ids += [i + k for i in ids for k in range(1, 10)]
            offers = [f"/offres/{i}/" for i in ids]
            mix = SEARCHES * 3 + APIS * 4 + offers[:len(SEARCHES) * 3 * 40 // 45]
            run_phase(port, offers + mix, args.concurrency, 3, 0)             # warm-up
            results = {"offer page": run_phase(port, offers, args.concurrency, args.seconds, 1),
                       "mix": run_phase(port, mix, args.concurrency, args.seconds, 2)}
        finally:
            server.terminate()
            server.wait(timeout=30)
    ratio = results["mix"]["requests_per_s"] / results["offer page"]["requests_per_s"]
    if args.json:
        print(json.dumps({"offers": args.offers, "concurrency": args.concurrency, "results": results,
                          "mix_to_offer_page": round(ratio, 2)}, indent=2))
        return 0
    print(f"{args.offers} offers in SQLite, filon serve, {args.concurrency} connections, {args.seconds:g} s per phase")
    print(f"{'phase':12} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for name, r in results.items():
        print(f"{name:12} {r['requests_per_s']:8.1f} {r['p50']:8.1f} {r['p95']:8.1f} {r['p99']:8.1f} {r['errors']:7d}")
    print(f"mix throughput / offer page throughput: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
