"""Rules found by the fifth audit of unseen offers (issue 9, README "Accuracy").

Each rule has rows from at least two sources (the fifth audit's training pages, the
earlier audits' pages, dev, dev2 or the scale corpus); each row is a phrase as those
pages write it, shortened.
"""
import pytest

from filon.extract import extract
from filon.extract.fields.title import find_organization


@pytest.mark.parametrize(("text", "organization"), [
    # A dotted acronym keeps its last dot inside the name (an environment-education network's board, the
    # fourth audit's orientation-environnement page).
    ("L'association C.L.A.J. De Franche-comté est située à Rochejean dans le Haut-Doubs (25).\n",
     "C.L.A.J. De Franche-comté"),
    ("L'A.D.E.C.M.R. recrute\n\nChef de culture maraîchage biologique\n", "L'A.D.E.C.M.R."),
    ("L'association A.B.C. recrute un animateur.\n", "A.B.C."),
    # A sentence's full stop after a name, or an initial, is not an acronym's dot.
    ("Rejoignez M. Dupont. Il recrute.\n", None),
    ("L'association Terre Vivante. Elle recrute.\n", None),
])
def test_a_dotted_acronym_names_the_employer(text, organization):
    found = find_organization(text)
    assert (found.value if found else None) == organization


@pytest.mark.parametrize(("text", "title"), [
    # A part's heading whose first word is "Principales" names the part, never the post (a Quebec
    # association's page, France Travail records of the scale corpus).
    ("Principales tâches :\nSous la responsabilité de la direction générale, le·la chargé·e de projet participe "
     "à la réalisation du plan d'action.\n", ""),
    ("Principales missions :\n- Assister et assurer le support technique des utilisateurs.\n- Suivre les demandes.\n", ""),
    ("PRINCIPALES ACTIVITÉS :\nDéchetterie : accueil des usagers.\n", ""),
    # A post's title is still read above such a heading.
    ("Chargé de projet aménagement durable\n\nPrincipales tâches :\n- Soutenir des projets de verdissement.\n",
     "Chargé de projet aménagement durable"),
])
def test_a_principal_parts_heading_is_no_title(text, title):
    assert extract(text)[0].title == title


@pytest.mark.parametrize(("text", "organization"), [
    # A presentation opening on the body's founding names it after the comma (a Quebec coalition's page,
    # France Travail records of a staffing firm and a consultancy in the scale corpus).
    ("Contexte et organisation\n\nCréé en 2015, le FCTÉ regroupe plus de 75 organisations environnementales.\n", "FCTÉ"),
    ("Créé en 2002, Menway couvre l'ensemble des prestations RH pour permettre aux entreprises une gestion optimale.\n",
     "Menway"),
    ("Fondée en 2014, Actinvision est un regroupement de Data Heroes accompagnant différents acteurs.\n", "Actinvision"),
    # Or on its age (a Belgian NGO on a job board of the first audit, France Travail records of the scale
    # corpus); a name followed by its acronym or an apposition.
    ("L'association\nDepuis plus de 30 ans, Défi Belgique Afrique (\nDBA) organise des échanges.\n", "Défi Belgique Afrique"),
    ("Depuis 38 ans, le Groupe OSE , acteur clé sur le marché de la machine spéciale, aide ses clients.\n", "Groupe OSE"),
    ("Créé en 1997, le Groupe Bertrand, fondé et détenu par Olivier Bertrand, commence son histoire.\n", "Groupe Bertrand"),
    # A common noun after the founding year names no one.
    ("Créé en 1987, le chantier accueille des jeunes.\n", None),
    ("Depuis 2019, la commune accueille des familles.\n", None),
    ("Fondée en 2002, la société a conçu des outils.\n", None),
])
def test_a_founding_sentence_names_the_employer(text, organization):
    found = find_organization(text)
    assert (found.value if found else None) == organization


@pytest.mark.parametrize(("text", "organization"), [
    # A local authority whose name has its article (a département's recruiting site, a commune's France
    # Travail record in the scale corpus).
    ("A ce titre, la ville des Houches recherche un agent polyvalent.\n", "ville des Houches"),
    ("La commune de Chailland, commune labellisée petite cité de caractère, recrute.\n", "commune de Chailland"),
    # Named in passing after a preposition, before a comma, it is no evidence (the département's page names itself
    # so in a bracket: its employer comes from elsewhere or not at all).
    ("Un prochain bilan en 2025 (soit, pour le Département de la Manche, un prochain bilan).\n", None),
    # A common noun after the article is no town.
    ("La ville de la fête est belle.\n", None),
])
def test_a_local_authority_named_with_its_article(text, organization):
    found = find_organization(text)
    assert (found.value if found else None) == organization
