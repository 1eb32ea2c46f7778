"""What the index keeps of each offer, seen through search: an offer's
place as the facets count it, whatever part of it is missing."""
import pytest
from django.http import QueryDict

from filon.offers.models import Offer, Status, today
from filon.search.engine import Query, search

# an offer's (département, région) -> the département and région facets' values
PLACES = [
    pytest.param("35", "Bretagne", ["35"], ["Bretagne"], id="both"),
    pytest.param("", "Bretagne", [], ["Bretagne"], id="region-only"),
    pytest.param("35", "", ["35"], [], id="department-only"),
    pytest.param("", "", [], [], id="none"),
]


@pytest.mark.parametrize("department, region, departments, regions", PLACES)
def test_an_offer_s_place_is_counted_as_far_as_it_is_known(db, department, region, departments, regions):
    Offer.objects.create(title="Animateur nature", text="Sorties.", content_hash="place", status=Status.PUBLISHED,
                         published_on=today(), department=department, region=region)
    facets = search(Query.from_params(QueryDict(""))).facets
    assert [value for value, _, n in facets["department"]] == departments
    assert [value for value, _, n in facets["region"]] == regions


TEXT = "Intro. Missions A. Profil."

# a missions section (start, end) -> the words of missions and of the rest
EDGES = [
    pytest.param((TEXT.index("ssions"), TEXT.index("ssions")), [], TEXT.split(), id="empty-span-inside-a-word"),
    pytest.param((TEXT.index("Missions"), TEXT.index("Profil")), ["Missions", "A."], ["Intro.", "Profil."],
                 id="a-span"),
    pytest.param((TEXT.index("Profil"), TEXT.index("Missions")), [], TEXT.split(), id="end-before-start"),
]


@pytest.mark.parametrize("span, missions, rest", EDGES)
def test_an_empty_or_reversed_missions_span_leaves_the_text_whole(span, missions, rest):
    from filon.search.index import texts

    row = {"title": "Animatrice", "organization": "", "text": TEXT, "city": "", "region": "", "department": "",
           "contract_types": None, "sections": [{"name": "missions", "start": span[0], "end": span[1]}]}
    _, found_missions, found_rest = texts(row)
    assert (found_missions.split(), found_rest.split()) == (missions, rest)
