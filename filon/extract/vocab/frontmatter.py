"""Front matter keys of markdown job posts, rendered as French labelled lines.

Static-site posts (Hugo, Jekyll, Gatsby) carry the title and dates of the
offer in YAML front matter. Each known key becomes a line the field rules
read like any offer text; unknown keys (layout, tags, images...) are dropped.
Keys are listed in the order their lines are written.
"""

FRONT_MATTER_LABELS = (
    (("roles", "role", "titles", "title", "intitule", "job_title"), "Intitulé du poste"),
    (("subtitle", "sous_titre", "chapo"), ""),
    (("friend", "organisation", "organization", "structure", "employeur", "company"), "Structure"),
    (("startup", "produit", "product"), "Produit"),         # the product's team, when the text names no employer
    (("contrat", "contract", "type_contrat", "type_de_contrat", "contract_type", "employment_type", "type"),
     "Type de contrat"),
    (("date", "post_ouvert", "poste_ouvert", "published", "publication_date", "posted_on", "date_publication",
      "published_at", "pubdate", "publishdate", "date_content", "post_date", "published_date", "date_de_publication"),
     "Publié le"),
    (("start_date", "date_debut", "date_de_debut", "debut", "prise_de_poste", "date_prise_de_poste", "starts_on"),
     "Date de prise de poste"),
    (("length", "duree", "duration", "duree_du_contrat", "contract_length"), "Durée"),
    (("poste_ferme", "depublication_date", "date_limite", "deadline", "expiration", "end_of_life", "expires",
      "expiry_date", "valid_through", "expirydate"), "Fin de publication"),
    (("lieu", "location", "ville", "city"), "Lieu"),
    (("contact", "contacts", "email"), "Contact"),
    (("emploi_url", "apply_url", "application_url", "url_candidature", "candidature", "formulaire", "apply"),
     "Pour postuler"),
    (("author", "auteur"), "Publié par"),
    (("description", "excerpt", "summary"), ""),
)
