"""Where an offer or a typed place is on the map: namesakes told apart by
postal code and département, communes without coordinates placed at their
chef-lieu, départements by name or number. One row per case."""
import pytest

from filon.extract.geo import gazetteer
from filon.search.geo import Point, bounding_box, commune_of, commune_point, locate, offer_point

# (city, postal code, département) -> (commune's INSEE code or None). Saint-Denis has four namesakes:
# La Réunion's (974, the most populous), Seine-Saint-Denis' (93), Aude's (11) and Gard's (30).
COMMUNES = [
    pytest.param("Saint-Denis", "93200", "", "93066", id="namesake-by-postal-code"),
    pytest.param("Saint-Denis", "93200", "974", "93066", id="postal-code-before-departement"),
    pytest.param("Saint-Denis", "", "11", "11339", id="namesake-by-departement"),
    pytest.param("Saint-Denis", "75001", "30", "30247", id="postal-code-of-another-then-departement"),
    pytest.param("Saint-Denis", "", "", "97411", id="namesake-most-populous"),
    pytest.param("", "01500", "", "01004", id="postal-code-most-populous-commune"),
    pytest.param("Atlantide", "01500", "", "01004", id="unknown-name-postal-code"),
    pytest.param("Atlantide", "", "35", None, id="unknown-name-alone"),
    pytest.param("", "99999", "", None, id="unknown-postal-code"),
    pytest.param("", "", "", None, id="nothing"),
]


@pytest.mark.parametrize("city, postal_code, department, insee", COMMUNES)
def test_the_commune_of_an_offers_place_fields(city, postal_code, department, insee):
    found = commune_of(city, postal_code, department)
    assert (found.insee if found else None) == insee


def _at(insee: str) -> tuple[float, float]:
    point = commune_point(gazetteer().by_insee[insee])
    return point.latitude, point.longitude


def test_a_commune_without_coordinates_is_placed_at_its_chef_lieu_under_its_own_name():
    small = gazetteer().by_insee["01001"]                  # L'Abergement-Clémenciat, Ain: none shipped
    point = commune_point(small)
    assert point.label == small.name
    assert (point.latitude, point.longitude) == _at(gazetteer().departments["01"][2])     # Bourg-en-Bresse
    assert (point.latitude, point.longitude) != _at("01004")


def test_a_commune_of_no_known_departement_and_no_coordinates_has_no_point():
    orphan = gazetteer().by_insee["01001"]._replace(insee="00000", department="00")
    assert commune_point(orphan) is None


# offer_point(city, postal code, département) -> the label of its point, or None
OFFER_POINTS = [
    pytest.param("Rennes", "35000", "35", "Rennes", id="commune"),
    pytest.param("", "", "35", "Rennes", id="departement-alone-chef-lieu"),
    pytest.param("Atlantide", "", "29", "Quimper", id="unknown-city-departement-chef-lieu"),
    pytest.param("", "", "XX", None, id="unknown-departement"),
    pytest.param("", "", "", None, id="nothing"),
]


@pytest.mark.parametrize("city, postal_code, department, label", OFFER_POINTS)
def test_an_offers_point(city, postal_code, department, label):
    point = offer_point(city, postal_code, department)
    assert (point.label if point else None) == label


# What a job seeker types -> (label, below the equator); None: unknown
TYPED = [
    pytest.param("Saint-Denis (93)", ("Saint-Denis", False), id="departement-in-brackets"),
    pytest.param("Saint-Denis (974)", ("Saint-Denis", True), id="overseas-departement-in-brackets"),
    pytest.param("Saint-Denis", ("Saint-Denis", True), id="most-populous-namesake"),
    pytest.param("93200", ("Saint-Denis", False), id="postal-code"),
    pytest.param("  Lyon  ", ("Lyon", False), id="spaces-around"),
    pytest.param("Lyon 3eme", ("Lyon", False), id="arrondissement-eme"),
    pytest.param("Paris 1er", ("Paris", False), id="arrondissement-er"),
    pytest.param("2a", ("Ajaccio", False), id="corsican-departement-number"),
    pytest.param("Corse-du-Sud", ("Ajaccio", False), id="departement-name"),
    pytest.param("XX", None, id="unknown-code"),
    pytest.param("3500", None, id="four-digits"),
    pytest.param("", None, id="empty"),
]


@pytest.mark.parametrize("typed, expected", TYPED)
def test_what_a_job_seeker_types_near(typed, expected):
    point = locate(typed)
    assert ((point.label, point.latitude < 0) if point else None) == expected


def test_the_box_around_a_point_near_a_pole_stays_bounded():
    lat_min, lat_max, lon_min, lon_max = bounding_box(Point(89.99, 0.0), 10)
    assert lat_min < 89.99 < lat_max
    assert -180 < lon_min < 0 < lon_max < 180


def test_the_circle_edge_is_exact_to_a_few_tenths_of_a_percent():
    from filon.search.geo import _known_points, distance_km, points_within

    lyon = locate("Lyon")
    around = [(distance_km(lyon, Point(lat, lon)), key) for lat, lon, key in _known_points()[1]
              if abs(lat - lyon.latitude) < 0.4 and abs(lon - lyon.longitude) < 0.5 and (lat, lon) != (lyon.latitude, lyon.longitude)]
    assert len(around) > 300
    for d, key in around:
        assert key in {k for _, k in points_within(lyon, d * 1.003)}, d
        assert key not in {k for _, k in points_within(lyon, d * 0.997)}, d
