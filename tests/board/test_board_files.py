"""The board's small files, whole: the deadline's calendar event (RFC 5545), robots.txt, the sitemap,
the accent colour's style sheet (a bad colour falls back to the default), the pages about
the board (an operator's own text, the site map), place completion."""
import re

import pytest
from django.test import override_settings

from filon.offers.models import Status

from .conftest import days
from .factories import offer as make

pytestmark = pytest.mark.django_db


def test_the_deadline_is_an_all_day_event_of_the_deadline(client):
    offer = make(title="Animateur; vélo, \\atelier\nnature", deadline=days(10))
    response = client.get(f"/offres/{offer.pk}/date-limite.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="offre-{offer.pk}.ics"'
    lines = response.content.decode().split("\r\n")
    stamp = next(line for line in lines if line.startswith("DTSTAMP:"))
    assert re.fullmatch(r"DTSTAMP:\d{8}T\d{6}Z", stamp)
    assert lines == [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//filon//offres//FR", "BEGIN:VEVENT", f"UID:offre-{offer.pk}@filon",
        stamp, f"DTSTART;VALUE=DATE:{days(10):%Y%m%d}", f"DTEND;VALUE=DATE:{days(11):%Y%m%d}",
        "SUMMARY:Date limite : Animateur\\; vélo\\, \\\\atelier nature", f"URL:http://127.0.0.1:8000/offres/{offer.pk}/",
        "END:VEVENT", "END:VCALENDAR", ""]


@pytest.mark.parametrize("fields", [{"deadline": None}, {"deadline": days(10), "status": Status.PENDING},
                                    {"deadline": days(-2)}])
def test_no_event_without_a_deadline_or_for_a_hidden_offer(client, fields):
    offer = make(**fields)
    assert client.get(f"/offres/{offer.pk}/date-limite.ics").status_code == 404


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        "User-agent: *\nDisallow: /moderation/\nDisallow: /admin/\nDisallow: /deposer/\nDisallow: /offres/*/gerer/\n"
        "Disallow: /flux.atom\nSitemap: http://127.0.0.1:8000/sitemap.xml\n")


def test_the_sitemap_gives_each_open_offer_and_its_last_change(client):
    older, newer = make(published_on=days(-3)), make(published_on=days(-1))
    make(status=Status.PENDING)
    assert client.get("/sitemap.xml").content.decode() == (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(
            f"<url><loc>http://127.0.0.1:8000/offres/{o.pk}/</loc><lastmod>{o.updated_at:%Y-%m-%d}</lastmod></url>"
            for o in (newer, older)) + "</urlset>")


@pytest.mark.parametrize("accent, css", [
    ("#7a1f5c", "#7a1f5c"), ("#ABC", "#ABC"), ("#0b5cad80", "#0b5cad80"),
    ("red", "#0b5cad"), ("#12", "#0b5cad"), ("#7a1f5c; } body { display: none", "#0b5cad"), ("#123456789", "#0b5cad"),
])
def test_the_accent_colour_must_be_a_hex_colour(client, accent, css):
    with override_settings(SITE_ACCENT=accent):
        response = client.get("/theme.css")
    assert response.content.decode() == f":root {{ --accent: {css}; }}\n"
    assert response["Content-Type"] == "text/css" and response["Cache-Control"] == "max-age=3600"


def test_an_operator_s_page_replaces_the_default_text_and_the_others_stay(client, tmp_path):
    (tmp_path / "mentions-legales.html").write_text("<p>Publié par l'Association Été.</p>", encoding="utf-8")
    with override_settings(SITE_PAGES_DIR=str(tmp_path)):
        legal = client.get("/mentions-legales/").content.decode()
        data = client.get("/donnees-personnelles/").content.decode()
    assert "<h1>Mentions légales</h1>" in legal and "<p>Publié par l'Association Été.</p>" in legal
    assert "licence AGPL-3.0" not in legal
    assert "<h1>Données personnelles</h1>" in data and "Base légale" in data


def test_without_a_pages_folder_the_default_text_shows(client, tmp_path, monkeypatch):
    (tmp_path / "mentions-legales.html").write_text("<p>Un fichier de passage.</p>", encoding="utf-8")
    monkeypatch.chdir(tmp_path)                                  # not read from the working directory
    with override_settings(SITE_PAGES_DIR=""):
        legal = client.get("/mentions-legales/").content.decode()
    assert "Un fichier de passage" not in legal and "licence AGPL-3.0" in legal


def test_the_site_map_lists_the_regions_of_open_offers_once_in_order(client):
    for region in ("Occitanie", "Bretagne", "Occitanie", ""):
        make(region=region)
    make(region="Normandie", status=Status.PENDING)
    page = client.get("/plan-du-site/").content.decode()
    assert re.findall(r"Offres en ([^<]*)</a>", page) == ["Bretagne", "Occitanie"]
    assert '<a href="/?contract=cdi">' in page and '<a href="/?region=Occitanie">' in page


def test_place_completion_reads_sixty_characters_at_most_and_is_cached_a_day(client):
    response = client.get("/lieux/", {"q": "renn" + "e" * 70})
    assert response.json() == [] and response["Cache-Control"] == "max-age=86400"
    assert client.get("/lieux/", {"q": "Rennes" + " " * 54 + "zzz"}).json()[0] == "Rennes (35)"
    assert client.get("/lieux/").json() == []
