"""The board's three users in a real browser, on desktop and phone widths,
with axe-core (WCAG 2.1 A/AA) on every page they see."""
import json
import re
import urllib.request

import pytest
from playwright.sync_api import expect

from .conftest import ROOT, axe_violations, last_mail, screenshot


def no_violations(page) -> None:
    found = axe_violations(page)
    assert found == [], f"{page.url}: {found}"


def card_titles(page) -> list[str]:
    return [t.strip() for t in page.locator(".offer-card h2").all_inner_texts()]


def test_first_result_is_on_the_first_phone_screen_and_filters_fold(board, phone):
    phone.goto(board + "/")
    assert "75 offres" in phone.locator(".total").inner_text()
    first = phone.locator(".offer-card").first.bounding_box()
    assert first["y"] + 60 < 844, f"first result at {first['y']} px"
    facets = phone.locator(".facets")
    assert not facets.is_visible()
    screenshot(phone, "search-phone")
    phone.get_by_text("Filtres", exact=True).click()
    assert facets.is_visible()
    assert phone.locator("details.more summary").first.is_visible()      # long facets: "voir plus"
    no_violations(phone)
    phone.get_by_role("checkbox", name=re.compile("^CDI")).check()
    expect(phone).to_have_url(re.compile(r"contract=cdi"))
    assert "Filtres (1)" in phone.locator("details.filters > summary").inner_text()


def test_typed_keywords_rank_by_relevance_with_a_short_url(board, page):
    page.goto(board + "/")
    page.get_by_label("Mots-clés").fill("animateur")
    page.get_by_role("button", name="Rechercher").click()
    page.wait_for_url(re.compile(r"q=animateur"))
    expect(page.locator(".total")).to_contain_text("animateur")
    assert page.url == board + "/?q=animateur"                   # no empty parameters, no sort=recent
    api = json.load(urllib.request.urlopen(board + "/api/offres/?q=animateur"))
    assert card_titles(page) == [o["title"] for o in api["results"]]
    assert page.get_by_label("Trier par").input_value() == ""
    assert page.locator("#sort option").first.inner_text() == "Pertinence (par défaut)"
    assert page.locator(".offer-card mark").count() >= 1
    no_violations(page)
    page.get_by_label("Trier par").select_option("recent")
    page.wait_for_url(re.compile(r"sort=recent"))


def test_pager_numbers_and_offer_page(board, page):
    page.goto(board + "/")
    pager = page.get_by_role("navigation", name="Pages de résultats")
    assert pager.get_by_role("link", name="Page 4").is_visible()
    pager.get_by_role("link", name="Page 2").click()
    page.wait_for_url(re.compile(r"page=2"))
    assert page.locator(".offer-card").count() == 20
    page.goto(board + "/?q=concertation")
    page.get_by_role("link", name=re.compile("concertation")).first.click()
    assert page.get_by_role("heading", name="Missions", level=2).is_visible()
    assert page.get_by_role("heading", name="Postuler").count() == 1
    assert page.get_by_role("link", name="02 99 12 34 56").is_visible()
    page.get_by_role("link", name="← Retour aux résultats").click()
    page.wait_for_url(re.compile(r"\?q=concertation$"))
    no_violations(page)


@pytest.mark.parametrize("path", ["/offres/999999/", "/mentions-legales/", "/donnees-personnelles/", "/accessibilite/",
                                  "/plan-du-site/", "/deposer/"])
def test_other_pages_are_accessible(board, page, path):
    page.goto(board + path)
    no_violations(page)


def test_recruiter_edits_then_withdraws_through_the_emailed_link(board, board_home, page):
    text = (ROOT / "demo" / "offers" / "charge-mission-concertation.txt").read_text()
    text = text.replace("Territoires en Commun", "Quartiers Vivants").replace("concertation", "animation de quartier")
    page.goto(board + "/deposer/")
    page.get_by_label("Texte de l'offre (copier-coller)").fill(text)
    page.get_by_role("button", name="Analyser l'offre").click()
    page.get_by_label("Votre e-mail").fill("rh@quartiers.example.org")
    no_violations(page)
    page.get_by_role("button", name="Prévisualiser").click()
    assert page.get_by_text("Aperçu : voici comment").is_visible()
    page.get_by_role("button", name="Envoyer pour publication").click()
    assert "Merci" in page.get_by_role("heading", level=1).inner_text()

    mail = last_mail(board_home, "rh@quartiers.example.org")
    link = re.search(r"http://127\.0\.0\.1:8000(/offres/\d+/gerer/\?token=\S+)", mail).group(1)
    page.goto(board + link)
    assert page.get_by_text("En attente de modération", exact=True).is_visible()
    no_violations(page)
    page.get_by_role("link", name="Modifier l'offre").click()
    page.get_by_label("Intitulé du poste").fill("Chargé·e d'animation de quartier")
    page.get_by_role("button", name="Enregistrer et renvoyer en relecture").click()
    assert page.get_by_text("Modifications enregistrées").is_visible()
    assert page.get_by_role("heading", name="Chargé·e d'animation de quartier").is_visible()
    page.get_by_role("button", name="Retirer l'offre").click()
    page.wait_for_url(board + "/")
    page.goto(board + link)
    assert page.get_by_role("heading", name="Ce lien ne fonctionne plus").is_visible()


def test_a_two_offer_document_is_submitted_as_two_offers(board, page):
    page.goto(board + "/deposer/")
    page.get_by_label(re.compile("ou le fichier de l'offre")).set_input_files(
        str(ROOT / "demo" / "offers" / "digest-service-civique.html"))
    page.get_by_role("button", name="Analyser l'offre").click()
    assert page.get_by_text("Votre document contient 3 offres").is_visible()
    boxes = page.get_by_role("checkbox", name="Déposer cette offre")
    assert boxes.count() == 3
    boxes.nth(1).uncheck()
    page.get_by_label("Votre e-mail").fill("rh@digest.example.org")
    page.get_by_role("button", name="Envoyer pour publication").click()
    assert page.get_by_text("Vos 2 offres sont enregistrées").is_visible()
    assert page.locator("main li").count() == 2


def test_coordinator_bulk_approves_on_a_phone(board, phone):
    phone.goto(board + "/admin/login/?next=/moderation/")
    phone.get_by_label("Nom d’utilisateur").fill("coord")
    phone.get_by_label("Mot de passe").fill("coordination")
    phone.get_by_role("button", name="Connexion").click()
    phone.wait_for_url(re.compile(r"/moderation/$"))
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the queue is {width} px wide"
    no_violations(phone)
    screenshot(phone, "moderation-phone")
    phone.locator(".queue a").first.click()
    phone.wait_for_url(re.compile(r"/moderation/\d+/$"))
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    no_violations(phone)
    phone.go_back()
    boxes = phone.get_by_role("checkbox", name=re.compile("^Sélectionner"))
    ticked = min(2, boxes.count())
    assert ticked >= 1
    for i in range(ticked):
        boxes.nth(i).check()
    phone.get_by_role("button", name="Publier les offres cochées").click()
    assert phone.get_by_text(re.compile(rf"^{ticked} offres? publiées?\.$")).is_visible()


def test_places_complete_as_one_types_and_homonyms_are_offered(board, page):
    page.goto(board + "/")
    near = page.get_by_label("Près de")
    near.press_sequentially("saint-den", delay=30)
    expect(page.locator("#near-list option")).not_to_have_count(0)
    options = page.eval_on_selector_all("#near-list option", "els => els.map(e => e.value)")
    assert "Saint-Denis (93)" in options
    near.fill("Saint-Denis")
    near.press("Enter")
    page.wait_for_url(re.compile(r"near=Saint-Denis"))
    choice = page.get_by_role("link", name="Saint-Denis (93)")
    choice.wait_for()
    no_violations(page)
    choice.click()
    page.wait_for_url(re.compile(r"near=Saint-Denis\+%2893%29"))
    page.get_by_label("Près de").fill("Bretagne")
    page.get_by_label("Près de").press("Enter")
    page.wait_for_url(re.compile(r"region=Bretagne"))
    assert page.get_by_role("checkbox", name=re.compile("^Bretagne")).is_checked()
    expect(page.get_by_label("Près de")).to_have_value("")


def test_without_javascript_the_url_is_short_too(board, browser):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    page.goto(board + "/")
    page.get_by_label("Mots-clés").fill("vélo")
    page.get_by_role("button", name="Rechercher").click()
    page.wait_for_load_state()
    assert page.url == board + "/?q=v%C3%A9lo"
    assert page.locator(".offer-card").count() >= 1
    context.close()


def test_the_form_says_what_is_wrong_before_sending(board, page):
    text = (ROOT / "demo" / "offers" / "charge-mission-concertation.txt").read_text()
    page.goto(board + "/deposer/")
    page.get_by_label("Texte de l'offre (copier-coller)").fill(text)
    page.get_by_role("button", name="Analyser l'offre").click()
    form_url = page.url
    page.get_by_label("Date limite de candidature").fill("2027-04-01")       # after the start (2 March 2027)
    page.get_by_label("Votre e-mail").fill("rh@example.org")
    page.get_by_role("button", name="Envoyer pour publication").click()
    deadline = page.get_by_label("Date limite de candidature")
    assert deadline.evaluate("el => el.validationMessage").startswith("La date limite de candidature tombe après le début")
    confirm = page.get_by_label("Ces dates sont justes : les candidatures restent ouvertes après le début du poste")
    confirm.check()                                  # shown with the message: applications may stay open after the start
    assert deadline.evaluate("el => el.validity.valid")
    confirm.uncheck()
    page.get_by_label("Date limite de candidature").fill("2027-02-06")
    page.get_by_label("Intitulé du poste").fill("")
    page.get_by_role("button", name="Envoyer pour publication").click()
    assert page.get_by_label("Intitulé du poste").evaluate("el => !el.validity.valid")
    assert page.url == form_url and page.get_by_role("heading", name="Vérifiez votre offre").is_visible()
