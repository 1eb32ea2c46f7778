"""The board as a recruiter lives in it: the submission form (several offers
in one document, checks, preview) and the private management link."""
import datetime as dt
import re
from html import unescape

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models.signals import post_save
from django.test import override_settings

from filon.offers import moderation
from filon.offers.models import Offer, Status, StatusChange, today

from .conftest import DEMO, days

pytestmark = pytest.mark.django_db
CONCERTATION = (DEMO / "charge-mission-concertation.txt").read_text()


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    """Each test starts with an unused submission limit."""
    from django.core.cache import cache

    cache.clear()


def step2(**overrides) -> dict:
    """The step-2 form of the concertation offer as a recruiter sends it."""
    form = {"step": "offer", "action": "send", "title": "Chargé·e de mission concertation",
            "organization": "Territoires en Commun", "contract_types": ["cdd"], "city": "Rennes", "department": "35",
            "region": "Bretagne", "deadline": days(69).isoformat(), "start_date": days(93).isoformat(), "email": "rh@example.org",
            "text": CONCERTATION}
    return {k: v for k, v in {**form, **overrides}.items() if v is not None}


def link_in(mail) -> str:
    return re.search(r"http://127\.0\.0\.1:8000(/offres/\d+/gerer/\?token=\S+)", mail.body).group(1)


@pytest.fixture
def submitted(client, mailoutbox):
    """A pending offer submitted through the board, and the link of its confirmation e-mail."""
    client.post("/deposer/", {"text": CONCERTATION})
    assert "Merci" in client.post("/deposer/", step2()).content.decode()
    return Offer.objects.get(), link_in(mailoutbox[-1])


def test_confirmation_mail_carries_the_link_that_shows_the_pending_offer(client, submitted, mailoutbox):
    offer, link = submitted
    assert "deux jours ouvrés" in mailoutbox[0].body
    page = client.get(link).content.decode()
    assert "En attente de modération" in page and "<h2>Missions</h2>" in page
    assert "déposée par le recruteur" in page                     # the history
    assert 'value="filled"' not in page and 'value="withdraw"' in page     # a pending offer cannot be "filled"


def test_approval_mail_carries_the_link_too(client, submitted, mailoutbox):
    offer, _ = submitted
    moderation.approve(offer)
    assert "/gerer/?token=" in mailoutbox[-1].body and "prolonger" in mailoutbox[-1].body


def test_recruiter_edits_and_the_offer_goes_back_to_moderation(client, submitted):
    offer, link = submitted
    moderation.approve(offer)
    form = client.get(link + "&action=edit").content.decode()
    assert 'value="Rennes"' in form
    response = client.post(link, step2(action="edit", title="Chargé·e de concertation", step=None, email=None))
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.title == "Chargé·e de concertation" and offer.status == Status.PENDING
    assert offer.history.last().reason == "modifiée par le recruteur"
    assert client.get(f"/offres/{offer.pk}/").status_code == 404          # hidden until approved again


@pytest.mark.parametrize("fields, sections_kept", [
    pytest.param({"title": "Chargé·e de concertation"}, True, id="title-edited"),
    pytest.param({"text": CONCERTATION + "\nPoste ouvert aux personnes en reconversion."}, False, id="text-edited"),
])
def test_an_edit_keeps_the_sections_only_while_the_text_is_the_document_s(client, submitted, fields, sections_kept):
    offer, link = submitted
    moderation.approve(offer)
    text, sections = offer.text, offer.sections
    assert sections
    saved = []                   # (status, title, text) of each save: an edit is never stored as published
    record = lambda instance, **_: saved.append((instance.status, instance.title, instance.text))  # noqa: E731
    post_save.connect(record, sender=Offer)
    try:
        page = client.post(link, step2(action="edit", step=None, email=None, **fields), follow=True)
    finally:
        post_save.disconnect(record, sender=Offer)
    assert "Modifications enregistrées : l'offre sera publiée à nouveau après relecture" in unescape(page.content.decode())
    offer.refresh_from_db()
    assert offer.status == Status.PENDING and all(status == Status.PENDING for status, _, _ in saved) and saved
    assert (offer.text == text) is sections_kept
    assert offer.sections == (sections if sections_kept else [])     # the extracted offsets were of the old text


@pytest.mark.parametrize("url_action, fields", [
    pytest.param("", {"action": "edit", "title": ""}, id="a-required-field-left-empty"),
    pytest.param("&action=edit", {"action": None, "title": "Autre titre"}, id="posted-without-the-form-s-own-action"),
])
def test_an_edit_not_sent_whole_shows_the_form_again_and_changes_nothing(client, submitted, url_action, fields):
    offer, link = submitted
    moderation.approve(offer)
    page = client.post(link + url_action, step2(**fields, step=None, email=None))
    assert page.status_code == 200 and 'name="action" value="edit"' in page.content.decode()
    offer.refresh_from_db()
    assert offer.title == "Chargé·e de mission concertation" and offer.status == Status.PUBLISHED


def test_withdrawal_stops_the_link(client, submitted):
    offer, link = submitted
    client.post(link, {"action": "withdraw"})
    offer.refresh_from_db()
    assert offer.status == Status.ARCHIVED and offer.history.last().reason == "retirée par le recruteur"
    refused = client.get(link)
    assert refused.status_code == 403 and "ne fonctionne plus" in refused.content.decode()
    client.post(link, {"action": "extend"})
    offer.refresh_from_db()
    assert offer.status == Status.ARCHIVED
    assert client.get(f"/offres/{offer.pk}/").status_code == 404


def test_rejection_stops_the_link(client, submitted):
    offer, link = submitted
    moderation.reject(offer, "Hors champ")
    assert client.get(link).status_code == 403
    for action in ("filled", "extend", "withdraw"):
        client.post(link, {"action": action})
    offer.refresh_from_db()
    assert offer.status == Status.REJECTED and offer.history.count() == 2


def test_filled_is_recorded_and_does_not_publish_a_pending_offer(client, submitted):
    offer, link = submitted
    client.post(link, {"action": "filled"})
    offer.refresh_from_db()
    assert offer.status == Status.PENDING                  # "filled" is not offered on a pending offer
    moderation.approve(offer)
    client.post(link, {"action": "filled"})
    offer.refresh_from_db()
    assert offer.status == Status.FILLED and "pourvue" in offer.history.last().reason


@override_settings(MANAGE_EXTEND_DAYS=30, MANAGE_MAX_DAYS=90)
def test_extending_has_a_ceiling_and_is_recorded(client, db):
    offer = Offer.objects.create(title="Animateur", content_hash="e", status=Status.PUBLISHED,
                                 published_on=today() - dt.timedelta(days=30), deadline=days(10))
    link = f"/offres/{offer.pk}/gerer/?token={moderation.manage_token(offer)}"
    client.post(link, {"action": "extend"})
    offer.refresh_from_db()
    assert offer.deadline == days(40) and offer.history.last().reason.startswith("prolongée par le recruteur jusqu'au")
    client.post(link, {"action": "extend"})                 # 70 days would pass the ceiling: stops at 60 (90 after publication)
    offer.refresh_from_db()
    assert offer.deadline == offer.published_on + dt.timedelta(days=90) == days(60)
    page = client.get(link).content.decode()
    assert "Prolongation impossible" in page and 'value="extend"' not in page
    response = client.post(link, {"action": "extend"}, follow=True)
    offer.refresh_from_db()
    assert offer.deadline == offer.published_on + dt.timedelta(days=90) == days(60)
    assert StatusChange.objects.filter(offer=offer).count() == 2 and "Prolongation impossible" in response.content.decode()


def test_expired_offer_extended_is_published_again(db):
    offer = Offer.objects.create(title="Animateur", content_hash="x", status=Status.EXPIRED,
                                 published_on=today() - dt.timedelta(days=40), deadline=days(-2))
    moderation.extend(offer)
    assert offer.status == Status.PUBLISHED and offer.deadline == days(30) and offer.is_open


@pytest.mark.parametrize("tamper", ["forged", "other offer", "old", "recycled id"])
def test_links_that_do_not_open_the_offer(client, db, tamper):
    offer = Offer.objects.create(title="A", content_hash="a" * 20, status=Status.PUBLISHED)
    other = Offer.objects.create(title="B", content_hash="b" * 20, status=Status.PUBLISHED)
    token = moderation.manage_token(offer)
    if tamper == "forged":
        token = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    elif tamper == "other offer":
        token = moderation.manage_token(other)
    elif tamper == "recycled id":
        offer.content_hash = "c" * 20
        offer.save()
    settings_days = {"MANAGE_LINK_DAYS": 0} if tamper == "old" else {}
    with override_settings(**settings_days):
        if tamper == "old":
            import time
            time.sleep(1.1)
        assert client.get(f"/offres/{offer.pk}/gerer/?token={token}").status_code == 403
    assert client.get(f"/offres/{offer.pk}/gerer/?token={moderation.manage_token(offer)}").status_code == 200


@pytest.mark.parametrize("sent, text, from_the_document", [
    pytest.param("file", CONCERTATION, True, id="a-file-its-text-kept"),
    pytest.param("text", CONCERTATION + "\nPoste ouvert aux personnes en reconversion.", False, id="pasted-text-edited"),
])
def test_a_submitted_offer_keeps_its_file_and_keeps_the_sections_while_its_text_is_the_document_s(
        client, db, settings, tmp_path, sent, text, from_the_document):
    settings.MEDIA_ROOT = tmp_path                       # the stored document goes there
    if sent == "file":
        client.post("/deposer/", {"document": SimpleUploadedFile("fiche_de_poste.txt", CONCERTATION.encode())})
    else:
        client.post("/deposer/", {"text": CONCERTATION})
    assert "Merci" in client.post("/deposer/", step2(text=text)).content.decode()
    offer = Offer.objects.get()
    assert bool(offer.sections) is from_the_document and offer.evidence         # the offsets of the document's text
    if sent == "file":
        assert offer.source_name == "fiche_de_poste.txt" and offer.document.name.startswith("incoming/")
        assert (tmp_path / offer.document.name).read_text() == CONCERTATION
    else:
        assert (offer.source_name, offer.document.name) == ("", "")
    assert len(offer.content_hash) <= Offer._meta.get_field("content_hash").max_length    # as PostgreSQL checks it


def test_an_offer_listed_twice_in_a_document_and_kept_twice_is_stored_twice(client, db):
    html = (DEMO / "digest-service-civique.html").read_text()
    start, end = html.index("<h2>Collectif"), html.index("<h2>Les Amis")
    doubled = SimpleUploadedFile("digest.html", (html[:end] + html[start:end] + html[end:]).encode())
    titles = form_titles(client.post("/deposer/", {"document": doubled}).content.decode())
    assert titles[1] == titles[2] == "Mécanicien·ne vélo en CDI"
    form = {"step": "offer", "action": "send", "email": "rh@example.org", "keep": ["1", "2"]}
    for i in (1, 2):
        form.update({f"o{i}-title": titles[i], f"o{i}-contract_types": ["cdi"], f"o{i}-text": "Réparer les vélos."})
    assert "Vos 2 offres sont enregistrées" in client.post("/deposer/", form).content.decode()
    assert list(Offer.objects.values_list("title", flat=True)) == [titles[1]] * 2


def test_a_document_with_two_offers_names_each_form_apart(client, db):
    html = (DEMO / "digest-service-civique.html").read_text()
    two = html[:html.index("<h2>Les Amis")] + html[html.index("</main>"):]
    page = client.post("/deposer/", {"document": SimpleUploadedFile("digest.html", two.encode())}).content.decode()
    assert "Votre document contient 2 offres" in page and len(form_titles(page)) == 2
    assert page.count('name="title"') == 0


@override_settings(OFFER_LIFETIME_DAYS=45)
def test_step_two_says_how_long_an_offer_without_deadline_stays(client, db):
    page = unescape(client.post("/deposer/", {"text": CONCERTATION}).content.decode())
    assert "L'offre reste en ligne jusqu'au lendemain de sa date limite (sinon 45 jours)" in page


def form_titles(page: str) -> list[str]:
    """The title in each offer's form of step 2."""
    return [unescape(t) for t in re.findall(r'name="o\d-title"[^>]*value="([^"]+)"', page)
            or re.findall(r'value="([^"]+)"[^>]*name="o\d-title"', page)]


def test_a_form_sent_back_keeps_each_offer_s_values_and_evidence_and_judges_only_those_kept(client, db):
    digest = SimpleUploadedFile("digest.html", (DEMO / "digest-service-civique.html").read_bytes())
    page = client.post("/deposer/", {"document": digest}).content.decode()
    titles, evidence = form_titles(page), re.findall(r'<p class="evidence" id="([^"]+)"', page)
    form = {"step": "offer", "action": "send", "email": "rh@example.org", "keep": ["0", "x", "3", "-1"],
            "o0-title": "", "o1-title": ""}                 # offer 1 is not kept: its emptied title is not judged
    again = client.post("/deposer/", form).content.decode()
    assert unescape(again).count("Donnez un intitulé au poste.") == 1 and Offer.objects.count() == 0
    assert form_titles(again) == titles[1:]                 # offer 0's title is the empty one sent
    assert re.findall(r'<p class="evidence" id="([^"]+)"', again) == evidence
    assert 'value="rh@example.org"' in again and 'name="csrfmiddlewaretoken"' in again      # ready to be sent again
    assert '<p class="errorlist" role="alert">' not in again         # the errors are the fields' own
    nothing_kept = unescape(client.post("/deposer/", {**form, "keep": []}).content.decode())
    assert '<p class="errorlist" role="alert">Cochez au moins une offre à déposer.</p>' in nothing_kept
    assert Offer.objects.count() == 0


def test_a_document_with_several_offers_gives_a_form_for_each(client, db, mailoutbox):
    digest = SimpleUploadedFile("digest.html", (DEMO / "digest-service-civique.html").read_bytes())
    page = client.post("/deposer/", {"document": digest}).content.decode()
    assert "Votre document contient 3 offres" in page
    assert page.count('name="keep"') == 3 and page.count("checked") >= 3
    assert re.findall(r'name="keep" value="([^"]*)" checked', page) == ["0", "1", "2"]
    assert "<legend>Offre 1 : " in page and "<legend>Offre 3 : " in page
    assert '<p class="errorlist" role="alert">' not in page                 # nothing wrong yet
    assert 'name="o0-title"' in page and 'name="o2-title"' in page
    titles = form_titles(page)
    assert len(titles) == 3
    form = {"step": "offer", "action": "send", "email": "rh@example.org", "keep": ["0", "2"]}
    for i, title in enumerate(titles):
        form.update({f"o{i}-title": title, f"o{i}-contract_types": ["cdi"], f"o{i}-text": f"Texte de l'offre {i}"})
    done = client.post("/deposer/", form).content.decode()
    assert "Vos 2 offres sont enregistrées" in done
    assert sorted(Offer.objects.values_list("title", flat=True)) == sorted([titles[0], titles[2]])
    assert len(mailoutbox) == 2 and all("/gerer/?token=" in m.body for m in mailoutbox)


@pytest.mark.parametrize("overrides, field, message", [
    ({"title": ""}, "title", "Donnez un intitulé au poste."),
    ({"contract_types": []}, "contract_types", "Choisissez au moins un type de contrat."),
    ({"deadline": "2020-01-10", "start_date": None}, "deadline", "est déjà passée"),
    ({"start_date": "2020-01-10", "deadline": None}, "start_date", "est déjà passée"),
    ({"deadline": days(123).isoformat(), "start_date": days(93).isoformat()}, "deadline", "tombe après le début du poste"),
])
def test_the_form_says_what_is_wrong_and_stores_nothing(client, db, overrides, field, message):
    client.post("/deposer/", {"text": CONCERTATION})
    page = unescape(client.post("/deposer/", step2(**overrides)).content.decode())
    assert message in page
    assert Offer.objects.count() == 0


def test_form_speaks_french_marks_required_fields_and_ties_evidence_to_inputs(client, db):
    page = client.post("/deposer/", {"text": CONCERTATION}).content.decode()
    assert "Salary" not in page and "Rémunération par" in page and "Brut ou net" in page
    assert re.search(r'for="id_title">Intitulé du poste <span class="required"', page)
    described = re.findall(r'aria-describedby="([^"]+-ev)"', page)
    assert "id_deadline-ev" in described and "id_city-ev" in described
    for ident in described:
        assert f'<p class="evidence" id="{ident}">' in page
    assert 'min="' in re.search(r'<input type="date" name="deadline"[^>]*>', page).group(0)
    assert "Et ensuite ?" in page and "Données personnelles" in page and "ni publié ni transmis" in page


def test_preview_shows_the_public_page_and_stores_nothing(client, db, mailoutbox):
    client.post("/deposer/", {"text": CONCERTATION})
    page = client.post("/deposer/", step2(action="preview")).content.decode()
    assert "Aperçu : voici comment l'offre apparaîtra une fois publiée." in unescape(page)
    assert "<h2>Missions</h2>" in page and ">Postuler</h2>" in page and "Partager :" not in page
    assert 'value="rh@example.org"' in page and 'name="csrfmiddlewaretoken"' in page     # ready to be sent
    assert Offer.objects.count() == 0 and not mailoutbox
    assert "Merci" in client.post("/deposer/", step2()).content.decode()
    assert Offer.objects.count() == 1


def test_api_submission_mails_the_management_link(client, db, mailoutbox):
    from django.contrib.auth.models import User
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=User.objects.create_user("integrator"))
    client.post("/api/offres/deposer/", {"text": CONCERTATION, "submitter_email": "rh@example.org"},
                HTTP_AUTHORIZATION=f"Token {token.key}")
    offer = Offer.objects.get()
    assert mailoutbox[0].to == ["rh@example.org"] and client.get(link_in(mailoutbox[0])).status_code == 200
    assert offer.status == Status.PENDING
