"""A word's beginning typed with "*": compared with the index's stems when
its own stem has two letters or more ("anima*" is "anim", the stem of
"animatrice"; "vie*" is "vi", the stem of "vie"), as typed otherwise ("ds*",
whose stem "d" would match every word in d)."""
import itertools

import pytest
from django.http import QueryDict

from filon.offers.models import Offer, Status, today
from filon.search.engine import Query, search

_ids = itertools.count()


@pytest.fixture
def board(db):
    for title, text in (("Animatrice", "Sorties en forêt."), ("Responsable DSI", "Réseaux et serveurs."),
                        ("Directeur", "Conduite du projet."), ("Chargé de la vie associative", "Bénévoles et adhérents.")):
        Offer.objects.create(title=title, text=f"{title}. {text}", content_hash=f"p{next(_ids)}", status=Status.PUBLISHED,
                             published_on=today())


PREFIXES = [
    pytest.param("anima*", ["Animatrice"], id="stem-shorter-than-typed"),
    pytest.param("vie*", ["Chargé de la vie associative"], id="two-letter-stem"),
    pytest.param("ds*", ["Responsable DSI"], id="one-letter-stem-as-typed"),
    pytest.param("dire*", ["Directeur"], id="stem-as-typed"),
]


@pytest.mark.parametrize("q, titles", PREFIXES)
def test_prefixes(board, q, titles):
    assert sorted(o.title for o in search(Query.from_params(QueryDict(f"q={q}"))).offers) == titles
