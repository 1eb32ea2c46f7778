"""What "près de" means: an area is its facet, homonyms are offered, the box completes."""
import pytest

from filon.board.places import Place, interpret, suggestions

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("typed, expected", [
    ("Bretagne", Place("region", "Bretagne")),
    ("bretagne (région)", Place("region", "Bretagne")),
    ("Doubs", Place("department", "25")),
    ("Doubs (département)", Place("department", "25")),
    ("Rennes", Place()),
    ("Rennes (35)", Place()),
    ("35000", Place()),
    ("", Place()),
])
def test_areas_and_places(typed, expected):
    assert interpret(typed) == expected


def test_homonyms_are_offered_most_populous_first():
    place = interpret("Saint-Denis")
    assert place.facet == "" and "Saint-Denis (93)" in place.homonyms and len(place.homonyms) > 2
    assert interpret("Saint-Denis (93)").homonyms == []


@pytest.mark.parametrize("typed, first, also", [
    ("bret", "Bretagne (région)", None), ("dou", "Doubs (département)", None), ("renn", "Rennes (35)", None),
    ("saint-den", "Saint-Denis (974)", "Saint-Denis (93)"),
])
def test_suggestions(typed, first, also):
    found = suggestions(typed)
    assert found[0] == first and len(found) <= 10
    assert also is None or also in found


def test_an_area_becomes_its_facet_in_the_url(client, demo_board):
    response = client.get("/", {"q": "", "near": "Bretagne", "radius_km": "30", "contract": "cdd"})
    assert response.status_code == 302 and response["Location"] == "/?contract=cdd&region=Bretagne"
    page = client.get(response["Location"]).content.decode()
    assert "1 offre" in page and 'value="Bretagne" checked' in page


def test_homonyms_show_as_choices_on_the_page(client, demo_board):
    page = client.get("/", {"near": "Saint-Denis"}).content.decode()
    assert "Plusieurs communes s'appellent ainsi" in page and 'href="/?near=Saint-Denis+%2893%29">Saint-Denis (93)</a>' in page
    assert 'name="near" type="text" value="Saint-Denis"' in page        # the name placed alone stays as typed


def test_place_suggestions_endpoint(client, db):
    assert client.get("/lieux/", {"q": "renn"}).json()[0] == "Rennes (35)"
    assert client.get("/lieux/", {"q": "r"}).json() == []


def test_a_shared_name_is_searched_around_a_commune_the_map_knows(client, db):
    from filon.offers.models import Offer, Status, today

    # The more populous Sonnac (Aveyron) has no coordinates of its own; the other (Charente-Maritime) has.
    Offer.objects.create(title="Animateur", content_hash="so", status=Status.PUBLISHED, published_on=today(),
                         city="Sonnac", postal_code="17160", department="17")
    page = client.get("/", {"near": "Sonnac", "radius_km": "10"}).content.decode()
    assert "Lieu inconnu" not in page and "1 offre" in page and "à moins de 10 km de Sonnac" in page
    assert "Plusieurs communes s'appellent ainsi" in page and "Sonnac (12)" in page


@pytest.mark.parametrize("place, label", [("Cayenne", "Cayenne"), ("Pointe-à-Pitre", "Pointe-à-Pitre"),
                                          ("97400", "Saint-Denis"), ("Saint-Denis (974)", "Saint-Denis"),
                                          ("Fort-de-France", "Fort-de-France"), ("Mamoudzou", "Mamoudzou")])
def test_overseas_places_are_on_the_map(client, db, place, label):
    page = client.get("/", {"near": place}).content.decode()
    assert "Lieu inconnu" not in page and f"km de {label}" in page
