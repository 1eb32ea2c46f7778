"""What the search page builds from its parameters: the facets with their first five values and
"voir plus", an area typed in "près de" turned into its filter, short query strings without what
says nothing."""
import pytest
from django.http import QueryDict

from filon.board.places import Place
from filon.board.views import _area_url, facet_groups, short_querystring


def test_facets_show_five_values_and_the_rest_behind_voir_plus_open_when_one_is_chosen():
    departments = [(str(n), f"D{n}", 10 - n) for n in range(1, 8)]
    groups = facet_groups({"department": departments, "region": [], "contract": [("cdi", "CDI", 3)]},
                          {"department": {"7"}})
    assert [(g["name"], g["title"]) for g in groups] == [("department", "Département"), ("contract", "Type de contrat")]
    department, contract = groups
    assert department["shown"] == departments[:5] and department["more"] == departments[5:]
    assert department["selected"] == {"7"} and department["more_selected"] is True
    assert (contract["more"], contract["more_selected"], contract["selected"]) == ([], False, set())
    assert facet_groups({"department": departments}, {"department": {"2"}})[0]["more_selected"] is False


@pytest.mark.parametrize("query, area, url", [
    ("near=Bretagne&radius_km=30&page=2&q=v%C3%A9lo", ("region", "Bretagne"), "/?q=v%C3%A9lo&region=Bretagne"),
    ("near=Doubs&region=Bretagne", ("department", "25"), "/?region=Bretagne&department=25"),
    ("near=Bretagne&region=Bretagne", ("region", "Bretagne"), "/?region=Bretagne"),       # not twice
])
def test_an_area_typed_in_pres_de_becomes_its_filter(query, area, url):
    assert _area_url(QueryDict(query), Place(*area)) == url


@pytest.mark.parametrize("query, short", [
    ("radius_km=30&q=velo", "q=velo"),                           # a radius without a place says nothing
    ("near=%20&radius_km=30", ""),
    ("near=Lyon&radius_km=30&page=2", "near=Lyon&radius_km=30"),
    ("contract=cdi&contract=%20&page=", "contract=cdi"),
])
def test_short_query_strings_drop_what_says_nothing(query, short):
    assert short_querystring(QueryDict(query)) == short
