"""What the search and web benchmarks share: a realistic board of N offers
made from real ones, and latency percentiles.

The real offers are those of ../shared/corpus/scale and the dev corpus,
extracted once; each copy varies employer, commune (drawn by population all
over France), contract types, publication, deadline and start dates, pay.
"""
from __future__ import annotations

import datetime as dt
import itertools
import random
import statistics
from decimal import Decimal
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def real_records() -> list:
    from filon.extract import ExtractionError, extract

    files = sorted(p for p in (SHARED / "scale").rglob("*") if p.suffix in {".txt", ".md"} and p.name != "SOURCES.md")
    files += sorted((SHARED / "dev" / "raw").iterdir())
    records = []
    for path in files:
        try:
            records.extend(extract(path.read_bytes(), path.name))
        except ExtractionError:
            pass
    return records


def varied(records: list, n: int, seed: int = 0):
    """``n`` records varied from the real ones (a generator: constant memory)."""
    from filon.extract.geo import gazetteer

    rng = random.Random(seed)
    g = gazetteer()
    communes = sorted(g.by_insee.values(), key=lambda c: c.insee)
    cumulative = list(itertools.accumulate(max(c.population, 50) for c in communes))
    today = dt.date.today()
    kinds = [["cdi"], ["cdd"], ["stage"], ["alternance"], ["service_civique"], ["cdd", "cdi"], ["volontariat"], []]
    kind_weights = [30, 30, 12, 8, 8, 4, 3, 5]
    for i in range(n):
        r = type(records[0]).from_dict(records[i % len(records)].to_dict())
        commune = rng.choices(communes, cum_weights=cumulative)[0] if i % 20 else None         # 1 in 20: no place
        r.organization = f"{r.organization or 'Association'} {i // len(records)}" if i >= len(records) else r.organization
        if commune:
            r.location.city, r.location.postal_code = commune.name, (commune.postal_codes or ("",))[0]
            r.location.department, r.location.region = commune.department, g.region_name(commune.region)
        r.contract_types = rng.choices(kinds, kind_weights)[0]
        r.published = (today - dt.timedelta(days=rng.randint(0, 59))).isoformat()
        r.deadline = (today + dt.timedelta(days=rng.randint(1, 90))).isoformat() if rng.random() < 0.8 else None
        r.start.date = (today + dt.timedelta(days=rng.randint(10, 200))).isoformat() if rng.random() < 0.6 else None
        if r.salary.min:
            r.salary.min = float(Decimal(str(r.salary.min)) * Decimal(str(round(rng.uniform(0.9, 1.2), 2))))
        yield r


def percentiles(times_ms: list[float]) -> dict[str, float]:
    """p50, p95, p99 of these latencies, in ms."""
    q = statistics.quantiles(times_ms, n=100)
    return {"p50": round(statistics.median(times_ms), 1), "p95": round(q[94], 1), "p99": round(q[98], 1)}
