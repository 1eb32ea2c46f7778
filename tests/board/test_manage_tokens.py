"""The recruiter's private link at its edges: it stops working when its year is over (to the minute),
a token signed by the board but not for an offer opens nothing; and the receipt e-mailed on submission
says what happens next."""
import datetime as dt
import re

import pytest
import time_machine
from django.core import signing

from filon.offers import moderation
from filon.offers.models import Status

from .conftest import days
from .factories import offer as make

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("age, opens", [
    (dt.timedelta(days=365, minutes=-3), True),
    (dt.timedelta(days=365, minutes=3), False),          # a minute counts
])
def test_the_link_stops_working_when_its_year_is_over(client, age, opens):
    offer = make(deadline=days(900))
    url = moderation.manage_url(offer).removeprefix("http://127.0.0.1:8000")
    with time_machine.travel(dt.datetime.now(dt.UTC) + age):
        assert (client.get(url).status_code == 200) is opens


@pytest.mark.parametrize("payload", [[1, 2], "1", {"hash": "x"}, {"id": 1}])
def test_a_token_signed_by_the_board_for_something_else_opens_nothing(client, payload):
    offer = make(deadline=days(10))
    token = signing.dumps(payload, salt=moderation.MANAGE_SALT)
    assert moderation.read_manage_token(token) is None and moderation.managed_offer(offer.pk, token) is None
    assert client.get(f"/offres/{offer.pk}/gerer/?token={token}").status_code == 403


def test_the_receipt_says_what_happens_next_and_gives_the_private_link(mailoutbox):
    offer = make(title="Animatrice vélo", status=Status.PENDING, submitter_email="rh@example.org")
    moderation.confirm_submission(offer)
    [mail] = mailoutbox
    link = re.search(r"http://127\.0\.0\.1:8000/offres/\d+/gerer/\?token=\S+", mail.body).group(0)
    assert (mail.subject, mail.to) == ("Offre reçue : Animatrice vélo", ["rh@example.org"])
    assert mail.body == (
        "Bonjour,\n\nNous avons bien reçu votre offre. L'équipe la relit, en général sous deux jours ouvrés, "
        "puis vous écrit quand elle est publiée.\n\n"
        f"Voir, modifier ou retirer votre offre (lien personnel, ne le partagez pas) :\n{link}\n")
    assert moderation.managed_offer(offer.pk, link.split("token=")[1]) == offer
