"""schema.org JobPosting blocks of a web page, used as evidence.

A JobPosting found in a page's JSON-LD is rendered as French labelled lines
("Intitulé du poste : ...", "Date limite de candidature : ...") placed above
the page text, so the ordinary field rules read it like any offer.
"""
from __future__ import annotations

import json
import re

from .scanners import JsonLdScripts

_SCRIPT = JsonLdScripts()        # a linear scanner: the regex it replaces was quadratic
EMPLOYMENT_TYPES = {"FULL_TIME": "temps plein", "PART_TIME": "temps partiel", "CONTRACTOR": "freelance",
                    "TEMPORARY": "CDD", "INTERN": "stage", "VOLUNTEER": "bénévolat", "PER_DIEM": "vacation"}
UNITS = {"HOUR": "de l'heure", "DAY": "par jour", "WEEK": "par semaine", "MONTH": "par mois", "YEAR": "par an"}


def job_postings(html: str) -> list[dict]:
    """Every JobPosting object in the page's JSON-LD scripts."""
    found: list[dict] = []

    def walk(node: object) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            kind = node.get("@type")
            if kind == "JobPosting" or (isinstance(kind, list) and "JobPosting" in kind):
                found.append(node)
            else:
                walk(node.get("@graph"))
    for block in _SCRIPT.findall(html):
        try:
            walk(json.loads(block.strip()))
        except (json.JSONDecodeError, RecursionError):
            continue
    return found


def _name(value: object) -> str | None:
    if isinstance(value, dict):
        return value.get("name")
    return value if isinstance(value, str) else None


def render_job_posting(p: dict) -> str:
    """French labelled lines stating what the JobPosting says."""
    lines = []
    if p.get("title"):
        lines.append(f"# {_strip_tags(str(p['title']))}")
    if org := _name(p.get("hiringOrganization")):
        lines.append(f"Employeur : {org}")
    types = p.get("employmentType") or []
    for t in [types] if isinstance(types, str) else types:
        lines.append(f"Type de contrat : {EMPLOYMENT_TYPES.get(str(t).upper(), t)}")
    if p.get("datePosted"):
        lines.append(f"Publié le : {str(p['datePosted'])[:10]}")
    if p.get("validThrough"):
        lines.append(f"Date limite de candidature : {str(p['validThrough'])[:10]}")
    if p.get("jobStartDate"):
        lines.append(f"Prise de poste : {str(p['jobStartDate'])[:10]}")
    locations = p.get("jobLocation") or []
    for loc in [locations] if isinstance(locations, dict) else locations:
        address = loc.get("address") if isinstance(loc, dict) else None
        if isinstance(address, dict):
            parts = [address.get("postalCode"), address.get("addressLocality")]
            country = address.get("addressCountry")
            if isinstance(country, dict):
                country = country.get("name")
            if country and str(country).upper() not in ("FR", "FRANCE"):
                parts.append(f"({country})")
            lines.append("Lieu : " + " ".join(str(x) for x in parts if x))
    if p.get("jobLocationType") == "TELECOMMUTE":
        lines.append("Télétravail : 100 % possible")
    salary = p.get("baseSalary")
    if isinstance(salary, dict) and isinstance(salary.get("value"), dict):
        v = salary["value"]
        low, high = v.get("minValue", v.get("value")), v.get("maxValue", v.get("value"))
        unit = UNITS.get(str(v.get("unitText", "")).upper(), "")
        if low is not None:
            amount = f"{low} €" if high in (None, low) else f"{low} à {high} €"
            lines.append(f"Rémunération : {amount} {unit}".strip())
    if p.get("identifier"):
        ident = p["identifier"]
        value = ident.get("value") if isinstance(ident, dict) else ident
        if value:
            lines.append(f"Référence : {value}")
    if p.get("description") and not p.get("_skip_description"):
        lines.append("")
        lines.append(_strip_tags(str(p["description"])))
    return "\n".join(lines)


def _strip_tags(html: str) -> str:
    html = re.sub(r"<\s*(?:br|/p|/li|/h\d|/div)\s*/?>", "\n", html, flags=re.I)
    return re.sub(r"<[^>]+>", "", html).strip()
