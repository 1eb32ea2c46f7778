"""The API at its edges: the smallest page, the page links of a search without parameters, the
message of a submission with nothing in it."""
import pytest
from django.contrib.auth.models import User
from rest_framework.authtoken.models import Token

from filon.api.views import page_size

from .factories import offer as make

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("asked, size", [
    ("1", 1), ("0", 1), ("-5", 1), ("2", 2), ("100", 100), ("101", 100), (None, 20), ("", 20), ("deux", 20),
])
def test_page_size_is_kept_between_1_and_100(asked, size):
    assert page_size(asked) == size


def test_a_search_without_parameters_links_its_pages_by_the_page_alone(client):
    for i in range(3):
        make(title=f"Animatrice {i}")
    first = client.get("/api/offres/", {"per_page": "1"}).json()
    assert first["per_page"] == 1 and len(first["results"]) == 1 and first["pages"] == 3
    second = client.get("/api/offres/?page=2").json()
    assert second["previous"] == "http://127.0.0.1:8000/api/offres/?page=1"
    last = client.get("/api/offres/?page=3&per_page=1").json()
    assert last["previous"] == "http://127.0.0.1:8000/api/offres/?per_page=1&page=2"
    middle = client.get("/api/offres/", {"page": "1", "per_page": "1", "q": ""}).json()
    assert middle["next"] == "http://127.0.0.1:8000/api/offres/?per_page=1&page=2"


@pytest.mark.parametrize("body", [{}, {"submitter_email": "rh@example.org"}])
def test_a_submission_without_document_nor_text_says_what_to_send(client, body):
    token = Token.objects.create(user=User.objects.create_user("partner"))
    response = client.post("/api/offres/deposer/", body, "application/json", HTTP_AUTHORIZATION=f"Token {token.key}")
    assert response.status_code == 400
    assert response.json()["detail"]["non_field_errors"] == ["send a document or a text"]
