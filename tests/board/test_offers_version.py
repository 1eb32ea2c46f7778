"""The counter of changes to the offers that keys the public pages' cache: it moves on when an offer
is saved or deleted and again when the transaction commits, starts again at 1 when the cache lost
it, and never expires by itself."""
import datetime as dt

import pytest
import time_machine
from django.core.cache import cache

from filon.offers.changes import KEY, offers_changed, offers_version

from .factories import offer as make

pytestmark = pytest.mark.django_db


def test_a_change_moves_the_counter_now_and_at_commit(django_capture_on_commit_callbacks):
    assert offers_version() == 0
    with django_capture_on_commit_callbacks(execute=True):
        offers_changed()
        assert offers_version() == 1                # at once: this process's pages
    assert offers_version() == 2                    # and when the change is committed


def test_saving_and_deleting_an_offer_move_it(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        offer = make()
    saved = offers_version()
    assert saved >= 1
    with django_capture_on_commit_callbacks(execute=True):
        offer.delete()
    assert offers_version() > saved


def test_the_counter_starts_again_when_lost_and_never_expires():
    cache.set(KEY, 41, None)
    offers_changed()
    assert offers_version() == 42
    cache.delete(KEY)
    offers_changed()
    assert offers_version() == 1
    with time_machine.travel(dt.datetime.now(dt.UTC) + dt.timedelta(days=400)):
        assert offers_version() == 1
