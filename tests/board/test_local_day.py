"""An offer stored without a publication day counts as published the day it
was stored on the board's clock (Europe/Paris), also in the hour or two after
midnight there, when it is still the day before in UTC: its page, its
JSON-LD, its expiry (saved again or not) and how far it may be extended."""
import datetime as dt

import pytest
import time_machine
from django.conf import settings

from filon.board import jsonld
from filon.offers import moderation
from filon.offers.models import Offer, today

from .factories import offer

pytestmark = pytest.mark.django_db

# the moment the offer is stored (UTC) -> the board's day then
MOMENTS = [
    pytest.param(dt.datetime(2027, 1, 15, 23, 30, tzinfo=dt.UTC), dt.date(2027, 1, 16), id="winter-after-midnight-in-paris"),
    pytest.param(dt.datetime(2027, 1, 15, 22, 59, tzinfo=dt.UTC), dt.date(2027, 1, 15), id="winter-before-midnight-in-paris"),
    pytest.param(dt.datetime(2027, 7, 15, 22, 30, tzinfo=dt.UTC), dt.date(2027, 7, 16), id="summer-after-midnight-in-paris"),
    pytest.param(dt.datetime(2027, 7, 15, 21, 59, tzinfo=dt.UTC), dt.date(2027, 7, 15), id="summer-before-midnight-in-paris"),
]


@pytest.mark.parametrize("moment, day", MOMENTS)
def test_an_offer_without_publication_day_counts_from_the_board_s_day_it_was_stored(moment, day):
    with time_machine.travel(moment, tick=False):
        assert today() == day
        stored = offer(organization="Réseau Vélo")
        assert Offer().published_day == day                                  # not yet stored: today
    stored = Offer.objects.get(pk=stored.pk)
    lifetime = dt.timedelta(days=settings.OFFER_LIFETIME_DAYS)
    assert (stored.published_on, stored.expires_on) == (None, day + lifetime)
    assert stored.published_day == day
    assert jsonld.job_posting(stored)["datePosted"] == day.isoformat()
    assert moderation.extension_limit(stored) == day + dt.timedelta(days=settings.MANAGE_MAX_DAYS)
    stored.save()                                                        # saved again later: the same expiry
    assert Offer.objects.get(pk=stored.pk).expires_on == day + lifetime
