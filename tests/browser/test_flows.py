"""The board as people use it, in a real browser."""
import json
import re

from playwright.sync_api import expect

from .conftest import ROOT, screenshot


def test_job_seeker_searches_applies_a_facet_and_opens_an_offer(board, page):
    page.goto(board + "/")
    page.get_by_label("Mots-clés").fill("concertation")
    page.get_by_role("button", name="Rechercher").click()
    page.wait_for_url(re.compile(r"q=concertation"))
    assert page.locator(".offer-card").count() == 1
    page.goto(board + "/")
    page.get_by_role("checkbox", name=re.compile("^CDI")).check()
    expect(page).to_have_url(re.compile(r"contract=cdi"))
    expect(page.locator(".offer-card")).to_have_count(2)
    screenshot(page, "search")
    page.get_by_role("link", name=re.compile("Mécanicien")).click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Mécanicien")
    data = json.loads(page.locator("script[type='application/ld+json']").text_content())
    assert data["@type"] == "JobPosting" and data["jobLocation"]["address"]["addressLocality"] == "Lyon"
    screenshot(page, "offer")


def test_search_works_without_javascript(board, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(board + "/")
    page.get_by_role("checkbox", name=re.compile("^Stage")).check()
    page.get_by_role("button", name="Appliquer les filtres").click()
    assert page.locator(".offer-card").count() == 1
    context.close()


def test_recruiter_pastes_an_offer_coordinator_approves_it_and_it_appears_in_search(board, page):
    text = (ROOT / "demo" / "offers" / "charge-mission-concertation.txt").read_text()
    text = text.replace("Territoires en Commun", "Villes en Transition").replace("concertation", "médiation")
    page.goto(board + "/deposer/")
    page.get_by_label("Texte de l'offre (copier-coller)").fill(text)
    page.get_by_role("button", name="Analyser l'offre").click()
    assert page.get_by_label("Commune").input_value() == "Rennes"
    assert page.get_by_label("Date limite de candidature").input_value() == "2027-02-06"
    assert page.locator(".evidence").first.is_visible()
    screenshot(page, "submission")
    page.get_by_label("Votre e-mail").fill("rh@example.org")
    page.get_by_role("button", name="Envoyer pour publication").click()
    assert "Merci" in page.get_by_role("heading", level=1).inner_text()

    page.goto(board + "/admin/login/?next=/moderation/")
    page.get_by_label("Nom d’utilisateur").fill("coord")
    page.get_by_label("Mot de passe").fill("coordination")
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url(re.compile(r"/moderation/$"))
    screenshot(page, "moderation")
    page.get_by_role("link", name=re.compile("médiation")).click()
    page.get_by_role("button", name="Publier", exact=True).click()
    page.wait_for_url(re.compile(r"/moderation/$"))
    page.goto(board + "/?q=mediation")
    assert page.locator(".offer-card").count() == 1
