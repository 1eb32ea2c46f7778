"""Filters, sorts and radius at their edges, through the search page's API
(the page, the feed and the API share one engine)."""
import datetime as dt
import itertools

import pytest
from django.http import QueryDict

from filon.offers.models import Offer, Status, today
from filon.search.engine import Query, search

pytestmark = pytest.mark.django_db
_ids = itertools.count()


def day(n: int) -> dt.date:
    return today() + dt.timedelta(days=n)


def make(title, **fields):
    fields.setdefault("status", Status.PUBLISHED)
    return Offer.objects.create(title=title, text=f"{title}. Offre d'animation.", content_hash=f"f{next(_ids)}", **fields)


def found(params: str) -> list[str]:
    return [o.title for o in search(Query.from_params(QueryDict(params)), per_page=50).offers]


@pytest.fixture
def board(db):
    make("Dernier jour", deadline=day(0), published_on=day(-3), education_min="bac+2", remote_allowed=True)
    make("Dans un mois", deadline=day(30), published_on=day(-1), education_min="bac+5", remote_allowed=False)
    make("Dans une semaine", deadline=day(7), published_on=day(-10), education_min="bac+2")
    make("Sans date limite", published_on=day(0), education_min="bac")
    make("Passée", deadline=day(-1), published_on=day(-20), remote_allowed=True)          # off the board
    make("En attente", deadline=day(5), status=Status.PENDING, remote_allowed=True)        # idem


FILTERS = [
    ("open=1", ["Dernier jour", "Dans un mois", "Dans une semaine", "Sans date limite"]),
    ("education=bac%2B2", ["Dernier jour", "Dans une semaine"]),
    ("education=bac%2B2&education=bac", ["Dernier jour", "Dans une semaine", "Sans date limite"]),
    ("education=bac%2B8", []),
    ("remote=1", ["Dernier jour"]),                    # telework said possible; unknown or refused: not shown
    ("remote=0", ["Dernier jour", "Dans un mois", "Dans une semaine", "Sans date limite"]),   # no filter
    (f"deadline_after={day(7).isoformat()}", ["Dans un mois"]),
    ("published_days=1", ["Dans un mois", "Sans date limite"]),
    ("published_days=3", ["Dernier jour", "Dans un mois", "Sans date limite"]),
]


@pytest.mark.parametrize("params, titles", FILTERS)
def test_filters(board, params, titles):
    assert sorted(found(params)) == sorted(titles)


SORTS = [
    ("sort=deadline", ["Dernier jour", "Dans une semaine", "Dans un mois", "Sans date limite"]),
    ("sort=recent", ["Sans date limite", "Dans un mois", "Dernier jour", "Dans une semaine"]),
    ("", ["Sans date limite", "Dans un mois", "Dernier jour", "Dans une semaine"]),            # newest first
    ("sort=distance", ["Sans date limite", "Dans un mois", "Dernier jour", "Dans une semaine"]),   # no place: newest
    ("sort=deadline&education=bac%2B2", ["Dernier jour", "Dans une semaine"]),
]


@pytest.mark.parametrize("params, titles", SORTS)
def test_sorts(board, params, titles):
    assert found(params) == titles


def test_the_open_facet_counts_offers_on_their_last_day(board):
    facets = search(Query.from_params(QueryDict(""))).facets
    assert facets["open"] == [("1", "Candidatures encore ouvertes", 4)]
    assert {v: n for v, _, n in facets["education"]} == {"bac+2": 2, "bac+5": 1, "bac": 1}
    assert facets["remote"] == [("1", "Télétravail possible", 1)]


def test_newest_breaks_ties_by_the_latest_added(db):
    from filon.extract import Offer as Record
    from filon.offers.importing import store_records

    make("Avant-hier", published_on=day(-2))
    store_records([Record(title=title, text=f"{title} à Lyon.", published=day(-1).isoformat())    # one batch: one
                   for title in ("Premier", "Deuxième", "Troisième")])                            # creation time
    make("Hier, ajoutée après", published_on=day(-1))
    assert found("sort=recent") == ["Hier, ajoutée après", "Troisième", "Deuxième", "Premier", "Avant-hier"]


# Around Lyon: Villeurbanne 3.1 km, Givors 18.7 km, Vienne 24.9 km, and Saint-Jean-de-Bournay 35.7 km to
# the south-east: inside the square around a 30 km circle, outside the circle.
PLACES = {"Villeurbanne": ("69100", "69"), "Givors": ("69700", "69"), "Vienne": ("38200", "38"),
          "Saint-Jean-de-Bournay": ("38440", "38")}
RADII = [
    (5, ["Villeurbanne"]),
    (18, ["Villeurbanne"]),
    (19, ["Villeurbanne", "Givors"]),
    (24, ["Villeurbanne", "Givors"]),
    (25, ["Villeurbanne", "Givors", "Vienne"]),
    (30, ["Villeurbanne", "Givors", "Vienne"]),          # the corner of the square is not within 30 km
    (36, ["Villeurbanne", "Givors", "Vienne", "Saint-Jean-de-Bournay"]),
]


@pytest.fixture
def around_lyon(db):
    for city, (postal_code, department) in PLACES.items():
        make(f"Animateur à {city}", city=city, postal_code=postal_code, department=department, published_on=day(-1))


@pytest.mark.parametrize("radius, cities", RADII)
def test_radius_is_a_circle_in_km(around_lyon, radius, cities):
    results = search(Query.from_params(QueryDict(f"near=Lyon&radius_km={radius}")), per_page=50)
    assert [o.title for o in results.offers] == [f"Animateur à {c}" for c in cities]      # nearest first
    assert all(o.distance_km <= radius for o in results.offers)


def test_radius_is_bounded_and_defaults_to_30_km(around_lyon):
    assert Query.from_params(QueryDict("near=Lyon")).radius_km == 30
    assert Query.from_params(QueryDict("near=Lyon&radius_km=0")).radius_km == 1
    assert Query.from_params(QueryDict("near=Lyon&radius_km=100000")).radius_km == 500
    assert Query.from_params(QueryDict("near=Lyon&radius_km=loin")).radius_km == 30
    assert len(found("near=Lyon")) == 3


def test_counts_are_exact_on_a_board_of_thousands(db):
    from filon.extract import Offer as Record
    from filon.offers.importing import store_records

    store_records([Record(title=f"Animatrice {i}", text=f"Sorties nature {i}.", contract_types=["cdd" if i % 4 else "cdi"],
                          published=today().isoformat()) for i in range(2000)])
    results = search(Query.from_params(QueryDict("")))
    assert results.total == 2000 and results.pages() == 100
    assert {value: n for value, _, n in results.facets["contract"]} == {"cdd": 1500, "cdi": 500}
    assert search(Query.from_params(QueryDict("contract=cdi&page=25"))).offers[-1].title == "Animatrice 0"


def test_counts_are_remembered_until_the_index_changes(board, settings):
    from filon.search import engine

    first = search(Query.from_params(QueryDict("q=animation")))
    assert first.total == 4
    remembered = len(engine._COUNTS.found)
    again = search(Query.from_params(QueryDict("q=animation&page=2&sort=deadline")))    # another page, same counts
    assert (again.total, again.facets) == (first.total, first.facets)
    assert len(engine._COUNTS.found) == remembered
    make("Nouvelle", deadline=day(3), education_min="bac+5")                   # a commit to the index
    after = search(Query.from_params(QueryDict("q=animation")))
    assert after.total == 5
    assert ("bac+5", "Bac+5", 2) in after.facets["education"]
    Offer.objects.filter(title="Nouvelle").update(status=Status.REJECTED)        # and one through plain SQL
    assert search(Query.from_params(QueryDict("q=animation"))).total == 4
    assert len(engine._COUNTS.found) == 1                   # only what was counted at the present state
    settings.SEARCH_COUNTS_CACHE = 0
    Offer.objects.filter(title="Nouvelle").update(status=Status.PUBLISHED)
    assert search(Query.from_params(QueryDict("q=animation"))).total == 5
    assert len(engine._COUNTS.found) == 1                   # not consulted, not added to


def test_the_counts_memory_keeps_the_last_searches_up_to_its_size_at_one_index_state(settings):
    """Least recently used searches go first; a memory of one search still
    remembers it; a new state of the index forgets everything."""
    from filon.search.engine import _Remembered

    computed = []

    def get(memory, state, key):
        return memory.get(state, key, lambda: computed.append(key) or key.upper())

    settings.SEARCH_COUNTS_CACHE = 1
    one = _Remembered()
    assert [get(one, "s1", "a"), get(one, "s1", "a")] == ["A", "A"] and computed == ["a"]
    settings.SEARCH_COUNTS_CACHE = 2
    memory, computed[:] = _Remembered(), []
    for key in ("a", "b", "a", "c", "a", "b"):      # "a" used again before "c" comes: "b" is the one to go
        get(memory, "s1", key)
    assert computed == ["a", "b", "c", "b"] and list(memory.found) == ["a", "b"]
    assert get(memory, "s2", "a") == "A" and computed[-1] == "a" and list(memory.found) == ["a"]


def test_the_deadline_order_breaks_ties_by_newest_published_then_first_added(db):
    make("Même jour, ancienne", deadline=day(10), published_on=day(-9))
    make("Même jour, récente, première", deadline=day(10), published_on=day(-2))
    make("Même jour, récente, seconde", deadline=day(10), published_on=day(-2))
    make("Plus tard", deadline=day(11), published_on=day(0))
    make("Sans date, récente", published_on=day(0))
    make("Sans date, ancienne", published_on=day(-5))
    make("Plus tôt", deadline=day(9), published_on=day(-30))
    assert found("sort=deadline") == ["Plus tôt", "Même jour, récente, première", "Même jour, récente, seconde",
                                      "Même jour, ancienne", "Plus tard", "Sans date, récente", "Sans date, ancienne"]


def test_a_word_of_any_length_is_found(db):
    """The index takes the analysed words as they are (tantivy's default
    tokenizer would drop those over 40 letters: long compounds, run-together
    hashtags and identifiers)."""
    long_word = "Intercommunalitéenvironnementaleanticonstitutionnellement"     # 57 letters
    make(f"Chargée de mission {long_word}")
    make("Chargée de mission")
    assert found(f"q={long_word}") == [f"Chargée de mission {long_word}"]


def test_a_departement_is_counted_whatever_the_region_its_offers_give(db):
    """Offers of one département stored with and without their région (an
    import that gave only the département) are all counted under it."""
    make("Avec région", department="35", region="Bretagne")
    make("Sans région", department="35", region="")
    make("Ailleurs", department="29", region="Bretagne")
    facets = search(Query.from_params(QueryDict(""))).facets
    assert {v: n for v, _, n in facets["department"]} == {"35": 2, "29": 1}
    assert {v: n for v, _, n in facets["region"]} == {"Bretagne": 2}
