"""The index's mark and the database's change log, piece by piece: what a
mark file holds and when it is unreadable, where the log stands, the mark a
rebuild starts from, the changes a mark has not applied, and when an index
is replayed rather than rebuilt. One row per case."""
import itertools
import json

import pytest
from django.db import connection

from filon.offers.models import Offer, Status, today
from filon.search import index
from filon.search.index import STATE_FILE, VERSION, Log, Mark
from filon.search.models import Change, State

_ids = itertools.count()


def make(title: str) -> Offer:
    return Offer.objects.create(title=title, text=f"{title}. Animation nature.", content_hash=f"log{next(_ids)}",
                                status=Status.PUBLISHED, published_on=today())


# what the mark file holds -> the mark read (None: the index is rebuilt)
MARK_FILES = [
    pytest.param(None, None, id="no-file"),
    pytest.param("{not json", None, id="not-json"),
    pytest.param('{"board": 5, "colour": "red"}', None, id="a-field-this-version-does-not-know"),
    pytest.param("[5, 6]", None, id="a-list"),
    pytest.param('{"board": 5, "generation": "ab", "seq": 9}', Mark(5, "ab", 9), id="fields-of-this-version"),
    pytest.param('{"board": 5, "seq": 9, "version": 3}', Mark(board=5, seq=9, version=3), id="an-older-version"),
]


@pytest.mark.parametrize("content, mark", MARK_FILES)
def test_a_mark_file_read(tmp_path, content, mark):
    if content is not None:
        (tmp_path / STATE_FILE).write_text(content)
    assert Mark.read(tmp_path) == mark


def test_a_mark_written_is_read_back_and_leaves_no_draft(tmp_path):
    mark = Mark(board=7, generation="0123abcd", seq=42, horizon=3, seen=[4, 5])
    mark.write(tmp_path)
    Mark(board=7, generation="0123abcd", seq=43).write(tmp_path)         # written over
    assert [p.name for p in tmp_path.iterdir()] == [STATE_FILE]
    assert json.loads((tmp_path / STATE_FILE).read_text()) == {
        "board": 7, "generation": "0123abcd", "seq": 43, "horizon": 0, "seen": [], "version": VERSION}


# (mark's version, board, seq) against the log (board 1, pruned up to 10, top 20) -> replayed, else rebuilt
LOG = Log(board=1, pruned=10, top=20)
USABLE = [
    pytest.param(None, False, id="no-mark"),
    pytest.param(Mark(1, "g", 15), True, id="inside-the-log"),
    pytest.param(Mark(1, "g", 10), True, id="at-the-pruned-end"),
    pytest.param(Mark(1, "g", 9), False, id="behind-the-pruned-part"),
    pytest.param(Mark(1, "g", 20), True, id="at-the-top"),
    pytest.param(Mark(1, "g", 21), False, id="ahead-of-the-log-a-database-restored-from-before"),
    pytest.param(Mark(2, "g", 15), False, id="another-board"),
    pytest.param(Mark(1, "g", 15, version=VERSION - 1), False, id="another-schema"),
]


@pytest.mark.parametrize("mark, usable", USABLE)
def test_an_index_is_replayed_only_from_a_mark_the_log_still_holds(mark, usable):
    assert index.usable(mark, LOG) is usable


@pytest.mark.django_db
def test_where_the_log_stands():
    State.objects.filter(name__in=["board", "pruned"]).delete()
    Change.objects.all().delete()
    assert Log.read(connection) == Log(0, 0, 0)                        # a log never written
    State.objects.create(name="board", value=77)
    offers = [make(f"Animatrice {i}") for i in range(3)]
    top = Change.objects.order_by("-seq").values_list("seq", flat=True).first()
    assert len(offers) == 3 and Log.read(connection) == Log(77, 0, top)
    State.objects.create(name="pruned", value=top - 1)
    assert Log.read(connection) == Log(77, top - 1, top)
    Change.objects.all().delete()                                      # pruned to its end
    State.objects.filter(name="pruned").update(value=top)
    assert Log.read(connection) == Log(77, top, top)


@pytest.mark.django_db
def test_a_rebuild_starts_from_a_new_mark_at_the_log_s_end():
    make("Animatrice")
    State.objects.update_or_create(name="board", defaults={"value": 31})
    top = Change.objects.order_by("-seq").values_list("seq", flat=True).first()
    first, second = index.position(connection), index.position(connection)
    assert (first.board, first.seq, first.seen, first.version) == (31, top, [], VERSION)
    # PostgreSQL: the oldest transaction still open when the mark was taken; SQLite has none.
    assert (first.horizon > 0) is (connection.vendor == "postgresql")
    assert len(first.generation) == 16 and int(first.generation, 16) >= 0
    assert first.generation != second.generation


@pytest.mark.django_db
def test_the_changes_a_mark_has_not_applied_in_their_order():
    make("Animatrice")
    start = Change.objects.order_by("-seq").values_list("seq", flat=True).first()
    # PostgreSQL reads the changes of every transaction open at the mark's horizon again, and skips those the
    # mark says it has seen (this test's own transaction is open throughout); SQLite reads past the mark's seq.
    postgres = connection.vendor == "postgresql"
    mark = Mark(board=3, generation="cafe", seq=start, horizon=index._horizon(connection) if postgres else 0,
                seen=[start] if postgres else [], version=VERSION - 1)
    assert index.unseen(connection, mark) == ([], mark)                 # nothing new: the same mark
    later = [make(f"Animateur {i}") for i in range(3)]
    later[0].title = "Animateur des haies"
    later[0].save()
    found, moved = index.unseen(connection, mark)
    rows = list(Change.objects.filter(seq__gt=start).order_by("seq").values_list("seq", "offer_id"))
    assert found == rows and [offer for _, offer in found] == [later[0].pk, later[1].pk, later[2].pk, later[0].pk]
    assert moved == Mark(board=3, generation="cafe", seq=rows[-1][0], horizon=mark.horizon,
                         seen=[start, *(seq for seq, _ in rows)] if postgres else [], version=VERSION - 1)
