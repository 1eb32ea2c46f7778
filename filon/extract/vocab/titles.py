"""Words of French job titles, and the prefixes that surround them.

JOB_NOUNS tell a heading that names a post ("Responsable de pôle") from one
that names a part of the offer ("Missions"). Inclusive spellings
(chargé·e, animateur/trice, agent(e)) are matched on their stem.
"""

JOB_NOUNS = (
    r"chargée?", r"responsable", r"animat(?:eur|rice)", r"agente?", r"coordinat(?:eur|rice)", r"coordonnat(?:eur|rice)",
    r"assistante?", r"directeur|directrice", r"stagiaire", r"stage", r"bénévoles?", r"volontaires?", r"salariée?",
    r"service\s+civique", r"alternan(?:te?|ce)", r"apprentie?", r"technicien(?:ne)?", r"ingénieure?", r"développeu(?:r|se)",
    r"designer", r"chef(?:fe)?", r"conseill(?:er|ère)", r"gestionnaire", r"administrat(?:eur|rice)", r"éducat(?:eur|rice)",
    r"médiat(?:eur|rice)", r"comptable", r"secrétaire", r"juriste", r"consultante?", r"officier", r"opérat(?:eur|rice)",
    r"ouvri(?:er|ère)", r"employée?", r"ambassad(?:eur|rice)", r"accompagnat(?:eur|rice)", r"encadrante?",
    r"formateur|formatrice", r"délégué(?:e)?", r"référente?", r"cheffe?", r"product\s+(?:manager|owner)", r"data\s+\w+",
    r"intervenante?", r"facilitat(?:eur|rice)", r"rédact(?:eur|rice)", r"graphiste", r"éco-?\w+", r"guide\b",
    r"infirmi(?:er|ère)", r"ripeur", r"chauffeur", r"gardien(?:ne)?", r"vendeu(?:r|se)", r"commerciale?",
)

# Prefixes that announce an offer rather than name it, stripped from titles.
# After one of them, a place or contract tail is cut too ("On recrute :
# agent polyvalent en CDDI sur Brignoles" -> "agent polyvalent").
TITLE_PREFIXES = (
    r"offre\s+d'emploi", r"offre\s+de\s+stage", r"offre\s+de\s+mission", r"offre", r"recrutement", r"annonce",
    r"appel\s+à\s+candidatures?", r"fiche\s+de\s+poste", r"poste\s+à\s+pourvoir", r"on\s+recrute", r"nous\s+recrutons",
    r"intitulé\s+du\s+poste", r"intitulé", r"poste", r"emploi", r"job",
)

# How a page of a site's "careers" section is titled, as opposed to an offer
# ("Devenir stagiaire ou alternant-e", "Rejoignez-nous", "Travailler chez
# nous"): such a title gives way to the first heading that names a post.
PAGE_TITLE_OPENERS = (
    r"devenir", r"rejoignez", r"rejoindre", r"nous\s+rejoindre", r"travailler", r"travaillez", r"postuler", r"postulez",
    r"découvrez", r"découvrir", r"nos\s+offres", r"les\s+offres", r"offres\s+d'emploi", r"emplois?\s+et\s+stages?",
    r"carrières?", r"recrutements?\s*$", r"on\s+recrute\s*!?\s*$", r"nous\s+recrutons\s*!?\s*$",
)

# Labels whose value names the employer ("Employeur : X", "Structure employeuse : X",
# "Organisme de rattachement" then the name on the next line), as regex
# alternatives, matched without case at a line's start (after a list bullet).
ORGANIZATION_LABELS = (
    r"structure\s+employeuse", r"structure\s+d'accueil", r"structure", r"employeur", r"nom\s+de\s+l'employeur",
    r"organisme\s+(?:de\s+rattachement|employeur|d'accueil)", r"organisme", r"organisation\s+d'accueil", r"organisation",
    r"entreprise", r"association", r"collectivité", r"recruteur", r"nom\s+de\s+la\s+structure", r"nom\s+de\s+l'organisme",
    r"soci[ée]t[ée]",                         # a board's card: "Société : EPTB Lys (SYMSAGEL)", "Societe : Mayenne Communauté"
)
# Words that open an organisation's name glossed by its acronym ("la Fédération des
# Récupérathèques (FDR)", "Le Groupement National des Associations Pastorales (GNAP)").
GLOSSED_ORGANIZATION_WORDS = (
    r"Association", r"Fédération", r"Confédération", r"Réseau", r"Collectif", r"Centre", r"Comité", r"Groupement",
    r"Groupe", r"Office", r"Institut", r"Agence", r"Union", r"Syndicat", r"Fondation", r"Coordination", r"Mouvement",
    r"Maison", r"Ligue", r"Observatoire", r"Conservatoire", r"Conseil",
)
# Research units named by their own name after a common noun, whose parent follows ("le
# laboratoire UNIC du CNRS recrute", "l'équipe-projet MOSAIC d'Inria"): the unit is the employer,
# the noun and the parent are not its name.
UNIT_WORDS = (r"laboratoire", r"labo", r"unité(?:\s+de\s+recherche|\s+mixte\s+de\s+recherche)?", r"équipe(?:-projet)?",
              r"centre\s+de\s+recherche", r"école\s+doctorale")
# Parts of an employer that a candidate joins ("Rejoignez la Direction des Opérations", "intégrer la BU
# Education", "rejoindre l'Entité Ingénierie"): not the employer's name after "rejoindre le/la/l'".
INTERNAL_UNITS = (
    r"Direction", r"DSI\w*", r"DRH", r"BU", r"Entité", r"Domaine", r"Service", r"Pôle", r"Département", r"Équipe", r"Equipe",
    r"Team", r"Cellule", r"Unité", r"Division", r"Mission", r"Délégation", r"Bureau", r"Squad", r"Tribu", r"Excellence",
    r"Aventure", r"Famille", r"Brigade", r"Communauté\s+(?!de\s+communes|d['’]agglomération|urbaine)", r"\w+\s+[Ff]actory",
)
# Names after "chez" that are not an employer: job services where a candidate registers ("inscrit chez France
# Travail") and people ("chez Mme X"), matched at the name's start.
NOT_EMPLOYER_AT = (r"France\s+Travail", r"P[ôo]le\s+[Ee]mploi", r"Apec\b", r"APEC\b", r"Indeed", r"LinkedIn", r"M\.", r"Mme\b",
                   r"Madame", r"Monsieur", r"Mr\b", r"Dr\b")
# Local authorities named by their town ("La commune de Chailland", "la Ville de Sin le Noble").
LOCAL_AUTHORITY_WORDS = (r"commune", r"ville", r"mairie", r"communauté\s+de\s+communes", r"communauté\s+d'agglomération",
                         r"métropole", r"département")
# What such an authority does as its text's subject ("La Métropole d'Aix-Marseille-Provence pilote des politiques",
# "La Ville d'Orsay entend ainsi promouvoir", "la Mairie de Valentigney recherche").
LOCAL_AUTHORITY_VERBS = (r"recrute", r"recherche", r"se\s+situe", r"compte", r"propose", r"pilote", r"entend", r"porte", r"mène",
                         r"regroupe", r"rassemble", r"développe", r"gère", r"emploie", r"accompagne")
# The labels above that name the employer even as a list's item ("- Employeur : X"); a bare
# "- Organisation : ..." in a list is a quality asked for.
ORGANIZATION_LIST_LABELS = (
    r"structure\s+employeuse", r"structure\s+d'accueil", r"employeur", r"nom\s+de\s+l'employeur",
    r"organisme\s+(?:de\s+rattachement|employeur|d'accueil)", r"organisation\s+d'accueil",
)
# Labels that a board writes before the employer's name with no colon ("Annonceur ASTEE").
ORGANIZATION_BARE_LABELS = (r"annonceur",)

# Words that open an employer's name on a line of its own (a signature).
ORGANIZATION_WORDS = (
    r"Association", r"Fédération", r"Réseau", r"Collectif", r"Maison", r"Centre", r"Ligue", r"Mairie", r"Ville\s+d[e']",
    r"Commune\s+d[e']", r"Communauté\s+(?:de\s+communes|d'agglomération|urbaine)", r"Syndicat", r"Fondation", r"Coopérative",
    r"Union", r"CPIE", r"MJC", r"SCOP", r"SCIC", r"Scop", r"Département\s+d[e']", r"Conseil\s+départemental", r"Région",
)

# An offer that speaks for its publisher ("Nous recrutons", "notre
# association"): on a site's own page, the site is the employer.
FIRST_PERSON_EMPLOYER = (
    r"nous\s+recrutons", r"nous\s+recherchons", r"nous\s+cherchons", r"rejoignez[- ]nous",
    r"rejoins[- ]nous", r"nous\s+rejoindre", r"écri(?:s|vez)[- ]nous", r"contacte(?:z)?[- ]nous",
    r"notre\s+(?:association|structure|équipe|fédération|réseau|coopérative|collectif|entreprise)",
)

# Headings that present the employer by name ("1. Présentation générale de Coordination SUD",
# "Présentation du GEPOG", "À propos du 24ème", "à propos de Dora"), as regex alternatives;
# the name follows "de", "du", "de la", "de l'", "de l'association".
ORGANIZATION_ABOUT_HEADINGS = (r"présentation(?:\s+générale)?", r"à\s+propos")

# Headings of the part that presents the employer without naming it ("Qui sommes-nous ?",
# "Présentation du réseau :", "Contexte et structure d'accueil :"): the first sentence under
# one opens on the employer's name ("Le Forum Grosselin a été créé", "La Fabrique, Pôle ...").
EMPLOYER_PART_HEADINGS = (
    r"qui\s+sommes[- ]nous", r"à\s+propos\s+de\s+nous",
    r"présentation(?:\s+générale)?(?:\s+(?:de\s+la\s+structure(?:\s+d'accueil)?|de\s+l'association|de\s+l'employeur|"
    r"de\s+l'organisme|de\s+l'entreprise|de\s+la\s+collectivité|de\s+la\s+fédération|du\s+réseau|du\s+recruteur))?",
    r"(?:contexte\s+et\s+)?structure\s+d'accueil", r"l'employeur", r"la\s+structure", r"l'association",
    r"notre\s+(?:association|structure|organisation)", r"description\s+de\s+l'(?:asbl|association|entreprise|organisme)",
)
# What a firm is said to be right after its name at a paragraph's start ("Expectra, leader en France de
# l'intérim", "Lynx RH Nantes, cabinet de recrutement", "ACASS, agence de ..."), besides the kinds of
# bodies the presentation patterns know.
APPOSED_FIRM_WORDS = (
    r"cabinet", r"agence", r"leader", r"spécialiste", r"acteur", r"expert", r"éditeur", r"fabricant", r"constructeur",
    r"filiale", r"pme", r"eti", r"bureau\s+d'études", r"entreprise", r"société", r"groupe", r"start-?up", r"institut",
    r"organisme", r"établissement", r"réseau",
)
# Verbs that open what such a sentence says of the employer, after its name ("Le Code du travail
# numérique a pour objectif", "Le MOUVEMENT POUR L'ECONOMIE SOLIDAIRE vise"): the name's lower-case words
# end at one of them.
PRESENTING_VERBS = (
    r"est", r"sont", r"a", r"ont", r"était", r"vise(?:nt)?", r"œuvre(?:nt)?", r"oeuvre(?:nt)?", r"regroupe(?:nt)?",
    r"rassemble(?:nt)?", r"fédère(?:nt)?", r"accompagne(?:nt)?", r"agit", r"agissent", r"intervient", r"interviennent",
    r"porte(?:nt)?", r"développe(?:nt)?", r"propose(?:nt)?", r"compte(?:nt)?", r"anime(?:nt)?", r"gère(?:nt)?",
    r"mène(?:nt)?", r"soutient", r"promeut", r"défend(?:ent)?", r"réunit", r"travaille(?:nt)?", r"existe(?:nt)?",
    r"conduit", r"organise(?:nt)?", r"représente(?:nt)?", r"coordonne(?:nt)?", r"assure(?:nt)?", r"contribue(?:nt)?",
    r"s['’]engage(?:nt)?", r"emploie(?:nt)?", r"accueille(?:nt)?", r"relève(?:nt)?", r"dispose(?:nt)?", r"met(?:tent)?",
    r"fait", r"font", r"permet(?:tent)?", r"offre(?:nt)?", r"partage(?:nt)?", r"conçoit", r"conçoivent",
)
# Participles that say where or since when a firm is, between its name and its verb ("NG Solutions, basée à
# Tours, est", "Apgar Consulting, fondée en 2013, est").
SITUATING_PARTICIPLES = (r"basée?", r"située?", r"implantée?", r"installée?", r"créée?", r"fondée?", r"présente?",
                         r"spécialisée?")
# Words that open an apposition before a firm's name at a sentence's start ("Acteur de référence dans les
# logiciels ..., N2JSOFT est", "Filiale du groupe Crédit Agricole, DOXALLIA partage", "Maître d'œuvre de
# systèmes de lanceurs ..., ArianeGroup est"), matched without case.
LEADING_APPOSITION_WORDS = (
    r"acteur", r"leader", r"spécialiste", r"expert", r"filiale", r"maître\s+d'(?:œ|oe)uvre", r"éditeur", r"fabricant",
    r"constructeur", r"pionnier", r"référence", r"numéro\s+(?:1|un)", r"avionneur", r"industriel", r"entreprise",
    r"société", r"groupe", r"cabinet", r"organisme", r"association", r"établissement", r"start-?up", r"pme", r"eti",
)

# Words before a name that make it the project's funder or partner, not the employer
# ("financé par la Fondation Decathlon", "financé par l'Agence Nationale de la Recherche (ANR)",
# "avec le soutien de la Région"), as regex alternatives ending where the name's article starts.
FUNDER_BEFORE = (
    r"(?:co-?)?financ[ée]e?s?(?:\s+notamment)?\s+par", r"subventionn[ée]e?s?\s+par", r"soutenue?s?\s+par",
    r"avec\s+le\s+soutien\s+(?:de|du|des)", r"grâce\s+au\s+soutien\s+(?:de|du|des)", r"en\s+partenariat\s+avec",
)
