"""The rules of the admin's identity form, one row per case: the accent
colour's contrast on white (WCAG's published ratios, each branch of the
sRGB curve and the short #rgb form), the 4.5:1 floor at its boundary, and
the footer links as the admin writes them."""
import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.cache import cache
from django.core.exceptions import ValidationError

from filon.board.identity import KEY as identity_key
from filon.board.identity import identity
from filon.board.models import SiteIdentity, contrast_on_white, footer_lines, readable_on_white

# colour -> its contrast ratio on white, as WCAG checkers give it (two decimals)
RATIOS = [
    pytest.param("#f00", 4.00, id="red-short"),
    pytest.param("#cc0000", 5.89, id="dark-red"),
    pytest.param("#008000", 5.14, id="green"),
    pytest.param("#00f", 8.59, id="blue-short"),
    pytest.param("#36c", 5.37, id="short-form-is-doubled"),
    pytest.param("#3366cc", 5.37, id="long-form"),
    pytest.param("#0a0a0a", 19.80, id="dark-channels-on-the-linear-part"),
    pytest.param("#050505", 20.38, id="darker"),
]


@pytest.mark.parametrize("colour, ratio", RATIOS)
def test_contrast_ratios_are_wcag_s(colour, ratio):
    assert round(contrast_on_white(colour), 2) == ratio


# colour -> whether the admin may choose it for links and buttons (4.5:1 at least)
READABLE = [
    pytest.param("#767676", True, id="grey-4.54"),
    pytest.param("#777777", False, id="grey-4.48"),
    pytest.param("#777", False, id="grey-4.48-short"),
    pytest.param("#0b5cad", True, id="default-accent"),
    pytest.param("bleu", True, id="not-a-colour-is-the-format-check-s-business"),
]


@pytest.mark.parametrize("colour, readable", READABLE)
def test_an_accent_colour_must_keep_4_5_to_1_on_white(colour, readable):
    try:
        readable_on_white(colour)
    except ValidationError as error:
        assert not readable
        assert error.messages == [f"Contraste {contrast_on_white(colour):.1f}:1 sur fond blanc : il faut 4,5:1 au "
                                  "moins (WCAG AA) pour que les liens et boutons restent lisibles ; choisissez une "
                                  "couleur plus foncée."]
    else:
        assert readable


# the admin's footer text -> the links shown
FOOTERS = [
    pytest.param("Réseau | https://reseau.example/", [("Réseau", "https://reseau.example/")], id="https"),
    pytest.param("Ancien site | http://ancien.example/", [("Ancien site", "http://ancien.example/")], id="http"),
    pytest.param("Contact | /contact/", [("Contact", "/contact/")], id="path"),
    pytest.param("  Contact  |  /contact/  ", [("Contact", "/contact/")], id="spaces-around"),
    pytest.param("\n   \nA | /a/\n\nB | /b/\n", [("A", "/a/"), ("B", "/b/")], id="blank-lines-skipped"),
    pytest.param("Carte | https://carte.example/?couches=eau|haies", [("Carte", "https://carte.example/?couches=eau|haies")],
                 id="a-bar-in-the-address"),
    pytest.param("", [], id="empty"),
]


@pytest.mark.parametrize("text, links", FOOTERS)
def test_footer_links_as_written(text, links):
    assert footer_lines(text) == links


# a footer text refused -> the line the error names
REFUSED = [
    pytest.param("Réseau https://reseau.example/", 1, id="no-bar"),
    pytest.param(" | /contact/", 1, id="no-label"),
    pytest.param("Contact | ", 1, id="no-address"),
    pytest.param("Fichiers | ftp://files.example/", 1, id="other-scheme"),
    pytest.param("Contact | mailto:a@example.org", 1, id="mailto"),
    pytest.param("Page | https://example.org/a b", 1, id="space-in-address"),
    pytest.param("A | /a/\n\nB | javascript:alert(1)", 3, id="numbered-with-blank-lines"),
]


@pytest.mark.parametrize("text, line", REFUSED)
def test_a_footer_line_refused_is_named(text, line):
    with pytest.raises(ValidationError) as refused:
        footer_lines(text)
    assert refused.value.messages == [f"Ligne {line} : écrivez « Libellé | https://adresse » "
                                      "(ou « Libellé | /chemin/ »)."]


@pytest.mark.django_db
def test_the_identity_is_one_row_saved_as_django_saves_any_row(client):
    first = SiteIdentity.objects.create(name="Emplois Bretagne ESS")
    stale = SiteIdentity.objects.get()
    first.tagline = "Les offres de l'ESS en Bretagne"
    first.save()
    stale.name = "Emplois ESS Bretagne"
    stale.save(update_fields=["name"])             # the tagline saved meanwhile is kept
    row = SiteIdentity.objects.get()
    assert (row.pk, row.name, row.tagline) == (1, "Emplois ESS Bretagne", "Les offres de l'ESS en Bretagne")
    client.force_login(User.objects.create_superuser("admin", "admin@example.org", "pw"))
    page = client.get("/admin/board/siteidentity/1/change/").content.decode()
    assert "<title>Identité du site | Modification de identité du site |" in page     # the row's name in the admin


@pytest.mark.django_db
@pytest.mark.parametrize("change", ["saved", "deleted"])
def test_an_identity_read_by_another_worker_before_the_commit_is_not_kept(django_capture_on_commit_callbacks, change):
    """A page served while the admin's change is being committed cached the row as it was: read again once committed."""
    row = SiteIdentity.objects.create(name="Ancien nom")
    with django_capture_on_commit_callbacks(execute=True):
        if change == "saved":
            row.name = "Emplois Bretagne ESS"
            row.save()
        else:
            row.delete()
        cache.set(identity_key, {"name": "Ancien nom"}, None)       # that page's read, before the commit
    assert identity()["name"] == ("Emplois Bretagne ESS" if change == "saved" else settings.SITE_NAME)
