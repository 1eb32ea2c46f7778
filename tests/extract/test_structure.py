"""The structure step: web pages and markdown posts read by their structure.

Each row is a real layout (the sources named), cut to what the rule reads.
"""
import pytest

import filon
from filon.extract.clean import clean, split_front_matter
from filon.extract.html import render_html, site_names
from filon.extract.loaders import looks_like_html, sniff

# A job page of an association's site (Brassalay-like) and a placement body's
# page (Cap emploi-like): the page chrome must not reach the offer.
PAGE = """<!DOCTYPE html><html><head><title>Offres d'emploi | Association Les Pieds sur Terre</title></head><body>
<header><div class="logo">Association Les Pieds sur Terre</div>
<nav><a href="/">Accueil</a><a href="/offres">Offres d'emploi</a><a href="/contact">Contact</a></nav></header>
<div class="cookie-banner">Nous utilisons des cookies. <button>Accepter</button></div>
<ol class="breadcrumb"><li>Accueil</li><li>Offres</li></ol>
<section><h2>Animateur nature F/H</h2>
<p>L'Association Les Pieds sur Terre gère un centre d'éducation à l'environnement à Die.</p>
<p><strong>Type d'emploi :</strong> CDI<br/><strong>Salaire :</strong> 2 000 € brut par mois</p>
<form><input type="text" placeholder="Nom"/><button>Envoyer</button></form></section>
<aside><h3>Autres offres</h3><ul><li>Comptable</li><li>Directeur</li></ul></aside>
<footer>Association Les Pieds sur Terre, 1 rue Haute, 26150 Die. 04 75 00 00 00. contact@lpst.fr</footer>
</body></html>"""

LISTING_TABLE = """<html><head><title>Offres d'emploi - CAP EMPLOI 44 Nantes</title></head><body><article>
<h2>Offres pour Travailleurs Handicapés</h2><table>
<thead><tr><th>Intitulé du poste</th><th>N° de l'offre</th><th>Contrat</th><th>Lieu de travail</th></tr></thead>
<tbody><tr><td>Agent de service</td><td>7157P</td><td>CDD</td><td>NANTES</td></tr>
<tr><td>Agent d'accueil</td><td>7160A</td><td>CDI</td><td>ST HERBLAIN</td></tr>
<tr><td>Aide-soignant</td><td>7156A</td><td>CDI</td><td>REZE</td></tr></tbody></table></article></body></html>"""

DETAIL_TABLE = """<html><body><article><h2>Offres réservées aux Travailleurs Handicapés</h2>
<table><thead><tr><th colspan="2">OFFRE n° 7157P</th></tr></thead><tbody>
<tr><td>Intitulé du poste</td><td>agent de service</td></tr>
<tr><td>Type de contrat</td><td>CDD - 4 à 24 mois</td></tr>
<tr><td>Lieu de travail</td><td>NANTES</td></tr></tbody></table></article></body></html>"""

# A grid of cards (DINUM-like: a category heading above each grid, one grid of a single card).
CARD = ('<div class="panel"><b><a href="https://example.org/{slug}">{title}</a></b><p>Cadre/Catégorie A</p>'
        '<p>Paris (télétravail possible)</p><div><a href="https://example.org/{slug}" class="button">Consulter l\'offre</a></div></div>')
GRID = ("<html><body><p>Rejoignez-nous au sein de la DINUM !</p><h1>Données</h1><div class=\"wrapper\">"
        + CARD.format(slug="a", title="Architecte data H/F") + CARD.format(slug="b", title="Designer senior H/F")
        + "</div><h1>Direction</h1><div class=\"wrapper\">" + CARD.format(slug="c", title="Assistant de direction H/F")
        + "</div></body></html>")

# One offer in sections of one shape: its parts, not cards.
SECTIONS = """<html><body><h1>Chargé de mission H/F</h1>
<div class="bloc"><h3>Missions</h3><p>Animer le réseau.</p><p>Suivre les projets.</p></div>
<div class="bloc"><h3>Profil</h3><p>Bac+3.</p><p>Permis B.</p></div>
<div class="bloc"><h3>Conditions</h3><p>CDD de 12 mois.</p><p>Lyon.</p></div></body></html>"""


def test_page_chrome_is_set_aside():
    page = render_html(PAGE)
    for chrome in ("Accueil", "cookies", "Autres offres", "Comptable", "04 75", "contact@lpst.fr", "Envoyer"):
        assert chrome not in page.text
    assert page.text.startswith("## Animateur nature F/H")
    assert "**Type d'emploi :** CDI" in page.text


def test_page_offer_is_read_without_its_chrome():
    [offer] = filon.extract(PAGE.encode(), "offre.html")
    assert offer.title == "Animateur nature F/H"
    assert offer.organization == "Association Les Pieds sur Terre"
    assert offer.contract_types == ["cdi"]
    assert offer.phones == [] and offer.emails == []


@pytest.mark.parametrize(("title", "names"), [
    ("Offres d'emploi | Association Brassalay", ["Offres d'emploi", "Association Brassalay"]),
    ("CAP EMPLOI 44 Nantes - Ressources Handicaps", ["CAP EMPLOI 44 Nantes", "Ressources Handicaps"]),
    ("Recrutement – Réseau École et Nature", ["Recrutement", "Réseau École et Nature"]),
    (None, []),
])
def test_site_names(title, names):
    assert site_names(title) == names


def test_listing_table_gives_one_offer_per_row():
    offers = filon.extract(LISTING_TABLE.encode(), "liste.html")
    assert [(o.title, o.contract_types, o.reference) for o in offers] == [
        ("Agent de service", ["cdd"], "7157P"), ("Agent d'accueil", ["cdi"], "7160A"), ("Aide-soignant", ["cdi"], "7156A")]
    # The site's name is not the employer of offers that do not name it: a job board lists others' offers.
    assert {o.organization for o in offers} == {None}


def test_detail_table_reads_as_labelled_lines():
    text = render_html(DETAIL_TABLE).text
    assert "### OFFRE n° 7157P" in text
    assert "Intitulé du poste : agent de service" in text
    [offer] = filon.extract(DETAIL_TABLE.encode(), "offre.html")
    assert offer.title == "agent de service" and offer.contract_types == ["cdd"]


def test_card_grid_gives_one_offer_per_card_even_alone_in_its_grid():
    offers = filon.extract(GRID.encode(), "grille.html")
    assert [o.title for o in offers] == ["Architecte data H/F", "Designer senior H/F", "Assistant de direction H/F"]
    assert {o.organization for o in offers} == {"DINUM"}
    assert all(o.location.city == "Paris" and o.remote.allowed for o in offers)


# One offer whose facts stand in boxes of one shape (a theme's grid columns): its facts, not cards.
FACT_BOX = '<div class="col-lg-4 col-sm-4 text-center"><h5>{label}</h5><p>{value}<span>{more}</span></p></div>'
def _fact_boxes(*facts: tuple[str, str, str]) -> str:
    return FACT_BOXES.format(boxes="".join(FACT_BOX.format(label=label, value=value, more=more) for label, value, more in facts))


FACT_BOXES = ('<html><body><h1>OFFRE D\'EMPLOI : Assistant(e) social(e)</h1><p>L\'association recrute un(e) assistant(e) '
              'social(e) pour son pôle logement adapté.</p><div class="row">{boxes}</div><h3>Missions</h3>'
              '<p>Évaluer les besoins des bénéficiaires.</p></body></html>')


@pytest.mark.parametrize("page", [
    SECTIONS,
    _fact_boxes(("Lieux", "Reims", "Troyes"), ("Collaborateur", "Une personne", "Directrice"), ("Date", "Début : 09-01-2026", "")),
    _fact_boxes(("Lieu de travail", "Nantes", "(44)"), ("Type de contrat", "CDD", "12 mois"), ("Rémunération", "2 100 €", "brut")),
], ids=["sections", "fact-boxes", "fact-boxes-labels"])
def test_parts_or_facts_of_one_offer_are_not_cards(page):
    offers = filon.extract(page.encode(), "offre.html")
    assert len(offers) == 1
    assert offers[0].title in ("Chargé de mission H/F", "Assistant(e) social(e)")


def test_markdown_built_of_html_blocks_goes_through_the_structure_step():
    post = "---\ntitle: Rejoignez-nous\n---\n\n" + GRID.split("<body>")[1].split("</body>")[0].replace("><", ">\n<")
    offers = filon.extract(post.encode(), "rejoignez-nous.md")
    assert len(offers) == 3


@pytest.mark.parametrize(("head", "html"), [
    ("<!doctype html><html>", True),
    ("<div class=\"offre\"><h2>Animateur</h2><p>CDI</p></div>", True),
    ("---\nlayout: post\ntitle: Chargé·e de projets\n---\n<p>&nbsp;</p>\n\n## Description", False),
    ("+++\ntitle = \"Offre jobiste\"\n+++\n<p>texte</p>", False),
    ("## Stage\n\nLe 24ème recherche un-e stagiaire <br> web", False),
    ("Nous recrutons un animateur.<p>Envoyez votre CV.</p>", False),
])
def test_markdown_with_a_tag_is_not_a_web_page(head, html):
    assert looks_like_html(head.lower()) is html
    assert (sniff(head.encode(), "offre.txt") == "html") is html


@pytest.mark.parametrize(("front", "expected"), [
    # Jekyll (Territoires de la Mémoire): folded title, quoted dates, the application form's URL.
    ("---\nlayout: post\ntitle: >-\n  Animateur-trice de groupes\nposted_on: '2019-12-06'\nend_of_life: '2020-01-04'\n"
     "emploi_url: https://docs.google.com/forms/d/x/viewform\n---\nTexte",
     {"title": "Animateur-trice de groupes", "posted_on": "2019-12-06", "end_of_life": "2020-01-04",
      "emploi_url": "https://docs.google.com/forms/d/x/viewform"}),
    # Hugo with TOML (CEF): an empty date, a datetime.
    ('+++\ncategories = ["staff"]\ndate = 2022-05-05T00:00:00Z\ntitle = "Offre jobiste - Soutien"\n+++\nTexte',
     {"categories": "staff", "date": "2022-05-05", "title": "Offre jobiste - Soutien"}),
    # Gatsby (Amélie La Vie): a description folded over two lines.
    ("---\ntemplateKey: blog-post\ntitle: Recrutement d'un Animateur\ndescription: Poste à pourvoir en\n  CDI dès septembre.\n---\nx",
     {"templatekey": "blog-post", "title": "Recrutement d'un Animateur", "description": "Poste à pourvoir en CDI dès septembre."}),
    # Malformed YAML is still read line by line.
    ("---\ntitle: Chargé: de mission\n  suite\ndate: 2023-01-02\n---\nx", {"title": "Chargé: de mission suite", "date": "2023-01-02"}),
])
def test_front_matter(front, expected):
    meta, body = split_front_matter(front)
    assert {k: v for k, v in meta.items() if k in expected} == expected
    assert body.strip() in ("Texte", "x")


@pytest.mark.parametrize(("text", "title"), [
    # A careers page titled by its purpose; the post is its first heading (Le 24ème, two versions).
    ("---\ntitle: Devenir stagiaire ou alternant-e\n---\n\n## Stage / Alternance developpement web\n\nLe 24ème recherche un-e stagiaire.",
     "Stage / Alternance developpement web"),
    ("---\ntitle: Devenir coopérateur⋅ice\n---\n\n## Développeuse / Développeur PHP\n\n### À propos\n\nTexte.",
     "Développeuse / Développeur PHP"),
    ("---\ntitle: Rejoignez-nous\n---\n\n## Chargé de mission biodiversité\n\nL'association recrute.", "Chargé de mission biodiversité"),
    # A title that names the post stays.
    ("---\ntitle: Chargé·e de projets (H/F/X)\n---\n\n## Description de fonction\n\nTexte.", "Chargé·e de projets (H/F/X)"),
])
def test_page_title_gives_way_to_the_post_heading(text, title):
    [offer] = filon.extract(text, "page.md")
    assert offer.title == title


def test_card_marks_do_not_reach_the_text():
    cleaned = clean(render_html(GRID).text)
    assert "\ue000" not in cleaned.text and "\ue001" not in cleaned.text
    assert [cleaned.text[a:b].split("\n")[0] for a, b in cleaned.cards] == [
        "Architecte data H/F", "Designer senior H/F", "Assistant de direction H/F"]


# Text pasted from a web page: its menu and footer come along.
PASTED = [
    # An association's page (menu above, legal links below).
    ("Accueil\nNos actions\nOffres d'emploi\nContact\n\nOffres pour Travailleurs Handicapés\n\nAgent de service H/F\n\n"
     "L'association X recrute un agent de service en CDI à Nantes.\n\nMentions légales\nPlan du site\nAccessibilité : non conforme\n",
     "Agent de service H/F", ("Nos actions", "Mentions légales", "Plan du site")),
    # A job board's detail page (back link, metadata, button).
    ("< Retour à la liste des offres\n\nChargé de mission biodiversité (H/F)\nRéf. 2024-12\nFin de publication : 12/03/2026\n\n"
     "Le CPIE recrute un chargé de mission en CDD de 12 mois.\nPostuler\nPartager sur Facebook",
     "Chargé de mission biodiversité (H/F)", ("Retour", "Partager")),
    # A skills list of short lines is the offer's, not a menu.
    ("Animateur nature F/H\n\nQualités attendues\nAutonomie\nRigueur\nSens du contact\nTravail en équipe\n\nCDD de 6 mois à Die.",
     "Animateur nature F/H", ()),
]


@pytest.mark.parametrize(("text", "title", "gone"), PASTED)
def test_pasted_page_chrome(text, title, gone):
    [offer] = filon.extract(text, "page.txt")
    assert offer.title == title
    for chrome in gone:
        assert chrome not in offer.text
    if not gone:
        assert "Rigueur" in offer.text and "Travail en équipe" in offer.text


# A network's digest of internships: "Employer (postal code Town) – Title"
# headers, written the ways such letters write them; each part's contacts
# are its own, and the letter's closing line is no offer's.
DIGEST = """Offres de stage du réseau – printemps 2026

Voici les offres de stage reçues ce mois-ci. Bonne lecture !

Association Les Petits Débrouillards (35000 Rennes) – Stage animation scientifique
Animation d'ateliers scientifiques auprès des enfants. Stage de 6 mois à partir de mars 2026. Gratification légale.
Contact : recrutement@debrouillards-bretagne.org – 02 99 00 11 22

CPIE Val de Gartempe (87300 Bellac) – Inventaire des zones humides
Appui à l'inventaire des mares et zones humides du territoire. 4 à 6 mois. Permis B exigé.
Candidature avant le 15 janvier 2026 à cpie@valdegartempe.fr

Réseau École et Nature (Montpellier – 34000) : Communication digitale
Refonte de la lettre d'information et animation des réseaux sociaux. Stage de 5 mois, télétravail possible 1 jour par semaine.
Réf. REN-2026-03. Renseignements : 04 67 06 18 70

Les Amis de la Terre (Montreuil, 93) – Plaidoyer et campagnes
Soutien à l'équipe campagnes : veille, rédaction de notes. Stage de 6 mois dès février.
Envoyer CV et lettre à stages@amisdelaterre.org

Ligue pour la Protection des Oiseaux (17300 Rochefort) – Suivi ornithologique
Suivi des colonies d'oiseaux marins, saisie de données. Stage de 3 mois, d'avril à juin 2026.
Contact : 05 46 82 12 34

Pour toute question sur cette lettre : lettre@reseau-stages.org
"""


def test_digest_headers_split_by_their_repetition():
    offers = filon.extract(DIGEST, "lettre.txt")
    assert [(o.organization, o.location.city) for o in offers] == [
        ("Association Les Petits Débrouillards", "Rennes"), ("CPIE Val de Gartempe", "Bellac"),
        ("Réseau École et Nature", "Montpellier"), ("Les Amis de la Terre", "Montreuil"),
        ("Ligue pour la Protection des Oiseaux", "Rochefort")]
    assert [o.title for o in offers] == ["Stage animation scientifique", "Inventaire des zones humides",
                                         "Communication digitale", "Plaidoyer et campagnes", "Suivi ornithologique"]
    assert [(o.emails, o.phones) for o in offers] == [
        (["recrutement@debrouillards-bretagne.org"], ["+33299001122"]), (["cpie@valdegartempe.fr"], []),
        ([], ["+33467061870"]), (["stages@amisdelaterre.org"], []), ([], ["+33546821234"])]
    assert [o.reference for o in offers] == [None, None, "REN-2026-03", None, None]


def test_a_content_wrapper_named_like_chrome_does_not_hide_the_offer():
    body = "<p>L'association Terre Vivante recrute un animateur nature en CDD de 6 mois à Die.</p>" * 8
    page = f'<html><body><div class="site-content has-sidebar"><h1>Animateur nature F/H</h1>{body}</div></body></html>'
    [offer] = filon.extract(page.encode(), "offre.html")
    assert offer.title == "Animateur nature F/H" and offer.contract_types == ["cdd"]


# A portal's offer page: the title in a banner above <main>, metadata as a definition list.
PORTAL = """<html><head><title>Offre d'emploi – Portail emploi</title></head><body>
<header><nav><a href="/">Accueil</a><a href="/offres">Offres</a></nav></header>
<div class="hero"><h1>Chargé de mission biodiversité (H/F)</h1></div>
<main><dl class="meta"><dt>Réf.</dt><dd>2024-12</dd><dt>Catégorie</dt><dd>Environnement</dd>
<dt>Type de contrat</dt><dd>CDD de 12 mois</dd><dt>Lieu</dt><dd>Rennes (35)</dd>
<dt>Fin de publication</dt><dd>12/03/2026</dd></dl>
<p>Le CPIE recrute un chargé de mission pour ses inventaires.</p><a class="btn" href="/postuler">Postuler</a></main>
<footer>Portail emploi, 1 place de la Mairie, 35000 Rennes, 02 99 00 00 00</footer></body></html>"""


def test_portal_page_with_title_above_main_and_a_definition_list():
    [offer] = filon.extract(PORTAL.encode(), "offre.html")
    assert offer.title == "Chargé de mission biodiversité (H/F)"
    assert (offer.reference, offer.contract_types, offer.duration_months.max) == ("2024-12", ["cdd"], 12)
    assert (offer.location.city, offer.deadline, offer.phones) == ("Rennes", "2026-03-12", [])


# An employer's grid of its own posts, its contact under the grid; a board's grid, each card its employer's.
OWN_GRID = ("<html><head><title>Recrutement — {site}</title></head><body><main><h1>Rejoindre le bureau</h1>"
            "<div class=\"postes\">{cards}</div><p>Une question ? Écris-nous à contact@{domain}.</p></main></body></html>")
OWN_CARD = '<div class="poste"><h3>{title}</h3><p>{text}</p></div>'


@pytest.mark.parametrize(("site", "cards", "emails"), [
    ("Les amis de Célestine", [("Trésorier·ère", "Tenue des comptes et budget prévisionnel."),
                               ("Chargé·e de communication", "Animation des réseaux sociaux.")], ["contact@example.org"]),
    ("Emploi Solidaire", [("Animateur nature F/H", "L'association Terre Vivante recrute en CDD à Die."),
                          ("Comptable H/F", "La Maison de la Nature recrute en CDI à Crest.")], []),
], ids=["employer", "board"])
def test_a_grid_shares_the_page_contact_only_when_the_page_is_the_employer(site, cards, emails):
    page = OWN_GRID.format(site=site, domain="example.org", cards="".join(OWN_CARD.format(title=t, text=x) for t, x in cards))
    offers = filon.extract(page.encode(), "recrutement.html")
    assert [o.title for o in offers] == [t for t, _ in cards]
    assert all(o.emails == emails for o in offers)


# Job-board cards whose metadata is one line of parts, written three ways.
CARD = '<div class="job-card"><h3><a href="/o/{i}">{t}</a></h3><p class="meta">{m}</p><p>{d}</p></div>'
META_CARDS = [
    ("Animateur nature F/H", "CDD · 6 mois · Die (26) · Publiée le 12/01/2026", "Animation de sorties nature."),
    ("Stagiaire communication", "Stage | 4 à 6 mois | Lyon | Début : mars 2026", "Appui à la communication."),
    ("Coordinatrice de réseau", "CDI - Temps partiel 80 % - Nantes - Date limite : 15/02/2026", "Coordination du réseau."),
]


def test_card_metadata_lines():
    page = ("<html><body><main><h1>Nos offres</h1><div class='grid'>"
            + "".join(CARD.format(i=i, t=t, m=m, d=d) for i, (t, m, d) in enumerate(META_CARDS)) + "</div></main></body></html>")
    offers = filon.extract(page.encode(), "offres.html")
    assert [(o.contract_types, o.duration_months.min, o.duration_months.max, o.location.city) for o in offers] == [
        (["cdd"], 6, 6, "Die"), (["stage"], 4, 6, "Lyon"), (["cdi"], None, None, "Nantes")]
    assert [(o.published, o.start.date, o.deadline) for o in offers] == [
        ("2026-01-12", None, None), (None, "2026-03-01", None), (None, None, "2026-02-15")]
    assert offers[2].working_time.fte == 0.8


def test_a_sidebar_of_the_offer_facts_is_read_and_one_of_other_offers_is_not():
    page = ("<html><body><main><h1>Animateur nature F/H</h1><p>Le CPIE recrute un animateur.</p>"
            "<aside class='job-facts'><ul><li>Contrat : CDD de 6 mois</li><li>Lieu : Die (26)</li>"
            "<li>Date limite : 15/02/2026</li><li>Contact : rh@cpie.fr</li></ul></aside>"
            "<aside><h3>Autres offres</h3><ul><li><a href='/1'>Comptable (Lyon)</a></li><li><a href='/2'>Directeur (Paris)</a>"
            "</li></ul></aside></main></body></html>")
    [offer] = filon.extract(page.encode(), "offre.html")
    assert (offer.contract_types, offer.location.city, offer.deadline, offer.emails) == (["cdd"], "Die", "2026-02-15", ["rh@cpie.fr"])
    assert "Comptable" not in offer.text


@pytest.mark.parametrize(("front", "expected"), [
    # A ministry's job posts (DINUM): the publication, the start, the length and the kind as keys.
    ("---\npublished_date: 16 novembre 2020\ntitle: Chargé·e de communication graphiste\ntype: Stage\n"
     "start_date: Janvier 2021\nlength: 6 mois\n---\n\n### Votre mission\nLa ou le stagiaire fournit un accompagnement.",
     {"published": "2020-11-16", "start": ("2021-01-01", "month"), "duration": 6, "contract_types": ["stage"]}),
    ("---\npublished_date: 12 avril 2021\ntitle: Chargée ou chargé de mission design\n"
     "type: Emploi ouvert aux titulaires et/ou aux contractuels (CDD 3 ans)\nstart_date: 3 mai 2021\nlength: 3 ans\n---\n\n"
     "## Descriptif du poste\nAssurer le pilotage de l'observatoire.",
     {"published": "2021-04-12", "start": ("2021-05-03", "day"), "duration": 36, "contract_types": ["cdd"]}),
    # French keys, and a site's own "type" of page (beta.gouv's "type: friend"), which names no contract.
    ("---\ntitle: Animateur nature\ntype: friend\ndate_debut: 2026-09-01\nduree: 12 mois\n---\n\nL'association recrute en CDD.",
     {"published": None, "start": ("2026-09-01", "day"), "duration": 12, "contract_types": ["cdd"]}),
])
def test_front_matter_keys_give_their_fields(front, expected):
    (offer,) = filon.extract(front, "offre.md")
    assert {"published": offer.published, "start": (offer.start.date, offer.start.precision),
            "duration": offer.duration_months.min, "contract_types": offer.contract_types} == expected


@pytest.mark.parametrize(("text", "headings", "kept"), [
    # reStructuredText (a CNRS lab's post): a title over- and underlined, sections underlined.
    ("============================\nDeveloppeur(se) Python (H/F)\n============================\n\nTexte.\n\n"
     "Profil recherché\n----------------\n\nVous maîtrisez Python.",
     ["Developpeur(se) Python (H/F)", "Profil recherché"], "Vous maîtrisez Python."),
    # Markdown's setext headings in a pasted e-mail.
    ("Animateur nature\n================\n\nMissions\n--------\nSorties scolaires.", ["Animateur nature", "Missions"],
     "Sorties scolaires."),
    # A digest's separator after an offer's last line is longer than that line: not an underline.
    ("Contact : anne@asso.fr\n--------------------------------------------\nOffre 2", [], "Offre 2"),
])
def test_underlined_headings(text, headings, kept):
    cleaned = clean(text)
    assert [cleaned.text[h.start:h.end] for h in cleaned.headings] == headings
    assert kept in cleaned.text and "----" not in cleaned.text.replace("-" * 44, "") and "====" not in cleaned.text


# Drupal's field template (core's "field--label-above": a label block above its item), the way many
# associations' and local authorities' sites show an offer's facts.
DRUPAL_FIELDS = """<html><head><title>Chargé de mission biodiversité | Asso</title></head><body><main>
<h1>Chargé de mission biodiversité (H/F)</h1>
<div class="field field--name-field-lieu field--label-above"><div class="field__label">Lieu de travail</div>
<div class="field__item">Saint-Brieuc</div></div>
<div class="field field--name-field-contrat field--label-above"><div class="field__label">Type de contrat</div>
<div class="field__item">CDD</div></div>
<div class="field field--label-above"><div class="field__label">Prise de poste</div><div class="field__item">Dès que possible</div></div>
<div class="field field--label-above"><div class="field__label">Durée du contrat</div><div class="field__item">18 mois</div></div>
<div class="field field--label-above"><div class="field__label">Pour postuler</div>
<div class="field__item"><a href="https://asso.example.org/postuler/123">Candidater en ligne</a></div></div>
<p>Au sein de l'équipe, vous animerez le réseau des bénévoles.</p></main></body></html>"""


def test_fields_with_their_label_above_are_read_as_labelled_lines():
    text = render_html(DRUPAL_FIELDS).text
    assert "Lieu : Lieu de travail Saint-Brieuc" not in text          # the field's own label, not the class's word
    [offer] = filon.extract(DRUPAL_FIELDS.encode(), "offre.html")
    assert (offer.location.city, offer.contract_types, offer.start.asap, offer.duration_months.min, offer.application_url) == (
        "Saint-Brieuc", ["cdd"], True, 18, "https://asso.example.org/postuler/123")


@pytest.mark.parametrize(("text", "joined", "kept"), [
    # Drupal's blocks as text: each label then its value.
    ("Lieu de travail\nSaint-Brieuc\nPrise de poste\nDès que possible\n", ["Lieu de travail : Saint-Brieuc",
                                                                        "Prise de poste : Dès que possible"], []),
    # France Travail's page as text: a label with its colon, the value below it.
    ("Type de contrat :\nCDD d'un an puis CDI\nTemps de travail :\nTemps complet\n",
     ["Type de contrat : CDD d'un an puis CDI", "Temps de travail : Temps complet"], []),
    # A label with its qualifiers (an association's pay line).
    ("Salaire brut horaire\n12,15 €\n\nProfil\n", ["Salaire brut horaire : 12,15 €"], []),
    # One blank line between the label and its value, as a board's blocks paste (Talentsoft's page of a water
    # agency, a commune's syndicate on trabajo.org, a network's "Infos pratiques").
    ("Référence\n\n2024-1498360\n\nDate limite de candidature\n\n01/04/2024\n\nNature du contrat\n\nCDD de 3 ans\n",
     ["Référence : 2024-1498360", "Date limite de candidature : 01/04/2024", "Nature du contrat : CDD de 3 ans"], []),
    ("Type d'emploi\n\nStage\n\nSalaire brut\n\n1815€ par mois\n", ["Type d'emploi : Stage", "Salaire brut : 1815€ par mois"], []),
    # A block of two lines under its label stays a block; a heading above a labelled line stays a heading.
    ("Type de contrat\nCDD - 12 Mois\nContrat travail\n\nSalaire\nSalaire : Horaire de 12.0 Euros\n", [],
     ["Type de contrat\nCDD - 12 Mois\nContrat travail", "Salaire\nSalaire : Horaire de 12.0 Euros"]),
    # A section's heading above a list is no label.
    ("Missions\n- Animer le réseau\n", [], ["Missions\n- Animer le réseau"]),
])
def test_a_bare_label_and_its_value_below_make_one_labelled_line(text, joined, kept):
    cleaned = clean(text).text
    for line in joined + kept:
        assert line in cleaned


@pytest.mark.parametrize(("line", "facts"), [
    # A board's metadata flattened into one line (emploi-ess), an association's facts in one bold run (Guidoline).
    ("Posté le : 11/10/2025 Ref : Direction Lieu : France Grand Est Ville : Lunéville",
     ["Posté le : 11/10/2025", "Ref : Direction", "Lieu : France Grand Est", "Ville : Lunéville"]),
    ("**Date de début** : Mars 2014 **Planning envisagé** : 25h **Durée** : 12 mois **Indemnité** : 465 € par mois",
     ["Date de début : Mars 2014", "Planning envisagé : 25h", "Durée : 12 mois", "Indemnité : 465 € par mois"]),
    # An NGO's post on a board, its facts in one paragraph (Grdr).
    ("Titre du poste : Coordinateur/rice technique des programmes Type de contrat : Contrat d’usage projet (4 ans) "
     "Lieu d’affectation : Poste basé à Nouakchott en Mauritanie Salaire : Selon la Grille salariale Prise de poste "
     "souhaitée : Octobre 2025", ["Titre du poste : Coordinateur/rice technique des programmes",
                                  "Type de contrat : Contrat d'usage projet (4 ans)",
                                  "Lieu d'affectation : Poste basé à Nouakchott en Mauritanie",
                                  "Salaire : Selon la Grille salariale", "Prise de poste souhaitée : Octobre 2025"]),
    # In such a run any capitalised label opens a fact too (the same NGO's other post).
    ("Titre du poste : Chef.fe de projet ODDyssée (ECSI) Projet : ODDyssée, les migrations font bouger le monde ! "
     "Type de contrat : CDD 18 mois Lieu d'affectation: Montreuil (Siège Grdr)",
     ["Titre du poste : Chef.fe de projet ODDyssée (ECSI)", "Projet : ODDyssée, les migrations font bouger le monde !",
      "Type de contrat : CDD 18 mois", "Lieu d'affectation: Montreuil (Siège Grdr)"]),
    # Two labels only, or a sentence with colons: one line.
    ("Type d'expérience : Expérience exigée Contrat : CDI", ["Type d'expérience : Expérience exigée Contrat : CDI"]),
    ("Le poste est situé à Lyon : vous aurez un contrat : CDD et une durée : 6 mois.",
     ["Le poste est situé à Lyon : vous aurez un contrat : CDD et une durée : 6 mois."]),
])
def test_a_run_of_labelled_facts_on_one_line_is_cut_into_its_facts(line, facts):
    assert clean(line).text.split("\n") == facts


def test_a_page_opening_on_its_facts_has_no_title_from_them():
    text = ("Posté le : 11/10/2025 Ref : Direction Lieu : France Grand Est Ville : Lunéville\n"
            "Type d'expérience : Expérience exigée Contrat : CDI\nDescriptif du poste :\nMissions principales\n")
    [offer] = filon.extract(text)
    assert (offer.title, offer.location.city, offer.contract_types, offer.published) == (
        "", "Lunéville", ["cdi"], "2025-10-11")


@pytest.mark.parametrize(("text", "title"), [
    # Below the chrome and the site's tagline, the line above the publication line (a network's offer page;
    # a local authorities' board, its reference between).
    ("Sauter la navigation\n\nLe réseau national d'éducation à l'environnement pour comprendre le monde, agir et vivre "
     "ensemble\n\nCocoordinateur - Responsable socioculturel\n\nOffre d'emploi mise en ligne le ven 10 nov. 2017, par "
     "ecolieu Jeanot\nInfos pratiques\n", "Cocoordinateur - Responsable socioculturel"),
    ("Accueil > Offres\nAnimateur enfance - jeunesse (h/f)\nPubliée le 09/12/2025\nSynthèse de l'offre\n",
     "Animateur enfance - jeunesse (h/f)"),
])
def test_the_line_above_the_publication_line_is_the_title(text, title):
    [offer] = filon.extract(text)
    assert offer.title == title
