"""Places beyond metropolitan France: one row per real French phrase.

Each row: the phrase (an offer's line, or a few of its lines) and the
expected (city, postal code, département, région, country). The record
contract: abroad, department and region are null and the city is as written;
the collectivités d'outre-mer carry their INSEE-like code as département and
their name as région (see filon.extract.fields.location).
"""
import pytest

from filon.extract.fields.location import find_location

FIELDS = ("city", "postal_code", "department", "region", "country")


def place(text: str) -> tuple:
    found = find_location(text)
    got = tuple(found[k].value if k in found else None for k in FIELDS[:4])
    return got + (found["country"].value if "country" in found else "FR",)


# A town abroad named as the work place; in running text, only where the offer shows its country.
TOWNS_ABROAD = [
    ("Les Territoires de la Mémoire asbl sont un centre situé à La Cité Miroir, à Liège.",
     ("Liège", None, None, None, "BE")),
    ("Lieu de travail : Bruxelles", ("Bruxelles", None, None, None, "BE")),
    ("Poste basé à Namur, entrée en fonction immédiate.", ("Namur", None, None, None, "BE")),
    ("Lieu : Charleroi", ("Charleroi", None, None, None, "BE")),
    ("Le poste est basé à Genève.", ("Genève", None, None, None, "CH")),
    ("Localisation : Lausanne", ("Lausanne", None, None, None, "CH")),
    ("Poste basé à Dakar avec des déplacements dans la sous-région.", ("Dakar", None, None, None, "SN")),
    ("Lieu d'affectation : Ouagadougou", ("Ouagadougou", None, None, None, "BF")),
    ("Le ou la volontaire sera basé(e) à Lomé.\nMission de 2 ans au service des partenaires togolais.",
     ("Lomé", None, None, None, "TG")),
    ("Lieu de travail : Montréal\nLe Centre, organisme québécois, recrute.", ("Montréal", None, None, None, "CA")),
    ("Poste à pourvoir à Tananarive. Vous accompagnerez les écoles malgaches.", ("Tananarive", None, None, None, "MG")),
    ("Créé en 1976 à Londres, le Groupe compte aujourd'hui 140 bureaux.", (None, None, None, None, "FR")),
    ("Depuis sa création à Bruxelles, l'enseigne a ouvert un restaurant à Toulouse.",
     ("Toulouse", None, "31", "Occitanie", "FR")),
]

# "Town (Country)" and "Town, Country": the country written beside the town.
TOWN_AND_COUNTRY = [
    ("Lieu de la mission : Bamako (Mali)", ("Bamako", None, None, None, "ML")),
    ("Poste basé à Lomé, Togo", ("Lomé", None, None, None, "TG")),
    ("Mission de volontariat à Ouagadougou, Burkina Faso", ("Ouagadougou", None, None, None, "BF")),
    ("Lieu de travail : Mons (Belgique)", ("Mons", None, None, None, "BE")),
    ("Poste basé à Montréal (Québec)", ("Montréal", None, None, None, "CA")),
]

# A country or a region abroad named as the place.
COUNTRIES = [
    ("Poste basé au Luxembourg", (None, None, None, None, "LU")),
    ("Lieu de mission : Madagascar", (None, None, None, None, "MG")),
    ("Pays : Sénégal", (None, None, None, None, "SN")),
    ("Le poste est basé en Belgique, au siège de l'association.", (None, None, None, None, "BE")),
    ("Volontariat de solidarité internationale au Togo pour 2 ans.", (None, None, None, None, "TG")),
    ("Tu as une bonne connaissance du système scolaire en Fédération Wallonie-Bruxelles ?",
     (None, None, None, None, "BE")),
    ("Elle regroupe des élèves du secondaire en Fédération Wallonie-Bruxelles pour défendre leurs droits.",
     (None, None, None, None, "BE")),
    ("Lieu de travail : Wallonie", (None, None, None, None, "BE")),
    ("Poste basé en Suisse romande", (None, None, None, None, "CH")),
]

# A four-digit postal code before a town abroad; a mailing address gives no postal code.
POSTAL_ABROAD = [
    ("Lieu de travail : 4000 Liège", ("Liège", "4000", None, None, "BE")),
    ("Territoires de la Mémoire asbl\nBoulevard de la Sauvenière 33-35\n4000 Liège", ("Liège", "4000", None, None, "BE")),
    ("Lieu : CH-1205 Genève", ("Genève", "1205", None, None, "CH")),
    ("Envoyez votre candidature par courrier : CEF, rue des Drapiers 25, 1050 Ixelles",
     ("Ixelles", None, None, None, "BE")),
    ("Notre bureau : L-1616 Luxembourg, 12 rue de la Gare", ("Luxembourg", "1616", None, None, "LU")),
]

# A small town abroad counts when the offer shows its country; a French commune of the same name wins otherwise.
CONTEXT_ABROAD = [
    ("Lieu de travail : Gembloux\nContact : emploi@asso.be", ("Gembloux", None, None, None, "BE")),
    ("Lieu de travail : Gembloux", (None, None, None, None, "FR")),
    ("L'asbl recrute. Lieu de travail : Mons", ("Mons", None, None, None, "BE")),
    ("Lieu de travail : Mons", ("Mons", None, "31", "Occitanie", "FR")),
    ("Lieu de travail : Montréal", ("Montréal", None, "11", "Occitanie", "FR")),
    ("Poste basé à Mons (83440), association belge de randonnée", ("Mons", "83440", "83", "Provence-Alpes-Côte d'Azur", "FR")),
    ("Poste basé à Ottignies, dans le Brabant wallon.", ("Ottignies", None, None, None, "BE")),
]

# Overseas départements: communes and postal codes.
OVERSEAS_DEPARTMENTS = [
    ("Poste basé à Pointe-à-Pitre (Guadeloupe)", ("Pointe-à-Pitre", None, "971", "Guadeloupe", "FR")),
    ("Lieu de travail : 97200 Fort-de-France", ("Fort-de-France", "97200", "972", "Martinique", "FR")),
    ("Lieu de travail : Cayenne", ("Cayenne", None, "973", "Guyane", "FR")),
    ("Lieu de travail : 97400 Saint-Denis", ("Saint-Denis", "97400", "974", "La Réunion", "FR")),
    ("Localisation : Le Port, La Réunion", ("Le Port", None, "974", "La Réunion", "FR")),
    ("Association Tama, 97600 Mamoudzou", ("Mamoudzou", "97600", "976", "Mayotte", "FR")),
    ("Poste basé à la Réunion", (None, None, "974", "La Réunion", "FR")),
    ("Le poste est à pourvoir en Guyane.", (None, None, "973", "Guyane", "FR")),
    ("Nous recherchons un éducateur à Mayotte.", (None, None, "976", "Mayotte", "FR")),
]

# Collectivités d'outre-mer: the INSEE-like code as département, the territory as région.
COLLECTIVITIES = [
    ("Lieu de travail : Nouméa", ("Nouméa", None, "988", "Nouvelle-Calédonie", "FR")),
    ("Poste basé à Nouméa (98800)", ("Nouméa", "98800", "988", "Nouvelle-Calédonie", "FR")),
    ("Poste basé à Papeete (Tahiti)", ("Papeete", None, "987", "Polynésie française", "FR")),
    ("Mission de 12 mois à Tahiti.", (None, None, "987", "Polynésie française", "FR")),
    ("Poste basé en Polynésie française", (None, None, "987", "Polynésie française", "FR")),
    ("Poste basé à Saint-Pierre (975)", ("Saint-Pierre", None, "975", "Saint-Pierre-et-Miquelon", "FR")),
    ("Localisation : Saint-Pierre-et-Miquelon", (None, None, "975", "Saint-Pierre-et-Miquelon", "FR")),
    ("Lieu de travail : Saint-Barthélemy", ("Saint-Barthélemy", None, "977", "Saint-Barthélemy", "FR")),
    ("Poste basé à Saint-Martin (97150)", ("Saint-Martin", "97150", "978", "Saint-Martin", "FR")),
    ("Lieu : Wallis-et-Futuna", (None, None, "986", "Wallis et Futuna", "FR")),
]

# Towns named like a département or another town: postal code, then a place named nearby, then population.
AMBIGUOUS = [
    ("Poste basé à Saint-Denis (93200)", ("Saint-Denis", "93200", "93", "Île-de-France", "FR")),
    ("Poste basé à Saint-Denis (93)", ("Saint-Denis", None, "93", "Île-de-France", "FR")),
    ("Lieu de travail : Saint-Denis, en Seine-Saint-Denis", ("Saint-Denis", None, "93", "Île-de-France", "FR")),
    ("Poste basé à Saint-Denis (La Réunion)", ("Saint-Denis", None, "974", "La Réunion", "FR")),
    ("Lieu : Saint-Denis", ("Saint-Denis", None, "974", "La Réunion", "FR")),
    ("Lieu de travail : Saint-Louis (68)", ("Saint-Louis", None, "68", "Grand Est", "FR")),
    ("Lieu de travail : Doubs", (None, None, "25", "Bourgogne-Franche-Comté", "FR")),
    ("Poste basé à Doubs (25300)", ("Doubs", "25300", "25", "Bourgogne-Franche-Comté", "FR")),
    ("Lieu : Vienne", (None, None, "86", "Nouvelle-Aquitaine", "FR")),
    ("Le poste est basé à Vienne, au sud de Lyon.", ("Vienne", None, "38", "Auvergne-Rhône-Alpes", "FR")),
    ("Lieu de travail : Vienne (38)", ("Vienne", None, "38", "Auvergne-Rhône-Alpes", "FR")),
    ("Lieu : Paris 11e", ("Paris", None, "75", "Île-de-France", "FR")),
    ("Lieu : Paris", ("Paris", None, "75", "Île-de-France", "FR")),
]

# A département or région named alone: department and region without a city.
AREAS = [
    ("Conducteur de balayeuse (H/F)\nPublié le 29 octobre 2024\nLuxembourg (Frontalier)\n\nNous recherchons",
     (None, None, None, None, "LU")),
    ("Cuisinier (H/F)\nPublié le 3 janvier 2025\nQuébec Canada\n\nRejoignez", (None, None, None, None, "CA")),
    ("Aide-soignant (H/F)\nPublié le 3 janvier 2025\nHauts-de-France\n\nPoste", (None, None, None, "Hauts-de-France", "FR")),
    ("Poste basé dans le Var", (None, None, "83", "Provence-Alpes-Côte d'Azur", "FR")),
    ("Lieu de travail : Haute-Savoie", (None, None, "74", "Auvergne-Rhône-Alpes", "FR")),
    ("Département : Gironde", (None, None, "33", "Nouvelle-Aquitaine", "FR")),
    ("Des déplacements sont à prévoir dans le Finistère.", (None, None, "29", "Bretagne", "FR")),
    ("Poste basé en Bretagne", (None, None, None, "Bretagne", "FR")),
    ("Lieu de stage : Occitanie", (None, None, None, "Occitanie", "FR")),
    ("Lieu de travail : Région Occitanie", (None, None, None, "Occitanie", "FR")),
    ("Poste basé dans le département du Gard", (None, None, "30", "Occitanie", "FR")),
]

# French offers that name a place abroad in passing stay in France; French words stay words.
STAY_IN_FRANCE = [
    ("Poste basé à Lyon, déplacements ponctuels en Belgique.", ("Lyon", None, "69", "Auvergne-Rhône-Alpes", "FR")),
    ("Lieu de travail : Paris\nNos partenaires au Sénégal et au Mali.", ("Paris", None, "75", "Île-de-France", "FR")),
    ("En somme, un poste polyvalent au Nord de la structure.", (None, None, None, None, "FR")),
    ("Lieu de travail : Au siège de l'association", (None, None, None, None, "FR")),
    ("Rémunération : 2024 Euros bruts par mois", (None, None, None, None, "FR")),
    ("Rendez-vous le 29 octobre 2024 Luxembourg compris.", (None, None, None, None, "FR")),
    ("Publié le 27 novembre 2024\nFrance\n\nVous êtes rattaché au Groupe (N+1 en Angleterre).",
     (None, None, None, None, "FR")),
]


# A place line of a few place words ending on a foreign country is in that country, even where its first
# words name a French département ("Nord"); "Localisation du poste" labels it; "basé(e)" in inclusive writing
# is a place cue (an NGO in Cameroon, France Travail records, a Sudanese mission).
COUNTRY_LAST = [
    ("- Titre du poste : Chef.fe de projet\n- Localisation du poste : Extrême Nord Cameroun\n"
     "- Superviseur technique : Conseiller Régional (Dakar)\n", ("Extrême Nord", None, None, None, "CM")),
    ("Lieu : Nord Cameroun\n", (None, None, None, None, "CM")),
    ("Lieu de mission : Tawila Soudan\n", ("Tawila", None, None, None, "SD")),
    ("Lieu : Lyon avec déplacements en Suisse\n", ("Lyon", None, "69", "Auvergne-Rhône-Alpes", "FR")),
    (" * Localisation du poste : Val-de-Marne.\n", (None, None, "94", "Île-de-France", "FR")),
    ("Publié le 20 décembre 2024\nFrance\n\nLa Direction recherche un(e) Ingénieur(e) DATA Pilotage basé(e) à Mordelles "
     "ou Castelnau.", ("Mordelles", None, "35", "Bretagne", "FR")),
]


# An offer that names no place of France but one city abroad twice, however it names it, is there (a Montreal
# women's network, a Belgian asbl in its village); a capitalised word at a line's start or a city named once
# (a citation's, in beta.gouv's posts) is not.
CITY_NAMED_TWICE = [
    ("La Table des groupes de femmes de Montréal (TGFM) est un organisme régional de concertation. Elle défend les "
     "droits des femmes de la région de Montréal dans toute leur diversité.", ("Montréal", None, None, None, "CA")),
    ("L'ASBL Pays de Geminiacum est localisée sur la place du village de Liberchies. Elle organise le festival "
     "Django@Liberchies chaque année.", ("Liberchies", None, None, None, "BE")),
    ("### Guider et accompagner l'équipe de développement\nVous guidez l'équipe.", (None, None, None, None, "FR")),
    ("Concevoir avec les usagers (Source : Coll, Montréal in vivo mars 2014).", (None, None, None, None, "FR")),
]


@pytest.mark.parametrize("phrase, expected", TOWNS_ABROAD + TOWN_AND_COUNTRY + COUNTRIES + POSTAL_ABROAD
                         + CONTEXT_ABROAD + OVERSEAS_DEPARTMENTS + COLLECTIVITIES + AMBIGUOUS + AREAS
                         + STAY_IN_FRANCE + COUNTRY_LAST + CITY_NAMED_TWICE)
def test_place(phrase, expected):
    assert place(phrase) == expected


def test_evidence_spans_the_place():
    text = "Les élèves du secondaire en Fédération Wallonie-Bruxelles."
    found = find_location(text)["country"]
    assert text[found.start:found.end] == "Fédération Wallonie-Bruxelles"
