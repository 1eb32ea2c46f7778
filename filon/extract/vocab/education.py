"""Diplomas and levels -> lowest level of the record contract.

Patterns are matched on accent-folded lower-case text.
"""

EDUCATION_PATTERNS = (
    (r"\bbac\s*\+\s*(?P<n>[2-8])\b", None),                      # level from the number
    (r"\b(?:master\s*2|m2\b|master\s+ii\b|dess\b|diplome\s+d'ingenieur|ingenieur\s+diplome|grande\s+ecole|"
     r"ecole\s+d'ingenieurs?|ecole\s+de\s+commerce|sciences\s+po|iep\b|niveau\s+(?:i|7)\b)", "bac+5"),
    (r"\b(?:titulaire\s+d'un\s+master|diplome\s+de\s+master|diplome\s+d'un\s+master|master\s+(?:en|de|professionnel|pro|recherche)\b)", "bac+5"),
    (r"\b(?:master\s*1|m1\b|niveau\s+master|master\b|niveau\s+(?:ii|6)\b(?!\s*\w*\s*cap))", "bac+4"),
    (r"\b(?:licence(?:\s+pro(?:fessionnelle)?)?|bachelor|niveau\s+licence)\b(?!\s+(?:libre|creative|cc))", "bac+3"),
    # Belgium's higher education: "de type long" is a master's, "de type court" (its diploma called a
    # "baccalauréat" there) and the older "graduat" a bachelor's.
    (r"\b(?:(?:diplome|etudes)\s+(?:de\s+l['’]|d['’])\s*)?(?:enseignement\s+superieur|etudes\s+superieures)\s+(?:de\s+)?type\s+long\b",
     "bac+5"),
    (r"\b(?:(?:(?:diplome|etudes)\s+(?:de\s+l['’]|d['’])\s*)?(?:enseignement\s+superieur|etudes\s+superieures)\s+(?:de\s+)?type\s+court\b"
     r"(?:\s*\(\s*(?:baccalaureat|bachelier)\s*\))?|graduat\b|(?:baccalaureat|bachelier)\s+professionnalisant\b)", "bac+3"),
    # State diplomas of social work (DEES, CESF, DEASS...) name no level: they give none.
    (r"\b(?:bts|dut|deust|dejeps|deug|niveau\s+(?:iii|5)\b|bac\s*\+\s*2|des\s+jeps|desjeps)", "bac+2"),
    (r"\b(?:doctorat|phd|these\s+de\s+doctorat|docteur)\b", "bac+8"),
    (r"\b(?:baccalaureat|bac\b(?!\s*\+|\s+a\s+sable)|niveau\s+(?:iv|4)\b|bpjeps|bac\s+pro|"
     r"(?:diplome|certificat)\s+(?:de\s+l'|d')enseignement\s+secondaire\s+superieur|cess\b)", "bac"),   # Belgium's CESS
)

# Every word a phrase of EDUCATION_PATTERNS opens with: the finder tries the patterns only where
# one of them stands (scanned for in C), not at every character of the lines that hold a key.
EDUCATION_OPENINGS = ("bac", "baccalaureat", "master", "m1", "m2", "dess", "des", "desjeps", "diplome", "certificat",
                      "ingenieur", "grande", "ecole", "sciences", "iep", "niveau", "titulaire", "licence", "bachelor", "bts",
                      "dut", "deust", "dejeps", "deug", "doctorat", "docteur", "phd", "these", "bpjeps", "cess", "enseignement",
                      "etudes", "graduat", "bachelier")

# Diplomas below the baccalauréat (outside the record's levels): an offer that
# accepts one asks for no level of the record ("bac ou CAP-BEP" -> null).
# Matched on the text as written: "cap" is also a common word. One may follow
# another ("CAP-BEP", "CAP / BEP"): BELOW_BAC_SECOND.
BELOW_BAC = ("CAP", "BEP", "CAPA", "BEPA")
BELOW_BAC_SECOND = r"(?:\s*[-/]\s*(?:BEP|CAP)\b)?"
