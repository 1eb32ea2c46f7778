"""Words around a job title, folded as ``filon.extract.lexicon`` folds a line.

The job words themselves (head words and two-word heads, with counts) are in
``job_titles.tsv``, built by ``scripts/build_job_titles.py``; this module
holds the small closed lists that surround them.
"""

# The table of job head words shipped beside this module.
JOB_TITLES_FILE = "job_titles.tsv"

# Inclusive and feminine endings written after a separator or in brackets,
# removed before words are looked up: chargé·e, chargé(e), un.e, animateur-trice,
# animateur·rice, coopérateur⋅ice, chef/fe, développeur.se, travailleur·euse·s.
INCLUSIVE_ENDINGS = ("e", "es", "ne", "nes", "se", "ses", "euse", "euses", "rice", "rices", "trice", "trices",
                     "ice", "ices", "ere", "eres", "ve", "ves", "fe", "fes", "ale", "ales", "s", "x")
# Endings written only in brackets ("professionnel(le)", "agent(e)s").
INCLUSIVE_BRACKET_ENDINGS = ("le", "les", "te", "tes", "ienne", "enne")
# Characters that join a word to its inclusive ending (folding turns the
# middle dots · ⋅ • ‧ ∙ into "." and every dash into "-"); "/" may be
# followed by a space ("Administrateur/ trice").
INCLUSIVE_SEPARATORS = "./-"

# The gender mark that French job titles carry: H/F, F/H, (H/F/X), M/F, F/H/X.
GENDER_MARK = r"\b[hfmx] ?/ ?[hfmx](?: ?/ ?[hfmx])?\b|\bh ?- ?f\b|\bf ?- ?h\b"

# Words that announce an offer before its title ("Offre d'emploi :",
# "Recrutement d'un-e", "On recrute", "Un ou une", "une personne chargée"), skipped
# before the head.
LEAD_WORDS = frozenset({
    "offre", "offres", "recrutement", "annonce", "poste", "emploi", "job", "intitule", "fiche", "appel",
    "candidature", "candidatures", "on", "nous", "recrutons", "recherchons", "urgent", "cdi", "cdd",
    "un", "une", "des", "deux", "trois", "quatre", "plusieurs", "ou", "et", "son", "sa", "ses",
    "d", "de", "du", "l", "le", "la", "les", "a", "au", "aux", "pour", "en", "nouveau", "nouvelle", "personne",
})

# Plural endings and their singular, the first that ends a word applies
# (only to words longer than the ending by 3 letters: "bus" stays).
PLURAL_ENDINGS = (("ss", "ss"), ("eaux", "eau"), ("aux", "al"), ("s", ""))

# Verbs after which a title follows ("Guidoline recrute un(e) coordinateur",
# "L'incubateur recherche : un·e designer").
RECRUIT_VERBS = frozenset({
    "recrute", "recrutent", "recrutons", "recherche", "recherchent", "recherchons", "cherche", "cherchent",
    "cherchons", "embauche", "embauchent", "engage", "engagent", "propose", "proposent",
})

# Words that join a head to its complement ("chef de projet", "agent
# d'entretien", "chargé·e des relations"): skipped when heads are paired.
CONNECTORS = frozenset({"de", "d", "du", "des", "l", "la", "le", "les", "en", "a", "au", "aux"})

# Endings of French agent nouns, a weak cue for a head word missing from the
# table ("Bibliothécaire", "Documentaliste", "Ergothérapeute").
AGENT_ENDINGS = ("eur", "euse", "rice", "iste", "ien", "ienne", "logue", "aire", "peute")

# Conjugated verbs that make a line a clause ("Le ou la jobiste sera amené-e
# à :", "Le/la chargé·e de projets travaillera en équipe"), never a title.
CLAUSE_VERBS = frozenset({
    "est", "sont", "sera", "seront", "serait", "etait", "devra", "devront", "doit", "doivent", "aura", "auront",
    "peut", "peuvent", "pourra", "travaillera", "assurera", "participera", "etes", "avez", "souhaitez", "voulez",
    "veux", "aimes", "rejoindra", "rejoindras", "integrera", "accompagnera",
})

# Verbs of a sentence whose subject is the post, when no line of the text names it
# ("Le directeur-trice de réseau ... travaille au sein d'une équipe", "Le poste de
# Directeur·trice de projet s'inscrit dans ...", "le/la Chef.fe de projet fera partie ...",
# "le responsable d'antenne Pas-de-Calais aura pour missions"), as regex alternatives.
POST_SUBJECT_VERBS = (
    r"travaille(?:ra)?", r"supervise(?:ra)?", r"assure(?:ra)?", r"aura\s+pour", r"a\s+pour", r"fera\s+partie",
    r"s'inscrit", r"encadre(?:ra)?", r"coordonne(?:ra)?", r"pilote(?:ra)?", r"interviendra", r"intervient",
    r"exerce(?:ra)?", r"est\s+(?:chargée?|placée?|rattachée?|responsable)", r"sera\s+(?:chargée?|placée?|rattachée?|responsable)",
    r"rejoindra", r"int[ée]grera", r"contribue(?:ra)?",
)
