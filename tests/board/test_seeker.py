"""The board as a job seeker lives in it: search defaults and URLs, result
cards, filters, the offer page, the pages around (404, robots, legal)."""
import datetime as dt
import re
from decimal import Decimal
from html import unescape

import pytest
from django.contrib.staticfiles import finders
from django.http import QueryDict
from django.test import override_settings

from filon.board import display
from filon.board.views import page_links, short_querystring
from filon.offers.models import Offer, Status, today
from filon.search.engine import Query, search

from .conftest import days

pytestmark = pytest.mark.django_db
NNBSP = "\u202f"


def publish(**fields) -> Offer:
    fields.setdefault("content_hash", f"h{Offer.objects.count()}-{fields.get('title', '')}")
    return Offer.objects.create(status=Status.PUBLISHED, published_on=fields.pop("published_on", today()), **fields)


def titles(html: str) -> list[str]:
    return [unescape(t) for t in re.findall(r'<h2><a href="/offres/\d+/">([^<]+)</a>', html)]


def test_typed_keywords_are_ranked_by_relevance_unless_another_order_is_picked(client, demo_board):
    # What the form sends: every field, the sort left on its default.
    form = {"q": "animateur", "near": "", "radius_km": "30", "published_days": "", "sort": ""}
    response = client.get("/", form)
    assert response.status_code == 302 and response["Location"] == "/?q=animateur"       # a short URL
    page = client.get(response["Location"]).content.decode()
    relevance = search(Query(q="animateur", sort="relevance")).offers
    assert titles(page) == [o.title for o in relevance]
    assert re.search(r'<option value="">Pertinence \(par défaut\)</option>', page)
    assert 'selected' not in re.search(r'<select id="sort".*?</select>', page, re.S).group(0)
    recent = client.get("/", {**form, "sort": "recent"}, follow=True).content.decode()
    assert titles(recent) == [o.title for o in search(Query(q="animateur", sort="recent")).offers]
    assert titles(recent) != titles(page)


@pytest.mark.parametrize("query, expected", [
    ("q=velo&near=&radius_km=30&published_days=&sort=", "q=velo"),
    ("q=&near=Lyon&radius_km=20&sort=recent&page=3", "near=Lyon&radius_km=20&sort=recent"),
    ("contract=cdi&contract=stage&contract=&region=", "contract=cdi&contract=stage"),
    ("", ""),
])
def test_links_carry_a_short_query_string(query, expected):
    assert short_querystring(QueryDict(query)) == expected


def test_pager_and_feed_links_have_no_empty_parameters(client, db):
    for i in range(45):
        publish(title=f"Animateur {i}", text="Animation de quartier.")
    page = client.get("/", {"q": "animateur", "near": "", "radius_km": "30", "sort": "", "page": "2"},
                      follow=True).content.decode()
    assert 'href="?q=animateur&amp;page=3"' in page and 'href="/flux.atom?q=animateur"' in page
    assert 'aria-current="page" href="?q=animateur&amp;page=2">2</a>' in page
    assert "radius_km" not in re.search(r'<nav class="pages".*?</nav>', page, re.S).group(0)


@pytest.mark.parametrize("current, last, expected", [
    (1, 1, [1]), (1, 3, [1, 2, 3]), (1, 10, [1, 2, 3, None, 10]), (5, 10, [1, None, 3, 4, 5, 6, 7, None, 10]),
    (10, 10, [1, None, 8, 9, 10]), (4, 10, [1, 2, 3, 4, 5, 6, None, 10]),
])
def test_page_numbers(current, last, expected):
    assert page_links(current, last) == expected


@pytest.mark.parametrize("count, text", [(0, "0 offre"), (1, "1 offre"), (2, "2 offres")])
def test_totals_agree_in_french(client, db, count, text):
    for i in range(count):
        publish(title=f"Offre {i}")
    assert f'<p class="total">{text}' in client.get("/").content.decode()


def test_cards_show_what_people_choose_on(client, db):
    publish(title="Animatrice vélo", organization="", city="", region="Bretagne", contract_types=["cdi"],
            working_time_kind="part_time", hours_per_week=Decimal("24"), salary_min=Decimal("2300"),
            salary_unit="month", salary_basis="gross", published_on=today() - dt.timedelta(days=3),
            deadline=days(3), text="Animatrice vélo\n\nVous animerez les ateliers de réparation de vélos du quartier.")
    publish(title="Far deadline", deadline=days(366), text="Un poste ouvert longtemps, sans urgence aucune.")
    page = client.get("/", {"q": "atelier"}).content.decode()
    card = re.search(r'<li class="offer-card">.*?</li>', page, re.S).group(0)
    assert "publiée il y a 3 jours" in card
    assert f"2{NNBSP}300\u00a0€ brut par mois" in card and "Temps partiel (24\u00a0h/semaine)" in card
    assert "<mark>ateliers</mark> de réparation" in card
    assert "plus que 3 jours" in card
    assert '<p class="meta">Bretagne</p>' in card                    # no dangling "·"
    assert "plus que" not in client.get("/", {"q": "longtemps"}).content.decode()


@pytest.mark.parametrize("left, note", [(None, ""), (-1, ""), (0, "dernier jour"), (1, "plus que 1 jour"),
                                        (2, "plus que 2 jours"), (14, "plus que 14 jours"), (15, ""), (366, "")])
def test_deadline_note_only_when_near(left, note):
    assert display.deadline_note(left) == note


@pytest.mark.parametrize("ago, text", [(0, "aujourd'hui"), (1, "hier"), (3, "il y a 3 jours"), (20, "il y a 2 semaines"),
                                       (95, "il y a 3 mois")])
def test_publication_date_relative(ago, text):
    assert display.since(dt.date(2027, 1, 31) - dt.timedelta(days=ago), dt.date(2027, 1, 31)) == text


@pytest.mark.parametrize("fields, text", [
    ({"salary_min": Decimal("2300"), "salary_unit": "month", "salary_basis": "gross"}, f"2{NNBSP}300\u00a0€ brut par mois"),
    ({"salary_min": Decimal("2450"), "salary_max": Decimal("2700"), "salary_unit": "month"}, f"2{NNBSP}450 à 2{NNBSP}700\u00a0€ par mois"),
    ({"salary_min": Decimal("11.88"), "salary_unit": "hour", "salary_basis": "net"}, "11,88\u00a0€ net de l'heure"),
    ({"salary_min": Decimal("32000"), "salary_unit": "year"}, f"32{NNBSP}000\u00a0€ par an"),
    ({"salary_min": Decimal("2300"), "salary_basis": "gross"}, f"2{NNBSP}300\u00a0€ brut"),      # no unit said
    ({"salary_legal_minimum": True}, "SMIC (minimum légal)"),
    ({}, ""),
])
def test_pay_in_french(fields, text):
    assert display.pay(Offer(**fields)) == text


@pytest.mark.parametrize("number, text", [("+33299123456", "02 99 12 34 56"), ("+33612345678", "06 12 34 56 78"),
                                          ("+3226122111", "+32 2 612 21 11"), ("pas un numéro", "pas un numéro")])
def test_phones_as_french_readers_write_them(number, text):
    assert display.phone(number) == text


def test_filters_fold_and_long_facets_show_top_entries(client, db):
    for i, dep in enumerate(["35", "35", "35", "22", "29", "56", "44", "69", "75", "13"]):
        publish(title=f"Offre {i}", department=dep, city="", text="x")
    page = client.get("/").content.decode()
    assert re.search(r'<details class="filters" open>\s*<summary>Filtres</summary>', page)
    fieldset = re.search(r"<legend>Département</legend>.*?</fieldset>", page, re.S).group(0)
    shown, more = fieldset.split('<details class="more">')
    assert shown.count('type="checkbox"') == 5 and more.count('type="checkbox"') == 3
    assert "Ille-et-Vilaine (35)" in shown and "voir plus" in more
    chosen = client.get("/", {"department": ["13"], "contract": []}).content.decode()
    assert "<summary>Filtres (1)</summary>" in chosen
    assert '<details class="more" open>' in chosen or "Bouches-du-Rhône (13)" in chosen.split("voir plus")[0]


def test_offer_page_reads_as_headings_lists_and_one_apply_box(client, demo_board):
    offer = Offer.objects.get(title__startswith="Chargé·e de mission concertation")
    page = client.get(f"/offres/{offer.pk}/", HTTP_REFERER="http://testserver/?q=concertation").content.decode()
    assert "<h2>Missions</h2>" in page and "<li>Concevoir et animer des réunions publiques" in page
    assert "<h2>Profil recherché</h2>" in page
    assert page.count(">Postuler</h2>") == 1 and "<h2>Candidature</h2>" not in page
    apply = re.search(r'<section class="apply".*?</section>', page, re.S).group(0)
    assert "Envoyez CV et lettre de motivation" in apply and ">02 99 12 34 56</a>" in apply
    assert f"2{NNBSP}300\u00a0€ brut par mois" in page and "publiée aujourd" in page
    assert '<a href="/?q=concertation">← Retour aux résultats</a>' in page
    assert f'<link rel="canonical" href="http://127.0.0.1:8000/offres/{offer.pk}/">' in page
    assert '<meta property="og:title" content="Chargé·e de mission concertation' in page
    description = unescape(re.search(r"<meta name=\"description\" content=\"([^\"]+)\">", page).group(1))
    assert description.startswith("CDD · Rennes · Territoires en Commun – ") and len(description) <= 160


def test_offer_page_lists_the_employers_other_offers_and_similar_ones(client, db):
    offer = publish(title="Animateur", organization="Vélo Cité", contract_types=["cdi"], department="35", text="a")
    other = publish(title="Mécanicien", organization="vélo cité", contract_types=["cdd"], department="69", text="b")
    similar = publish(title="Animatrice", organization="Autre", contract_types=["cdi"], department="35", text="c")
    unrelated = publish(title="Comptable", organization="Autre", contract_types=["stage"], department="35", text="d")
    page = client.get(f"/offres/{offer.pk}/").content.decode()
    employer = re.search(r'id="employeur".*?</section>', page, re.S).group(0)
    similars = re.search(r'id="similaires".*?</section>', page, re.S).group(0)
    assert other.title in employer and similar.title not in employer
    assert similar.title in similars and unrelated.title not in similars and other.title not in similars


def test_french_404_with_a_search_box(client, db):
    response = client.get("/offres/999999/")
    page = response.content.decode()
    assert response.status_code == 404 and "Page introuvable" in page and 'role="search"' in page


def test_robots_names_the_sitemap_and_hides_private_pages(client, db):
    robots = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://127.0.0.1:8000/sitemap.xml" in robots and "Disallow: /moderation/" in robots


def test_every_page_has_a_favicon_and_a_description(client, demo_board):
    for url in ("/", "/deposer/", "/mentions-legales/", f"/offres/{Offer.objects.first().pk}/"):
        page = client.get(url).content.decode()
        assert 'rel="icon"' in page and '<meta name="description"' in page, url
    assert finders.find("board/favicon.svg").endswith("favicon.svg")


@override_settings(SITE_NAME="Emplois Bretagne ESS", SITE_OPERATOR="Réseau Breizh", SITE_CONTACT="contact@example.org",
                   SITE_ACCENT="#7a1f5c")
def test_name_footer_and_legal_pages_come_from_settings(client, db):
    page = client.get("/").content.decode()
    assert "<title>Emplois Bretagne ESS" in page and "publié par Réseau Breizh" in page
    for slug, text in (("mentions-legales", "publié par Réseau Breizh"), ("donnees-personnelles", "contact@example.org"),
                       ("accessibilite", "RGAA"), ("plan-du-site", "Déposer une offre")):
        assert text in client.get(f"/{slug}/").content.decode(), slug
    assert "--accent: #7a1f5c" in client.get("/theme.css").content.decode()
    assert client.get("/pas-une-page/").status_code == 404


def test_operator_pages_replace_the_default_text(client, db, tmp_path):
    (tmp_path / "mentions-legales.html").write_text("<p>Hébergeur : OVH</p>", encoding="utf-8")
    with override_settings(SITE_PAGES_DIR=str(tmp_path)):
        assert "<p>Hébergeur : OVH</p>" in client.get("/mentions-legales/").content.decode()


def test_html_site_map_lists_regions_with_offers(client, demo_board):
    page = client.get("/plan-du-site/").content.decode()
    assert 'href="/?region=Bretagne"' in page and 'href="/?contract=cdi"' in page


@pytest.mark.parametrize("text, query, expected", [
    ("Vélo Cité (Lyon) – Animateur vélo\n\nVous animerez les ateliers du quartier chaque semaine.", "",
     "Vous animerez les ateliers du quartier chaque semaine."),
    ("Intitulé du poste : Animateur vélo\n\nVous animerez les ateliers du quartier chaque semaine.", "",
     "Vous animerez les ateliers du quartier chaque semaine."),
    ("Animateur vélo\n\nLe collectif répare des vélos depuis 2010.\n- Animer les ateliers de réparation du samedi", "atelier",
     "Animer les <mark>ateliers</mark> de réparation du samedi"),
])
def test_snippet_says_more_than_the_title(text, query, expected):
    assert display.snippet(text, query, "Animateur vélo") == expected
