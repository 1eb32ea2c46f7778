"""How to apply: cues before an application link, platforms, reference labels."""

APPLY_CUES = (
    r"postuler", r"candidat(?:er|ure|ures)\b", r"formulaire", r"postulez", r"candidatez", r"pour\s+répondre",
    r"envoyez\s+votre", r"déposer\s+votre", r"détail\s+de\s+la\s+mission", r"inscri(?:vez|ption)",
)
# Sites whose offer links are where one applies.
APPLY_PLATFORMS = (
    r"service-civique\.gouv\.fr/(?:missions|content|trouver-ma-mission)", r"typeform\.com", r"tally\.so", r"forms\.gle",
    r"docs\.google\.com/forms", r"framaforms", r"jeveuxaider\.gouv\.fr", r"welcometothejungle", r"candidat\.francetravail\.fr",
    r"/recrutements?/", r"/candidature", r"/postuler", r"/apply", r"jobteaser", r"hellowork", r"indeed\.", r"talent\.",
    r"place-emploi-public", r"choisirleservicepublic", r"emploi-territorial",
)
REFERENCE_LABELS = (
    r"\bréf(?:érence)?\.?(?:\s+(?:de\s+l'offre|du\s+poste|de\s+l'annonce|offre|annonce))?(?:\s+(?:d'emploi\s+)?suivante)?",
    r"\bref\b\.?", r"\bcode\s+(?:de\s+l'offre|offre|poste)", r"\bn°\s+(?:de\s+l'offre|d'offre|de\s+poste)",
    r"\boffre\s+(?:d'emploi\s+)?n°",
)
