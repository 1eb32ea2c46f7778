"""Headings of the parts of a French job offer, by section name.

Each pattern is matched at the start of a heading (case-insensitive, after
"Les", "Vos", "Votre"... are allowed). The first section whose pattern
matches names the part.
"""

SECTION_HEADINGS = {
    "apply": (
        r"pour\s+postuler", r"comment\s+(?:postuler|candidater|envoyer)", r"candidatures?\b", r"postuler",
        r"modalités\s+de\s+(?:candidature|recrutement)", r"contacts?\b", r"envoi\s+des\s+candidatures",
        r"processus\s+de\s+recrutement", r"pour\s+candidater", r"intéressée?\s*\?",
    ),
    "profile": (
        r"profils?\b", r"compétences", r"qualités", r"savoir", r"expériences?\b", r"formations?\b",
        r"pré-?requis", r"vous\s+(?:êtes|avez)", r"critères", r"qualifications?", r"diplômes?",
        r"ce\s+que\s+nous\s+(?:recherchons|attendons)", r"qui\s+(?:êtes-vous|recherchons-nous)", r"aptitudes",
    ),
    "conditions": (
        r"conditions", r"éléments\s+du\s+poste", r"modalités", r"informations?\s+(?:pratiques|complémentaires)",
        r"rémunération", r"salaire", r"type\s+de\s+contrat", r"durée\s+du\s+travail", r"lieu\b", r"avantages",
        r"statut", r"caractéristiques\s+du\s+poste", r"contrat\b", r"poste\s+proposé", r"ce\s+que\s+nous\s+(?:offrons|proposons)",
        r"nous\s+(?:vous\s+)?(?:offrons|proposons)", r"temps\s+de\s+travail", r"indemnité", r"gratification", r"détails",
    ),
    "missions": (
        r"missions?\b", r"(?:descriptif|description|présentation|fiche)\s+(?:du|de\s+la)\s+(?:poste|mission|stage)",
        r"activités", r"le\s+poste\b", r"rôle", r"ce\s+que\s+(?:vous\s+ferez|tu\s+feras)", r"objectifs?",
        r"responsabilités", r"tâches", r"vos\s+défis", r"sujet\s+du\s+stage", r"fonctions?\b",
    ),
    "context": (
        r"à\s+propos", r"qui\s+sommes[- ]nous", r"présentation", r"contexte", r"l'association", r"la\s+structure",
        r"l'environnement", r"l'équipe", r"le\s+produit", r"employeur", r"notre\s+(?:association|structure|projet)",
        r"le\s+projet", r"l'entreprise", r"la\s+collectivité",
    ),
}
SECTION_PREFIX = r"(?:(?:les|le|la|l'|vos|votre|ton|tes|nos|notre|quel(?:le)?s?\s+(?:est|sont)\s+(?:la|le|les))\s*)?"
