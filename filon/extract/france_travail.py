"""Render a France Travail « Offres d'emploi v2 » API record as the text a
reader sees on its offer page, so that the same extraction rules apply.

The layout follows the offer page: title, ``Publié le``, place, description,
then labelled blocks (contract, working time, salary, profile, employer,
how to apply). The France Travail id is left out on purpose: ``reference``
only holds recruiters' own codes.
"""
from __future__ import annotations

from .vocab.dates import MONTH_NAMES


def is_france_travail(record: object) -> bool:
    """True for a dict shaped like an API offer record."""
    return isinstance(record, dict) and "intitule" in record and (
        "description" in record or "lieuTravail" in record)


def _french_date(iso: str) -> str:
    year, month, day = iso[:10].split("-")
    return f"{int(day)} {MONTH_NAMES[int(month) - 1]} {year}"


def render_france_travail(r: dict) -> str:
    """The offer page text of record ``r``."""
    out = [str(r.get("intitule", "")).strip()]
    if r.get("dateCreation"):
        out.append(f"Publié le {_french_date(r['dateCreation'])}")
    place = (r.get("lieuTravail") or {}).get("libelle")
    if place:
        out.append(place)
    out += ["", str(r.get("description", "")).strip(), ""]

    def block(title: str, lines: list) -> None:
        lines = [str(x).strip() for x in lines if x not in (None, "") and str(x).strip()]
        if lines:
            out.extend([title, *lines, ""])

    block("Type de contrat", [r.get("typeContratLibelle"), r.get("natureContrat")])
    block("Durée du travail", [(r.get("dureeTravailLibelle") or "").replace("\n", " - "),
                               r.get("dureeTravailLibelleConverti")])
    salary = r.get("salaire") or {}
    block("Salaire", [f"Salaire : {salary['libelle']}" if salary.get("libelle") else None,
                      salary.get("commentaire"), salary.get("complement1"), salary.get("complement2")])
    if r.get("deplacementLibelle"):
        out += [f"Déplacements : {r['deplacementLibelle']}", ""]
    profile = []
    if r.get("experienceLibelle"):
        profile += ["Expérience", r["experienceLibelle"]]
    formations = r.get("formations") or []
    if formations:
        profile.append("Formation")
        for f in formations:
            need = {"E": "Exigé", "S": "Souhaité"}.get(f.get("exigence"), "")
            label = " ".join(x for x in (f.get("niveauLibelle"), f.get("domaineLibelle"),
                                         f.get("commentaire")) if x)
            profile.append(f"{label} - {need}" if need else label)
    permits = r.get("permis") or []
    if permits:
        profile.append("Permis")
        for p in permits:
            need = {"E": "Exigé", "S": "Souhaité"}.get(p.get("exigence"), "")
            profile.append(f"{p.get('libelle', '')} - {need}" if need else p.get("libelle", ""))
    languages = r.get("langues") or []
    if languages:
        profile.append("Langues")
        profile += [x.get("libelle", "") for x in languages]
    skills = r.get("competences") or []
    if skills:
        profile.append("Savoirs et savoir-faire")
        profile += [f"- {x.get('libelle', '')}" for x in skills]
    qualities = r.get("qualitesProfessionnelles") or []
    if qualities:
        profile.append("Savoir-être professionnels")
        profile += [f"- {x.get('libelle', '')}" for x in qualities]
    block("Profil souhaité", profile)
    extra = []
    if r.get("qualificationLibelle"):
        extra.append(f"Qualification : {r['qualificationLibelle']}")
    if r.get("secteurActiviteLibelle"):
        extra.append(f"Secteur d'activité : {r['secteurActiviteLibelle']}")
    if (r.get("nombrePostes") or 1) > 1:
        extra.append(f"Nombre de postes : {r['nombrePostes']}")
    block("Informations complémentaires", extra)
    company = r.get("entreprise") or {}
    block("Employeur", [company.get("nom"), company.get("description"), company.get("url")])
    contact = r.get("contact") or {}
    apply = [contact.get("nom")]
    if contact.get("courriel"):
        apply.append(contact["courriel"])
    apply += [contact.get("telephone"), contact.get("coordonnees1"), contact.get("coordonnees2"),
              contact.get("coordonnees3"), contact.get("urlPostulation")]
    apply.append((r.get("agence") or {}).get("courriel"))
    for partner in (r.get("origineOffre") or {}).get("partenaires") or []:
        apply.append(partner.get("url"))
    seen: list[str] = []
    for line in apply:
        if line and str(line).strip() not in seen:
            seen.append(str(line).strip())
    block("Pour postuler", seen)
    return "\n".join(out).strip() + "\n"
