"""How values read on the board, at their edges: relative dates where the wording changes, working
time with or without hours, numbers, the one-line description cut at a word, the day an offer counts
as published, and the offer's text as headed blocks."""
import datetime as dt
from decimal import Decimal

import pytest
import time_machine

from filon.board import display
from filon.offers.models import Offer

from .conftest import days
from .factories import offer as make

DAY = dt.date(2027, 3, 31)


@pytest.mark.parametrize("ago, text", [
    (-2, "aujourd'hui"), (2, "il y a 2 jours"), (13, "il y a 13 jours"), (14, "il y a 2 semaines"),
    (59, "il y a 8 semaines"), (60, "il y a 2 mois"), (89, "il y a 2 mois"), (90, "il y a 3 mois"),
])
def test_relative_dates_change_words_at_two_weeks_and_two_months(ago, text):
    assert display.since(DAY - dt.timedelta(days=ago), DAY) == text


@pytest.mark.parametrize("fields, text", [
    ({"working_time_kind": "full_time"}, "Temps plein"),
    ({"working_time_kind": "part_time"}, "Temps partiel"),
    ({"working_time_kind": "full_time", "hours_per_week": Decimal("35")}, "Temps plein (35\u00a0h/semaine)"),
    ({"hours_per_week": Decimal("17.5")}, "17,50\u00a0h/semaine"),
    ({"working_time_kind": "", "hours_per_week": None}, ""),
])
def test_working_time(fields, text):
    assert display.working_time(Offer(**fields)) == text


@pytest.mark.parametrize("value, text", [
    (Decimal("2300"), "2\u202f300"), (Decimal("1234567.5"), "1\u202f234\u202f567,50"), (Decimal("11.88"), "11,88"),
    (Decimal("35.00"), "35"), (Decimal("0.8"), "0,80"), (999, "999"),
])
def test_numbers_in_french(value, text):
    assert display.number_fr(value) == text


def test_pay_of_a_range_whose_ends_agree_is_one_amount():
    offer = Offer(salary_min=Decimal("2000"), salary_max=Decimal("2000"), salary_unit="month", salary_basis="net")
    assert display.pay(offer) == "2\u202f000\u00a0€ net par mois"


@pytest.mark.parametrize("fields, line", [
    ({"contract_types": ["cdi", "stage"], "city": "Lyon", "organization": "Vélo Cité", "text": "Animer  les\nateliers."},
     "CDI, Stage · Lyon · Vélo Cité – Animer les ateliers."),
    ({"contract_types": ["autre"], "city": "", "organization": "", "text": ""}, "autre"),
    ({"text": "Animer les ateliers."}, "Animer les ateliers."),
    ({"city": "Arles", "text": "mot " * 50}, "Arles – " + "mot " * 36 + "mot…"),   # cut before 160, at a word
    ({"city": "Arles", "text": "m" * 152}, "Arles – " + "m" * 152),                  # 160 exactly: whole
    ({"city": "Arles", "text": "m" * 150 + " suite"}, "Arles – " + "m" * 150 + "…"),    # a space at 159: cut there
])
def test_the_one_line_description(fields, line):
    offer = Offer(**{"contract_types": [], "city": "", "organization": "", **fields})
    assert display.offer_line(offer) == line and len(line) <= 160


@pytest.mark.django_db
def test_an_offer_counts_as_published_the_day_it_says_else_the_day_it_was_stored():
    assert make(published_on=days(-4)).published_day == days(-4)
    assert make(published_on=None).published_day == days(0)
    assert Offer().published_day == days(0)
    with time_machine.travel(dt.datetime.combine(days(-10), dt.time(12), tzinfo=dt.UTC)):
        stored_earlier = make(published_on=None)
    assert stored_earlier.published_day == days(-10)


TEXT = "Réseau Vélo, association lyonnaise.\nMissions\n- Animer les ateliers\n• Réparer\n\nSuite libre.\n" \
       "Profil :\n1. Curieux\n2) Patient\nAutre ligne\n## Pour postuler\nÉcrire à rh@example.org.\nFin hors section."


def test_the_text_as_headed_blocks():
    at = TEXT.index
    sections = [{"name": "profile", "start": at("Profil"), "end": at("## Pour")},
                {"name": "missions", "start": at("Missions"), "end": at("Profil")},
                {"name": "apply", "start": at("## Pour"), "end": at("Fin hors")}]
    assert [(b.name, b.heading, b.content) for b in display.blocks(TEXT, sections)] == [
        ("intro", "", ["Réseau Vélo, association lyonnaise."]),
        ("missions", "Missions", [["Animer les ateliers", "Réparer"], "Suite libre."]),
        ("profile", "Profil", [["Curieux", "Patient"], "Autre ligne"]),
        ("apply", "Pour postuler", ["Écrire à rh@example.org."]),
        ("other", "Informations", ["Fin hors section."]),
    ]


@pytest.mark.parametrize("first_line, heading, content", [
    ("Vous animerez les ateliers.", "Missions", ["Vous animerez les ateliers.", "Deuxième ligne"]),
    ("- Animer", "Missions", [["Animer"], "Deuxième ligne"]),
    ("Vos missions, en bref,", "Missions", ["Vos missions, en bref,", "Deuxième ligne"]),
    ("M" * 81, "Missions", ["M" * 81, "Deuxième ligne"]),
    ("M" * 80, "M" * 80, ["Deuxième ligne"]),
    ("**Vos missions** :", "Vos missions", ["Deuxième ligne"]),
    ("Xénia recrute", "Xénia recrute", ["Deuxième ligne"]),             # only marks go, not a capital X
])
def test_a_section_s_first_line_is_its_heading_when_it_reads_like_one(first_line, heading, content):
    text = f"{first_line}\nDeuxième ligne"
    [block] = display.blocks(text, [{"name": "missions", "start": 0, "end": len(text)}])
    assert (block.heading, block.content) == (heading, content)


def test_text_without_sections_is_one_block_without_heading():
    assert [(b.name, b.heading) for b in display.blocks("Une ligne.\n\n", [])] == [("intro", "")]
    assert [(b.name, b.heading, b.content) for b in display.blocks("Réseau Vélo\nUne association.", [])] == [
        ("intro", "", ["Réseau Vélo", "Une association."])]           # a short first line heads no intro
    assert display.blocks("  \n", []) == []


LONG = "Vous animerez " + "les ateliers de réparation du quartier, " * 6 + "chaque semaine."


# text -> a result card's snippet for the offer "Animateur vélo", no words searched
@pytest.mark.parametrize("text, shown", [
    pytest.param("Vélo, animateur : offre d'emploi (H/F).\n\nVous animerez les ateliers du quartier chaque semaine.",
                 "Vous animerez les ateliers du quartier chaque semaine.", id="title-words-in-another-order"),
    pytest.param("Atelier vélo. Le samedi.", "Atelier vélo. Le samedi.", id="only-short-sentences"),
    pytest.param("Vous réparerez nos vélos usés.\nVous animerez nos ateliers vélo\nLe samedi, au local de l'association.",
                 "Vous animerez nos ateliers vélo", id="more-than-30-characters"),     # 30, then 31 characters
    pytest.param(LONG, LONG[:180] + "…", id="cut-at-180"),
    pytest.param(LONG[:174] + "matin.", LONG[:174] + "matin.", id="180-whole"),          # 180 characters
])
def test_a_snippet_without_search_words(text, shown):
    assert display.snippet(text, "", "Animateur vélo") == shown


FAR = ("Vous animerez chaque semaine, avec les bénévoles de l’association et les habitants du quartier, les ateliers "
       "de réparation de vélos du samedi matin au local.")


# text, words searched -> the snippet of "Animateur vélo"
@pytest.mark.parametrize("text, query, shown", [
    pytest.param(FAR, "atelier", "…de l’association et les habitants du quartier, les <mark>ateliers</mark> de réparation "
                 "de vélos du samedi matin au local.", id="starts-a-third-of-the-length-before-the-word"),
    pytest.param("Vous animerez les ateliers vélo et les ateliers couture du quartier.", "atelier",
                 "Vous animerez les <mark>ateliers</mark> vélo et les <mark>ateliers</mark> couture du quartier.",
                 id="every-match-marked"),
    pytest.param("Vous animerez les ateliers du quartier chaque semaine.", "ate",
                 "Vous animerez les ateliers du quartier chaque semaine.", id="inside-a-word-is-no-match"),
])
def test_a_snippet_around_the_words_searched(text, query, shown):
    assert display.snippet(text, query, "Animateur vélo") == shown


@pytest.mark.parametrize("number, text", [
    ("+590590123456", "0590 12 34 56"),         # Guadeloupe: dialled from France as a national number
    ("+594594123456", "0594 12 34 56"),         # Guyane
    ("+596596123456", "0596 12 34 56"),         # Martinique
    ("+262262123456", "0262 12 34 56"),         # La Réunion
    ("+262269612345", "0269 61 23 45"),         # Mayotte (its code is La Réunion's)
    ("+2697712345", "+269 771 23 45"),          # the Comoros: abroad, with their country code
    ("+3226122111", "+32 2 612 21 11"),
])
def test_phones_of_overseas_departements_read_as_national_numbers(number, text):
    assert display.phone(number) == text
