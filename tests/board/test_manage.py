"""The recruiter's link, /offres/<id>/gerer/?token=: from the reminder e-mail,
extend the offer by 30 days (FILON_MANAGE_EXTEND_DAYS) or mark it filled; the
link opens only its own offer, and only for a year (FILON_MANAGE_LINK_DAYS)."""
import datetime as dt
import re
from html import unescape

import pytest
import time_machine
from django.test import Client, override_settings
from django.utils import dateformat, translation

from filon.offers import moderation
from filon.offers.models import Offer, Status

from .conftest import days
from .factories import offer as make

pytestmark = pytest.mark.django_db


def link(offer, token=None) -> str:
    return f"/offres/{offer.pk}/gerer/?token={token if token is not None else moderation.manage_token(offer)}"


def refused(response) -> bool:
    """The link did not open: an error page, neither the form nor a redirect."""
    return response.status_code >= 400


def test_the_reminder_link_opens_the_offer_s_page(client, mailoutbox):
    offer = make(title="Animatrice vélo", deadline=days(2), submitter_email="rh@example.org")
    assert moderation.send_expiry_reminders() == 1
    url = re.search(r"https?://[^/\s]+(/offres/\d+/gerer/\?token=\S+)", mailoutbox[0].body).group(1)
    assert url.startswith(f"/offres/{offer.pk}/gerer/")
    page = client.get(url)
    assert page.status_code == 200
    assert "Animatrice vélo" in page.content.decode() and 'value="extend"' in page.content.decode()


@pytest.mark.parametrize("deadline, extended", [
    (days(3), days(33)),          # 30 days after the deadline
    (days(0), days(30)),
    (None, days(30)),             # no deadline: 30 days from today
])
def test_extending_pushes_the_deadline_back_exactly_30_days(client, deadline, extended):
    offer = make(deadline=deadline, reminder_sent=True, published_on=days(-50))
    url = link(offer)
    response = client.post(url, {"action": "extend"})
    assert response.status_code == 302 and response["Location"] == url      # back to the recruiter's page
    offer.refresh_from_db()
    assert offer.deadline == extended and offer.expires_on == extended + dt.timedelta(days=1)
    assert offer.reminder_sent is False             # a new reminder will come before the new deadline
    assert offer.status == Status.PUBLISHED and offer in Offer.objects.visible(on=extended)


def test_extending_an_offer_past_its_deadline_counts_from_today():
    offer = make(deadline=days(-3), status=Status.EXPIRED)
    moderation.extend(offer)
    offer.refresh_from_db()
    assert offer.deadline == days(30)


def test_marking_filled_takes_the_offer_off_the_board(client):
    offer = make(title="Animatrice vélo", deadline=days(10), text="Animer l'atelier vélo.")
    assert client.get("/", {"q": "vélo"}).content.decode().count("Animatrice vélo") == 1
    response = client.post(link(offer), {"action": "filled"})
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.status == Status.FILLED and offer.history.last().reason == "pourvue, d'après le recruteur"
    assert "Animatrice vélo" not in client.get("/", {"q": "vélo"}).content.decode()
    assert f"/offres/{offer.pk}/" not in client.get("/sitemap.xml").content.decode()


def forged(offer) -> str:
    token = moderation.manage_token(offer)
    return token[:-2] + ("AA" if not token.endswith("AA") else "BB")


@pytest.mark.parametrize("token", [
    pytest.param(lambda offer, other: moderation.manage_token(other), id="another offer's token"),
    pytest.param(lambda offer, other: forged(offer), id="forged signature"),
    pytest.param(lambda offer, other: "", id="no token"),
    pytest.param(lambda offer, other: __import__("django.core.signing").core.signing.dumps(
        {"offer": offer.pk}, salt="another-salt"), id="signed for another purpose"),
])
@pytest.mark.parametrize("action", ["extend", "filled"])
def test_a_link_opens_only_its_own_offer(client, token, action):
    offer, other = make(deadline=days(3)), make(title="Autre", deadline=days(3))
    url = link(offer, token(offer, other))
    assert refused(client.get(url))
    assert refused(client.post(url, {"action": action}))
    offer.refresh_from_db()
    assert offer.deadline == days(3) and offer.status == Status.PUBLISHED


@pytest.mark.parametrize("action, fields, lands_on, says", [
    ("extend", {"deadline": days(3)}, "manage", f"Offre prolongée jusqu'au {days(33):%d/%m/%Y}."),
    ("extend", {"deadline": days(170), "published_on": days(-10)}, "manage",
     f"Prolongation impossible : déjà prolongée jusqu'à la limite du {days(170):%d/%m/%Y}."),
    ("filled", {"deadline": days(3)}, "manage", "Offre marquée comme pourvue : merci !"),
    ("withdraw", {"deadline": days(3)}, "home", "Offre retirée : elle n'est plus visible et ce lien ne fonctionne plus."),
], ids=["extended", "extension-refused-at-the-limit", "filled", "withdrawn"])
def test_each_action_says_what_it_did(client, action, fields, lands_on, says):
    url = link(make(**fields))
    page = client.post(url, {"action": action}, follow=True)
    assert page.redirect_chain[-1][0] == (url if lands_on == "manage" else "/")
    assert says in page.content.decode().replace("&#x27;", "'")


@pytest.mark.parametrize("deadline, says", [
    (days(3), "Prolonger de 30 jours"),
    (days(170), "Prolongation impossible : une offre reste en ligne au plus jusqu'au {limit}."),
], ids=["before-the-limit", "at-the-limit"])
def test_the_page_offers_to_extend_until_the_limit_and_names_it(client, deadline, says):
    offer = make(deadline=deadline, published_on=days(-10))
    with translation.override("fr"):
        limit = dateformat.format(days(170), "j F Y")             # 180 days after publication
    page = client.get(link(offer)).content.decode().replace("&#x27;", "'")
    assert says.format(limit=limit) in page


def test_the_page_s_buttons_and_edit_link_work_as_a_browser_follows_them():
    """The forms post back to the link (its token kept) with their CSRF token, as a browser sends them."""
    offer = make(deadline=days(3))
    browser = Client(enforce_csrf_checks=True)
    page = browser.get(link(offer)).content.decode()
    target = unescape(re.search(r'<form method="post" action="([^"]+)" class="actions">', page).group(1))
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    edit = unescape(re.search(r'href="([^"]*action=edit)"', page).group(1))
    assert 'name="action" value="edit"' in browser.get(f"/offres/{offer.pk}/gerer/{edit}").content.decode()
    assert browser.post(f"/offres/{offer.pk}/gerer/{target}", {"action": "filled", "csrfmiddlewaretoken": csrf}).status_code == 302
    offer.refresh_from_db()
    assert offer.status == Status.FILLED


@pytest.mark.parametrize("method", ["get", "post"])
@override_settings(SITE_CONTACT="aide@filon.example")
def test_a_link_without_its_token_says_it_no_longer_works_and_whom_to_write_to(client, method):
    offer = make(deadline=days(3))
    page = getattr(client, method)(f"/offres/{offer.pk}/gerer/", {"action": "filled"} if method == "post" else {})
    assert page.status_code == 403 and "Ce lien ne fonctionne plus" in page.content.decode()
    assert 'Écrivez à <a href="mailto:aide@filon.example">' in page.content.decode()
    offer.refresh_from_db()
    assert offer.status == Status.PUBLISHED


@pytest.mark.parametrize("age_days, opens", [(364, True), (366, False), (800, False)])
def test_a_link_lasts_a_year(client, age_days, opens):
    offer = make(deadline=days(900))
    url = link(offer)
    with time_machine.travel(dt.datetime.now(dt.UTC) + dt.timedelta(days=age_days)):
        assert (client.get(url).status_code == 200) is opens
        client.post(url, {"action": "filled"})
    offer.refresh_from_db()
    assert (offer.status == Status.FILLED) is opens
