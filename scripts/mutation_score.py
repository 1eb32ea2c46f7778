"""The score of the last mutmut run per package of filon/, then per module: reads
`mutmut results --all true` on stdin.

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
        parts = name.split(".")
        if name.startswith("filon.") and parts[1] in packages:
            for key in (parts[1], f"{parts[1]}.{parts[2]}"):       # the package, then its module
                counts[key][status] += 1
                counts[key]["equivalent"] += status == "survived" and name in equivalent
    print(f"{'package':14} {'run':>6} {'killed':>7} {'survived':>9} {'no tests':>9} {'not run':>8} {'score':>7} "
          f"{'without equivalents':>20}")
    for package in packages:
        print_row(package, counts[package])
        for module in sorted(key for key in counts if key.startswith(f"{package}.")):
            print_row(f"  {module.split('.')[1]}", counts[module])


def print_row(name: str, c: collections.Counter) -> None:
    run = sum(n for status, n in c.items() if status not in ("not checked", "skipped", "equivalent"))
    killed = c["killed"] + c["timeout"] + c["caught by type check"]
    if not run:
        print(f"{name:14} not run ({c['not checked']} mutants)")
        return
    judged = run - c["equivalent"]
    print(f"{name:14} {run:6} {killed:7} {c['survived']:9} {c['no tests']:9} {c['not checked']:8} "
          f"{100 * killed / run:6.1f}% " + (f"{100 * killed / judged:19.1f}%" if judged else f"{'-':>20}"))


if __name__ == "__main__":
    main(sys.argv[1:])
