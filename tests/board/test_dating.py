"""Moving an imported offer's dates (the demo offers, written for one day,
shown as if written today)."""
import datetime as dt

import pytest

from filon.cli import main
from filon.offers.dating import shift_dates, written_on
from filon.offers.models import Offer

from .conftest import days
from .factories import offer as make

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("fields, moved", [
    ({"deadline": dt.date(2027, 2, 6)}, {"deadline": dt.date(2027, 3, 8), "expires_on": dt.date(2027, 3, 9)}),
    ({"published_on": dt.date(2027, 1, 12)}, {"published_on": dt.date(2027, 2, 11), "expires_on": dt.date(2027, 4, 12)}),
    ({"start_date": dt.date(2027, 4, 1), "start_precision": "month"},             # a month stays a month
     {"start_date": dt.date(2027, 5, 1), "start_month": 202705}),
    ({"start_date": dt.date(2027, 3, 2), "start_precision": "day"}, {"start_date": dt.date(2027, 4, 1)}),
])
def test_dates_move_and_what_follows_from_them(fields, moved):
    offer = make(**fields)
    assert shift_dates([offer], 30) == 1
    offer = Offer.objects.get(pk=offer.pk)
    assert {name: getattr(offer, name) for name in moved} == moved


def test_written_on_moves_by_the_days_from_then_to_today():
    offer = make(deadline=dt.date(2027, 2, 6))
    written_on([offer], dt.date(2027, 1, 15))
    offer.refresh_from_db()
    assert offer.deadline == days(22) and offer.is_open


@pytest.mark.parametrize("args", [
    ["import", "--records", "--written-on", "2027-01-15", "x.jsonl"],    # records keep their dates
    ["import", "--written-on", "15/01/2027", "demo"],
])
def test_written_on_usage_errors(args, capsys):
    with pytest.raises(SystemExit) as stop:
        main(args)
    assert stop.value.code == 2 and "--written-on" in capsys.readouterr().err
