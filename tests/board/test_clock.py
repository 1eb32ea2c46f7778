"""The board of demo offers looks the same whatever the day: nothing in the
demo or the fixtures is pinned to the days they were written."""
import datetime as dt

import pytest
import time_machine

from filon.offers.models import Offer, today

pytestmark = pytest.mark.django_db


@pytest.fixture(params=[0, 120, 400], ids=lambda n: f"{n} days ahead")
def clock(request):
    with time_machine.travel(dt.datetime.now(dt.UTC) + dt.timedelta(days=request.param), tick=True):
        yield request.param


def test_the_demo_board_is_current_on_any_day(clock, demo_board, client):
    assert Offer.objects.visible().count() == 6
    assert all(o.deadline is None or o.deadline > today() for o in Offer.objects.all())
    data = client.get("/api/offres/", {"q": "concertation", "open": "1"}).json()
    assert data["count"] == 1 and data["results"][0]["deadline"] > today().isoformat()
    offer = Offer.objects.get(pk=data["results"][0]["id"])
    assert "application/ld+json" in client.get(f"/offres/{offer.pk}/").content.decode()
    assert client.get(f"/offres/{offer.pk}/date-limite.ics").status_code == 200
    assert client.get("/sitemap.xml").content.decode().count("<url>") == 6
