"""Place, contract types, contacts and titles: one row per real phrase."""
import pytest

from filon.extract.fields.contacts import find_application_url, find_emails, find_phones, find_reference
from filon.extract.fields.contract import find_contract_types
from filon.extract.fields.location import find_location
from filon.extract.fields.title import find_organization, tidy_title

PLACES = [
    # phrase, (city, postal code, département, région, country)
    ("Poste basé à Dijon.", ("Dijon", None, "21", "Bourgogne-Franche-Comté", "FR")),
    ("42 - Sury-le-Comtal", ("Sury-le-Comtal", None, "42", "Auvergne-Rhône-Alpes", "FR")),
    ("13 - ST REMY DE PROVENCE", ("Saint-Rémy-de-Provence", None, "13", "Provence-Alpes-Côte d'Azur", "FR")),
    ("Lieu de travail : Ivry/Seine", ("Ivry-sur-Seine", None, "94", "Île-de-France", "FR")),
    ("Lieu : Paris 11e", ("Paris", None, "75", "Île-de-France", "FR")),
    ("Lieu de stage : Région parisienne", (None, None, None, "Île-de-France", "FR")),
    ("Poste basé à Francheville (69340)", ("Francheville", "69340", "69", "Auvergne-Rhône-Alpes", "FR")),
    ("Poste basé à Francheville, dans le Jura", ("Francheville", None, "39", "Bourgogne-Franche-Comté", "FR")),
    ("Postes basés à Brignoles et Draguignan", (None, None, "83", "Provence-Alpes-Côte d'Azur", "FR")),
    ("L'association recrute à Francheville (39) un animateur", ("Francheville", None, "39", "Bourgogne-Franche-Comté", "FR")),
    ("Lieu de la mission : Bruxelles (Belgique)", ("Bruxelles", None, None, None, "BE")),
    ("Adresse : 44 620 La Montagne", (None, None, None, None, "FR")),
    ("Administrateur réseaux\nPublié le 29 décembre 2024\n75\n", (None, None, "75", "Île-de-France", "FR")),
    ("Agent d'accueil\nPublié le 2 mai 2024\n92 - Hauts de Seine\n", (None, None, "92", "Île-de-France", "FR")),
    ("Technicien\nPublié le 2 mai 2024\n21 - POISEUL LA VILLE ET LAPERRIER\n",
     ("Poiseul-la-Ville-et-Laperrière", None, "21", "Bourgogne-Franche-Comté", "FR")),
    ("Comptable\nPublié le 2 mai 2024\n69 - LYON 05\n", ("Lyon", None, "69", "Auvergne-Rhône-Alpes", "FR")),
    # A heading of its own, the place in the paragraph below (a CNRS lab's reStructuredText post; a job board's
    # "Lieu" block).
    ("Localisation\n\nGif-sur-Yvette (91), Ile-de-France.\n\nMission", ("Gif-sur-Yvette", None, "91", "Île-de-France", "FR")),
    ("Lieu\nRennes (35)\n\nDate de début : septembre", ("Rennes", None, "35", "Bretagne", "FR")),
    ("Lieu\n\nÀ définir avec le candidat", (None, None, None, None, "FR")),
    # A place line from the broadest to the narrowest (an employer's pages in France Travail's scale corpus):
    # the part that names the commune by its code wins over the région before it; a part without a code
    # does not ("avec déplacements à Lyon").
    ("Localisation\nFrance, Ile de France, 92 - Saint-Cloud\nDomaine professionnel / métier",
     ("Saint-Cloud", None, "92", "Île-de-France", "FR")),
    ("Lieu : Bretagne, Rennes (35)", ("Rennes", None, "35", "Bretagne", "FR")),
    ("Lieu de stage : Région parisienne, avec déplacements à Lyon", (None, None, None, "Île-de-France", "FR")),
    # A commune's name with its own département's code in brackets, whatever word stands before it (a youth
    # network's antenna, France Travail's IT offers "proche de Caen (14)"); a code after a word that is no
    # commune of it names nothing.
    ("L'antenne régionale a vu le jour fin 2021 autour de Belmont (67). C'est dans ce cadre",
     ("Belmont", None, "67", "Grand Est", "FR")),
    ("Nous recrutons un administrateur pour son site à proximité de Saint Jean de Luz (64).L'entreprise",
     ("Saint-Jean-de-Luz", None, "64", "Nouvelle-Aquitaine", "FR")),
    ("Axe POITIERS - CHATELLERAULT (86)", ("Châtellerault", None, "86", "Nouvelle-Aquitaine", "FR")),
    ("Nos Partenaires (75) nous soutiennent.", (None, None, None, None, "FR")),
    # A département's hyphenated name after its article is the département, not a commune named like its first
    # word (a theatre company "basée dans le Pas-de-Calais": not Le Pas, 53; "Le Val", 83; "Le Puy", 33).
    ("Le Théâtre est une compagnie professionnelle basée dans le Pas-de-Calais. Depuis 2014, elle est conventionnée",
     (None, None, "62", "Hauts-de-France", "FR")),
    ("Poste basé dans le Val-de-Marne.", (None, None, "94", "Île-de-France", "FR")),
    ("Poste basé dans le Puy-de-Dôme.", (None, None, "63", "Auvergne-Rhône-Alpes", "FR")),
    ("Poste basé au Havre.", ("Le Havre", None, "76", "Normandie", "FR")),
    # An offer that names no place is in the one country other than France it shows (an NGO's post, a Quebec
    # community group's, a Montreal gardening group's), unless it names France ("de droit français") or shows
    # two; "association sans but lucratif" shows Belgium as "asbl" does (a Brussels cultural centre).
    ("Action Education recrute son/sa futur.e Chef.fe projet Sénégal\n1. Missions\nGestion du cycle de projet",
     (None, None, None, None, "SN")),
    ("Le Centre des organismes communautaires (COCo) est un organisme provincial à but non lucratif qui travaille "
     "à l'essor d'un secteur communautaire québécois inclusif", (None, None, None, None, "CA")),
    ("MADERA est une association de droit français qui a exclusivement travaillé en Afghanistan entre 1988 et 2018",
     (None, None, None, None, "FR")),
    ("Le Projet de Cohésion Sociale des Régions Nord du Golfe de Guinée (COSO) a été initié par le Bénin, la "
     "Côte-d'Ivoire, le Ghana, le Togo", (None, None, None, None, "FR")),
    ("L'Entrela' Centre culturel d'Evere est une association sans but lucratif.\n- permettant aux habitants d'être "
     "les principaux acteurs de la culture à Evere ;", ("Evere", None, None, None, "BE")),
]


@pytest.mark.parametrize("phrase, expected", PLACES)
def test_location(phrase, expected):
    found = find_location(phrase)
    got = tuple(found[k].value if k in found else None for k in ("city", "postal_code", "department", "region"))
    assert got + (found["country"].value if "country" in found else "FR",) == expected


CONTRACTS = [
    ("Type de contrat : CDD - 12 Mois", ["cdd"]),
    ("Type de contrat\nCDD Insertion - 4 Mois", ["cdd"]),
    ("Stage / Service Civique (+/- 6 mois)", ["stage", "service_civique"]),
    ("Contrat d'apprentissage de 24 mois", ["alternance"]),
    ("Poste ouvert aux contractuels", ["cdd"]),
    ("CDD d'un an avec possible évolution vers un CDI", ["cdd"]),
    ("Type de contrat : CDD ou freelance selon profil", ["cdd", "freelance"]),
    ("Ces missions sont bénévoles", ["benevolat"]),
    ("Un poste en CDI, et la vie associative est riche", ["cdi"]),
    ("Type de contrat\nProfession libérale\nEmploi non salarié", ["freelance"]),
    ("Type de contrat\nContrat à durée déterminée - 12 Mois\nContrat apprentissage", ["alternance"]),
    ("Contrat d'un an à temps partiel. Suivi des bénévoles.", ["cdd"]),
    ("Poste ouvert pour un indépendant, pour un premier contrat de 6 mois", ["freelance"]),
    ("Nous favorisons la diversité des approches d'apprentissage. CDI.", ["cdi"]),
    ("CDI à temps plein. Nous recrutons aussi des services civiques.", ["cdi"]),
    # "Professionnalisation" is a contract in a contract's phrase (France Travail's "Cont. professionnalisation",
    # a school's "contrat d'apprentissage et de professionnalisation"), not as a process (an asbl's
    # "participer à la professionnalisation d'un centre", a lab's "animer une démarche de professionnalisation").
    ("Cont. professionnalisation", ["alternance"]),
    ("formation continue et alternée (contrat d'apprentissage et de professionnalisation)", ["alternance"]),
    ("Type de contrat : Professionnalisation", ["alternance"]),
    ("Tu souhaites participer à la professionnalisation et à la dynamisation d'un centre d'hébergement ?", []),
    ("animer une démarche de professionnalisation continue", []),
    # "Contractuel" qualifying a thing (an NGO's "engagements contractuels", a network's "relation contractuelle
    # avec les partenaires", France Travail's "conditions contractuelles") is not a fixed-term post.
    ("Veiller au respect des délais, du budget et des engagements contractuels.", []),
    ("superviser la relation contractuelle avec les partenaires. Contrat : CDI", ["cdi"]),
    ("Conditions contractuelles\nPoste à temps plein", []),
    ("Recrutement par voie contractuelle", ["cdd"]),
    # A label's value offers what it names first, not the prospect after it (a commune's page on France
    # Travail; a network's offer).
    ("Type de contrat : CDD d'un an puis CDI", ["cdd"]),
    ("Contrat : CDD de 6 mois pouvant évoluer en CDI", ["cdd"]),
    ("Depuis 2010, l'association emploie en CDI.", ["cdi"]),
    ("Contrat : CDD ou en freelance, temps partiel à 80 % minimum", ["cdd", "freelance"]),
    ("Type de contrat : Contrat d'usage projet (4 ans) de droit ouest africain ou européen, avec possibilité "
     "d'évolution en CDI.", []),
]


@pytest.mark.parametrize("phrase, expected", CONTRACTS)
def test_contract_types(phrase, expected):
    found = find_contract_types(phrase)
    assert (found.value if found else []) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Par mail à : contact@fne-bfc.fr", ["contact@fne-bfc.fr"]),
    ("écrire à recrutement [at] territoires.org", ["recrutement@territoires.org"]),
    ("jean.dupont (at) asso (dot) fr", ["jean.dupont@asso.fr"]),
    ("Contact : Marie @ example.org", ["marie@example.org"]),
    # A space typed after the "@" (a copy from a PDF or an editor that links addresses).
    ("par e-mail : catherine.lenoble@ lafun.fr", ["catherine.lenoble@lafun.fr"]),
    ("Candidatures à recrutement@\tmaison-nature.org avant le 3 mars", ["recrutement@maison-nature.org"]),
    ("Suivez-nous @ lafun sur Mastodon", []),
    ("logo@2x.png", []),
])
def test_emails(phrase, expected):
    assert [f.value for f in find_emails(phrase)] == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Pour demande d'information : 03 81 80 92 98", ["+33381809298"]),
    ("Tél. 01.46.70.95.78 ou 06 69 14 95 78", ["+33146709578", "+33669149578"]),
    ("contacter le service au 02.33.32.40.31.", ["+33233324031"]),
    ("SIRET : 123 456 789 00012", []),
])
def test_phones(phrase, expected):
    assert [f.value for f in find_phones(phrase)] == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Pour postuler, utiliser le lien suivant : https://candidat.francetravail.fr/offres/recherche/detail/183TZJX",
     "https://candidat.francetravail.fr/offres/recherche/detail/183TZJX"),
    ("Candidature rapide (https://xalava.typeform.com/to/ZKiZip)", "https://xalava.typeform.com/to/ZKiZip"),
    ("Plus d'informations sur https://www.example.org", None),
])
def test_application_url(phrase, expected):
    found = find_application_url(phrase)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Réf. ATA/CHARG/COOR/ENF", "ATA/CHARG/COOR/ENF"),
    ("rappeler la référence de l'offre d'emploi suivante : 157/2024", "157/2024"),
    ("Référence : offre", None),
])
def test_reference(phrase, expected):
    found = find_reference(phrase)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("OFFRE D'EMPLOI : Chargé(e) de mission Sentinelles de la Nature", "Chargé(e) de mission Sentinelles de la Nature"),
    ("Recrutement - Animateur nature", "Animateur nature"),
    ("Chargé.e de campagne !", "Chargé.e de campagne"),
    ("On recrute : agent(e) polyvalent(e) de ressourcerie en CDDI sur Saint-Maximin et Brignoles (83) !",
     "agent(e) polyvalent(e) de ressourcerie"),
    ("un·e développeur·se fullstack", "développeur·se fullstack"),
    ("Une ou un designer UX", "designer UX"),
])
def test_tidy_title(phrase, expected):
    assert tidy_title(phrase) == expected


@pytest.mark.parametrize("text, expected", [
    ("Intitulé du poste : Product Manager / Product Owner F/H\n\nChef de produit AMOA\n\nContexte", "Chef de produit AMOA"),
    ("Intitulé du poste : Guidoline recrute !\n\nGuidoline recrute un volontaire en Service Civique", "volontaire en Service Civique"),
    ("Intitulé du poste : OFFRE D'EMPLOI : Chargé(e) de mission\n\nFNE recherche un animateur", "Chargé(e) de mission"),
])
def test_title(text, expected):
    from filon.extract.fields.title import find_title

    lines = text.split("\n")
    headings, offset = [], 0
    for line in lines:
        if line == "Chef de produit AMOA":
            headings.append((offset, offset + len(line), 1))
        offset += len(line) + 1
    found = find_title(text, headings)            # headings: (start, end, level), as the pipeline passes them
    assert found.value == expected and text[found.start:found.end].find(expected) >= 0   # its evidence holds it


@pytest.mark.parametrize("phrase, expected", [
    ("FNE Bourgogne Franche-Comté recherche un animateur/trice de réseau", "FNE Bourgogne Franche-Comté"),
    ("Le Plateau Débat Public recrute un(e) assistant(e)", "Plateau Débat Public"),
    ("Employeur\nTRIALP", "TRIALP"),
    ("L'association Territoires en Commun, réseau régional, recrute", "Territoires en Commun"),
    ("Nous recrutons un animateur", None),
    ("L'équipe data.gouv.fr recrute un·e stagiaire en service design", "data.gouv.fr"),
    ("La Communauté de communes Vendée Grand Littoral recrute un-e agent-e polyvalent-e",
     "Communauté de communes Vendée Grand Littoral"),
    ("Intitulé du poste : La Plateforme de l'inclusion recrute un ou une chargé.e", "Plateforme de l'inclusion"),
    ("La Startup d'État Engagement Civique a pour mission de concevoir des services", "Engagement Civique"),
    ("Créé en 2011 et porté par France Nature Environnement Bourgogne Franche-Comté, notre programme",
     "France Nature Environnement Bourgogne Franche-Comté"),
    ("Pour renforcer son équipe, Alternatiba Rennes recrute un animateur", "Alternatiba Rennes"),
])
def test_organization(phrase, expected):
    found = find_organization(phrase)
    assert (found.value if found else None) == expected
