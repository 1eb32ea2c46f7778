"""Pay vocabulary: periods, bases, and phrases of a legal or scale minimum."""

UNIT_WORDS = (
    ("hour", r"(?:/\s*h(?:eure)?\b|de\s+l'heure|par\s+heure|horaires?\b|brut\s+horaire|net\s+horaire|€\s*h\b|euros?\s+de\s+l'heure|/h\b)"),
    ("month", r"(?:/\s*mois|par\s+mois|mensuel(?:le)?s?|mensuellement|€\s*/\s*mois|euros?\s+par\s+mois|bruts?\s+mensuels?|nets?\s+mensuels?)"),
    ("year", r"(?:/\s*an\b|par\s+an\b|annuel(?:le)?s?|/\s*année|par\s+année|brut\s+annuel|\bk€|\bk\s*euros?|\bke\b|\bpa\b|sur\s+12\s+mois)"),
)
# ("smic" checks its word start last, so that every entry opens on a letter: the pattern is
# then scanned for in C, not tried at every character.)
LEGAL_MINIMUM = (
    r"gratification\s+(?:légale|minimale|réglementaire|en\s+vigueur|conforme|selon)", r"minimum\s+légal", r"légal\s+en\s+vigueur",
    r"selon\s+(?:la\s+)?(?:réglementation|législation|la\s+loi)", r"conformément\s+à\s+la\s+(?:réglementation|loi|législation)",
    r"smic\b(?<=\bsmic)", r"selon\s+(?:le\s+)?barème", r"barème\s+(?:légal|en\s+vigueur|des\s+alternants|alternant|réglementaire)",
    r"indemnité\s+(?:légale|réglementaire)", r"au\s+minimum\s+légal", r"taux\s+légal", r"montant\s+légal",
    r"grille\s+(?:légale|réglementaire)\s+(?:des\s+)?(?:apprentis|alternants)", r"rémunération\s+légale",
    r"gratification\s+de\s+stage\s+(?:légale|en\s+vigueur)", r"minimum\s+conventionnel",
)
# "supérieure au minimum légal" is not the legal minimum.
ABOVE_MINIMUM = r"(?:supérieure?|au-dessus|plus)\s+(?:au|du|que\s+le)\s+(?:minimum|smic)"
# An allowance named just before an amount: the amount is the allowance's, not the pay ("Indemnité de panier
# repas : 6€ /jour", "Panier repas de 10.10€ par jour travaillé", "prime panier (4 Euros/jour travaillé)",
# "une prime de cooptation de 1000 € brut").
ALLOWANCE_BEFORE = r"(?:paniers?|repas|cooptation|salissure|habillage|douche|kilométriques?)\b[^.\n]{0,25}$"
