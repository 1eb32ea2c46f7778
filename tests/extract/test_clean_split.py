"""Cleaning keeps the offer and drops the page chrome; splitting finds each offer."""
import pytest

from filon.extract import extract
from filon.extract.clean import clean, unwrap_lines


def test_chrome_lines_are_dropped_and_sentences_kept():
    page = "\n".join([
        "Retour à la liste des offres", "Accepter les cookies", "Partager",
        "Animateur nature (H/F)", "",
        "Pour en savoir plus : https://example.org/reseau",
        "Vous animerez des sorties nature pour les écoles.",
        "Pour en savoir plus : https://example.org/reseau",
        "Postuler", "© 2026 Réseau Graine - Mentions légales",
    ])
    text = clean(page).text
    assert text.splitlines()[0] == "Animateur nature (H/F)"
    assert "Vous animerez des sorties nature pour les écoles." in text
    for chrome in ("Retour", "cookies", "Partager", "savoir plus", "Postuler", "Mentions"):
        assert chrome not in text


def test_markdown_is_rendered_and_strikethrough_dropped():
    cleaned = clean("---\ntitle: \"Chargé.e de campagne\"\ndate: 2019-08-15\n---\n# Titre\n"
                    "Candidatures avant le ~~2~~ 6 septembre 2019 à [contact@x.fr](mailto:contact@x.fr)")
    assert "Intitulé du poste : Chargé.e de campagne" in cleaned.text
    assert "Publié le : 2019-08-15" in cleaned.text
    assert "avant le 6 septembre 2019 à contact@x.fr" in cleaned.text
    assert [cleaned.text[h.start:h.end] for h in cleaned.headings] == ["Titre"]


@pytest.mark.parametrize("wrapped, joined", [
    ("une solution de bon sens à la fois\néconomique et écologique.", "une solution de bon sens à la fois économique et écologique."),
    ("les inventaires natura-\nlistes du réseau", "les inventaires naturalistes du réseau"),
    ("MISSIONS\n- Animer le réseau", "MISSIONS\n- Animer le réseau"),
    ("Fin de phrase.\nNouvelle phrase", "Fin de phrase.\nNouvelle phrase"),
    # A heading broken after its separator: a mission sheet's domain, a pole's name.
    ("🎥 Culture et Loisirs |\nChargé.e de communication", "🎥 Culture et Loisirs | Chargé.e de communication"),
    ("Pôle Jeunesse –\nAnimateur périscolaire (H/F)", "Pôle Jeunesse – Animateur périscolaire (H/F)"),
    # A phone broken at one of its spaces (a town's offer, an environmental federation's; wrapped as a mailer
    # does): its ten digits rejoin; digits that would make more are a new line's.
    ("Techniques - Pierre BRUN : 04 76 08 98\n65 / Administratifs", "Techniques - Pierre BRUN : 04 76 08 98 65 / Administratifs"),
    ("**Pour demande d'information : 03 81 80\n92 98**", "**Pour demande d'information : 03 81 80 92 98**"),
    ("Tél. 04 76 08 98 65\n12 postes à pourvoir", "Tél. 04 76 08 98 65\n12 postes à pourvoir"),
])
def test_unwrap_lines(wrapped, joined):
    assert unwrap_lines(wrapped) == joined


@pytest.mark.parametrize("wrapped, line", [
    # A file wrapped at 80 columns (a blog's export): a link broken inside its address and its label.
    ("[http://www.service-civique.gouv.fr/missions/participer-au-developpement-des-\nactions-de-mediation-numerique]"
     "(http://www.service-\ncivique.gouv.fr/missions/participer-au-developpement-des-actions-de-mediation-\nnumerique)",
     "http://www.service-civique.gouv.fr/missions/participer-au-developpement-des-actions-de-mediation-numerique"),
    ("Postulez en ligne : [formulaire de\ncandidature](https://asso.example.org/recrutement/formulaire-\ncandidature)",
     "Postulez en ligne : formulaire de candidature (https://asso.example.org/recrutement/formulaire-candidature)"),
    ("Voir [la fiche\ndu poste](https://example.org/fiche) et [ici](https://a.org/x).",
     "Voir la fiche du poste (https://example.org/fiche) et ici (https://a.org/x)."),
])
def test_links_broken_over_lines_are_joined(wrapped, line):
    assert clean(wrapped).text == line


# Phrases of dev's offers (Poitiers Collectif, Les Territoires de la Mémoire, Guidoline) as a mailer or an editor
# wraps them at 72 columns.
WRAPPED_72 = (
    "Le ou la chargé.e de campagne est placé sous la responsabilité de la\n"
    "direction de campagne. Ce poste est à temps partiel, 20 heures\n"
    "hebdomadaires, en contrat à durée déterminée de six mois, à pourvoir\n"
    "dès que possible. Le montant de la rémunération mensuelle brute liée à\n"
    "cette fonction est de 2160,74 €. Un bilan d'évolution est prévu après six\n"
    "mois. Pour plus d'infos, voir https://asso.example.org/recrutement/charge-\n"
    "de-campagne\n"
    "\n"
    "Lieu : Poitiers\n"
    "Contrat : CDD\n"
)


def test_a_text_wrapped_at_a_fixed_width_is_rejoined():
    text = clean(WRAPPED_72).text
    assert "en contrat à durée déterminée de six mois, à pourvoir dès que possible." in text
    assert "est de 2160,74 €. Un bilan d'évolution est prévu après six mois." in text
    assert "https://asso.example.org/recrutement/charge-de-campagne" in text       # its own hyphen kept
    assert "\nLieu : Poitiers\nContrat : CDD" in text                             # short lines stay lines
    [offer] = extract(WRAPPED_72)
    assert (offer.duration_months.min, offer.salary.min, offer.start.asap) == (6, 2160.74, True)


@pytest.mark.parametrize("text", [
    # Lines that are paragraphs (a page pasted as it shows), a list of labels, a short poem of lines.
    "Le poste est à temps partiel et la personne recrutée travaillera avec l'équipe de direction sur les campagnes "
    "de mobilisation.\nsuite de la phrase sur une autre ligne\n",
    "Lieu : Poitiers\nContrat : CDD\nDurée : six mois\nsalaire selon grille\n",
])
def test_a_text_not_wrapped_keeps_its_lines(text):
    assert clean(text).text == text.strip()


def test_a_single_offer_with_many_headings_stays_one():
    text = "\n".join(["# Chargé de mission climat", "## Contexte", "L'association agit.", "## Missions",
                      "- Animer", "## Profil", "- Curieux", "## Conditions", "CDI à Lyon", "## Pour postuler",
                      "Écrire à a@b.fr"])
    assert len(extract(text)) == 1


def test_digest_headers_give_organisation_place_and_title():
    text = ("Offres de la semaine\n\n"
            "Maison de la Nature (Cergy – 95000) – Volontaire en service civique\n"
            "Mission de 8 mois à partir du 1er mars 2026 pour sensibiliser au tri des déchets dans les quartiers.\n\n"
            "Collectif Vélo (Lyon – 69007) – Mécanicien vélo\n"
            "CDI à temps partiel, réparation et animation d'ateliers d'autoréparation pour les habitants.\n")
    offers = extract(text)
    assert [(o.organization, o.location.city, o.title) for o in offers] == [
        ("Maison de la Nature", "Cergy", "Volontaire en service civique"), ("Collectif Vélo", "Lyon", "Mécanicien vélo")]


def test_separator_lines_split_a_digest():
    one = "Agent d'accueil (H/F)\nPublié le 3 mars 2026\n69 - Lyon\n\n" + "Accueillir les usagers du site et les orienter. " * 4
    two = "Animateur nature (H/F)\nPublié le 4 mars 2026\n35 - Rennes\n\n" + "Animer des sorties nature pour les écoles. " * 4
    offers = extract(f"Sélection (2 offres)\n\n{one}\n\n----------------------------------------\n\n{two}")
    assert [o.location.city for o in offers] == ["Lyon", "Rennes"]
    assert [o.published for o in offers] == ["2026-03-03", "2026-03-04"]


_UNESCO = ("Vous êtes diplômé.e de la Fédération Wallonie-Bruxelles ? 3 offres de stage de 6 mois sont disponibles à "
           "l'UNESCO à Paris.\n"
           "1. Stage auprès de la section des politiques de la science - Secteur des sciences exactes de l'UNESCO\n"
           "Sous l'autorité générale du spécialiste de programme de la Section des politiques de la science, le "
           "titulaire du poste soutiendra la mise en œuvre de la Recommandation sur une science ouverte.\n"
           "2. Stage auprès de l'Unité Europe et Amérique du Nord, Centre du patrimoine mondial\n"
           "Sous l'autorité générale de la Cheffe de l'Unité, le titulaire du poste apportera un appui au suivi de "
           "l'état de conservation des biens inscrits sur la Liste du patrimoine mondial.\n"
           "3. Stage auprès de l'entité de la diversité des expressions culturelles - Secteur de la Culture de\n")
_DOMAINS = ("L'association GSC recrute des bénévoles et volontaires en service civique à Montpellier ! Nous proposons des "
            "missions variées couvrant 5 domaines :\n1. Mission Service Civique Éducation pour tous\n"
            "2. Mission Service Civique Culture et loisirs\n3. Mission Service Civique Solidarité\n\n"
            "Ainsi que des formations et un mentorat pour tous nos bénévoles. Écris-nous à genesolidaires@gmail.com.\n")
_TASKS = ("Chargé de mission biodiversité (H/F)\nCDD de 12 mois à Rennes.\nMissions :\n"
          "1. Animer le réseau des partenaires du programme et préparer ses comités de pilotage trimestriels.\n"
          "2. Chargé du suivi budgétaire des actions, en lien avec la direction administrative et financière.\n")


@pytest.mark.parametrize("text, titles", [
    # Lines numbered 1, 2, 3... that each name a post are a listing (a Belgian agency's page of internships at
    # UNESCO, its last post cut short by the excerpt; every dev document in the digests of test_invariance).
    (_UNESCO, ["Stage auprès de la section des politiques de la science - Secteur des sciences exactes de l'UNESCO",
               "Stage auprès de l'Unité Europe et Amérique du Nord, Centre du patrimoine mondial",
               "Stage auprès de l'entité de la diversité des expressions culturelles - Secteur de la Culture de"]),
    # One-line domains of one call (dev2's Montpellier association), an offer's numbered tasks: one offer.
    (_DOMAINS, None),
    (_TASKS, ["Chargé de mission biodiversité (H/F)"]),
], ids=["internships", "domains", "tasks"])
def test_lines_numbered_1_2_3_that_name_posts_split_a_listing(text, titles):
    offers = extract(text)
    if titles is None:
        assert len(offers) == 1
    else:
        assert [o.title for o in offers] == titles
