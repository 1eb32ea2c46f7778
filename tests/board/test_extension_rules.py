"""Extending an offer (filon.offers.moderation.extend), as the recruiter's link and a coordinator use it:
by the days asked, recorded with who and why, an expired offer published again and any other
status kept, a refusal that says the limit's day; and the duplicate hint's bounds."""
import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import User
from django.test import override_settings

from filon.offers import moderation
from filon.offers.models import Status

from .conftest import days
from .factories import offer as make

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("asked, deadline", [(None, days(35)), (10, days(15)), (1, days(6))])
def test_extending_adds_the_days_asked_else_30(asked, deadline):
    offer = make(deadline=days(5), published_on=days(-10))
    moderation.extend(offer, asked)
    offer.refresh_from_db()
    assert offer.deadline == deadline


def test_an_extension_is_recorded_with_who_and_why():
    coordinator = User.objects.create_user("coord", is_staff=True)
    offer = make(deadline=days(5), published_on=days(-10))
    moderation.extend(offer)
    moderation.extend(offer, 5, by=coordinator, reason="prolongée à la demande du réseau")
    first, second = offer.history.all()
    assert (first.status, first.by, first.reason) == (Status.PUBLISHED, None, f"prolongée jusqu'au {days(35):%d/%m/%Y}")
    assert (second.status, second.by, second.reason) == (
        Status.PUBLISHED, coordinator, f"prolongée à la demande du réseau jusqu'au {days(40):%d/%m/%Y}")


@pytest.mark.parametrize("status, after", [
    (Status.EXPIRED, Status.PUBLISHED), (Status.PUBLISHED, Status.PUBLISHED),
    (Status.PENDING, Status.PENDING), (Status.FILLED, Status.FILLED),
])
def test_only_an_expired_offer_is_published_again_by_an_extension(status, after):
    offer = make(deadline=days(-1), published_on=days(-10), status=status)
    moderation.extend(offer)
    offer.refresh_from_db()
    assert offer.status == after and offer.history.get().status == after


@override_settings(MANAGE_MAX_DAYS=90)
def test_a_refused_extension_names_the_limit_s_day():
    offer = make(deadline=days(80), published_on=days(-10))
    with pytest.raises(moderation.ExtensionRefused) as refused:
        moderation.extend(offer)
    assert str(refused.value) == f"déjà prolongée jusqu'à la limite du {days(80):%d/%m/%Y}"
    offer.refresh_from_db()
    assert offer.deadline == days(80) and offer.history.count() == 0


def test_the_duplicate_hint_names_five_offers_of_the_same_title_at_most():
    for _ in range(6):
        make(title="Chargé de mission", organization="Réseau X")
    pending = make(title="Chargé de mission", organization="Réseau X", status=Status.PENDING)
    assert len(moderation.duplicates_of(pending)) == 5


WORDS = "animer les sorties nature du reseau "          # 36 characters; its folded key, the same


@pytest.mark.parametrize("length, flagged", [(100, False), (101, True)])
def test_the_same_text_is_a_duplicate_past_100_characters(length, flagged):
    text = (WORDS * 5)[:length - 1] + "x"                # no space at the end: the folded key keeps every character
    pending = make(title="Animateur", organization="A", status=Status.PENDING, text=text)
    other = make(title="Animatrice", organization="B", text=text)
    assert moderation.duplicates_of(pending) == ([other] if flagged else [])


def test_the_same_text_names_five_offers_at_most():
    text = WORDS * 4
    for i in range(6):
        make(title=f"Animatrice {i}", organization="B", text=text)
    pending = make(title="Animateur", organization="A", status=Status.PENDING, text=text)
    assert len(moderation.duplicates_of(pending)) == 5


def test_past_the_first_120_characters_accents_and_case_do_not_hide_a_duplicate():
    text = (WORDS * 4)[:120] + "ecologie " + WORDS * 2       # character 121: the "e" of "ecologie"
    pending = make(title="Animateur", organization="A", status=Status.PENDING, text=text)
    other = make(title="Animatrice", organization="B", text=text[:120] + "É" + text[121:])
    assert text[120] == "e" and moderation.duplicates_of(pending) == [other]


@override_settings(MANAGE_MAX_DAYS=180)
def test_an_offer_never_published_is_extended_up_to_180_days_after_it_was_stored():
    with time_machine.travel(dt.datetime.now(dt.UTC) - dt.timedelta(days=100)):
        offer = make(published_on=None, deadline=None)
    offer.refresh_from_db()
    assert moderation.extension_limit(offer) == days(80)
    moderation.extend(offer, 200)
    offer.refresh_from_db()
    assert offer.deadline == days(80)
