"""Analysis, keyword parsing and places: one row per phrase."""
from dataclasses import replace

import pytest

from filon.search.geo import Point, bounding_box, distance_km, locate
from filon.search.keywords import parse
from filon.search.text import analyze

SAME_STEMS = [
    ("Concertations", "concertation"),
    ("Chargée de mission", "chargé de mission"),
    ("chargee", "Chargé"),
    ("animatrice", "animateur"),
    ("Éducation", "education"),
    ("sociaux", "sociale"),
    ("Chargé·e·s", "chargés"),
]


@pytest.mark.parametrize("a, b", SAME_STEMS)
def test_forms_of_a_word_meet(a, b):
    assert analyze(a) == analyze(b)


@pytest.mark.parametrize("a, b", [("stage", "stagiaire"), ("mission", "missionnaire"), ("cdi", "cdd")])
def test_different_words_stay_apart(a, b):
    assert analyze(a) != analyze(b)


PARSES = [
    ("concertation stage Bretagne", dict(terms=["concertation", "stage", "bretagne"])),
    ("chargé de mission", dict(terms=["charge", "mission"])),                 # "de" alone is not required
    ('"chargé de mission"', dict(phrases=[["charge", "de", "mission"]])),
    ("concert*", dict(prefixes=["concert"])),
    ("-alternance", dict(excluded=[["alternance"]])),
    ('animation -"service civique"', dict(terms=["animation"], excluded=[["service", "civique"]])),
    ("Aix-en-Provence", dict(phrases=[["aix", "en", "provence"]])),
    ('"unclosed quote', dict(phrases=[["unclosed", "quote"]])),
    ("l'Éducation", dict(terms=["education"])),
    ("* - \"\" ***", dict()),
]


@pytest.mark.parametrize("query, expected", PARSES)
def test_keyword_syntax(query, expected):
    kw = parse(query)
    got = {k: v for k, v in vars(kw).items() if v}
    assert got == expected


PLACES = [
    ("Lyon", "Lyon"),
    ("35000", "Rennes"),
    ("Paris 11e", "Paris"),
    ("Ivry/Seine", "Ivry-sur-Seine"),
    ("Saint-Denis (93)", "Saint-Denis"),
    ("Finistère", "Quimper"),            # a département: its chef-lieu
    ("69", "Lyon"),
]


@pytest.mark.parametrize("typed, commune", PLACES)
def test_locate(typed, commune):
    assert locate(typed).label == commune


def test_unknown_place():
    assert locate("Atlantide") is None


def test_distances():
    lyon, paris = locate("Lyon"), locate("Paris")
    assert 385 < distance_km(lyon, paris) < 400
    lat_min, lat_max, lon_min, lon_max = bounding_box(lyon, 30)
    assert distance_km(lyon, Point(lat_max, lyon.longitude)) == pytest.approx(30, rel=0.01)
    assert distance_km(lyon, Point(lyon.latitude, lon_max)) == pytest.approx(30, rel=0.01)


TEXT = "{title missions body} : "
EXPRESSIONS = [
    ("concertation stage", TEXT + '("concert" AND "stag")', "(concertation) & (stage)"),
    ('"chargé de mission"', TEXT + '("charg de mission")', "(charge <-> de <-> mission)"),
    ("concert*", TEXT + '("concert"*)', "concert:*"),
    ("animation -alternance", TEXT + '("anim") NOT ' + TEXT + '("altern")', "((animation)) & !((alternance))"),
    ("-stage", 'tags : lv0 NOT ' + TEXT + '("stag")', "!((stage))"),     # exclusions alone: every offer but those
]


@pytest.mark.parametrize("query, fts5, tsquery", EXPRESSIONS)
def test_each_backend_writes_the_query_in_its_syntax(query, fts5, tsquery):
    from filon.search.fulltext import PostgresFullText, SqliteFullText

    assert SqliteFullText.expression(parse(query)) == fts5
    assert PostgresFullText.expression(parse(query)) == tsquery


def test_relevance_tiers_ask_for_the_words_in_the_title():
    from filon.search.fulltext import PostgresFullText

    assert PostgresFullText.expression(replace(parse('"chargé de mission" concert* -stage'), within="title")) == \
        "((charge:A <-> de:A <-> mission:A) & concert:*A) & !((stage))"


def test_tags_narrow_the_sqlite_expression():
    from filon.search.fulltext import SqliteFullText

    assert SqliteFullText.expression(replace(parse('stage "chargé de mission"'), within="title"), [["c4", "c8"], ["lv3"]]) \
        == '{tags} : ("tstag" AND "tcharg tde tmission") AND tags : (c4 OR c8) AND tags : (lv3)'
    assert SqliteFullText.expression(parse(""), [["rbretagne"]]) == "tags : (rbretagne)"


def test_contract_types_go_paired_with_the_place_in_tags():
    from django.http import QueryDict

    from filon.search.engine import Query
    from filon.search.tags import for_facets

    def groups(params):
        return for_facets(Query.from_params(QueryDict(params)))
    assert groups("contract=cdi&contract=stage&region=Bretagne") == [["c1rbretagne", "c4rbretagne"]]
    assert groups("contract=cdi&department=35&region=Bretagne") == [["c1d35"], ["rbretagne"]]
    assert groups("contract=cdi&education=bac%2B5") == [["ebac5"], ["c1"]]
