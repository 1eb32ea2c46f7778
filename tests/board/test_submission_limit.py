"""The submission limit (issue 10): it counts final submissions only (not the
reading of a document, nor the preview), per visitor and hour, never a
coordinator's; behind a reverse proxy the visitor is named by
``X-Forwarded-For`` only when the connection comes from a trusted proxy
(FILON_TRUSTED_PROXIES: addresses or networks)."""
import datetime as dt
import os
import subprocess
import sys

import pytest
import time_machine
from django.contrib.auth.models import User
from django.test import Client, RequestFactory, override_settings

from filon.offers.models import Offer
from filon.web.middleware import client_address

from .conftest import DEMO, days

pytestmark = pytest.mark.django_db

LIMIT = "réessayez dans une heure"
TEXT = (DEMO / "charge-mission-concertation.txt").read_text()


def final(**overrides) -> dict:
    """The step-2 form of the concertation offer, sent (not previewed)."""
    return {"step": "offer", "action": "send", "title": "Chargé·e de mission concertation",
            "organization": "Territoires en Commun", "contract_types": ["cdd"], "city": "Rennes",
            "department": "35", "region": "Bretagne", "deadline": days(60).isoformat(), "email": "rh@example.org",
            "text": TEXT, **overrides}


def submit(client, **headers) -> bool:
    """Read the document then send the offer; whether the limit refused it (at either step)."""
    read = client.post("/deposer/", {"text": TEXT}, **headers).content.decode()
    if LIMIT in read:
        return True
    sent = client.post("/deposer/", final(), **headers).content.decode()
    assert LIMIT in sent or "Merci" in sent, sent[:2000]
    return LIMIT in sent


@override_settings(SUBMISSIONS_PER_HOUR_PER_IP=1)
def test_reading_and_previewing_do_not_count(client):
    for _ in range(3):
        assert LIMIT not in client.post("/deposer/", {"text": TEXT}).content.decode()
    for _ in range(3):
        assert 'class="preview"' in client.post("/deposer/", final(action="preview")).content.decode()
    assert "Merci" in client.post("/deposer/", final()).content.decode()
    assert Offer.objects.count() == 1


@override_settings(SUBMISSIONS_PER_HOUR_PER_IP=2)
def test_the_submission_past_the_limit_is_refused_and_reading_says_so_first(client):
    assert [submit(client) for _ in range(2)] == [False, False]
    page = client.post("/deposer/", {"text": TEXT}).content.decode()
    assert LIMIT in page and 'value="Rennes"' not in page         # refused before the forms are filled
    assert Offer.objects.count() == 2
    assert submit(client, REMOTE_ADDR="192.0.2.7") is False        # another visitor has its own limit


@override_settings(SUBMISSIONS_PER_HOUR_PER_IP=1)
def test_an_offer_refused_by_the_limit_when_sent_keeps_what_was_filled(client):
    assert LIMIT not in client.post("/deposer/", {"text": TEXT}).content.decode()
    assert submit(Client()) is False                # another tab of the same visitor uses the hour's submission
    page = client.post("/deposer/", final()).content.decode()
    assert LIMIT in page and 'value="Rennes"' in page and 'value="rh@example.org"' in page
    assert 'name="csrfmiddlewaretoken"' in page      # ready to be sent again in an hour
    assert Offer.objects.count() == 1


@override_settings(SUBMISSIONS_PER_HOUR_PER_IP=1)
@pytest.mark.parametrize("later, refused", [(50, True), (60, False)], ids=["same-hour", "next-hour"])
def test_the_limit_holds_until_the_hour_ends(client, later, refused):
    start = dt.datetime.now().astimezone().replace(minute=5, second=0, microsecond=0) + dt.timedelta(hours=1)
    with time_machine.travel(start, tick=False):
        assert submit(client) is False
    with time_machine.travel(start + dt.timedelta(minutes=later), tick=False):
        assert submit(client) is refused


def test_the_default_limit_is_twenty_submissions_an_hour(client, settings):
    assert settings.SUBMISSIONS_PER_HOUR_PER_IP == 20
    assert [submit(client) for _ in range(21)] == [False] * 20 + [True]
    assert Offer.objects.count() == 20


@override_settings(SUBMISSIONS_PER_HOUR_PER_IP=1)
def test_coordinators_are_never_limited(client):
    client.force_login(User.objects.create_user("coord", is_staff=True))
    assert [submit(client) for _ in range(3)] == [False] * 3


@override_settings(SUBMISSIONS_PER_HOUR_PER_IP=2, TRUSTED_PROXIES=["10.0.0.1"])
def test_behind_a_trusted_proxy_each_visitor_has_its_own_limit(client):
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    assert [submit(client, **proxy, HTTP_X_FORWARDED_FOR="198.51.100.1") for _ in range(3)] == [False, False, True]
    assert submit(client, **proxy, HTTP_X_FORWARDED_FOR="198.51.100.2") is False


@pytest.mark.parametrize("remote, forwarded, trusted, visitor", [
    ("203.0.113.9", "", [], "203.0.113.9"),
    ("203.0.113.9", "198.51.100.3", [], "203.0.113.9"),                     # no proxy trusted: the header is ignored
    ("203.0.113.9", "198.51.100.3", ["10.0.0.1"], "203.0.113.9"),           # sent by someone else: ignored
    ("10.0.0.1", "198.51.100.3", ["10.0.0.1"], "198.51.100.3"),
    ("10.0.0.1", "6.6.6.6, 198.51.100.3", ["10.0.0.1"], "198.51.100.3"),   # what the client wrote itself is skipped
    ("10.0.0.1", "198.51.100.3, 10.0.0.7", ["10.0.0.0/24"], "198.51.100.3"),    # two proxies of a trusted network
    ("10.0.0.1", "198.51.100.3, 10.0.0.7", ["10.0.0.1"], "10.0.0.7"),      # the second proxy is not trusted
    ("10.0.0.1", "", ["10.0.0.1"], "10.0.0.1"),
    ("::1", "2001:db8::5", ["::1"], "2001:db8::5"),
])
def test_the_visitor_s_address(remote, forwarded, trusted, visitor):
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    with override_settings(TRUSTED_PROXIES=trusted):
        assert client_address(request) == visitor


def test_a_trusted_proxy_that_is_not_an_address_stops_the_board():
    env = {**os.environ, "FILON_TRUSTED_PROXIES": "127.0.0.1, nginx", "FILON_DEBUG": "1",
           "DJANGO_SETTINGS_MODULE": "filon.web.settings"}
    done = subprocess.run([sys.executable, "-c", "import django; django.setup()"], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode != 0 and "FILON_TRUSTED_PROXIES: 'nginx' is not an address or a network" in done.stderr
