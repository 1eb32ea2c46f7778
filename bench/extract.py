#!/usr/bin/env python3
"""Throughput and peak memory of the full extraction pipeline, one process.

Corpora (from ../shared, never copied into the repo):
  scale  ../shared/corpus/scale: 3,474 real offers (France Travail texts + beta.gouv.fr posts)
  dev    ../shared/corpus/dev/raw repeated until it holds at least 2,000 offers

For each corpus, the same files are timed twice in the same run: merely
reading them (the baseline) and reading + extracting them. Each measure is
the median of --repeat runs; process start and the one-off load of the
commune list are excluded (a warm-up extraction runs first). Wall-clock and
CPU time are both reported: on a shared virtual machine the wall clock also
counts the time the CPU was given to others.

    .venv/bin/python bench/extract.py [--repeat 3] [--json]
"""
from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import sys
import time
from pathlib import Path

from filon.extract import ExtractionError, extract

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
DEV_MIN_OFFERS = 2000


def scale_files() -> list[Path]:
    return sorted((SHARED / "scale" / "france-travail" / "txt").glob("*.txt")) + sorted(
        (SHARED / "scale" / "betagouv-jobs").glob("*.md"))


def dev_files() -> list[Path]:
    files = sorted((SHARED / "dev" / "raw").iterdir())
    per_round = sum(len(extract(f.read_bytes(), f.name)) for f in files)
    rounds = -(-DEV_MIN_OFFERS // per_round)
    return files * rounds


def read_only(files: list[Path]) -> tuple[float, int]:
    start = time.perf_counter()
    size = sum(len(f.read_bytes()) for f in files)
    return time.perf_counter() - start, size


def read_and_extract(files: list[Path]) -> tuple[float, float, int, int]:
    start, cpu_start = time.perf_counter(), time.process_time()
    offers = failed = 0
    for f in files:
        try:
            offers += len(extract(f.read_bytes(), f.name))
        except ExtractionError:
            failed += 1
    return time.perf_counter() - start, time.process_time() - cpu_start, offers, failed


def measure(name: str, files: list[Path], repeat: int) -> dict:
    reads, runs, cpus = [], [], []
    offers = failed = size = 0
    for _ in range(repeat):
        seconds, size = read_only(files)
        reads.append(seconds)
        seconds, cpu, offers, failed = read_and_extract(files)
        runs.append(seconds)
        cpus.append(cpu)
    read_s, run_s, cpu_s = statistics.median(reads), statistics.median(runs), statistics.median(cpus)
    return {"corpus": name, "files": len(files), "megabytes": round(size / 1e6, 1), "offers": offers,
            "failed_files": failed, "read_only_s": round(read_s, 3), "pipeline_s": round(run_s, 3),
            "pipeline_cpu_s": round(cpu_s, 3), "offers_per_s": round(offers / run_s, 1),
            "offers_per_cpu_s": round(offers / cpu_s, 1), "pipeline_vs_read": round(run_s / read_s, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure; the median is reported (default 3)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"bench/extract.py: {SHARED} is absent: the benchmark needs ../shared/corpus", file=sys.stderr)
        return 2
    start = time.perf_counter()
    extract("Chargé de mission à Lyon, CDD de 6 mois.")      # loads the commune list once
    warmup_s = time.perf_counter() - start
    dev = dev_files()
    results = [measure("scale", scale_files(), args.repeat),
               measure(f"dev repeated ({len(dev)} files)", dev, args.repeat)]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    summary = {"results": results, "peak_rss_mb": round(peak_mb, 1), "warmup_s": round(warmup_s, 3),
               "python": platform.python_version(), "machine": platform.machine(), "repeat": args.repeat}
    if args.json:
        print(json.dumps(summary, indent=2))
        return 0
    print(f"{'corpus':32} {'offers':>7} {'read s':>8} {'pipeline s':>11} {'offers/s':>9} {'offers/cpu-s':>13} {'x read':>7}")
    for r in results:
        print(f"{r['corpus']:32} {r['offers']:7d} {r['read_only_s']:8.3f} {r['pipeline_s']:11.3f} "
              f"{r['offers_per_s']:9.1f} {r['offers_per_cpu_s']:13.1f} {r['pipeline_vs_read']:7.1f}")
    print(f"peak RSS {summary['peak_rss_mb']} MB; first call (commune list load) {summary['warmup_s']} s; "
          f"median of {args.repeat} runs; Python {summary['python']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
