"""A search by word beginnings alone ("anim*") matches every offer alike:
its offers come newest first, as without keywords, also when the order
asked is by relevance."""
import datetime as dt

import pytest
from django.http import QueryDict

from filon.offers.models import Offer, Status, today


@pytest.fixture
def board(db):
    """Added in another order than published: the oldest first, the newest second."""
    for title, days_ago in (("Animatrice nature", 10), ("Animateur vélo", 2), ("Animation jeunesse", 5)):
        Offer.objects.create(title=title, text=f"{title}. Sorties.", content_hash=title, status=Status.PUBLISHED,
                             published_on=today() - dt.timedelta(days=days_ago))


# query string -> the titles in the order shown
ORDERS = [
    pytest.param("q=anim*", ["Animateur vélo", "Animation jeunesse", "Animatrice nature"], id="prefix-newest-first"),
    pytest.param("q=anim*&sort=relevance", ["Animateur vélo", "Animation jeunesse", "Animatrice nature"],
                 id="prefix-by-relevance-is-newest-first"),
    pytest.param("q=anim*&sort=deadline", ["Animateur vélo", "Animation jeunesse", "Animatrice nature"],
                 id="prefix-no-deadline-newest-first"),
    pytest.param("q=", ["Animateur vélo", "Animation jeunesse", "Animatrice nature"], id="no-keywords"),
]


@pytest.mark.parametrize("params, titles", ORDERS)
def test_word_beginnings_alone_list_the_newest_first(board, params, titles):
    from filon.search.engine import Query, search

    assert [o.title for o in search(Query.from_params(QueryDict(params))).offers] == titles
