"""What a web page's markup says about its parts: chrome to set aside, cards to split.

Used by :mod:`filon.extract.html`. Elements are judged by their tag, their
ARIA role, and the words of their ``class`` and ``id`` attributes (split on
"-", "_" and spaces, lower-cased): a ``<div class="cookie-banner">`` is
chrome wherever it stands. Keep the words narrow: an element set aside here
never reaches the field finders.
"""

# Elements never read: code, media, forms and their controls (an <input>
# outside a form is read for the address of a mail button).
SKIPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
    "form", "button", "select", "option", "textarea", "label", "head", "title", "meta", "link", "map",
})
# Page-level chrome elements (read when they sit inside an <article> or <main>,
# where a <header> holds the offer's own title).
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside"})
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "complementary", "menu", "menubar", "dialog",
                          "alertdialog"})
# Words of class and id attributes that mark chrome.
CHROME_CLASS_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "fil", "ariane", "cookie", "cookies", "consent",
    "gdpr", "rgpd", "tarteaucitron", "share", "sharing", "partage", "social", "socials", "sidebar", "footer", "pied",
    "skip", "skiplink", "skiplinks", "pagination", "pager", "newsletter", "related", "similaires", "autres",
    "widget", "modal", "popup", "banner", "topbar", "masthead",
})
# Words of class and id attributes naming an offer's card in a listing.
CARD_CLASS_WORDS = frozenset({
    "card", "carte", "panel", "job", "jobs", "offer", "offre", "offres", "poste", "item", "result", "annonce", "tile",
    "vignette", "teaser", "listing", "entry",
})
# Words of class and id attributes naming a field of the offer (a card's
# "job-card__employer", a page's "job-location"): the element's short text is
# written as "Label : text", as a labelled line of the offer would be.
FIELD_CLASS_WORDS = {
    "Employeur": frozenset({"employer", "employeur", "company", "entreprise", "organisation", "organization", "recruteur",
                            "recruiter"}),
    "Lieu": frozenset({"place", "lieu", "location", "localisation", "ville", "city", "town", "locality"}),
    "Contrat": frozenset({"contract", "contrat"}),
}
# A field's element holds a value, not a paragraph.
MAX_FIELD_CHARS = 100
# Block elements: each starts a new line of text.
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "ul", "ol", "li", "dl", "dt", "dd",
    "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote", "pre", "address", "figure",
    "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "center", "details", "summary", "fieldset", "body",
    "html",
})
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# A listing's cards: at least this many siblings of one shape.
MIN_CARDS = 2
# A card is short: a longer sibling is a part of one offer, not a card.
MAX_CARD_CHARS = 1500
# Marks written alone on a line around each card or row of a listing, read
# by the cleaning step as the bounds of one offer (private-use characters:
# never in a real text).
CARD_START = "\ue000"
CARD_END = "\ue001"
# Page titles that name the page rather than the site (the other part of
# "Offres d'emploi | Association X" names the employer).
GENERIC_PAGE_NAMES = (
    r"offres?\s+d'emploi", r"offres?", r"emplois?", r"recrutements?", r"carrières?", r"nous\s+rejoindre", r"rejoignez(?:-nous)?",
    r"accueil", r"actualités?", r"blog", r"postuler", r"candidature", r"stages?", r"jobs?", r"careers?", r"home", r"page",
    r"fiche\s+de\s+poste", r"annonces?", r"travailler\s+(?:avec|chez)",
)
# A bare label on its own line, its value on the next (a field rendered as two blocks: Drupal's
# "field__label" / "field__item", a board's "Lieu" then "Rennes"): written as "Lieu : Rennes".
# Lower-case, accents kept; matched on the whole line, without bullets, bold marks or a colon.
LABEL_LINES = (
    r"lieu(?:x)?(?:\s+(?:de\s+travail|du\s+poste|d'affectation|de\s+la\s+mission|du\s+stage|d'exercice))?", r"localisation(?:\s+du\s+poste)?",
    r"ville", r"adresse", r"type\s+de\s+contrat", r"nature\s+du\s+contrat", r"contrat", r"type\s+d'emploi", r"statut",
    r"durée(?:\s+du\s+(?:contrat|stage|poste)|\s+de\s+la\s+mission)?", r"date\s+de\s+(?:début|démarrage|prise\s+de\s+poste)",
    r"début\s+du\s+(?:contrat|stage)", r"prise\s+de\s+(?:poste|fonctions?)(?:\s+(?:souhaitée|prévue|envisagée))?",
    r"titre\s+du\s+poste", r"intitulé\s+du\s+poste", r"poste\s+à\s+pourvoir(?:\s+le)?", r"disponibilité",
    r"(?:salaire|rémunération|gratification|indemnité)(?:\s+(?:brut|brute|net|nette|mensuel(?:le)?|annuel(?:le)?|horaire|proposée?))*", r"date\s+limite(?:\s+de\s+(?:candidature|dépôt\s+des\s+candidatures))?",
    r"candidature\s+avant\s+le", r"pour\s+postuler", r"comment\s+postuler", r"postuler", r"référence", r"réf\.?", r"ref\.?",
    r"temps\s+de\s+travail", r"durée\s+hebdomadaire", r"horaires", r"télétravail", r"niveau\s+d'(?:études|étude|diplôme)",
    r"diplôme(?:\s+requis)?", r"formation", r"permis(?:\s+de\s+conduire)?", r"publiée?\s+le", r"postée?\s+le", r"date\s+de\s+publication",
    r"employeur", r"structure", r"organisme", r"entreprise", r"secteur", r"catégorie",
)
# Labels of an offer's facts: a sidebar (<aside>) that states two of them is
# the offer's, not the page's chrome.
FIELD_LABELS = (
    "contrat", "lieu", "date limite", "salaire", "rémunération", "durée", "début", "référence", "réf.", "télétravail",
    "contact", "candidature", "prise de poste", "niveau", "horaires", "temps de travail", "localisation", "publiée le",
)
