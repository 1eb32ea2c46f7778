"""The submission limit at its edges: counted per clock hour (a new hour starts afresh), and a
recruiter logged in without being staff is limited like anyone."""
import datetime as dt

import pytest
import time_machine
from django.contrib.auth.models import User
from django.test import override_settings

from .test_submission_limit import submit

pytestmark = pytest.mark.django_db


def limited(client) -> bool:
    """Read a document and send its offer (final submissions are what counts); whether refused."""
    return submit(client)


@override_settings(SUBMISSIONS_PER_HOUR_PER_IP=2)
def test_the_limit_is_counted_per_clock_hour(client):
    with time_machine.travel(dt.datetime(2027, 3, 1, 10, 58, tzinfo=dt.UTC), tick=False):
        assert [limited(client) for _ in range(3)] == [False, False, True]
    with time_machine.travel(dt.datetime(2027, 3, 1, 11, 0, tzinfo=dt.UTC), tick=False):
        assert [limited(client) for _ in range(3)] == [False, False, True]


@override_settings(SUBMISSIONS_PER_HOUR_PER_IP=1)
def test_a_logged_in_recruiter_is_limited_like_anyone(client):
    client.force_login(User.objects.create_user("recruteur", is_staff=False))
    assert [limited(client) for _ in range(2)] == [False, True]
