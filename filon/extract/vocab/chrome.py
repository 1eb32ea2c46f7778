"""Page chrome and section headings, as folded phrases.

Every entry is written folded the way ``filon.extract.lexicon`` folds a
line: lower case, no accents, inclusive endings removed, and words made of
[a-z0-9] joined by one space (so "Qui sommes-nous ?" is "qui sommes nous",
"l'offre" is "l offre"). ``lexicon.is_chrome_line`` and
``lexicon.job_title_score`` only look words up in these sets.

Keep the chrome tables narrow: a chrome line is set aside from the offer, so
a word that can start a line of an offer ("Contact : Mme X") is chrome only
as a whole bare line, never as a start.
"""

# Whole lines that are a menu item, a button, a link or a footer entry.
CHROME_LINES = frozenset({
    "accueil", "home", "menu", "nous joindre", "blog",
    "actualites", "actualite", "agenda", "presse", "espace presse", "aide", "newsletter",
    "rechercher", "recherche", "recherche avancee", "lancer la recherche", "filtrer", "trier par",
    "je postule", "postuler a un poste", "postuler a cette offre", "postuler maintenant",
    "postuler en ligne", "candidater en ligne", "deposer ma candidature", "candidature spontanee",
    "envoyer", "valider", "annuler", "fermer", "ouvrir", "ok", "partager", "partager cette offre",
    "imprimer", "imprimer l offre", "imprimer cette offre", "sauvegarder l offre", "signaler cette offre",
    "telecharger", "telecharger l offre", "telecharger la fiche de poste",
    "se connecter", "connexion", "deconnexion", "inscription", "s inscrire", "creer un compte",
    "mon compte", "mon espace", "espace candidat", "espace recruteur", "mot de passe oublie",
    "mentions legales", "politique de confidentialite", "donnees personnelles", "plan du site",
    "conditions generales", "conditions generales d utilisation", "cgu", "cgv", "accessibilite",
    "juridique", "credits", "tous droits reserves", "gestion des cookies", "cookies",
    "accepter", "refuser", "tout accepter", "tout refuser", "accepter tout", "refuser tout", "j accepte",
    "personnaliser", "parametrer", "en savoir plus", "lire la suite", "voir plus", "voir moins", "afficher plus",
    "voir l offre", "consulter l offre", "voir le detail", "voir les offres", "voir toutes les offres",
    "offres d emploi", "nos offres", "nos offres d emploi", "toutes les offres", "toutes nos offres",
    "emploi", "emplois", "carrieres", "carriere",
    "precedent", "suivant", "page precedente", "page suivante", "haut de page", "retour en haut",
    "retour", "retour a la liste", "aller au contenu", "aller au menu", "passer au contenu",
    "skip to content", "facebook", "twitter", "linkedin", "instagram", "youtube", "whatsapp", "mastodon",
    "francais", "english", "fr", "en",
    "site web de l employeur", "site de l employeur", "site internet de l employeur", "voir le site",
    "acces membre", "espace membre", "espace adherent", "top of page", "back to top", "chargement",
    "chargement en cours", "pas de connexion reseau",
    # Skip links and the frames of document-sharing sites (doczz, docplayer, scribd) around an offer's PDF.
    "sauter la navigation", "aller a la navigation", "skip navigation", "transcription", "download", "dimension px",
})

# Openings of lines that are chrome whatever follows ("Retour à la liste des
# offres", "Partager sur LinkedIn", "Offres pour Travailleurs Handicapés").
CHROME_STARTS = frozenset({
    "retour a", "retour au", "retour aux", "retour vers", "revenir a", "revenir aux",
    "partager sur", "partager par", "partagez sur", "suivez nous", "nous suivre", "abonnez vous",
    "inscrivez vous a", "cliquez ici", "cliquez sur", "copyright", "tous droits", "vous etes ici",
    "offres", "nos offres", "toutes les offres", "voir les offres", "voir toutes", "consulter les offres",
    "ce site utilise", "nous utilisons des cookies", "ce site web utilise", "gerer les cookies",
    "gerer mes cookies", "parametrer les cookies", "accepter les cookies", "accepter tous les cookies",
    "aller au contenu", "passer au contenu", "skip to", "sauter la navigation",
    "vous etes sur la page", "commencer a balayer",        # a document viewer's page counter and scroll hint
    "desole la date", "desoles la date", "cette offre n est plus", "cette offre a expire", "offre expiree",
})

# Words that make any short line chrome wherever they stand.
CHROME_WORDS = frozenset({"cookie", "cookies", "copyright"})

# Characters that separate the parts of a breadcrumb or of a page title
# ("Accueil > Emploi > Animateur", "Offres d'emploi | Association X").
BREADCRUMB_SEPARATORS = ">»›|"

# Whole lines that name a part of an offer in markdown posts ("## Postuler",
# "## Contact", "## Mission") but a menu item or a button on a web page:
# never a title, and not chrome either, so that the chrome filter keeps the
# heading of the part that follows.
SECTION_LINES = frozenset({
    "postuler", "candidater", "contact", "contactez nous", "nous contacter", "recrutement", "faq",
    "nous rejoindre", "rejoignez nous", "mission", "stack", "produit", "poste", "association", "structure",
    "entreprise", "projet", "equipe", "valeurs", "organisation",
})

# Words that may stand before a section heading ("Les compétences",
# "Vos missions", "Notre équipe"); SECTION_STARTS and SECTION_LINES match
# after one of them too.
SECTION_DETERMINERS = frozenset({"le", "la", "l", "les", "vos", "votre", "ton", "tes", "nos", "notre"})

# Headings of the parts of an offer: they name a part, never the post.
# Matched on the line's first words (so "missions" covers "Missions
# principales :" and "profil" covers "Profil et compétences requises").
SECTION_STARTS = frozenset({
    "missions", "missions principales", "mission principale", "taches", "role", "environnement",
    "principales missions", "principales taches", "principales activites", "principales responsabilites",
    "activites", "responsabilites", "objectifs", "poste a pourvoir", "poste propose",
    "description", "descriptif", "presentation", "fiche de poste", "intitule du poste", "intitule",
    "profil", "profils", "competences", "qualites", "savoir etre",
    "experience", "formation", "diplome", "qualifications", "prerequis", "criteres", "aptitudes",
    "conditions", "elements du poste", "modalites", "remuneration", "salaire",
    "avantages", "statut", "type d emploi", "type de contrat", "nature du contrat", "contrat",
    "temps de travail", "duree", "horaires", "programmation", "lieu", "lieux", "lieu du poste", "lieu de travail",
    "date de debut", "date limite", "informations", "precisions", "informations relatives", "details", "contexte",
    "qui sommes nous", "qui etes vous", "a propos", "ce que nous offrons", "ce que nous proposons",
    "nous offrons", "nous proposons", "pourquoi nous rejoindre", "comment postuler", "pour postuler",
    "candidature", "candidatures", "envoi des candidatures", "processus de recrutement", "contacts",
    "coordonnees", "references", "est un plus", "sont un plus", "atouts", "la candidat",
    "candidat", "candidate", "contre indications", "code rome", "code naf", "moyen d acces",
    "rythme", "n de l offre", "numero de l offre", "reference", "ref", "categorie", "secteur",
    "fin de publication", "date de publication", "publie le", "mise a jour",
    "employeur", "structure employeuse", "organisme d accueil", "organisation d accueil", "annonceur",
})

# Verbs that open a call to act or a page heading, never a job title
# ("Devenir stagiaire", "Rejoignez-nous", "Découvrez nos métiers").
CALL_VERBS = frozenset({
    "devenir", "devenez", "rejoindre", "rejoignez", "rejoins", "postuler", "postulez", "postule",
    "candidater", "candidatez", "decouvrir", "decouvrez", "decouvre", "consulter", "consultez",
    "voir", "voyez", "cliquez", "cliquer", "contactez", "contacter", "envoyer", "envoyez", "telecharger",
    "telechargez", "inscrivez", "inscrire", "participez", "participer", "soutenez", "soutenir",
    "engagez", "engager", "trouvez", "trouver", "rechercher", "recherchez", "faire", "faites", "venez",
    "aidez", "donnez", "agir", "agissez", "lire", "lisez", "suivez", "abonnez", "remplir", "remplissez",
})

# Endings of a first word that mark an imperative ("Rejoignez", "Découvrez").
CALL_VERB_ENDINGS = ("ez",)

# Job words followed by a word that makes them name a public, not a post
# ("Travailleurs handicapés"): the head and its next content word, as
# ``lexicon.head_phrase`` joins them.
NOT_JOB_PHRASES = frozenset({
    "travailleur handicape", "personne handicapee", "personne situation", "demandeur emploi",
})
