"""Working time and duration: one row per real phrase."""
import pytest

from filon.extract.fields.worktime import find_duration, find_working_time

WORKING_TIME = [
    # phrase, kind, fte, hours
    ("CDD à temps partiel sur un an, 28 heures hebdomadaires (4 jours)", "part_time", None, 28),
    ("Contrat à temps plein (35h/semaine)", "full_time", None, 35),
    ("Temps de travail : 38h30mn par semaine avec 21 RTT", "full_time", None, 38.5),
    ("en CDD sur 1 an à 80% à Dijon", "part_time", 0.8, None),
    ("Charge : 2/5e", "part_time", 0.4, None),
    ("Poste à mi-temps", "part_time", None, None),
    ("Planning envisagé : 24h par semaine", "part_time", None, 24),
    ("Contrat 39h", "full_time", None, 39),
    ("- Contrat de 24h", "part_time", None, 24),
    ("entre 28 et 35h/semaine", None, None, 35),
    ("0,8 ETP", "part_time", 0.8, None),
    ("Travail du lundi au vendredi de 08 heures à 15 heures (avec une pause).\nTemps plein", "full_time", None, None),
    ("Temps partiel - 24H hebdomadaires", "part_time", None, 24),
    ("Durée du travail\n37H15 - Travail en journée\nTemps plein", "full_time", None, 37.25),
    ("Durée du travail\n35H Autre\nTemps plein", "full_time", None, 35),
    ("Date de début : Mars 2014 Planning envisagé : 25h Durée : 12 mois", "part_time", None, 25),
    ("Horaires de travail : 7h00/12h00 - 13h00/17h00 sur 4 jours", None, None, None),
]


@pytest.mark.parametrize("title, phrase, fte", [
    # The post's share of a full time in its title (a local authority's board, a Geneva job board), first: the
    # text's "inférieure à 50%" is the law's threshold; not a share of remote work.
    ("animateur enfance 30%", "animateur enfance 30%\nquotité de temps de travail inférieure à 50%.", 0.3),
    ("Un·e coordinateur·trice fédératif·ve à 90% - FCLR", "La FCLR engage un coordinateur fédératif.", 0.9),
    ("Développeur·se 100% télétravail", "CDI, télétravail complet.", None),
])
def test_a_share_in_the_title_is_the_post_s(title, phrase, fte):
    found = find_working_time(phrase, title)
    assert (found["fte"].value if "fte" in found else None) == fte


@pytest.mark.parametrize("phrase, kind, fte, hours", WORKING_TIME)
def test_working_time(phrase, kind, fte, hours):
    found = find_working_time(phrase)
    assert (found["kind"].value if "kind" in found else None) == kind
    assert (found["fte"].value if "fte" in found else None) == fte
    assert (found["hours_per_week"].value if "hours_per_week" in found else None) == hours


DURATIONS = [
    ("Durée : Stage de 3 à 6 mois", (3, 6)),
    ("CDD de 12 mois renouvelable", (12, 12)),
    ("CDD - 6 Mois", (6, 6)),
    ("Contrat d'un an (reconduction possible en CDI)", (12, 12)),
    ("Mission de service civique de 8 mois", (8, 8)),
    ("Durée du contrat : 1 an ou 2 ans", (12, 24)),
    ("Vous avez 5 ans d'expérience minimum", None),
    ("L'association existe depuis 12 ans", None),
]


@pytest.mark.parametrize("phrase, expected", DURATIONS)
def test_duration(phrase, expected):
    found = find_duration(phrase)
    assert (found.value if found else None) == expected
