"""Analysis, keyword parsing and places: one row per phrase."""

import pytest

from filon.search.geo import Point, bounding_box, distance_km, locate
from filon.search.keywords import parse
from filon.search.text import stem, terms, words

SAME_STEMS = [
    ("Concertations", "concertation"),
    ("Chargée de mission", "chargé de mission"),
    ("chargee", "Chargé"),
    ("animatrice", "animateur"),
    ("Éducation", "education"),
    ("sociaux", "sociale"),
    ("Chargé·e·s", "chargés"),
    ("déchetterie", "déchèterie"),                  # spellings of the 1990 reform
    ("renouvellement", "renouvèlement"),
    ("interpeller", "interpeler"),
    ("conseillère", "Conseiller"),                 # the stemmer leaves "-ers" and "-ère(s)" unlike "-er"
    ("conseillers", "conseiller"),
    ("boulangères", "boulanger"),
    ("vergers", "verger"),
    ("foyers", "foyer"),
    ("métiers", "métier"),
    ("Œuvre", "oeuvre"),                            # ligatures have no Unicode decomposition
    ("Cæcum", "caecum"),
    ("me\u0301diation", "médiation"),               # decomposed accents (text pasted from a PDF)
]


@pytest.mark.parametrize("a, b", SAME_STEMS)
def test_forms_of_a_word_meet(a, b):
    assert terms(a) == terms(b)


# What an offer's text becomes in the index (terms) and what a query's words become (stem of words)
# must be the same, whatever the punctuation around the words: the index remembers chunks between spaces.
OFFER_TEXTS = [
    "Chargé·e de mission (H/F) – l'équipe d'animation, CDD 12 mois.",
    "Rejoignez-nous ! Poste basé à Aix-en-Provence/Marseille ; télétravail : 2 j/sem.",
    "«Éducateur·rice spécialisé·e» — 35h/semaine, 1 800 € brut/mois",
    "Œuvres sociales : déchetterie, renouvèlement… e-mail: contact@asso-exemple.fr",
    "ﬁnancement 2ᵉ semestre ½ temps chargé.e.s",
]


@pytest.mark.parametrize("text", OFFER_TEXTS, ids=range(len(OFFER_TEXTS)))
def test_the_index_and_the_query_read_a_text_alike(text):
    expected = [s for w in words(text) if (s := stem(w))]
    assert terms(text).split() == expected
    assert terms(text).split() == terms(text).split()       # a second reading, from memory, is the same
    assert expected and all(" " not in s for s in expected)


@pytest.mark.parametrize("a, b", [("stage", "stagiaire"), ("mission", "missionnaire"), ("cdi", "cdd")])
def test_different_words_stay_apart(a, b):
    assert terms(a) != terms(b)


PARSES = [
    ("concertation stage Bretagne", dict(terms=["concertation", "stage", "bretagne"])),
    ("chargé de mission", dict(terms=["charge", "mission"])),                 # "de" alone is not required
    ('"chargé de mission"', dict(phrases=[["charge", "de", "mission"]])),
    ("concert*", dict(prefixes=["concert"])),
    ("l'éco*", dict(prefixes=["eco"])),                                      # the elided article left out
    ("d’anim*", dict(prefixes=["anim"])),
    ("-alternance", dict(excluded=[["alternance"]])),
    ('animation -"service civique"', dict(terms=["animation"], excluded=[["service", "civique"]])),
    ("Aix-en-Provence", dict(phrases=[["aix", "en", "provence"]])),
    ("-Aix-en-Provence", dict(excluded=[["aix", "en", "provence"]])),        # not every offer with "en"
    ('"unclosed quote', dict(phrases=[["unclosed", "quote"]])),
    ("l'Éducation", dict(terms=["education"])),
    ("* - \"\" ***", dict()),
    ("-concert*", dict(excluded=[["concert"]])),                             # an excluded prefix: the word
    ("a* ab* concert**", dict(prefixes=["ab", "concert"])),                  # a prefix has two letters or more
    ("Eco-*", dict(prefixes=["eco"])),
    ("- -a", dict()),
    ('-"charge de mission"', dict(excluded=[["charge", "de", "mission"]])),
    ('"Mission" "de"', dict(terms=["mission"])),                             # a quoted word is a word
    ("stage -cdd -CDI", dict(terms=["stage"], excluded=[["cdd"], ["cdi"]])),
    ("-l'alternance", dict(excluded=[["alternance"]])),
    ("de la", dict()),
    ('"" stage -"" nature', dict(terms=["stage", "nature"])),                # empty quotes skipped, not the end
    ('"chargé de mission" Rennes -"service civique" stage',                   # words go on after quotes
     dict(phrases=[["charge", "de", "mission"]], terms=["rennes", "stage"], excluded=[["service", "civique"]])),
    ('"Mission" animation', dict(terms=["mission", "animation"])),
    ("animation -nature/sport", dict(terms=["animation"], excluded=[["nature"], ["sport"]])),   # each word, not a name
    ("stage -Œ", dict(terms=["stage"], excluded=[["oe"]])),                  # one character, a word of two letters
    ("Saint-Malo", dict(phrases=[["saint", "malo"]])),                       # a name of two words: in this order
    ("-Saint-Malo", dict(excluded=[["saint", "malo"]])),                     # not every offer with "saint"
    ("e-mail", dict(terms=["mail"])),                                        # one word left: a word, not a phrase
]


@pytest.mark.parametrize("query, expected", PARSES)
def test_keyword_syntax(query, expected):
    kw = parse(query)
    got = {k: v for k, v in vars(kw).items() if v}
    assert got == expected
    assert bool(kw) == bool(expected)
    assert kw.positive == bool({"terms", "phrases", "prefixes"} & set(expected))


def test_equal_keywords_hash_alike():
    assert hash(parse("stage -cdd")) == hash(parse("Stage  -CDD")) != hash(parse("stage -cdi"))


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


def test_the_circle_holds_the_known_points_within_the_radius_nearest_first():
    from filon.search.geo import _known_points, point_key, points_within

    lyon = locate("Lyon")
    inside = points_within(lyon, 30)
    assert inside[0] == (0.0, point_key(lyon.latitude, lyon.longitude))
    assert [d for d, _ in inside] == sorted(d for d, _ in inside)
    within = {key for _, key in inside}
    for lat, lon, key in _known_points()[1]:
        d = distance_km(lyon, Point(lat, lon))
        if d < 29.8:
            assert key in within, (lat, lon, d)
        elif d > 30.2:
            assert key not in within, (lat, lon, d)
