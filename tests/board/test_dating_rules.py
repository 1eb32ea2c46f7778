"""Moving offers in time, rule by rule: a start known to the month stays on the 1st of its month,
a start known to the day and the other dates move by the days given; every offer is counted."""
import datetime as dt

import pytest

from filon.offers.dating import shift_dates
from filon.offers.models import Offer

from .factories import offer as make

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("fields, moved", [
    ({"start_date": dt.date(2027, 4, 1), "start_precision": "month"}, {"start_date": dt.date(2027, 4, 1)}),
    ({"start_date": dt.date(2027, 4, 20), "start_precision": "month"}, {"start_date": dt.date(2027, 5, 1)}),
    ({"start_date": dt.date(2027, 3, 10), "start_precision": "day"}, {"start_date": dt.date(2027, 3, 30)}),
    ({"start_date": dt.date(2027, 3, 10), "start_precision": ""}, {"start_date": dt.date(2027, 3, 30)}),
    ({"deadline": dt.date(2027, 3, 10), "published_on": dt.date(2027, 3, 2), "start_precision": "month"},
     {"deadline": dt.date(2027, 3, 30), "published_on": dt.date(2027, 3, 22)}),
])
def test_dates_move_by_the_days_given_a_start_month_stays_a_month(fields, moved):
    offer = make(**fields)
    shift_dates([offer], 20)
    offer = Offer.objects.get(pk=offer.pk)
    assert {name: getattr(offer, name) for name in moved} == moved


def test_every_offer_moved_is_counted():
    assert shift_dates([make(deadline=dt.date(2027, 3, 10)), make(), make(published_on=dt.date(2027, 1, 2))], 5) == 3
    assert shift_dates([], 5) == 0
