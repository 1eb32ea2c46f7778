"""The facets a search page lists, from the counts the index gives per
value: each facet's values, labels and counts in the order shown (contracts
in the board's order, places and levels by count then name, start months in
time order), values counted zero left out."""
import pytest

from filon.search.engine import _facets


def buckets(*pairs) -> dict:
    return {"buckets": [{"key": key, "doc_count": n} for key, n in pairs]}


# the counts per facet value, as the index's families unpack -> the facets listed
CASES = [
    pytest.param({}, {"contract": [], "region": [], "department": [], "remote": [], "start": [], "education": [],
                      "open": [("1", "Candidatures encore ouvertes", 0)]}, id="nothing-counted"),
    pytest.param({"contract": buckets((2, 3), (6, 2), (5, 1), (1, 0), (0, 4))},
                 {"contract": [("cdi", "CDI", 1), ("cdd", "CDD", 5), ("stage", "Stage", 3)]},
                 id="contract-masks-counted-per-type-in-the-board-s-order"),
    pytest.param({"contract": buckets((256, 2), (16, 1))},
                 {"contract": [("service_civique", "Service civique", 1), ("benevolat", "Bénévolat", 2)]},
                 id="contract-last-types"),
    pytest.param({"region": buckets(("Bretagne", 2), ("Corse", 5), ("Auvergne-Rhône-Alpes", 2), ("Normandie", 0))},
                 {"region": [("Corse", "Corse", 5), ("Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes", 2),
                             ("Bretagne", "Bretagne", 2)]}, id="regions-by-count-then-name"),
    pytest.param({"department": buckets(("35", 2), ("69", 4), ("2A", 2), ("974", 1), ("29", 0))},
                 {"department": [("69", "Rhône (69)", 4), ("2A", "Corse-du-Sud (2A)", 2),
                                 ("35", "Ille-et-Vilaine (35)", 2), ("974", "La Réunion (974)", 1)]},
                 id="departements-named-by-count-then-code"),
    pytest.param({"department": buckets(("99", 3), ("35", 1))},
                 {"department": [("99", "99", 3), ("35", "Ille-et-Vilaine (35)", 1)]},
                 id="departement-of-no-known-name-shown-as-its-code"),
    pytest.param({"remote": buckets((0, 9), (1, 4))}, {"remote": [("1", "Télétravail possible", 4)]},
                 id="telework-only-where-possible"),
    pytest.param({"remote": buckets((0, 9))}, {"remote": []}, id="no-telework"),
    pytest.param({"start": buckets((202705, 1), (202612, 3), (202701, 0), (202710, 2))},
                 {"start": [("2026-12", "décembre 2026", 3), ("2027-05", "mai 2027", 1),
                            ("2027-10", "octobre 2027", 2)]}, id="start-months-in-time-order"),
    pytest.param({"education": buckets(("bac+5", 3), ("bac", 3), ("bac+8", 1), ("bac+2", 4), ("bac+3", 0))},
                 {"education": [("bac+2", "Bac+2", 4), ("bac", "Bac", 3), ("bac+5", "Bac+5", 3),
                                ("bac+8", "Doctorat", 1)]}, id="levels-by-count-then-code"),
    pytest.param({"open": {"buckets": [{"key": "*-20270101", "to": 20270101.0, "doc_count": 3},
                                       {"key": "20270101-*", "from": 20270101.0, "doc_count": 7}]}},
                 {"open": [("1", "Candidatures encore ouvertes", 7)]}, id="open-the-deadlines-from-today"),
]


@pytest.mark.parametrize("counts, facets", CASES)
def test_the_facets_listed_from_the_index_s_counts(counts, facets):
    listed = _facets(counts)
    assert list(listed) == ["contract", "region", "department", "remote", "start", "education", "open"]
    empty = {"open": [("1", "Candidatures encore ouvertes", 0)]}
    assert listed == {name: facets.get(name, empty.get(name, [])) for name in listed}
