"""The board's pages through Django's test client."""
import datetime as dt
import json
import re

import pytest
from django.utils import timezone

from filon.offers.models import Offer, Status, today

from .conftest import DEMO, days

pytestmark = pytest.mark.django_db

REQUIRED = {"title", "description", "datePosted", "hiringOrganization", "jobLocation"}


def test_search_page_finds_folded_plurals_and_shows_facets(client, demo_board):
    page = client.get("/", {"q": "Concertations"}).content.decode()
    assert "Chargé·e de mission concertation" in page
    assert "Type de contrat" in page and "Région" in page


def test_facet_filters_and_counts(client, demo_board):
    page = client.get("/", {"contract": "cdi"}).content.decode()
    titles = re.findall(r'<h2><a href="/offres/\d+/">([^<]+)</a>', page)
    assert titles and all("CDI" in t or "COORDINATEUR" in t or "Mécanicien" in t for t in titles)
    assert re.search(r'value="cdd"> CDD <span class="count">\(1\)', page)


def test_search_near_a_place_says_how_far(client, demo_board):
    page = client.get("/", {"near": "69001", "radius_km": "20"}).content.decode()
    assert "à moins de 20 km de Lyon" in page and re.search(r"· à \d+ km", page)
    unknown = client.get("/", {"near": "Atlantide"}).content.decode()
    assert "Lieu inconnu" in unknown and "0 offre" in unknown


def test_search_url_is_shareable_and_paginates(client, demo_board):
    response = client.get("/", {"region": "Bretagne", "sort": "deadline", "page": "1"})
    assert response.status_code == 200 and "1 offre" in response.content.decode()


# What each demo offer's text says, as Google's employment types (sorted): the working time, then what the
# contract adds; a part-time CDI is PART_TIME only, a CDD never FULL_TIME alone.
DEMO_EMPLOYMENT = {"Chargé·e de mission concertation": ["FULL_TIME", "TEMPORARY"],          # CDD, temps plein
                   "Volontaire en service civique": ["PART_TIME", "VOLUNTEER"],              # 24 h par semaine
                   "Mécanicien·ne vélo en CDI": ["PART_TIME"],                               # CDI à 28 h
                   "Chargé·e de communication en alternance": ["INTERN"],
                   "Stage : animateur·rice nature": ["FULL_TIME", "INTERN"]}


def test_offer_page_jsonld_has_google_required_and_recommended_properties(client, demo_board):
    import datetime as dt

    offers = list(Offer.objects.visible())
    assert len([offer for offer in offers if offer.organization]) >= 5
    for offer in offers:
        page = client.get(f"/offres/{offer.pk}/").content.decode()
        if not offer.organization:                       # no JobPosting without an employer, no placeholder
            assert "application/ld+json" not in page, offer.title
            continue
        data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
        assert data["@type"] == "JobPosting"
        assert REQUIRED <= set(data), offer.title
        assert data["title"] == offer.title and data["url"].endswith(f"/offres/{offer.pk}/")
        assert data["jobLocation"]["address"]["addressCountry"] == "FR"
        assert data["hiringOrganization"]["name"] == offer.organization
        [employment] = [types for start, types in DEMO_EMPLOYMENT.items() if offer.title.startswith(start)]
        assert sorted(data["employmentType"]) == employment, offer.title
        stored_on = timezone.localdate(offer.created_at)           # the board's day, not UTC's (after midnight in Paris)
        last_day = offer.deadline or (offer.published_on or stored_on) + dt.timedelta(days=59)
        assert data["validThrough"] == f"{last_day.isoformat()}T23:59:59", offer.title
        if "baseSalary" in data:
            assert data["baseSalary"]["value"]["unitText"] == {"hour": "HOUR", "month": "MONTH", "year": "YEAR"}[offer.salary_unit]
        assert ("jobLocationType" in data) is bool(offer.remote_allowed and offer.remote_days and offer.remote_days >= 5)


def test_expired_and_filled_offers_say_so_without_jsonld(client, demo_board):
    offer = Offer.objects.visible().first()
    offer.status = Status.FILLED
    offer.save()
    page = client.get(f"/offres/{offer.pk}/").content.decode()
    assert "pourvue" in page and "application/ld+json" not in page
    assert f"/offres/{offer.pk}/" not in client.get("/sitemap.xml").content.decode()


def test_an_offer_s_page_names_its_contracts_and_level_and_is_no_preview(client, db):
    offer = Offer.objects.create(title="Volontaire", content_hash="x", status=Status.PUBLISHED, published_on=today(),
                                 contract_types=["service_civique", "cdd"], education_min="bac+8")
    page = client.get(f"/offres/{offer.pk}/").content.decode()
    assert "<dt>Contrat</dt><dd>Service civique, CDD</dd>" in page and "<dt>Niveau d'études</dt><dd>Doctorat</dd>" in page
    assert "Aperçu" not in page and "Partager :" in page


# status -> whether the public sees the offer's page (coordinators see every one)
SHOWN_TO_THE_PUBLIC = {Status.DRAFT: False, Status.PENDING: False, Status.REJECTED: False, Status.ARCHIVED: False,
                       Status.PUBLISHED: True, Status.EXPIRED: True, Status.FILLED: True}


@pytest.mark.parametrize("status", list(SHOWN_TO_THE_PUBLIC))
@pytest.mark.parametrize("visitor", ["anonymous", "staff"])
def test_an_offer_s_page_is_public_once_published_and_staff_see_every_one(client, django_user_model, status, visitor):
    offer = Offer.objects.create(title="Animatrice vélo", content_hash="x", status=status)
    if visitor == "staff":
        client.force_login(django_user_model.objects.create_user("coordination", is_staff=True))
    page = client.get(f"/offres/{offer.pk}/")
    shown = visitor == "staff" or SHOWN_TO_THE_PUBLIC[status]
    assert page.status_code == (200 if shown else 404)
    assert ("Animatrice vélo" in page.content.decode()) is shown


def test_ics_and_atom_feed(client, demo_board):
    offer = Offer.objects.visible().exclude(deadline=None).first()
    ics = client.get(f"/offres/{offer.pk}/date-limite.ics").content.decode()
    assert "BEGIN:VEVENT" in ics and offer.deadline.strftime("%Y%m%d") in ics
    feed = client.get("/flux.atom", {"q": "concertation"}).content.decode()
    assert "<feed" in feed and "concertation" in feed.lower()


def test_recruiter_pastes_an_offer_and_gets_a_prefilled_form(client, db, mailoutbox):
    text = (DEMO / "charge-mission-concertation.txt").read_text()
    page = client.post("/deposer/", {"text": text}).content.decode()
    assert 'value="Rennes"' in page and 'value="2027-02-06"' in page
    assert "avant le 6 février 2027" in page                         # evidence sentence beside the field
    form = {"step": "offer", "title": "Chargé·e de mission concertation", "organization": "Territoires en Commun",
            "contract_types": ["cdd"], "city": "Rennes", "department": "35", "region": "Bretagne",
            "deadline": days(30).isoformat(), "country": "FR", "email": "rh@example.org", "text": text}
    done = client.post("/deposer/", form)                             # a deadline still to come, whatever the day
    assert done.status_code == 200 and "Merci" in done.content.decode()
    offer = Offer.objects.get()
    assert offer.status == Status.PENDING and offer.submitter_email == "rh@example.org"
    assert mailoutbox[0].to == ["rh@example.org"]


def test_upload_is_checked_by_content_not_name(client, db):
    from django.core.files.uploadedfile import SimpleUploadedFile

    fake = SimpleUploadedFile("offre.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    page = client.post("/deposer/", {"document": fake}).content.decode()
    assert "Type de fichier non accepté" in page
    assert Offer.objects.count() == 0


def test_honeypot_blocks_robots(client, db):
    page = client.post("/deposer/", {"text": "CDI à Lyon", "website": "spam"}).content.decode()
    assert "Envoi refusé" in page


def test_coordinator_approves_and_offer_appears_in_search(client, coordinator, mailoutbox):
    offer = Offer.objects.create(title="Animateur vélo", content_hash="v", status=Status.PENDING,
                                 submitter_email="rh@example.org", city="Lyon", text="Animateur vélo à Lyon")
    assert "Animateur vélo" in client.get("/moderation/").content.decode()
    response = client.post(f"/moderation/{offer.pk}/", {"action": "approve", "title": "Animateur vélo",
                                                         "city": "Lyon", "country": "FR", "text": offer.text})
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.status == Status.PUBLISHED and offer.history.last().by == coordinator
    assert "Animateur vélo" in client.get("/", {"q": "velo"}).content.decode()


def test_moderation_requires_staff(client, db):
    assert client.get("/moderation/").status_code == 302


def test_htmx_gets_results_and_facets_only(client, demo_board):
    live = client.get("/", {"contract": "cdi"}, headers={"HX-Request": "true"})
    assert "<html" not in live.content.decode() and "offer-card" in live.content.decode()
    assert "HX-Request" in live["Vary"]
    assert "<html" in client.get("/", {"contract": "cdi"}).content.decode()


@pytest.mark.parametrize(("title", "summary"), [
    # RFC 5545's TEXT: a backslash, a comma and a semicolon escaped, a line break never splitting the line.
    ("Animateur, nature; été", "SUMMARY:Date limite : Animateur\\, nature\\; été"),
    ("Chargé\\e de mission\nréseau", "SUMMARY:Date limite : Chargé\\\\e de mission réseau"),
], ids=["comma-semicolon", "backslash-break"])
def test_ics_summary_is_escaped_on_one_line(client, db, title, summary):
    offer = Offer.objects.create(title=title, content_hash=f"ics-{len(title)}", status=Status.PUBLISHED,
                                 published_on=today(), deadline=today() + dt.timedelta(days=10))
    lines = client.get(f"/offres/{offer.pk}/date-limite.ics").content.decode().split("\r\n")
    assert summary in lines


@pytest.mark.parametrize(("text", "field", "sentence"), [
    # The line that holds the value, not the lines around it (the pre-filled form shows it beside the field).
    ("Chargé de mission\nCDD\nDate limite : 6 mars 2027\nEnvoyez votre CV\nFin", "deadline", "Date limite : 6 mars 2027"),
    ("Animateur\nLieu : Rennes\nPoste en CDD", "location.city", "Lieu : Rennes"),
], ids=["deadline", "city"])
def test_evidence_sentence_is_the_line_of_the_value(text, field, sentence):
    from types import SimpleNamespace

    from filon.board.views import _evidence_sentences

    value = sentence.split(": ")[1]
    start = text.index(value)
    record = SimpleNamespace(text=text, evidence={field: (start, start + len(value))})
    assert _evidence_sentences(record)[field.replace(".", "_")] == sentence
