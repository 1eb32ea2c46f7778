"""Place vocabulary: cues of the work place, countries, informal region names."""

# Phrases after which the work place is named (strongest first).
PLACE_CUES = (
    r"lieu\s+(?:de\s+travail|du\s+poste|de\s+(?:la\s+)?mission|de\s+stage|d'exercice|d'affectation|de\s+l'emploi|principal)\s*:?\s*",
    r"(?:poste|stage|mission|emploi|travail)\s+(?:basée?s?|situé(?:e)?s?|localisée?s?)\s+(?:à|au|en|sur|dans)\s+(?:la\s+ville\s+de\s+)?",
    r"(?:basée?s?|située?s?|localisée?s?|implantée?s?|installée?s?)\s+(?:à|au|en|sur|dans)\s+(?:la\s+ville\s+de\s+|les\s+locaux\s+de\s+\S+\s+à\s+)?",
    r"se\s+déroulera\s+(?:à|au|en|dans|sur)\s+(?:les\s+locaux\s+[^,.\n]{0,40}\s+(?:à|au)\s+)?",
    r"(?:localisation|lieu|ville|commune|affectation|site)\s*:\s*", r"lieu\s+de\s+travail\s*\n",
)
# A département number then the commune, as France Travail prints places.
FT_PLACE = r"^(?P<dept>\d{2}|2[AB]|97\d)(?:\s+-\s+(?P<name>[^\n]{2,60}))?$"

COUNTRIES = {
    "belgique": "BE", "suisse": "CH", "luxembourg": "LU", "allemagne": "DE", "espagne": "ES", "italie": "IT",
    "royaume-uni": "GB", "royaume uni": "GB", "angleterre": "GB", "irlande": "IE", "portugal": "PT", "pays-bas": "NL",
    "canada": "CA", "quebec": "CA", "québec": "CA", "maroc": "MA", "tunisie": "TN", "algerie": "DZ", "algérie": "DZ",
    "senegal": "SN", "sénégal": "SN", "cote d'ivoire": "CI", "côte d'ivoire": "CI", "madagascar": "MG", "cameroun": "CM",
    "burkina faso": "BF", "mali": "ML", "benin": "BJ", "bénin": "BJ", "togo": "TG", "niger": "NE", "haiti": "HT",
    "haïti": "HT", "liban": "LB", "vietnam": "VN", "cambodge": "KH", "laos": "LA", "inde": "IN", "chine": "CN",
    "japon": "JP", "etats-unis": "US", "états-unis": "US", "usa": "US", "bresil": "BR", "brésil": "BR",
    "argentine": "AR", "chili": "CL", "perou": "PE", "pérou": "PE", "colombie": "CO", "mexique": "MX", "grece": "GR",
    "grèce": "GR", "pologne": "PL", "roumanie": "RO", "autriche": "AT", "danemark": "DK", "suede": "SE", "suède": "SE",
    "norvege": "NO", "norvège": "NO", "finlande": "FI", "monaco": "MC", "andorre": "AD",
}
# Informal names of regions.
REGION_ALIASES = {
    "region parisienne": "11", "ile de france": "11", "idf": "11", "paca": "93", "provence alpes cote d azur": "93",
    "region sud": "93", "rhone alpes": "84", "auvergne rhone alpes": "84", "aura": "84", "nord pas de calais": "32",
    "hauts de france": "32", "midi pyrenees": "76", "languedoc roussillon": "76", "occitanie": "76", "aquitaine": "75",
    "nouvelle aquitaine": "75", "poitou charentes": "75", "limousin": "75", "alsace": "44", "lorraine": "44",
    "champagne ardenne": "44", "grand est": "44", "bourgogne": "27", "franche comte": "27", "bourgogne franche comte": "27",
    "bretagne": "53", "normandie": "28", "pays de la loire": "52", "centre val de loire": "24", "corse": "94",
}
