#!/usr/bin/env python3
"""Score extraction per source of a gold corpus, with ../shared/eval/score.py.

A corpus's documents are named NNN_[multi_]source-rest.ext; the documents of
one source (one site, one employer) are scored together, so that a rule that
helps one source and costs another shows.

    .venv/bin/python scripts/score_sources.py ../shared/corpus/dev2 [--json]

Extracts every document of RAW with `filon extract` into a temporary folder,
then runs the scorer on each source's gold files; prints one line a source
(documents, offers, score, stated values found) and the whole corpus last.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
FILON = ROOT / ".venv" / "bin" / "filon"


def source_of(name: str) -> str:
    """ "102_multi_capemploi44-liste-offres" -> "capemploi44"."""
    return re.sub(r"^\d+_(?:multi_)?", "", name).split("-")[0]


def score(gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(gold), "--pred", str(pred)],
                         capture_output=True, text=True, check=True).stdout
    offers = re.search(r"offers: gold (\d+), predicted (\d+), matched (\d+)", out)
    stated = re.search(r"stated values found: \d+/\d+ \(([\d.]+)%\)", out)
    return {"score": float(re.search(r"score: ([\d.]+)", out).group(1)), "gold_offers": int(offers.group(1)),
            "predicted_offers": int(offers.group(2)), "stated_found_pct": float(stated.group(1))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a folder holding raw/ and gold/")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    raw, gold = args.corpus / "raw", args.corpus / "gold"
    if not raw.is_dir() or not gold.is_dir():
        print(f"score_sources.py: {args.corpus} has no raw/ and gold/ folders", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred"
        subprocess.run([str(FILON), "extract", *map(str, sorted(raw.iterdir())), "-o", str(pred)],
                       check=False, stderr=subprocess.DEVNULL)
        groups: dict[str, list[Path]] = defaultdict(list)
        for path in sorted(gold.glob("*.jsonl")):
            groups[source_of(path.stem)].append(path)
        results = []
        for source, paths in groups.items():
            folder = Path(tmp) / "gold" / source
            folder.mkdir(parents=True)
            for path in paths:
                shutil.copy(path, folder / path.name)
            results.append({"source": source, "documents": len(paths), **score(folder, pred)})
        results.append({"source": "(all)", "documents": sum(len(p) for p in groups.values()), **score(gold, pred)})
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{'source':24} {'docs':>5} {'offers':>7} {'found':>6} {'score':>6}")
    for r in results:
        print(f"{r['source']:24} {r['documents']:5d} {r['predicted_offers']:3d}/{r['gold_offers']:<3d} "
              f"{r['stated_found_pct']:5.1f}% {r['score']:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
