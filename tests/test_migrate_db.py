"""`filon migrate-db`: a whole board copied to another database, nothing lost.

The target is a fresh SQLite file, and, when the suite runs on PostgreSQL, a
fresh database on that server (the SQLite -> PostgreSQL move of the README)."""
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.databases import fresh_database

ROOT = Path(__file__).resolve().parent.parent
SEARCHES = ["q=concertation", "q=anim*", "q=-stage", "near=Lyon&radius_km=50", "contract=cdi", "sort=deadline"]


def filon(*args, url):
    env = {**os.environ, "FILON_DATABASE_URL": url}
    return subprocess.run([sys.executable, "-m", "filon.cli", *args], env=env, capture_output=True, text=True)


def searched(url) -> list:
    code = ("import django, json; django.setup(); from django.http import QueryDict; "
            "from filon.search.engine import Query, search; "
            f"print(json.dumps([[o.title for o in search(Query.from_params(QueryDict(q))).offers] for q in {SEARCHES!r}]))")
    env = {**os.environ, "FILON_DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "filon.web.settings"}
    return json.loads(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout)


def test_copy_keeps_every_offer_and_search(tmp_path):
    source = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    assert filon("import", str(ROOT / "demo" / "offers"), url=source).returncode == 0
    target = fresh_database("copy", tmp_path)
    done = filon("migrate-db", target, "--json", url=source)
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)
    assert counts["offers.Offer"] == 6 and counts["offers.StatusChange"] == 6
    # Same offers found; the relevance order of each backend's ranking may differ (BM25 / ts_rank).
    for query, copied, original in zip(SEARCHES, searched(target), searched(source), strict=True):
        assert (sorted(copied) == sorted(original)) if query.startswith("q=") else (copied == original), query
    again = filon("migrate-db", target, url=source)
    assert again.returncode == 1 and "already holds offers" in again.stderr
