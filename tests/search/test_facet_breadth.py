"""Facets with many values: every value is counted (more than ten
départements, régions, start months and contract combinations), labelled,
and listed most frequent first (then by value; months in their order)."""
import datetime as dt
import itertools

import pytest
from django.http import QueryDict

from filon.offers.models import Offer, Status, today
from filon.offers.vocabulary import CONTRACT_LABELS, EDUCATION_LABELS, department_labels, month_label
from filon.search.engine import Query, search

_ids = itertools.count()
PLACES = [("35", "Bretagne"), ("69", "Auvergne-Rhône-Alpes"), ("75", "Île-de-France"),
          ("13", "Provence-Alpes-Côte d'Azur"), ("31", "Occitanie"), ("33", "Nouvelle-Aquitaine"),
          ("44", "Pays de la Loire"), ("59", "Hauts-de-France"), ("67", "Grand Est"), ("21", "Bourgogne-Franche-Comté"),
          ("45", "Centre-Val de Loire"), ("14", "Normandie"), ("2A", "Corse")]
KINDS = list(CONTRACT_LABELS)
LEVELS = list(EDUCATION_LABELS)


def month(n: int) -> dt.date:
    first = today().replace(day=1)
    return (first + dt.timedelta(days=31 * n + 1)).replace(day=1)


@pytest.fixture
def offers(db):
    """One offer per place (the first place has three), each with its own start month and contract
    combination: the offers' fields."""
    made = []
    for i, (department, region) in enumerate(PLACES + PLACES[:1] * 2):
        fields = dict(department=department, region=region, start_date=month(i), education_min=LEVELS[i % len(LEVELS)],
                      contract_types=[KINDS[i % len(KINDS)], KINDS[(i + i // len(KINDS) + 1) % len(KINDS)]])
        Offer.objects.create(title=f"Animatrice {i}", text="Sorties nature.", content_hash=f"b{next(_ids)}",
                             status=Status.PUBLISHED, published_on=today(), **fields)
        made.append(fields)
    return made


def by_count(counts: dict) -> list:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def count(values) -> dict:
    found = {}
    for v in values:
        found[v] = found.get(v, 0) + 1
    return found


def test_every_value_of_a_facet_is_counted_labelled_and_ordered(offers):
    facets = search(Query.from_params(QueryDict(""))).facets
    departments = department_labels()
    assert facets["department"] == [(v, departments[v], n) for v, n in by_count(count(o["department"] for o in offers))]
    assert facets["region"] == [(v, v, n) for v, n in by_count(count(o["region"] for o in offers))]
    assert facets["education"] == [(v, EDUCATION_LABELS[v], n)
                                   for v, n in by_count(count(o["education_min"] for o in offers))]
    months = sorted(count(o["start_date"].strftime("%Y-%m") for o in offers).items())
    assert len(months) == len(offers)
    assert facets["start"] == [(m, month_label(int(m.replace("-", ""))), n) for m, n in months]
    kinds = count(k for o in offers for k in set(o["contract_types"]))
    assert facets["contract"] == [(k, label, kinds[k]) for k, label in CONTRACT_LABELS.items() if k in kinds]
    assert len(facets["contract"]) == len(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_each_contract_kind_selects_its_offers(offers, kind):
    results = search(Query.from_params(QueryDict(f"contract={kind}")), per_page=50)
    assert results.total == sum(kind in o["contract_types"] for o in offers) > 0
