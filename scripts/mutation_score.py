"""The score of the last mutmut run per package of filon/: reads `mutmut results --all true` on stdin.

Score: mutants killed (a test failed or timed out) among those run; and the same without the
survivors listed as equivalent in scripts/mutation-equivalent.tsv."""
import collections
import sys
from pathlib import Path

EQUIVALENT = Path(__file__).with_name("mutation-equivalent.tsv")


def main(packages: list[str]) -> None:
    equivalent = {line.split("\t")[0] for line in EQUIVALENT.read_text(encoding="utf-8").splitlines()
                  if line.strip() and not line.startswith("#")}
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for line in sys.stdin:
        name, _, status = line.strip().rpartition(": ")
        package = name.split(".")[1] if name.startswith("filon.") else ""
        if package in packages:
            counts[package][status] += 1
            if status == "survived" and name in equivalent:
                counts[package]["equivalent"] += 1
    print(f"{'package':10} {'run':>6} {'killed':>7} {'survived':>9} {'no tests':>9} {'not run':>8} {'score':>7} {'without equivalents':>20}")
    for package in packages:
        c = counts[package]
        run = sum(n for status, n in c.items() if status not in ("not checked", "skipped", "equivalent"))
        killed = c["killed"] + c["timeout"] + c["caught by type check"]
        if not run:
            print(f"{package:10} not run")
            continue
        print(f"{package:10} {run:6} {killed:7} {c['survived']:9} {c['no tests']:9} {c['not checked']:8} "
              f"{100 * killed / run:6.1f}% {100 * killed / (run - c['equivalent']):19.1f}%")


if __name__ == "__main__":
    main(sys.argv[1:])
