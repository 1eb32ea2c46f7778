"""Field rules added for offers of other sites: one row per real phrase.

The rows come from at least two sources for each rule: the dev2 corpus
(Belgian associations, a Scop, a State agency, Cap emploi pages) and the
first dev corpus or other boards' wording.
"""
import pytest

import filon
from filon.extract.fields.dates import find_deadline, find_start
from filon.extract.fields.title import find_organization
from filon.extract.fields.worktime import find_duration


@pytest.mark.parametrize(("phrase", "expected"), [
    # Presented: "Les X sont un centre", "Le X est le syndicat", "Le X (ACR), organisation de".
    ("Les Territoires de la Mémoire sont un centre d'Éducation à la Résistance.", "Territoires de la Mémoire"),
    ("Le CEF - Comité des Élèves Francophones est le syndicat des élèves du secondaire.", "CEF - Comité des Élèves Francophones"),
    ("Le Comité des Élèves Francophones (CEF), organisation de jeunesse agréée, est une association.",
     "Comité des Élèves Francophones"),
    ("La Maison de la Nature est une association d'éducation à l'environnement.", "Maison de la Nature"),
    # Kinds of bodies beyond associations: a territory's "Pôle" (a Pays' page), a company's "groupe" (France
    # Travail's offers).
    ("Le Pays du Centre Ouest Bretagne est un Pôle d'Equilibre Territorial et Rural.", "Pays du Centre Ouest Bretagne"),
    ("Architecte du futur, Dassault Aviation est un groupe français qui conçoit des avions.", "Dassault Aviation"),
    ("PAPREC GROUP est le premier groupe français de recyclage.", "PAPREC GROUP"),
    ("Le Parc naturel régional du Morvan est un territoire rural habité.", None),
    # Acting: "L'Association X gère / a créé".
    ("L'Association Brassalay gère une Maison d'Enfants à Caractère Social à Biron.", "Association Brassalay"),
    ("Contexte. L'Association Amélie La Vie a créé Les Colibris, un habitat inclusif.", "Association Amélie La Vie"),
    ("Représentant de l'Association Amélie La Vie, l'animateur est garant du projet.", "Association Amélie La Vie"),
    # Joined: "Rejoignez-nous au sein de la X".
    ("Vous souhaitez agir ? Rejoignez-nous au sein de la DINUM !", "DINUM"),
    ("Envie de rejoindre l'équipe de Réseau Action Climat ?", "Réseau Action Climat"),
    # A research unit named after its noun, its parent left out ("du CNRS", "de l'Université").
    ("Le laboratoire UNIC du Centre National de la Recherche Scientifique (CNRS) recrute un/une Developpeur(se) Python.",
     "UNIC"),
    ("L'équipe-projet MOSAIC d'Inria recherche un ou une stagiaire en modélisation.", "MOSAIC"),
    ("Le laboratoire LIRIS (UMR 5205) recherche un stagiaire de M2.", "LIRIS"),
    ("L'équipe Labels de Transition Écologique cherche deux à trois personnes.", "Labels de Transition Écologique"),
    # An acronym and its expansion; a heading's marks and a pictograph before the sentence.
    ("### 👉 Le CFS - Centre de Formation Sportive asbl est à la recherche d’un(e) stagiaire.",
     "CFS - Centre de Formation Sportive asbl"),
    ("## La Fabrique numérique du ministère des Armées recherche\n\nun développeur.", "Fabrique numérique du ministère des Armées"),
    ("L'Incubateur des Territoires recherche **Un.e Coach** pour rejoindre l'équipe.", "L'Incubateur des Territoires"),
    # A name with lower-case words said to be a legal body (Terre de liens PACA; a Belgian asbl's wording);
    # a long name before "recrute" (a regional federation; the State's start-ups).
    ("Terre de liens PACA est une association loi 1901. Elle est membre du mouvement.", "Terre de liens PACA"),
    ("Bonjour.\nArc en ciel est une asbl active à Tournai depuis 1990.", "Arc en ciel"),
    ("Dans le cadre d'un DLA, la Fédération régionale des Maisons des Jeunes et de la Culture Nouvelle-Aquitaine "
     "recrute son.sa Directeur.trice.", "Fédération régionale des Maisons des Jeunes et de la Culture Nouvelle-Aquitaine"),
    ("Bonjour.\nLe poste est une création de la fédération.", None),
    # A name never runs over the dot that ends its sentence; a kind of body may be capitalised (Arc-en-Ciel;
    # the first audit's ESS France Outre-Mer page).
    ("Arc-en-Ciel est une Organisation de Jeunesse reconnue par la Fédération Wallonie-Bruxelles. Elle a pour mission "
     "de favoriser le développement de l'enfance.", "Arc-en-Ciel"),
    ("Le poste est porté par ESS France Outre-Mer. Il comprend", "ESS France Outre-Mer"),
    # After "qu'" ("C'est dans ce contexte qu'Action Education recrute"; a federation's wording).
    ("C’est dans ce contexte qu’Action Education recrute son/sa futur.e chef.fe de projet Sénégal.", "Action Education"),
    ("C'est pourquoi qu'Alternatiba Léman recrute un ou une coordinatrice.", "Alternatiba Léman"),
    # "recherche" the noun, a relative clause: no employer.
    ("Biostatisticien - Méthodologiste en recherche clinique H/F", None),
    ("Le profil que l'on recherche : autonome, curieux.", None),
    # A kind of body alone names no one (an association's page, a commune's, a federation's).
    ("Titre\nL'association recrute un chargé de mission.", None),
    ("La commune recrute un agent d'entretien.", None),
    ("La Fédération recrute un animateur.", None),
    ("L'association Bretagne Vivante recrute un animateur.", "Bretagne Vivante"),
    ("## 📝 La mission pour laquelle on recrute", None),
    ("Participer à la recherche de financements.", None),
    # Possessives are not employers.
    ("Nos futurs locataires recherchent leur Animateur de Vie Sociale !", None),
    ("Vos collègues recherchent un renfort pour l'été.", None),
])
def test_organization(phrase, expected):
    found = find_organization(phrase)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Les candidatures doivent nous parvenir pour le **vendredi 3 janvier 2020 à midi au plus tard**.", "2020-01-03"),
    ("Les dossiers devront être envoyés avant le 15 mars 2024 par courriel.", "2024-03-15"),
    ("Envoie-nous ton CV et une lettre de motivation jusqu'au 23/06/2021, minuit.", "2021-06-23"),
    ("Envoyez votre candidature au plus tard le 4 avril 2025.", "2025-04-04"),
    # A contract's end and a latest start are not deadlines.
    ("Un CDD temps plein (38h/semaine) jusqu'au 31/12/2021", None),
    ("Un contrat de remplacement jusqu'au 31/12/2023 en vue d'un engagement en CDI", None),
    ("Engagement souhaitée au plus tard au 2/10/2023", None),
])
def test_deadline(phrase, expected):
    found = find_deadline(phrase)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(("phrase", "reference", "date", "asap"), [
    ("Engagement au plus tôt le 1/07/2021", None, "2021-07-01", False),
    ("Engagement dès le 2 septembre 2024 pour un an.", None, "2024-09-02", False),
    ("Un engagement souhaité au plus vite (minimum 1 jour par semaine)", None, None, True),
    ("Disponibilité : Dés maintenant", None, None, True),
    # A range gives its first day; its year comes from the range's end.
    ("Stage du 2 mars au 18 septembre 2026, à Nantes.", None, "2026-03-02", False),
    ("Mission de service civique du lundi 6 janvier au 30 juin 2025.", None, "2025-01-06", False),
    ("Stage du 1er décembre au 30 mars 2026 à Lyon.", None, "2025-12-01", False),      # a range across the new year
    # A start without a year follows the offer's deadline or publication, within six months.
    ("Prise de poste le 5 janvier.", "2025-12-10", "2026-01-05", False),
    ("Début du contrat : 1er février", "2024-11-20", "2025-02-01", False),
    ("Poste à pourvoir fin septembre.", "2024-11-20", None, False),
])
def test_start(phrase, reference, date, asap):
    start, found_asap = find_start(phrase, reference)
    assert (start.value[0] if start else None) == date
    assert bool(found_asap) is asap


@pytest.mark.parametrize(("phrase", "expected"), [
    # The length written after the engagement's name, in the title.
    ("Service civique (1 an ou 2 ans) - Animateur nature", (12, 24)),
    ("Volontariat (6 à 8 mois) au Togo", (6, 8)),
    ("Stage (6 mois) - Chargé de mission biodiversité", (6, 6)),
    ("CDD temps plein (6 mois)", (6, 6)),
    # In weeks after the engagement's name (a Belgian party's replacement contract, a State start-up's
    # mission), to the half month; never a leave's or a holiday's weeks.
    ("Contrat de remplacement de 15 semaines, de juin à septembre", (3.5, 3.5)),
    ("Mission de 8 semaines pour lancer le produit", (2, 2)),
    ("Stage de 6 semaines au printemps", (1.5, 1.5)),
    ("CDI, 5 semaines de congés payés", None),
    ("Remplacement d'un congé de maternité de 16 semaines", None),
    # A programme's length is not the post's (the State's digital advisers on beta.gouv, a regional project
    # in Côte d'Ivoire, its sentence broken over lines); the post's own length after it is.
    ("Sur une durée de 2 ans, l'État finance la formation de 4 000 conseillers numériques.\n"
     "Poste ouvert pour un premier contrat de 3 mois à temps plein", (3, 3)),
    ("Le Projet de Cohésion Sociale a été initié par le Bénin,\nle Togo et la Banque mondiale (FCV)\n"
     "auxquelles sont exposés les régions pour une durée de cinq ans à partir de 2022.", None),
    ("4 jours/semaine en télétravail sur 6 mois (renouvelable en fonction des financements obtenus)", (6, 6)),
    ("Durée : minimum 3 mois, renouvelable si le projet atteint ses objectifs.", (3, 3)),
    ("Expertise minimum de 3 ans en tant que développeur full stack", None),
])
def test_duration(phrase, expected):
    found = find_duration(phrase)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(("text", "months"), [
    ("Stage communication du 2 mars au 18 septembre 2026.\n\nL'association X recrute un stagiaire à Nantes.", 6.5),
    ("Service civique du 1er octobre 2025 au 31 mai 2026 à Lyon.", 8),
])
def test_duration_from_a_range(text, months):
    [offer] = filon.extract(text)
    assert (offer.duration_months.min, offer.duration_months.max) == (months, months)


@pytest.mark.parametrize(("phrase", "expected"), [
    # The period and basis named earlier in the clause than the amount.
    ("Le montant de la rémunération mensuelle brute liée à cette fonction est de 2 203,95 €.", (2203.95, 2203.95, "month", "gross")),
    ("Rémunération annuelle brute envisagée, selon le profil et l'expérience : 32 000 €", (32000, 32000, "year", "gross")),
    # Four figures with no period: a month's wage.
    ("A titre indicatif, le salaire net approximatif pour une personne isolée serait de 2130€.", (2130, 2130, "month", "net")),
    ("Salaire : 1 643,54€ à 2 500,00€ suivant ancienneté", (1643.54, 2500, "month", None)),
    # A period in another sentence is not this amount's.
    ("Travail mensuel en équipe. Rémunération : 11€ brut de l'heure", (11, 11, "hour", "gross")),
])
def test_salary(phrase, expected):
    from filon.extract.fields.salary import find_salary

    found = find_salary(phrase)
    assert tuple(found[k].value if k in found else None for k in ("min", "max", "unit", "basis")) == expected


@pytest.mark.parametrize(("phrase", "kind", "hours"), [
    # A range across 35 h written once with its unit (Cap emploi; a digest's "de 24 à 30 heures selon le poste").
    ("Temps de travail : en équipe - de 20 à 35 heures suivant les postes - 6 heures-13 heures", None, 35),
    ("Durée : de 24 à 30 heures selon le planning", "part_time", 30),
    # A day's hours are not a week's.
    ("minimum 1 jour par semaine (7h/jour)", None, None),
    ("Travail du lundi au vendredi, 7 h par jour", None, None),
])
def test_weekly_hours(phrase, kind, hours):
    from filon.extract.fields.worktime import find_working_time

    found = find_working_time(phrase)
    assert (found["kind"].value if "kind" in found else None, found["hours_per_week"].value if "hours_per_week" in found else None) \
        == (kind, hours)


@pytest.mark.parametrize(("phrase", "allowed"), [
    ("Type d'emploi : CDI\nLieu du poste : En présentiel", False),
    ("Conditions :\n - Temps plein\n - En présentiel\n - Paris 9e", False),
    ("Modalités : formation en présentiel et en distanciel, à Bordeaux.", None),
    ("Télétravail possible 2 jours par semaine, le reste en présentiel.", True),
])
def test_on_site(phrase, allowed):
    from filon.extract.fields.remote import find_remote

    found = find_remote(phrase)
    assert (found["allowed"].value if "allowed" in found else None) is allowed


@pytest.mark.parametrize(("heading", "post"), [
    # "recherche" as a noun names a post; as a verb it announces one.
    ("Attaché de recherche clinique (H/F)", True),
    ("Chargé·e de recherche en écologie", True),
    ("L'association recherche un animateur", False),
    ("Les Bricodeurs recrutent des animatrices et animateurs", False),
])
def test_digest_headings_that_name_posts(heading, post):
    text = "\n\n".join(f"## {h}\n\nCDD de 6 mois à Lyon, candidatures à contact@asso.fr avant le 3 mars 2026."
                       for h in (heading, "Animateur nature F/H"))
    assert (len(filon.extract(text, "digest.md")) == 2) is post


@pytest.mark.parametrize(("phrase", "expected"), [
    # Prepositions are not employers.
    ("Dans la continuité de ses actions, l'association recrute un animateur.", None),
    ("Pour Les Amis de la Terre, nous recherchons un bénévole.", None),
    # The organisation one is invited to join.
    ("Envie d'agir pour le climat ? Rejoignez Alternatiba Rennes !", "Alternatiba Rennes"),
    ("Vous voulez rejoindre l'équipe d'Eau et Rivières de Bretagne ?", "Eau et Rivières de Bretagne"),
    ("Rejoignez une équipe dynamique et engagée.", None),
    # With its article (France Travail's hospital and university offers, beta.gouv's DINUM), but not a part of
    # the employer (France Travail's IT offers).
    ("Vous souhaitez intégrer une équipe investie, venez rejoindre l'Hôpital Simone Veil qui recrute un(e) "
     "technicien(ne).", "Hôpital Simone Veil"),
    ("Alors rejoignez l'Université de Franche-Comté, acteur majeur de la recherche.", "Université de Franche-Comté"),
    ("Rejoindre la DINUM, c'est prendre part à un collectif de près de 200 agents.", "DINUM"),
    ("Rejoindre le CHU de Toulouse, c'est bénéficier de :", "CHU de Toulouse"),
    ("Rejoignez la Direction des Systèmes d'Information, composée de 40 personnes.", None),
    ("Rejoignez la DSI de McPhy en tant qu'Administrateur.", None),
    ("Un administrateur pour intégrer la BU Education.", None),
    ("## Rejoindre la Brigade\n\nIntégrer la Brigade, c'est obtenir :", None),
    # A dotted acronym keeps its last dot (an association's page; the same shape as the "S.I.V.O.M." of
    # a union of communes).
    ("L'A.D.E.C.M.R. recrute un chef de culture maraîchage biologique.", "L'A.D.E.C.M.R."),
    ("Le S.I.V.O.M. de la vallée recrute un agent technique.", "S.I.V.O.M. de la vallée"),
    # "chez X" twice names the employer (a Quebec community group; France Travail's ESN and media offers);
    # once, a host or a job service.
    ("Viens faire ta place chez Ville en vert pour :\n\nÊtre chargé.e de projet chez Ville en vert c'est :",
     "Ville en vert"),
    ("L'IT chez ARTEMYS NORMANDIE combine la technologie.\nDiplômé.e ou autodidacte, chez ARTEMYS, nous "
     "recherchons avant tout", "ARTEMYS"),
    ("Bienvenue chez CANAL+ Group ! Séries, films.\nLa vie chez CANAL+ Group, c'est :", "CANAL+ Group"),
    ("Le site est hébergé chez Scaleway (France).", None),
    ("Vous êtes inscrit chez France Travail ?\nInscrit chez France Travail, postulez.", None),
    # "L'entreprise" before a company's name is not part of it (France Travail's job-fair offers, a hundred of
    # them, for several companies).
    ("L'entreprise Sopra Steria recherche actuellement des profils :", "Sopra Steria"),
    ("L'entreprise Capgemini recherche actuellement des profils :", "Capgemini"),
    ("La société Dupont et Fils recrute un comptable.", "Dupont et Fils"),
    ("L'entreprise recrute un comptable.", None),
    # A local authority named as a place or a partner, after a preposition and before a comma, is not the
    # employer (a national park's page, a Geneva forum's, an art centre's, France Travail's school offer); a part of
    # the employer before it leaves it so (France Travail's municipal works).
    ("Porquerolles, Giens-Tombolo sur la commune de Hyères, et Cap Lardier sur la commune de La Croix-Valmer.", None),
    ("Le Forum a été créé début 2017 à l'initiative du canton de Genève et de la Ville de Carouge, dans le but de", None),
    ("Situé au cœur de la ville de Brest, l'ensemble scolaire accueille 2 000 élèves.", None),
    ("Au sein du Centre Technique Municipal de la Commune de Bourbonne les Bains, vous serez placé(e) sous",
     "Commune de Bourbonne les Bains"),
    # A name ending on "-Est" is not cut before "Est" read as the verb.
    ("La Communauté de communes de Forez-Est recrute un chargé de mission.", "Communauté de communes de Forez-Est"),
    # A board's card labels the employer "Société" (a water board's on veille-eau, a community of communes' on
    # alljobs), with or without its accents.
    ("Localisation : Nord-Pas-de-Calais\nSociété : EPTB Lys (SYMSAGEL)\nDate limite de candidature : 12/03/2025",
     "EPTB Lys (SYMSAGEL)"),
    ("Contrat : CDD Temps Plein\nSociete : Mayenne Communauté\nLocalisation : 53100 Mayenne", "Mayenne Communauté"),
    ("Société à taille humaine, nous recrutons un comptable.", None),
    # Other verbs of a body opening a post: "met au concours" (a Geneva forum), "lance un avis / un appel"
    # (an NGO in Mali), "propose un poste / un contrat / un stage" (a union of local authorities, a sports
    # training centre), but not a company's commercial offer.
    ("Le Forum Grosselin met au concours un poste de coordinateur ou coordinatrice.", "Forum Grosselin"),
    ("SOS Villages d'Enfants Mali (SOS VE Mali ) lance le present avis d'appel à candidature pour le recrutement",
     "SOS Villages d'Enfants Mali"),
    ("AMORCE propose un contrat de droit privé à durée indéterminée.", "AMORCE"),
    ("Le CFS vous propose un stage à temps plein.", "CFS"),
    ("IDSOFT propose une offre complète de produits et services.", None),
    # The first sentence under a heading that presents the employer opens on its name with its article (a
    # network's post, a cooperation hub's internship, a Geneva forum, beta.gouv's teams, France Travail's
    # engineering offers), lower-case words in the name up to the verb.
    ("Présentation du réseau :\nLe MOUVEMENT POUR L'ECONOMIE SOLIDAIRE vise à promouvoir l'économie solidaire.",
     "MOUVEMENT POUR L'ECONOMIE SOLIDAIRE"),
    ("Contexte et structure d'accueil :\n\nLa Fabrique, Pôle Territorial de Coopération Economique basé en "
     "Puisaye-Forterre", "Fabrique"),
    ("Qui sommes-nous ?\nLe Forum Grosselin a été créé début 2017.", "Forum Grosselin"),
    ("## Qui sommes-nous ?\n\nLe Code du travail numérique a pour objectif de faciliter l'accès au droit.",
     "Code du travail numérique"),
    ("QUI SOMMES NOUS ?\nLe Groupe PARLYM est un acteur majeur de l'ingénierie.", "Groupe PARLYM"),
    ("## Qui sommes-nous ?\n\nLa Start-up d'État SPPNaut est portée par le Shom, service hydrographique.", "SPPNaut"),
    ("## Qui sommes-nous ?\n\nLa Startup d'État a pour mission de valoriser le patrimoine.", None),
    ("Qui sommes-nous ?\nLe projet est né en 2019 de la rencontre de deux associations.", None),
    # A paragraph opening on a firm's name and what it is, or on "Chez X," and the firm speaking (France Travail's
    # recruitment agencies, an industrial group, a waste company); not an adverb, a heading's list, qualities.
    ("Expectra, leader en France de l'intérim spécialisé et du recrutement en CDI de cadres.", "Expectra"),
    ("Lynx RH Nantes, Cabinet de Recrutement et Intérim, recherche pour l'un de ses clients un(e) Administrateur",
     "Lynx RH Nantes"),
    ("Artus, une entreprise familiale reconnue pour ses valeurs humaines", "Artus"),
    ("Chez Lynx RH Angers, nous nous démarquons par une approche novatrice du recrutement", "Lynx RH Angers"),
    ("Chez Trialp, nos collaborateurs soulignent ce qui fait la différence : un travail", "Trialp"),
    ("Faites confiances à nos différences ! R.A.S Intérim, réseau d'agences d'emploi de 175 agences, propose",
     "R.A.S Intérim"),
    ("Ainsi, nous recrutons un technicien.", None),
    # What a firm is, then its name and a verb (France Travail's software publisher, bank subsidiary, aircraft
    # maker); not a profile addressed to the candidate.
    ("Acteur de référence dans les logiciels de gestion des frais professionnels, N2JSOFT est une FINTECH à taille "
     "humaine", "N2JSOFT"),
    ("Filiale du groupe Crédit Agricole, DOXALLIA partage avec ses clients une grande ambition", "DOXALLIA"),
    ("Avionneur, industriel, prestataire de services industriels et logisticien, Daher a réalisé un chiffre "
     "d'affaires de 1,65 milliard d'euros en 2023.", "Daher"),
    ("Spécialiste de la biodiversité, vous êtes à l'aise avec les inventaires.", None),
    # "X est un leader / un acteur / une filiale", after a question mark too, glued or not (France Travail's
    # recruitment firm, a defence group behind its glued heading, a Savoy distributor).
    ("Page Personnel est une filiale de PageGroup, reconnu comme le leader du recrutement.", "Page Personnel"),
    ("QUI SOMMES-NOUS ?Thales est un leader mondial des hautes technologies spécialisé dans trois secteurs",
     "Thales"),
    ("Implanté au cœur de la vallée de la Tarentaise, TEAMINFO est un acteur majeur dans la distribution",
     "TEAMINFO"),
    # A name, where or since when it is, then what it is (France Travail's IT firms, the third audit's association);
    # not a town so presented.
    ("NG Solutions, basée à Tours, est une société de services informatiques spécialisée dans la gestion",
     "NG Solutions"),
    ("Apgar Consulting, fondée en 2013, est un cabinet de conseil.", "Apgar Consulting"),
    ("L'association PUHR, créée en octobre 2022, compte une trentaine d'adhérents.", "PUHR"),
    ("Paris, située au bord de la Seine, est la capitale.", None),
    ("Le contrat pour 6 mois. Enfin, l'association est impliquée dans l'animation de 2 jardins pédagogiques.", None),
    # After a question, glued or not (France Travail's inspection firm, beta.gouv's teams); an article before a
    # lower-case name, or "l'équipe de", "la startup d'Etat" before a name, is not part of it.
    ("contribuer à des missions passionnantes, ça vous tente ?Apave Exploitation recherche un-e Technicien(ne)",
     "Apave Exploitation"),
    ("Vous souhaitez travailler dans une équipe agile ? L'e-inspé recherche un.e UX Designer senior !", "e-inspé"),
    ("Vous souhaitez travailler dans une équipe agile ? L'équipe du Registre de Preuve de Covoiturage recherche un·e "
     "UX designer", "Registre de Preuve de Covoiturage"),
    ("Vous voulez mettre vos compétences au profit du service public ? La startup d'Etat PARTAJ recherche un·e "
     "développeur·se", "PARTAJ"),
    # A recruitment firm presents itself as a "cabinet" (France Travail's IT recruiters).
    ("21Bis Recrutement est un cabinet de recrutement indépendant qui se veut proche de ses clients",
     "21Bis Recrutement"),
    ("Talents IT est un cabinet de recrutement national spécialisé dans les métiers de l'IT", "Talents IT"),
    ("Appui, conseil et expertise\n\nExpert numérique éco-responsable H/F", None),
    ("Rigueur, autonomie et sens du service.", None),
    # After a comma, the kind of body may be capitalised or follow an adjective (an art centre's post, a Pacific
    # organisation's, France Travail's mutual insurer).
    ("Le Creux de l'enfer, Centre d'art contemporain d'intérêt national", "Creux de l'enfer"),
    ("La Communauté du Pacifique (CPS), principale organisation scientifique et technique du Pacifique",
     "Communauté du Pacifique"),
    ("La MNT, Mutuelle Nationale Territoriale entité du Groupe VYV, est la première mutuelle.", "MNT"),
    ("Le Havre, grande ville portuaire, accueille le festival.", None),
    # The employer's number in a board's directory, then its name, on a line of its own (the hospital federation's
    # offers on France Travail, seven employers); a footnote's number is no employer.
    ("49 - ANGERS\n\n[39594] Centre Hospitalier Universitaire d'Angers\nCONTEXTE DU POSTE",
     "Centre Hospitalier Universitaire d'Angers"),
    ("78 - PLAISIR\n\n[26443] CH de Plaisir\nNous recherchons un(e) infirmier(e).", "CH de Plaisir"),
    ("[1] Voir le décret du 3 mars 2020.", None),
    # A post's author names the employer when nothing else does (dev: a ressourcerie's and a collective's
    # posts), but not a site account's login (a fablab's post by "tangi").
    ("Publié par : La Courtoise Ressourcerie\n\nNous cherchons un·e valoriste.", "La Courtoise Ressourcerie"),
    ("Publié par : Poitiers Collectif\n\nOffre de service civique.", "Poitiers Collectif"),
    ("Publié par : tangi\n\nDeux offres de service civique au fablab.", None),
])
def test_employer_phrases(phrase, expected):
    found = find_organization(phrase)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("### OFFRE n° 7157P\nIntitulé du poste : agent de service", "7157P"),
    ("Offre d'emploi n° 2024-015 : animateur nature", "2024-015"),
    ("N° de l'offre : 7160A", "7160A"),
    ("Cette offre n'est plus disponible.", None),
])
def test_reference(phrase, expected):
    from filon.extract.fields.contacts import find_reference

    found = find_reference(phrase)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(("phrase", "country", "expected"), [
    ("Michel Deudon, référent pédagogique, 06 13 83 54 12", "FR", ["+33613835412"]),
    ("Contact : Julie, référente du dispositif : 04 75 12 34 56", "FR", ["+33475123456"]),
    ("Réf. : 0612345678", "FR", []),
    ("SIRET 123 456 789 00012", "FR", []),
    # National forms read in the offer's country (the CFS, a Belgian asbl), a French one there still French.
    ("Renseignements : cyril@lecfs.be ou au 0497 49 12 25.", "BE", ["+32497491225"]),
    ("Contact en France : 06 13 83 54 12", "BE", ["+33613835412"]),
    ("Tél. +33 6 13 83 54 12", "CH", ["+33613835412"]),
])
def test_phones(phrase, country, expected):
    from filon.extract.fields.contacts import find_phones

    assert [p.value for p in find_phones(phrase, country)] == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    # Belgian replacement contract (CEF) and its French spelling out.
    ("CDR temps plein 3 mois", ["cdd"]),
    ("Un contrat de remplacement jusqu'au 31/12/2023 en vue d'un engagement en CDI temps plein", ["cdd"]),
    # A post offered as either (Le 24ème; a digest's "Stage ou alternance").
    ("Stage / Alternance developpement web", ["stage", "alternance"]),
    ("Offre de stage / alternance : chargé(e) de communication", ["stage", "alternance"]),
    # An apprenticeship's legal contract is not another type.
    ("Alternance : contrat d'apprentissage (CDD de 24 mois)", ["alternance"]),
    # Interns, apprentices, volunteers in the plural: the employer's people, the post's public or
    # courses it runs (CFS, Les Bricodeurs, La Fabrique d'Usages Numériques, PPLAAF), not the post...
    ("Poste en CDD. Le CFS propose des stages sportifs et culturels pour les enfants.", ["cdd"]),
    ("CDD d'usage. Des ateliers hebdomadaires, et des stages en partenariat avec la Maison des Mathématiques.", ["cdd"]),
    ("CDD de 12 mois. Animation auprès de différents publics (jeunes et adultes stagiaires de la formation "
     "professionnelle).", ["cdd"]),
    ("CDD 35h. Accueillir et orienter les publics avec l'appui d'une équipe de volontaires en service civique.", ["cdd"]),
    ("CDI. Vous encadrez les alternants et les apprentis du service.", ["cdi"]),
    # ... people the post manages, never (PPLAAF; a youth centre's and a training centre's tasks)...
    ("Engager et gérer des stagiaires occasionnels en Afrique de l'Ouest.", None),
    ("Missions : encadrement des volontaires en service civique et des bénévoles.", None),
    ("- Tutorat des apprentis et suivi des stagiaires de la structure", None),
    # ... the others only when nothing else is offered, or when a call for them comes first.
    ("Les stagiaires de la formation professionnelle sont accueillis toute l'année.", ["stage"]),
    ("Deux postes : un CDD de 6 mois, et nous recrutons des stagiaires en communication.", ["cdd", "stage"]),
    ("Nous recherchons deux services civiques pour la rentrée.", ["service_civique"]),
    # Working autonomously is not working as a freelance (PPLAAF; a job-board profile's wording).
    ("CDD. Capacité à travailler sous pression, de manière indépendante et avec une supervision limitée.", ["cdd"]),
    ("Poste en CDI : vous travaillez de façon indépendante au sein d'une petite équipe.", ["cdi"]),
])
def test_contract_types(phrase, expected):
    from filon.extract.fields.contract import find_contract_types

    found = find_contract_types(phrase)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    # A diploma below the bac accepted: no level of the record (Cap emploi; a France Travail offer).
    ("Profil recherché : bac secrétariat avec première expérience ou CAP-BEP avec expérience significative", None),
    ("Vous avez un CAP/BEP dans ce domaine ou un bac professionnel.", None),
    # State diplomas of social work name no level (Brassalay).
    ("Diplôme d'Etat d'Educateur Spécialisé, d'Assistant Social, de Moniteur-Educateur, CESF, EJE…", None),
    # Belgium's upper-secondary certificate is the bac (Territoires de la Mémoire; a CESS).
    ("Être titulaire d'un diplôme de l'enseignement secondaire supérieur (minimum)", "bac"),
    ("Titulaire du CESS, vous aimez le contact.", "bac"),
    # A word of a URL is no diploma.
    ("Par github : https://github.com/24eme/24eme.fr/blob/master/_config.yml", None),
    ("Master en sciences de l'éducation souhaité", "bac+5"),
])
def test_education(phrase, expected):
    from filon.extract.fields.education import find_education

    found = find_education(phrase)
    assert (found.value if found else None) == expected


OWN_SITE = "<html><head><title>{title}</title></head><body><main><h1>Animateur nature F/H</h1>" \
           "<p>{text}</p></main></body></html>"


@pytest.mark.parametrize(("title", "text", "expected"), [
    # The employer's own site: its offers speak in the first person.
    ("Offres d'emploi | Terre Vivante", "Nous recrutons un animateur nature en CDD de 6 mois.", "Terre Vivante"),
    ("Animateur nature – Maison de la Nature du Vercors", "Rejoignez notre équipe pour la saison.", "Maison de la Nature du Vercors"),
    ("Recrutement — Les amis de Célestine", "Aucun poste ne te correspond ? Écris-nous, on en discute.",
     "Les amis de Célestine"),
    ("Offres d'emploi | Maison de la Nature", "Une question sur le poste ? Contactez-nous.", "Maison de la Nature"),
    # A job board's name is never the employer.
    ("Animateur nature | Offres d'emploi | ESS Emploi Occitanie", "Nous recrutons un animateur nature.", None),
    ("Animateur nature | Emploi Solidaire", "Une question ? Contactez-nous.", None),
    # A site the offer does not speak for.
    ("Offres d'emploi | Réseau Vert", "Une association du Vercors cherche un animateur nature.", None),
])
def test_employer_from_the_site(title, text, expected):
    [offer] = filon.extract(OWN_SITE.format(title=title, text=text).encode(), "offre.html")
    assert offer.organization == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Envoyez CV et lettre avant le 3 mars.\n\nMarie Dupont\nChargée des ressources humaines\nAssociation Terre Vivante\n"
     "12 rue des Lilas, 26000 Valence", "Association Terre Vivante"),
    ("Candidatures à recrutement@mjc.fr\n--\nPaul Martin, directeur\nMJC de Crest\n04 75 00 00 00", "MJC de Crest"),
    ("Candidatures à contact@asso.fr\n\nAssociation loi 1901 reconnue d'intérêt général", None),
])
def test_employer_in_a_signature(text, expected):
    found = find_organization("Nous recherchons un animateur nature.\n\n" + "x " * 400 + "\n\n" + text)
    assert (found.value if found else None) == expected
