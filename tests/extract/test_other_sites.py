"""Rules for the wording of offers from sites filon was not built on.

Found by reading extraction against unseen offers of association, ESS, NGO
and local-authority sites (README, "Accuracy": the audit of unseen offers).
Each rule has rows from at least two sites; the rows are short phrases as
those pages write them.
"""
import pytest

from filon.extract import extract
from filon.extract.fields.contacts import find_reference
from filon.extract.fields.contract import find_contract_types
from filon.extract.fields.dates import find_deadline, find_published, find_start
from filon.extract.fields.location import find_location
from filon.extract.fields.remote import find_remote
from filon.extract.fields.title import find_organization, find_title
from filon.extract.fields.worktime import find_duration

# A sentence of prose opening a page (longer than a title line may be).
PROSE = ("Cette structure agit depuis de nombreuses années auprès des habitants du territoire, "
         "avec ses partenaires publics et associatifs, pour des projets utiles à tous.")


@pytest.mark.parametrize(("text", "expected"), [
    # A label after a list bullet, and the labels of boards and portals.
    ("- Fonction publique : Fonction publique de l'État\n- Employeur : Office Français de la Biodiversité\n",
     "Office Français de la Biodiversité"),
    ("Structure employeuse : Naturalistes, Environnement et Patrimoine de Mayotte\nContrat : CDD",
     "Naturalistes, Environnement et Patrimoine de Mayotte"),
    ("Lieu du stage : Adakié\nOrganisation d'accueil : Association Sterna Africa\n", "Association Sterna Africa"),
    ("Date de parution : 27-03-2024\n\nAnnonceur ASTEE\nContrat CDD 3 mois\n", "ASTEE"),
    ("Organisme de rattachement\n\nAgence de l'Eau Seine Normandie (AESN)\n\nRéférence\n",
     "Agence de l'Eau Seine Normandie (AESN)"),
    # A label whose value is a link or the next label names nobody.
    ("Synthèse de l'offre\nEmployeur\nSite web de l'employeur\nLieu de travail\nArbois (Jura (39))\n", None),
    ("Employeur\nSite web de l'employeur\nLieux de travail\n  • Strasbourg (Bas-Rhin (67))\n", None),
    # Presented without an article, after a comma, with lower-case words, "en" and "l'" in the name.
    ("MADERA est une association de droit français qui a travaillé en Afghanistan.", "MADERA"),
    ("Sterna Africa est une association d'Éducation à la Citoyenneté.", "Sterna Africa"),
    ("Depuis ses origines, La Cimade est une association de solidarité active.", "Cimade"),
    ("Le Centre bruxellois d'action interculturelle (CBAI) est une association reconnue.",
     "Centre bruxellois d'action interculturelle"),
    ("Médecins Sans Frontières, association médicale humanitaire internationale créée en 1971.", "Médecins Sans Frontières"),
    ("Nature Environnement 17, association départementale loi 1901, conduit des inventaires.", "Nature Environnement 17"),
    ("L'Office franco-allemand pour la Jeunesse (OFAJ) est un organisme binational.",
     "Office franco-allemand pour la Jeunesse"),
    ("Le Groupe d'Etude et de Protection des Oiseaux en Guyane (GEPOG) est une association loi 1901.",
     "Groupe d'Etude et de Protection des Oiseaux en Guyane"),
    ("Elle est une association reconnue d'utilité publique.", None),
    # A name in guillemets after the kind of organisation.
    ("L'association « les Blongios, la nature en chantiers » organise des chantiers.", "les Blongios, la nature en chantiers"),
    ("L'ASBL « Z! » recrute dans le cadre du Plan SACHA:", "Z!"),
    ("L'ASSOCIATION « ECOCENTRE TREGOR SPERED ALL »\n\nRECHERCHE PROFIL ANIMATION", "ECOCENTRE TREGOR SPERED ALL"),
    # A name holds no verb ("X est un institut de recherche" is not "X recherche"), nor a line break.
    ("La Fondation Tour du Valat est un institut de recherche pour la conservation des zones humides.", "Tour du Valat"),
    ("L'association MADERA\nMADERA est une association de droit français.", "MADERA"),
    ("Fondée en 1974, l'association des Ecologistes de l'Euzière, en s'appuyant sur l'écologie",
     "Ecologistes de l'Euzière"),
])
def test_organization(text, expected):
    found = find_organization(text)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Page chrome above the title.
    ("Accès membre\nchargé de projet environnement H/F #108876\nDate de parution : 27-03-2024\n",
     "chargé de projet environnement H/F #108876"),
    ("top of page\nEMPLOI\nL'ASBL « Z! » recrute dans le cadre du Plan SACHA:\n"
     "un·e chargé·e de projet - accompagnement milieu festif et communication\nContrat - Temps partiel\n",
     "chargé·e de projet - accompagnement milieu festif et communication"),
    ("Chargement\nPas de connexion réseau\n\nOffre de mission : La Tresse recherche un·e chargé·e de mission "
     "coordination / communication\n\nLieu : Lalbenque, 46\n", "chargé·e de mission coordination / communication"),
    ("Désolés, la date de candidature est dépassée.\n\n" + PROSE + "\n\nLa Tour du Valat recrute un.e chef.fe de "
     "projet Gestion de l'Eau.\n\nContexte\n", "chef.fe de projet Gestion de l'Eau"),
    # Prose first, then the line that names the post.
    (PROSE + "\nStage dans l'Unité « Régions, Europe et Voisinage » de l'OFAJ\nLieu de stage : Paris 13ème\n",
     "Stage dans l'Unité « Régions, Europe et Voisinage » de l'OFAJ"),
    # A section heading or a label first, and nothing naming the post: no title.
    ("Contexte du recrutement et définition de poste :\n" + PROSE + "\n", None),
    ("Date limite : 24 avril 2021\nL'association MADERA\n" + PROSE + "\n", None),
    ("1. Présentation générale de Coordination SUD\nAssociation loi 1901 fondée en 1994.\n", None),
    ("Précisions sur le poste\n" + PROSE + "\nMissions\n", None),
    ("Employeur : Comité de Bassin d'Emploi du Seignanx\n" + PROSE + "\nContexte\n", None),
    # A label's value on the next line; "Intitulé de la mission".
    ("Organisation d'accueil : Association Sterna Africa\nTitre du poste :\nPersonne chargée de l'accompagnement "
     "de projet ECSI\nMandat :\n", "Personne chargée de l'accompagnement de projet ECSI"),
    ("Cadre général de la mission\nIntitulé de la mission : Assistant·e à la Direction Pays\nLieu de mission "
     "principal : Antananarivo, Madagascar\n", "Assistant·e à la Direction Pays"),
    # A board's job family is not the post; nor is a label's value ("Contrat" then "Salarié").
    ("Détails de l'annonce\nType d'emploi : Contrat à durée indéterminée\nFonction : Animation/Formation\n", None),
    ("Postuler\nRéf.\n2025/CO/13300\nContrat\nSalarié\nDurée\n12 mois renouvelable\nDescription de la mission\n"
     "Expertise France recherche un.e chef.fe de projet.\n", "chef.fe de projet"),
    # A label holding its value ("Publié le 15 sep. 25") does not make the next line a value.
    ("Publié le 15 sep. 25\n\nChargé·e de développement des coopérations dans la zone Caraïbes Amazonie\n\n"
     "Durée de la mission : 12 mois\nStage de préparation au départ : 17-21 novembre 2025\n",
     "Chargé·e de développement des coopérations dans la zone Caraïbes Amazonie"),
    # A page's name given as the post's ("title: Offres d'emploi" of a site's jobs page): the sentence
    # saying what is sought (PPLAAF; an association's recruitment page).
    ("Intitulé du poste : Offres d'emploi\n\nLa Plateforme de Protection des Lanceurs d'alerte en Afrique (PPLAAF) "
     "recherche un coordinateur régional pour son bureau Afrique de l'Ouest.\n", "coordinateur régional"),
    ("Recrutement\n\nL'association Bretagne Vivante recrute un animateur nature en CDD de 6 mois.\n", "animateur nature"),
    # "son/sa futur.e", "son prochain", "sa nouvelle" before the post (Action Education, the MJC federation of
    # Nouvelle-Aquitaine, a network's wording).
    ("La FRMJC Nouvelle-Aquitaine recrute son.sa Directeur.trice régional.e\n", "Directeur.trice régional.e"),
    ("C’est dans ce contexte qu’Action Education recrute son/sa futur.e chef.fe de projet Sénégal.\n",
     "chef.fe de projet Sénégal"),
    ("Tela Botanica recrute son prochain coordinateur réseau (H/F)\n", "coordinateur réseau"),
    ("Recrutement d'un ingénieur d'études\n\nLe Clersé recrute un ingénieur.\n", "Recrutement d'un ingénieur d'études"),    # The gender marker ends the post in a sentence, bracketed or bare (a network's page run into its
    # breadcrumb; France Travail records).
    ("Home OFFRES EMPLOIS ET STAGES\nTÔT OU T'ART recrute un chargé de mission droits culturels [F/H]19/12/2023OFFRES "
     "D'EMPLOIS & DE STAGES EN ALSACE", "chargé de mission droits culturels"),
    ("Offres\nLa société recherche un gestionnaire base de données F/H qui mettra à jour les fichiers.\n",
     "gestionnaire base de données"),    # Nothing else naming the post: the sentence addressing the candidate as it (a Belgian youth
    # organisation's page; France Travail and beta.gouv wordings), never a role that is no post.
    ("Tu partages les valeurs d'Arc-en-Ciel et tu souhaites participer à la professionnalisation et à la dynamisation d'un centre d'hébergement "
     "pour jeunes à Tournai ?\nArc-en-Ciel est une Organisation de Jeunesse.\nFinalités\nEn tant qu'auxiliaire "
     "technique, et en étroite collaboration avec l'animatrice, il.elle a la charge de l'entretien.\n", "auxiliaire technique"),
    # A purpose clause between the verb and the post ("Nous recrutons pour préparer ... un X": an association of
    # popular education; "Nous recrutons, pour notre client, ..., un X": a France Travail agency's offer).
    ("Offres\nNous recrutons pour préparer, coordonner et animer le terrain d'aventures 2026 un animateur-coordinateur "
     "sur une durée de 5 mois.\n", "animateur-coordinateur"),
    ("Offres\nNous recrutons, pour notre client, groupe en forte croissance, un Chargé d'Etude H/F à Montpellier.\n",
     "Chargé d'Etude"),
    ("Missions\nEn tant que Data Engineer, vous concevez les flux de données.\n", "Data Engineer"),
    ("Missions\nEn tant qu'Administrateur Systèmes et Réseaux (H/F), vous assurez le maintien.\n",
     "Administrateur Systèmes et Réseaux"),
    ("Missions\nEn tant que membre, vous participez à la vie du réseau.\n", None),
    ("Missions\nEn tant qu'organisateur de forums de recrutement, nous accompagnons les entreprises.\n", None),
])
def test_title(text, expected):
    found = find_title(text, [])
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The employer's volunteers are not a volunteer post.
    ("Le centre social est composé de 6 agents et de 12 bénévoles.", None),
    ("L'association est portée par une équipe de salarié·es et bénévoles.", None),
    ("Elle possède environ 330 adhérents dont certains sont bénévoles actifs.", None),
    # A call for volunteers is one.
    ("L'association GSC recrute des bénévoles pour ses maraudes.", ["benevolat"]),
    ("Nous avons besoin d'étoffer l'équipe de bénévoles lors de ces manifestations.", ["benevolat"]),
    # A contract of a stated length outweighs a mention in the tasks (the weak parts).
    ("Contrat d'un an renouvelable.\nSuivre les volontaires en service civique.", ["cdd"]),
])
def test_contract_types(text, expected):
    weak = [(text.find("Suivre"), len(text))] if "Suivre" in text else []
    found = find_contract_types(text, "", weak)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(("text", "city", "department", "country"), [
    # A street address before the commune on a place line; the part after the last comma.
    ("Lieu de travail\nPL DE LA MAIRIE, Chailland (Mayenne (53))\nPoste à pourvoir le\n", "Chailland", "53", "FR"),
    ("Lieu de travail\nPLACE DU 8 MAI 1945, Neuville-sur-Saône (Rhône)\n", "Neuville-sur-Saône", "69", "FR"),
    ("Lieu de travail\n- place Jean Jaurès, Sin-le-Noble (Nord)\n", "Sin-le-Noble", "59", "FR"),
    ("Lieu de travail\n4 rue du Champ de Foire, Arbois (Jura (39))\n", "Arbois", "39", "FR"),
    ("Lieux de travail\n  • Direction des ressources humaines - 1 place adrien zeller - bp 91006, Strasbourg "
     "(Bas-Rhin (67))\n", "Strasbourg", "67", "FR"),
    # More cues of the place: "lieu du travail", "lieu de mission principal", a board's row without colon.
    ("Lieu du Travail : Tawila Soudan\n", "Tawila", None, "SD"),
    ("Lieu du stage : Adakié/Côte d'Ivoire\nOrganisation d'accueil : Association\n", "Adakié", None, "CI"),
    ("Lieu de mission principal : Antananarivo, Madagascar\n", "Antananarivo", None, "MG"),
    ("  • Lieu : 1050 - Ixelles\n  • Temps de travail : Temps plein\n", "Ixelles", None, "BE"),
    ("Contrat CDD 6 mois\nLocalisation Hauts-de-Seine\nFormation BAC+3\n", None, "92", "FR"),
    ("Localisation Hauts-de-Seine\nLes interventions ont lieu toute l'année à Nanterre, dans un jardin.\n",
     "Nanterre", "92", "FR"),
    ("CDD\nLocalisation Marigot, Saint-Martin\nImpact\n", "Saint-Martin", "978", "FR"),
    # A postal box is no postal code; an address holding its postal code; a district after a comma is not read
    # unless an address or an unknown town comes before it.
    ("Lieu de travail\nAllée de Poggio Mirteto - B.P. 90031, Canéjan (Gironde)\n", "Canéjan", "33", "FR"),
    ("* Localisation : 20 avenue de Ségur - 75 007 Paris, Le Grenier d'Abondance, 6 Quai Saint-Vincent, 69001 Lyon\n",
     "Paris", "75", "FR"),
    ("Poste en CDI ;***Basé au siège du Groupe Club Med à Paris, La Villette (19ème) ;***Télétravail", "Paris", "75", "FR"),
    ("Employeur\nWORKIN QUEBEC\nBasé en France et au Québec.\n", None, None, "CA"),
    # A small town abroad in running text counts where the offer shows its country (its mailbox's domain).
    ("Pour travailler dans ses bureaux à Bierges.\nCandidature à candidature@lecfs.be", "Bierges", None, "BE"),
    ("Poste basé à Floreffe.\nA propos de l'organisme employeur (asblz.be)", "Floreffe", None, "BE"),
    ("Poste basé à Floreffe.\nEnvoyez votre CV.", None, None, None),
    # No place named: the country of the addresses one writes to, when they are all of one foreign country.
    ("Envoyez votre CV et votre lettre à candidature@lecfs.be avant le 11 novembre.", None, None, "BE"),
    ("Dossier complet à emplois@association-romande.ch, référence ANIM-24.", None, None, "CH"),
    ("Écrire à recrutement@asso.be ou à rh@asso.fr.", None, None, None),
    # ... or of the employer's signs: a Belgian legal form or province (Centre culturel d'Herlaimont ASBL; Ecolo's
    # "province de Liège"; the first audit's Geminiacum asbl), a Swiss Sàrl.
    ("Le Centre culturel d'Herlaimont ASBL engage un animateur-directeur (H/F).", None, None, "BE"),
    ("Animation des locales sur le territoire de la province de Liège (Huy-Waremme).", None, None, "BE"),
    ("Atelier Bois Sàrl engage un menuisier, canton de Vaud.", None, None, "CH"),
    # A French city is not its small Belgian namesake, whatever the page shows.
    ("Une asbl partenaire en Belgique. Poste à Lille.", "Lille", "59", "FR"),
    # "au" and "aux" hold the article of a commune's name ("au Havre", "aux Mureaux"), and a board's place line
    # drops it ("17 - Rochelle", "78 - Mureaux": France Travail); "au Centre", "au Sénégal" are no commune.
    ("Ce poste en CDI est basé aux Mureaux (78) et offre l'opportunité de travailler.", "Les Mureaux", "78", "FR"),
    ("Développez des services numériques au Mans et accompagnez nos clients.", "Le Mans", "72", "FR"),
    ("Stage au Pradet (83) de 6 mois.", "Le Pradet", "83", "FR"),
    ("Publié le 6 janvier 2025\n17 - Rochelle\n", "La Rochelle", "17", "FR"),
    ("Publié le 7 novembre 2024\n78 - Mureaux\n", "Les Mureaux", "78", "FR"),
    ("Vous travaillerez au Centre social du quartier.", None, None, None),
    ("Mission au Sénégal pour six mois.", None, None, "SN"),
    # A département's code after the name decides: the commune of it that the name begins, or, after two
    # names joined by "et", the département alone (La Courtoise Ressourcerie; a France Travail title's wording).
    ("Poste à Saint-Maximin (83), au sein de la ressourcerie.", "Saint-Maximin-la-Sainte-Baume", "83", "FR"),
    ("Poste à Saint-Maximin (60), au sein de la ressourcerie.", "Saint-Maximin", "60", "FR"),
    ("CDDI sur Saint-Maximin et Brignoles (83) !", None, "83", "FR"),
    ("Agent d'entretien à Vienne et Pont-Évêque (38)", None, "38", "FR"),
    # The employer's own workplace named after its town (France Travail offers of three employers).
    ("Rejoindre notre site de Bourges, vous serez rattaché au service informatique.", "Bourges", "18", "FR"),
    ("Vous intégrez l'équipe de notre agence de Servon-sur-Vilaine.", "Servon-sur-Vilaine", "35", "FR"),
    ("Notre agence de Communication recrute un chargé de projet.", None, None, None),
    # The employer's seat is not the work place.
    ("Son siège se situe à Paris. Actuellement, ses projets sont réalisés au bénéfice des populations.", None, None, None),
    ("Le mouvement est composé d'un secrétariat national à Paris, de 8 délégations.", None, None, None),
])
def test_location(text, city, department, country):
    found = find_location(text)
    values = {key: f.value for key, f in found.items()}
    assert (values.get("city"), values.get("department"), values.get("country")) == (city, department, country)


@pytest.mark.parametrize(("text", "expected"), [
    # A portal's row: "Télétravail" then its value; "Non renseigné" states nothing.
    ("Temps de travail\nTemps complet\nTélétravail\nNon\nExperience souhaitée\nConfirmé\n", False),
    ("Temps de travail\nTemps complet\nTélétravail\nNon\nManagement\nOui\n", False),
    ("- Catégorie Catégorie A (cadre)\n- Management Non\n- Télétravail possible Non renseigné\n", None),
    ("Télétravail\nOui\n", True),
])
def test_remote(text, expected):
    found = find_remote(text).get("allowed")
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A public employer's legal cap on a contract is not its length; nor is experience.
    ("Le contrat proposé ne peut excéder trois ans, renouvelable dans la limite d'une durée maximale de six ans.", None),
    ("Le contrat proposé ne peut excéder un an, renouvelable dans la limite d'une durée totale de 2 ans.", None),
    ("CDD\nLocalisation Marigot\nDe 1 à 3 année(s) d'exp.\n", None),
    # "1 an" ending its line.
    ("Date de début de contrat : juin 2025\nDurée du contrat : 1 an\nClôture des candidatures : 4 avril 2025\n", (12, 12)),
    ("Type de contrat\nCDD\nDurée du contrat : 1 an\n", (12, 12)),
])
def test_duration(text, expected):
    found = find_duration(text)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(("text", "deadline", "published", "reference"), [
    # A portal's rows: the label alone, a blank line, then the value.
    ("Référence\n\n2024-1498360\n\nDate de parution\n\n04/03/2024\n\nDate limite de candidature\n\n01/04/2024\n",
     "2024-04-01", "2024-03-04", "2024-1498360"),
    ("Postuler\n\nRéf.\n2025/CO/13300\n\nDate limite de candidature\n31/07/2025 23:59\n", "2025-07-31", None, "2025/CO/13300"),
    # A label mid-sentence does not reach into the next line.
    ("Merci d'indiquer la référence\nCDI à temps plein\n", None, None, None),
    # "Mis en ligne le" (masculine).
    ("Durée\n1 an renouvelable\nMis en ligne le : 02/10/2025\nBasé(e) à Lomé\n", None, "2025-10-02", None),
])
def test_portal_rows(text, deadline, published, reference):
    found = find_deadline(text), find_published(text), find_reference(text)
    assert tuple(f.value if f else None for f in found) == (deadline, published, reference)


@pytest.mark.parametrize(("markdown", "expected"), [
    # A static-site post's product ("startup: ...") hires when its text names no employer.
    ("---\nroles: un·e développeu·r·se\nstartup: data.gouv.fr\n---\n\nNous recherchons un profil plutôt Python.\n",
     "data.gouv.fr"),
    ("---\nroles: Business Developer\nstartup: peps\n---\n\nVous accompagnerez le déploiement du service.\n", "peps"),
    # ... and gives way to the name the text gives ("Rejoins l'équipe X").
    ("---\nroles: Dev backend - data (F/H)\nstartup: a-just\n---\n\nRejoins l'équipe A-JUST, une start-up d'Etat du "
     "Ministère de la Justice.\n", "A-JUST"),
])
def test_organization_of_a_post(markdown, expected):
    assert extract(markdown, "offre.md")[0].organization == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A local authority named by its town.
    ("La commune de Chailland, commune labellisée petite cité de caractère, recrute un animateur.", "commune de Chailland"),
    ("LA VILLE DE SIN LE NOBLE RECRUTE\nUN(E) DIRECTEUR(TRICE) DE CENTRE SOCIAL MUNICIPAL", "VILLE DE SIN LE NOBLE"),
    ("La commune de Canéjan se situe en Gironde, à la limite du territoire de Bordeaux Métropole.", "commune de Canéjan"),
    # An acronym in brackets between the name and "recrute".
    ("Le Grand Projet des Villes Rive Droite (GPV Rive Droite) recrute un.e chef.fe de projet pour piloter.",
     "Grand Projet des Villes Rive Droite"),
    ("Le Centre bruxellois d'action interculturelle (CBAI) recherche un.e Chargé·e de missions.",
     "Centre bruxellois d'action interculturelle"),
    # "X agit depuis", never a pronoun.
    ("Vous souhaitez agir ?\nMédecins du Monde agit depuis plus de 40 ans pour soigner.", "Médecins du Monde"),
    ("Elle agit depuis 1990 pour l'accès aux droits.", None),
    # A name glossed by its acronym.
    ("La création du modèle. La Fédération des Récupérathèques (FDR) s'est construite à la suite d'un besoin.",
     "Fédération des Récupérathèques"),
    ("1. Contexte\nLe Groupement National des Associations Pastorales (GNAP), en partenariat avec ACF, met en œuvre",
     "Groupement National des Associations Pastorales"),
    ("Dans le cadre du projet, le Centre lillois d'études et de recherches sociologiques et économiques (Clersé) de "
     "l'Université de Lille I recrute", "Centre lillois d'études et de recherches sociologiques et économiques"),
    ("Il permettra d'animer le Plan Climat Air Energie Territorial (PCAET) de la communauté.", None),
    # "X est à la recherche d'un"; a word of a list before ", réseau" is no name.
    ("13 - AIX EN PROVENCE\n\nL'agence Domino STAFF Aix est à la recherche d'un Serveur (H/F).", "Domino STAFF Aix"),
    ("Gérer nos infrastructures IT (serveurs Windows, Linux, VMWare, RDS, AS400, réseau WAN, LAN).", None),
    # Checked on the scale corpus: a label's value that opens with a section's word is still a name; a quality
    # listed as "- Organisation : ..." is none; nor "31 équipes de recherche", "L'un d'eux", a unit's label.
    ("Informations complémentaires\n\nEmployeur\nLa Poste est une société anonyme française majoritairement présente en tant "
     "qu'opérateur postal, en France et à l'international, dans plusieurs métiers.", "La Poste"),
    ("Informations complémentaires\n\nEmployeur\nCOMPETENCES + INTERIM\n\nPour postuler\n", "COMPETENCES + INTERIM"),
    ("avec les qualités suivantes :\n\n- Organisation : Capacité à planifier et à structurer les tâches.\n", None),
    ("CRIStAL est une unité mixte. Forte de ses 31 équipes de recherche, regroupées en 9 groupes.", None),
    ("Viveris pilote les chantiers du secteur Transport. L'un d'eux a pour but de positionner notre client.", None),
    ("Au sein de l'unité de Biométrie, labellisée Centre de Traitement des Données (CTD) par l'INCa.", None),
    ("Lynx RH est actuellement à la recherche d'un Administrateur systèmes (H/F).", "Lynx RH"),
])
def test_organization_more(text, expected):
    found = find_organization(text)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(("text", "city", "department"), [
    # The commune ending the title when the text names no place.
    ("UN.E CHARGE.E DE COORDINATION ACTION BIDONVILLES – MONTPELLIER\nCDD temps plein à terme précis\n"
     "Depuis ses origines, La Cimade est une association de solidarité active.\n", "Montpellier", "34"),
    ("Le Cnajep recherche un chargé de projet « Dialogue structuré », H/F, Paris, France\nDescription :\n"
     "Le Cnajep est une coordination de mouvements de jeunesse.\n", "Paris", "75"),
    ("Chargé de mission - Environnement\nCDD de 6 mois pour animer le réseau.\n", None, None),
    # A board's metadata line that is a commune and nothing else.
    ("informations générales\nSablé-sur-Sarthe\nCDD\nL'association Cultivons le mieux manger s'inscrit dans cette "
     "dynamique.\n", "Sablé-sur-Sarthe", "72"),
    ("OFFRE DE STAGE – chargé.e de projet coopération\n\nMaison de l'Environnement\n\nLyon\n\nSur place\n\n"
     "Plein temps\n", "Lyon", "69"),
    # A street address on a "Localisation :" line.
    ("- Durée : 3 ans\n- Début : 1er février 2021\n- Localisation : 20 avenue de Ségur, Paris (75) et en télétravail\n",
     "Paris", "75"),
])
def test_place_in_the_title(text, city, department):
    offer = extract(text, "offre.txt")[0]
    assert (offer.location.city, offer.location.department) == (city, department)


@pytest.mark.parametrize(("text", "expected"), [
    # "hors": excluded; the employer's people listed; a training course called "stage".
    ("CDD\nLe poste serait le premier poste (hors poste en alternance) créé pour le tiers-lieu.", ["cdd"]),
    ("La Tour du Valat emploie environ 90 salariés, ainsi qu'une vingtaine de services civiques, volontaires.", None),
    ("Au printemps, l'équipe s'étoffe selon les années de saisonnières, alternant·es, stagiaires et bénévoles.", None),
    ("Date de stage de préparation au départ : du 15 au 18 juillet 2025", None),
    ("Elle propose au grand public une large gamme de formations et de stages autour de l'agroécologie.", None),
    ("Offre de stage : chargé·e de communication, stage de 6 mois.", ["stage"]),
    # "Indépendant" describing the employer is no freelance post; a freelance worker is one.
    ("COOPI est une organisation humanitaire italienne laïque et indépendante qui lutte contre la pauvreté.", None),
    ("Mistertemp', premier groupe français indépendant combinant une offre de services RH.", None),
    ("Poste ouvert pour un indépendant ou une indépendante pour un premier contrat.", ["freelance"]),
    ("Le poste est ouvert pour un·e indépendant·e, pour une durée de 6 mois.", ["freelance"]),
    ("Contrat : indépendant\nRémunération : selon profil\n", ["freelance"]),
    # A contract's length stated: fixed-term.
    ("Date de début de contrat : juin 2025\nDurée du contrat : 1 an\n", ["cdd"]),
])
def test_contract_types_more(text, expected):
    found = find_contract_types(text, "")
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(("text", "start", "deadline"), [
    ("Lieu : Lalbenque, 46\nDates de la mission : mars 2024 à juin 2024 (4 mois)\n", ("2024-03-01", "month"), None),
    ("RECHERCHE PROFIL ANIMATION/COORDINATION POUR LE 1 ER MARS 2021.\nPrise de poste le 1 er mars 2021\n",
     ("2021-03-01", "day"), None),
    ("Fonctions\nGestion de projets et programmes\nDate de validité\n12/03/2025\n", None, "2025-03-12"),
    ("Titre du Poste : Chef de projet\n\nLieu du Travail : Tchad\n\nDate de Soumission : 23/02/2026\n", None, "2026-02-23"),
])
def test_dates_more(text, start, deadline):
    found_start, found_deadline = find_start(text)[0], find_deadline(text)
    assert (found_start.value if found_start else None, found_deadline.value if found_deadline else None) == (start, deadline)
