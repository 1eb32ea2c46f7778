"""Rules found by the sixth audit of unseen offers (issue 9, README "Accuracy").

Each rule has rows from at least two sources (the sixth audit's training pages, the
earlier audits' pages, dev, dev2 or the scale corpus); each row is a phrase as those
pages write it, shortened.
"""
import pytest

from filon.extract.fields.title import find_organization


@pytest.mark.parametrize(("text", "organization"), [
    # A local authority as the subject of what it does names the employer (a metropolis's recruiting site, a
    # town's post on an art-centre network's board, a commune's France Travail record in the scale corpus).
    ("La Métropole d'Aix-Marseille-Provence pilote des politiques publiques innovantes au service de ses habitants.\n",
     "Métropole d'Aix-Marseille-Provence"),
    ("La Ville d'Orsay entend ainsi promouvoir et diffuser la création contemporaine.\n", "Ville d'Orsay"),
    ("La Mairie de Valentigney recherche un agent des espaces verts.\n", "Mairie de Valentigney"),
    # Another verb keeps it a place or a partner named in passing.
    ("La ville de Brest accueille chaque été un festival.\n", None),
    # Named after a preposition and before a comma, it is still no evidence.
    ("Le poste est basé sur la commune de Hyères, au bord de la mer.\n", None),
])
def test_a_local_authority_presenting_itself_names_the_employer(text, organization):
    found = find_organization(text)
    assert (found.value if found else None) == organization
