"""The board's identity set in the admin (issue 10): name, tagline, logo,
colour, footer links, legal pages; the settings' value where a field is
left empty; every page (and the feed, the e-mails) shows a change at once,
the public page cache included."""
import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from filon.board.identity import identity
from filon.board.models import SiteIdentity, contrast_on_white

from .factories import offer

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'
FORM = {"name": "", "tagline": "", "operator": "", "contact": "", "accent": "", "footer_links": "",
        "accessibility": "", "legal_notice": "", "personal_data": "", "accessibility_statement": ""}


@pytest.fixture
def admin_client(client):
    client.force_login(User.objects.create_superuser("admin", "admin@example.org", "pw"))
    return client


def save(admin_client, **fields):
    """Post the identity form of the admin (the add form, then the change form)."""
    row = SiteIdentity.objects.first()
    url = f"/admin/board/siteidentity/{row.pk}/change/" if row else "/admin/board/siteidentity/add/"
    return admin_client.post(url, {**FORM, **fields})


def anonymous_page(client, path="/") -> str:
    """A page as an anonymous visitor gets it (from the public page cache, when it holds it)."""
    client.logout()
    return client.get(path).content.decode()


def test_what_the_admin_sets_shows_on_every_page_at_once(admin_client, client):
    before = anonymous_page(client)                     # now in the public page cache
    assert "<title>filon" in before and "Réseau Breizh" not in before
    admin_client.force_login(User.objects.get(username="admin"))
    done = save(admin_client, name="Emplois Bretagne ESS", tagline="l'emploi solidaire en Bretagne",
                operator="Réseau Breizh", contact="contact@breizh.example", accent="#7a1f5c",
                footer_links="Notre réseau | https://breizh.example/\nNous écrire | /mentions-legales/",
                accessibility="partiellement conforme", legal_notice="<p>Hébergeur : Scaleway</p>",
                logo_file=SimpleUploadedFile("logo.png", PNG))
    assert done.status_code == 302, done.content.decode()[:3000]
    page = anonymous_page(client)
    assert "<title>Emplois Bretagne ESS – l&#x27;emploi solidaire en Bretagne" in page
    assert "publié par Réseau Breizh" in page and "Accessibilité : partiellement conforme" in page
    assert '<a href="https://breizh.example/">Notre réseau</a>' in page and '<a href="/mentions-legales/">Nous écrire</a>' in page
    assert f'href="/theme.css?v={identity()["theme_version"]}"' in page and "?v=" in identity()["logo"]
    assert f'<img src="{identity()["logo"]}"' in page
    assert f'<link rel="icon" href="{identity()["logo"]}" type="image/png">' in page and "favicon.svg" not in page
    assert "--accent: #7a1f5c" in client.get("/theme.css").content.decode()
    logo = client.get(identity()["logo"])
    assert (logo["Content-Type"], logo.content) == ("image/png", PNG) and "sandbox" in logo["Content-Security-Policy"]
    assert "<p>Hébergeur : Scaleway</p>" in anonymous_page(client, "/mentions-legales/")
    assert "contact@breizh.example" in anonymous_page(client, "/donnees-personnelles/")    # the default text, filled
    assert "Emplois Bretagne ESS" in anonymous_page(client, "/flux.atom")


def test_shared_offers_preview_with_the_logo(admin_client, client):
    shared = offer(organization="Réseau Breizh")
    assert "og:image" not in anonymous_page(client, f"/offres/{shared.pk}/")
    admin_client.force_login(User.objects.get(username="admin"))
    save(admin_client, logo_file=SimpleUploadedFile("logo.png", PNG))
    assert f'<meta property="og:image" content="http://127.0.0.1:8000{identity()["logo"]}">' in anonymous_page(
        client, f"/offres/{shared.pk}/")


@override_settings(SITE_NAME="Emplois Solidaires", SITE_TAGLINE="de la région", SITE_ACCENT="#004d40")
def test_a_field_left_empty_keeps_the_setting(admin_client):
    save(admin_client, tagline="offres des associations")
    site = identity()
    assert (site["name"], site["tagline"], site["accent"]) == ("Emplois Solidaires", "offres des associations", "#004d40")
    assert (site["logo"], site["footer_links"], site["pages"]) == ("", [], {})


def test_the_admin_s_page_text_wins_over_the_operator_s_file(admin_client, tmp_path):
    (tmp_path / "accessibilite.html").write_text("<p>Audit en cours</p>", encoding="utf-8")
    with override_settings(SITE_PAGES_DIR=str(tmp_path)):
        assert "<p>Audit en cours</p>" in admin_client.get("/accessibilite/").content.decode()
        save(admin_client, accessibility_statement="<p>Audit réalisé par Access42</p>")
        page = admin_client.get("/accessibilite/").content.decode()
        assert "<p>Audit réalisé par Access42</p>" in page and "Audit en cours" not in page


@pytest.mark.parametrize("fields, error", [
    ({"accent": "#ffcc00"}, "Contraste 1.5:1 sur fond blanc"),
    ({"accent": "bleu"}, "Une couleur en hexadécimal"),
    ({"footer_links": "Notre réseau https://breizh.example/"}, "Ligne 1 : écrivez « Libellé | https://adresse »"),
    ({"footer_links": "Piège | javascript:alert(1)"}, "Ligne 1 : écrivez"),
    ({"logo_file": SimpleUploadedFile("logo.png", b"MZ\x90\x00 not an image")}, "n&#x27;est pas une image PNG"),
    ({"logo_file": SimpleUploadedFile("logo.png", PNG + b"\x00" * 205_000)}, "Le logo dépasse 200 Ko."),
])
def test_what_the_admin_refuses(admin_client, fields, error):
    page = save(admin_client, **fields)
    assert page.status_code == 200 and error in page.content.decode()
    assert not SiteIdentity.objects.exists()


@pytest.mark.parametrize("colour, ratio", [("#ffffff", 1.0), ("#000", 21.0), ("#0b5cad", 6.7), ("#767676", 4.5)])
def test_contrast_on_white(colour, ratio):
    assert round(contrast_on_white(colour), 1) == ratio


def test_one_row_opened_from_the_list_and_an_svg_logo_removed_again(admin_client):
    assert admin_client.get("/admin/board/siteidentity/")["Location"] == "/admin/board/siteidentity/add/"
    save(admin_client, logo_file=SimpleUploadedFile("logo.svg", SVG))
    assert admin_client.get(identity()["logo"])["Content-Type"] == "image/svg+xml"
    assert admin_client.get("/admin/board/siteidentity/")["Location"] == "/admin/board/siteidentity/1/change/"
    assert admin_client.get("/admin/board/siteidentity/add/").status_code == 403
    save(admin_client, remove_logo="on")
    assert identity()["logo"] == "" and admin_client.get("/logo").status_code == 404


def test_the_import_mail_names_the_board(admin_client, mailoutbox):
    from filon.offers.importing import import_paths

    from .conftest import DEMO

    save(admin_client, name="Emplois Bretagne ESS")
    import_paths([DEMO / "charge-mission-concertation.txt"], email=True)
    assert "sur Emplois Bretagne ESS" in mailoutbox[0].subject and "reprise sur Emplois Bretagne ESS" in mailoutbox[0].body


@pytest.mark.parametrize("fields, says, not_said", [
    ({}, ["n'est pas encore datée", "pas encore fait l'objet d'un audit", "Technologies utilisées", "Voies de recours",
          "Libre réponse 71120"], ["établie le"]),
    ({"accessibility": "partiellement conforme", "accessibility_date": "2027-01-12", "contact": "a11y@breizh.example"},
     ["<strong>partiellement conforme</strong>", "Cette déclaration a été établie le 12 janvier 2027.",
      "communiqués sur demande à <a href=\"mailto:a11y@breizh.example\">"], ["pas encore datée", "audit de conformité"]),
])
def test_the_default_accessibility_statement_has_the_rgaa_parts(admin_client, fields, says, not_said):
    if fields:
        save(admin_client, **fields)
    page = admin_client.get("/accessibilite/").content.decode().replace("&#x27;", "'")
    assert all(text in page for text in says), [text for text in says if text not in page]
    assert not any(text in page for text in not_said)


def directives(value: str) -> dict[str, str]:
    """A header's directives as a browser reads them: names in lower case, split on ";" or ","."""
    parts = [part.strip() for part in value.replace(",", ";").split(";") if part.strip()]
    return {name.lower(): rest.strip() for name, _, rest in (part.partition("=" if "=" in part else " ") for part in parts)}


@pytest.mark.parametrize("name, content", [("logo.svg", SVG), ("logo.png", PNG)], ids=["svg", "png"])
def test_the_uploaded_logo_is_served_inert_and_cached_a_day(admin_client, client, name, content):
    save(admin_client, logo_file=SimpleUploadedFile(name, content))
    logo = client.get(identity()["logo"])
    policy = directives(logo["Content-Security-Policy"])
    assert policy.get("default-src") == "'none'" and "sandbox" in policy      # an SVG runs no script, loads nothing
    assert policy.get("style-src") == "'unsafe-inline'"                      # its own styles still draw it
    assert logo["X-Content-Type-Options"].lower() == "nosniff"
    assert directives(logo["Cache-Control"]) == {"max-age": "86400"}          # its URL names its version
