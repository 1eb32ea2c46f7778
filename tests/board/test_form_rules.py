"""The submission's and moderation's forms, rule by rule: what step 1 accepts and refuses (with the
words a recruiter reads), how step 2 reads e-mails, phones and line breaks, which input each evidence
sentence describes, and which dates are refused (a deadline or start of today is fine)."""
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from filon.board.forms import DocumentForm, OfferForm, SubmissionOfferForm
from filon.offers.models import Offer, today

from .conftest import DEMO, days

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def document_errors(data: dict, document: SimpleUploadedFile | None = None) -> list[str]:
    form = DocumentForm(data, {"document": document} if document else {})
    return [] if form.is_valid() else [m for messages in form.errors.values() for m in messages]


@pytest.mark.parametrize("data, document, errors", [
    ({"text": "Animateur nature en CDD à Lyon."}, None, []),
    ({"text": "  \n "}, None, ["Collez le texte de l'offre ou joignez son fichier."]),
    ({}, None, ["Collez le texte de l'offre ou joignez son fichier."]),
    ({"text": "Animateur nature.", "website": "http://spam.example"}, None, ["Envoi refusé."]),
    ({}, SimpleUploadedFile("offre.png", PNG),
     ["Type de fichier non accepté (image) : envoyez un texte, une page web, un PDF ou un fichier Word.",
      "Collez le texte de l'offre ou joignez son fichier."]),
    ({}, SimpleUploadedFile("offre.txt", b"x" * (settings.MAX_UPLOAD_BYTES + 1)),
     ["Le fichier dépasse 5 Mo.", "Collez le texte de l'offre ou joignez son fichier."]),
    ({}, SimpleUploadedFile("offre.txt", b"x" * settings.MAX_UPLOAD_BYTES), []),          # 5 Mo exactly: taken
])
def test_step_one_takes_a_text_or_a_readable_file(data, document, errors):
    assert document_errors(data, document) == errors


def test_an_accepted_file_is_given_back_whole():
    pdf = (DEMO / "coordinateur-reseau.pdf").read_bytes()
    form = DocumentForm({}, {"document": SimpleUploadedFile("offre.pdf", pdf)})
    assert form.is_valid() and form.cleaned_data["document"].read() == pdf


@pytest.mark.parametrize("field, sent, cleaned", [
    ("emails", " RH@Example.org, ,contact@exemple.fr ,", ["rh@example.org", "contact@exemple.fr"]),
    ("emails", "", []),
    ("phones", "+33299123456 , 06 12 34 56 78,, ", ["+33299123456", "+33612345678"]),      # stored in E.164
    ("text", "Missions\r\n- Animer\rProfil", "Missions\n- Animer\nProfil"),
])
def test_step_two_reads_lists_and_line_breaks(field, sent, cleaned):
    form = OfferForm({"title": "Animateur", "country": "FR", "text": "x", field: sent})
    assert form.is_valid(), form.errors
    assert form.cleaned_data[field] == cleaned


def test_the_form_shows_stored_lists_as_text_and_levels_of_study_in_french():
    form = OfferForm(instance=Offer(emails=["a@example.org", "b@example.org"], phones=["+33299123456"]))
    assert (form.initial["emails"], form.initial["phones"]) == ("a@example.org, b@example.org", "02 99 12 34 56")
    assert form.fields["education_min"].choices[:2] == [("", "non précisé"), ("bac", "Bac")]
    assert OfferForm(instance=Offer(emails=None, phones=None)).initial["emails"] == ""


def test_each_evidence_sentence_describes_its_input():
    form = OfferForm(instance=Offer(), evidence={"location_city": "Poste basé à Lyon.", "deadline": "Avant le 6 mars.",
                                                "salary_min": "2 300 € brut.", "unknown": "x", "title": ""})
    assert form.evidence == {"city": "Poste basé à Lyon.", "deadline": "Avant le 6 mars.", "salary_min": "2 300 € brut."}
    assert form.fields["city"].widget.attrs["aria-describedby"] == "id_city-ev"
    assert "aria-describedby" not in form.fields["title"].widget.attrs
    assert OfferForm(instance=Offer()).evidence == {}


def submission(**fields) -> SubmissionOfferForm:
    return SubmissionOfferForm({"title": "Animateur", "contract_types": ["cdd"], "country": "FR", "text": "x",
                                **{k: v.isoformat() for k, v in fields.items()}})


YESTERDAY = days(-1)


@pytest.mark.parametrize("dates, errors", [
    ({"deadline": days(0), "start_date": days(0)}, {}),
    ({"deadline": days(10), "start_date": days(10)}, {}),
    ({"deadline": days(5), "start_date": days(10)}, {}),
    ({"deadline": YESTERDAY}, {"deadline": [f"La date limite ({YESTERDAY:%d/%m/%Y}) est déjà passée."]}),
    ({"start_date": YESTERDAY}, {"start_date": [f"La date de début ({YESTERDAY:%d/%m/%Y}) est déjà passée : "
                                                "indiquez une date à venir, ou « dès que possible »."]}),
    ({"deadline": days(11), "start_date": days(10)},
     {"deadline": [f"La date limite de candidature ({days(11):%d/%m/%Y}) tombe après le début du poste "
                   f"({days(10):%d/%m/%Y}) : corrigez l'une des deux dates, ou cochez « Ces dates sont justes » si "
                   "les candidatures restent ouvertes après."]}),
])
@pytest.mark.django_db
def test_dates_that_make_sense(dates, errors):
    form = submission(**dates)
    form.is_valid()
    assert dict(form.errors) == errors


@pytest.mark.django_db
def test_a_past_start_and_a_past_deadline_after_it_say_both_are_past_once_each():
    form = submission(start_date=days(-3), deadline=days(-1))
    assert not form.is_valid() and len(form.errors["deadline"]) == 1 and "déjà passée" in form.errors["deadline"][0]
    assert "déjà passée" in form.errors["start_date"][0]


def test_date_inputs_start_at_today():
    form = SubmissionOfferForm()
    assert form.fields["deadline"].widget.attrs["min"] == form.fields["start_date"].widget.attrs["min"] == \
        today().isoformat()
    assert form.fields["title"].error_messages["required"] == "Donnez un intitulé au poste."


@pytest.mark.parametrize("precision, marked", [("month", "month"), ("day", None), ("", None)])
def test_a_start_given_as_a_month_is_marked_for_the_page_s_date_check(precision, marked):
    form = SubmissionOfferForm(instance=Offer(start_precision=precision))      # submit.js reads data-precision
    assert form.fields["start_date"].widget.attrs.get("data-precision") == marked
    assert "data-precision" not in form.fields["deadline"].widget.attrs


def test_the_level_of_study_keeps_its_french_label():
    assert OfferForm(instance=Offer()).fields["education_min"].label == "Niveau d'études minimum"
