"""The board as a coordinator lives in it: the queue in French, bulk
approval, a possible duplicate side by side."""
import re

import pytest
from django.utils import formats, timezone

from filon.offers.models import Offer, Status

pytestmark = pytest.mark.django_db


def pending(title: str, **fields) -> Offer:
    return Offer.objects.create(title=title, content_hash=f"c-{title}", status=Status.PENDING,
                                submitter_email="rh@example.org", **fields)


def test_queue_dates_are_french(client, coordinator):
    offer = pending("Animateur")
    page = client.get("/moderation/").content.decode()
    month = formats.date_format(timezone.localtime(offer.created_at), "F")
    assert f"{timezone.localtime(offer.created_at).day} {month} " in page and " à " in page
    assert month in {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                     "novembre", "décembre"}


def test_bulk_approve_publishes_only_the_ticked_offers(client, coordinator, mailoutbox):
    a, b = pending("A"), pending("B")
    pending("C")
    response = client.post("/moderation/publier/", {"offer": [a.pk, b.pk]}, follow=True)
    assert "2 offres publiées" in response.content.decode()
    statuses = dict(Offer.objects.values_list("title", "status"))
    assert statuses == {"A": Status.PUBLISHED, "B": Status.PUBLISHED, "C": Status.PENDING}
    assert all(o.history.last().by == coordinator for o in (a, b))
    assert len(mailoutbox) == 2


def test_bulk_approve_needs_staff_and_post(client, db):
    offer = pending("A")
    assert client.post("/moderation/publier/", {"offer": [offer.pk]}).status_code == 302
    offer.refresh_from_db()
    assert offer.status == Status.PENDING


def test_a_possible_duplicate_side_by_side(client, coordinator):
    first = Offer.objects.create(title="Animateur vélo", organization="Vélo Cité", content_hash="p1",
                                 status=Status.PUBLISHED, city="Lyon", text="Animer les ateliers.")
    second = pending("Animateur vélo", organization="Vélo Cité", city="Villeurbanne", text="Animer les ateliers !")
    queue = client.get("/moderation/").content.decode()
    link = f"/moderation/{second.pk}/doublon/{first.pk}/"
    assert f'href="{link}"' in queue
    page = client.get(link).content.decode()
    differing = re.findall(r'<tr class="differs"><th scope="row">([^<]+)', page)
    assert differing == ["Commune "]
    assert "Animer les ateliers." in page and "Animer les ateliers !" in page
    client.logout()
    assert client.get(link).status_code == 302
