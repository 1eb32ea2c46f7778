"""Dates: one row per real phrase and the value it must give."""
import pytest

from filon.extract.fields.dates import find_deadline, find_published, find_start

DEADLINES = [
    ("Date de clôture des candidatures : Le 5 septembre 2022", None, "2022-09-05"),
    ("Candidatures à envoyer avant le 6 septembre 2019 à contact@example.org", None, "2019-09-06"),
    ("sont à adresser au plus tard le : 7 décembre 2024", None, "2024-12-07"),
    ("Date limite de candidature : 28/04/2021", None, "2021-04-28"),
    ("Fin de publication : 2021-02-01", None, "2021-02-01"),
    ("Merci d'envoyer votre candidature jusqu'au 15 février", 2026, "2026-02-15"),
    ("Les entretiens auront lieu le 13 décembre 2024.", None, None),
    ("Prise de poste au plus tard le 1er mars 2025.", None, None),
    ("Poste à pourvoir : dès que possible\nDate limite de candidature : 20/12/2024", None, "2024-12-20"),
    ("- Dates limites de candidatures : 28 avril 2021", None, "2021-04-28"),
    # "... pour le" after an expected or sent application (La Fabrique d'Usages Numériques, two posts; an
    # association's call), not after "reçues pour le poste".
    ("* Candidature attendue pour le 23 mars 2022 : (CV + Lettre de motivation)", None, "2022-03-23"),
    ("Candidatures à envoyer pour le 12 mai 2025 à contact@example.org", None, "2025-05-12"),
    ("Les candidatures reçues pour le poste de coordinateur seront étudiées le 3 juin 2025.", None, None),
    # "Échéance" as a label (a France Travail offer's e-mail instructions; a board's label above its value),
    # not a project's "échéances".
    ("Pièces jointes : CV + lettre de motivation\n\nÉchéance : 30/12/2024 \n\nCorps du message :", None, "2024-12-30"),
    ("Date d'échéance de candidature\n\n01/12/2017\n\nDate de début d'embauche", None, "2017-12-01"),
    ("- Planifier et suivre les échéances de projet au 30/12/2024", None, None),
    # A year with the next label glued to it, as a page's metadata run renders (an aggregator's card).
    ("Temps de travail : Temps completDate limite de candidature : 12 février 2026Date d'entretien : lundi 23 février", None,
     "2026-02-12"),
]


@pytest.mark.parametrize("phrase, year, expected", DEADLINES)
def test_deadline(phrase, year, expected):
    found = find_deadline(phrase, year)
    assert (found.value if found else None) == expected


PUBLISHED = [
    ("Publié le 25 novembre 2024", "2024-11-25"),
    ("Publié le : 2022-08-08", "2022-08-08"),
    ("Date de publication : 12/03/2019", "2019-03-12"),
    ("Poste ouvert le 30/11/2019", "2019-11-30"),
    ("Publié le : 2019/03/12", "2019-03-12"),
    ("Mis à jour le 3 mars", None),
    # The next label glued to the year (France Travail's CNRS offers: "2024Session : Campagne Hiver 2025").
    ("Date de publication : mardi 3 décembre 2024Session : Campagne Hiver 2025", "2024-12-03"),
]


@pytest.mark.parametrize("phrase, expected", PUBLISHED)
def test_published(phrase, expected):
    found = find_published(phrase)
    assert (found.value if found else None) == expected


STARTS = [
    # phrase, another date of the offer, (date, precision), asap
    ("Prise de poste souhaitée vers mi-septembre 2022.", None, ("2022-09-01", "month"), False),
    ("Date de début : Novembre 2014", None, ("2014-11-01", "month"), False),
    ("Poste à pourvoir dès que possible", None, None, True),
    ("Dates : à partir de janvier 2020 (adaptable)", None, ("2020-01-01", "month"), False),
    ("Prise de poste : 2 mars 2026", None, ("2026-03-02", "day"), False),
    # A window "entre ... et ..." about the engagement: its first day (a lab's internship, a beta.gouv post);
    # not interview dates.
    ("**Période de stage** : 5 à 6 mois entre février et juillet 2024", None, ("2024-02-01", "month"), False),
    ("Le poste est à pourvoir entre le 15 mai et le 30 juin 2022.", None, ("2022-05-15", "day"), False),
    ("Les entretiens auront lieu entre le 2 mars et le 5 mars 2026.", None, None, False),
    # A cue's date without its year, then the range's end gives it.
    ("Dates du stage : du 2 mars au 18 septembre 2026", None, ("2026-03-02", "day"), False),
    ("- A partir de septembre 2022, pour une durée de 6 à 8 mois", None, ("2022-09-01", "month"), False),
    ("Début de la mission entre le 1er juin et le 22 aout", "2022-04-12", ("2022-06-01", "day"), False),
    ("Post à pourvoir fin septembre début octobre", "2024-11-20", None, False),
    ("Poste à pourvoir le 1er février 2025 ou au plus tôt après cette date", None, ("2025-02-01", "day"), False),
    # The interviews' item just before is not the start's context: each item reads on its own line.
    ("* Entretiens au Funlab à Tours : 29-30 mars\n* Prise de poste le 4 avril", "2022-03-23", ("2022-04-04", "day"), False),
    ("- Jury de recrutement : semaine 12\n- Début du contrat : 2 mai 2025", None, ("2025-05-02", "day"), False),
    ("Entretiens et prise de poste le 4 avril", "2022-03-23", None, False),
    # "Immédiate" after a start cue, "entrée en fonction" among them (CFS; France Travail offers).
    ("• CDI temps plein (entrée en fonction immédiate souhaitée)", None, None, True),
    ("- Prise de poste : immédiate", None, None, True),
    ("Date de démarrage : Immédiate (bien entendu, on vous attend si vous avez un préavis).", None, None, True),
    ("Nous attendons une réponse immédiate des candidats.", None, None, False),
    # The masculine "immédiat" (a Brussels cultural centre's "engagement", beta.gouv's "Début de la mission",
    # a network's "Démarrage"), not an immediate need.
    ("- Contrat de remplacement, engagement immédiat jusqu'au 1er décembre", None, None, True),
    ("* Début de la mission : immédiat", None, None, True),
    ("- Démarrage immédiat, idéalement février", None, None, True),
    ("Des personnes éloignées du numérique qui expriment un besoin immédiat d'accès à leurs droits.", None, None, False),
    # Two months that share the year written after the second (beta.gouv posts, an incubator's internship,
    # a year's turn), the first the start.
    ("- Début du stage janvier ou février 2021", None, ("2021-01-01", "month"), False),
    ("-   Début de la mission **mi-avril / mai 2021**", None, ("2021-04-01", "month"), False),
    ("Poste ouvert en CDD. Démarrage octobre/novembre 2021.", None, ("2021-10-01", "month"), False),
    ("Début du stage : A partir de février ou mars 2025 (selon les calendriers de Master)", None, ("2025-02-01", "month"),
     False),
    ("Démarrage en décembre ou janvier 2026", None, ("2025-12-01", "month"), False),
    # "À compter de" opening a metadata line (an association's page; France Travail's "à compter du"), and in a
    # sentence only about the post.
    ("A compter de mi-décembre 2022 – Limite de candidature : 15/11/2022", None, ("2022-12-01", "month"), False),
    ("- À compter du 1er mars 2023", None, ("2023-03-01", "day"), False),
    # A start label's complement ("d'embauche"), its value after a blank line (a board's blocks).
    ("Date d'échéance de candidature\n\n01/12/2017\n\nDate de début d'embauche\n\n08/01/2018", None,
     ("2018-01-08", "day"), False),
    ("Le siège déménage à compter du 1er mars 2023.", None, None, False),
]


@pytest.mark.parametrize("phrase, reference, expected, asap", STARTS)
def test_start(phrase, reference, expected, asap):
    start, asap_found = find_start(phrase, reference)
    assert (start.value if start else None) == expected
    assert bool(asap_found) is asap
