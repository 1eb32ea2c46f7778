"""`filon backup` and `filon restore` (issue 11): a board backed up while it
holds unsaved work in SQLite's write-ahead log, changed, then restored, gives
back the same offers, accounts and search results; a bad file is refused and
leaves the board as it was. On the database the suite runs on (a SQLite file,
or a fresh PostgreSQL database when the suite runs on PostgreSQL)."""
import json
import sqlite3

from tests.databases import fresh_database
from tests.test_migrate_db import ROOT, board, filon, run, searched


def _board(tmp_path) -> str:
    url = fresh_database("backup", tmp_path)
    assert filon("import", str(ROOT / "demo" / "offers"), "--written-on", "2027-01-15", url=url).returncode == 0
    run(url, "from django.contrib.auth.models import User; User.objects.create_superuser('coord', 'c@example.org', 'pw')")
    return url


def test_restore_gives_back_the_offers_and_searches_backed_up(tmp_path):
    url = _board(tmp_path)
    before_board, before_search = board(url), searched(url)
    done = filon("backup", str(tmp_path / "board.bak"), "--json", url=url)
    assert done.returncode == 0, done.stderr
    kind = json.loads(done.stdout)["database"]
    assert kind == ("sqlite" if url.startswith("sqlite") else "postgresql")
    # The board goes on: an offer withdrawn, another deleted, an account added.
    run(url, "from filon.offers.models import Offer; from django.contrib.auth.models import User; "
             "o = Offer.objects.first(); o.status = 'archived'; o.save(); Offer.objects.last().delete(); "
             "User.objects.create_user('late')")
    assert board(url) != before_board
    restored = filon("restore", str(tmp_path / "board.bak"), url=url)
    assert restored.returncode == 0, restored.stderr
    assert board(url) == before_board and searched(url) == before_search


def test_sqlite_backup_holds_what_the_write_ahead_log_still_holds(tmp_path):
    url = f"sqlite:///{tmp_path / 'wal.sqlite3'}"
    assert filon("import", str(ROOT / "demo" / "offers"), "--written-on", "2027-01-15", url=url).returncode == 0
    # A reader holding the database open keeps the log from being checkpointed into the file.
    reader = sqlite3.connect(tmp_path / "wal.sqlite3")
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM offers_offer").fetchone()
    run(url, "from filon.offers.models import Offer; Offer.objects.update(title='Titre du journal')")
    assert filon("backup", str(tmp_path / "copy.bak"), url=url).returncode == 0
    reader.close()
    titles = sqlite3.connect(tmp_path / "copy.bak").execute("SELECT DISTINCT title FROM offers_offer").fetchall()
    assert titles == [("Titre du journal",)]


def test_a_bad_backup_is_refused_and_the_board_stays(tmp_path):
    url = _board(tmp_path)
    before = board(url)
    (tmp_path / "junk.bak").write_bytes(b"not a backup at all")
    failed = filon("restore", str(tmp_path / "junk.bak"), url=url)
    assert failed.returncode == 1 and "junk.bak" in failed.stderr
    assert filon("restore", str(tmp_path / "missing.bak"), url=url).returncode == 1
    assert board(url) == before
    assert filon("backup", str(tmp_path / "junk.bak"), url=url).returncode == 1      # never overwrites a file
