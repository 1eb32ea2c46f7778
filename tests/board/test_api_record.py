"""The API gives each stored offer back as the record contract
(shared/spec/offer-record.md): exactly what extraction read, field by field,
plus its id, status, expiry and URLs."""
import pytest

from filon.extract import extract
from filon.offers.importing import import_paths

from .conftest import DEMO

pytestmark = pytest.mark.django_db


def test_an_offer_comes_back_as_the_record_it_was_read_as(client):
    report = import_paths([DEMO])
    records = {r.title: r.record() for path in sorted(DEMO.iterdir()) for r in extract(path.read_bytes(), path.name)}
    assert len(report.created) == len(records) == 6
    for offer in report.created:
        data = client.get(f"/api/offres/{offer.pk}/").json()
        extra = {"id": offer.pk, "status": "published", "expires_on": offer.expires_on.isoformat(),
                 "url": f"http://127.0.0.1:8000/offres/{offer.pk}/", "api_url": f"http://127.0.0.1:8000/api/offres/{offer.pk}/"}
        assert {k: data.pop(k) for k in extra} == extra
        assert data == records[offer.title], offer.title


def test_numbers_come_back_as_integers_when_whole():
    from filon.api.serializers import offer_record
    from filon.offers.models import Offer

    record = offer_record(Offer(title="x", fte="0.80", hours_per_week="35.00", salary_min="1650.00", salary_max=None,
                                duration_min="6.0", duration_max="8.5", remote_days="2.0"))
    assert (record["working_time"]["fte"], record["working_time"]["hours_per_week"]) == (0.8, 35)
    assert record["salary"]["min"] == 1650 and isinstance(record["salary"]["min"], int) and record["salary"]["max"] is None
    assert record["duration_months"] == {"min": 6, "max": 8.5} and record["remote"]["days_per_week_max"] == 2
