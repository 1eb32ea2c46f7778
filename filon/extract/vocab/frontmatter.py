"""Front matter keys of markdown job posts, rendered as French labelled lines.

Static-site posts (Hugo, Jekyll, Gatsby) carry the title and dates of the
offer in YAML front matter. Each known key becomes a line the field rules
read like any offer text; unknown keys (layout, tags, images...) are dropped.
Keys are listed in the order their lines are written.
"""

FRONT_MATTER_LABELS = (
    (("roles", "role", "titles", "title"), "Intitulé du poste"),
    (("friend", "organisation", "organization", "structure", "employeur", "company"), "Structure"),
    (("contrat", "contract", "type_contrat"), "Type de contrat"),
    (("date", "post_ouvert", "poste_ouvert", "published", "publication_date"), "Publié le"),
    (("poste_ferme", "depublication_date", "date_limite", "deadline", "expiration"), "Fin de publication"),
    (("lieu", "location", "ville", "city"), "Lieu"),
    (("contact", "contacts", "email"), "Contact"),
    (("author", "auteur"), "Publié par"),
    (("description", "excerpt", "summary"), ""),
)
