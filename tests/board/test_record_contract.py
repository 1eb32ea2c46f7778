"""Records from outside the engine (``filon import --records``) checked against the contract: each
kind of break named with the field and what was expected, and a record the engine writes passes."""
import pytest

from filon.extract import Offer as Record
from filon.extract.record import Section
from filon.offers.validation import record_problems

GOOD = {"title": "Animateur", "organization": "Réseau", "contract_types": ["cdi", "stage"], "deadline": "2027-02-06",
        "emails": ["rh@example.org"], "phones": ["+33299123456"], "application_url": "https://example.org/postuler?x=1"}


def record(**changes) -> Record:
    """A good record with some fields (dotted names for nested ones) changed."""
    r = Record(**GOOD)
    r.working_time.kind, r.salary.unit, r.salary.min = "full_time", "month", 2300
    for name, value in changes.items():
        target, _, attr = name.replace("__", ".").rpartition(".")
        setattr(r if not target else getattr(r, target), attr, value)
    return r


PROBLEMS = [
    ({}, []),
    ({"working_time__kind": "always"}, ["working_time.kind 'always' is not one of full_time, part_time"]),
    ({"start__precision": "week"}, ["start.precision 'week' is not one of day, month"]),
    ({"salary__unit": "fortnight"}, ["salary.unit 'fortnight' is not one of hour, month, year"]),
    ({"salary__basis": "brut"}, ["salary.basis 'brut' is not one of gross, net"]),
    ({"driving_licence": "B"}, ["driving_licence 'B' is not one of required, preferred"]),
    ({"education_min": "master"}, ["education_min 'master' is not one of bac, bac+2, bac+3, bac+4, bac+5, bac+8"]),
    ({"salary__min": "2300"}, ["salary.min '2300' is not a number"]),
    ({"working_time__fte": True}, ["working_time.fte True is not a number"]),
    ({"duration_months__max": float("nan")}, ["duration_months.max nan is not a number"]),
    ({"remote__days_per_week_max": 2.5, "working_time__hours_per_week": 35}, []),
    ({"deadline": "le 6 février"}, ["deadline 'le 6 février' is not a date (YYYY-MM-DD)"]),
    ({"published": 20270206}, ["published 20270206 is not a date (YYYY-MM-DD)"]),
    ({"start__date": "2027-02-30"}, ["start.date '2027-02-30' is not a date (YYYY-MM-DD)"]),
    ({"location__city": 69003}, ["location.city is not text"]),
    ({"text": ["a"]}, ["text is not text"]),
    ({"contract_types": "cdi"}, ["contract_types 'cdi': each one of cdi, cdd, stage, alternance, service_civique, "
                                 "volontariat, interim, freelance, benevolat"]),
    ({"contract_types": ["cdi", "job"]}, ["contract_types ['cdi', 'job']: each one of cdi, cdd, stage, alternance, "
                                          "service_civique, volontariat, interim, freelance, benevolat"]),
    ({"emails": "rh@example.org"}, ["emails is not a list"]),
    ({"emails": ["rh at example", "a@b.fr", 3]}, ["emails: 'rh at example' is not an e-mail address",
                                                   "emails: 3 is not an e-mail address"]),
    ({"phones": "+33299123456"}, ["phones is not a list"]),
    ({"phones": ["02 99 00 00 00", "+33", "+33299123456"]}, ["phones: '02 99 00 00 00' is not an E.164 number (+33...)",
                                                             "phones: '+33' is not an E.164 number (+33...)"]),
    ({"application_url": "javascript:alert(1)"}, ["application_url 'javascript:alert(1)' is not an http(s) URL"]),
    ({"application_url": 7}, ["application_url 7 is not an http(s) URL"]),
    ({"application_url": None, "emails": [], "phones": []}, []),
    ({"sections": [Section("missions", 0, 3), Section("salaire", 3, 9)]},
     ["sections: each named one of context, missions, profile, conditions, apply"]),
    ({"salary__unit": "week", "deadline": "demain"}, ["salary.unit 'week' is not one of hour, month, year",
                                                      "deadline 'demain' is not a date (YYYY-MM-DD)"]),
]


@pytest.mark.parametrize("changes, problems", PROBLEMS)
def test_each_break_of_the_contract_is_named(changes, problems):
    assert record_problems(record(**changes)) == problems
