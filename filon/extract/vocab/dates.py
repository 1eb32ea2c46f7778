"""Month names, date labels and start-date phrases of French job offers."""

MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
               "août", "septembre", "octobre", "novembre", "décembre")

# Spellings met in offers (accents lost, abbreviations) -> month number.
MONTHS = {
    **{name: i + 1 for i, name in enumerate(MONTH_NAMES)},
    "fevrier": 2, "fev": 2, "févr": 2, "fevr": 2, "aout": 8, "aoüt": 8, "decembre": 12,
    "janv": 1, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12, "dec": 12,
}

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# Labels that introduce an application deadline (checked before the date).
DEADLINE_CUES = (
    r"dates?\s+limites?(?:\s+(?:de|des|d'envoi\s+des?|de\s+dépôt\s+des?|de\s+réception\s+des?)\s+candidatures?)?",
    r"clôture\s+des\s+candidatures", r"date\s+de\s+clôture(?:\s+des\s+candidatures)?",
    r"candidatures?\s+(?:à\s+(?:envoyer|adresser|transmettre|déposer)|attendues?|reçues?|ouvertes?)"
    r"[^.\n]{0,60}?(?:avant|jusqu'(?:au|à)|au\s+plus\s+tard)(?:\s+le)?",
    r"candidatures?\s+(?:attendues?|à\s+(?:envoyer|adresser|transmettre|déposer))\s+pour\s+le",     # "attendue pour le 23 mars"
    r"(?:à\s+(?:envoyer|adresser|transmettre|faire\s+parvenir)|envoyez[^.\n]{0,60}?)[^.\n]{0,60}?"
    r"(?:avant|au\s+plus\s+tard)(?:\s+le)?",
    r"au\s+plus\s+tard\s+(?:le|pour\s+le)?", r"jusqu'au", r"avant\s+le", r"délai\s+de\s+candidature",
    r"limite\s+de\s+candidature", r"candidater\s+avant", r"postuler\s+avant", r"date\s+de\s+soumission",
    r"(?:candidatures?|dossiers?|cv)\s+(?:doivent|devront)\s+(?:nous\s+)?(?:parvenir|être\s+\w+)[^.\n]{0,40}?(?:pour|avant|d'ici)(?:\s+le)?",
    r"envoie(?:z)?(?:-nous|-moi)?\s[^.\n]{0,80}?(?:avant|jusqu'au|au\s+plus\s+tard)(?:\s+le)?",
    # "Date d'échéance de candidature" (a board's label above its value), "Échéance : 30/12/2024" (a label);
    # not "les échéances de projet".
    r"date\s+d'échéance(?:\s+(?:de|des|pour\s+les)\s+candidatures?)?", r"échéance(?:\s+(?:de|des|pour\s+les)\s+candidatures?)?\s*:",
)
# Labels of an end of publication: the deadline when no other is given.
END_OF_PUBLICATION_CUES = (r"fin\s+de\s+publication", r"date\s+de\s+fin\s+de\s+publication",
                           r"offre\s+valable\s+jusqu'au", r"date\s+d'expiration", r"date\s+de\s+validité")
PUBLISHED_CUES = (r"publiée?\s+le", r"date\s+de\s+publication", r"mise?\s+en\s+ligne\s+le",
                  r"poste\s+ouvert\s+le", r"offre\s+(?:publiée|déposée|mise\s+à\s+jour)\s+le",
                  r"date\s+de\s+l'offre", r"date\s+de\s+parution", r"publication\s*:",
                  # A blog's or CMS byline: "Posté le 18 avril 2016", "Posté par X le 3 mars 2021".
                  r"\bpostée?\s+(?:par\s+[^\n]{1,40}?\s+)?le")
# Bylines whose date stands without a label before it (group "date"): a SPIP article's
# "lundi 23 février 2015, par OE", a forum's "Démarré par X dans <forum> 5 février 2024 20:48".
PUBLISHED_BYLINES = (
    r"(?m:^)(?P<date>(?:(?:" + "|".join(WEEKDAYS) + r")\s+)?\d{1,2}(?:er)?\s+[a-zéû]+\s+\d{4}),?\s+par\s+"
    r"(?!(?:courriers?|e-?mails?|courriels?|voie|t[ée]l[ée]phone|la|le|les|l'|une?|des|ailleurs|exemple|suite|cette|ce)\b)"
    r"[^\n,.;:]{1,30}(?m:$)",
    r"démarré\s+par\s+[^\n]{1,40}?\s+dans\s+[^\n]{1,60}?\s(?P<date>\d{1,2}(?:er)?\s+[a-zéû]+\s+\d{4})",
)
# A line that is nothing but a date, maybe its weekday and time ("Lundi, 03 Avril 2017 10:38"), or
# how long ago ("il y a 3 heures"): a page's dateline, never a title; opening the page, its publication.
DATELINE = (r"(?:(?:" + "|".join(WEEKDAYS) + r"),?\s+)?(?P<date>\d{1,2}(?:er)?\s+[a-zéû]+\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
            r"(?:,?\s+(?:à\s+)?\d{1,2}[:h]\d{2})?|il\s+y\s+a\s+\d+\s+(?:minutes?|heures?|jours?|semaines?|mois)")
# "à compter du 1er janvier": a start only in a clause about the post ("CDD 3 mois à compter du 2/12/24",
# "Quand ? A compter du 1er octobre"), not a rule's or a law's ("devient obligatoire ... à compter du 1er janvier").
COUNTED_FROM_CUE = r"[àa]\s+compter\s+(?:du|de|d')"
COUNTED_FROM_SUBJECTS = (r"poste", r"contrat", r"cdd", r"cdi", r"stage", r"mission", r"intérim", r"emploi", r"fonctions?",
                         r"quand", r"durée", r"mois", r"semaines?", r"ans?", r"recherch\w*", r"recrut\w*", r"embauch\w*",
                         r"pourvoir", r"engagement", r"volontariat", r"alternance", r"\(h/f\)")
START_CUES = (
    r"date\s+de\s+(?:début|démarrage|prise\s+de\s+(?:poste|fonctions?))(?:\s+(?:du|de\s+la)\s+\w+|\s+d'\w+)?",   # "d'embauche"
    r"prise\s+de\s+(?:poste|fonctions?)(?:\s+(?:souhaitée|prévue|envisagée))?",
    r"début\s+(?:du\s+(?:contrat|stage|poste|volontariat|service\s+civique|mission)|de\s+(?:la\s+mission|l'alternance|mission|contrat))",
    r"poste\s+à\s+pourvoir", r"à\s+pourvoir", r"démarrage", r"début", r"dates?\s*:", r"disponibilité",
    r"dates?\s+(?:de\s+(?:la\s+)?mission|du\s+stage|du\s+contrat)\s*:",
    r"[àa]\s+partir\s+(?:du|de|d')", r"dès\s+(?:le|que)", r"commen(?:cer|ce)\s+(?:le|en|dès)", r"entrée\s+en\s+(?:poste|fonction)",
    COUNTED_FROM_CUE, r"pour\s+(?:une\s+)?(?:arrivée|prise\s+de\s+poste)", r"engagement\s+(?:au\s+plus\s+tôt\s+)?(?:le|dès\s+le|à\s+partir\s+du)",
)
ASAP_PHRASES = (r"dès\s+que\s+possible", r"au\s+plus\s+(?:tôt|vite)", r"immédiat(?:e|ement)?\b", r"asap",
                r"poste\s+à\s+pourvoir\s+(?:de\s+suite|rapidement|immédiatement)", r"de\s+suite",
                r"d[èé]s\s+maintenant", r"rapidement")
