"""Contacts in the submission, edit and moderation forms: phones written as
French people write them and stored in E.164 as the record contract has them;
e-mails checked; a bad one named in the form, nothing stored."""
import pytest

from filon.board.forms import OfferForm
from filon.offers.models import Offer

from .conftest import DEMO

pytestmark = pytest.mark.django_db


def cleaned(phones: str = "", emails: str = "") -> OfferForm:
    form = OfferForm({"title": "Animateur nature", "text": "Animer.", "phones": phones, "emails": emails},
                     instance=Offer())
    form.is_valid()
    return form


@pytest.mark.parametrize("written, stored", [
    ("02 99 12 34 56", ["+33299123456"]),
    ("02.99.12.34.56, 06 12 34 56 78", ["+33299123456", "+33612345678"]),
    ("+33 2 99 12 34 56, 0299123456", ["+33299123456"]),           # the same number twice: once
    ("+32 2 555 12 12", ["+3225551212"]),                           # abroad
    ("0590 12 34 56, 0262 12 34 56", ["+590590123456", "+262262123456"]),   # Guadeloupe, La Réunion
    ("", []),
])
def test_phones_are_stored_in_e164(written, stored):
    form = cleaned(phones=written)
    assert form.errors == {} and form.cleaned_data["phones"] == stored


@pytest.mark.parametrize("field, written, message", [
    ("phones", "02 99 12", "« 02 99 12 » n'est pas un numéro de téléphone"),
    ("phones", "02 99 12 34 56, appeler le standard", "« appeler le standard » n'est pas un numéro"),
    ("emails", "rh@example.org, rh at example.org", "« rh at example.org » n'est pas une adresse e-mail."),
])
def test_a_bad_contact_is_named(field, written, message):
    assert message in cleaned(**{field: written}).errors[field][0]


def test_the_form_shows_the_numbers_the_french_way(client):
    page = client.post("/deposer/", {"text": (DEMO / "charge-mission-concertation.txt").read_text()}).content.decode()
    assert 'name="phones" value="02 99 12 34 56"' in page and "+33299123456" not in page


@pytest.mark.parametrize("stored, shown", [("+33299123456", "02 99 12 34 56"), ("+590590123456", "0590 12 34 56"),
                                           ("+262692123456", "0692 12 34 56"), ("+3225551212", "+32 2 555 12 12")])
def test_overseas_numbers_are_written_as_french_ones(stored, shown):
    from filon.board.display import phone

    assert phone(stored) == shown
    assert cleaned(phones=shown).cleaned_data["phones"] == [stored]          # and read back
