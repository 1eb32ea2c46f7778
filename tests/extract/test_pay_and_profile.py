"""Pay, telework, education and driving licence: one row per real phrase."""
import pytest

from filon.extract.fields.education import find_education
from filon.extract.fields.licence import find_licence
from filon.extract.fields.remote import find_remote
from filon.extract.fields.salary import find_salary

SALARIES = [
    # phrase, monthly default, (min, max, unit, basis, legal minimum)
    ("Salaire : environ 1600 € brut pour 28h/semaine", False, (1600, 1600, "month", "gross", False)),
    ("Salaire : 1 300 € brut mensuel", False, (1300, 1300, "month", "gross", False)),
    ("Gratification : 4,50 €/heure (gratification légale)", True, (4.5, 4.5, "hour", None, True)),
    ("Salaire : Horaire de 14.0 Euros à 14.5 Euros", False, (14, 14.5, "hour", None, False)),
    ("Salaire : Annuel de 30000 Euros à 40000 Euros", False, (30000, 40000, "year", None, False)),
    ("Rémunération : 40-42K€ fixe", False, (40000, 42000, "year", None, False)),
    ("Indemnité : 800 euros / mois", True, (800, 800, "month", None, False)),
    ("Indemnisation selon barème alternants", False, (None, None, None, None, True)),
    ("Salaire : SMIC (plus si expérience)", False, (None, None, None, None, True)),
    ("Rémunération supérieure au minimum légal", False, (None, None, None, None, False)),
    ("Un budget de 2 millions d'euros", False, (None, None, None, None, False)),
]


@pytest.mark.parametrize("phrase, monthly, expected", SALARIES)
def test_salary(phrase, monthly, expected):
    found = find_salary(phrase, monthly)
    got = tuple(found[k].value if k in found else None for k in ("min", "max", "unit", "basis"))
    assert got + (bool(found.get("legal_minimum")),) == expected


REMOTE = [
    ("Eligible au télétravail", True, None),
    ("Télétravail possible 1 à 2 jours par semaine", True, 2),
    ("télétravail 1 jour par semaine à partir de la 2ème année", True, 1),
    ("Pas de télétravail possible sur ce poste", False, None),
    ("Poste 100 % en présentiel", False, None),
    ("Gestion des accès sécurisés pour le télétravail", None, None),
    ("Télétravail : en application de l'accord relatif au télétravail, le télétravail est possible à hauteur de "
     "2 jours par semaine, avec des présences sur site", True, 2),
    ("Une présence à Paris (3 jours par semaine) est demandée ; le télétravail est possible", True, None),
    ("Contrat de 6 mois (à 4 jours par semaine minimum). Le télétravail est le mode de fonctionnement de l'équipe.", True, None),
]


@pytest.mark.parametrize("phrase, allowed, days", REMOTE)
def test_remote(phrase, allowed, days):
    found = find_remote(phrase)
    assert (found["allowed"].value if "allowed" in found else None) == allowed
    assert (found["days_per_week_max"].value if "days_per_week_max" in found else None) == days


EDUCATION = [
    ("De formation supérieure bac + 3", "bac+3"),
    ("Master 1 ou 2 en sciences politiques", "bac+4"),
    ("Titulaire d'un master", "bac+5"),
    ("Niveau Master souhaité", "bac+4"),
    ("Bac+2 ou équivalents Administrateur réseau - Exigé", "bac+2"),
    ("M1 ou M2, BAC+3 à BAC+5", "bac+3"),
    ("Diplôme de niveau III (BTS, DUT) ou BAC+5", "bac+2"),
    ("DEJEPS animation sociale", "bac+2"),
    ("Une formation supérieure serait appréciée", None),
    # Belgium's higher education: "de type court" (its diploma called "baccalauréat" there) is a bachelor's,
    # "de type long" a master's, the older "graduat" a bachelor's (CFS; Belgian job boards' wording).
    ("Vous disposez au minimum d’un diplôme de l’enseignement supérieur de type court (baccalauréat) à orientation "
     "sociale", "bac+3"),
    ("Diplôme de l'enseignement supérieur de type long en sciences humaines", "bac+5"),
    ("Graduat ou bachelier en travail social", "bac+3"),
    ("Études supérieures de type court souhaitées", "bac+3"),
    ("Baccalauréat exigé", "bac"),
    ("Titulaire d'un baccalauréat professionnalisant et 5 ans d'expérience dans une fonction de coordination", "bac+3"),
    ("Bachelier professionnalisant en communication ou équivalent", "bac+3"),
]


@pytest.mark.parametrize("phrase, expected", EDUCATION)
def test_education(phrase, expected):
    found = find_education(phrase)
    assert (found.value if found else None) == expected


LICENCES = [
    ("Permis B obligatoire", "required"),
    ("Permis B exigé (déplacements)", "required"),
    ("B - Véhicule léger - Exigé", None),
    ("Permis B - Véhicule léger - Souhaité", "preferred"),
    ("Le permis B est souhaité, le permis C serait apprécié.", "preferred"),
    ("Vous devez posséder votre permis de conduire", "required"),
    ("Véhicule personnel nécessaire", "required"),
    ("Avoir le permis B.", "required"),       # a condition the candidate must meet (dev REVIEW.md, 004)
    ("Permis B (Déplacements à prévoir)", None),
    # The candidate said to hold it: required (CFS; France Travail offers), unless a mention qualifies it.
    ("Vous êtes véhiculé et avez le permis B.", "required"),
    ("Port de charges lourdes possible. Vous possédez le permis B.", "required"),
    ("- Vous détenez le permis B et avez une première expérience de la conduite.", "required"),
    ("-Vous possédez le permis B, déplacements quotidiens.\nPermis\nB - Véhicule léger - Souhaité", "preferred"),
    # "Avoir", "être en possession", "disposer" in a profile's list (FNE BFC, France Travail, Territoires de la
    # Mémoire); an item of a list headed as pluses is preferred.
    ("Éléments du poste\n* Avoir plus de 18 ans et le permis B", "required"),
    ("- Vous êtes en possession du permis C,", "required"),
    ("Est un plus :\n\n- La connaissance de l’anglais.\n- Disposer du permis B et conduire.", "preferred"),
    ("Atouts\n- Avoir le permis B", "preferred"),
    ("Si vous êtes en possession du permis C, ce serait un avantage considérable.", "preferred"),
]


@pytest.mark.parametrize("phrase, expected", LICENCES)
def test_licence(phrase, expected):
    found = find_licence(phrase)
    assert (found.value if found else None) == expected
