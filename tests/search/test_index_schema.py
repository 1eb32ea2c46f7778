"""The index's schema as :func:`filon.search.index.schema` builds it answers
every kind of search: the board's index is built here from a schema made
in the test (the module's own is made once, on import), then searched by
words, phrases, prefixes, facets, dates, place and each order."""
import datetime as dt
import itertools

import pytest
from django.http import QueryDict

from filon.offers.models import Offer, Status, today
from filon.search import engine, index
from filon.search.engine import Query, search

_ids = itertools.count()


@pytest.fixture
def schema_board(db, monkeypatch):
    schema = index.schema()
    for module in (index, engine):
        monkeypatch.setattr(module, "SCHEMA", schema)

    def make(title, **fields):
        return Offer.objects.create(title=title, text=f"{title}. Sorties en plein air.", content_hash=f"s{next(_ids)}",
                                    status=Status.PUBLISHED, **fields)
    make("Chargée de mission bocage", city="Rennes", postal_code="35000", department="35", region="Bretagne",
         contract_types=["cdd"], education_min="bac+2", remote_allowed=True, published_on=today() - dt.timedelta(days=2),
         deadline=today() + dt.timedelta(days=20), start_date=today() + dt.timedelta(days=30))
    make("Animatrice nature", city="Villeurbanne", postal_code="69100", department="69", region="Auvergne-Rhône-Alpes",
         contract_types=["stage"], education_min="bac", published_on=today(), deadline=today() + dt.timedelta(days=5))


# query string -> titles in order
SEARCHES = [
    pytest.param("q=animatrices", ["Animatrice nature"], id="stemmed-word"),
    pytest.param('q="chargee de mission"', ["Chargée de mission bocage"], id="phrase"),
    pytest.param("q=boca*", ["Chargée de mission bocage"], id="prefix"),
    pytest.param("q=nature+-bocage", ["Animatrice nature"], id="exclusion"),
    pytest.param("region=Auvergne-Rh%C3%B4ne-Alpes", ["Animatrice nature"], id="region-term"),
    pytest.param("department=35", ["Chargée de mission bocage"], id="department-term"),
    pytest.param("education=bac%2B2", ["Chargée de mission bocage"], id="education-term"),
    pytest.param("contract=stage", ["Animatrice nature"], id="contract"),
    pytest.param("remote=1", ["Chargée de mission bocage"], id="remote"),
    pytest.param("open=1&sort=deadline", ["Animatrice nature", "Chargée de mission bocage"], id="open-by-deadline"),
    pytest.param("published_days=1", ["Animatrice nature"], id="published"),
    pytest.param("sort=recent", ["Animatrice nature", "Chargée de mission bocage"], id="recent"),
    pytest.param(f"start={(today() + dt.timedelta(days=30)).strftime('%Y-%m')}", ["Chargée de mission bocage"],
                 id="start-month"),
    pytest.param(f"start_before={(today() + dt.timedelta(days=31)).isoformat()}", ["Chargée de mission bocage"],
                 id="start-before"),
    pytest.param(f"deadline_after={(today() + dt.timedelta(days=10)).isoformat()}", ["Chargée de mission bocage"],
                 id="deadline-after"),
    pytest.param("near=Lyon&radius_km=20", ["Animatrice nature"], id="near"),
]


@pytest.mark.parametrize("params, titles", SEARCHES)
def test_an_index_of_the_built_schema_answers(schema_board, params, titles):
    assert [o.title for o in search(Query.from_params(QueryDict(params))).offers] == titles


def test_an_index_of_the_built_schema_counts_facets(schema_board):
    facets = search(Query.from_params(QueryDict(""))).facets
    counts = {name: {value: n for value, _, n in values} for name, values in facets.items()}
    assert counts["region"] == {"Bretagne": 1, "Auvergne-Rhône-Alpes": 1}
    assert counts["department"] == {"35": 1, "69": 1}
    assert counts["education"] == {"bac+2": 1, "bac": 1}
    assert counts["contract"] == {"cdd": 1, "stage": 1}
    assert counts["remote"] == {"1": 1} and counts["open"] == {"1": 2}
