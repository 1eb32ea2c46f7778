"""Where a word is weighs in the order by relevance: in the title (or the
employer) first, then in the missions, then in the rest of the offer, even
where the rest says it more often."""
import itertools

import pytest
from django.http import QueryDict

from filon.offers.models import Offer, Status, today
from filon.search.engine import Query, search

_ids = itertools.count()
FILLER = "Structure associative de quartier, équipe de douze personnes, locaux accessibles. "


def make(title: str, text: str, missions: str = "") -> None:
    body = f"{FILLER}Missions : {missions}\nProfil : {text}" if missions else f"{FILLER}Profil : {text}"
    sections = [{"name": "missions", "start": body.index("Missions"), "end": body.index("Profil")}] if missions else []
    Offer.objects.create(title=title, text=body, sections=sections, content_hash=f"w{next(_ids)}", status=Status.PUBLISHED,
                         published_on=today())


@pytest.fixture
def board(db):
    make("Animateur (reste)", "Ruches, ruches et ruches : soin des ruches.")
    make("Animateur (missions)", "Curieux.", missions="Entretien des ruches.")
    make("Animateur des ruches", "Curieux.")


def test_a_word_weighs_most_in_the_title_then_in_the_missions(board):
    found = search(Query.from_params(QueryDict("q=ruche&sort=relevance"))).offers
    assert [o.title for o in found] == ["Animateur des ruches", "Animateur (missions)", "Animateur (reste)"]

