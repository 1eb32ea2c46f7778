"""Rules found by the third audit of unseen offers (issue 9, README "Accuracy").

Each rule has rows from at least two sources (the third audit's training pages, the
earlier audits' pages, dev, dev2 or the scale corpus); each row is a phrase as those
pages write it, shortened.
"""
import pytest

from filon.extract.fields.contract import find_contract_types
from filon.extract.fields.dates import find_published, find_start, is_dateline
from filon.extract.fields.licence import find_licence
from filon.extract.fields.location import find_location
from filon.extract.fields.title import find_organization, find_title, with_site_name


@pytest.mark.parametrize(("text", "organization"), [
    # A project's funder, named in the employer's place: not the employer.
    ("Dans le cadre du projet Rise & Play, financé par la Fondation Decathlon et La Guilde, l’ONG souhaite renforcer "
     "son équipe.\n\nÀ propos de PLAY International\n", "PLAY International"),
    ("Le poste s'inscrit dans le projet LECSaNDEco (Linking Extreme Citizen Science), financé par l'Agence Nationale "
     "de la Recherche (ANR) via le programme Recherches participatives 2.\n", None),
    ("Ce programme, soutenu et financé par la DREAL Bourgogne-Franche-Comté, est porté par France Nature Environnement, fédération régionale.\n",
     "France Nature Environnement"),
    # The same names as employers.
    ("La Fondation Decathlon recrute un·e chargé·e de projet.\n", "Fondation Decathlon"),
    ("L'Agence Nationale de la Recherche (ANR) recrute un chef de projet.\n", "L'Agence Nationale de la Recherche"),
])
def test_a_funder_is_not_the_employer(text, organization):
    found = find_organization(text)
    assert (found.value if found else None) == organization


@pytest.mark.parametrize(("text", "start"), [
    # "à compter de" in a clause about the post.
    ("Le poste est basé à Dakar, pour une durée de 12 mois à compter de septembre 2025.\n", ("2025-09-01", "month")),
    ("La mairie de Cestas recherche un agent de propreté pour renforcer son équipe - CDD 3 mois à compter du 2/12/24\n",
     ("2024-12-02", "day")),
    ("* **Quand ?** A compter du 1er octobre 2021\n* **Où ?** Paris\n", ("2021-10-01", "day")),
    # ... not in a sentence about a law or a service.
    ("Trackdéchets devient obligatoire pour tous les acteurs concernés par la gestion des déchets dangereux "
     "(producteurs, transporteurs, installation de traitement) à compter du 1er janvier 2022.\n", None),
])
def test_a_start_counted_from_a_date(text, start):
    found, _ = find_start(text)
    assert (found.value if found else None) == start


@pytest.mark.parametrize(("text", "types"), [
    # The candidate's past engagements are not the one offered.
    ("La candidate ou le candidat idéal:\n* A fait du bénévolat et géré des projets de façon bénévole pour une antenne\n", None),
    ("Issu d'une formation en Ingénierie, vous disposez d'une première expérience réussie (stage, alternance, CDI.)\n", None),
    ("Première expérience appréciée (y compris alternance).\n", None),
    ("* Tu as déjà eu une première expérience (stage inclus) en tant que biz dev ou customer success\n", None),
    ("2. Minimum 3 ans d'expérience bénévole et/ou professionnelle dans le secteur de la jeunesse\n", None),
    # The offer's own.
    ("Nous recherchons un·e bénévole pour animer l'atelier vélo.\n", ["benevolat"]),
    ("Stage de 6 mois, première expérience en association bienvenue.\n", ["stage"]),
])
def test_the_candidates_past_is_not_the_contract(text, types):
    found = find_contract_types(text)
    assert (found.value if found else None) == types


@pytest.mark.parametrize(("text", "title"), [
    # "X recrute un(e) Y": the title opens after the whole "un(e)", not inside it.
    ("Offre d’emploi – PLAY International recrute un(e) Chargé(e) de projet « Rise & Play » à Dakar\n\nTexte\n",
     "Chargé(e) de projet « Rise & Play »"),
    ("Guidoline recherche un(e) Coordinateur(rice) d’association\n\nSimon notre directeur s'en va.\n",
     "Coordinateur(rice) d’association"),
    ("Le GRDR recrute un(e) Chef(fe) de projet ODDyssée\n\nTexte\n", "Chef(fe) de projet ODDyssée"),
])
def test_the_title_after_un_e(text, title):
    assert find_title(text, []).value == title


@pytest.mark.parametrize(("text", "licence"), [
    # The licence as an item of what the candidate must have.
    ("**Profil :**\n* Avoir le permis B.\n", "required"),
    ("* Avoir plus de 18 ans et le permis B\n", "required"),          # as cleaned (the bold marks off)
    ("- Vous êtes en possession du permis C,\n- Vous aimez le travail en équipe\n", "required"),
    ("- Disposer du permis B pour les déplacements.\n", "required"),
    ("o Vous êtes véhiculé et avez le permis B.\n", "required"),
    ("Profil :***Vous avez le permis B (véhicule mis à disposition pour les interventions)\n", "required"),
    # ... unless the sentence says it is a plus.
    ("Si vous êtes en possession du permis C, ce serait un avantage considérable car il élargirait vos missions.\n",
     "preferred"),
    ("Permis B apprécié.\n", "preferred"),
    # The verb, not a licence.
    ("Les environnements dans lesquels vous avez évolué vous ont permis d'acquérir une solide connaissance.\n", None),
    # A licence merely named.
    ("Le permis de conduire est pris en charge par l'employeur dans le cadre du parcours.\n", None),
])
def test_the_licence_among_the_requirements(text, licence):
    found = find_licence(text)
    assert (found.value if found else None) == licence


@pytest.mark.parametrize(("line", "dateline"), [
    ("Lundi, 03 Avril 2017 10:38", True),          # a CMS article's dateline
    ("il y a 3 heures", True),                     # an aggregator card's age
    ("lundi 23 février 2015", True),
    ("Poste à pourvoir le 1er mars 2021", False),
    ("Stage 6 mois", False),
])
def test_a_dateline(line, dateline):
    assert is_dateline(line) is dateline


def test_a_page_opening_on_its_dateline():
    # The dateline is the publication date; the title is the line after it.
    text = ("Lundi, 03 Avril 2017 10:38\n\nASBL Pays de Geminiacum - Offre d'emploi 'Animateur-Directeur'\n\n"
            "Présentation de l’association\n\nDepuis 2004, l’ASBL Pays de Geminiacum oeuvre au développement culturel.\n")
    assert find_published(text).value == "2017-04-03"
    assert find_title(text, []).value == "ASBL Pays de Geminiacum - Offre d'emploi 'Animateur-Directeur'"


@pytest.mark.parametrize(("text", "country", "department"), [
    # A partner's or the employer's past place is not the post's.
    ("Le projet explore les données environnementales, en partenariat avec l'ONG Gardiens des Îles (GdI) en "
     "Nouvelle-Calédonie, et en s'appuyant sur l'outil Sapelli.\n", "FR", None),
    ("MADERA est une association de droit français qui a exclusivement travaillé en Afghanistan entre 1988 et 2018 "
     "pour la réhabilitation des économies rurales.\n", "FR", None),
    # The post's own place.
    ("Chargé·e d’appui à la mise en œuvre du projet Leadership by Ownership pour la promotion des écoles vertes "
     "au Cameroun\n", "CM", None),
    ("Poste basé en Nouvelle-Calédonie, contrat de 2 ans.\n", "FR", "988"),
])
def test_a_partners_or_past_place_is_not_the_posts(text, country, department):
    found = find_location(text)
    assert (found["country"].value if "country" in found else "FR",
            found["department"].value if "department" in found else None) == (country, department)


@pytest.mark.parametrize(("page_title", "organization"), [
    # A site's own recruitment page: its name is the employer even where the text does not say "nous".
    ("Recrutement — Les amis de Célestine", "Les amis de Célestine"),
    ("Offres d'emploi | Association Brassalay", "Association Brassalay"),
    # A job board's page is not the employer's.
    ("Offres d'emploi | ESS Emploi Occitanie", None),
])
def test_a_sites_own_recruitment_page(page_title, organization):
    found = with_site_name(None, page_title, "Trésorier·ère\n\nTenue des comptes, budget prévisionnel.\n")
    assert (found.value if found else None) == organization
    # ... unless its text says someone else recruits: a network's board.
    assert with_site_name(None, page_title, "Une association du Vercors cherche un animateur nature.\n") is None
