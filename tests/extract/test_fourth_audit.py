"""Rules found by the fourth audit of unseen offers (issue 9, README "Accuracy").

Each rule has rows from at least two sources (the fourth audit's training pages, the
earlier audits' pages, dev, dev2 or the scale corpus); each row is a phrase as those
pages write it, shortened.
"""
import pytest

from filon.extract.fields.location import find_location


@pytest.mark.parametrize(("text", "city", "department"), [
    # A board's metadata row without its colon, bulleted or not (graineguyane's info card, a France Travail
    # partner's bullet list, reseau-tee's row).
    ("Animateur.trice en Environnement\n\n  • Employeur Guyane Nature Environnement\n  • Types de contrat CDD\n"
     "  • Ville Cayenne\n", "Cayenne", "973"),
    ("Aujourd'hui, c'est près de 800 collaborateurs.\n\n- CDI\n- AM ou cadre selon profil\n- Lieu Béziers\n", "Béziers", "34"),
    ("Annonceur LUDWIK\nContrat CDD 6 mois\nLocalisation Hauts-de-Seine\n", None, "92"),
    # A line that only opens on the word is not such a row.
    ("Lieu emblématique et saisissant, le centre d'art accueille des artistes.\n", None, None),
])
def test_a_place_row_without_its_colon(text, city, department):
    found = find_location(text)
    assert (found["city"].value if "city" in found else None) == city
    assert (found["department"].value if "department" in found else None) == department

