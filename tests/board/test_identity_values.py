"""What the board shows of its identity, value by value: each admin field
wins over its setting and gives way to it when empty, an accent that is not
a colour falls back to the default one, the logo's address made absolute
where it is a path, a new logo at a new address, the legal pages the admin
wrote, and the row read once, then from the cache until it changes."""
import datetime as dt

import pytest
import time_machine
from django.test import override_settings

from filon.board.identity import DEFAULT_ACCENT, identity
from filon.board.models import SiteIdentity

pytestmark = pytest.mark.django_db

SETTINGS = {"SITE_NAME": "Emplois Solidaires", "SITE_TAGLINE": "de la région", "SITE_OPERATOR": "Région Sud",
            "SITE_CONTACT": "contact@region.example", "SITE_ACCESSIBILITY": "non conforme", "SITE_ACCENT": "#004d40"}
# identity key, its admin field and a value the admin may write there, its setting
FIELDS = [
    pytest.param("name", "Emplois Bretagne ESS", "SITE_NAME", id="name"),
    pytest.param("tagline", "l'emploi solidaire en Bretagne", "SITE_TAGLINE", id="tagline"),
    pytest.param("operator", "Réseau Breizh", "SITE_OPERATOR", id="operator"),
    pytest.param("contact", "rh@breizh.example", "SITE_CONTACT", id="contact"),
    pytest.param("accessibility", "partiellement conforme", "SITE_ACCESSIBILITY", id="accessibility"),
    pytest.param("accent", "#7a1f5c", "SITE_ACCENT", id="accent"),
]


@pytest.mark.parametrize("field, value, setting", FIELDS)
@override_settings(**SETTINGS)
def test_each_admin_field_wins_over_its_setting_and_gives_way_when_empty(field, value, setting):
    row = SiteIdentity.objects.create(**{field: value})
    assert identity()[field] == value
    setattr(row, field, "")
    row.save()
    assert identity()[field] == SETTINGS[setting]


# FILON_SITE_ACCENT as the operator writes it -> the accent the pages use
ACCENTS = [
    pytest.param("#abc", "#abc", id="short"),
    pytest.param("#004D40", "#004D40", id="upper-case"),
    pytest.param("#004d40", "#004d40", id="lower-case"),
    pytest.param("#004d40cc", "#004d40cc", id="with-alpha"),
    pytest.param("#ab", DEFAULT_ACCENT, id="too-short"),
    pytest.param("#004d40ccc", DEFAULT_ACCENT, id="too-long"),
    pytest.param("vert", DEFAULT_ACCENT, id="a-name"),
    pytest.param("004d40", DEFAULT_ACCENT, id="without-hash"),
]


@pytest.mark.parametrize("setting, accent", ACCENTS)
def test_an_accent_that_is_not_a_colour_falls_back_to_the_default(client, setting, accent):
    with override_settings(SITE_ACCENT=setting):
        site = identity()
        assert site["accent"] == accent
        assert f"--accent: {accent}" in client.get("/theme.css").content.decode()
    with override_settings(SITE_ACCENT="#004d41"):
        assert identity()["theme_version"] != site["theme_version"]    # the stylesheet's address follows the colour


# FILON_SITE_LOGO_URL -> the logo's address in pages, in previews (absolute), the icon's link
LOGOS = [
    pytest.param("", "", "", '<link rel="icon" href="/static/board/favicon.svg" type="image/svg+xml">', id="none"),
    pytest.param("/static/board/logo.png", "/static/board/logo.png", "http://127.0.0.1:8000/static/board/logo.png",
                 '<link rel="icon" href="/static/board/logo.png">', id="path"),
    pytest.param("https://cdn.example/logo.png", "https://cdn.example/logo.png", "https://cdn.example/logo.png",
                 '<link rel="icon" href="https://cdn.example/logo.png">', id="absolute"),
]


@pytest.mark.parametrize("setting, logo, absolute, icon", LOGOS)
def test_the_logo_s_address_is_made_absolute_where_it_is_a_path(client, setting, logo, absolute, icon):
    with override_settings(SITE_LOGO_URL=setting, BASE_URL="http://127.0.0.1:8000"):
        site = identity()
        assert (site["logo"], site["logo_url"]) == (logo, absolute)
        assert icon in client.get("/").content.decode()


def test_a_new_logo_is_served_at_a_new_address():
    SiteIdentity.objects.create(logo=b"\x89PNG one", logo_type="image/png")
    first = identity()
    assert first["logo"].startswith("/logo") and "?v=" in first["logo"] and first["logo_type"] == "image/png"
    row = SiteIdentity.objects.get()
    row.logo = b"\x89PNG two"
    row.save()
    again = identity()
    assert again["logo"] != first["logo"] and again["logo"].split("?v=")[0] == first["logo"].split("?v=")[0]


@pytest.mark.parametrize("fields, pages", [
    pytest.param({}, {}, id="none"),
    pytest.param({"legal_notice": "<p>Hébergeur</p>"}, {"mentions-legales": "<p>Hébergeur</p>"}, id="legal-notice"),
    pytest.param({"personal_data": "<p>RGPD</p>", "accessibility_statement": "<p>Audit</p>"},
                 {"donnees-personnelles": "<p>RGPD</p>", "accessibilite": "<p>Audit</p>"}, id="two-pages"),
])
def test_the_legal_pages_the_admin_wrote_by_their_address(fields, pages):
    SiteIdentity.objects.create(name="Emplois", **fields)
    assert identity()["pages"] == pages


@pytest.mark.parametrize("day", [None, dt.date(2026, 3, 2)], ids=["undated", "dated"])
def test_the_accessibility_statement_s_date_is_the_admin_s(client, day):
    SiteIdentity.objects.create(accessibility="partiellement conforme", accessibility_date=day)
    assert identity()["accessibility_date"] == day
    page = client.get("/accessibilite/").content.decode()
    said = "établie le 2 mars 2026" if day else "pas encore datée"
    assert said in page


def test_footer_links_are_those_the_admin_wrote():
    assert identity()["footer_links"] == []
    SiteIdentity.objects.create(footer_links="Réseau | https://reseau.example/")
    assert identity()["footer_links"] == [("Réseau", "https://reseau.example/")]


def test_the_row_is_read_once_then_from_the_cache_until_it_changes(django_assert_num_queries):
    SiteIdentity.objects.create(name="Emplois Bretagne ESS")
    with django_assert_num_queries(1):
        assert identity()["name"] == "Emplois Bretagne ESS"
    with time_machine.travel(dt.datetime.now() + dt.timedelta(days=30)), django_assert_num_queries(0):
        assert identity()["name"] == "Emplois Bretagne ESS"        # kept as long as the row is unchanged
    SiteIdentity.objects.update(name="Emplois Sud")                 # bypasses the signal: the cache still says
    assert identity()["name"] == "Emplois Bretagne ESS"


def test_without_a_row_or_its_table_the_settings_alone(settings):
    from django.core.cache import cache
    from django.db import connection

    assert identity()["name"] == settings.SITE_NAME
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {SiteIdentity._meta.db_table} RENAME TO siteidentity_away")   # undone with the test
    cache.clear()
    assert identity()["name"] == settings.SITE_NAME


@pytest.mark.parametrize("path", ["/mentions-legales/", "/accessibilite/"], ids=["legal-notice", "accessibility"])
def test_the_default_legal_pages_name_the_board_by_its_address(client, path):
    with override_settings(BASE_URL="https://emplois.example", SITE_NAME="Emplois Solidaires"):
        assert identity()["base_url"] == "https://emplois.example"
        assert "Emplois Solidaires (https://emplois.example)" in client.get(path).content.decode()
