"""The REST API: search with facets, detail, submission with a token, JSON errors, OpenAPI schema."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from filon.offers.models import Offer, Status

from .conftest import DEMO

pytestmark = pytest.mark.django_db


def test_search_returns_records_and_facet_counts(client, demo_board):
    data = client.get("/api/offres/", {"q": "concertation"}).json()
    assert data["count"] == 1
    offer = data["results"][0]
    assert offer["location"]["city"] == "Rennes" and offer["contract_types"] == ["cdd"]
    assert offer["status"] == "published" and offer["url"].endswith(f"/offres/{offer['id']}/")
    assert {"contract", "region", "department"} <= set(data["facets"])


def test_filters_as_on_the_page(client, demo_board):
    data = client.get("/api/offres/", {"contract": "cdi", "region": "Occitanie"}).json()
    assert [r["location"]["city"] for r in data["results"]] == ["Montpellier"]


def test_radius_search_gives_distances(client, demo_board):
    data = client.get("/api/offres/", {"near": "Lyon", "radius_km": "30"}).json()
    assert data["count"] >= 1
    assert all(r["distance_km"] <= 30 for r in data["results"])
    assert [r["distance_km"] for r in data["results"]] == sorted(r["distance_km"] for r in data["results"])


def test_unknown_place_is_a_clear_error(client, demo_board):
    response = client.get("/api/offres/", {"near": "Atlantide"})
    assert response.status_code == 400 and "Atlantide" in response.json()["error"]


def test_detail_and_hidden_pending(client, demo_board):
    offer = Offer.objects.visible().first()
    assert client.get(f"/api/offres/{offer.pk}/").json()["title"] == offer.title
    offer.status = Status.PENDING
    offer.save()
    response = client.get(f"/api/offres/{offer.pk}/")
    assert response.status_code == 404 and "error" in response.json()


def test_submission_needs_a_token_and_creates_a_pending_offer(client, db):
    from django.contrib.auth.models import User
    from rest_framework.authtoken.models import Token

    upload = SimpleUploadedFile("offre.pdf", (DEMO / "coordinateur-reseau.pdf").read_bytes())
    denied = client.post("/api/offres/deposer/", {"document": upload})
    assert denied.status_code in (401, 403) and "error" in denied.json()
    token = Token.objects.create(user=User.objects.create_user("partner"))
    upload.seek(0)
    response = client.post("/api/offres/deposer/", {"document": upload}, HTTP_AUTHORIZATION=f"Token {token.key}")
    assert response.status_code == 201
    created = response.json()["created"]
    assert created[0]["location"]["city"] == "Montpellier" and created[0]["status"] == "pending"


def test_unreadable_document_gets_a_clear_json_error(client, db):
    from django.contrib.auth.models import User
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=User.objects.create_user("partner"))
    bad = SimpleUploadedFile("scan.pdf", b"%PDF-1.4\n%%EOF")
    response = client.post("/api/offres/deposer/", {"document": bad}, HTTP_AUTHORIZATION=f"Token {token.key}")
    assert response.status_code == 422 and response.json()["error"].startswith("scan.pdf:")


def test_openapi_schema(client, db):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json")
    assert schema.status_code == 200
    body = schema.content.decode()
    assert "/api/offres/" in body and "openapi" in body
