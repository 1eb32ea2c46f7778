"""An offer's stored fields: from an extracted record (lengths the columns hold, defaults), titles on
one line, the columns search filters on (a place abroad is not placed on the map of France, the start
month, the contract bits); and the states asked on a given day: an offer "expiring
within N days" on a later day is one still online then."""
import datetime as dt

import pytest
import time_machine

from filon.extract import Offer as Record
from filon.extract.record import Duration, Location, Remote, Salary, Section, Start, WorkingTime
from filon.offers.models import Offer, one_line

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


@pytest.mark.parametrize("text, line", [
    ("Animateur\x00vélo", "Animateur vélo"),
    ("  Animateur\r\n\t vélo \x7f", "Animateur  vélo"),           # each run of breaks: one space
    ("Animateur\x85\u2028\u2029vélo", "Animateur vélo"),
    ("\u200eAnimateur \u202eolév\u202c\u2066\u2069\u061c\u200f", "Animateur olév"),
    ("Animateur vélo", "Animateur vélo"),
])
def test_one_line_titles(text, line):
    assert one_line(text) == line


@pytest.mark.parametrize("fields, columns", [
    ({"city": "Lyon", "country": "FR"}, {"placed": True}),
    ({"city": "Lyon", "country": ""}, {"placed": True}),
    ({"city": "Lyon", "country": "BE"}, {"placed": False}),                  # not the French Lyon
    ({"city": "", "postal_code": "", "department": ""}, {"placed": False}),
    ({"start_date": dt.date(2027, 5, 17)}, {"start_month": 202705}),
    ({"start_date": dt.date(2028, 12, 1)}, {"start_month": 202812}),
    ({"start_date": None}, {"start_month": None}),
    ({"contract_types": ["cdd", "benevolat", "inconnu"]}, {"contract_mask": 2 + 256}),
])
def test_the_search_columns_of_a_stored_offer(fields, columns):
    offer = Offer.objects.get(pk=make(**fields).pk)
    found = {"placed": offer.latitude is not None and offer.longitude is not None,
             "start_month": offer.start_month, "contract_mask": offer.contract_mask}
    assert {name: found[name] for name in columns} == columns


@pytest.mark.parametrize("deadline, left", [(None, None), (days(0), 0), (days(3), 3), (days(-2), -2)])
def test_days_left_to_apply(deadline, left):
    assert make(deadline=deadline).days_left() == left


def test_a_card_without_deadline_says_no_deadline_note(client):
    make(title="Animateur sans date", deadline=None, published_on=days(-1))
    page = client.get("/").content.decode()
    assert "Animateur sans date" in page and "plus que" not in page and "dernier jour" not in page


@pytest.mark.parametrize("fields, latitude", [
    ({"city": "Saint-Denis", "department": "93"}, 48.9),              # not La Réunion's, the most populous
    ({"city": "Saint-Denis", "postal_code": "93200"}, 48.9),
    ({"city": "Saint-Denis", "department": "974"}, -20.9),
    ({"postal_code": "35000"}, 48.1),                                  # Rennes, by its postal code alone
    ({"department": "35"}, 48.1),                                      # the département's chef-lieu
])
def test_an_offer_is_placed_by_its_commune_postal_code_or_departement(fields, latitude):
    offer = Offer.objects.get(pk=make(**{"city": "", **fields}).pk)
    assert offer.latitude == pytest.approx(latitude, abs=0.1)


def test_an_offer_without_publication_day_lives_60_days_from_when_it_was_stored_even_saved_later():
    with time_machine.travel(dt.datetime.now(dt.UTC) - dt.timedelta(days=100)):
        offer = make(published_on=None, deadline=None)
    offer = Offer.objects.get(pk=offer.pk)
    offer.save()                                       # edited today: its lifetime still counts from then
    assert offer.expires_on == days(-40) and offer not in Offer.objects.visible()


FULL = Record(
    title="Animatrice nature", organization="Les Haies", contract_types=["cdd", "stage"],
    working_time=WorkingTime("part_time", 0.8, 28.0), duration_months=Duration(6, 12),
    start=Start("2027-03-01", "month", True), deadline="2027-02-06", published="2027-01-15",
    location=Location("Rennes", "35000", "35", "Bretagne", "FR"), remote=Remote(True, 2),
    salary=Salary(2300, 2600, "month", "gross", True), education_min="bac+2", driving_licence="required",
    emails=["rh@leshaies.org"], phones=["+33299123456"], application_url="https://leshaies.org/postuler",
    reference="AN-27", text="Missions : animer.", sections=[Section("missions", 0, 18)], evidence={"deadline": (3, 9)})

# record -> every column the offer gets from it
COLUMNS = [
    pytest.param(FULL, {
        "title": "Animatrice nature", "organization": "Les Haies", "contract_types": ["cdd", "stage"],
        "working_time_kind": "part_time", "fte": 0.8, "hours_per_week": 28.0, "duration_min": 6, "duration_max": 12,
        "start_date": dt.date(2027, 3, 1), "start_precision": "month", "start_asap": True,
        "deadline": dt.date(2027, 2, 6), "published_on": dt.date(2027, 1, 15), "city": "Rennes", "postal_code": "35000",
        "department": "35", "region": "Bretagne", "country": "FR", "remote_allowed": True, "remote_days": 2,
        "salary_min": 2300, "salary_max": 2600, "salary_unit": "month", "salary_basis": "gross",
        "salary_legal_minimum": True, "education_min": "bac+2", "driving_licence": "required",
        "emails": ["rh@leshaies.org"], "phones": ["+33299123456"], "application_url": "https://leshaies.org/postuler",
        "reference": "AN-27", "text": "Missions : animer.", "sections": [{"name": "missions", "start": 0, "end": 18}],
        "evidence": {"deadline": [3, 9]}}, id="every-field"),
    pytest.param(Record(title="Animateur", location=Location(country=None)), {
        "title": "Animateur", "organization": "", "contract_types": [], "working_time_kind": "", "fte": None,
        "hours_per_week": None, "duration_min": None, "duration_max": None, "start_date": None, "start_precision": "",
        "start_asap": False, "deadline": None, "published_on": None, "city": "", "postal_code": "", "department": "",
        "region": "", "country": "FR", "remote_allowed": None, "remote_days": None, "salary_min": None,
        "salary_max": None, "salary_unit": "", "salary_basis": "", "salary_legal_minimum": False, "education_min": "",
        "driving_licence": "", "emails": [], "phones": [], "application_url": "", "reference": "", "text": "",
        "sections": [], "evidence": {}}, id="nothing-found"),
]


@pytest.mark.parametrize("record, columns", COLUMNS)
def test_each_field_of_a_record_goes_to_its_column(record, columns):
    assert Offer.fields_from_record(record) == columns
