"""The standards the board's output must meet: schema.org JobPosting as
Google reads it, Atom (RFC 4287), the API's paging and documentation."""
import datetime as dt
import json
import re
import unicodedata
from decimal import Decimal

import feedparser
import pytest
from lxml import etree

from filon.offers.models import Offer, Status, today

from .conftest import days

pytestmark = pytest.mark.django_db

GOOGLE_EMPLOYMENT_TYPES = {"FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"}
CREDENTIAL_CATEGORIES = {"high school", "associate degree", "bachelor degree", "professional certificate",
                         "postgraduate degree"}
PLACEHOLDERS = {"", "non précisé", "filon", "confidentiel", "n/a"}
ATOM = "{http://www.w3.org/2005/Atom}"


def jsonld_errors(data: dict, offer: Offer) -> list[str]:
    """What breaks Google's rules for a JobPosting (structured data guidelines)."""
    errors = []
    for name in ("title", "description", "datePosted", "hiringOrganization"):
        if not data.get(name):
            errors.append(f"{name} missing")
    if data.get("@context") not in ("https://schema.org/", "https://schema.org") or data.get("@type") != "JobPosting":
        errors.append("not a schema.org JobPosting")
    org = data.get("hiringOrganization", {})
    if org.get("@type") != "Organization" or org.get("name", "").strip().lower() in PLACEHOLDERS:
        errors.append(f"placeholder organisation {org!r}")
    remote = data.get("jobLocationType") == "TELECOMMUTE"
    if remote and not data.get("applicantLocationRequirements"):
        errors.append("TELECOMMUTE without applicantLocationRequirements")
    if not remote and not data.get("jobLocation", {}).get("address", {}).get("addressCountry"):
        errors.append("jobLocation without addressCountry")
    types = data.get("employmentType", [])
    if not set(types) <= GOOGLE_EMPLOYMENT_TYPES:
        errors.append(f"employmentType {types}")
    if offer.working_time_kind == "part_time" and "FULL_TIME" in types:
        errors.append("part-time offer said FULL_TIME")
    if offer.working_time_kind == "full_time" and "PART_TIME" in types:
        errors.append("full-time offer said PART_TIME")
    if data.get("directApply"):
        errors.append("directApply: people do not apply on the board")
    education = data.get("educationRequirements")
    if education and education.get("credentialCategory") not in CREDENTIAL_CATEGORIES:
        errors.append(f"credentialCategory {education}")
    try:
        dt.date.fromisoformat(data.get("datePosted", ""))
        if "validThrough" in data:
            dt.datetime.fromisoformat(data["validThrough"])
    except ValueError as error:
        errors.append(str(error))
    salary = data.get("baseSalary")
    if salary:
        value = salary["value"]
        if salary.get("currency") != "EUR" or value.get("unitText") not in {"HOUR", "DAY", "WEEK", "MONTH", "YEAR"}:
            errors.append(f"baseSalary {salary}")
        if "value" not in value and not value.get("minValue", 0) <= value.get("maxValue", -1):
            errors.append(f"baseSalary range {value}")
    return errors


def page_jsonld(client, offer: Offer) -> dict | None:
    page = client.get(f"/offres/{offer.pk}/").content.decode()
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return json.loads(found.group(1)) if found else None


OFFERS = [
    {"title": "Animateur CDI temps partiel", "contract_types": ["cdi"], "working_time_kind": "part_time",
     "education_min": "bac+2", "salary_min": Decimal("1800"), "salary_unit": "month", "salary_basis": "gross"},
    {"title": "Chargé de mission CDD", "contract_types": ["cdd"], "working_time_kind": "full_time",
     "education_min": "bac+5", "salary_min": Decimal("2300"), "salary_max": Decimal("2600"), "salary_unit": "month"},
    {"title": "Stage", "contract_types": ["stage"], "education_min": "bac+3", "remote_allowed": True,
     "remote_days": Decimal("5"), "salary_min": Decimal("4.35"), "salary_unit": "hour"},
    {"title": "Service civique", "contract_types": ["service_civique"], "education_min": "bac"},
    {"title": "Bénévole", "contract_types": [], "city": "", "region": ""},
    {"title": "Piège <!--<script>", "contract_types": ["cdi"], "organization": "A&B </script><script>alert(1)</script>"},
]


def ascii_id(fields: dict) -> str:
    """The title without accents: pytest escapes non-ASCII ids given to it again at each collection in
    one process, so mutmut's fork server, which collects twice, would find none of those tests."""
    return unicodedata.normalize("NFKD", fields["title"]).encode("ascii", "ignore").decode()


@pytest.mark.parametrize("fields", OFFERS, ids=ascii_id)
def test_offer_jsonld_follows_googles_rules(client, db, fields):
    offer = Offer.objects.create(**{"organization": "Réseau Vélo", "city": "Lyon", "region": "Auvergne-Rhône-Alpes",
                                    "content_hash": fields["title"], "status": Status.PUBLISHED, "published_on": today(),
                                    "deadline": days(20), "application_url": "https://example.org/postuler",
                                    "text": "Missions\n- Animer\n\nProfil\n- Curieux", **fields})
    data = page_jsonld(client, offer)
    assert data is not None and jsonld_errors(data, offer) == []
    assert data["hiringOrganization"]["name"] == offer.organization        # the page's script survived intact


def test_employment_type_comes_from_the_working_time():
    from filon.board.jsonld import employment_types

    for fields, expected in (({"contract_types": ["cdi"], "working_time_kind": "part_time"}, ["PART_TIME"]),
                             ({"contract_types": ["cdi"]}, ["FULL_TIME"]),
                             ({"contract_types": ["cdd"], "working_time_kind": "full_time"}, ["FULL_TIME", "TEMPORARY"]),
                             ({"contract_types": ["stage"]}, ["INTERN"]), ({"contract_types": []}, ["OTHER"])):
        assert employment_types(Offer(**fields)) == expected, fields


def test_every_offer_page_of_the_demo_board_has_valid_jsonld_or_none(client, demo_board):
    checked = 0
    for offer in Offer.objects.visible():
        data = page_jsonld(client, offer)
        if offer.organization:
            assert data is not None and jsonld_errors(data, offer) == [], offer.title
            checked += 1
        else:
            assert data is None, "no placeholder organisation: no JobPosting"
    assert checked >= 4


def test_offer_without_employer_has_no_jobposting(client, db):
    offer = Offer.objects.create(title="Anonyme", content_hash="anon", status=Status.PUBLISHED, city="Lyon")
    assert page_jsonld(client, offer) is None


def atom_errors(xml: bytes) -> list[str]:
    """RFC 4287's rules for a feed and its entries (section 4.1)."""
    root = etree.fromstring(xml)
    errors = [] if root.tag == f"{ATOM}feed" else ["not an Atom feed"]
    for name in ("id", "title", "updated"):
        if len(root.findall(f"{ATOM}{name}")) != 1:
            errors.append(f"feed needs one {name}")
    if not root.findall(f"{ATOM}link[@rel='self']"):
        errors.append("feed without a self link")
    feed_author = root.find(f"{ATOM}author/{ATOM}name") is not None
    ids = []
    for entry in root.findall(f"{ATOM}entry"):
        for name in ("id", "title", "updated"):
            if len(entry.findall(f"{ATOM}{name}")) != 1:
                errors.append(f"entry needs one {name}")
        ids.append(entry.findtext(f"{ATOM}id"))
        if not feed_author and entry.find(f"{ATOM}author/{ATOM}name") is None:
            errors.append("entry without author")
        content = entry.find(f"{ATOM}content")
        if content is None or content.get("type") != "html" or "<p>" not in (content.text or ""):
            errors.append("entry content is not HTML with paragraphs")
        if entry.find(f"{ATOM}published") is None:
            errors.append("entry without its publication date")
        if entry.find(f"{ATOM}link[@rel='alternate']") is None:
            errors.append("entry without a link")
    if len(set(ids)) != len(ids):
        errors.append("entry ids repeat")
    return errors


@pytest.mark.parametrize("params", [{}, {"q": "concertation"}, {"contract": ["cdi", "stage"], "near": "Lyon"}])
def test_atom_feed_is_valid(client, demo_board, params):
    response = client.get("/flux.atom", params)
    assert response["Content-Type"].startswith("application/atom+xml")
    assert atom_errors(response.content) == []
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.title.startswith("Offres") and "filon" in parsed.feed.title
    if params.get("q"):
        assert "« concertation »" in parsed.feed.title and "q=concertation" in parsed.feed.id
    assert all(entry.published_parsed for entry in parsed.entries)


def test_feed_ids_differ_by_search(client, demo_board):
    ids = {feedparser.parse(client.get("/flux.atom", p).content).feed.id for p in ({}, {"q": "vélo"}, {"contract": "cdi"})}
    assert len(ids) == 3


def test_api_pages_have_next_and_previous_links_and_a_size(client, db):
    for i in range(7):
        Offer.objects.create(title=f"Offre {i}", content_hash=f"p{i}", status=Status.PUBLISHED, published_on=today())
    first = client.get("/api/offres/", {"per_page": 3}).json()
    assert first["count"] == 7 and len(first["results"]) == 3 and first["per_page"] == 3 and first["previous"] is None
    assert first["next"] == "http://127.0.0.1:8000/api/offres/?per_page=3&page=2"
    last = client.get("/api/offres/", {"per_page": 3, "page": 3}).json()
    assert len(last["results"]) == 1 and last["next"] is None and last["previous"].endswith("per_page=3&page=2")
    assert client.get("/api/offres/", {"per_page": 1000}).json()["per_page"] == 100


def test_api_docs_are_served_by_the_board(client, db):
    page = client.get("/api/docs/").content.decode()
    assert "/api/schema/" in page and "redoc" in page.lower()
    assert not re.search(r'(src|href)="https?://', page), "nothing loaded from a CDN"


def test_pending_offer_is_readable_by_the_token_that_submitted_it(client, db):
    from django.contrib.auth.models import User
    from rest_framework.authtoken.models import Token

    owner, other = (Token.objects.create(user=User.objects.create_user(name)) for name in ("owner", "other"))
    response = client.post("/api/offres/deposer/", {"text": "Animateur vélo en CDI à Lyon, temps plein."},
                           HTTP_AUTHORIZATION=f"Token {owner.key}")
    pk = response.json()["created"][0]["id"]
    assert client.get(f"/api/offres/{pk}/", HTTP_AUTHORIZATION=f"Token {owner.key}").json()["status"] == "pending"
    assert client.get(f"/api/offres/{pk}/", HTTP_AUTHORIZATION=f"Token {other.key}").status_code == 404
    assert client.get(f"/api/offres/{pk}/").status_code == 404


def api_schema(client) -> dict:
    import yaml

    return yaml.safe_load(client.get("/api/schema/").content)


def schema_errors(schema: dict, component: str, data) -> list[str]:
    """Where ``data`` breaks the OpenAPI 3.1 component (JSON Schema 2020-12)."""
    from jsonschema import Draft202012Validator

    root = {"$ref": f"#/components/schemas/{component}", "components": schema["components"]}
    return [f"{list(e.absolute_path)}: {e.message}" for e in Draft202012Validator(root).iter_errors(data)]


def test_api_responses_match_their_typed_schema(client, demo_board):
    from django.contrib.auth.models import User
    from rest_framework.authtoken.models import Token

    schema = api_schema(client)
    assert schema["paths"]["/api/offres/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/SearchPage"}
    for params in ({}, {"near": "Lyon", "per_page": 2}, {"q": "concertation"}):
        page = client.get("/api/offres/", params).json()
        assert page["results"] and schema_errors(schema, "SearchPage", page) == [], params
    for offer in Offer.objects.visible():
        assert schema_errors(schema, "Offer", client.get(f"/api/offres/{offer.pk}/").json()) == []
    assert schema_errors(schema, "Error", client.get("/api/offres/", {"near": "Atlantide"}).json()) == []
    token = Token.objects.create(user=User.objects.create_user("integrator"))
    submitted = client.post("/api/offres/deposer/", {"text": "Animateur vélo en CDI à Lyon."},
                            HTTP_AUTHORIZATION=f"Token {token.key}").json()
    assert schema_errors(schema, "Submitted", submitted) == []
