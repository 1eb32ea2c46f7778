"""What "près de" names at its edges: an area said to be the other kind is none, the kind's word in
any case, a département named like a city; completion from two letters, areas first, as many as asked."""
import pytest

from filon.board.places import Place, interpret, suggestions

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("typed, expected", [
    ("Bretagne (département)", Place()),                      # said to be a département: no such one
    ("Doubs (région)", Place()),
    ("Bretagne (RÉGION)", Place("region", "Bretagne")),
    ("doubs (Département)", Place("department", "25")),
    ("Paris", Place("department", "75")),
    ("Corse-du-Sud", Place("department", "2A")),
    ("Lyon (2A)", Place()),
    ("Saint-Denis", Place(homonyms=["Saint-Denis (974)", "Saint-Denis (93)", "Saint-Denis (11)", "Saint-Denis (30)"])),
    ("Balan", Place(homonyms=["Balan (01)", "Balan (08)"])),                  # two départements
    ("Abbecourt", Place(homonyms=["Abbecourt (60)", "Abbécourt (02)"])),       # each spelt as it is
])
def test_what_pres_de_names(typed, expected):
    assert interpret(typed) == expected


@pytest.mark.parametrize("typed, count, found", [
    ("b", 10, []), ("é", 10, []),                              # two letters at least
    ("  BRE", 3, ["Bretagne (région)", "Brest (29)", "Brétigny-sur-Orge (91)"]),
    ("br", 2, ["Bretagne (région)", "Brest (29)"]),
    ("saint-d", 3, ["Saint-Denis (974)", "Saint-Denis (93)", "Saint-Dizier (52)"]),
])
def test_completion_areas_first_then_the_most_populous(typed, count, found):
    assert suggestions(typed, count) == found
