"""Rules found by reading extraction against whole offer pages of sites filon was not built on.

The second audit of unseen offers (README, "Accuracy") read whole documents, chrome
included: HTML pages with menus and footers, static-site posts, listings. Each rule
has rows from at least two sources (that audit's pages, the first audit's pages,
dev or dev2); each row is a phrase as those pages write it.
"""
import pytest

from filon.extract import extract
from filon.extract.fields.dates import find_published
from filon.extract.fields.location import find_location
from filon.extract.fields.title import find_organization, find_title
from filon.extract.fields.worktime import find_working_time


@pytest.mark.parametrize(("text", "expected"), [
    # A listing card's metadata line and a blog byline.
    ("CDI | Paris | Posté le 18 avril 2016\nWeb marketing / communication (h/f)\n", "2016-04-18"),
    ("Posté par Marie le 3 mars 2021\n", "2021-03-03"),
    # A SPIP article's byline: the date alone on its line, then ", par" and the author.
    ("Offre d’emploi directeur (trice) des Ecologistes de l’Euzière\n\nlundi 23 février 2015, par OE\n\nContexte :\n",
     "2015-02-23"),
    # A forum thread's byline.
    ("Démarré par Pierre dans MISSIONS REMUNEREES LA TRESSE 5 février 2024 20:48\n\nLieu : Lalbenque, 46\n",
     "2024-02-05"),
    # Not bylines: the start of a post, a way to apply.
    ("Un animateur-coordinateur sur une durée de 5 mois (prise de poste le 1er avril 2026).\n", None),
    ("Candidatures jusqu'au\n12 mars 2020, par courrier ou par mail\n", None),
])
def test_bylines_give_the_publication_date(text, expected):
    found = find_published(text)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(("text", "city"), [
    # A listing card's metadata line (contract | place | date) and a board's (département / commune / département).
    ("Recrutement\n\nCDI | Paris | Posté le 18 avril 2016\n\nWeb marketing / communication (h/f)\n", "Paris"),
    ("Animateur territorial\n22 / Le Mené / Côtes d'Armor\nCDD\n", "Le Mené"),
    # Fields that are not places.
    ("Secteur Eau / Assainissement\nFonction(s) Études / Projets / Développement\n", None),
    ("Domaine / Métier\nDIRECTION / COORDINATION\n", None),
])
def test_a_metadata_line_gives_the_commune(text, city):
    found = find_location(text)
    assert (found["city"].value if "city" in found else None) == city


CARD = ('<div class="poste"><p class="info"> CDI | Paris | Posté le 18 avril 2016 </p>'
        "<h2> Web marketing / communication (h/f)</h2></div>")


@pytest.mark.parametrize("wrap", ["{}", '<a href="./fiche_poste.php#ancre">{}</a>'])
def test_a_card_that_is_one_link_reads_as_its_blocks(wrap):
    # A card whose whole box links to the offer's page is read as the same card unlinked:
    # its heading is the title, its metadata line the place and date.
    page = ("<html><head><title>Recrutement | EntraiDucation</title></head><body><main><h1>Recrutement</h1>"
            "<p>Cette page renseigne les postes de salariés que nous recherchons.</p>"
            + wrap.format(CARD) + "</main></body></html>")
    [offer] = extract(page.encode(), "recrutement.html")
    assert (offer.title, offer.location.city, offer.published) == (
        "Web marketing / communication (h/f)", "Paris", "2016-04-18")


POSTES = ('<div class="postes">'
          '<div class="poste"><h3>Trésorier·ère</h3><span class="badge">Bureau</span>'
          "<p>Tenue des comptes, budget prévisionnel, bilan financier à l'AG et suivi des demandes de subvention.</p>"
          '<a href="fiche_poste_tresorier.pdf">Télécharger la fiche de poste (PDF)</a></div>'
          '<div class="poste"><h3>Chargé·e de communication</h3><span class="badge">Bureau</span>'
          "<p>Animation des réseaux sociaux, contribution à la newsletter et supports de communication.</p>"
          '<a href="fiche_poste_charge_com.pdf">Télécharger la fiche de poste (PDF)</a></div>'
          "{}</div>")
SPONTANEOUS = ('<div class="poste"><h3>Candidature spontanée</h3><span class="badge">Autre profil</span>'
               "<p>Aucun des deux postes ne correspond mais tu veux quand même donner un coup de main ? Écris-nous.</p>"
               '<a href="mailto:contact@example.org">Écrire à l\'association</a></div>')


@pytest.mark.parametrize("closing", ["", SPONTANEOUS])
def test_a_spontaneous_application_card_does_not_undo_a_grid(closing):
    # A grid of volunteer posts that ends with a "Candidature spontanée" card: the posts are
    # the grid's cards whether that card is there or not; it is how to apply, not a post.
    page = ("<html><body><main><h2>Rejoindre le bureau</h2>" + POSTES.format(closing) + "</main></body></html>")
    offers = extract(page.encode(), "recrutement.html")
    assert [o.title for o in offers] == ["Trésorier·ère", "Chargé·e de communication"]


@pytest.mark.parametrize(("text", "fte"), [
    # The share of the post's time given to one activity, place or travel: not its working time.
    ("Vous travaillerez jusqu'à 50 % de votre temps avec le Service Calcul Scientifique (CS).", None),
    ("Poste en CDI\n- 30% du temps : Gestion des encombrants (collecte, tri, démantèlement).", None),
    ("Ripeur : 75% du temps de travail \n", None),
    ("Support Utilisateurs : Consacrer 20% de votre temps à l'assistance des utilisateurs.", None),
    ("Vous serez amené(e) à vous déplacer sur site client (20% du temps maximum).", None),
    # Two shares that make up one post.
    ("– 50% à la Reserve Naturelle Nationale de l’îlot Mbouzi,\n– 50% au pôle animation des Naturalistes de Mayotte.", None),
    # The working time itself.
    ("CDI à temps partiel (80%)", 0.8),
    ("Temps de travail : 80 %", 0.8),
    ("CDD à 50 % à la maison de quartier", 0.5),
])
def test_a_share_of_the_time_is_not_the_working_time(text, fte):
    found = find_working_time(text)
    assert (found["fte"].value if "fte" in found else None) == fte


@pytest.mark.parametrize(("text", "title"), [
    # No line names the post: the subject of a sentence of the opening does.
    ("Le directeur-trice de réseau en éducation à l’environnement travaille au sein d’une équipe composée de 5 "
     "salarié-es et sous la responsabilité des Co-président-es.", "directeur-trice de réseau en éducation à l’environnement"),
    ("Contexte du recrutement et définition de poste\nLe poste deDirecteur·trice de projet s'inscrit dans le cadre de "
     "la mise en oeuvre du projet LECSaNDEco.", "Directeur·trice de projet"),
    ("Placé sous l’autorité du Conseil d’Administration, en lien avec l’équipe en place, le responsable d’antenne "
     "Pas-de-Calais aura pour missions :", "responsable d’antenne Pas-de-Calais"),
    ("Réf.\n2025/CDPP/13998\nMis en ligne le : 02/10/2025\nBasé(e) à Lomé, le/la Chef.fe de projet fera partie d’une équipe composée de "
     "collaborateurs basés à Lomé.", "Chef.fe de projet"),
])
def test_the_post_named_only_in_a_sentence(text, title):
    found = find_title(text, [])
    assert found is not None and found.value == title


@pytest.mark.parametrize(("text", "organization"), [
    # A heading that presents the employer by name.
    ("1. Présentation générale de Coordination SUD\nAssociation loi 1901 fondée en 1994, elle rassemble 180 ONG.",
     "Coordination SUD"),
    ("Présentation du GEPOG\nLe groupe d'étude et de protection des oiseaux agit depuis 1993.", "GEPOG"),
    ("### À propos du 24ème\n\nC'est une Scop spécialisée dans le logiciel libre.", "24ème"),
    ("Présentation de La Brasserie:\nUn restaurant de quartier.", "La Brasserie"),
    # Headings that present something else.
    ("## À propos de vous\nVous êtes curieux.", None),
    ("Présentation du projet\nLe projet explore les sciences participatives.", None),
])
def test_a_heading_that_presents_the_employer(text, organization):
    found = find_organization(text)
    assert (found.value if found else None) == organization


@pytest.mark.parametrize(("text", "city"), [
    # The commune an employer's name holds, when the text names no other place.
    ("RECRUTEMENT – DIRECTEUR.RICE AU CENTRE SOCIAL DE CROIX\n\nLa Maison des Jeunes et de la Culture – Centre social "
     "de Croix recherche un·une Directeur·rice", "Croix"),
    ("le Centre lillois d’études et de recherches sociologiques et économiques (Clersé) de l’Université de Lille I "
     "recrute un ingénieur", "Lille"),
    ("Au sein de l'équipe de recherche TASC hébergée à l'école des Mines de Nantes,\nvous participez à la "
     "professionnalisation de la librairie Choco.", "Nantes"),
    # Not the employer's: a museum named after a place elsewhere, a partner city in running text.
    ("Le musée de Cluny recrute un médiateur culturel.", None),
    ("Accompagner les partenaires comme l'ont fait la ville de Paris et la métropole de Rennes.", None),
])
def test_the_commune_in_the_employer_name(text, city):
    found = find_location(text)
    assert (found["city"].value if "city" in found else None) == city
