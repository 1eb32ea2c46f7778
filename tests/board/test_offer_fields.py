"""An offer's stored fields from an extracted record (lengths the columns hold, defaults), and the
states asked on a given day: an offer "expiring within N days" on a later day is one still online then."""
import pytest

from filon.extract import Offer as Record
from filon.offers.models import Offer

from .conftest import days
from .factories import offer as make

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("record, field, stored", [
    (Record(title="A" * 400), "title", "A" * 300),
    (Record(title=""), "title", "Offre sans titre"),
    (Record(title="x", organization="B" * 400), "organization", "B" * 300),
    (Record(title="x", organization=None), "organization", ""),
    (Record(title="x", reference="R" * 150), "reference", "R" * 100),
    (Record(title="x", application_url="https://example.org/" + "p" * 1200), "application_url",
     ("https://example.org/" + "p" * 1200)[:1000]),
    (Record(title="x"), "country", "FR"),
])
def test_a_record_s_fields_fit_their_columns(record, field, stored):
    assert Offer.fields_from_record(record)[field] == stored


def test_expiring_within_on_a_later_day_counts_offers_still_online_that_day():
    make(title="Partie avant", deadline=days(8))          # expires on day 9: gone by day 10
    make(title="Le jour même", deadline=days(9))          # expires on day 10: gone that day
    make(title="Bientôt", deadline=days(12))
    make(title="Plus tard", deadline=days(20))
    assert [o.title for o in Offer.objects.expiring_within(5, on=days(10))] == ["Bientôt"]
