import datetime as dt
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parent.parent.parent / "demo" / "offers"
DEMO_WRITTEN_ON = dt.date(2027, 1, 15)      # the day the demo offers' text was written for (scripts/demo says it too)


@pytest.fixture
def demo_board(db):
    """The demo offers imported and published, dated as if written today."""
    from filon.offers.dating import written_on
    from filon.offers.importing import import_paths

    report = import_paths([DEMO])
    assert not report.failed
    written_on(report.created, DEMO_WRITTEN_ON)
    return report.created


@pytest.fixture
def coordinator(db, client):
    from django.contrib.auth.models import User

    user = User.objects.create_user("coord", "coord@example.org", "pw", is_staff=True)
    client.force_login(user)
    return user


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: the submission rate limit counts there."""
    from django.core.cache import cache

    cache.clear()


def days(n: int) -> dt.date:
    from filon.offers.models import today

    return today() + dt.timedelta(days=n)
