"""Rules found by the sixth audit of unseen offers (issue 9, README "Accuracy").

Each rule has rows from at least two sources (the sixth audit's training pages, the
earlier audits' pages, dev, dev2 or the scale corpus); each row is a phrase as those
pages write it, shortened.
"""
import pytest

from filon.extract import extract
from filon.extract.fields.title import find_organization


@pytest.mark.parametrize(("text", "place"), [
    # A card's place line: the commune, then its postal code in brackets (an art-centre network's board,
    # the fourth audit's environment-education board, the third audit's association page).
    ("Un·e chargé·e de la médiation culturelle et des publics\nFonction publique, à pourvoir dès le 1 août\n"
     "@ Mairie d'Orsay, Orsay (91400)\nDate limite de candidature: 31 août 2025\n",
     ("Orsay", "91400", "91")),
    ("Cocoordinateur - Responsable socioculturel\n\nLocalisation\n\n40 Landes\nRION DES LANDES   (40370)\n\n"
     "Date d'échéance de candidature\n", ("Rion-des-Landes", "40370", "40")),
    ("Animateur nature\nÉchandelys (63980)\n", ("Échandelys", "63980", "63")),
    # The bracket's code must be the commune's: a name that is no commune, or another commune's code, gives none.
    ("Chargé de mission\nAssociation Dupont (91400)\n", (None, None, None)),
    ("Chargé de mission\nOrsay (75011)\n", (None, None, None)),
])
def test_a_commune_before_its_bracketed_postal_code(text, place):
    location = extract(text)[0].location
    assert (location.city, location.postal_code, location.department) == place


@pytest.mark.parametrize(("text", "kinds"), [
    # "Stages" paired with "emplois" names a board's section, not the post (a Belgian culture portal, the third
    # audit's Alsatian network page).
    ("Culture\n\nEmplois et stages dans le secteur culturel\n\nDétail\n\nEmployeur\nCommuna\n", []),
    ("Home OFFRES EMPLOIS ET STAGES OFFRES D'EMPLOIS & DE STAGES EN ALSACE TÔT OU T'ART recrute un chargé de "
     "mission droits culturels\n", []),
    # An internship the offer names still counts, beside such a section or alone.
    ("Emplois et stages\n\nStage de 6 mois en communication\n", ["stage"]),
    ("Offre de stage : chargé·e de projet coopération\n", ["stage"]),
])
def test_a_boards_jobs_and_internships_section_is_no_internship(text, kinds):
    assert extract(text)[0].contract_types == kinds


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


@pytest.mark.parametrize(("text", "kinds"), [
    # A "haut fonctionnaire" is a function, not a civil servant's post offered (a Journal officiel notice of a
    # ministry's project director, a beta.gouv record of the scale corpus naming its team).
    ("Directeur de projet mixité\nIl exerce les fonctions de Haut fonctionnaire à l'égalité des droits (HFED).\n", []),
    ("Développeur\n- Agnes SAAL (haut fonctionnaire à l'égalité, à la diversité et à la prévention des "
     "discriminations)\n", []),
    # A civil servant's post still counts.
    ("Médiateur culturel\nContrat\nFonctionnaire et Contractuel\n", ["cdi", "cdd"]),
])
def test_a_senior_civil_servants_function_is_no_contract(text, kinds):
    assert extract(text)[0].contract_types == kinds
