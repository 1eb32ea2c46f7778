import datetime as dt
from pathlib import Path

import pytest

DEMO = Path(__file__).resolve().parent.parent.parent / "demo" / "offers"


@pytest.fixture
def demo_board(db):
    """The demo offers imported and published."""
    from filon.offers.importing import import_paths

    report = import_paths([DEMO])
    assert not report.failed
    return report.created


@pytest.fixture
def coordinator(db, client):
    from django.contrib.auth.models import User

    user = User.objects.create_user("coord", "coord@example.org", "pw", is_staff=True)
    client.force_login(user)
    return user


def days(n: int) -> dt.date:
    from filon.offers.models import today

    return today() + dt.timedelta(days=n)
