"""The board's operator in a real browser (issue 10): an imported offer's
recruiter opens the link e-mailed at import; the identity set in the admin
(name, colour, logo, footer link) shows on the public pages at once, under
the Content-Security-Policy, with no accessibility violation."""
import re
import struct
import zlib

from playwright.sync_api import expect

from .conftest import axe_violations, last_mail


def png(width: int = 4, height: int = 4) -> bytes:
    """A small opaque PNG image (dark blue)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\x10\x20\x60" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def test_an_imported_offer_s_recruiter_marks_it_filled_through_the_link_e_mailed_at_import(board, board_home, page):
    mail = last_mail(board_home, "jardin7@example.org")         # the board's fixture ran `filon import` on them
    link = re.search(r"http://127\.0\.0\.1:8000(/offres/(\d+)/gerer/\?token=\S+)", mail)
    page.goto(board + link.group(1))
    assert page.get_by_text("Publiée", exact=True).is_visible()
    assert axe_violations(page) == []
    page.get_by_role("button", name=re.compile("pourvue")).click()
    expect(page.get_by_text("Offre marquée comme pourvue")).to_be_visible()
    page.goto(f"{board}/offres/{link.group(2)}/")
    expect(page.get_by_text(re.compile("pourvue", re.IGNORECASE)).first).to_be_visible()


def test_the_identity_set_in_the_admin_shows_on_the_board(board, browser, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(png())
    admin = browser.new_context(locale="fr-FR").new_page()
    admin.goto(board + "/admin/login/?next=/admin/board/siteidentity/")
    admin.get_by_label("Nom d’utilisateur").fill("coord")
    admin.get_by_label("Mot de passe").fill("coordination")
    admin.get_by_role("button", name="Connexion").click()
    admin.wait_for_url(re.compile(r"/admin/board/siteidentity/add/$"))
    admin.get_by_label("Nom du site").fill("Emplois Solidaires Bretagne")
    admin.get_by_label("Couleur des liens et boutons").fill("#7a1f5c")
    admin.get_by_label(re.compile("^Logo")).set_input_files(str(logo))
    admin.get_by_label("Liens du pied de page").fill("Le réseau | https://reseau.example.org/")
    admin.get_by_role("button", name="Enregistrer", exact=True).click()
    expect(admin.locator(".messagelist")).to_contain_text("ajouté")
    visitor = browser.new_context(locale="fr-FR").new_page()         # the board's real CSP, no bypass
    try:
        visitor.goto(board + "/")
        assert visitor.title().startswith("Emplois Solidaires Bretagne")
        brand = visitor.locator("a.brand img")
        expect(brand).to_have_js_property("naturalWidth", 4)                      # the logo loaded under the CSP
        assert visitor.get_by_role("link", name="Le réseau").get_attribute("href") == "https://reseau.example.org/"
        expect(visitor.get_by_role("button", name="Rechercher", exact=True)).to_have_css(
            "background-color", "rgb(122, 31, 92)")
        assert axe_violations(visitor) == []
    finally:                           # the other browser tests see the default identity again
        admin.goto(board + "/admin/board/siteidentity/1/delete/")
        admin.get_by_role("button", name=re.compile("Oui")).click()
        visitor.context.close()
        admin.context.close()
