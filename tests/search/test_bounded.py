"""Search on a large board reads a bounded number of rows: exact below
SEARCH_EXACT_LIMIT candidates, estimated on a sample above (settings shrunk
here so that 600 offers are "large")."""
import datetime as dt

import pytest
from django.http import QueryDict

from filon.offers.importing import insert
from filon.offers.models import Offer, Status, today
from filon.search.engine import Query, search
from filon.search.index import index_offers

N = 600


@pytest.fixture
def large_board(db, settings):
    settings.SEARCH_EXACT_LIMIT, settings.SEARCH_SAMPLE_SIZE, settings.SEARCH_POOL = 100, 100, 50
    offers = []
    for i in range(N):
        words = "verger" if i % 20 == 0 else "potager"
        title = f"Animateur jardin {words} {i}" if i in (0, 20) else f"Animateur {words} {i}"
        text = f"{title}. Jardin partagé, {'' if i < 560 else 'verger, '}compost et semis."
        offer = Offer(title=title, text=text, content_hash=f"large{i}", status=Status.PUBLISHED,
                      published_on=today() - dt.timedelta(days=i % 30), region=("Bretagne", "Occitanie")[i % 2],
                      contract_types=[("cdi", "stage", "cdd")[i % 3]])
        offer.derive()
        offers.append(offer)
    insert(offers)
    index_offers(offers, fresh=True)
    return offers


def results(params):
    return search(Query.from_params(QueryDict(params)))


def counts(res, facet):
    return {value: n for value, _, n in res.facets[facet]}


def test_a_large_result_set_is_estimated_on_a_sample(large_board):
    res = results("q=jardin")
    assert res.counts_estimated and res.total_estimated
    assert abs(res.total - N) <= 0.25 * N
    for region, n in counts(res, "region").items():
        assert abs(n - N / 2) <= 0.35 * N / 2, (region, n)
    assert sum(counts(res, "contract").values()) == pytest.approx(N, rel=0.3)
    assert len(res.offers) == 20 and all("Jardin" in o.text for o in res.offers)


def test_a_selective_query_on_a_large_board_is_exact(large_board):
    res = results("q=verger")
    assert not res.counts_estimated and not res.total_estimated
    assert res.total == 30 + 40 - 2       # in the title of every 20th offer, in the text of the last 40
    assert counts(res, "region") == {"Bretagne": 48, "Occitanie": 20}


def test_filters_hold_on_every_offer_of_a_sampled_page(large_board):
    res = results("q=jardin&region=Occitanie&contract=stage&sort=recent")
    assert res.counts_estimated and res.offers
    assert all(o.region == "Occitanie" and o.contract_types == ["stage"] for o in res.offers)
    dates = [o.published_on for o in res.offers]
    assert dates == sorted(dates, reverse=True)


def test_a_narrow_selection_in_a_large_result_set_has_its_exact_total(large_board, settings):
    settings.SEARCH_POOL = 150
    res = results("q=jardin&region=Occitanie&contract=stage")     # odd offers with i % 3 == 1
    assert res.counts_estimated and not res.total_estimated
    assert res.total == N // 6


def test_pages_of_a_large_result_set_come_from_the_newest_matches(large_board):
    newest = {o.pk for o in large_board[-50:]}
    pages = [results(f"q=jardin&sort=recent&page={p}").offers for p in (1, 2, 3)]
    seen = [o.pk for page in pages for o in page]
    assert len(seen) == len(set(seen)) == 50 and set(seen) == newest


def test_title_matches_come_first_however_many_matches(large_board):
    # Every offer speaks of "jardin"; only the two oldest have it in their title.
    res = results("q=jardin")
    assert res.counts_estimated
    assert sorted(o.title for o in res.offers[:2]) == ["Animateur jardin verger 0", "Animateur jardin verger 20"]


def test_the_board_and_the_api_say_when_counts_are_estimates(large_board, client):
    page = client.get("/?q=jardin").content.decode()
    assert "Environ " in page and "(≈ " in page
    assert "Page 1 sur 3" in page              # the 50 newest matches, 20 a page
    data = client.get("/api/offres/?q=jardin").json()
    assert data["count_estimated"] is data["facet_counts_estimated"] is True and abs(data["count"] - N) <= 0.25 * N
    exact = client.get("/api/offres/?q=verger").json()
    assert exact["count_estimated"] is exact["facet_counts_estimated"] is False and exact["count"] == 68
