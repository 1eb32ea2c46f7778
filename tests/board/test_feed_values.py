"""The Atom feed of a search, value by value: the feed's title names the search, its links and id
carry the search's query string, entries come newest first (whatever the search's own sort), each
with the employer as author, its publication day and its text as escaped HTML paragraphs."""
import datetime as dt

import feedparser
import pytest
from django.utils import timezone

from .conftest import days
from .factories import offer as make

pytestmark = pytest.mark.django_db

BASE = "http://127.0.0.1:8000"


def feed(client, params=None):
    return feedparser.parse(client.get("/flux.atom", params or {}).content)


TITLES = [
    ({}, "Offres – filon", f"{BASE}/", f"{BASE}/flux.atom"),
    ({"q": "vélo"}, "Offres « vélo » – filon", f"{BASE}/?q=v%C3%A9lo", f"{BASE}/flux.atom?q=v%C3%A9lo"),
    ({"near": "Lyon"}, "Offres près de Lyon – filon", f"{BASE}/?near=Lyon", f"{BASE}/flux.atom?near=Lyon"),
    ({"contract": ["cdi", "stage"]}, "Offres cdi, stage – filon", f"{BASE}/?contract=cdi&contract=stage",
     f"{BASE}/flux.atom?contract=cdi&contract=stage"),
    ({"q": "vélo", "near": "Lyon", "contract": "cdd", "page": "2"}, "Offres « vélo » près de Lyon cdd – filon",
     f"{BASE}/?q=v%C3%A9lo&near=Lyon&contract=cdd", f"{BASE}/flux.atom?q=v%C3%A9lo&near=Lyon&contract=cdd"),
]


@pytest.mark.parametrize("params, title, link, url", TITLES)
def test_the_feed_names_its_search_and_links_to_it(client, params, title, link, url):
    parsed = feed(client, params).feed
    assert parsed.title == title and parsed.id == url
    assert parsed.subtitle == "Les dernières offres correspondant à cette recherche"
    assert {(a.rel, a.href) for a in parsed.links} == {("alternate", link), ("self", url)}
    assert parsed.author == "filon"


def test_entries_come_newest_first_with_their_employer_day_and_text(client):
    old = make(title="Animateur vélo vélo vélo", organization="Réseau Vélo", published_on=days(-9),
               contract_types=["cdd"], city="Lyon",
               text="Animer   l'atelier <vélo>\nle samedi.\n\nProfil : curieux & patient.\n\n \n")
    new = make(title="Mécanicienne vélo", organization="", published_on=days(-1), text="")
    entries = feed(client, {"q": "vélo"}).entries
    assert [e.title for e in entries] == ["Mécanicienne vélo", "Animateur vélo vélo vélo – Réseau Vélo"]
    second, first = entries[1], entries[0]
    assert second.link == second.id == f"{BASE}/offres/{old.pk}/" and first.id == f"{BASE}/offres/{new.pk}/"
    assert (second.author, first.author) == ("Réseau Vélo", "filon")
    assert second.content[0].value == ("<p>Animer l&#x27;atelier &lt;vélo&gt; le samedi.</p>"
                                       "<p>Profil : curieux &amp; patient.</p>")
    assert first.content[0].value == "<p>Mécanicienne vélo</p>"            # no text: the title
    assert second.summary == "CDD · Lyon · Réseau Vélo – Animer l&#x27;atelier &lt;vélo&gt; le samedi. Profil : curieux &amp; patient."
    midnight = timezone.make_aware(dt.datetime.combine(days(-9), dt.time()))      # the board's time zone
    assert dt.datetime(*second.published_parsed[:6], tzinfo=dt.UTC) == midnight
    assert dt.datetime(*second.updated_parsed[:6], tzinfo=dt.UTC) == old.updated_at.replace(microsecond=0)


def test_the_feed_lists_fifty_offers_at_most(client):
    for i in range(51):
        make(title=f"Animateur {i}", published_on=days(-i))
    entries = feed(client).entries
    assert len(entries) == 50 and entries[0].title == "Animateur 0" and entries[-1].title == "Animateur 49"
