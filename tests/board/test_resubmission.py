"""A recruiter who sends the same offer twice through the form: both wait
for moderation, and the coordinator sees the second as a duplicate."""
import pytest

from filon.offers import moderation
from filon.offers.models import Offer, Status

from .conftest import DEMO

pytestmark = pytest.mark.django_db


def submit(client, text: str):
    client.post("/deposer/", {"text": text})
    return client.post("/deposer/", {"step": "offer", "title": "Chargé·e de mission concertation", "organization":
                                     "Territoires en Commun", "contract_types": ["cdd"], "city": "Rennes",
                                     "country": "FR", "email": "rh@example.org", "text": text})


def test_the_same_offer_sent_twice_waits_twice_flagged_as_a_duplicate(client, mailoutbox):
    text = (DEMO / "charge-mission-concertation.txt").read_text()
    assert submit(client, text).status_code == 200 and submit(client, text).status_code == 200
    first, second = Offer.objects.order_by("pk")
    assert first.status == second.status == Status.PENDING and first.content_hash != second.content_hash
    assert moderation.duplicates_of(second) == [first]
    assert [m.to for m in mailoutbox] == [["rh@example.org"]] * 2
    assert client.post("/deposer/", {"step": "offer", "title": "x"}).status_code == 302     # no document read: step 1
