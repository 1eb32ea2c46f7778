"""Limits on what recruiters and integrators send (the per-address rate of
submissions: test_submission_limit.py): 5 MB per file, accepted file types (by content); and the API's
submission: a document or a text, once, with errors as JSON naming the file."""
import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.authtoken.models import Token

from filon.offers.models import Offer, Status

from .conftest import DEMO

pytestmark = pytest.mark.django_db

TEXT = (DEMO / "charge-mission-concertation.txt").read_text()
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def sized(n: int, name: str = "offre.png") -> SimpleUploadedFile:
    """A file of ``n`` bytes whose content is a PNG image."""
    return SimpleUploadedFile(name, PNG + b"\x00" * (n - len(PNG)))


@pytest.fixture
def api(client, db):
    """The client, with a partner's API token."""
    token = Token.objects.create(user=User.objects.create_user("partner"))
    client.defaults["HTTP_AUTHORIZATION"] = f"Token {token.key}"
    return client


@pytest.mark.parametrize("size, error", [
    (settings.MAX_UPLOAD_BYTES + 1, "Le fichier dépasse 5 Mo."),
    (settings.MAX_UPLOAD_BYTES, "Type de fichier non accepté (image)"),        # 5 MB: read, and judged by its type
])
def test_the_form_takes_files_of_5_mb_at_most(client, size, error):
    page = client.post("/deposer/", {"document": sized(size)}).content.decode()
    assert error in page and Offer.objects.count() == 0


@pytest.mark.parametrize("size, status, error", [
    (settings.MAX_UPLOAD_BYTES + 1, 413, "offre.png: larger than 5 MB"),
    (settings.MAX_UPLOAD_BYTES, 415, "offre.png: unsupported file type (image)"),
    (len(PNG), 415, "offre.png: unsupported file type (image)"),
])
def test_the_api_takes_files_of_5_mb_at_most_and_of_known_types(api, size, status, error):
    response = api.post("/api/offres/deposer/", {"document": sized(size)})
    assert response.status_code == status and response.json()["error"] == error
    assert Offer.objects.count() == 0


def test_the_api_judges_a_file_by_its_content_not_its_name(api):
    response = api.post("/api/offres/deposer/", {"document": SimpleUploadedFile("offre.pdf", PNG)})
    assert response.status_code == 415 and response.json()["error"] == "offre.pdf: unsupported file type (image)"


def test_the_api_takes_a_text_and_a_second_submission_creates_nothing(api):
    body = {"text": TEXT, "submitter_email": "rh@example.org"}
    first = api.post("/api/offres/deposer/", body, content_type="application/json")
    assert first.status_code == 201
    [created] = first.json()["created"]
    assert created["status"] == "pending" and created["location"]["city"] == "Rennes"
    offer = Offer.objects.get()
    assert offer.status == Status.PENDING and offer.submitter_email == "rh@example.org"
    assert (offer.history.get().by.username, offer.history.get().reason) == ("partner", "déposée par l'API")
    again = api.post("/api/offres/deposer/", body, content_type="application/json")
    assert again.status_code == 200 and again.json() == {"created": [], "unchanged": 1}
    assert Offer.objects.count() == 1
    assert api.get(f"/api/offres/{offer.pk}/").json()["status"] == "pending"      # readable by the token that sent it
    del api.defaults["HTTP_AUTHORIZATION"]
    assert api.get(f"/api/offres/{offer.pk}/").status_code == 404                  # pending: not public yet
    other = Token.objects.create(user=User.objects.create_user("other"))
    assert api.get(f"/api/offres/{offer.pk}/", HTTP_AUTHORIZATION=f"Token {other.key}").status_code == 404


ERRORS = [
    # (method, path, body, token, status, what "detail" holds: a message, or the fields in error)
    ("post", "/api/offres/deposer/", {"text": TEXT}, False, 401, "message"),
    ("post", "/api/offres/deposer/", {}, True, 400, ["non_field_errors"]),
    ("post", "/api/offres/deposer/", {"text": "   "}, True, 400, ["text"]),
    ("post", "/api/offres/deposer/", {"text": TEXT, "submitter_email": "pas un e-mail"}, True, 400, ["submitter_email"]),
    ("get", "/api/offres/deposer/", None, True, 405, "message"),
    ("get", "/api/offres/999999/", None, False, 404, "message"),
]


@pytest.mark.parametrize("method, path, body, token, status, detail", ERRORS)
def test_api_errors_are_json_with_an_error_message(client, method, path, body, token, status, detail):
    """{"error": a sentence, "detail": what Django REST framework says}: the sentence is its
    message, or "invalid request" when it names the fields in error."""
    if token:
        client.defaults["HTTP_AUTHORIZATION"] = f"Token {Token.objects.create(user=User.objects.create_user('p')).key}"
    response = getattr(client, method)(path, *([body, "application/json"] if body is not None else []))
    assert response.status_code == status and response["Content-Type"] == "application/json"
    data = response.json()
    assert set(data) == {"error", "detail"}
    if detail == "message":
        assert data["detail"] == {"detail": data["error"]} and len(data["error"]) > 10
    else:
        assert data["error"] == "invalid request" and sorted(data["detail"]) == detail
        assert all(isinstance(messages, list) and messages[0] for messages in data["detail"].values())
    assert Offer.objects.count() == 0


def test_an_unknown_place_is_a_json_error(client, db):
    response = client.get("/api/offres/", {"near": "Atlantide"})
    assert response.status_code == 400 and response.json() == {"error": "near: unknown place 'Atlantide'"}
