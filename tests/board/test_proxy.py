"""The submission limit behind a reverse proxy, and for coordinators (issue 10):
the visitor's address is the proxy's X-Forwarded-For only when the connection
comes from a trusted proxy; coordinators are never limited."""
import pytest
from django.contrib.auth.models import User
from django.test import override_settings

from .conftest import DEMO

pytestmark = pytest.mark.django_db

LIMIT = "réessayez dans une heure"
TEXT = (DEMO / "charge-mission-concertation.txt").read_text()


def _limited(client, **headers) -> list[bool]:
    return [LIMIT in client.post("/deposer/", {"text": TEXT}, **headers).content.decode() for _ in range(3)]


@override_settings(SUBMISSIONS_PER_HOUR_PER_IP=2, TRUSTED_PROXIES=["10.0.0.1"])
def test_behind_a_trusted_proxy_each_visitor_has_its_own_limit(client):
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    assert _limited(client, **proxy, HTTP_X_FORWARDED_FOR="198.51.100.1") == [False, False, True]
    assert _limited(client, **proxy, HTTP_X_FORWARDED_FOR="198.51.100.2")[0] is False


@override_settings(SUBMISSIONS_PER_HOUR_PER_IP=2, TRUSTED_PROXIES=["10.0.0.1"])
def test_a_forwarded_header_from_anyone_else_is_ignored(client):
    visitor = {"REMOTE_ADDR": "203.0.113.9"}
    assert _limited(client, **visitor, HTTP_X_FORWARDED_FOR="198.51.100.3") == [False, False, True]
    assert _limited(client, **visitor, HTTP_X_FORWARDED_FOR="198.51.100.4")[0] is True     # same sender, new header


@override_settings(SUBMISSIONS_PER_HOUR_PER_IP=1)
def test_coordinators_are_never_limited(client):
    client.force_login(User.objects.create_user("coord", is_staff=True))
    assert _limited(client) == [False, False, False]
