"""The offer's form in parts (Le poste, Dates, Lieu, Rémunération, Pour
postuler, Texte), on the submission, edit and moderation pages: every field
shown once, in a fieldset with its legend."""
import re

import pytest

from filon.board.forms import OfferForm, SubmissionOfferForm
from filon.offers.models import Offer

from .conftest import DEMO

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("form_class", [OfferForm, SubmissionOfferForm])
def test_every_field_is_in_one_part(form_class):
    form = form_class(instance=Offer())
    shown = [field.name for _, fields in form.groups() for field in fields]
    assert sorted(shown) == sorted(form.fields) and len(shown) == len(set(shown))
    assert [legend for legend, _ in form.groups()] == [legend for legend, _ in OfferForm.GROUPS]


def test_a_field_no_part_names_comes_last_in_a_part_of_its_own():
    form = OfferForm(instance=Offer())
    form.fields["extra"] = form.fields["reference"]
    assert form.groups()[-1][0] == "Autres informations" and [f.name for f in form.groups()[-1][1]] == ["extra"]


def test_the_submission_page_shows_the_parts(client):
    page = client.post("/deposer/", {"text": (DEMO / "charge-mission-concertation.txt").read_text()}).content.decode()
    legends = re.findall(r'<fieldset class="part">\s*<legend>([^<]+)</legend>', page)
    assert legends == ["Le poste", "Dates", "Lieu", "Rémunération", "Pour postuler", "Texte"]
    assert page.count('name="title"') == 1 and page.count('name="deadline"') == 1
