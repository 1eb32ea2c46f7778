"""Rules found by the fourth audit of unseen offers (issue 9, README "Accuracy").

Each rule has rows from at least two sources (the fourth audit's training pages, the
earlier audits' pages, dev, dev2 or the scale corpus); each row is a phrase as those
pages write it, shortened.
"""
import pytest

from filon.extract import extract
from filon.extract.fields.contacts import find_phones
from filon.extract.fields.location import find_location
from filon.extract.fields.salary import find_salary
from filon.extract.fields.title import find_organization, find_title


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


@pytest.mark.parametrize(("text", "country", "phones"), [
    # Digits with neither a trunk 0 nor "+" are no French phone: a year range (gesteau), a reference and a road
    # before a postal code (France Travail partners' records), an id inside a link (beta.gouv).
    ("animation du contrat de rivière 2019-2024 (2e programme signé en septembre 2019) ;\n", "FR", []),
    ("Référence : 2024-86949 Data Scientist\n", "FR", []),
    ("Communauté de communes du Pays des Paillons\n 55 bis, RD 2204 - 06440 BLAUSASC, \n", "FR", []),
    ("(https://medium.com/design-benefits-of-interface-design-mockups-b259634807e2#.adrz5n8dy)\n", "FR", []),
    # French numbers as written, and a national number abroad.
    ("Contact : lbizalion@hotmail.fr / 06 15 92 03 80\n", "FR", ["+33615920380"]),
    ("Tél. : +33 (0)1 46 70 95 78\n", "FR", ["+33146709578"]),
    ("Tél.: 0881988131\n", "FR", ["+33881988131"]),
    ("Pour toute question : 514 677-9578\n", "CA", ["+15146779578"]),
])
def test_a_phone_is_dialled_as_written(text, country, phones):
    assert [found.value for found in find_phones(text, country)] == phones


@pytest.mark.parametrize(("text", "organization"), [
    # A heading in capitals names its employer before "RECRUTE" as a sentence does before "recrute"
    # (a Malian NGO's post on yabara, Jamais Seul's page of the second audit).
    ("ONG ODI SAHEL RECRUTE 03 POSTES H/F\n\nDans le cadre de la mise en œuvre de son nouveau projet.\n", "ONG ODI SAHEL"),
    ("L'ASSOCIATION JAMAIS SEUL RECRUTE !\n\nUn(e) assistant(e) social(e)\n", "JAMAIS SEUL"),
    ("L'ONG ODI-Sahel recrute un comptable.\n", "L'ONG ODI-Sahel"),
    # Capitals that are not a name before the verb.
    ("NOUS RECRUTONS\n", None),
])
def test_an_employer_recruiting_in_capitals(text, organization):
    found = find_organization(text)
    assert (found.value if found else None) == organization


@pytest.mark.parametrize(("text", "organization"), [
    # An employer's label whose value is a sentence presenting it: the name that opens the sentence
    # (France Travail partners' records, a beta.gouv front matter).
    ("Employeur\nExpectra, leader en France de l'intérim spécialisé et du recrutement en CDI de cadres et agents de maîtrise.\n",
     "Expectra"),
    ("Employeur\nE-SI est une société innovante, composée de 20 collaborateurs.\n", "E-SI"),
    ("Employeur\nBrainfield accompagne les entreprises dans la recherche et la valorisation de leurs ressources.\n", "Brainfield"),
    # A name with a comma or an acronym of its own stays whole.
    ("Employeur\nCA EPERNAY, COTEAUX ET PLAINE DE CHAMPAG\n", "CA EPERNAY, COTEAUX ET PLAINE DE CHAMPAG"),
    ("Employeur\nSECOURS ISLAMIQUE FRANCE (SIF)\n", "SECOURS ISLAMIQUE FRANCE (SIF)"),
])
def test_an_employers_label_presenting_it(text, organization):
    found = find_organization(text)
    assert (found.value if found else None) == organization


def test_a_front_matters_employer_presented():
    """A beta.gouv front matter's employer field, "friend : ANSSI, incubateur", names ANSSI."""
    text = ("---\nroles: coach UX et innovation\nopen: false\nfriend : ANSSI, incubateur\ntitle: Coach UX et innovation\n---\n\n"
            "Nous cherchons un coach pour nos équipes.\n")
    assert extract(text)[0].organization == "ANSSI"


@pytest.mark.parametrize(("text", "title"), [
    # "un•e" (a bullet for the gender mark) opens the post as "un·e" does (a beta.gouv heading, ecolo's
    # heading of the third audit, COCo's heading of this one).
    ("Wikicarbone recherche un•e stagiaire dans un rôle de chargé.e de déploiement\n\nContexte\n",
     "stagiaire dans un rôle de chargé.e de déploiement"),
    ("Le pôle Animation et Ancrage local d’ecolo recrute un•e animateur•trice politique sur le territoire de la province de Liège\n",
     "animateur•trice politique sur le territoire de la province de Liège"),
    ("Nous embauchons un•e Coordinateur•ice du développement organisationnel et de la formation\n\nLa date limite.\n",
     "Coordinateur•ice du développement organisationnel et de la formation"),
    ("Nous recrutons un·e chargé·e de mission\n\nContexte\n", "chargé·e de mission"),
])
def test_a_title_after_un_e_with_a_bullet(text, title):
    assert find_title(text, []).value == title


@pytest.mark.parametrize(("text", "city", "department"), [
    # A small commune the offer names twice after "à" is its place (dev2's Amélie La Vie call for volunteers,
    # dev2's MECS Brassalay page).
    ("Notre habitat ouvert à Sathonay-Camp grandit.\n\nComme vous le savez, notre habitat est ouvert depuis la fin de 2024, "
     "à Sathonay-Camp.\n", "Sathonay-Camp", "69"),
    ("L'Association Brassalay gère une Maison d'Enfants à Caractère Social à Biron, d'une capacité de 143 places "
     "(66 situations répartis à Biron et à St Palais).\n", "Biron", "64"),
    # Named once, a small commune may be anyone's: an event, a partner.
    ("Nos bénévoles tenaient un stand à la Course de La Villageoise à Sathonay-Village.\n", None, None),
])
def test_a_small_commune_named_twice(text, city, department):
    found = find_location(text)
    assert (found["city"].value if "city" in found else None) == city
    assert (found["department"].value if "department" in found else None) == department


@pytest.mark.parametrize(("text", "pay"), [
    # An allowance's or a bonus's amount is not the pay (France Travail partners of several employers).
    ("Salaire\n1 784.00€ brut/mois + Prime de salissure : 36.21€ net/mois + Indemnité de panier repas : 6€ /jour\n"
     "Salaire : Mensuel de 1830.00 Euros sur 13 mois\n", (1830, "month")),
    ("Rémunération au SMIC + prime panier (4 Euros/jour travaillé).\n", None),
    ("Indemnité de repas : 15.30€ par jour travaillé\n", None),
    ("* Des primes de cooptation jusqu'à 1000 € brut par recrutement,\n", None),
    ("Des paniers repas très avantageux (20.70€ net)\nSalaire : Horaire de 12.0 Euros à 15.0 Euros sur 12.0 mois\n", (12, "hour")),
    # The pay before its allowances stays the pay.
    ("Salaire : 11.65€ brut de l'heure + primes repas\n", (11.65, "hour")),
    ("Rémunération : 12.18€ brut de l'heure + indemnité de transport + panier repas + prime 13ème mois.\n", (12.18, "hour")),
])
def test_an_allowance_is_not_the_pay(text, pay):
    found = find_salary(text)
    assert ((found["min"].value, found["unit"].value) if "min" in found else None) == pay
