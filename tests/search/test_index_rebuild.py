"""A rebuild of the index (``filon reindex``, or a folder that cannot be
brought up to the change log): a new folder built aside, its progress told
along, then swapped in while the old folder's writer is held; one another
process has just rebuilt is kept unless forced; a failed one leaves nothing."""
import itertools
import threading
import time

import pytest

from filon.offers.models import Offer, Status, today
from filon.search import index

pytestmark = pytest.mark.django_db
_ids = itertools.count()


def make(title: str) -> Offer:
    return Offer.objects.create(title=title, text=f"{title}. Animation nature.", content_hash=f"r{next(_ids)}",
                                status=Status.PUBLISHED, published_on=today())


def leftovers() -> list[str]:
    """Folders beside the index's other than itself and its lock file."""
    target = index.folder()
    return sorted(p.name for p in target.parent.iterdir() if p.name not in (target.name, f".{target.name}.rebuild.lock"))


def test_a_rebuild_tells_its_progress_after_each_part_then_at_its_end():
    make("Animatrice")
    make("Animateur")
    told = []
    index.rebuild(progress=lambda done, total: told.append((done, total)))
    assert told == [(2, 2), (2, 2)]


def test_a_rebuild_not_forced_keeps_a_folder_just_rebuilt_and_a_forced_one_replaces_it():
    make("Animatrice")
    first = index.rebuild()
    assert index.rebuild(force=False) == first                      # usable: kept as it is
    again = index.rebuild()                                        # forced by default (filon reindex)
    assert again.generation != first.generation and index.Mark.read(index.folder()) == again
    assert index.reindex() == 1 and index.Mark.read(index.folder()).generation != again.generation


def test_an_index_folder_whose_parents_are_missing_is_made_with_them(settings, tmp_path):
    settings.SEARCH_INDEX = tmp_path / "deep" / "er" / "index"
    make("Animatrice")
    mark = index.rebuild()
    assert index.Mark.read(settings.SEARCH_INDEX) == mark
    assert index.open_index(settings.SEARCH_INDEX).searcher().num_docs == 1


def test_a_failed_rebuild_leaves_the_old_folder_and_nothing_beside_it():
    make("Animatrice")
    first = index.rebuild()

    def boom(done, total):
        raise RuntimeError("interrupted")
    make("Animateur")
    with pytest.raises(RuntimeError, match="interrupted"):
        index.rebuild(progress=boom)
    assert leftovers() == []
    assert index.Mark.read(index.folder()) == first
    assert index.open_index(index.folder()).searcher().num_docs == 1


def test_a_rebuild_waits_for_the_old_folder_s_writer_before_swapping():
    make("Animatrice")
    index.rebuild()
    holder = index.open_index(index.folder()).writer(heap_size=15_000_000, num_threads=1)   # another process's
    threading.Timer(0.5, holder.wait_merging_threads).start()
    start = time.monotonic()
    index.rebuild()
    assert time.monotonic() - start >= 0.5
    assert leftovers() == []
    assert index.open_index(index.folder()).writer(heap_size=15_000_000, num_threads=1) is not None   # released
