#!/usr/bin/env python3
"""Instructions per offer of the extraction pipeline, counted by valgrind (callgrind).

On a shared machine, CPU time swings by a third from one run to the next
with what else runs; the count of instructions a run executes does not (the
hash seed fixed, it is the same from run to run). A change that saves work
shows in it whatever the load, so this is the measure to compare two
checkouts with (it does not see cache misses or the speed of each
instruction: bench/extract.py's times stay the figures a user sees).

For each interpreter (this checkout's, and with ``--against`` a baseline's),
valgrind runs the pipeline twice: start-up and one warm-up extraction alone,
then the same plus the corpus; the difference, divided by the offers found,
is the cost of one offer. The corpus: every ``--step``-th file of
../shared/corpus/scale (default 12: 290 files), or the multi-offer pages of
dev and dev2 (``--corpus multi``, 7 pages, 32 offers).

    .venv/bin/python bench/instructions.py --against ../before/.venv/bin/python

About 3 minutes a side on this project's machine; valgrind must be installed.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def child(corpus: str, step: int) -> None:
    """Run in valgrind: a warm-up extraction, then the files (none with step 0); print the offers."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import extract as bench  # bench/extract.py: the same corpora

    from filon.extract import extract
    extract("Chargé de mission à Lyon, CDD de 6 mois. Bruxelles, Belgique")
    files = [] if step == 0 else bench.scale_files()[::step] if corpus == "scale" else sorted(set(bench.multi_files()))
    print(sum(len(extract(f.read_bytes(), f.name)) for f in files))


def child_env() -> dict[str, str]:
    """The children's environment: the hash seed fixed, and Python's byte-code cache kept (where
    the environment said PYTHONDONTWRITEBYTECODE, a checkout's sources would be compiled at every
    start, which no installation does: its start-up would not compare with an installed baseline's)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONHASHSEED": "0"}


def instructions(python: str, corpus: str, step: int) -> tuple[int, int]:
    """Instructions executed and offers found by ``python`` running :func:`child`."""
    with tempfile.TemporaryDirectory() as tmp:
        done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out", python, __file__,
                               "--child", corpus, str(step)], capture_output=True, text=True,
                              env=child_env(), check=True)
    collected = re.search(r"Collected : (\d+)", done.stderr)
    return int(collected.group(1)), int(done.stdout.split()[-1])


def per_offer(python: str, corpus: str, step: int) -> dict:
    subprocess.run([python, __file__, "--child", corpus, "0"], capture_output=True, env=child_env(), check=True)  # writes the byte-code cache
    base, _ = instructions(python, corpus, 0)
    total, offers = instructions(python, corpus, step)
    return {"python": python, "offers": offers, "start_up_instructions": base,
            "instructions_per_offer": round((total - base) / offers)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", metavar="PYTHON", help="also count the filon installed for this interpreter")
    parser.add_argument("--corpus", choices=("scale", "multi"), default="scale")
    parser.add_argument("--step", type=int, default=12, help="with --corpus scale: every STEP-th file (default 12)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return 0
    if not shutil.which("valgrind"):
        print("bench/instructions.py: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    sides = ([("baseline", args.against)] if args.against else []) + [("this checkout", sys.executable)]
    results = {name: per_offer(python, args.corpus, args.step) for name, python in sides}
    for name, r in results.items():
        print(f"{name:14} {r['offers']:5d} offers  {r['instructions_per_offer']:>12,} instructions per offer  "
              f"(start-up {r['start_up_instructions']:,})")
    if args.against:
        before, after = (results[n]["instructions_per_offer"] for n in ("baseline", "this checkout"))
        print(f"ratio (baseline / this checkout): {before / after:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
