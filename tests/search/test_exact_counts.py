"""Totals and facet counts are exact: on a random board, every count of
random searches equals a brute-force count over the offers in Python."""
import datetime as dt
import random

import pytest
from django.http import QueryDict

from filon.offers.models import Offer, Status, today
from filon.offers.vocabulary import CONTRACT_LABELS
from filon.search.engine import Query, search
from filon.search.index import texts
from filon.search.text import stem, terms

WORDS = ["haie", "verger", "mare", "ruche", "compost", "jardin", "forêt", "rivière"]
PLACES = [("Rennes", "35000", "35", "Bretagne"), ("Brest", "29200", "29", "Bretagne"), ("Lyon", "69001", "69", "Auvergne-Rhône-Alpes"),
          ("Villeurbanne", "69100", "69", "Auvergne-Rhône-Alpes"), ("Paris", "75011", "75", "Île-de-France"), ("", "", "", "")]
EDUCATION = ["", "bac", "bac+2", "bac+5"]


@pytest.fixture
def random_board(db):
    rng = random.Random(7)
    on = today()
    for i in range(300):
        city, postal_code, department, region = rng.choice(PLACES)
        words = " ".join(rng.sample(WORDS, 3))
        Offer.objects.create(
            title=f"Animateur {rng.choice(WORDS)} {i}", text=f"Sorties {words}.", content_hash=f"r{i}",
            status=rng.choice([Status.PUBLISHED] * 5 + [Status.PENDING, Status.FILLED]),
            contract_types=rng.sample(list(CONTRACT_LABELS)[:5], rng.choice([0, 1, 1, 2])),
            city=city, postal_code=postal_code, department=department, region=region,
            education_min=rng.choice(EDUCATION), remote_allowed=rng.choice([True, False, None]),
            published_on=on - dt.timedelta(days=rng.randrange(60)),
            deadline=rng.choice([None, on + dt.timedelta(days=rng.randrange(-5, 40))]),
            start_date=rng.choice([None, on + dt.timedelta(days=rng.randrange(0, 90))]))
    # Some past their expiry day but not yet marked expired: not visible.
    Offer.objects.filter(pk__in=Offer.objects.order_by("?").values("pk")[:15]).update(expires_on=on)
    visible = [(o, set(terms(" ".join(texts(o.__dict__))).split())) for o in Offer.objects.visible()]
    return rng, visible


def brute(visible, query: Query, skip: str = "") -> list[Offer]:
    """The visible offers matching ``query`` (but its facet ``skip``), by hand."""
    on, found = today(), []
    for o, stems in visible:
        checks = {
            "q": all(stem(w) in stems for w in query.keywords.terms),
            "contract": not query.contract or bool(set(query.contract) & set(o.contract_types)),
            "region": not query.region or o.region in query.region,
            "department": not query.department or o.department in query.department,
            "education": not query.education or o.education_min in query.education,
            "remote": not query.remote or o.remote_allowed is True,
            "open": not query.open or o.deadline is None or o.deadline >= on,
            "start": not query.start or (o.start_date is not None and o.start_date.strftime("%Y-%m") == query.start),
            "published": not query.published_days or o.published_on >= on - dt.timedelta(days=query.published_days),
        }
        if all(ok for name, ok in checks.items() if name != skip):
            found.append(o)
    return found


def random_params(rng: random.Random) -> str:
    params = []
    if rng.random() < 0.6:
        params.append(f"q={rng.choice(WORDS)}")
    for name, values in (("contract", list(CONTRACT_LABELS)[:5]), ("region", ["Bretagne", "Auvergne-Rhône-Alpes"]),
                         ("department", ["35", "69", "75"]), ("education", EDUCATION[1:])):
        if rng.random() < 0.3:
            params += [f"{name}={v}" for v in rng.sample(values, rng.choice([1, 2]))]
    if rng.random() < 0.3:
        params.append("remote=1")
    if rng.random() < 0.3:
        params.append("open=1")
    if rng.random() < 0.2:
        params.append(f"start={(today() + dt.timedelta(days=rng.randrange(90))).strftime('%Y-%m')}")
    if rng.random() < 0.2:
        params.append(f"published_days={rng.choice([7, 30])}")
    return "&".join(params)


def test_totals_and_facet_counts_equal_a_brute_force_count(random_board):
    rng, visible = random_board
    for _ in range(40):
        params = random_params(rng)
        query = Query.from_params(QueryDict(params))
        results = search(query, per_page=500)
        expected = brute(visible, query)
        assert results.total == len(expected), params
        assert {o.pk for o in results.offers} == {o.pk for o in expected}, params
        without = {name: brute(visible, query, skip=name) for name in ("contract", "region", "department", "education", "remote",
                                                               "open", "start")}
        counts = {name: {value: n for value, _, n in values} for name, values in results.facets.items()}
        assert counts["contract"] == {k: n for k in CONTRACT_LABELS
                                      if (n := sum(k in o.contract_types for o in without["contract"]))}, params
        for name, attribute in (("region", "region"), ("department", "department"), ("education", "education_min")):
            expected_counts = {}
            for o in without[name]:
                if getattr(o, attribute):
                    expected_counts[getattr(o, attribute)] = expected_counts.get(getattr(o, attribute), 0) + 1
            assert counts[name] == expected_counts, (params, name)
        assert counts["remote"] == ({"1": n} if (n := sum(o.remote_allowed is True for o in without["remote"])) else {})
        assert counts["open"] == {"1": sum(o.deadline is None or o.deadline >= today() for o in without["open"])}, params
        months = {}
        for o in without["start"]:
            if o.start_date:
                months[o.start_date.strftime("%Y-%m")] = months.get(o.start_date.strftime("%Y-%m"), 0) + 1
        assert counts["start"] == months, params
