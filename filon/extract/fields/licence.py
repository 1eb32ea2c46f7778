"""Driving licence: required or preferred."""
from __future__ import annotations

import re

from . import Found, first_of, lowered

# The licence, or a vehicle (two patterns, each with a literal prefix: faster than their alternation).
_PERMIT = (re.compile(r"permis(?:\s+de\s+conduire)?(?:\s+(?:[bc]e?|pl|vl|poids\s+lourds?|b\s*-\s*véhicule\s+léger))?"),
           re.compile(r"véhicule\s+(?:personnel|léger|indispensable)|véhiculée?"))
_REQUIRED = re.compile(r"obligatoire|exigée?|requise?|nécessaire|indispensable|impératif|impérativement|\bindispensables?\b|"
                       r"\bdevez\s+(?:posséder|avoir|être\s+titulaire)|être\s+titulaire|titulaire\s+du|posséder\s+(?:le|votre|un)|"
                       r"avoir\s+le\s+permis\s+\w+\s+(?:et|valide)")
# The candidate said to hold it ("Vous avez le permis B"): required, unless a later mention qualifies it.
_HELD = re.compile(r"\b(?:avez|avoir(?:\s+[^.\n]{0,30}\s+et)?|possédez|détenez|disposez\s+d[u']|disposer\s+d[u']|"
                   r"(?:êtes|être)\s+en\s+possession\s+d[u'])\s*(?:le|un|du|votre)?\s*\Z")
_ITEM = re.compile(r"\s*(?:[-*•·–]|\d+[.)])\s")
_PREFERRED = re.compile(r"souhaitée?|souhaitable|recommandée?|apprécié|appréciable|un\s+plus|serait\s+un\s+atout|\batout\b|\bavantage\b|idéalement|de\s+préférence|bienvenue?")
# The heading of a list of pluses ("Est un plus :", "Atouts", "Compétences appréciées"): the words that
# qualify a licence as preferred, and the plural "atouts"; its items are preferred.
_PLUS_HEADING = re.compile(_PREFERRED.pattern + r"|\batouts\b|\bbonus\b")
_NOT_DRIVING = re.compile(r"permis\s+(?:de\s+construire|d'aménager|de\s+chasse|bateau|de\s+démolir|d'exploitation|"
                          r"d'(?!\s*conduire)|de\s+(?!conduire))")      # the verb: "vous ont permis d'acquérir"


def find_licence(text: str) -> Found | None:
    """"required" or "preferred" when the offer qualifies the driving licence."""
    text = lowered(text)
    held = None
    for m in first_of(_PERMIT, text):
        if _NOT_DRIVING.match(text, m.start()):
            continue
        vehicle = not m.group(0).lower().startswith("permis")
        start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 60)
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else min(end, m.end() + 60)
        before, after = text[start:m.start()], text[m.end():end]
        sentence_after = re.split(r"[.;]|,\s*(?:le|la|les)\s", after, maxsplit=1)[0]
        if _PREFERRED.search(sentence_after[:40]) or _PREFERRED.search(before[-25:]):
            return Found("preferred", m.start(), m.end())
        if _REQUIRED.search(sentence_after[:40]) or _REQUIRED.search(before[-40:]):
            if vehicle and not re.search(r"personnel|véhiculée?", m.group(0), re.I):
                continue
            return Found("required", m.start(), m.end())
        if held is None and not vehicle and _HELD.search(before):
            held = Found("preferred" if _under_pluses(text, m.start()) else "required", m.start(), m.end())
    return held


def _under_pluses(text: str, at: int) -> bool:
    """Whether the list item holding ``at`` is one of a list headed as pluses ("Est un plus :")."""
    end = text.rfind("\n", 0, at)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _ITEM.match(line):
            return bool(_PLUS_HEADING.search(line)) and len(line) <= 80
        end = start - 1
    return False
