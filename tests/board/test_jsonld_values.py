"""The JobPosting of an offer, whole: each property's value as Google reads it (the offer's text as
HTML paragraphs, the identifier, the place, telework, pay, start, level of study), not only its
validity; and the script inlined in the page, with markup characters escaped."""
import json
from decimal import Decimal

import pytest

from filon.board.jsonld import job_posting, job_posting_script
from filon.offers.models import today

from .conftest import days
from .factories import offer as make

pytestmark = pytest.mark.django_db

BASE = {"organization": "Réseau Vélo", "published_on": days(-2), "deadline": days(20)}


def posting(offer, **properties) -> dict:
    """The JobPosting expected of ``offer``: its fixed properties, and ``properties``."""
    return {"@context": "https://schema.org/", "@type": "JobPosting", "title": offer.title,
            "datePosted": days(-2).isoformat(), "hiringOrganization": {"@type": "Organization", "name": "Réseau Vélo"},
            "identifier": {"@type": "PropertyValue", "name": "Réseau Vélo", "value": str(offer.pk)},
            "employmentType": ["OTHER"], "directApply": False, "url": f"http://127.0.0.1:8000/offres/{offer.pk}/",
            "validThrough": f"{days(20).isoformat()}T23:59:59",
            "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressCountry": "FR"}},
            "description": "<p>Animer des sorties nature.</p>", **properties}


CASES = [
    # (the offer's fields, the properties expected beside the fixed ones)
    ({"text": "Missions\nAnimer des ateliers\n\n\n\nProfil\nCurieux\n\n  \n"},
     {"description": "<p>Missions<br>Animer des ateliers</p><p>Profil<br>Curieux</p>"}),
    ({"reference": "REF-7"}, {"identifier": {"@type": "PropertyValue", "name": "Réseau Vélo", "value": "REF-7"}}),
    ({"city": "Lyon", "country": "FR"},
     {"jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressCountry": "FR",
                                                     "addressLocality": "Lyon"}}}),
    ({"postal_code": "69003", "region": "Auvergne-Rhône-Alpes"},
     {"jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressCountry": "FR",
                                                     "postalCode": "69003", "addressRegion": "Auvergne-Rhône-Alpes"}}}),
    ({"country": "BE", "city": "Liège"},
     {"jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressCountry": "BE",
                                                     "addressLocality": "Liège"}}}),
    ({"remote_allowed": True, "remote_days": Decimal("5")},
     {"jobLocationType": "TELECOMMUTE", "applicantLocationRequirements": {"@type": "Country", "name": "FR"}}),
    ({"remote_allowed": True, "remote_days": Decimal("5"), "country": "BE"},
     {"jobLocationType": "TELECOMMUTE", "applicantLocationRequirements": {"@type": "Country", "name": "BE"},
      "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressCountry": "BE"}}}),
    ({"country": "", "remote_allowed": True, "remote_days": Decimal("5")},           # a country unsaid: France
     {"jobLocationType": "TELECOMMUTE", "applicantLocationRequirements": {"@type": "Country", "name": "FR"}}),
    ({"remote_allowed": True, "remote_days": Decimal("4.5")}, {}),           # some days on site: not a remote job
    ({"remote_allowed": True}, {}),                                           # days unknown
    ({"remote_allowed": False, "remote_days": Decimal("5")}, {}),
    ({"salary_min": Decimal("1800"), "salary_unit": "month"},
     {"baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                     "value": {"@type": "QuantitativeValue", "unitText": "MONTH", "value": 1800.0}}}),
    ({"salary_min": Decimal("12.5"), "salary_max": Decimal("12.5"), "salary_unit": "hour"},
     {"baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                     "value": {"@type": "QuantitativeValue", "unitText": "HOUR", "value": 12.5}}}),
    ({"salary_min": Decimal("26000"), "salary_max": Decimal("30000"), "salary_unit": "year"},
     {"baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                     "value": {"@type": "QuantitativeValue", "unitText": "YEAR", "minValue": 26000.0,
                               "maxValue": 30000.0}}}),
    ({"salary_min": Decimal("1800")}, {}),                                   # no unit: no pay said
    ({"salary_max": Decimal("1800"), "salary_unit": "month"}, {}),            # no minimum: no pay said
    ({"start_date": days(40)}, {"jobStartDate": days(40).isoformat()}),
    ({"education_min": "bac"}, {"educationRequirements": {"@type": "EducationalOccupationalCredential",
                                                          "credentialCategory": "high school"}}),
    ({"education_min": "bac+8"}, {"educationRequirements": {"@type": "EducationalOccupationalCredential",
                                                            "credentialCategory": "postgraduate degree"}}),
    ({"education_min": "sans"}, {}),
    ({"contract_types": ["cdi", "cdd"]}, {"employmentType": ["FULL_TIME", "TEMPORARY"]}),
    ({"contract_types": ["stage", "alternance"], "working_time_kind": "part_time"},
     {"employmentType": ["PART_TIME", "INTERN"]}),
]


@pytest.mark.parametrize("fields, expected", CASES)
def test_the_jobposting_says_what_the_offer_says(fields, expected):
    offer = make(**{**BASE, **fields})
    assert job_posting(offer) == posting(offer, **expected)


def test_an_offer_without_publication_day_is_posted_the_day_it_was_stored():
    data = job_posting(make(organization="Réseau Vélo", published_on=None))
    assert data["datePosted"] == today().isoformat()
    assert data["validThrough"] == f"{days(59).isoformat()}T23:59:59"      # 60 days online from today


def test_the_inline_script_escapes_markup_and_keeps_letters():
    offer = make(organization="A&B <Réseau>", title="Animateur·rice")
    script = job_posting_script(offer)
    assert "<" not in script and ">" not in script and "&" not in script
    assert "\\u003CRéseau\\u003E" in script and "A\\u0026B" in script and "Animateur·rice" in script
    assert json.loads(script) == job_posting(offer)
    assert job_posting_script(make(organization="")) is None
