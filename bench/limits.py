#!/usr/bin/env python3
"""What reading documents in a limited worker process costs a bulk import.

The same files (../shared/corpus/dev/raw, never copied into the repo) are
extracted twice per round in the same run: in this process (``extract``,
the baseline) and through the limited worker (``extract_limited``, what
``filon import``, the board and the API use). Reports the median over
--repeat rounds of each, and their ratio. The worker is started before the
first round (its start-up is reported apart).

    .venv/bin/python bench/limits.py [--repeat 5] [--json]
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from filon.extract import ExtractionError, extract
from filon.extract.limits import extract_limited

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev" / "raw"


def _run(read, documents: list[tuple[bytes, str]]) -> float:
    """Seconds to read every document with ``read``."""
    start = time.perf_counter()
    for data, name in documents:
        try:
            read(data, name)
        except ExtractionError:
            pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    documents = [(p.read_bytes(), p.name) for p in sorted(CORPUS.iterdir()) if p.is_file()]
    started = time.perf_counter()
    extract_limited(documents[0][0], documents[0][1])
    start_up = time.perf_counter() - started
    extract(documents[0][0], documents[0][1])       # warm-up: the commune list
    in_process, worker = [], []
    for _ in range(args.repeat):
        in_process.append(_run(extract, documents))
        worker.append(_run(extract_limited, documents))
    result = {"documents": len(documents), "worker_start_s": round(start_up, 3),
              "in_process_s": round(statistics.median(in_process), 3), "worker_s": round(statistics.median(worker), 3)}
    result["ratio"] = round(result["worker_s"] / result["in_process_s"], 3)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{result['documents']} documents: in process {result['in_process_s']} s, through the limited worker "
              f"{result['worker_s']} s (x{result['ratio']}); worker start-up {result['worker_start_s']} s")


if __name__ == "__main__":
    main()
