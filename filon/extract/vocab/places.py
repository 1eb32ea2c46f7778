"""Place vocabulary: cues of the work place, countries, informal region names."""

# Phrases after which the work place is named (strongest first).
PLACE_CUES = (
    r"localisation\s+(?:du\s+poste|de\s+la\s+mission|du\s+stage|de\s+l'emploi)\s*:\s*",     # "Localisation du poste : Lyon"
    r"lieux?\s+(?:de\s+travail|du\s+travail|du\s+poste|de\s+(?:la\s+)?mission|d[eu]\s+stage|d'exercice|d'affectation|de\s+l'emploi|principal)"
    r"(?:\s+principal)?\s*:?\s*",
    # "basé(e)", "basé·e", "situé.e": the participle in inclusive writing.
    r"(?:poste|stage|mission|emploi|travail)\s+(?:basé|situé|localisé)(?:e|\(e\)|[.·]e)?s?\s+(?:à|au|en|sur|dans)\s+(?:la\s+ville\s+de\s+)?",
    r"(?:basé|situé|localisé|implanté|installé)(?:e|\(e\)|[.·]e)?s?\s+(?:à|au|en|sur|dans)\s+(?:la\s+ville\s+de\s+|les\s+locaux\s+de\s+\S+\s+à\s+)?",
    r"se\s+déroulera\s+(?:à|au|en|dans|sur)\s+(?:les\s+locaux\s+[^,.\n]{0,40}\s+(?:à|au)\s+)?",
    r"(?:localisation|lieu|ville|commune|affectation|site|pays|département|région)\s*:\s*", r"lieu\s+de\s+travail\s*\n",
    # The employer's own workplace named after its town: "Rejoindre notre site de Bourges", "au sein de notre agence de Niort".
    r"(?:notre|nos)\s+(?:site|agence|usine|établissement|entrepôt|antenne|campus|implantation|bureau|locaux)s?\s+(?:de|d')\s*",
    # A board's metadata row without its colon, bulleted or not: "Localisation Hauts-de-Seine", "  • Ville Cayenne",
    # "- Lieu Béziers", "Commune Le Mené".
    r"(?m:^[ \t]*(?:[•*-][ \t]*)?(?:localisation|ville|lieu|commune)[ \t]+)",
    r"(?m:^(?:localisation|lieux?|lieu\s+du\s+poste|lieu\s+de\s+la\s+mission)[ \t]*\n\s*)",   # a heading, the place below it
)
# Words that open a street address ("PL DE LA MAIRIE, Chailland", "4 rue du Champ de Foire, Arbois"):
# on a place line, the commune follows the address's last comma.
STREET_WORDS = (
    r"rue", r"place", r"pl", r"avenue", r"av", r"boulevard", r"bd", r"allée", r"allee", r"chemin", r"route", r"quai",
    r"impasse", r"cours", r"square", r"parvis", r"esplanade", r"rond-point", r"lieu-dit", r"bp", r"cs", r"zone", r"za", r"zi",
)
# Places named as the employer's seat rather than the work place ("Son siège se situe à
# Paris", "un secrétariat national à Paris"): a town after one of these is not the offer's.
# ("Basé au siège du Groupe à Paris" is the post's place.)
SEAT_CONTEXT = (r"(?:(?:son|leur|notre|dont\s+le|le)\s+siège(?:\s+social|\s+national)?\s+(?:se\s+situe|se\s+trouve|est)|"
                r"secrétariat\s+national|bureau\s+national)\b[^.\n]{0,25}$")
# A postal box's number is not a postal code ("B.P. 90031", "CS 40015").
POSTAL_BOX_BEFORE = r"(?:\bb\.?\s?p\.?|\bcs|\bcedex)\s*$"
# A département number then the commune, as France Travail prints places.
FT_PLACE = r"^(?P<dept>\d{2}|2[AB]|97\d|98[46-8])(?:\s+-\s+(?P<name>[^\n]{2,60}))?$"

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
    "norvege": "NO", "norvège": "NO", "finlande": "FI", "monaco": "MC", "principaute de monaco": "MC", "andorre": "AD",
    "guinee": "GN", "guinée": "GN", "tchad": "TD", "gabon": "GA", "republique du congo": "CG",
    "république du congo": "CG", "congo brazzaville": "CG", "republique democratique du congo": "CD",
    "république démocratique du congo": "CD", "rdc": "CD", "rd congo": "CD", "centrafrique": "CF",
    "republique centrafricaine": "CF", "république centrafricaine": "CF", "rwanda": "RW", "burundi": "BI",
    "djibouti": "DJ", "comores": "KM", "mauritanie": "MR", "ile maurice": "MU", "île maurice": "MU",
    "seychelles": "SC", "cap vert": "CV", "cap-vert": "CV", "ghana": "GH", "nigeria": "NG", "nigéria": "NG",
    "kenya": "KE", "ethiopie": "ET", "éthiopie": "ET", "ouganda": "UG", "tanzanie": "TZ", "mozambique": "MZ",
    "afrique du sud": "ZA", "egypte": "EG", "égypte": "EG", "jordanie": "JO", "syrie": "SY", "irak": "IQ",
    "palestine": "PS", "israel": "IL", "israël": "IL", "turquie": "TR", "ukraine": "UA", "russie": "RU",
    "armenie": "AM", "arménie": "AM", "afghanistan": "AF", "pakistan": "PK", "bangladesh": "BD", "nepal": "NP",
    "népal": "NP", "birmanie": "MM", "thailande": "TH", "thaïlande": "TH", "indonesie": "ID", "indonésie": "ID",
    "philippines": "PH", "australie": "AU", "nouvelle zelande": "NZ", "nouvelle-zélande": "NZ",
    "equateur": "EC", "équateur": "EC", "bolivie": "BO", "venezuela": "VE", "cuba": "CU", "guatemala": "GT",
    "nicaragua": "NI", "honduras": "HN", "uruguay": "UY", "paraguay": "PY",
    "republique tcheque": "CZ", "république tchèque": "CZ", "hongrie": "HU", "bulgarie": "BG", "croatie": "HR",
    "serbie": "RS", "albanie": "AL", "moldavie": "MD", "georgie": "GE", "géorgie": "GE", "vanuatu": "VU",
    "singapour": "SG", "coree du sud": "KR", "corée du sud": "KR",
    "soudan": "SD", "soudan du sud": "SS", "somalie": "SO", "yemen": "YE", "yémen": "YE", "libye": "LY",
    "republique dominicaine": "DO", "république dominicaine": "DO", "sierra leone": "SL", "liberia": "LR",
    "guinee-bissau": "GW", "guinée-bissau": "GW", "gambie": "GM", "zambie": "ZM", "zimbabwe": "ZW", "malawi": "MW",
    "angola": "AO", "namibie": "NA", "botswana": "BW", "sri lanka": "LK", "mongolie": "MN",
}
# Regions abroad that name their country ("en Fédération Wallonie-Bruxelles").
FOREIGN_AREAS = {
    "wallonie": "BE", "flandre": "BE", "flandres": "BE", "region bruxelloise": "BE",
    "region de bruxelles capitale": "BE", "federation wallonie bruxelles": "BE", "fwb": "BE",
    "communaute francaise de belgique": "BE", "communaute francaise wallonie bruxelles": "BE",
    "suisse romande": "CH", "romandie": "CH", "canton de vaud": "CH", "canton de geneve": "CH",
    "canton du valais": "CH", "canton de neuchatel": "CH", "canton du jura": "CH", "canton de fribourg": "CH",
    "grand duche de luxembourg": "LU", "grand duche": "LU", "province de quebec": "CA",
}
# Words that show an offer's country without naming its place (besides the
# names above): adjectives, legal forms, and the country's internet domain.
COUNTRY_SIGNS = {
    "belge": "BE", "belges": "BE", "wallon": "BE", "wallonne": "BE", "bruxellois": "BE", "bruxelloise": "BE",
    "asbl": "BE", "a.s.b.l.": "BE", "association sans but lucratif": "BE", "romand": "CH", "romande": "CH", "vaudois": "CH", "vaudoise": "CH",
    "luxembourgeois": "LU", "luxembourgeoise": "LU", "québécois": "CA", "québécoise": "CA",
    "sénégalais": "SN", "sénégalaise": "SN", "malien": "ML", "malienne": "ML", "togolais": "TG",
    "togolaise": "TG", "burkinabè": "BF", "burkinabé": "BF", "malgache": "MG", "ivoirien": "CI",
    "ivoirienne": "CI", "camerounais": "CM", "camerounaise": "CM", "béninois": "BJ", "béninoise": "BJ",
    "marocain": "MA", "marocaine": "MA", "tunisien": "TN", "tunisienne": "TN", "algérien": "DZ",
    "algérienne": "DZ", "haïtien": "HT", "haïtienne": "HT", "libanais": "LB", "libanaise": "LB",
}
# What only an employer of one country is or names: its legal form, its State's bodies, its
# provinces. An offer that names no place is where such an employer is (matched lower-case).
EMPLOYER_COUNTRY_SIGNS = {
    "asbl": "BE", "a.s.b.l.": "BE", "fédération wallonie-bruxelles": "BE", "province de liège": "BE",
    "province de namur": "BE", "province du hainaut": "BE", "province de luxembourg": "BE", "province d'anvers": "BE",
    "province du limbourg": "BE", "province du brabant wallon": "BE", "brabant wallon": "BE", "brabant flamand": "BE",
    "sàrl": "CH", "canton de vaud": "CH", "canton de genève": "CH", "osbl": "CA", "obnl": "CA",
}
# Countries' names that also name places in France or in a neighbouring country: alone, they do not
# show where an offer is ("le Luxembourg" is also the Paris palace and garden, and a Belgian province).
AMBIGUOUS_COUNTRY_NAMES = ("Luxembourg",)
COUNTRY_DOMAINS = ("be", "ch", "lu", "mc", "ca", "sn", "ml", "tg", "bf", "mg", "ci", "cm", "bj", "ma", "tn", "dz",
                   "ht", "lb", "cd", "cg", "ga", "gn", "td", "mr", "rw", "bi", "dj", "km", "mu")
# Overseas France under names other than the official ones.
OVERSEAS_ALIASES = {
    "tahiti": "987", "polynesie": "987", "ile de la reunion": "974", "guyane francaise": "973",
    "wallis": "986", "spm": "975", "saint pierre et miquelon": "975", "nouvelle caledonie": "988",
}
# Countries whose postal codes have four digits ("4000 Liège", "CH-1211 Genève").
FOUR_DIGIT_POSTAL = ("BE", "CH", "LU", "AT", "DK", "NO", "TN")
# Informal names of regions.
REGION_ALIASES = {
    "region parisienne": "11", "ile de france": "11", "idf": "11", "paca": "93", "provence alpes cote d azur": "93",
    "region sud": "93", "rhone alpes": "84", "auvergne rhone alpes": "84", "aura": "84", "nord pas de calais": "32",
    "hauts de france": "32", "midi pyrenees": "76", "languedoc roussillon": "76", "occitanie": "76", "aquitaine": "75",
    "nouvelle aquitaine": "75", "poitou charentes": "75", "limousin": "75", "alsace": "44", "lorraine": "44",
    "champagne ardenne": "44", "grand est": "44", "bourgogne": "27", "franche comte": "27", "bourgogne franche comte": "27",
    "bretagne": "53", "normandie": "28", "pays de la loire": "52", "centre val de loire": "24", "corse": "94",
}

# Employers whose name holds their commune ("Centre social de Croix", "Clersé de l'Université de
# Lille", "école des Mines de Nantes"): when the text names no other place, the commune in such a
# name is the work place. Regex alternatives, matched without case.
EMPLOYER_PLACE_WORDS = (
    r"centre\s+social", r"maison\s+de\s+quartier", r"mjc", r"maison\s+des\s+jeunes",
    r"université", r"école", r"lycée", r"collège", r"centre\s+hospitalier", r"hôpital", r"ccas",
)   # not "musée", "théâtre" (named after a place elsewhere: "Musée de Cluny" is in Paris), nor "ville",
    # "commune" (in running text, often a partner: "comme l'ont fait la ville de Paris")

# Words before a larger place (in its clause) that make it the place of the employer's partners or past
# work, not the post's: "en partenariat avec l'ONG Gardiens des Îles (GdI) en Nouvelle-Calédonie", "a
# exclusivement travaillé en Afghanistan entre 1988 et 2018". (Not "projet": "la mise en œuvre du projet X
# au Cameroun" is often the post's own.)
AREA_NOT_POST_BEFORE = (r"\bpartenariats?\b", r"\bpartenaires?\b", r"\ba\s+(?:\w+\s+)?travaillé\b",
                        r"\bavait\b", r"\btravaillait\b")
