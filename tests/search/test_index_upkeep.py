"""The index's upkeep as the commands call it (``filon expire`` prunes the
change log, ``filon restore`` renews the board's identity, ``filon reindex``
and ``filon import`` rebuild and sync), here in the tests' process: the
index a search then reads is exact."""
import dataclasses
import datetime as dt
import itertools

import pytest
import time_machine
from django.http import QueryDict
from django.utils import timezone

from filon.offers.models import Offer, Status, today
from filon.search import index
from filon.search.engine import Query, search
from filon.search.models import Change, State

pytestmark = pytest.mark.django_db
_ids = itertools.count()


def make(title: str, status=Status.PUBLISHED) -> Offer:
    return Offer.objects.create(title=title, text=f"{title}. Animation nature.", content_hash=f"u{next(_ids)}",
                                status=status, published_on=today())


def titles(q: str = "") -> list[str]:
    return sorted(o.title for o in search(Query.from_params(QueryDict(q)), per_page=50).offers)


def pruned() -> int | None:
    return State.objects.filter(name="pruned").values_list("value", flat=True).first()


def test_pruning_removes_the_changes_older_than_kept_and_says_where_it_stopped():
    offers = [make(f"Animatrice {i}") for i in range(4)]
    seqs = list(Change.objects.order_by("seq").values_list("seq", flat=True))
    assert len(seqs) >= 4
    with time_machine.travel(timezone.now(), tick=False):
        now = timezone.now()
        Change.objects.update(at=now)          # the database's clock may differ from the tests' (moved ahead)
        Change.objects.filter(seq__lte=seqs[1]).update(at=now - dt.timedelta(hours=10))
        Change.objects.filter(seq=seqs[2]).update(at=now - dt.timedelta(hours=5))        # exactly as old as kept
        assert index.prune(dt.timedelta(hours=5)) == 2
    assert list(Change.objects.order_by("seq").values_list("seq", flat=True)) == seqs[2:]
    assert pruned() == seqs[1]
    assert titles() == sorted(o.title for o in offers)           # an index behind the pruned log: rebuilt


def test_pruning_nothing_old_enough_changes_nothing():
    make("Animatrice")
    Change.objects.update(at=timezone.now())
    before = list(Change.objects.values_list("seq", flat=True))
    state = pruned()
    assert index.prune(dt.timedelta(hours=1)) == 0
    assert list(Change.objects.values_list("seq", flat=True)) == before and pruned() == state


def test_an_index_behind_the_pruned_log_is_rebuilt_not_replayed():
    make("Animatrice de haies")
    titles()                                              # indexed, the mark at the log's end
    mark = index.Mark.read(index.folder())
    State.objects.update_or_create(name="pruned", defaults={"value": mark.seq + 1})
    make("Animateur de vergers")
    assert titles() == ["Animateur de vergers", "Animatrice de haies"]
    assert index.Mark.read(index.folder()).generation != mark.generation


def test_a_renewed_board_identity_rebuilds_every_replica():
    make("Animatrice")
    titles()
    State.objects.update_or_create(name="pruned", defaults={"value": 0})       # a board that has pruned its log
    mark = index.Mark.read(index.folder())
    index.renew_board()
    board = State.objects.get(name="board").value
    assert board != mark.board and 0 <= board < 2 ** 63
    assert titles() == ["Animatrice"]
    again = index.Mark.read(index.folder())
    assert (again.board, again.generation != mark.generation) == (board, True)
    assert pruned() == 0


def test_reindex_counts_the_published_offers_and_tells_its_progress():
    make("Animatrice")
    make("Animateur")
    make("En attente", status=Status.PENDING)
    told = []
    assert index.reindex(progress=lambda done, total: told.append((done, total))) == 2
    assert told[-1] == (2, 2)
    assert titles("q=animation") == ["Animateur", "Animatrice"]


def test_sync_applies_the_changes_and_tells_its_progress():
    titles()
    first = make("Animatrice")
    second = make("Animateur")
    told = []
    mark = index.sync(progress=lambda done, total: told.append((done, total)))
    assert mark.seq == Change.objects.order_by("-seq").values_list("seq", flat=True).first()
    assert told == [(2, 2)]
    assert index.Mark.read(index.folder()) == mark
    assert titles() == sorted([first.title, second.title])
    assert index.sync() == mark                           # nothing new: the same mark


def test_a_search_finding_no_change_still_rewrites_a_mark_that_remembers_too_much():
    # PostgreSQL's mark remembers the changes it applied at or above its horizon, to skip them when read again;
    # one the log no longer shows is forgotten and the mark written, even when nothing is new (both databases).
    make("Animatrice")
    assert titles() == ["Animatrice"]
    mark = index.Mark.read(index.folder())
    dataclasses.replace(mark, seen=[*mark.seen, 10**9]).write(index.folder())
    assert titles() == ["Animatrice"]
    assert index.Mark.read(index.folder()) == mark


def test_sync_builds_a_missing_index_and_tells_its_progress():
    make("Animatrice")
    make("Animateur")
    told = []
    mark = index.sync(progress=lambda done, total: told.append((done, total)))
    assert told[-1] == (2, 2)
    assert index.Mark.read(index.folder()) == mark
    assert titles() == ["Animateur", "Animatrice"]


def test_inside_a_transaction_the_index_is_read_as_committed_or_built_once(settings):
    # As in production: inside a transaction the log may show writes rolled back later, so the index is not
    # brought up to it; a missing folder is built (with its progress told), an existing one read as it is.
    from django.db import connection

    settings.SEARCH_SYNC_IN_TRANSACTION = False
    make("Animatrice")
    rep = index.Replica(index.folder())
    told = []
    built = index.sync_folder(rep, connection, progress=lambda done, total: told.append((done, total)))
    assert built is not None and index.Mark.read(rep.folder) == built
    assert told[-1] == (1, 1)
    make("Animateur")
    assert index.sync_folder(rep, connection) == built                 # the change since: not applied
    State.objects.update_or_create(name="board", defaults={"value": built.board + 1})   # a restore, uncommitted
    assert index.sync_folder(rep, connection) == built                 # not rebuilt either
    assert index.Mark.read(rep.folder) == built
    assert rep.open(built).searcher().num_docs == 1


def test_the_size_of_an_index_folder_counts_its_files_only(tmp_path):
    (tmp_path / "segment").write_bytes(b"x" * 100)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "more").write_bytes(b"y" * 23)
    assert index.size_bytes(tmp_path) == 123
    make("Animatrice")
    titles()
    on_disk = sum(f.stat().st_size for f in index.folder().rglob("*") if f.is_file())
    assert index.size_bytes() == on_disk > 0


def test_sync_applies_many_changes_a_thousand_offers_at_a_time():
    from filon.extract import Offer as Record
    from filon.offers.importing import store_records

    titles()
    store_records([Record(title=f"Animatrice {i}", text=f"Sorties nature {i}.", published=today().isoformat())
                   for i in range(1500)])
    told = []
    index.sync(progress=lambda done, total: told.append((done, total)))
    assert told == [(1000, 1500), (1500, 1500)]
    assert search(Query.from_params(QueryDict("q=animatrice"))).total == 1500


def test_sync_waits_for_a_writer_held_elsewhere_longer_than_a_search_would():
    import threading

    titles()
    make("Animatrice")
    holder = index.open_index(index.folder()).writer(heap_size=15_000_000, num_threads=1)
    threading.Timer(index.LOCK_WAIT_S + 1, holder.wait_merging_threads).start()     # another process's long commit
    mark = index.sync()
    assert mark.seq == Change.objects.order_by("-seq").values_list("seq", flat=True).first()
