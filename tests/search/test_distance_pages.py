"""Offers near a place, nearest first, one page at a time: every offer of a
circle holding many places is listed once, in order, across the pages
(offers at one place: the first added first, also when the index holds
them in another order, the first ones having been edited since)."""
import itertools

import pytest
from django.http import QueryDict

from filon.offers.models import Offer, Status, today
from filon.search.engine import Query, search

_ids = itertools.count()

# Communes of the Rhône by distance from Lyon (km): 0, 3.1, 3.9, 4.5, 4.7, 5.1, 5.2, 6.1, 6.5, 6.7, 7.3, 8.5, 8.9,
# 9.5, 12.2.
NEAR_LYON = [("Lyon", "69001"), ("Villeurbanne", "69100"), ("Sainte-Foy-lès-Lyon", "69110"), ("Saint-Fons", "69190"),
             ("Tassin-la-Demi-Lune", "69160"), ("Caluire-et-Cuire", "69300"), ("Bron", "69500"), ("Écully", "69130"),
             ("Vénissieux", "69200"), ("Francheville", "69340"), ("Saint-Genis-Laval", "69230"),
             ("Rillieux-la-Pape", "69140"), ("Décines-Charpieu", "69150"), ("Saint-Priest", "69800"), ("Meyzieu", "69330")]


@pytest.fixture
def nearest(db):
    """Two offers in each commune (the second added after all the first ones, the first ones edited
    once indexed): the titles nearest first."""
    order, first = {}, []
    for round_ in (1, 2):
        for city, postal_code in NEAR_LYON:
            title = f"Animatrice {round_} à {city}"
            offer = Offer.objects.create(title=title, text=title, content_hash=f"d{next(_ids)}", status=Status.PUBLISHED,
                                         published_on=today(), city=city, postal_code=postal_code, department="69")
            order.setdefault(city, []).append(title)
            first += [offer] if round_ == 1 else []
    search(Query())
    for offer in first:
        offer.text += " Sorties nature."
        offer.save()
    return [title for city, _ in NEAR_LYON for title in order[city]]


@pytest.mark.parametrize("per_page", [pytest.param(n, id=f"{n}-a-page") for n in (3, 7, 30)])
def test_the_pages_near_a_place_list_every_offer_once_nearest_first(nearest, per_page):
    listed, page = [], 1
    while True:
        results = search(Query.from_params(QueryDict(f"near=Lyon&radius_km=13&page={page}")), per_page=per_page)
        assert results.total == len(nearest)
        if not results.offers:
            break
        listed += [o.title for o in results.offers]
        page += 1
    assert listed == nearest
    assert page - 1 == -(-len(nearest) // per_page)


def test_each_offer_says_how_far_to_a_tenth_of_a_kilometre(nearest):
    results = search(Query.from_params(QueryDict("near=Lyon&radius_km=13")), per_page=50)
    far = {o.city: o.distance_km for o in results.offers}
    assert (far["Lyon"], far["Villeurbanne"], far["Sainte-Foy-lès-Lyon"], far["Meyzieu"]) == (0.0, 3.1, 3.9, 12.2)
    assert search(Query.from_params(QueryDict(""))).offers[0].distance_km is None        # no place asked
