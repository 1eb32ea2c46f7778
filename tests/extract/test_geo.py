"""The shipped gazetteer's sums: what the location finder weighs a commune against."""
from __future__ import annotations

from filon.extract import geo


def test_the_communes_of_a_departement_lie_in_one_region():
    """`Gazetteer.population` sums a région from its départements: true only while no
    département of the shipped list spreads over two régions."""
    spread = {d: {c.region for c in communes} for d, communes in geo.gazetteer().by_department.items()}
    assert {d: regions for d, regions in spread.items() if len(regions) > 1} == {}


def test_population_sums_every_commune_once():
    g = geo.gazetteer()
    expected: dict[tuple[str, str], int] = {}
    for c in g.by_insee.values():
        for key in (("department", c.department), ("region", c.region)):
            expected[key] = expected.get(key, 0) + c.population
    assert g.population == expected
