#!/usr/bin/env python3
"""Throughput, cost per length and peak memory of the full extraction pipeline.

Corpora (from ../shared, never copied into the repo):
  scale   ../shared/corpus/scale: 3,474 real offers (France Travail texts + beta.gouv.fr posts)
  dev     ../shared/corpus/dev/raw repeated until it holds at least 2,000 offers
  dev2    ../shared/corpus/dev2/raw, the same way
  multi   the multi-offer pages of dev and dev2 (files named *_multi_*), repeated 40 times

For each corpus, the same files are timed in the same run: the floor (reading
each file and one regex pass over its text, ``re.findall(r"\\w+", text)``) and
reading + extracting them. Each measure is the median of --repeat runs;
process start and the one-off load of the commune list are excluded (a
warm-up extraction runs first) and the engine's per-line caches are emptied
before each run (a repeated corpus still meets its lines again within a run,
as a batch from one site does). Wall-clock and CPU time are both reported:
on a shared virtual machine the wall clock also counts the time the CPU was
given to others. Time per document against its length: each distinct
document's median time, the least-squares slope in µs per KB and the p50 and
p95 of µs per KB (a document that costs more than its length says shows in p95).

Then ``filon extract`` as a command on the multi-offer pages (a subprocess
pinned to one core where the system allows it, start-up included, output to
/dev/null): the offers per second a user sees.

    .venv/bin/python bench/extract.py [--repeat 3] [--json]

With ``--against PYTHON``, this checkout is compared with the filon installed for
another interpreter (a checkout of the baseline commit with its own virtual
environment): the two run in turn, ``--rounds`` times each (``--only`` and one
run per measure), and the medians of offers per CPU-second are printed side by
side. On a shared machine only figures from the same run compare.

    .venv/bin/python bench/extract.py --against ../before/.venv/bin/python --rounds 5 --only scale,multi
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from filon.extract import ExtractionError, extract

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
MIN_OFFERS = 2000
MULTI_ROUNDS = 40
FILON = Path(sys.executable).with_name("filon")


def scale_files() -> list[Path]:
    return sorted((SHARED / "scale" / "france-travail" / "txt").glob("*.txt")) + sorted(
        (SHARED / "scale" / "betagouv-jobs").glob("*.md"))


def offers_in(files: list[Path]) -> int:
    return sum(len(extract(f.read_bytes(), f.name)) for f in files)


def repeated(corpus: str) -> list[Path]:
    """The raw files of ``corpus`` repeated until they hold at least MIN_OFFERS offers."""
    files = sorted((SHARED / corpus / "raw").iterdir())
    return files * -(-MIN_OFFERS // offers_in(files))


def multi_files() -> list[Path]:
    """The multi-offer pages of dev and dev2, MULTI_ROUNDS times."""
    return sorted(SHARED.glob("dev*/raw/*_multi_*")) * MULTI_ROUNDS


def floor(files: list[Path]) -> float:
    """Seconds to read each file and run one regex over its text."""
    start = time.perf_counter()
    for f in files:
        re.findall(r"\w+", f.read_bytes().decode("utf-8", "replace"))
    return time.perf_counter() - start


def clear_line_caches() -> None:
    """Empty the engine's bounded caches (per line, per text) so that a run does not meet the
    lines of the previous run; the data loaded once (gazetteer, job titles) stays."""
    for name, module in list(sys.modules.items()):
        if name.startswith("filon.extract"):
            for value in vars(module).values():
                if getattr(value, "cache_parameters", lambda: {})().get("maxsize") not in (None, 1):
                    value.cache_clear()


def read_and_extract(files: list[Path], per_doc: dict[Path, list[float]]) -> tuple[float, float, int, int]:
    """Seconds, CPU seconds, offers and failed files; each document's time appended to ``per_doc``."""
    clear_line_caches()
    start, cpu_start = time.perf_counter(), time.process_time()
    offers = failed = 0
    for f in files:
        doc_start = time.perf_counter()
        try:
            offers += len(extract(f.read_bytes(), f.name))
        except ExtractionError:
            failed += 1
        per_doc[f].append(time.perf_counter() - doc_start)
    return time.perf_counter() - start, time.process_time() - cpu_start, offers, failed


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def per_length(per_doc: dict[Path, list[float]]) -> dict:
    """Slope (µs per KB, least squares with intercept) and p50/p95 of µs per KB over distinct documents."""
    points = [(f.stat().st_size / 1024, statistics.median(times) * 1e6) for f, times in per_doc.items()]
    kbs, us = [p[0] for p in points], [p[1] for p in points]
    slope = statistics.linear_regression(kbs, us).slope if len(points) > 1 else 0.0
    ratios = [t / kb for kb, t in points if kb]
    return {"us_per_kb_slope": round(slope, 1), "us_per_kb_p50": round(percentile(ratios, 0.5), 1),
            "us_per_kb_p95": round(percentile(ratios, 0.95), 1)}


def measure(name: str, files: list[Path], repeat: int) -> dict:
    floors, runs, cpus = [], [], []
    offers = failed = 0
    per_doc: dict[Path, list[float]] = defaultdict(list)
    for _ in range(repeat):
        floors.append(floor(files))
        seconds, cpu, offers, failed = read_and_extract(files, per_doc)
        runs.append(seconds)
        cpus.append(cpu)
    floor_s, run_s, cpu_s = statistics.median(floors), statistics.median(runs), statistics.median(cpus)
    size = sum(f.stat().st_size for f in files)
    return {"corpus": name, "files": len(files), "megabytes": round(size / 1e6, 1), "offers": offers,
            "failed_files": failed, "floor_s": round(floor_s, 3), "pipeline_s": round(run_s, 3),
            "pipeline_cpu_s": round(cpu_s, 3), "offers_per_s": round(offers / run_s, 1),
            "offers_per_cpu_s": round(offers / cpu_s, 1), "pipeline_vs_floor": round(run_s / floor_s, 1),
            **per_length(per_doc)}


def pin_one_core() -> None:
    """Run the child on one core (Linux); elsewhere it runs unpinned."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def command(files: list[Path], offers: int, repeat: int) -> dict:
    """``filon extract FILES > /dev/null`` timed end to end, start-up included.

    As a user's installation runs it: with Python's byte-code cache (a run writes it first,
    untimed, where the environment said PYTHONDONTWRITEBYTECODE), not compiling filon's
    sources at every start."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([str(FILON), "extract", "--help"], check=True, stdout=subprocess.DEVNULL, env=env)
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([str(FILON), "extract", "--no-progress", *map(str, files)], check=False,
                       stdout=subprocess.DEVNULL, preexec_fn=pin_one_core, env=env)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    start = time.perf_counter()
    subprocess.run([str(FILON), "extract", "--help"], check=True, stdout=subprocess.DEVNULL, preexec_fn=pin_one_core,
                   env=env)
    help_s = time.perf_counter() - start
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    return {"command": f"filon extract <{len(files)} multi-offer files>", "offers": offers, "wall_s": round(wall, 3),
            "cpu_s": round(cpu, 3), "offers_per_s": round(offers / wall, 1), "offers_per_cpu_s": round(offers / cpu, 1),
            "help_s": round(help_s, 3)}


def against(other: str, rounds: int, only: str) -> dict:
    """Offers per CPU-second of this checkout and of the one installed for ``other``, run in
    turn ``rounds`` times (the baseline first): each side's runs and their medians."""
    sides = {"baseline": other, "this checkout": sys.executable}
    runs: dict[str, list[dict]] = {side: [] for side in sides}
    for _ in range(rounds):
        for side, python in sides.items():
            done = subprocess.run([python, __file__, "--json", "--repeat", "1", "--only", only],
                                  check=True, capture_output=True, text=True)
            runs[side].append(json.loads(done.stdout))
    table = {}
    for side, results in runs.items():
        per_corpus = defaultdict(list)
        for result in results:
            for r in result["results"]:
                per_corpus[r["corpus"]].append(r["offers_per_cpu_s"])
            per_corpus["filon extract (offers/CPU-s)"].append(result["command"]["offers_per_cpu_s"])
            per_corpus["filon extract (offers/s)"].append(result["command"]["offers_per_s"])
        table[side] = {name: {"runs": values, "median": round(statistics.median(values), 1)}
                       for name, values in per_corpus.items()}
    return table


def print_against(table: dict) -> None:
    before, after = table["baseline"], table["this checkout"]
    print(f"{'offers per CPU-second (median)':44} {'baseline':>9} {'this':>9} {'ratio':>6}   runs (baseline | this)")
    for name in before:
        b, a = before[name]["median"], after[name]["median"]
        runs = " ".join(f"{v:.0f}" for v in before[name]["runs"]) + " | " + " ".join(f"{v:.0f}" for v in after[name]["runs"])
        print(f"{name:44} {b:9.1f} {a:9.1f} {a / b:6.2f}   {runs}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure; the median is reported (default 3)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--only", default="scale,dev,dev2,multi",
                        help="comma-separated corpora among scale, dev, dev2, multi (default: all)")
    parser.add_argument("--against", metavar="PYTHON",
                        help="compare with the filon installed for this interpreter, run in turn with this checkout")
    parser.add_argument("--rounds", type=int, default=5, help="with --against: runs of each side (default 5)")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"bench/extract.py: {SHARED} is absent: the benchmark needs ../shared/corpus", file=sys.stderr)
        return 2
    if args.against:
        table = against(args.against, args.rounds, args.only)
        if args.json:
            print(json.dumps(table, indent=2))
        else:
            print_against(table)
        return 0
    start = time.perf_counter()
    extract("Chargé de mission à Lyon, CDD de 6 mois.")      # loads the commune list once
    warmup_s = time.perf_counter() - start
    only = set(args.only.split(","))
    corpora = {"scale": lambda: ("scale", scale_files()),
               "dev": lambda: (f"dev repeated ({len(files := repeated('dev'))} files)", files),
               "dev2": lambda: (f"dev2 repeated ({len(files := repeated('dev2'))} files)", files),
               "multi": lambda: (f"multi-offer x{MULTI_ROUNDS} ({len(files := multi_files())} files)", files)}
    results = [measure(*corpora[name](), args.repeat) for name in corpora if name in only]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    multi = multi_files()
    cli = command(multi, len(multi) // len(set(multi)) * offers_in(sorted(set(multi))), args.repeat)
    summary = {"results": results, "command": cli, "peak_rss_mb": round(peak_mb, 1), "warmup_s": round(warmup_s, 3),
               "python": platform.python_version(), "machine": platform.machine(), "repeat": args.repeat}
    if args.json:
        print(json.dumps(summary, indent=2))
        return 0
    print(f"{'corpus':32} {'offers':>6} {'floor s':>8} {'pipeline s':>10} {'offers/s':>8} {'offers/cpu-s':>12} "
          f"{'x floor':>7} {'µs/KB':>6} {'p50':>6} {'p95':>6}")
    for r in results:
        print(f"{r['corpus']:32} {r['offers']:6d} {r['floor_s']:8.3f} {r['pipeline_s']:10.3f} {r['offers_per_s']:8.1f} "
              f"{r['offers_per_cpu_s']:12.1f} {r['pipeline_vs_floor']:7.1f} {r['us_per_kb_slope']:6.0f} "
              f"{r['us_per_kb_p50']:6.0f} {r['us_per_kb_p95']:6.0f}")
    print(f"{cli['command']}, one core, start-up included: {cli['offers']} offers in {cli['wall_s']} s "
          f"({cli['cpu_s']} CPU s): {cli['offers_per_s']} offers/s, {cli['offers_per_cpu_s']} offers/CPU-s; "
          f"'filon extract --help' {cli['help_s']} s")
    print(f"peak RSS {summary['peak_rss_mb']} MB; first call (commune list load) {summary['warmup_s']} s; "
          f"median of {args.repeat} runs; Python {summary['python']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
