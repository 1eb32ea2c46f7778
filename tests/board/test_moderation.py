"""Moderation through the board: only staff act; approve, save, reject and
expire-now do what they say, e-mail the recruiter, and record who did it;
the duplicate hint names the offers a coordinator must compare."""
import pytest
from django.contrib.auth.models import User

from filon.offers import moderation
from filon.offers.models import Offer, Status

from .conftest import days
from .factories import offer as make

pytestmark = pytest.mark.django_db


def form(offer, action, **changes) -> dict:
    return {"action": action, "title": offer.title, "city": offer.city, "country": "FR", "text": offer.text, **changes}


ACTIONS = [
    ("approve", {}),
    ("save", {"title": "Titre changé"}),
    ("reject", {"reason": "Hors sujet"}),
]


@pytest.fixture(params=["anonymous", "logged-in, not staff"])
def outsider(request, client, db):
    if request.param != "anonymous":
        client.force_login(User.objects.create_user("recruteur", "r@example.org", "pw"))
    return client


@pytest.mark.parametrize("action, changes", ACTIONS)
def test_only_staff_can_moderate(outsider, action, changes, mailoutbox):
    offer = make(status=Status.PENDING, submitter_email="rh@example.org")
    expired = make(title="Ancienne", deadline=days(-5))
    for response in (outsider.get("/moderation/"), outsider.get(f"/moderation/{offer.pk}/"),
                     outsider.post(f"/moderation/{offer.pk}/", form(offer, action, **changes)),
                     outsider.post("/moderation/expirer/")):
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    offer.refresh_from_db()
    expired.refresh_from_db()
    assert (offer.status, offer.title) == (Status.PENDING, "Animateur nature")
    assert expired.status == Status.PUBLISHED and offer.history.count() == 0 and mailoutbox == []


def test_approving_publishes_and_mails_the_recruiter(client, coordinator, mailoutbox):
    offer = make(title="Animateur vélo", status=Status.PENDING, submitter_email="rh@example.org", city="Lyon")
    response = client.post(f"/moderation/{offer.pk}/", form(offer, "approve"))
    assert response.status_code == 302 and response["Location"] == "/moderation/"
    offer.refresh_from_db()
    assert offer.status == Status.PUBLISHED and offer in Offer.objects.visible()
    assert [(h.status, h.by, h.reason) for h in offer.history.all()] == [(Status.PUBLISHED, coordinator, "approuvée")]
    [mail] = mailoutbox
    assert mail.to == ["rh@example.org"] and "Animateur vélo" in mail.subject
    assert f"/offres/{offer.pk}/" in mail.body


def test_saving_keeps_the_offer_pending_with_the_changes(client, coordinator, mailoutbox):
    offer = make(title="Animateur vélo", status=Status.PENDING, submitter_email="rh@example.org", city="Lyon")
    response = client.post(f"/moderation/{offer.pk}/", form(offer, "save", title="Animateur·rice vélo",
                                                            deadline=days(20).isoformat()))
    assert response.status_code == 200 and "Modifications enregistrées" in response.content.decode()
    offer.refresh_from_db()
    assert (offer.status, offer.title, offer.deadline) == (Status.PENDING, "Animateur·rice vélo", days(20))
    assert offer.expires_on == days(21) and mailoutbox == [] and offer.history.count() == 0


@pytest.mark.parametrize("action", ["save", "approve"])
def test_an_invalid_form_changes_nothing_and_says_why(client, coordinator, action, mailoutbox):
    offer = make(title="Animateur vélo", status=Status.PENDING, submitter_email="rh@example.org")
    page = client.post(f"/moderation/{offer.pk}/", form(offer, action, title="", deadline="bientôt"))
    assert page.status_code == 200 and 'class="errorlist' in page.content.decode()
    offer.refresh_from_db()
    assert (offer.status, offer.title, offer.deadline) == (Status.PENDING, "Animateur vélo", None) and mailoutbox == []


def test_rejecting_needs_a_reason_and_mails_it(client, coordinator, mailoutbox):
    offer = make(title="Animateur vélo", status=Status.PENDING, submitter_email="rh@example.org")
    page = client.post(f"/moderation/{offer.pk}/", {"action": "reject", "reason": ""})
    assert page.status_code == 200
    offer.refresh_from_db()
    assert offer.status == Status.PENDING and mailoutbox == []
    response = client.post(f"/moderation/{offer.pk}/", {"action": "reject", "reason": "Offre incomplète"})
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.status == Status.REJECTED
    assert (offer.history.last().status, offer.history.last().by, offer.history.last().reason) == \
        (Status.REJECTED, coordinator, "Offre incomplète")
    [mail] = mailoutbox
    assert mail.to == ["rh@example.org"] and "Offre incomplète" in mail.body and "Animateur vélo" in mail.subject
    assert client.logout() is None and client.get(f"/offres/{offer.pk}/").status_code == 404


def test_expire_now_expires_the_offers_past_their_day_only(client, coordinator):
    past = make(title="Passée", deadline=days(-1))
    last_day = make(title="Dernier jour", deadline=days(0))
    queue = client.get("/moderation/").content.decode()
    assert "Passée" in queue and "Dernier jour" not in queue           # listed under "Offres à expirer"
    assert client.get("/moderation/expirer/").status_code == 405         # POST only
    response = client.post("/moderation/expirer/")
    assert response.status_code == 302 and response["Location"] == "/moderation/"
    past.refresh_from_db()
    last_day.refresh_from_db()
    assert past.status == Status.EXPIRED and last_day.status == Status.PUBLISHED
    assert "1 offre(s) expirée(s)" in client.get("/moderation/").content.decode()


def test_the_queue_lists_pending_offers_oldest_first_with_their_duplicates(client, coordinator):
    published = make(title="Chargé de mission", organization="Réseau X")
    first = make(title="Chargé de mission", organization="Réseau X", status=Status.PENDING)
    second = make(title="Animateur", organization="Autre", status=Status.PENDING)
    page = client.get("/moderation/").content.decode()
    assert page.index(f"/moderation/{first.pk}/") < page.index(f"/moderation/{second.pk}/")
    assert page.count("/doublon/") == 1                      # the side-by-side view, for the duplicate only
    assert f'href="/moderation/{first.pk}/doublon/{published.pk}/"' in page


TEXT = ("Le réseau recrute un·e chargé·e de mission pour animer les concertations publiques du territoire, "
        "en lien avec les communes et les associations locales. ") * 3

OWN = "Texte propre à cette offre."
DUPLICATES = [
    # (the pending offer's text, the other offer, whether it is flagged as a duplicate of the pending
    # "Chargé de mission" at "Réseau X")
    (OWN, {"title": "Chargé de mission", "organization": "Réseau X"}, True),
    (OWN, {"title": "CHARGE DE MISSION", "organization": "reseau x"}, False),            # accents differ
    (OWN, {"title": "CHARGé DE MISSION", "organization": "RéSEAU X"}, True),             # case does not matter
    (OWN, {"title": "Chargé de mission", "organization": "Réseau Y"}, False),            # same title elsewhere
    (OWN, {"title": "Animateur", "organization": "Réseau X"}, False),                    # same employer, other job
    (OWN, {"title": "Chargé de mission", "organization": "Réseau X", "status": Status.REJECTED}, False),
    (OWN, {"title": "Chargé de mission", "organization": "Réseau X", "status": Status.EXPIRED}, True),
    (TEXT, {"title": "Autre titre", "organization": "Autre", "text": TEXT}, True),       # the same text
    (TEXT, {"title": "Autre titre", "organization": "Autre", "text": "Offre. " + TEXT}, False),  # starts otherwise
    (TEXT, {"title": "Autre titre", "organization": "Autre", "text": TEXT[:150] + "Tout autre chose. " * 20}, False),
    (TEXT[:90], {"title": "Autre titre", "organization": "Autre", "text": TEXT[:90]}, False),  # too short to tell
    (TEXT, {"title": "Autre titre", "organization": "Autre", "text": TEXT, "status": Status.REJECTED}, False),
]


@pytest.mark.parametrize("text, other, flagged", DUPLICATES)
def test_duplicate_hint(text, other, flagged):
    pending = make(title="Chargé de mission", organization="Réseau X", status=Status.PENDING, text=text)
    candidate = make(**{"text": "Une autre offre.", **other})
    assert moderation.duplicates_of(pending) == ([candidate] if flagged else [])


def test_a_mail_server_down_does_not_stop_moderation(client, coordinator, settings):
    import socket

    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]                # nothing listens there once closed
    settings.EMAIL_BACKEND, settings.EMAIL_HOST, settings.EMAIL_PORT = \
        "django.core.mail.backends.smtp.EmailBackend", "127.0.0.1", port
    offer = make(title="Animateur vélo", status=Status.PENDING, submitter_email="rh@example.org", city="Lyon")
    assert client.post(f"/moderation/{offer.pk}/", form(offer, "approve")).status_code == 302
    offer.refresh_from_db()
    assert offer.status == Status.PUBLISHED
