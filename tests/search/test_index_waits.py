"""What a process does when another one holds the index: it waits for the
writer's lock a while, then gives up with a clear error; it opens the index
again when another writer's merge deleted a segment under it, and only then."""
import threading
import time

import pytest

from filon.search import index


@pytest.fixture
def held(tmp_path):
    """An index folder whose writer another opening of it holds; and a second opening."""
    holder = index.open_index(tmp_path)
    writer = holder.writer(heap_size=15_000_000, num_threads=1)
    released = threading.Event()

    def release():
        if not released.is_set():
            released.set()
            writer.wait_merging_threads()
    yield release, index.open_index(tmp_path)
    release()


def test_a_writer_held_elsewhere_is_waited_for_then_refused(held):
    _, other = held
    start = time.monotonic()
    with pytest.raises(index.Busy, match="LockBusy"):
        index._writer(other, wait_s=0.3)
    assert 0.3 <= time.monotonic() - start < 3


def test_a_writer_released_meanwhile_is_taken_at_once(held):
    release, other = held
    threading.Timer(0.2, release).start()
    start = time.monotonic()
    mine = index._writer(other, wait_s=10)
    assert 0.2 <= time.monotonic() - start < 0.9          # tried again every 20 ms, not every second
    mine.wait_merging_threads()


def test_a_free_writer_is_taken_without_waiting(tmp_path):
    start = time.monotonic()
    index._writer(index.open_index(tmp_path), wait_s=10).wait_merging_threads()
    assert time.monotonic() - start < 2


class Flaky:
    """A callable failing ``times`` times with ``error``, then answering "done"."""

    def __init__(self, times: int, error: str):
        self.times, self.error, self.calls = times, error, 0

    def __call__(self):
        self.calls += 1
        if self.calls <= self.times:
            raise ValueError(self.error)
        return "done"


MERGES = [
    pytest.param(0, "FileDoesNotExist", 1, id="no-failure"),
    pytest.param(1, "FileDoesNotExist(meta)", 2, id="a-deleted-segment-tried-again"),
    pytest.param(19, "FileDoesNotExist", 20, id="tried-up-to-20-times"),
]


@pytest.mark.parametrize("failures, error, calls", MERGES)
def test_a_segment_deleted_by_another_writers_merge_is_read_again(failures, error, calls):
    action = Flaky(failures, error)
    assert index._again_if_merged(action) == "done" and action.calls == calls


@pytest.mark.parametrize("failures, error, calls", [
    pytest.param(20, "FileDoesNotExist", 20, id="given-up-after-20"),
    pytest.param(1, "Schema error", 1, id="another-error-at-once"),
])
def test_other_failures_and_endless_ones_reach_the_caller(failures, error, calls):
    action = Flaky(failures, error)
    with pytest.raises(ValueError, match=error):
        index._again_if_merged(action)
    assert action.calls == calls


@pytest.mark.django_db
def test_a_search_while_another_process_writes_reads_the_last_commit_and_says_so(caplog):
    import logging

    from django.db import connection

    from filon.offers.models import Offer, Status, today

    def make(title):
        return Offer.objects.create(title=title, text=f"{title}. Nature.", content_hash=f"waits-{title}",
                                    status=Status.PUBLISHED, published_on=today())
    make("Animatrice")
    rep = index.Replica(index.folder())
    built = index.sync_folder(rep, connection)
    make("Animateur")
    holder = index.open_index(rep.folder).writer(heap_size=15_000_000, num_threads=1)
    try:
        with caplog.at_level(logging.INFO, logger=index.log.name):
            assert index.sync_folder(rep, connection, wait_s=0.3) == built         # the change: next time
    finally:
        holder.wait_merging_threads()
    assert [r.getMessage() for r in caplog.records if r.name == index.log.name] == [
        f"search index {rep.folder}: another process is writing; searching its last commit"]
    assert index.Mark.read(rep.folder) == built and rep.open(built).searcher().num_docs == 1
