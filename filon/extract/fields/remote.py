"""Telework: allowed or not, and the most days a week."""
from __future__ import annotations

import re

from . import Found, alternatives, first_of, lowered

# Read by first_of, one pattern per alternative: faster than their alternation.
_REMOTE = alternatives(r"t[ée]l[ée]-?travail(?:ler|lé)?|remote|à\s+distance|full\s+remote|home\s*office|travail\s+nomade")
_NEGATED = re.compile(r"(?:pas\s+de|sans|aucun|non\s+(?:éligible|compatible)|n'est\s+pas\s+(?:possible|autorisé|éligible)|"
                      r"exclu|impossible|non\s+possible|incompatible)[^.\n]{0,25}\Z")
_NEGATED_AFTER = re.compile(r"^\s*(?:n'est\s+pas|non\s+(?:possible|autorisé|envisageable)|impossible|exclu|:\s*non\b|"
                            r"(?:possible\s*)?:?[ \t]*\n\s*non[ \t]*(?:\n|$))")   # a portal's row: "Télétravail" then "Non"
# A portal's row that leaves it unstated: "Télétravail possible Non renseigné".
_UNSTATED_AFTER = re.compile(r"^\s*(?:possible\s*)?:?\s*non\s+(?:renseigné|précisé|communiqué|défini)")
# "100 % présentiel", "Lieu du poste : En présentiel", a bullet "- En présentiel".
_ON_SITE = re.compile(r"(?:100\s*%|uniquement|exclusivement|entièrement|totalement)\s+(?:en\s+)?(?:présentiel|sur\s+site)|"
                      r"poste\s+(?:en|à)\s+présentiel|présentiel\s+(?:obligatoire|exigé|uniquement)|"
                      r"^[ \t]*(?:-\s*|[^\n:]{0,30}:\s*)?(?:en\s+|travail\s+en\s+)?présentiel\s*\.?$", re.M)
_SUR_SITE = re.compile(r"sur\s+site")
_NOT_POST = re.compile(r"outils?|équipements?|accès|vpn|solutions?\s+de|matériel|sécurisé|plateforme")
_DAYS = re.compile(r"(?:(?P<a>\d)\s*(?:à|-|ou)\s*)?(?P<b>\d|un|une|deux|trois)\s*(?:jours?|j)\b(?:\s*(?:/|par)\s*semaine|\s+hebdo\w*)?")
_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3}


def find_remote(text: str) -> dict[str, Found]:
    """allowed and days_per_week_max, each with its evidence."""
    text = lowered(text)
    found: dict[str, Found] = {}
    for m in first_of(_REMOTE, text):
        before = text[max(0, m.start() - 60):m.start()]
        after = text[m.end():m.end() + 80]
        if _NOT_POST.search(before[-25:]) or re.match(r"\s*(?:sécurisé|des\s+agents|vpn)", after, re.I):
            continue
        if m.group(0).lower() == "à distance" and not re.search(r"travail|possible|jours?", before[-30:] + after[:30], re.I):
            continue
        if _UNSTATED_AFTER.match(after):
            continue
        if _NEGATED.search(before) or _NEGATED_AFTER.match(after):
            if "allowed" in found:
                continue                       # allowed, with an exception stated later
            found["allowed"] = Found(False, m.start(), m.end())
            return found
        if "allowed" not in found:
            found["allowed"] = Found(True, m.start(), m.end())
        days = _days_near(text, m)
        if days:
            found["days_per_week_max"] = days
            return found
    if found:
        return found
    # Every branch of _ON_SITE names "présentiel" or "sur site"; its line-start branch makes
    # it slow to scan for, so it runs only on texts holding one of them.
    on_site = _ON_SITE.search(text) if "présentiel" in text or _SUR_SITE.search(text) else None
    if on_site:
        found["allowed"] = Found(False, on_site.start(), on_site.end())
    return found


def _days_near(text: str, m: re.Match) -> Found | None:
    """"2 jours par semaine" said about telework, around mention ``m``."""
    floor = max(0, m.start() - 80)
    window_start = max(floor, *(text.rfind(mark, floor, m.start()) + len(mark) for mark in (". ", "; ", "\n")))
    end = _SENTENCE_END.search(text, m.end(), m.end() + 120)
    window = text[window_start:end.start() if end else m.end() + 120]
    for d in _DAYS.finditer(window):
        if _OFFICE_DAYS.search(window[max(0, d.start() - 40):d.end() + 15]):
            continue
        value = max(_count(d.group("a")), _count(d.group("b")))
        if 0 < value <= 5:
            return Found(value, window_start + d.start(), window_start + d.end())
    return None


_SENTENCE_END = re.compile(r"[.;\n](?:\s|$)|\n")
_OFFICE_DAYS = re.compile(r"présentiel|présence|sur\s+site|au\s+bureau|congés|rtt")


def _count(word: str | None) -> int:
    if not word:
        return 0
    return _WORDS.get(word.lower()) or int(word)
