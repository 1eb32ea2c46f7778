"""`filon migrate-db`: a whole board copied to another database, nothing lost; on any failure, nothing copied.

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


def board(url) -> dict:
    """What a board holds besides its offers' search: offers, history, accounts (with their password
    hashes) and API tokens."""
    code = ("import django, json; django.setup(); from django.contrib.auth.models import User; "
            "from rest_framework.authtoken.models import Token; from filon.offers.models import Offer, StatusChange; "
            "print(json.dumps({'offers': sorted(Offer.objects.values_list('title', 'status', 'deadline')), "
            "'history': StatusChange.objects.count(), "
            "'users': sorted(User.objects.values_list('username', 'password', 'is_staff')), "
            "'tokens': sorted(Token.objects.values_list('key', 'user__username'))}, default=str))")
    env = {**os.environ, "FILON_DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "filon.web.settings"}
    return json.loads(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout)


def run(url, code: str) -> None:
    env = {**os.environ, "FILON_DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "filon.web.settings"}
    subprocess.run([sys.executable, "-c", f"import django; django.setup(); {code}"], env=env, check=True)


def source_board(tmp_path) -> str:
    """A board of the demo offers, a coordinator and an integrator with an API token."""
    source = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    assert filon("import", str(ROOT / "demo" / "offers"), "--written-on", "2027-01-15", url=source).returncode == 0
    run(source, "from django.contrib.auth.models import User; from rest_framework.authtoken.models import Token; "
                "User.objects.create_superuser('coord', 'c@example.org', 'pw'); "
                "Token.objects.create(user=User.objects.create_user('partner', password='pw2'))")
    return source


def test_copy_keeps_every_offer_and_search(tmp_path):
    source = source_board(tmp_path)
    target = fresh_database("copy", tmp_path)
    done = filon("migrate-db", target, "--json", url=source)
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)
    assert counts["offers.Offer"] == 6 and counts["offers.StatusChange"] == 6
    assert counts["auth.User"] == 2 and counts["authtoken.Token"] == 1
    copied = board(target)
    assert copied == board(source) and len(copied["users"]) == 2 and len(copied["tokens"]) == 1
    # Same offers found; the relevance order of each backend's ranking may differ (BM25 / ts_rank).
    for query, copied, original in zip(SEARCHES, searched(target), searched(source), strict=True):
        assert (sorted(copied) == sorted(original)) if query.startswith("q=") else (copied == original), query
    again = filon("migrate-db", target, url=source)
    assert again.returncode == 1 and "already holds offers" in again.stderr


def test_a_failed_copy_leaves_the_target_as_it_was(tmp_path):
    source = source_board(tmp_path)
    target = fresh_database("clash", tmp_path)
    run(target, "from django.core.management import call_command; call_command('migrate', verbosity=0); "
                "from django.contrib.auth.models import User; User.objects.create_user('coord', pk=99)")   # same name
    before = board(target)
    failed = filon("migrate-db", target, url=source)
    assert failed.returncode == 1 and "nothing copied" in failed.stderr
    assert board(target) == before and before["offers"] == []


def test_row_counts_are_compared_before_the_copy_is_kept(tmp_path):
    source = source_board(tmp_path)
    target = fresh_database("extra", tmp_path)
    run(target, "from django.core.management import call_command; call_command('migrate', verbosity=0); "
                "from django.contrib.auth.models import User; User.objects.create_user('someone-else', pk=99)")
    failed = filon("migrate-db", target, url=source)
    assert failed.returncode == 1
    assert "auth.User: 2 rows in the source, 3 in the target" in failed.stderr and "nothing copied" in failed.stderr
    assert board(target)["offers"] == [] and [u[0] for u in board(target)["users"]] == ["someone-else"]
