"""Words for kinds of engagement -> contract type of the record contract.

Matched on accent-folded lower-case text. Order does not matter: every type
named by the offer's contract evidence is kept.
"""

# A "haut fonctionnaire" is a function ("Haut fonctionnaire à l'égalité des droits"), not a civil servant's post offered.
CONTRACT_PATTERNS = {
    "cdi": (r"\bcdi\b", r"contrat\s+a\s+duree\s+indeterminee", r"\bduree\s+indeterminee\b", r"\bcdi-?c\b",
            r"\bfonctionnaire\b(?<!haut fonctionnaire)(?<!haut-fonctionnaire)",
            r"\btitulaire\s+de\s+la\s+fonction\s+publique"),
    "cdd": (r"\bcdd[a-z]*\b", r"contrat\s+a\s+duree\s+determinee", r"\bduree\s+determinee\b", r"\bcontractuel(?:le)?s?\b",
            r"\bcontrat\s+de\s+projet\b", r"\bsaisonnier\b", r"\bcdd\s+d'usage\b", r"\bvacataire\b", r"\bcontrat\s+d'engagement\b",
            r"\bcdr\b", r"\bcontrat\s+de\s+remplacement\b"),     # CDR: Belgium's replacement contract, fixed-term
    "stage": (r"\bstages?\b", r"\bstagiaires?\b", r"\binternship\b", r"convention\s+de\s+stage"),
    "alternance": (r"\balternan(?:ce|t|te|ts|tes|t\.e)\b", r"\bapprenti(?:e|s|es)?\b",
                   r"\b(?:contrat\s+(?:d')?|en\s+)apprentissage\b",
                   # "contrat de professionnalisation", "Cont. professionnalisation", "(contrat d'apprentissage et de
                   # professionnalisation)", "en professionnalisation"; not "participer à la professionnalisation du centre"
                   r"\b(?:contrats?\s+(?:d'apprentissage\s+(?:et|ou)\s+)?de\s+|cont\.\s*|en\s+|periode\s+de\s+)professionnalisation\b",
                   r"contrat\s+pro\b"),
    "service_civique": (r"\bservices?\s+civiques?\b", r"\bvolontaire\s+en\s+service\s+civique\b"),
    "volontariat": (r"\bvolontariat\s+(?:international|de\s+solidarite|associatif|europeen)\b", r"\bv\.i\.e\b", r"\bvsi\b",
                    r"corps\s+europeen\s+de\s+solidarite", r"\bv\.i\.a\b"),
    "interim": (r"\binterim(?:aire)?\b", r"\bmission\s+d'interim\b", r"\btravail\s+temporaire\b", r"\bmis\b(?=\s*-)"),
    "freelance": (r"\bfreelances?\b", r"\bindependant(?:e|s|es)?\b", r"\bprestataires?\b", r"\bprestation\b",
                  r"\bauto-?entrepreneur", r"\bportage\s+salarial\b", r"\bconsultant\s+externe\b", r"\bmicro-?entrepreneur", r"\blib\b(?=\s*-)",
                  r"\bprofession\s+liberale\b", r"\bemploi\s+non\s+salarie\b"),
    "benevolat": (r"\bbenevol(?:e|es|at)\b", r"\bmissions?\s+benevoles?\b"),
}

# Words that name a contract only as a label's value or in a title ("Type de contrat : Professionnalisation").
LABEL_VALUE_PATTERNS = {"alternance": (r"\bprofessionnalisation\b",)}

# A contract of a stated length is fixed-term: a CDD when nothing else is named.
IMPLIED_CDD = (r"\bcontrat\s+d(?:e\s+|')(?:un|une|deux|trois|six|\d+)\s+(?:an|ans|mois|annee)\b"
               r"|\bduree\s+du\s+contrat\s*:?\s*(?:un|une|deux|trois|six|\d+)\s+(?:an|ans|mois|annee)\b")

# A contract named only as a prospect is not the one offered.
PROSPECT_CONTEXT = (
    r"(?:evolution|evoluer|evolutif|passage|transformation|debouch\w*|perspective\w*|reconduction|reconductible|"
    r"renouvel\w*|suivi\s+d'un|pourra|possibilite|possible|eventuel\w*|pérennis\w*|perennis\w*|a\s+terme|voire|"
    r"embauche|precedents?|anciens?|pour\s+les|ou\s+en|aussi|egalement|en\s+vue\s+d|hors|(?<![a-z])puis)\b[^.\n]{0,40}\Z"
)
# In a label's value, the kinds after these are a prospect ("CDD d'un an puis CDI", "CDD pouvant évoluer
# en CDI", "CDD reconductible en CDI"); alternatives stay offered ("CDD ou en freelance").
LABEL_PROSPECT_WORDS = (r"(?:evolu\w*|passage|transformation|debouch\w*|perspective\w*|reconduc\w*|renouvel\w*|"
                        r"(?<![a-z])puis|pouvant|pourra|possibilite|a\s+terme|voire|en\s+vue\s+d|suivi\s+d'un)\b")
LABEL_PROSPECT_CONTEXT = LABEL_PROSPECT_WORDS + r"[^.\n]{0,40}\Z"
# The employer's people listed ("emploie 90 salariés, ainsi qu'une vingtaine de services civiques",
# "l'équipe s'étoffe de saisonnières, alternant·es, stagiaires"): their kinds are not the post's.
# The candidate's past, not the post (folded text before a mention, in its sentence): "A fait du bénévolat",
# "une première expérience réussie (stage, alternance, CDI)", "Première expérience appréciée (y compris
# alternance)", "3 ans d'expérience bénévole".
CANDIDATE_PAST_CONTEXT = (
    r"(?:\ba\s+fait\s+(?:du|de\s+la|des|un|une)|\b(?:avez|ayant|avoir)\s+(?:deja\s+)?(?:fait|effectue|realise|eu|mene)|"
    r"\b(?:premiere|1ere|1re|precedentes?)\s+experiences?|\bexperiences?\s+(?:reussies?|appreciees?|significatives?|"
    r"professionnelles?|anterieures?|souhaitees?|requises?)|\bans?\s+d'experience|\by\s+compris)[^.\n]{0,60}\Z"
)
TEAM_CONTEXT = r"(?:\bemploie|\bsalarie(?:e|s|es)?\b|\bequipe\s+s'etoffe|\bequipe\s+(?:est\s+)?composee)[^.\n]{0,80}\Z"
TEAM_KINDS = ("stage", "alternance", "service_civique", "volontariat", "benevolat")
# "Indépendant(e)" describing the employer or a team, not a freelance worker ("organisation
# humanitaire laïque et indépendante", "premier groupe français indépendant", "des équipes
# assez indépendantes"), or a way of working ("travailler de manière indépendante", "de façon
# indépendante"): the words before it, in the same clause.
INDEPENDENT_ENTITY_BEFORE = (r"(?:\borganisation|\bassociation|\bong\b|\bgroupe|\bstructure|\bfondation|\bmedia|\bjournal|"
                             r"\bequipes?|\bassez|\btres|\btotalement|\bpolitiquement|\bfinancierement|\bmaniere|\bfacon)"
                             r"[^.\n,;:]{0,50}\Z")
# A "stage" that is a training course: "stage de préparation au départ", "formations et stages autour de".
NOT_INTERNSHIP_AFTER = r"\s+(?:de\s+(?:preparation|formation|sensibilisation)|autour\s+de)\b"
# "Stages" paired with "emplois": a board's section that lists both kinds of post ("Emplois et stages dans le
# secteur culturel", "OFFRES D'EMPLOIS & DE STAGES EN ALSACE"), not the offer's kind (folded text before the word).
BOARD_SECTION_BEFORE_INTERNSHIP = r"\bemplois?\s*(?:et|&|/)\s*(?:de\s+|d'\s*)?\Z"
# "Bénévoles" in the plural names the employer's members ("6 agents et 12 bénévoles",
# "accompagnement des bénévoles", "une équipe de salariés et bénévoles"), not a volunteer
# post, unless a call for them comes just before ("recrute des bénévoles", "besoin de
# bénévoles", "étoffer l'équipe de bénévoles").
VOLUNTEERS_PLURAL = r"benevoles"
VOLUNTEER_CALL = (r"(?:recrut\w*|recherch\w*|cherch\w*|appel\w*|besoin\w*|etoffer|devenir|devenez|rejoindre|rejoignez|"
                  r"accueill\w*|mission\w*|postes?|offres?)\b[^.\n]{0,40}\Z")
# Interns, apprentices and civic-service volunteers named in the plural are most often the
# employer's people or the post's public ("engager et gérer des stagiaires", "stagiaires de la
# formation professionnelle", "l'appui d'une équipe de volontaires en service civique"), and
# "des stages sportifs" courses the employer runs: such a mention counts only when the offer
# names no other kind, unless a call comes before it (VOLUNTEER_CALL: "recrute des stagiaires").
PLURAL_PEOPLE = r"(?:stages|stagiaires|alternant(?:e|\.e)?s|apprentie?s|services\s+civiques)"
PEOPLE_IN_SERVICE_BEFORE = r"\b(?:volontaires|jeunes)\s+en\s+\Z"
# Such people that the post manages ("gérer des stagiaires", "l'encadrement des volontaires en
# service civique", "tutorat des apprentis") are part of its tasks, never what it offers.
MANAGED_PEOPLE_BEFORE = (r"\b(?:gerer|gestion|encadrer|encadrement|superviser|supervision|tutorer|tutorat|tuteur|tutrice|"
                         r"manager|management|piloter|coordonner|coordination|former|formation|suivre|suivi|evaluer)"
                         r"(?:\s+et\s+\w+)?\s+(?:des|les|de|d'|ses|nos|vos|leurs|aux)\s+(?:(?:jeunes|volontaires)\s+en\s+)?\Z")
# "Contractuel" qualifying a thing, not a person or a status: "engagements contractuels", "relation
# contractuelle", "conditions contractuelles", "délais contractuels" (the noun before it, folded).
CONTRACTUAL_THING_BEFORE = (r"\b(?:engagements?|obligations?|relations?|affaires?|dispositions?|conditions?|clauses?|politiques?|"
                            r"objectifs?|livrables?|heures?|delais?|contextes?|besoins?|actes?|transactions?|documents?|cadres?|"
                            r"aspects?|volets?|pieces?|elements?|procedures?|liens?|partenariats?|montages?|negociations?|"
                            r"suivis?|gestion|variable|respect|informations?|echeances?)\s+\Z")
# Labels whose value states the contract (the strongest evidence).
CONTRACT_LABELS = (r"type\s+de\s+contrat", r"nature\s+du\s+contrat", r"contrat", r"statut", r"type\s+d'engagement",
                   r"type\s+de\s+poste", r"type\s+d'emploi", r"engagement")

# Substrings of every pattern above: lines without one are not scanned.
CONTRACT_KEYS = ("cd", "contrat", "cdr", "duree", "contractuel", "saisonnier", "vacataire", "stag", "intern", "altern", "apprenti",
    "profession", "civique", "volontar", "v.i", "vsi", "corps europ", "interim", "temporaire", "mis -", "mis-", "freelance",
    "independ", "prestat", "entrepreneur", "portage", "consultant", "benevol", "fonctionnaire", "titulaire", "lib -", "lib-", "convention")

# A share of the post's time given to one of its activities, not the post's working time:
# "50 % de votre temps avec le Service Calcul", "- 30% du temps : Gestion des encombrants",
# "Ripeur : 75% du temps de travail", "Consacrer 20% de votre temps à l'assistance".
TIME_SHARE_AFTER = r"\s*(?:du\s+temps|de\s+(?:votre|son|sa|leur|mon|ton|notre)\s+temps)\b(?!\s+(?:plein|partiel|complet))"
# Two shares of one post between places or activities: "50% à la Réserve Naturelle ..., 50% au pôle animation".
TIME_SPLIT_AFTER = r"\s*(?:à\s+la|à\s+l'|au|aux|sur\s+(?:le|la|l'))\s"

# A length in a sentence about a project, a programme or its funding is theirs, not the post's ("Le Projet
# de Cohésion Sociale ... a été initié ... pour une durée de cinq ans", "Sur une durée de 2 ans, l'État
# finance ..."), unless the sentence speaks of the post too (lower-case text). Only a programme's own
# wording counts: "6 mois (renouvelable en fonction des financements obtenus)" is the post's.
PROGRAMME_WORDS = (r"\bl'état\s+financ\w*", r"\b(?:a|ont)\s+été\s+(?:initiée?s?|lancée?s?|créée?s?|mise?s?\s+en\s+place)\b",
                   r"\bbailleurs?\s+de\s+fonds\b")
POST_WORDS = (r"\bcontrats?\b", r"\bpostes?\b", r"\bmissions?\b", r"\bcdd\b", r"\bcdi\b", r"\bstages?\b", r"\bvolontariat\b",
              r"\bservice\s+civique\b", r"\bengagement\b", r"\bremplacement\b", r"\balternance\b", r"\bapprentissage\b",
              r"\bembauch\w*", r"\brecrut\w*", r"\bvous\b")
