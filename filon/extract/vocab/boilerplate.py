"""Lines that belong to a web page's chrome, never to the offer itself.

Each entry is a regular expression matched against a whole cleaned line
(case-insensitive). Keep them narrow: cleaning must never drop a sentence
of the offer.
"""

BOILERPLATE_LINES = (
    r"retour\s+(?:à\s+la\s+liste\s+des\s+offres|aux\s+offres|à\s+l'accueil|en\s+haut(?:\s+de\s+page)?)\.?",
    r"(?:<\s*)?(?:retour|précédent|suivant|accueil)(?:\s*>)?",
    r"(?:partager|partagez)(?:\s+(?:cette\s+offre|sur|par\s+e-?mail))?(?:\s*:)?(?:\s+\w+){0,4}",
    r"(?:facebook|twitter|linkedin|whatsapp|imprimer)(?:\s*[|/·]\s*(?:facebook|twitter|linkedin|whatsapp|e-?mail|imprimer))*",
    r"postuler(?:\s+(?:à\s+cette\s+offre|maintenant|en\s+ligne))?\s*[>»]?",
    r"je\s+postule|candidater\s+en\s+ligne|sauvegarder\s+l'offre|imprimer\s+l'offre|signaler\s+(?:cette\s+)?offre",
    r"(?:tout\s+)?(?:accepter|refuser)(?:\s+tout)?|j'accepte|personnaliser",
    r"(?:mentions\s+légales|plan\s+du\s+site|politique\s+de\s+confidentialité|conditions\s+générales(?:\s+d'utilisation)?|accessibilité\s*:.*|©.*|copyright.*)"
    r"(?:\s*[|·-]\s*(?:mentions\s+légales|plan\s+du\s+site|politique\s+de\s+confidentialité|contact|cgu|accessibilité.*))*",
    r"aller\s+au\s+(?:contenu|menu)|menu|rechercher|fermer|skip\s+to\s+content|voir\s+(?:toutes\s+)?les\s+offres",
    r"<!--.*?-->",
)

# The words a chrome line can open with (a cheap test before the table).
BOILERPLATE_FIRST_WORDS = frozenset({
    "retour", "précédent", "suivant", "accueil", "partager", "partagez", "facebook", "twitter", "linkedin", "whatsapp",
    "imprimer", "postuler", "je", "candidater", "sauvegarder", "signaler", "tout", "accepter", "refuser", "j", "personnaliser",
    "mentions", "plan", "politique", "conditions", "accessibilité", "©", "copyright", "aller", "menu", "rechercher",
    "fermer", "skip", "voir", "<!--", "<",
})
# Chrome lines are short: longer lines are never compared with the table.
BOILERPLATE_MAX_CHARS = 120
# A cookie banner sentence, wherever it stands in its line.
COOKIE_BANNER = (r"\b(?:nous\s+utilisons\s+des\s+cookies|ce\s+site\s+utilise\s+des\s+cookies|accepter\s+(?:tous\s+)?les\s+cookies|"
                 r"gérer\s+(?:mes\s+|les\s+)?cookies|paramétrer\s+les\s+cookies)\b")

# A line that repeats this many times with a link in it is injected chrome
# ("Pour en savoir plus : <url>" between paragraphs).
REPEATED_LINK_LINE_MIN = 2
