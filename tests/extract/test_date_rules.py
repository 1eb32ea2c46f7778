"""Rules of date reading beyond single phrases: two-digit years, and the
year of a date written without one, told by its weekday (the clock is fixed:
the rule looks at the years around today)."""
import datetime as dt

import pytest
import time_machine

from filon.extract.fields.dates import find_deadline

TODAY = dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC)

RULES = [
    ("Date limite de candidature : 28/04/21", "2021-04-28"),          # two-digit years are this century's
    ("Candidature avant le 12.05.99", "2099-05-12"),
    ("Candidatures avant le lundi 3 mars", "2025-03-03"),              # a Monday in 2025, not in 2026
    ("Candidatures jusqu'au lundi 2 mars", "2026-03-02"),              # a Monday in 2026
    ("Candidatures jusqu'au vendredi 14 février", "2025-02-14"),
    ("Candidatures avant le mardi 31 février", None),                  # no such day
    ("Candidatures avant le 3 mars", None),                            # no year, no weekday: unknown
]


@pytest.mark.parametrize("phrase, expected", RULES)
def test_year_rules(phrase, expected):
    with time_machine.travel(TODAY, tick=False):
        found = find_deadline(phrase)
    assert (found.value if found else None) == expected

# (The rule tries the years from 3 before to 1 after today, nearest first; a day of the year falls on
# a different weekday in each of five years in a row, so the order of the tries cannot change the answer.)
